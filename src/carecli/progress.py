"""Progress against the agent's own last shift and own best: never against anyone else.

Everything comes from the per-day figures (daystats), so five years cost about as much as
one week. `build` takes the figures, the day looked at and the rest-day rule, and returns
plain data; it never prints and never reads a clock.

Definitions (the README's "Progress" and "Shift days and streaks" sections should say the
same; every rule about days, streaks and beating a day lives in core.rules, once):
- **the day**: the shift day looked at (`--date`, default the current one). Nothing after
  it counts, as if the journal ended there.
- **yesterday / last shift**: the latest earlier shift day with any entry
  (`rules.previous_worked_day`), so after a weekend Monday compares with Friday.
- **best day**: among the shift days *before* the day, the one with the most wins, then
  the most impact points, then the earliest (it set the bar first). Taking earlier days
  only means today can beat it: `new_best` says so.
- **streaks**: `Calendar.streaks`, with rest days = days outside
  the `workdays` setting or marked off (`carecli off`); up to the day.
- **trends**: wins and points for each of the 7 and the 30 shift days ending on the day,
  oldest first, every day listed (0 for a day without entries).
- **window**: the theme-balance and summary window, the 7 (`--week`) or 30 (`--month`,
  the default) shift days ending on the day, plus the same number of days before it.
- **heatmap**: every day of the last N weeks (default 12), Monday first, ending with the
  week of the day; days after the day are "future".
- **theme balance**: wins per theme in the window for every theme (wins without a theme
  are not counted there), the last shift day each theme had a win (ever, up to the day),
  and the themes without a win in the 30 days ending on the day ("untouched": a fixed 30
  days whatever the window, so `--week` does not call a theme lived last week untouched).
- **energy**: the energy (1-5) of the last reflection of each shift day in the 30 days
  ending on the day, and the averages over the last 7 and 30 days.

JSON (`to_json`), schema "carecli.progress/1". A *day* object is
`{shift_day, wins, points}`; a *day with best* adds `best`, the day's highest-impact win
(`{id, text, impact, theme}`, the earliest of equals) or null when it has no win:

- `schema`: "carecli.progress/1".
- `shift_day`: the day looked at, YYYY-MM-DD.
- `today`: day with best, for the day looked at.
- `yesterday`: day with best for the last shift, or null when there is none.
- `best_day`: day with best for the best earlier day, or null when no earlier day has a win.
- `vs_yesterday`, `vs_best`: `{wins, points}`, today minus that day (negative: still to
  go), or null with the day they compare with.
- `new_best`: true when today beats `best_day` (more wins, or as many and more points);
  false when there is no best day yet.
- `standing`: `{verdict, wins_to_beat, points_to_beat}` against last shift, the same
  object as in `today --json` and `win --json` (see core.rules), or null without one.
- `message`: the friendly line shown under the figures.
- `streak`: `{current, best}` in shift days.
- `trend_7`, `trend_30`: lists of 7 and 30 day objects, oldest first, ending on the day.
- `window_days`: 7 or 30, the window of `window` and `themes`.
- `window`: `{days, first_day, last_day, wins, points, days_with_wins, previous}` for the
  window; `previous` holds `{first_day, last_day, wins, points, days_with_wins}` for the
  same number of days just before it.
- `heatmap`: one `{shift_day, wins, state}` a day for the last N weeks (`--weeks`,
  default 12), Monday first, oldest first, ending with the Sunday of the day's week;
  `state` is "work", "rest" (not a workday, or marked off) or "future" (after the day);
  a win on a rest day still counts in `wins`.
- `themes`: every theme, `{id, title, wins, last_win}`, most wins in the window first
  (then by id); `last_win` is a YYYY-MM-DD or null.
- `untouched`: ids of the themes without a win in the 30 days ending on the day, in the
  order of `themes`.
- `energy`: `{readings, average_7, average_30}`; `readings` lists `{shift_day, energy}`
  oldest first; the averages are rounded to 2 decimals, or null without readings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from carecli.core import rules
from carecli.core.daystats import BestWin, DayStats, day_json
from carecli.core.rules import Calendar

SCHEMA = "carecli.progress/1"
UNTOUCHED_DAYS = 30
ENERGY_DAYS = 30


@dataclass(frozen=True)
class Figures:
    day: date
    wins: int
    points: int
    best: BestWin | None = None


@dataclass(frozen=True)
class Window:
    first: date
    last: date
    wins: int
    points: int
    days_with_wins: int


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
    is_current: bool  # the day looked at is the current shift day
    today: Figures
    yesterday: Figures | None
    best_day: Figures | None
    streak: int
    best_streak: int
    trend_7: list[Figures]
    trend_30: list[Figures]
    window_days: int
    periods: dict[int, tuple[Window, Window]]  # 7 and 30: (those days, the days before)
    heatmap: list[HeatCell]
    themes: list[ThemeBalance]
    untouched: list[str]
    energy: list[tuple[date, int]]

    @property
    def window(self) -> Window:
        return self.periods[self.window_days][0]

    @property
    def previous_window(self) -> Window:
        return self.periods[self.window_days][1]

    @property
    def standing(self) -> rules.Standing | None:
        """The day against last shift and the best earlier day (rules.Standing)."""
        y, best = self.yesterday, self.best_day
        return rules.standing(self.today.wins, self.today.points,
                              (y.wins, y.points) if y else None,
                              (best.wins, best.points) if best else None)

    @property
    def new_best(self) -> bool:
        """Today beats every earlier day (false when no earlier day has a win)."""
        best = self.best_day
        return best is not None and rules.beats(self.today.wins, self.today.points,
                                                best.wins, best.points)

    def energy_average(self, days: int) -> float | None:
        since = self.day - timedelta(days=days - 1)
        values = [e for d, e in self.energy if d >= since]
        return round(sum(values) / len(values), 2) if values else None


def build(stats: Mapping[date, DayStats], day: date, *, calendar: Calendar,
          themes: Mapping[str, str], window_days: int = 30, heat_weeks: int = 12,
          is_current: bool = True) -> Progress:
    """The progress view of `day`; nothing after it counts.

    `stats` are the per-day figures (Journal.day_stats), `themes` maps every theme id to
    its title; the calendar gives rest days and streaks.
    """
    past = {d: s for d, s in stats.items() if d <= day}
    previous = rules.previous_worked_day([d for d, s in past.items() if s.entries], day)
    best = rules.best_of((s.wins, s.points, d) for d, s in past.items() if d < day)
    streak, best_streak = calendar.streaks({d for d, s in past.items() if s.wins}, day)
    start = day - timedelta(days=window_days - 1)
    return Progress(
        day=day,
        is_current=is_current,
        today=_figures(past, day, with_best=True),
        yesterday=_figures(past, previous, with_best=True) if previous else None,
        best_day=_figures(past, best[2], with_best=True) if best else None,
        streak=streak,
        best_streak=best_streak,
        trend_7=_trend(past, day, 7),
        trend_30=_trend(past, day, 30),
        window_days=window_days,
        periods={n: _periods(past, day, n) for n in sorted({7, 30, window_days})},
        heatmap=_heatmap(past, day, heat_weeks, calendar.is_rest_day),
        themes=_balance(past, start, themes),
        untouched=_untouched(past, day, themes),
        energy=sorted((d, s.energy) for d, s in past.items()
                      if s.energy is not None and d > day - timedelta(days=ENERGY_DAYS)),
    )


def _figures(stats: Mapping[date, DayStats], day: date, with_best: bool = False) -> Figures:
    found = stats.get(day)
    if found is None:
        return Figures(day, 0, 0)
    return Figures(day, found.wins, found.points, found.best if with_best else None)


def _trend(stats: Mapping[date, DayStats], day: date, days: int) -> list[Figures]:
    return [_figures(stats, day - timedelta(days=n)) for n in range(days - 1, -1, -1)]


def _periods(stats: Mapping[date, DayStats], day: date, days: int) -> tuple[Window, Window]:
    """The `days` shift days ending on `day`, and as many just before them."""
    start = day - timedelta(days=days - 1)
    return (_window(stats, start, day),
            _window(stats, start - timedelta(days=days), start - timedelta(days=1)))


def _window(stats: Mapping[date, DayStats], first: date, last: date) -> Window:
    inside = [s for d, s in stats.items() if first <= d <= last]
    return Window(first, last, sum(s.wins for s in inside), sum(s.points for s in inside),
                  sum(1 for s in inside if s.wins))


def _heatmap(stats: Mapping[date, DayStats], day: date, weeks: int,
             is_rest_day: Callable[[date], bool]) -> list[HeatCell]:
    start = day - timedelta(days=day.weekday()) - timedelta(weeks=weeks - 1)
    cells = []
    for n in range(weeks * 7):
        current = start + timedelta(days=n)
        if current > day:
            cells.append(HeatCell(current, 0, "future"))
            continue
        wins = stats[current].wins if current in stats else 0
        cells.append(HeatCell(current, wins, "rest" if is_rest_day(current) else "work"))
    return cells


def _balance(stats: Mapping[date, DayStats], since: date,
             themes: Mapping[str, str]) -> list[ThemeBalance]:
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


def _untouched(stats: Mapping[date, DayStats], day: date, themes: Mapping[str, str]
               ) -> list[str]:
    since = day - timedelta(days=UNTOUCHED_DAYS - 1)
    lived = {t for d, s in stats.items() if d >= since for t, wins in s.themes.items() if wins}
    return [t for t in themes if t not in lived]


def message(progress: Progress) -> str:
    """The day's standing in one warm line: the same words as the card and `win`."""
    return rules.say(progress.standing, progress.today.wins)


# Longer than 40 lines: one literal holding every documented key, in the documented order.
def to_json(progress: Progress) -> dict[str, Any]:
    """Every figure, under the keys documented in this module's docstring."""
    def figures(f: Figures) -> dict[str, Any]:
        return {"shift_day": f.day.isoformat(), "wins": f.wins, "points": f.points}

    def with_best(f: Figures | None) -> dict[str, Any] | None:
        return None if f is None else day_json(DayStats(f.day, wins=f.wins, points=f.points,
                                                         best=f.best))

    def versus(other: Figures | None) -> dict[str, int] | None:
        return None if other is None else {"wins": progress.today.wins - other.wins,
                                           "points": progress.today.points - other.points}

    def window(w: Window) -> dict[str, Any]:
        return {"first_day": w.first.isoformat(), "last_day": w.last.isoformat(),
                "wins": w.wins, "points": w.points, "days_with_wins": w.days_with_wins}

    untouched = set(progress.untouched)
    return {
        "schema": SCHEMA,
        "shift_day": progress.day.isoformat(),
        "today": with_best(progress.today),
        "yesterday": with_best(progress.yesterday),
        "best_day": with_best(progress.best_day),
        "vs_yesterday": versus(progress.yesterday),
        "vs_best": versus(progress.best_day),
        "new_best": progress.new_best,
        "standing": None if progress.standing is None else progress.standing.to_json(),
        "message": message(progress),
        "streak": {"current": progress.streak, "best": progress.best_streak},
        "trend_7": [figures(f) for f in progress.trend_7],
        "trend_30": [figures(f) for f in progress.trend_30],
        "window_days": progress.window_days,
        "window": {"days": progress.window_days, **window(progress.window),
                   "previous": window(progress.previous_window)},
        "heatmap": [{"shift_day": c.day.isoformat(), "wins": c.wins, "state": c.state}
                    for c in progress.heatmap],
        "themes": [{"id": t.id, "title": t.title, "wins": t.wins,
                    "last_win": t.last_win.isoformat() if t.last_win else None}
                   for t in progress.themes],
        "untouched": [t.id for t in progress.themes if t.id in untouched],
        "energy": {"readings": [{"shift_day": d.isoformat(), "energy": e}
                                for d, e in progress.energy],
                   "average_7": progress.energy_average(7),
                   "average_30": progress.energy_average(30)},
    }
