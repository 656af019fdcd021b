"""`carecli progress` against figures worked out independently of the code under test.

Two kinds of checks: small journals whose figures are written out literally, with the
reasoning in comments; and generated journals (night shifts, summer time, off days,
other workdays and rollover hours) whose figures are recomputed here from the raw
entries by a deliberately plain model that shares no code with carecli.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import carecli.cli.journal
import carecli.cli.progress  # noqa: F401  (registers progress and off)
from conftest import care, ok

CARECLI = str(Path(sys.executable).parent / "carecli")
THEMES = ("make-a-difference", "see-the-bigger-picture", "walk-in-their-shoes",
          "enjoy-the-work", "your-talents", "listen-past-the-procedure", "beat-yesterday",
          "impact-over-intention", "genuine-warmth", "difficult-customers", "empathy-first",
          "kindness-within-limits", "dialogue-not-script", "personal-touch", "extra-mile",
          "drop-the-defense", "follow-through", "pride-in-the-work", "care-is-human",
          "team-number-ten")


def progress(day: str, *extra: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok("progress", "--date", day, "--json", *extra))
    return data


def win(id: str, at: str, impact: int, theme: str | None, text: str = "win"
        ) -> dict[str, Any]:
    return {"id": id, "kind": "win", "at": at, "shift_day": at[:10], "text": text,
            "theme": theme, "tags": [], "impact": impact, "channel": None, "energy": None,
            "well": "", "hard": "", "tomorrow": "", "prompt": None}


def reflection(id: str, at: str, energy: int | None) -> dict[str, Any]:
    return {"id": id, "kind": "reflection", "at": at, "shift_day": at[:10], "text": "",
            "theme": None, "tags": [], "impact": None, "channel": None, "energy": energy,
            "well": "" if energy else "a calm shift", "hard": "", "tomorrow": "",
            "prompt": None}


def import_rows(home: Path, rows: list[dict[str, Any]]) -> None:
    source = home.parent / "journal.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    ok("journal", "import", str(source))


def load(home: Path, *rows: tuple[Any, ...]) -> None:
    """Import wins as (id, ISO time with offset, impact, theme[, text])."""
    import_rows(home, [win(*row) for row in rows])


def figures(view: dict[str, Any] | None) -> dict[str, Any] | None:
    """A day object without its best win."""
    return None if view is None else {k: v for k, v in view.items() if k != "best"}


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
    assert figures(view["today"]) == {"shift_day": "2026-03-30", "wins": 1, "points": 2}
    # Yesterday is Sun 29: the 03:30 win belongs to it (rollover 4, summer-time offset).
    assert figures(view["yesterday"]) == {"shift_day": "2026-03-29", "wins": 1, "points": 3}
    # Best earlier day: Mon 23 with three wins (10:00, 23:30 and 01:30 the next morning).
    assert figures(view["best_day"]) == {"shift_day": "2026-03-23", "wins": 3, "points": 9}
    # ... whose highest-impact win is the 01:30 one (impact 4).
    assert view["best_day"]["best"] == {"id": "a3", "text": "win", "impact": 4,
                                        "theme": "follow-through"}
    assert view["vs_yesterday"] == {"wins": 0, "points": -1}
    assert view["vs_best"] == {"wins": -2, "points": -7}
    assert view["new_best"] is False
    # Mon 30, Sun 29, (Sat 28 rest), Fri 27, Thu 26, then Wed 25 is a workday with no win.
    assert view["streak"] == {"current": 4, "best": 4}
    # As many wins as last shift, one point fewer: one more win beats it.
    assert view["standing"] == {"verdict": "behind", "wins_to_beat": 1, "points_to_beat": 0}
    assert view["message"] == "To beat last shift: one more win."


def test_trends_window_heatmap_and_theme_balance(care_home: Path) -> None:
    load(care_home, *MARCH)
    view = progress("2026-03-30", "--weeks", "2")
    assert [d["wins"] for d in view["trend_7"]] == [0, 0, 2, 1, 0, 1, 1]  # Tue 24 .. Mon 30
    assert view["trend_7"][0]["shift_day"] == "2026-03-24"
    assert len(view["trend_30"]) == 30 and sum(d["wins"] for d in view["trend_30"]) == 8
    # The 30-day window holds every win: 8 wins, 22 points, on 5 days (23, 26, 27, 29, 30).
    assert view["window"] == {"days": 30, "first_day": "2026-03-01", "last_day": "2026-03-30",
                              "wins": 8, "points": 22, "days_with_wins": 5,
                              "previous": {"first_day": "2026-01-30", "last_day": "2026-02-28",
                                           "wins": 0, "points": 0, "days_with_wins": 0}}
    cells = {c["shift_day"]: (c["wins"], c["state"]) for c in view["heatmap"]}
    assert len(view["heatmap"]) == 14  # two weeks, Monday 23 March to Sunday 5 April
    assert view["heatmap"][0]["shift_day"] == "2026-03-23"
    assert cells["2026-03-23"] == (3, "work")
    assert cells["2026-03-28"] == (0, "rest")
    assert cells["2026-03-29"] == (1, "rest")  # a win on a rest day still shows
    assert cells["2026-03-31"] == (0, "future")
    themes = {t["id"]: (t["wins"], t["last_win"]) for t in view["themes"]}
    assert themes["empathy-first"] == (3, "2026-03-29")
    assert themes["follow-through"] == (1, "2026-03-23")
    assert themes["extra-mile"] == (1, "2026-03-26")
    assert themes["make-a-difference"] == (0, None)
    assert set(themes) == set(THEMES)
    assert [t["id"] for t in view["themes"][:3]] == ["empathy-first", "extra-mile",
                                                     "follow-through"]
    assert sorted(view["untouched"]) == sorted(
        set(THEMES) - {"empathy-first", "follow-through", "extra-mile"})


def test_week_window_narrows_the_theme_balance_but_not_untouched(care_home: Path) -> None:
    load(care_home, *MARCH)
    view = progress("2026-03-30", "--week")
    assert view["shift_day"] == "2026-03-30" and view["window_days"] == 7
    themes = {t["id"]: t["wins"] for t in view["themes"]}
    # Tue 24 to Mon 30: empathy-first once (Sun 29), extra-mile once (Thu 26); the
    # follow-through win belongs to Mon 23, outside the week...
    assert (themes["empathy-first"], themes["extra-mile"], themes["follow-through"]) == (1, 1, 0)
    # ... but within 30 days, so it is not "untouched".
    assert "follow-through" not in view["untouched"]
    # Window Tue 24 - Mon 30: 5 wins (a4-a8), 13 points, on 4 days; the 7 before: Mon 23.
    window = view["window"]
    assert (window["first_day"], window["wins"], window["points"], window["days_with_wins"]
            ) == ("2026-03-24", 5, 13, 4)
    assert (window["previous"]["first_day"], window["previous"]["last_day"],
            window["previous"]["wins"]) == ("2026-03-17", "2026-03-23", 3)
    assert progress("2026-03-30", "--month")["window_days"] == 30


def test_marked_off_days_and_other_rest_days_never_break_a_streak(care_home: Path) -> None:
    load(care_home, *MARCH)
    ok("off", "2026-03-24", "--reason", "leave")
    ok("off", "2026-03-25", "--reason", "sick")
    # Now Mon 30, Sun 29, Fri 27, Thu 26, (Wed 25 and Tue 24 off), Mon 23: five days.
    view = progress("2026-03-30")
    assert view["streak"] == {"current": 5, "best": 5}
    states = {c["shift_day"]: c["state"] for c in view["heatmap"]}
    assert states["2026-03-24"] == states["2026-03-25"] == "rest"
    ok("off", "2026-03-24", "--remove")
    assert progress("2026-03-30")["streak"]["current"] == 4


def test_a_back_dated_win_counts_on_its_own_day(care_home: Path) -> None:
    load(care_home, *MARCH)
    ok("win", "Logged the next morning", "--at", "2026-03-25T15:00:00+01:00")
    # Wed 25 now has a win; Tue 24 is still a workday without one.
    assert progress("2026-03-30")["streak"] == {"current": 5, "best": 5}
    assert figures(progress("2026-03-25")["today"]) == {"shift_day": "2026-03-25", "wins": 1,
                                                        "points": 3}


def test_a_different_rollover_hour_moves_night_wins(care_home: Path) -> None:
    load(care_home, *MARCH)
    ok("config", "set", "rollover_hour", "1")
    view = progress("2026-03-30")
    # 01:30 on Tue 24 now starts Tue 24's shift day; 03:30 on Mon 30 is Mon 30's.
    assert view["today"]["wins"] == 2
    # Mon 23 keeps 2 wins (5 points); Thu 26 has 2 wins and 6 points, so it is the best.
    assert view["best_day"]["shift_day"] == "2026-03-26"
    assert progress("2026-03-24")["today"]["wins"] == 1


def test_a_night_shift_across_the_summer_time_change_is_one_day(care_home: Path) -> None:
    # Sat 28 March 2026, 22:00 CET to Sun 29 March 03:30 CEST (clocks jumped 02:00 -> 03:00).
    load(care_home, ("n1", "2026-03-28T22:00:00+01:00", 2, None),
         ("n2", "2026-03-29T01:45:00+01:00", 3, None),
         ("n3", "2026-03-29T03:30:00+02:00", 4, None),   # 23:30 of the 28th, less 4 hours
         ("n4", "2026-03-29T04:00:00+02:00", 1, None))   # the rollover: Sun 29 begins
    assert figures(progress("2026-03-28")["today"]) == {"shift_day": "2026-03-28", "wins": 3,
                                                        "points": 9}
    view = progress("2026-03-29")
    assert figures(view["today"]) == {"shift_day": "2026-03-29", "wins": 1, "points": 1}
    assert view["yesterday"]["shift_day"] == "2026-03-28"
    # A weekend shift worked: Sat and Sun are rest days, so their wins make a streak of 2.
    assert view["streak"] == {"current": 2, "best": 2}


def test_first_day_has_nothing_to_compare_with(care_home: Path) -> None:
    load(care_home, ("f1", "2026-03-23T10:00:00+01:00", 4, None))
    view = progress("2026-03-23")
    assert view["yesterday"] is None and view["best_day"] is None
    assert view["vs_yesterday"] is None and view["vs_best"] is None
    assert view["new_best"] is False
    assert view["streak"] == {"current": 1, "best": 1}
    assert "first shift" in view["message"].lower()
    # The day before: nothing at all.
    before = progress("2026-03-22")
    assert figures(before["today"]) == {"shift_day": "2026-03-22", "wins": 0, "points": 0}
    assert before["today"]["best"] is None
    assert before["streak"] == {"current": 0, "best": 0}


def test_an_empty_journal_shows_a_welcome(care_home: Path) -> None:
    view = json.loads(ok("progress", "--json"))
    assert view["today"]["wins"] == 0 and view["yesterday"] is None
    assert view["energy"] == {"readings": [], "average_7": None, "average_30": None}
    assert "Log a win" in ok("progress")


@pytest.mark.parametrize(("today", "expected"), [
    # Last shift: 2 wins, 4 points (two wins of impact 2).
    ([3, 1, 1], "Last shift beaten, and your best day yet."),
    ([3, 2], "Last shift beaten, and your best day yet."),
    ([2, 2], "Level with last shift: one more win beats it."),
    ([5], "To beat last shift: one more win."),
    ([], "To beat last shift: three more wins, or two more worth 5 points."),
])
def test_the_friendly_line(care_home: Path, today: list[int], expected: str) -> None:
    load(care_home, ("y1", "2026-03-23T10:00:00+01:00", 2, None),
         ("y2", "2026-03-23T11:00:00+01:00", 2, None),
         *((f"t{n}", f"2026-03-24T1{n}:00:00+01:00", impact, None)
           for n, impact in enumerate(today)))
    assert progress("2026-03-24")["message"] == expected


def test_a_reflection_only_day_is_the_last_shift(care_home: Path) -> None:
    load(care_home, ("w1", "2026-03-23T10:00:00+01:00", 2, None))
    import_rows(care_home, [reflection("r1", "2026-03-24T20:00:00+01:00", 3)])
    view = progress("2026-03-25")
    assert figures(view["yesterday"]) == {"shift_day": "2026-03-24", "wins": 0, "points": 0}
    assert view["yesterday"]["best"] is None
    assert figures(view["best_day"]) == {"shift_day": "2026-03-23", "wins": 1, "points": 2}
    assert view["message"] == "Level with last shift: one more win beats it."


def test_energy_trend_from_reflections(care_home: Path) -> None:
    ok("reflect", "--energy", "2", "--at", "2026-03-20T20:00:00+01:00")
    ok("reflect", "--energy", "1", "--at", "2026-03-26T18:00:00+01:00")
    ok("reflect", "--energy", "4", "--at", "2026-03-26T20:00:00+01:00")  # the day's last
    ok("reflect", "--energy", "5", "--at", "2026-03-27T20:00:00+01:00")
    ok("reflect", "--energy", "3", "--at", "2026-02-20T20:00:00+01:00")  # 35 days before
    energy = progress("2026-03-27")["energy"]
    assert energy["readings"] == [{"shift_day": "2026-03-20", "energy": 2},
                                  {"shift_day": "2026-03-26", "energy": 4},
                                  {"shift_day": "2026-03-27", "energy": 5}]
    assert energy["average_7"] == 4.5  # 26 and 27 March
    assert energy["average_30"] == round(11 / 3, 2)


def test_a_future_day_is_refused(care_home: Path) -> None:
    tomorrow = (datetime.now().astimezone() + timedelta(days=2)).date().isoformat()
    result = care(*["progress", "--date", tomorrow])
    assert result.exit_code == 1 and result.stderr.startswith("carecli: error: ")
    assert "looks back" in result.stderr


@pytest.mark.parametrize("args", [["progress", "--week", "--month"],
                                  ["progress", "--date", "not a day"]])
def test_bad_input_is_one_line(args: list[str]) -> None:
    result = care(*args)
    assert result.exit_code == 1 and result.stderr.startswith("carecli: error: "), result.output
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n")


# ---- the text view ---------------------------------------------------------------------

def heat_rows(out: str) -> dict[str, str]:
    """The heatmap's rows by weekday, without the weekday label."""
    return {m.group(1): m.group(2) for m in re.finditer(
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)  (.*)$", out, re.MULTILINE)}


def levels_journal(home: Path) -> None:
    """Week of Mon 16 March 2026: 1, 2, 3, 4 wins Mon-Thu, none on Fri, Sat-Sun rest;
    Mon 23: 4 wins; Tue 24 is the day looked at, without a win yet."""
    rows = []
    for offset, count in enumerate((1, 2, 3, 4, 0, 0, 0, 4)):
        day = date(2026, 3, 16) + timedelta(days=offset)
        rows += [(f"h{offset}x{n}", f"{day}T1{n}:00:00+01:00", 3, None) for n in range(count)]
    load(home, *rows)


def test_plain_output_carries_meaning_without_colour(care_home: Path) -> None:
    levels_journal(care_home)
    ok("off", "2026-03-20", "--reason", "training")
    out = ok("progress", "--date", "2026-03-24", "--weeks", "2")
    assert "\x1b" not in out
    assert "Last shift" in out and "Your best day" in out and "That day" in out
    rows = heat_rows(out)
    # Columns: week of 16 March, week of 23 March. One shade per level (most: 4 wins),
    # `-` for Fri 20 (marked off) and the weekend, `·` for a workday without a win,
    # blank after the day looked at.
    assert rows == {"Mon": "░ █", "Tue": "▒ ·", "Wed": "▓", "Thu": "█", "Fri": "-",
                    "Sat": "-", "Sun": "-"}
    assert "░ 1  ▒ 2  ▓ 3  █ 4 wins" in out
    # 7-day sparkline, Wed 18 .. Tue 24: 3, 4, 0, 0, 0, 4, 0 wins.
    assert re.search(r"^7 days\s+▆█···█·\s", out, re.MULTILINE), out
    assert "Not touched yet: Beat yesterday, Care is human" in out


def test_a_pipe_gets_no_colour_even_without_no_color(care_home: Path) -> None:
    levels_journal(care_home)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    result = subprocess.run([CARECLI, "progress", "--date", "2026-03-24"], env=env,
                            capture_output=True, text=True, encoding="utf-8", check=True)
    assert "\x1b" not in result.stdout
    assert "█" in result.stdout and "▆" in result.stdout


def test_the_best_win_is_shown_as_typed(care_home: Path) -> None:
    load(care_home, ("m1", "2026-03-23T10:00:00+01:00", 5, None,
                     "[bold]Refund[/bold] sorted \x1b[31m for good"),
         ("m2", "2026-03-24T10:00:00+01:00", 1, None))
    out = ok("progress", "--date", "2026-03-24")
    assert "[bold]Refund[/bold] sorted \\x1b[31m for good" in out
    assert "\x1b" not in out


# ---- generated journals against an independent model -------------------------------------

def european(naive: datetime) -> datetime:
    """Central European time in 2026: summer time from Sun 29 March 02:00 (to 3:00)."""
    summer = datetime(2026, 3, 29, 2) <= naive < datetime(2026, 10, 25, 3)
    if datetime(2026, 3, 29, 2) <= naive < datetime(2026, 3, 29, 3):
        naive += timedelta(hours=1)  # that hour does not exist on the wall clock
    return naive.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def generated(seed: int) -> tuple[list[dict[str, Any]], set[date]]:
    """About four months of wins at any hour (night shifts too) and reflections, in the
    offset of the day; and some days to mark off."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    off: set[date] = set()
    day = date(2026, 1, 26)
    while day <= date(2026, 5, 20):
        if rng.random() < 0.08:
            off.add(day)
        if rng.random() < 0.78:
            for _ in range(rng.choice((1, 1, 2, 3, 4, 6))):
                moment = datetime(day.year, day.month, day.day) + timedelta(
                    minutes=rng.randrange(24 * 60))
                theme = rng.choice((None, *THEMES[:12]))
                text = rng.choice(("Sorted a refund", "Rebooked a parcel", "Calmed a caller"))
                rows.append(win(f"g{len(rows)}", european(moment).isoformat(),
                                rng.randint(1, 5), theme, text))
        if rng.random() < 0.3:
            for _ in range(rng.choice((1, 1, 2))):
                moment = datetime(day.year, day.month, day.day, rng.randrange(16, 24),
                                  rng.randrange(60))
                rows.append(reflection(f"g{len(rows)}", european(moment).isoformat(),
                                       rng.choice((None, 1, 2, 3, 4, 5))))
        day += timedelta(days=1)
    rng.shuffle(rows)  # imported in any order, as back-dated entries arrive
    return rows, off


def model(rows: list[dict[str, Any]], day: date, rollover: int, workdays: set[int],
          off: set[date], window: int, weeks: int) -> dict[str, Any]:
    """Every figure of `progress --json`, computed the plainest way from the raw rows."""
    entries: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        at = datetime.fromisoformat(row["at"])
        shift = (at - timedelta(hours=rollover)).date()
        if shift <= day:
            entries[shift].append(row | {"moment": at})

    def wins_of(d: date) -> list[dict[str, Any]]:
        return [e for e in entries.get(d, []) if e["kind"] == "win"]

    def plain(d: date) -> dict[str, Any]:
        wins = wins_of(d)
        return {"shift_day": d.isoformat(), "wins": len(wins),
                "points": sum(w["impact"] for w in wins)}

    def with_best(d: date) -> dict[str, Any]:
        wins = sorted(wins_of(d), key=lambda w: (-w["impact"], w["moment"]))
        top = {"id": wins[0]["id"], "text": wins[0]["text"], "impact": wins[0]["impact"],
               "theme": wins[0]["theme"]} if wins else None
        return plain(d) | {"best": top}

    def rest(d: date) -> bool:
        return d.weekday() not in workdays or d in off

    def days(first: date, last: date) -> list[date]:
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]

    worked = sorted(d for d in entries if d < day)
    win_days = sorted(d for d in entries if wins_of(d))
    earlier = [d for d in win_days if d < day]
    best = min(earlier, key=lambda d: (-len(wins_of(d)), -plain(d)["points"], d),
               default=None)
    today = plain(day)

    # Streaks: from the first win, list every win day (1) and every workday without one
    # (0); rest days without a win are left out. The day looked at, without a win yet,
    # is left out too for the current streak.
    marks = "".join("1" if wins_of(d) else "0" for d in days(win_days[0], day)
                    if wins_of(d) or not rest(d)) if win_days else ""
    waiting = bool(marks) and not wins_of(day) and not rest(day)
    current_marks = marks[:-1] if waiting else marks
    current = len(current_marks) - len(current_marks.rstrip("1"))
    longest = max((len(run) for run in marks.split("0")), default=0)

    def total(first: date, last: date) -> dict[str, Any]:
        inside = [plain(d) for d in days(first, last)]
        return {"first_day": first.isoformat(), "last_day": last.isoformat(),
                "wins": sum(x["wins"] for x in inside),
                "points": sum(x["points"] for x in inside),
                "days_with_wins": sum(1 for x in inside if x["wins"])}

    start = day - timedelta(days=window - 1)
    heat_start = day - timedelta(days=day.weekday() + 7 * (weeks - 1))
    heat = [{"shift_day": d.isoformat(), "wins": 0 if d > day else len(wins_of(d)),
             "state": "future" if d > day else "rest" if rest(d) else "work"}
            for d in days(heat_start, heat_start + timedelta(days=7 * weeks - 1))]
    theme_wins = {t: sum(1 for d in days(start, day) for w in wins_of(d) if w["theme"] == t)
                  for t in THEMES}
    last_win = {t: max((d.isoformat() for d in entries for w in wins_of(d)
                        if w["theme"] == t), default=None) for t in THEMES}
    recent = {w["theme"] for d in days(day - timedelta(days=29), day) for w in wins_of(d)}
    themes = sorted(THEMES, key=lambda t: (-theme_wins[t], t))
    readings = []
    for d in days(day - timedelta(days=29), day):
        energies = sorted((e["moment"], e["energy"]) for e in entries.get(d, [])
                          if e["kind"] == "reflection" and e["energy"] is not None)
        if energies:
            readings.append({"shift_day": d.isoformat(), "energy": energies[-1][1]})

    def average(n: int) -> float | None:
        since = (day - timedelta(days=n - 1)).isoformat()
        values = [r["energy"] for r in readings if r["shift_day"] >= since]
        return round(sum(values) / len(values), 2) if values else None

    best_figures = plain(best) if best else None
    return {
        "today": with_best(day),
        "yesterday": with_best(worked[-1]) if worked else None,
        "best_day": with_best(best) if best else None,
        "vs_yesterday": None if not worked else {
            "wins": today["wins"] - plain(worked[-1])["wins"],
            "points": today["points"] - plain(worked[-1])["points"]},
        "vs_best": None if best_figures is None else {
            "wins": today["wins"] - best_figures["wins"],
            "points": today["points"] - best_figures["points"]},
        "new_best": best_figures is not None and (today["wins"], today["points"]) > (
            best_figures["wins"], best_figures["points"]),
        "streak": {"current": current, "best": longest},
        "trend_7": [plain(d) for d in days(day - timedelta(days=6), day)],
        "trend_30": [plain(d) for d in days(day - timedelta(days=29), day)],
        "window_days": window,
        "window": {"days": window, **total(start, day),
                   "previous": total(start - timedelta(days=window),
                                     start - timedelta(days=1))},
        "heatmap": heat,
        "themes": [{"id": t, "wins": theme_wins[t],
                    "last_win": last_win[t]}
                   for t in themes],
        "untouched": [t for t in themes if t not in recent],
        "energy": {"readings": readings, "average_7": average(7), "average_30": average(30)},
    }


LOOK_AT = ("2026-01-25", "2026-01-26", "2026-02-14", "2026-03-01", "2026-03-28",
           "2026-03-29", "2026-03-30", "2026-04-06", "2026-05-04", "2026-05-21",
           "2026-06-10")


@pytest.mark.parametrize(("seed", "rollover", "workdays", "flag"), [
    (1, 4, "mon-fri", "--month"),
    (2, 7, "sun-thu", "--week"),
    (3, 0, "mon,wed,fri,sat", "--month"),
])
def test_generated_journals_match_an_independent_model(
        care_home: Path, seed: int, rollover: int, workdays: str, flag: str) -> None:
    rows, off = generated(seed)
    ok("config", "set", "rollover_hour", str(rollover))
    ok("config", "set", "workdays", workdays)
    import_rows(care_home, rows)
    for marked in sorted(off):
        ok("off", marked.isoformat(), "--reason", "leave", "--yes")
    weekday_numbers = {("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(name)
                       for name in {"mon-fri": ("mon", "tue", "wed", "thu", "fri"),
                                    "sun-thu": ("sun", "mon", "tue", "wed", "thu"),
                                    "mon,wed,fri,sat": ("mon", "wed", "fri", "sat")}[workdays]}
    window = 7 if flag == "--week" else 30
    for day in LOOK_AT:
        view = progress(day, flag, "--weeks", "6")
        expected = model(rows, date.fromisoformat(day), rollover, weekday_numbers, off,
                         window, 6)
        view["themes"] = [{k: t[k] for k in ("id", "wins", "last_win")} for t in view["themes"]]
        for key, value in expected.items():
            assert view[key] == value, (day, key)
