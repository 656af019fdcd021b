"""`carecli progress` against figures worked out by hand for small journals.

The expected numbers below are written out literally, with the reasoning in comments,
rather than computed by the code under test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import carecli.cli_journal
import carecli.cli_progress  # noqa: F401  (registers progress and off)
from carecli.cli import app
from carecli.errors import CareError

runner = CliRunner()


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, result.output
    return result.stdout


def progress(day: str, *extra: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok("progress", "--date", day, "--json", *extra))
    return data


def load(home: Path, *rows: tuple[str, str, int, str | None]) -> None:
    """Import wins as (id, ISO time with offset, impact, theme)."""
    lines = [json.dumps({"id": i, "kind": "win", "at": at, "shift_day": at[:10], "text": "win",
                         "theme": theme, "tags": [], "impact": impact, "channel": None,
                         "energy": None, "well": "", "hard": "", "tomorrow": "",
                         "prompt": None}) for i, at, impact, theme in rows]
    source = home.parent / "wins.jsonl"
    source.write_text("\n".join(lines), encoding="utf-8")
    ok("journal", "import", str(source))


# Mon 23 March 2026 to Mon 30 March; Europe moved to summer time on Sun 29 March.
MARCH = (
    ("a1", "2026-03-23T10:00:00+01:00", 3, "empathy-first"),
    ("a2", "2026-03-23T23:30:00+01:00", 2, "empathy-first"),   # night shift, same day
    ("a3", "2026-03-24T01:30:00+01:00", 4, "follow-through"),  # before 04:00: still Mon 23
    # Tue 24 and Wed 25: workdays without a win
    ("a4", "2026-03-26T09:00:00+01:00", 1, None),
    ("a5", "2026-03-26T11:00:00+01:00", 5, "extra-mile"),
    ("a6", "2026-03-27T09:00:00+01:00", 2, None),
    # Sat 28: rest day
    ("a7", "2026-03-30T03:30:00+02:00", 3, "empathy-first"),  # summer time; before 04:00: Sun 29
    ("a8", "2026-03-30T10:00:00+02:00", 2, None),
)


def test_today_yesterday_best_and_streaks(care_home: Path) -> None:
    load(care_home, *MARCH)
    view = progress("2026-03-30")
    assert view["schema"] == "carecli.progress/1"
    assert view["today"] == {"shift_day": "2026-03-30", "wins": 1, "points": 2}
    # Yesterday is Sun 29: the 03:30 win belongs to it (rollover 4, summer-time offset).
    assert view["yesterday"] == {"shift_day": "2026-03-29", "wins": 1, "points": 3}
    # Best earlier day: Mon 23 with three wins (10:00, 23:30 and 01:30 the next morning).
    assert view["best_day"] == {"shift_day": "2026-03-23", "wins": 3, "points": 9}
    assert view["vs_yesterday"] == {"wins": 0, "points": -1}
    assert view["vs_best"] == {"wins": -2, "points": -7}
    # Mon 30, Sun 29, (Sat 28 rest), Fri 27, Thu 26, then Wed 25 is a workday with no win.
    assert view["streak"] == {"current": 4, "best": 4}
    assert view["message"] == "Level with last shift: one more win beats it."


def test_trends_heatmap_and_theme_balance(care_home: Path) -> None:
    load(care_home, *MARCH)
    view = progress("2026-03-30", "--weeks", "2")
    assert [d["wins"] for d in view["trend_7"]] == [0, 0, 2, 1, 0, 1, 1]  # Tue 24 .. Mon 30
    assert view["trend_7"][0]["shift_day"] == "2026-03-24"
    assert len(view["trend_30"]) == 30 and sum(d["wins"] for d in view["trend_30"]) == 8
    cells = {c["shift_day"]: (c["wins"], c["state"]) for c in view["heatmap"]}
    assert len(view["heatmap"]) == 14  # two weeks, Monday 23 March to Sunday 5 April
    assert cells["2026-03-23"] == (3, "work")
    assert cells["2026-03-28"] == (0, "rest")
    assert cells["2026-03-29"] == (1, "rest")  # a win on a rest day still shows
    assert cells["2026-03-31"] == (0, "future")
    themes = {t["id"]: (t["wins"], t["last_win"]) for t in view["themes"]}
    assert themes["empathy-first"] == (3, "2026-03-29")
    assert themes["follow-through"] == (1, "2026-03-23")
    assert themes["extra-mile"] == (1, "2026-03-26")
    assert len(themes) == 20
    assert "make-a-difference" in view["untouched"] and "empathy-first" not in view["untouched"]


def test_marked_off_days_and_other_rest_days_never_break_a_streak(care_home: Path) -> None:
    load(care_home, *MARCH)
    ok("off", "2026-03-24", "--reason", "leave")
    ok("off", "2026-03-25", "--reason", "sick")
    # Now Mon 30, Sun 29, Fri 27, Thu 26, (Wed 25 and Tue 24 off), Mon 23: five days.
    assert progress("2026-03-30")["streak"] == {"current": 5, "best": 5}
    listed = json.loads(ok("off", "--list", "--json"))
    assert listed == [{"shift_day": "2026-03-24", "reason": "leave"},
                      {"shift_day": "2026-03-25", "reason": "sick"}]
    ok("off", "2026-03-24", "--remove")
    assert progress("2026-03-30")["streak"]["current"] == 4


def test_a_back_dated_win_counts_on_its_own_day(care_home: Path) -> None:
    load(care_home, *MARCH)
    ok("win", "Logged the next morning", "--at", "2026-03-25T15:00:00+01:00")
    # Wed 25 now has a win; Tue 24 is still a workday without one.
    assert progress("2026-03-30")["streak"] == {"current": 5, "best": 5}


def test_a_different_rollover_hour_moves_night_wins(care_home: Path) -> None:
    load(care_home, *MARCH)
    ok("config", "set", "rollover_hour", "1")
    view = progress("2026-03-30")
    # 01:30 on Tue 24 now starts Tue 24's shift day; 03:30 on Mon 30 is Mon 30's.
    assert view["today"]["wins"] == 2
    # Mon 23 keeps 2 wins (5 points); Thu 26 has 2 wins and 6 points, so it is the best.
    assert view["best_day"]["shift_day"] == "2026-03-26"
    assert progress("2026-03-24")["today"]["wins"] == 1


def test_first_day_has_nothing_to_compare_with(care_home: Path) -> None:
    load(care_home, ("f1", "2026-03-23T10:00:00+01:00", 4, None))
    view = progress("2026-03-23")
    assert view["yesterday"] is None and view["best_day"] is None
    assert view["vs_yesterday"] is None and view["vs_best"] is None
    assert view["streak"] == {"current": 1, "best": 1}
    assert "first shift" in view["message"].lower()


def test_beating_yesterday_is_celebrated(care_home: Path) -> None:
    load(care_home, ("b1", "2026-03-23T10:00:00+01:00", 1, None),
         ("b2", "2026-03-24T10:00:00+01:00", 1, None),
         ("b3", "2026-03-24T11:00:00+01:00", 1, None))
    assert progress("2026-03-24")["message"].startswith("1 win more than last shift")


def test_energy_trend_from_reflections(care_home: Path) -> None:
    ok("reflect", "--energy", "2", "--at", "2026-03-20T20:00:00+01:00")
    ok("reflect", "--energy", "4", "--at", "2026-03-26T20:00:00+01:00")
    ok("reflect", "--energy", "5", "--at", "2026-03-27T20:00:00+01:00")
    energy = progress("2026-03-27")["energy"]
    assert [r["energy"] for r in energy["readings"]] == [2, 4, 5]
    assert energy["average_7"] == 4.5  # 26 and 27 March
    assert energy["average_30"] == round(11 / 3, 2)


def test_plain_output_carries_meaning_without_colour(care_home: Path) -> None:
    load(care_home, *MARCH)
    out = ok("progress", "--date", "2026-03-30")
    assert "\x1b" not in out
    assert "Last shift" in out and "Your best day" in out
    assert "Mon" in out and "█" in out and "-" in out  # heatmap levels and rest days
    assert "Not lived lately" in out


@pytest.mark.parametrize("args", [["progress", "--week", "--month"],
                                  ["progress", "--date", "not a day"],
                                  ["off", "2026-03-24", "--remove"],
                                  ["off", "--list", "2026-03-24"]])
def test_bad_input_is_one_line(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert isinstance(result.exception, CareError), result.output
    assert "\n" not in str(result.exception)


def test_bad_reason_is_a_usage_error() -> None:
    assert runner.invoke(app, ["off", "--reason", "holiday"]).exit_code == 2


def test_week_window_narrows_the_theme_balance(care_home: Path) -> None:
    load(care_home, *MARCH)
    view = progress("2026-03-30", "--week")
    assert view["shift_day"] == "2026-03-30" and view["window_days"] == 7
    themes = {t["id"]: t["wins"] for t in view["themes"]}
    # Tue 24 to Mon 30: empathy-first once (Sun 29), extra-mile once (Thu 26); the
    # follow-through win belongs to Mon 23, outside the week.
    assert (themes["empathy-first"], themes["extra-mile"], themes["follow-through"]) == (1, 1, 0)
    assert "follow-through" in view["untouched"]
    assert progress("2026-03-30", "--month")["window_days"] == 30
