"""Progress against the agent's own yesterday and own best: never against anyone else.

Everything comes from the per-day figures (daystats), so five years cost about as much as
one week. Definitions, used by `carecli progress` and documented in the README:
- today: the shift day looked at (`--date`, default the current one);
- yesterday: the latest earlier shift day with any entry;
- best day: the earlier shift day with the most wins (then the most points, then the
  earliest);
- streaks: as in shiftdays, with rest days = days outside `workdays` or marked off;
- trends: wins per shift day for the 7 and 30 days ending today (rest days included, as 0
  unless a win was logged);
- heatmap: the last N weeks, Monday first, up to the week of today;
- theme balance: wins per theme in the window (7 or 30 days ending today), and the day of
  the last win under each theme;
- energy: the reflections' energy in the last 30 days, with 7- and 30-day averages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from carecli import shiftdays
from carecli.daystats import DayStats

SCHEMA = "carecli.progress/1"


@dataclass(frozen=True)
class Figures:
    day: date
    wins: int
    points: int


@dataclass(frozen=True)
class HeatCell:
    day: date
    wins: int
    state: str  # "work", "rest" (not a workday or marked off) or "future"


@dataclass(frozen=True)
class ThemeBalance:
    id: str
    title: str
    wins: int
    last_win: date | None


@dataclass(frozen=True)
class Progress:
    day: date
    window_days: int
    today: Figures
    yesterday: Figures | None
    best_day: Figures | None
    streak: int
    best_streak: int
    trend_7: list[Figures]
    trend_30: list[Figures]
    heatmap: list[HeatCell]
    themes: list[ThemeBalance]
    energy: list[tuple[date, int]]

    def untouched(self) -> list[str]:
        return [t.id for t in self.themes if t.wins == 0]

    def energy_average(self, days: int) -> float | None:
        since = self.day - timedelta(days=days - 1)
        values = [e for d, e in self.energy if d >= since]
        return round(sum(values) / len(values), 2) if values else None


def build(stats: Mapping[date, DayStats], day: date, *, is_rest_day: Callable[[date], bool],
          themes: Mapping[str, str], window_days: int = 30, heat_weeks: int = 12,
          ) -> Progress:
    """The progress view of `day`; nothing after it counts."""
    past = {d: s for d, s in stats.items() if d <= day}
    earlier = [s for d, s in past.items() if d < day and s.entries]
    previous = max(earlier, key=lambda s: s.day, default=None)
    best = max((s for s in earlier if s.wins), default=None,
               key=lambda s: (s.wins, s.points, -s.day.toordinal()))
    win_days = {d for d, s in past.items() if s.wins}
    return Progress(
        day=day,
        window_days=window_days,
        today=_figures(past, day),
        yesterday=_figures(past, previous.day) if previous else None,
        best_day=_figures(past, best.day) if best else None,
        streak=shiftdays.current_streak(win_days, day, is_rest_day),
        best_streak=shiftdays.best_streak(win_days, is_rest_day, until=day),
        trend_7=[_figures(past, day - timedelta(days=n)) for n in range(6, -1, -1)],
        trend_30=[_figures(past, day - timedelta(days=n)) for n in range(29, -1, -1)],
        heatmap=_heatmap(past, day, heat_weeks, is_rest_day),
        themes=_balance(past, day, window_days, themes),
        energy=sorted((d, s.energy) for d, s in past.items()
                      if s.energy is not None and d > day - timedelta(days=30)),
    )


def _figures(stats: Mapping[date, DayStats], day: date) -> Figures:
    found = stats.get(day)
    return Figures(day, found.wins, found.points) if found else Figures(day, 0, 0)


def _heatmap(stats: Mapping[date, DayStats], day: date, weeks: int,
             is_rest_day: Callable[[date], bool]) -> list[HeatCell]:
    start = day - timedelta(days=day.weekday()) - timedelta(weeks=weeks - 1)
    cells = []
    for n in range(weeks * 7):
        current = start + timedelta(days=n)
        wins = stats[current].wins if current in stats else 0
        state = "future" if current > day else "rest" if is_rest_day(current) else "work"
        cells.append(HeatCell(current, wins, state))
    return cells


def _balance(stats: Mapping[date, DayStats], day: date, window_days: int,
             themes: Mapping[str, str]) -> list[ThemeBalance]:
    since = day - timedelta(days=window_days - 1)
    counts = dict.fromkeys(themes, 0)
    last: dict[str, date] = {}
    for current, figures in stats.items():
        for theme, wins in figures.themes.items():
            if theme not in counts:
                continue
            if current >= since:
                counts[theme] += wins
            if theme not in last or current > last[theme]:
                last[theme] = current
    balance = [ThemeBalance(t, themes[t], counts[t], last.get(t)) for t in themes]
    return sorted(balance, key=lambda b: (-b.wins, b.id))


def message(progress: Progress) -> str:
    """One warm line about today against the last shift; it never nags."""
    today, previous = progress.today, progress.yesterday
    if previous is None:
        return ("Your first shift on record: every win you log sets the bar you will "
                "play against." if today.wins else
                "Log a win today and it becomes the mark to beat next shift.")
    gap = today.wins - previous.wins
    if gap > 0:
        return f"{_wins(gap)} more than last shift. That's you, beating you."
    if gap == 0 and today.wins:
        return "Level with last shift: one more win beats it."
    need = previous.wins - today.wins + 1
    return f"{_wins(need)} beat{'s' if need == 1 else ''} last shift's {previous.wins}."


def _wins(count: int) -> str:
    return f"{count} win" + ("" if count == 1 else "s")


def to_json(progress: Progress) -> dict[str, Any]:
    """Every figure, under the keys documented in the README (schema carecli.progress/1)."""
    def figures(f: Figures | None) -> dict[str, Any] | None:
        return None if f is None else {"shift_day": f.day.isoformat(), "wins": f.wins,
                                       "points": f.points}

    def versus(other: Figures | None) -> dict[str, int] | None:
        return None if other is None else {"wins": progress.today.wins - other.wins,
                                           "points": progress.today.points - other.points}

    return {
        "schema": SCHEMA,
        "shift_day": progress.day.isoformat(),
        "window_days": progress.window_days,
        "today": figures(progress.today),
        "yesterday": figures(progress.yesterday),
        "best_day": figures(progress.best_day),
        "vs_yesterday": versus(progress.yesterday),
        "vs_best": versus(progress.best_day),
        "message": message(progress),
        "streak": {"current": progress.streak, "best": progress.best_streak},
        "trend_7": [figures(f) for f in progress.trend_7],
        "trend_30": [figures(f) for f in progress.trend_30],
        "heatmap": [{"shift_day": c.day.isoformat(), "wins": c.wins, "state": c.state}
                    for c in progress.heatmap],
        "themes": [{"id": t.id, "title": t.title, "wins": t.wins,
                    "last_win": t.last_win.isoformat() if t.last_win else None}
                   for t in progress.themes],
        "untouched": progress.untouched(),
        "energy": {"readings": [{"shift_day": d.isoformat(), "energy": e}
                                for d, e in progress.energy],
                   "average_7": progress.energy_average(7),
                   "average_30": progress.energy_average(30)},
    }
