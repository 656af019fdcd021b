"""The shift-start card (`carecli`, `carecli today`), as an agent sees it at shift start.

Some tests run the installed `carecli` script in a fresh process, the way a shell alias
does; the rest drive the same code through Typer's CliRunner. Wins are logged with
`carecli win`, and every figure the card shows is checked against what was logged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from carecli.card import (
    rotation,
    snapshot,
)
from carecli.core import rules as shiftdays
from conftest import care, ok, snapshot_files

CARECLI = str(Path(sys.executable).parent / "carecli")

CARD_KEYS = {"schema", "shift_day", "is_today", "first_run", "prompt", "yesterday", "target",
             "today", "standing", "streak", "intention"}
STANDING_KEYS = {"verdict", "wins_to_beat", "points_to_beat"}
PROMPT_KEYS = {"id", "theme", "theme_title", "kind", "text", "evening", "pack"}
DAY_KEYS = {"shift_day", "wins", "points", "best"}
BEST_KEYS = {"id", "text", "impact", "theme"}


def card_json(*args: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok("today", "--json", *args))
    return data


def carecli(*args: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    """The installed console script in a fresh process (CARECLI_HOME comes from the fixture;
    an environment variable given as None is removed)."""
    environ = dict(os.environ)
    for key, value in env.items():
        if value is None:
            environ.pop(key, None)
        else:
            environ[key] = value
    return subprocess.run([CARECLI, *args], env=environ, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60, check=False)


def now() -> datetime:
    return datetime.now().astimezone()


def today() -> date:
    return shiftdays.shift_day(now(), 4)


def clock(day: date, hm: str) -> str:
    """A local wall-clock time on `day`, as an agent types it for --at."""
    return f"{day.isoformat()} {hm}"


def win(text: str, impact: int, at: str | None = None, *extra: str) -> None:
    ok("win", text, "--impact", str(impact), *(("--at", at) if at else ()), *extra)


# ---- first run -----------------------------------------------------------------------

def test_first_run_welcomes_and_shows_a_prompt() -> None:
    shown = carecli()
    assert shown.returncode == 0, shown.stderr
    assert shown.stderr == ""
    assert "Welcome to carecli" in shown.stdout
    assert 'carecli win "' in shown.stdout  # shows how to log the first win
    data = json.loads(carecli("today", "--json").stdout)
    assert data["first_run"] is True
    assert data["yesterday"] is None and data["target"] is None
    assert data["today"]["wins"] == 0
    assert data["streak"] == {"current": 0, "best": 0}
    assert data["prompt"]["text"]
    assert data["prompt"]["text"] in shown.stdout


def test_no_command_and_today_show_the_same_card() -> None:
    assert "Welcome to carecli" in ok()
    assert ok() == ok("today")


def test_first_win_counts_on_the_card() -> None:
    win("Sorted a refund that had been stuck for a week", 4)
    data = card_json()
    assert data["first_run"] is False
    assert (data["today"]["wins"], data["today"]["points"]) == (1, 4)
    assert data["today"]["best"]["text"] == "Sorted a refund that had been stuck for a week"
    assert data["streak"]["current"] == 1
    assert "Welcome to carecli" not in ok()


# ---- last shift, target, today, streak -----------------------------------------------

def test_card_sets_last_shift_as_the_bar_to_beat() -> None:
    day = today()
    before = day - timedelta(days=1)
    win("Rebooked a missed parcel and called back", 4, clock(before, "10:00"))
    win("Explained a confusing bill", 2, clock(before, "11:00"))
    win("Unlocked an account on chat", 3)
    ok("reflect", "--energy", "4", "--tomorrow", "Use the caller's name", "--at",
       clock(before, "18:00"))

    data = card_json()
    assert data["schema"] == "carecli.card/1"
    assert data["shift_day"] == day.isoformat()
    assert data["is_today"] is True and data["first_run"] is False
    assert data["yesterday"]["shift_day"] == before.isoformat()
    assert (data["yesterday"]["wins"], data["yesterday"]["points"]) == (2, 6)
    assert data["yesterday"]["best"]["text"] == "Rebooked a missed parcel and called back"
    assert data["yesterday"]["best"]["impact"] == 4
    assert data["target"] == {"wins": 3, "points": 7}
    assert data["today"]["shift_day"] == day.isoformat()
    assert (data["today"]["wins"], data["today"]["points"]) == (1, 3)
    assert data["today"]["best"]["text"] == "Unlocked an account on chat"
    # Yesterday and today both have a win: whatever the weekday, the streak is two.
    assert data["streak"] == {"current": 2, "best": 2}
    assert data["intention"] == "Use the caller's name"

    text = carecli().stdout
    assert f"Last shift ({before:%a %d %b}): 2 wins, 6 impact points" in text
    assert "High point: Rebooked a missed parcel and called back (impact 4)" in text
    assert "To beat last shift: two more wins, or one more worth 4 points." in text
    assert "Today so far: 1 win, 3 points" in text
    assert "Streak: 2 shift days" in text
    assert "Your intention from last shift: Use the caller's name" in text
    assert "Welcome" not in text


def test_card_json_keys_are_pinned() -> None:
    """Scripts read these keys (README); changing them needs a new schema version."""
    day = today()
    win("Calmed a worried caller", 5, clock(day - timedelta(days=1), "10:00"), "--theme",
        "empathy")
    ok("reflect", "--tomorrow", "Breathe first", "--at", clock(day - timedelta(days=1), "20:00"))
    win("Fixed a login loop", 2)
    data = card_json()
    assert set(data) == CARD_KEYS
    assert data["schema"] == "carecli.card/1"
    assert set(data["prompt"]) == PROMPT_KEYS
    assert set(data["yesterday"]) == DAY_KEYS
    assert set(data["yesterday"]["best"]) == BEST_KEYS
    assert data["yesterday"]["best"]["theme"] == "empathy-first"
    assert set(data["today"]) == DAY_KEYS
    assert set(data["today"]["best"]) == BEST_KEYS
    assert set(data["target"]) == {"wins", "points"}
    assert set(data["streak"]) == {"current", "best"}
    assert isinstance(data["intention"], str)
    for key in ("wins", "points"):
        assert isinstance(data["today"][key], int)
    # An empty journal keeps the same top-level keys, with nulls where there is nothing.
    empty = json.loads(carecli("today", "--json", CARECLI_HOME=str(Path(os.environ[
        "CARECLI_HOME"]).parent / "other-home")).stdout)
    assert set(empty) == CARD_KEYS
    assert empty["yesterday"] is None and empty["target"] is None
    assert empty["intention"] is None
    assert set(empty["today"]) == DAY_KEYS and empty["today"]["best"] is None


def test_yesterday_is_the_last_shift_worked_not_the_calendar_day() -> None:
    monday = today() - timedelta(days=today().weekday() + 7)  # last week's Monday, or earlier
    friday = monday - timedelta(days=3)
    win("Found the lost parcel", 5, clock(friday, "10:00"))
    win("Quick address change", 2, clock(friday, "15:00"))
    win("Monday's first save", 1, clock(monday, "09:30"))

    data = card_json("--date", monday.isoformat())
    assert data["shift_day"] == monday.isoformat()
    assert data["is_today"] is False
    assert data["yesterday"]["shift_day"] == friday.isoformat()
    assert (data["yesterday"]["wins"], data["yesterday"]["points"]) == (2, 7)
    assert data["yesterday"]["best"]["text"] == "Found the lost parcel"
    assert data["target"] == {"wins": 3, "points": 8}
    assert (data["today"]["wins"], data["today"]["points"]) == (1, 1)
    assert data["streak"]["current"] == 2  # Friday and Monday: the weekend does not break it

    # The Tuesday after: "yesterday" is Monday, with its one win.
    tuesday = json.loads(carecli("today", "--json", f"--date={monday + timedelta(days=1)}"
                                 ).stdout)
    assert tuesday["yesterday"]["shift_day"] == monday.isoformat()
    assert tuesday["target"] == {"wins": 2, "points": 2}
    assert tuesday["streak"]["current"] == 2  # Tuesday itself has no win yet

    text = carecli("today", "--date", monday.isoformat()).stdout
    assert f"Shift day, {monday:%A %d %B %Y}" in text
    assert f"Last shift ({friday:%a %d %b}): 2 wins, 7 impact points" in text
    assert "High point: Found the lost parcel (impact 5)" in text
    assert "That day: 1 win, 1 point" in text


def test_a_missed_workday_resets_the_streak_on_the_card() -> None:
    monday = today() - timedelta(days=today().weekday() + 7)
    win("Monday", 3, clock(monday, "10:00"))
    win("Tuesday", 3, clock(monday + timedelta(days=1), "10:00"))
    win("Thursday", 3, clock(monday + timedelta(days=3), "10:00"))  # Wednesday missed
    data = card_json("--date", (monday + timedelta(days=3)).isoformat())
    assert data["streak"] == {"current": 1, "best": 2}
    assert data["yesterday"]["shift_day"] == (monday + timedelta(days=1)).isoformat()


def test_card_rebuilds_missing_day_figures(care_home: Path) -> None:
    """The per-day figures are a cache: losing them must not empty the card."""
    before = today() - timedelta(days=1)
    win("Kept a promise to call back", 4, clock(before, "10:00"))
    win("Second one", 1, clock(before, "12:00"))
    for figures in (care_home / "journal").glob("days-*"):
        figures.unlink()
    data = card_json()
    assert data["first_run"] is False
    assert (data["yesterday"]["wins"], data["yesterday"]["points"]) == (2, 5)


def test_card_recovers_from_damaged_day_figures(care_home: Path) -> None:
    before = today() - timedelta(days=1)
    win("Kept a promise to call back", 4, clock(before, "10:00"))
    win("Second one", 1, clock(before, "12:00"))
    for figures in (care_home / "journal").glob("days-*"):
        figures.write_bytes(b"garbage")
    shown = carecli("today", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert (data["yesterday"]["wins"], data["yesterday"]["points"]) == (2, 5)


# ---- prompt of the day ---------------------------------------------------------------

def test_prompt_of_the_day_is_stable_and_other_days_leave_it_alone(care_home: Path) -> None:
    first = card_json()["prompt"]
    assert card_json()["prompt"] == first
    assert json.loads(carecli("today", "--json").stdout)["prompt"] == first
    assert first["text"] in carecli().stdout
    # Looking at other days picks their prompts but does not change (or record) today's.
    others = [card_json("--date", (today() - timedelta(days=n)).isoformat())["prompt"]
              for n in (1, 2, 30)]
    assert all(p is not None for p in others)
    assert card_json()["prompt"] == first
    assert set(rotation.load_state(str(care_home)).days) == {today().isoformat()}
    # Logging a win later in the day does not swap the prompt either.
    win("Something good", 5, None, "--theme", first["theme"])
    assert card_json()["prompt"] == first


def test_every_prompt_comes_up_once_before_any_repeats(care_home: Path) -> None:
    pool = snapshot.load(str(care_home)).prompts
    ids = {p.id for p in pool}
    assert len(ids) == len(pool) >= 100
    state = rotation.CardState(seed="0123456789abcdef")
    start = date(2026, 1, 5)
    picks = []
    for n in range(len(pool)):
        day = start + timedelta(days=n)
        prompt = rotation.prompt_for_day(pool, state, day, {})
        assert prompt is not None
        rotation.record(state, day, prompt, ids)
        picks.append(prompt.id)
        # The day's prompt is remembered.
        assert rotation.prompt_for_day(pool, state, day, {}) is prompt
    assert len(set(picks)) == len(pool)
    # The next day starts a fresh cycle, which again goes through everything.
    more = []
    for n in range(len(pool), 2 * len(pool)):
        day = start + timedelta(days=n)
        prompt = rotation.prompt_for_day(pool, state, day, {})
        assert prompt is not None
        rotation.record(state, day, prompt, ids)
        more.append(prompt.id)
    assert set(more) == ids


def test_consecutive_days_vary_the_theme(care_home: Path) -> None:
    pool = snapshot.load(str(care_home)).prompts
    state = rotation.CardState(seed="feedfacecafebeef")
    ids = {p.id for p in pool}
    themes = []
    for n in range(15):
        day = date(2026, 2, 2) + timedelta(days=n)
        prompt = rotation.prompt_for_day(pool, state, day, {})
        assert prompt is not None
        rotation.record(state, day, prompt, ids)
        themes.append(prompt.theme)
    # A theme on the card in the last 14 days waits until every other theme has had a day.
    assert len(set(themes)) == 15


# ---- --once --------------------------------------------------------------------------

def test_once_prints_only_on_the_first_run_of_the_shift() -> None:
    first = carecli("today", "--once")
    assert first.returncode == 0, first.stderr
    assert "Today," in first.stdout and first.stdout.strip()
    second = carecli("today", "--once")
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    assert ok("today", "--once") == ""
    # Asking for the card on purpose still shows it.
    assert "Today," in carecli().stdout


def test_once_with_a_date_is_refused() -> None:
    outcome = carecli("today", "--once", "--date", "2026-01-05")
    assert outcome.returncode == 1
    assert outcome.stderr.startswith("carecli: error:")
    assert outcome.stdout == ""


# ---- safe, plain output --------------------------------------------------------------

def test_journal_text_prints_as_typed_never_as_markup_or_escape() -> None:
    before = today() - timedelta(days=1)
    hostile = "Fixed [bold]x[/bold] for \x1b[31mred\x07 customer"
    win(hostile, 5, clock(before, "10:00"))
    win("Plain win", 1, clock(before, "11:00"))
    ok("reflect", "--tomorrow", "[italic]Smile[/italic] \x1b[2J", "--at", clock(before, "19:00"))
    ok("config", "set", "name", "[red]Sam")
    win("Today's", 2)

    out = carecli().stdout
    assert "\x1b" not in out and "\x07" not in out
    assert "[bold]x[/bold]" in out
    assert "\\x1b[31mred" in out  # the escape is shown, not obeyed
    assert "[italic]Smile[/italic]" in out
    assert "Hello [red]Sam" in out

    coloured = carecli(NO_COLOR=None, FORCE_COLOR="1").stdout
    assert "\x1b[" in coloured  # carecli's own colours
    assert "\x1b[31m" not in coloured and "\x1b[2J" not in coloured and "\x07" not in coloured
    assert "[bold]x[/bold]" in coloured

    data = card_json()
    assert data["yesterday"]["best"]["text"] == hostile  # stored and exported verbatim


def test_colour_follows_no_color_and_force_color() -> None:
    win("A win", 3)
    plain = carecli()
    assert plain.returncode == 0
    assert "\x1b" not in plain.stdout
    piped = carecli(NO_COLOR=None, FORCE_COLOR=None)  # not a terminal: no colour either
    assert "\x1b" not in piped.stdout
    forced = carecli(NO_COLOR=None, FORCE_COLOR="1")
    assert forced.returncode == 0
    assert "\x1b[" in forced.stdout
    both = carecli(NO_COLOR="1", FORCE_COLOR="1")  # NO_COLOR wins
    assert "\x1b" not in both.stdout


# ---- mistakes ------------------------------------------------------------------------

@pytest.mark.parametrize("day", ["nonsense", "2026-02-30"])
def test_bad_date_is_a_one_line_error_and_changes_nothing(care_home: Path, day: str) -> None:
    win("Something to look at", 3)
    ok("today")
    before = snapshot_files(care_home)
    for args in (("today", "--date", day), ("today", "--json", f"--date={day}")):
        outcome = carecli(*args)
        assert outcome.returncode == 1, outcome
        assert outcome.stdout == ""
        assert outcome.stderr.startswith("carecli: error:")
        assert outcome.stderr.count("\n") == 1, outcome.stderr
        assert "Traceback" not in outcome.stderr
        assert day in outcome.stderr
    assert snapshot_files(care_home) == before
    in_process = care("today", "--date", day)
    assert in_process.exit_code == 1
    assert in_process.stderr.startswith("carecli: error:")
    assert snapshot_files(care_home) == before


def test_unknown_card_option_is_a_usage_error() -> None:
    outcome = carecli("today", "--bogus")
    assert outcome.returncode == 2
    assert "Traceback" not in outcome.stderr
    assert "--bogus" in outcome.stderr
