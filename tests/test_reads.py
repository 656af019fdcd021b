"""One command reads each file at most once (the command context and the card's loader
hold what they read), watched with an audit hook in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ok

WATCH = """
import collections, json, os, sys
home, out, args = sys.argv[1], sys.argv[2], sys.argv[3:]
reads = collections.Counter()
def hook(event, arguments):
    if event != "open" or not isinstance(arguments[0], str):
        return
    path, mode, flags = arguments
    reading = mode in ("r", "rb") or (mode is None and flags & 3 == os.O_RDONLY)
    if reading and path.startswith(home) and os.path.isfile(path):
        reads[os.path.relpath(path, home)] += 1
sys.addaudithook(hook)
from carecli.launch import run
code = run(args)
with open(out, "w", encoding="utf-8") as handle:
    json.dump({"code": code, "reads": reads}, handle)
"""


@pytest.mark.parametrize("args", [
    [], ["today", "--json"], ["win", "Calmed a caller", "--theme", "emp", "--impact", "4"],
    ["reflect", "--energy", "3"], ["progress"], ["journal", "list", "-n", "20"],
    ["export", "--yes", "--stdout"], ["off", "--list"],
], ids=lambda a: " ".join(a) or "card")
def test_no_file_is_read_twice(care_home: Path, tmp_path: Path, args: list[str]) -> None:
    ok("win", "Sorted a refund", "--at", "yesterday 12:00")
    ok("reflect", "--energy", "4", "--at", "yesterday 18:00")
    ok("off", "2026-12-25")
    ok()  # the card once, so every cache exists
    out = tmp_path / "reads.json"
    subprocess.run([sys.executable, "-c", WATCH, str(care_home), str(out), *args],
                   check=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["code"] == 0
    assert result["reads"], "the hook saw no reads: it would prove nothing"
    twice = {path: n for path, n in result["reads"].items() if n > 1}
    if args[:1] in (["win"], ["reflect"]):
        # A write reads the figures' index again once it holds the lock: another terminal
        # may have changed it in between, and the new index must keep that change.
        assert twice.pop("journal/days-index.bin", 2) == 2
    assert twice == {}
