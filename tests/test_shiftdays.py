"""Shift days and streaks: the calendar rules, as pure functions on fixed moments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carecli.core.rules import Calendar, best_streak, current_streak, previous_worked_day, shift_day

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

# A week in November 2026: Monday the 16th to Sunday the 22nd, then Monday the 23rd.
MON, TUE, WED, THU, FRI, SAT, SUN = (date(2026, 11, 16) + timedelta(days=n) for n in range(7))
NEXT_MON, NEXT_TUE, NEXT_WED = (date(2026, 11, 23) + timedelta(days=n) for n in range(3))


def weekend(day: date) -> bool:
    """Mon-Fri workdays: Saturday and Sunday are rest days."""
    return day.weekday() >= 5


def at(day: date, hour: int, minute: int = 0, tz: timezone = CET) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


# ---- shift_day -----------------------------------------------------------------------

@pytest.mark.parametrize(("hour", "minute", "expected"), [
    (0, 0, MON),       # midnight still belongs to the evening before
    (1, 30, MON),
    (3, 59, MON),
    (4, 0, TUE),       # the rollover hour starts the new shift day
    (12, 0, TUE),
    (23, 59, TUE),
])
def test_shift_day_rolls_over_at_four(hour: int, minute: int, expected: date) -> None:
    assert shift_day(at(TUE, hour, minute), 4) == expected


def test_night_shift_is_one_shift_day() -> None:
    # A night agent sets rollover_hour to 6: 22:00 Monday to 05:59 Tuesday is Monday's shift.
    moments = [at(MON, 22), at(MON, 23, 59), at(TUE, 0, 30), at(TUE, 3), at(TUE, 5, 59)]
    assert {shift_day(m, 6) for m in moments} == {MON}
    assert shift_day(at(TUE, 6), 6) == TUE
    # With the default 04:00 the part of that night before 04:00 is still one day.
    assert {shift_day(m, 4) for m in moments[:4]} == {MON}


def test_rollover_zero_is_the_calendar_day() -> None:
    assert shift_day(at(TUE, 0, 0), 0) == TUE
    assert shift_day(at(MON, 23, 59), 0) == MON


def test_each_timestamp_uses_its_own_wall_clock() -> None:
    # 04:30 in summer time (+02:00) is the same instant as 03:30 in winter time (+01:00);
    # the shift day follows the wall clock the entry was recorded with.
    summer = datetime(2026, 7, 10, 4, 30, tzinfo=CEST)
    assert shift_day(summer, 4) == date(2026, 7, 10)
    assert shift_day(summer.astimezone(CET), 4) == date(2026, 7, 9)
    # Either side of the spring change (29 March 2026 in Europe), 03:30 is before 04:00.
    assert shift_day(datetime(2026, 3, 29, 3, 30, tzinfo=CEST), 4) == date(2026, 3, 28)
    assert shift_day(datetime(2026, 3, 29, 4, 0, tzinfo=CEST), 4) == date(2026, 3, 29)
    # UTC and far-away offsets alike.
    assert shift_day(datetime(2026, 1, 1, 2, 0, tzinfo=UTC), 4) == date(2025, 12, 31)
    tokyo = timezone(timedelta(hours=9))
    assert shift_day(datetime(2026, 1, 1, 9, 0, tzinfo=tokyo), 4) == date(2026, 1, 1)


# ---- yesterday -----------------------------------------------------------------------

def test_yesterday_is_the_previous_day_worked() -> None:
    worked = [WED, THU, FRI, NEXT_MON]
    assert previous_worked_day(worked, NEXT_MON) == FRI  # the weekend in between is skipped
    assert previous_worked_day(worked, NEXT_TUE) == NEXT_MON
    assert previous_worked_day(worked, THU) == WED
    assert previous_worked_day(worked, WED) is None
    assert previous_worked_day([], NEXT_MON) is None


# ---- current_streak ------------------------------------------------------------------

def test_weekend_does_not_break_a_streak() -> None:
    wins = {THU, FRI, NEXT_MON}
    assert current_streak(wins, NEXT_MON, weekend) == 3
    assert current_streak(wins, SUN, weekend) == 2
    assert current_streak(wins, SAT, weekend) == 2


def test_a_missed_workday_breaks_the_streak() -> None:
    wins = {WED, THU, NEXT_MON}  # no win on Friday, a workday
    assert current_streak(wins, NEXT_MON, weekend) == 1
    assert current_streak({MON, WED}, WED, weekend) == 1
    # Yesterday (a workday) without a win, and none yet today: the streak is over.
    assert current_streak({MON}, WED, weekend) == 0


def test_today_without_a_win_yet_does_not_break_it() -> None:
    wins = {THU, FRI, NEXT_MON}
    assert current_streak(wins, NEXT_TUE, weekend) == 3  # the shift is not over yet
    assert current_streak(wins, NEXT_WED, weekend) == 0  # Tuesday went by without one


def test_every_day_can_be_a_workday() -> None:
    def never_rest(_: date) -> bool:
        return False

    assert current_streak({FRI, SAT, SUN, NEXT_MON}, NEXT_MON, never_rest) == 4
    assert current_streak({FRI, NEXT_MON}, NEXT_MON, never_rest) == 1


def test_marked_off_days_do_not_break_it() -> None:
    leave = {TUE, WED}

    def rest(day: date) -> bool:
        return weekend(day) or day in leave

    assert current_streak({MON, THU, FRI, NEXT_MON}, NEXT_MON, rest) == 4


def test_no_wins_no_streak() -> None:
    assert current_streak(set(), NEXT_MON, weekend) == 0
    assert best_streak(set(), weekend) == 0


def test_wins_after_the_day_looked_at_do_not_count() -> None:
    assert current_streak({MON, TUE, WED}, TUE, weekend) == 2


# ---- best_streak ---------------------------------------------------------------------

def test_best_streak_is_the_longest_run() -> None:
    wins = {MON, TUE, THU, FRI, NEXT_MON, NEXT_TUE}  # Wednesday missed
    assert best_streak(wins, weekend) == 4  # Thu, Fri, (weekend), Mon, Tue
    assert best_streak(wins, weekend, until=FRI) == 2
    assert best_streak(wins, weekend, until=TUE) == 2
    assert best_streak({WED}, weekend) == 1


def test_best_streak_is_at_least_the_current_one() -> None:
    wins = {MON, WED, THU, FRI, NEXT_MON}
    assert current_streak(wins, NEXT_MON, weekend) == 4
    assert best_streak(wins, weekend) == 4


# ---- Calendar.streaks: the one-pass version the card uses ----------------------------

DAYS = st.integers(min_value=0, max_value=60).map(lambda n: MON + timedelta(days=n))


@settings(max_examples=300, deadline=None)
@given(wins=st.sets(DAYS, max_size=40), off=st.sets(DAYS, max_size=10),
       workdays=st.sets(st.integers(0, 6)), on=DAYS)
def test_calendar_streaks_equal_the_walking_rules(wins: set[date], off: set[date],
                                                  workdays: set[int], on: date) -> None:
    calendar = Calendar(workdays=workdays, off_days=off)
    past = {d for d in wins if d <= on}
    assert calendar.streaks(wins, on) == (current_streak(past, on, calendar.is_rest_day),
                                          best_streak(past, calendar.is_rest_day))
