"""A full disk gives one line and leaves every file as it was (no half files, no temp
files), for every command that writes."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from carecli.core import atomic
from conftest import care, ok, snapshot_files

PACK = """[pack]
name = "harbour"
title = "Team Harbour"

[[prompt]]
id = "harbour-1"
theme = "team-number-ten"
kind = "challenge"
text = "Ask one customer what would have made this easier."
"""

WRITERS = [["win", "Sorted a refund"], ["reflect", "--energy", "3"],
           ["journal", "edit", "{id}", "--impact", "5"], ["journal", "delete", "{id}", "--yes"],
           ["off", "2026-12-24"], ["config", "set", "name", "Sam"], ["prompts", "add", "{pack}"],
           ["export", "--yes", "-o", "{out}"], ["journal", "import", "{backup}"]]


@pytest.mark.parametrize("args", WRITERS, ids=lambda a: " ".join(a[:2]))
def test_a_full_disk_is_one_line_and_changes_nothing(
        care_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        args: list[str]) -> None:
    ok("win", "First", "--impact", "3", "--at", "yesterday 12:00")
    entry = ok("journal", "list", "--json").split('"id": "')[1].split('"')[0]
    pack = tmp_path / "harbour.toml"
    pack.write_text(PACK, encoding="utf-8")
    backup = tmp_path / "backup.jsonl"
    backup.write_text(ok("journal", "list", "--json").replace(entry, "fresh123"),
                      encoding="utf-8")
    ok()  # every cache in place
    before = snapshot_files(care_home)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    filled = [a.format(id=entry, pack=pack, out=tmp_path / "drop/", backup=backup)
              for a in args]
    outcome = care(*filled)
    assert outcome.exit_code == 1, outcome
    assert outcome.stderr.startswith("carecli: error: ") and outcome.stderr.count("\n") == 1
    assert "No space left on device" in outcome.stderr
    assert snapshot_files(care_home) == before
    leftovers = [p for p in care_home.rglob(".*.tmp")] + list(tmp_path.rglob(".*.part"))
    assert leftovers == []
