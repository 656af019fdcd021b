"""The calendar and the standing: every rule about days and "did I beat my last shift".

Every command asks this module; none re-derives a rule.

- **Shift day**: a shift day starts at the rollover hour (default 04:00) in the wall-clock
  time at which an entry was made, so a night shift from 22:00 to 06:00 is one day.
- **Rest day**: a day outside the agent's workdays, or marked off (`carecli off`). It
  neither counts nor breaks a streak.
- **Streak**: consecutive working shift days with at least one win. Today without a win
  yet does not break it: the shift is not over.
- **Previous worked day** ("yesterday", "last shift"): the latest earlier shift day with
  any entry, so after a weekend Monday compares with Friday.
- **Beating a day**: a day beats another when it has more wins, or as many wins and more
  impact points. The best day is the earlier day that no other beats (the earliest of
  equals: it set the bar first).
- **Standing** of a day: its verdict against the previous worked day: `behind`, `level`,
  `beaten`, or `new-best` (beaten, and it also beats every earlier day).

Standard library only, and no `typing`/`dataclasses`: the shift-start card uses it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable

DEFAULT_ROLLOVER_HOUR = 4
DEFAULT_WORKDAYS = (0, 1, 2, 3, 4)  # Monday to Friday, as date.weekday() counts

BEHIND, LEVEL, BEATEN, NEW_BEST = "behind", "level", "beaten", "new-best"
VERDICTS = (BEHIND, LEVEL, BEATEN, NEW_BEST)
MAX_IMPACT = 5  # a win's impact is 1-5 (journal.models checks it)


def shift_day(at: datetime, rollover_hour: int) -> date:
    """The shift day of a moment, read in the UTC offset it was recorded with."""
    return (at - timedelta(hours=rollover_hour)).date()


class Calendar:
    """The agent's calendar: rollover hour, workdays (0 = Monday) and the days off."""

    __slots__ = ("_off_ordinals", "off_days", "rollover_hour", "workdays")

    def __init__(self, rollover_hour: int = DEFAULT_ROLLOVER_HOUR,
                 workdays: Iterable[int] = DEFAULT_WORKDAYS,
                 off_days: Collection[date] = ()) -> None:
        self.rollover_hour = rollover_hour
        self.workdays = frozenset(workdays)
        self.off_days = frozenset(off_days)
        self._off_ordinals = frozenset(d.toordinal() for d in self.off_days)

    def shift_day(self, at: datetime) -> date:
        return shift_day(at, self.rollover_hour)

    def today(self, now: datetime) -> date:
        return shift_day(now, self.rollover_hour)

    def is_rest_day(self, day: date) -> bool:
        return day.weekday() not in self.workdays or day in self.off_days

    def streaks(self, win_days: Collection[date], on: date) -> tuple[int, int]:
        """(current, best) streak on `on`, counting only days up to it; the same rules as
        current_streak and best_streak (a test holds them equal)."""
        limit = on.toordinal()
        return self.streaks_of(sorted(o for d in win_days if (o := d.toordinal()) <= limit),
                               limit)

    def streaks_of(self, ordinals: list[int], on: int) -> tuple[int, int]:
        """`streaks` on sorted day ordinals up to `on`: one pass, no date objects, because
        the card runs it over the whole history at every shift start."""
        best = run = 0
        previous = None
        for day in ordinals:
            run = run + 1 if previous is not None and self._rest_between(previous, day) else 1
            best = max(best, run)
            previous = day
        if previous is None:
            return 0, 0
        # Today without a win yet does not break it; any working day before it does.
        current = run if previous == on or self._rest_between(previous, on) else 0
        return current, best

    def _rest_between(self, earlier: int, later: int) -> bool:
        """Whether every day strictly between two ordinals is a rest day."""
        off, workdays = self._off_ordinals, self.workdays
        for day in range(earlier + 1, later):
            if (day - 1) % 7 in workdays and day not in off:  # ordinal 1 is a Monday
                return False
        return True


def previous_worked_day(days: Iterable[date], before: date) -> date | None:
    """The latest day before `before` with any entry: 'yesterday' for an agent."""
    return max((d for d in days if d < before), default=None)


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


def beats(wins: int, points: int, other_wins: int, other_points: int) -> bool:
    """The one definition of beating a day: more wins, or as many and more points."""
    return (wins, points) > (other_wins, other_points)


class Standing:
    """A day's figures against the previous worked day and the best earlier day.

    `wins_to_beat`: the fewest more wins that beat the previous day whatever their impact
    (each win is worth at least one point). `points_to_beat`: when one win fewer can beat
    it too, the impact points those wins must bring; else 0. Both are 0 once beaten."""

    __slots__ = ("best", "points", "points_to_beat", "previous", "verdict", "wins",
                 "wins_to_beat")

    def __init__(self, wins: int, points: int, previous: tuple[int, int],
                 best: tuple[int, int] | None) -> None:
        self.wins, self.points = wins, points
        self.previous, self.best = previous, best
        pw, pp = previous
        self.wins_to_beat = self.points_to_beat = 0
        if beats(wins, points, pw, pp):
            top = best is None or beats(wins, points, *best)
            self.verdict = NEW_BEST if top else BEATEN
            return
        self.verdict = LEVEL if (wins, points) == (pw, pp) else BEHIND
        level = pw - wins  # more wins to draw level on wins (0 when already level)
        if level <= 0 or points + level > pp:  # level on wins: any further win beats it
            self.wins_to_beat = max(level, 1)
        else:
            self.wins_to_beat, self.points_to_beat = level + 1, pp - points + 1

    def to_json(self) -> dict[str, object]:
        return {"verdict": self.verdict, "wins_to_beat": self.wins_to_beat,
                "points_to_beat": self.points_to_beat}


def standing(wins: int, points: int, previous: tuple[int, int] | None,
             best: tuple[int, int] | None) -> Standing | None:
    """The day's standing, or None when there is no earlier worked day to compare with.

    `best` is the best earlier day's (wins, points), None when no earlier day has a win."""
    if previous is None:
        return None
    return Standing(wins, points, previous, best)


def best_of(days: Iterable[tuple[int, int, date]]) -> tuple[int, int, date] | None:
    """The best of (wins, points, day) triples with a win: most wins, then most points,
    then the earliest."""
    return max((d for d in days if d[0]), default=None,
               key=lambda d: (d[0], d[1], -d[2].toordinal()))


def count(n: int, noun: str) -> str:
    """'1 win', '2 wins': the one pluraliser for every view."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _number(n: int) -> str:
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return words[n] if 0 <= n < len(words) else str(n)


def to_beat(s: Standing) -> str:
    """What beats the previous day, in words: 'one more win', or 'three more wins, or two
    more worth 7 points' when fewer wins of high impact can do it too."""
    wins = f"{_number(s.wins_to_beat)} more win{'' if s.wins_to_beat == 1 else 's'}"
    fewer = s.wins_to_beat - 1
    if s.points_to_beat and s.points_to_beat <= fewer * MAX_IMPACT:
        return f"{wins}, or {_number(fewer)} more worth {count(s.points_to_beat, 'point')}"
    return wins


def say(s: Standing | None, wins: int) -> str:
    """The day's standing in one warm line. The card, the `win` echo and `progress` all
    print this line, so they can never disagree."""
    if s is None:
        return ("Your first shift on record: every win you log sets the bar to beat."
                if wins else "Log a win and it becomes the mark to beat next shift.")
    if s.verdict == NEW_BEST:
        return "Last shift beaten, and your best day yet."
    if s.verdict == BEATEN:
        return "Last shift beaten. That's you, beating you."
    if s.verdict == LEVEL:
        return "Level with last shift: one more win beats it."
    return f"To beat last shift: {to_beat(s)}."
