"""Shift days and streaks: the calendar rules, defined once.

A shift day starts at the rollover hour (default 04:00) in the wall-clock time at which an
entry was made, so a night shift from 22:00 to 06:00 is one day. A streak counts shift days
with at least one win; a day that is not a workday, or is marked off, neither counts nor
breaks it. Today without a win yet does not break it either: the shift is not over.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from collections.abc import Callable, Collection


def shift_day(at: datetime, rollover_hour: int) -> date:
    """The shift day of a moment, read in the UTC offset it was recorded with."""
    return (at - timedelta(hours=rollover_hour)).date()


def today(now: datetime, rollover_hour: int) -> date:
    return shift_day(now, rollover_hour)


def previous_worked_day(days: Collection[date], before: date) -> date | None:
    """The latest day before `before` with any entry: 'yesterday' for an agent."""
    earlier = [d for d in days if d < before]
    return max(earlier) if earlier else None


def current_streak(win_days: Collection[date], on: date, is_rest_day: Callable[[date], bool],
                   ) -> int:
    """Consecutive working shift days with a win, counting back from `on`."""
    if not win_days:
        return 0
    first = min(win_days)
    streak = 0
    day = on
    if day not in win_days:
        day -= timedelta(days=1)  # today is still going; it cannot break the streak yet
    while day >= first:
        if day in win_days:
            streak += 1
        elif not is_rest_day(day):
            break
        day -= timedelta(days=1)
    return streak


def best_streak(win_days: Collection[date], is_rest_day: Callable[[date], bool],
                until: date | None = None) -> int:
    """The longest streak ever, under the same rules as current_streak."""
    days = sorted(d for d in win_days if until is None or d <= until)
    best = run = 0
    previous: date | None = None
    for day in days:
        if previous is not None and _only_rest_between(previous, day, is_rest_day):
            run += 1
        else:
            run = 1
        best = max(best, run)
        previous = day
    return best


def _only_rest_between(earlier: date, later: date, is_rest_day: Callable[[date], bool]) -> bool:
    day = earlier + timedelta(days=1)
    while day < later:
        if not is_rest_day(day):
            return False
        day += timedelta(days=1)
    return True
