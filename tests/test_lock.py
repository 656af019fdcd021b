"""The journal lock: a second process waits, then gives up with one line; a killed holder
never leaves the journal locked; a holder may take it again."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from carecli.journal import lock
from conftest import care, snapshot_files

HOLD = """
import sys, time
from pathlib import Path
from carecli.journal.lock import journal_lock
with journal_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold(home: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(home), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


def test_a_writer_waits_for_the_lock_then_gives_up_cleanly(
        care_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "LOCK_TIMEOUT_SECONDS", 0.3)
    holder = hold(care_home, 30)
    try:
        before = snapshot_files(care_home)
        outcome = care("win", "Sorted a refund")
        assert outcome.exit_code == 1
        assert outcome.stderr.startswith("carecli: error: another carecli has been writing")
        assert outcome.stderr.count("\n") == 1
        assert snapshot_files(care_home) == before
    finally:
        holder.kill()
        holder.wait()


def test_a_killed_holder_leaves_no_lock_behind(care_home: Path) -> None:
    holder = hold(care_home, 30)
    holder.kill()
    holder.wait()
    started = time.monotonic()
    assert care("win", "Sorted a refund").exit_code == 0
    assert time.monotonic() - started < lock.LOCK_TIMEOUT_SECONDS


def test_the_lock_is_reentrant_within_a_process(care_home: Path) -> None:
    with lock.journal_lock(care_home), lock.journal_lock(care_home):
        pass
    with lock.journal_lock(care_home):  # released for real: it can be taken again
        pass
    assert (care_home / "journal.lock").stat().st_mode & 0o777 == 0o600
