"""`carecli off`: marking, listing and removing days off, and the file behind them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from carecli.core.errors import CareError
from carecli.journal import offdays
from conftest import care, ok, snapshot_files

CARECLI = str(Path(sys.executable).parent / "carecli")


def off_file(home: Path) -> Path:
    return home / "journal" / "off-days.txt"


def shift_day_now(rollover: int) -> set[date]:
    """Today's shift day, read independently: the wall clock less the rollover hour
    (both readings around the command, in case it ran across the hour)."""
    return {(datetime.now().astimezone() - timedelta(hours=rollover)).date()}


def test_a_day_is_marked_listed_and_removed(care_home: Path) -> None:
    out = ok("off", "2026-12-24", "--reason", "leave")
    assert "Thu 2026-12-24 marked leave" in out and "streak" in out
    ok("off", "2026-12-23")  # the default reason
    assert off_file(care_home).read_text(encoding="utf-8") == (
        "2026-12-23 off\n2026-12-24 leave\n")
    assert ok("off", "--list") == "Wed 2026-12-23  off\nThu 2026-12-24  leave\n"
    assert json.loads(ok("off", "--list", "--json"))["days"] == [
        {"shift_day": "2026-12-23", "reason": "off"},
        {"shift_day": "2026-12-24", "reason": "leave"}]
    out = ok("off", "--remove", "2026-12-24")
    assert out == "Thu 2026-12-24 is no longer marked leave.\n"
    assert off_file(care_home).read_text(encoding="utf-8") == "2026-12-23 off\n"
    ok("off", "2026-12-23", "--remove")  # either order
    assert ok("off", "--list") == "No days marked off.\n"
    assert json.loads(ok("off", "--list", "--json"))["days"] == []


def test_marking_a_day_again_changes_its_reason(care_home: Path) -> None:
    ok("off", "2026-03-24", "--reason", "sick")
    out = ok("off", "2026-03-24", "--reason", "training")
    assert "marked training (was sick)" in out
    assert "already marked training" in ok("off", "2026-03-24", "-r", "training")
    assert off_file(care_home).read_text(encoding="utf-8") == "2026-03-24 training\n"


def test_today_marks_todays_shift_day(care_home: Path) -> None:
    before = shift_day_now(4)
    ok("off", "today", "--reason", "sick")
    marked = set(offdays.load(care_home))
    assert marked <= before | shift_day_now(4) and len(marked) == 1


def test_today_follows_the_rollover_hour(care_home: Path) -> None:
    ok("config", "set", "rollover_hour", "23")
    before = shift_day_now(23)
    ok("off", "today")
    marked = set(offdays.load(care_home))
    assert marked <= before | shift_day_now(23) and len(marked) == 1


def test_a_natural_day_is_understood(care_home: Path) -> None:
    ok("off", "last monday", "--reason", "leave")
    (day,) = offdays.load(care_home)
    assert day.weekday() == 0 and day < date.today()


def test_removing_an_unmarked_day_is_a_one_line_error(care_home: Path) -> None:
    ok("off", "2026-03-24")
    files = snapshot_files(care_home)
    outcome = care("off", "2026-03-25", "--remove")
    assert outcome.exit_code == 1
    assert outcome.stderr == ("carecli: error: 2026-03-25 is not marked off "
                              "(see carecli off --list)\n")
    assert snapshot_files(care_home) == files


@pytest.mark.parametrize("args", [
    ["off", "--list", "2026-03-24"],
    ["off", "--list", "--remove"],
    ["off", "--list", "--reason", "sick"],
    ["off", "2026-03-24", "--remove", "--reason", "sick"],
    ["off", "2026-03-24", "--json"],
    ["off", "not a day at all"],
])
def test_mixed_up_options_are_one_line_errors(care_home: Path, args: list[str]) -> None:
    outcome = care(*args)
    assert outcome.exit_code == 1
    assert outcome.stderr.startswith("carecli: error: ") and outcome.stderr.count("\n") == 1
    assert not off_file(care_home).exists()


def test_an_unknown_reason_is_a_usage_error(care_home: Path) -> None:
    assert care("off", "--reason", "holiday").exit_code == 2
    with pytest.raises(CareError, match="unknown reason"):
        offdays.mark(care_home, date(2026, 3, 24), "holiday")


def test_a_damaged_file_is_named_and_left_alone(care_home: Path) -> None:
    off_file(care_home).parent.mkdir(parents=True)
    off_file(care_home).write_text("2026-03-24 leave\nnext tuesday sick\n", encoding="utf-8")
    outcome = care("off", "2026-03-25")
    assert outcome.exit_code == 1
    assert "off-days.txt, line 2" in outcome.stderr
    assert off_file(care_home).read_text(encoding="utf-8") == (
        "2026-03-24 leave\nnext tuesday sick\n")
    assert care("progress").exit_code == 1  # progress reports it too, and changes nothing


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_file_is_private(care_home: Path) -> None:
    ok("off", "2026-03-24")
    assert off_file(care_home).stat().st_mode & 0o777 == 0o600
    assert off_file(care_home).parent.stat().st_mode & 0o777 == 0o700


def test_the_domain_returns_what_it_replaced(care_home: Path) -> None:
    day = date(2026, 3, 24)
    assert offdays.mark(care_home, day, "leave") is None
    assert offdays.mark(care_home, day, "sick") == "leave"
    assert offdays.load(care_home) == {day: "sick"}
    assert offdays.unmark(care_home, day) == "sick"
    assert offdays.load(care_home) == {}
    with pytest.raises(CareError, match="not marked off"):
        offdays.unmark(care_home, day)


def test_concurrent_terminals_keep_every_mark(care_home: Path) -> None:
    days = [date(2026, 4, 1) + timedelta(days=n) for n in range(6)]
    env = dict(os.environ, CARECLI_HOME=str(care_home))
    running = [subprocess.Popen([CARECLI, "off", d.isoformat(), "--reason", "leave"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
               for d in days]
    for process in running:
        assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
        if process.stderr:
            process.stderr.close()
    assert offdays.load(care_home) == dict.fromkeys(days, "leave")


def test_an_off_day_keeps_the_card_streak_too(care_home: Path) -> None:
    # Mon 23 and Wed 25 March 2026 with wins; Tue 24 marked off.
    ok("win", "Sorted a refund", "--at", "2026-03-23T10:00:00+01:00")
    ok("win", "Rebooked a parcel", "--at", "2026-03-25T10:00:00+01:00")
    card = json.loads(ok("today", "--date", "2026-03-25", "--json"))
    assert card["streak"]["current"] == 1
    ok("off", "2026-03-24", "--reason", "training")
    card = json.loads(ok("today", "--date", "2026-03-25", "--json"))
    progress = json.loads(ok("progress", "--date", "2026-03-25", "--json"))
    assert card["streak"] == progress["streak"] == {"current": 2, "best": 2}
