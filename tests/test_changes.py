"""A change touching several months is all or nothing: a command killed half way leaves a
record the next command finishes, and temp files a killed write left are cleaned up."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import care, killed_at_second_month, ok

MONTHS = ("2026-08", "2026-09", "2026-10")


def backup() -> str:
    return "".join(json.dumps({"id": f"kill{n}x", "kind": "win", "at": f"{month}-15T10:00:00+00:00",
                               "shift_day": f"{month}-15", "text": f"win {n}", "impact": 3}) + "\n"
                   for n, month in enumerate(MONTHS))


def listed() -> set[str]:
    return {json.loads(line)["id"] for line in ok("journal", "list", "--json").splitlines()}


def import_killed_after_one_month(monkeypatch: pytest.MonkeyPatch) -> None:
    """Import three months, as a Ctrl-C or a kill between two month files leaves it."""
    outcome = killed_at_second_month(monkeypatch, "journal", "import", "-", input=backup())
    assert outcome.exit_code == 130


def test_a_killed_import_is_finished_by_the_next_command(
        care_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_killed_after_one_month(monkeypatch)
    assert (care_home / "journal" / "pending.json").exists()
    assert listed() == {"kill0x", "kill1x", "kill2x"}  # finished, not half
    assert not (care_home / "journal" / "pending.json").exists()
    card = json.loads(ok("today", "--json"))
    assert card["first_run"] is False
    ok("journal", "undo")  # the finished import is one change: undo takes all of it back
    assert listed() == set()


def test_progress_finishes_a_half_done_change_too(
        care_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_killed_after_one_month(monkeypatch)
    progress = json.loads(ok("progress", "--json", "--date", "2026-10-15"))
    assert progress["today"]["wins"] == 1 and progress["yesterday"] is not None


def test_a_refused_write_leaves_no_record(care_home: Path) -> None:
    ok("win", "first")
    month = next((care_home / "journal").glob("2026-*.json"))
    month.write_text("garbage", encoding="utf-8")
    assert care("win", "second").exit_code == 1
    assert not (care_home / "journal" / "pending.json").exists()


def test_temp_files_of_killed_writes_are_cleaned_up(care_home: Path) -> None:
    ok("win", "first")
    leftover = care_home / "journal" / ".2026-12.json.4242.deadbeef.tmp"
    leftover.write_text("half a file", encoding="utf-8")
    old = care_home / ".config.toml.4242.cafe.tmp"
    old.write_text("half a file", encoding="utf-8")
    os.utime(old, (0, 0))  # left long ago
    fresh = care_home / ".card-state.bin.4243.beef.tmp"  # another command's, in flight
    fresh.write_text("being written", encoding="utf-8")
    ok("win", "second")
    assert not leftover.exists() and not old.exists() and fresh.exists()


def test_the_card_finishes_a_half_done_change_too(
        care_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_killed_after_one_month(monkeypatch)
    card = json.loads(ok("today", "--date", "2026-10-16", "--json"))
    assert card["yesterday"]["shift_day"] == "2026-10-15"
    assert not (care_home / "journal" / "pending.json").exists()


def test_a_win_after_a_large_import_writes_only_its_own_small_record(care_home: Path) -> None:
    """The undo history is one file a change: logging a win never rewrites the import's."""
    lines = "".join(json.dumps({"id": f"big{n:05d}", "kind": "win",
                                "at": "2026-10-15T10:00:00+00:00", "shift_day": "2026-10-15",
                                "text": "imported", "impact": 3}) + "\n" for n in range(2000))
    ok("journal", "import", "-", input=lines)
    history = care_home / "journal" / "undo"
    (imported,) = history.iterdir()
    before = imported.read_bytes()
    ok("win", "Sorted a refund")
    files = sorted(history.iterdir())
    assert files[0] == imported and files[0].read_bytes() == before
    assert len(files) == 2 and files[1].stat().st_size < 2000
