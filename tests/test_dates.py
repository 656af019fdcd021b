"""Dates mean what people type (`carecli.dates`): every promised form names the shift day
its ISO form names, whatever the rollover hour and across summer-time changes; anything
half understood is refused with the reason; and the measured cases through the CLI."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carecli.core.errors import CareError
from carecli.core.rules import shift_day
from carecli.dates import parse_day, parse_moment
from conftest import care, ok, snapshot_files

BERLIN = ZoneInfo("Europe/Berlin")
# The last Sundays of March and October 2026: the clocks go forward, then back.
CHANGES = (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), datetime(2026, 10, 25, 1, 0, tzinfo=UTC))
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@st.composite
def moments(draw: st.DrawFn) -> datetime:
    """A `now` in Berlin within three days of a summer-time change."""
    change = draw(st.sampled_from(CHANGES))
    minutes = draw(st.integers(-3 * 24 * 60, 3 * 24 * 60))
    return (change + timedelta(minutes=minutes)).astimezone(BERLIN)


rollovers = st.integers(0, 23)


def same_day(form: str, iso: str, now: datetime, rollover: int) -> date:
    """`form` and its ISO form name one shift day, read as a day and as a moment."""
    day = parse_day(form, now, rollover)
    assert day == parse_day(iso, now, rollover), (form, iso)
    try:
        moment = parse_moment(form, now, rollover)
    except CareError as error:
        assert "in the future" in str(error)
        with pytest.raises(CareError, match="in the future"):
            parse_moment(iso, now, rollover)
    else:
        assert shift_day(moment, rollover) == day
        assert shift_day(parse_moment(iso, now, rollover), rollover) == day
    return day


@settings(max_examples=300, deadline=None)
@given(now=moments(), rollover=rollovers, back=st.integers(0, 360))
def test_a_typed_date_names_the_shift_day_of_its_iso_form(now: datetime, rollover: int,
                                                         back: int) -> None:
    today = shift_day(now, rollover)
    day = today - timedelta(days=back)
    iso = day.isoformat()
    assert same_day(iso, iso, now, rollover) == day
    assert same_day(f"{day.day} {day:%b}", iso, now, rollover) == day
    assert same_day(f"{day:%b} {day.day}", iso, now, rollover) == day
    assert same_day(f"{day:%d %B %Y}", iso, now, rollover) == day
    assert same_day("yesterday", (today - timedelta(days=1)).isoformat(), now, rollover) \
        == today - timedelta(days=1)
    assert same_day("today", today.isoformat(), now, rollover) == today


@settings(max_examples=200, deadline=None)
@given(now=moments(), rollover=rollovers, weekday=st.integers(0, 6))
def test_last_weekday_is_the_one_before_today(now: datetime, rollover: int,
                                              weekday: int) -> None:
    today = shift_day(now, rollover)
    expected = next(today - timedelta(days=k) for k in range(1, 8)
                    if (today - timedelta(days=k)).weekday() == weekday)
    assert same_day(f"last {WEEKDAYS[weekday]}", expected.isoformat(), now, rollover) == expected


@settings(max_examples=300, deadline=None)
@given(now=moments(), rollover=rollovers, hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_today_at_a_clock_time_is_that_time_of_todays_shift_day(
        now: datetime, rollover: int, hour: int, minute: int) -> None:
    today = shift_day(now, rollover)
    # The ISO form: the clock time inside today's shift day (its small hours are the next date).
    on = today + timedelta(days=1) if hour < rollover else today
    iso = f"{on} {hour:02}:{minute:02}"
    try:
        parse_day(iso, now, rollover)
    except CareError as error:  # a time skipped when the clocks went forward
        assert "does not exist" in str(error)
        return
    assert same_day(f"today {hour}:{minute:02}", iso, now, rollover) == today


@settings(max_examples=300, deadline=None)
@given(now=moments(), rollover=rollovers, minutes=st.integers(1, 5 * 24 * 60))
def test_a_time_ago_and_an_iso_time_name_the_same_shift_day(now: datetime, rollover: int,
                                                           minutes: int) -> None:
    then = (now.astimezone(UTC) - timedelta(minutes=minutes)).astimezone(BERLIN)
    iso = f"{then:%Y-%m-%d %H:%M}"
    hours, rest = divmod(minutes, 60)
    form = f"{hours}h {rest}m ago" if hours else f"{rest} min ago"
    assert same_day(form, iso, now, rollover) == shift_day(then, rollover)
    moment = parse_moment(form, now, rollover)
    assert moment == then and moment.utcoffset() == then.utcoffset()
    assert same_day(iso, iso, now, rollover) == shift_day(then, rollover)


def test_local_times_take_the_offset_of_their_own_date() -> None:
    now = datetime(2026, 3, 31, 10, 0, tzinfo=BERLIN)
    assert parse_moment("2026-03-28 14:30", now, 4).utcoffset() == timedelta(hours=1)
    assert parse_moment("2026-03-30 14:30", now, 4).utcoffset() == timedelta(hours=2)
    assert parse_moment("2026-03-28", now, 4) == datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN)
    with pytest.raises(CareError, match="02:30 does not exist on 2026-03-29"):
        parse_moment("2026-03-29 02:30", now, 4)
    early = datetime(2026, 3, 29, 4, 0, tzinfo=BERLIN)  # two real hours after 01:00 CET
    assert parse_moment("2h ago", early, 4) == datetime(2026, 3, 29, 1, 0, tzinfo=BERLIN)


def test_a_day_without_a_time_is_noon_inside_that_shift_day() -> None:
    now = datetime(2026, 11, 30, 15, 0, tzinfo=BERLIN)
    assert parse_moment("20 Nov", now, 4) == datetime(2026, 11, 20, 12, 0, tzinfo=BERLIN)
    # With the rollover after noon, the noon of the shift day is on the next date.
    assert parse_moment("20 Nov", now, 14) == datetime(2026, 11, 21, 12, 0, tzinfo=BERLIN)
    # Today's noon still to come: now.
    morning = datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN)
    assert parse_moment("today", morning, 4) == morning


def test_plans_take_the_coming_date_and_the_past_the_last_one() -> None:
    now = datetime(2026, 11, 30, 15, 0, tzinfo=BERLIN)  # a Monday
    assert parse_day("24 Dec", now, 4, coming=True) == date(2026, 12, 24)
    assert parse_day("24 Dec", now, 4) == date(2025, 12, 24)
    assert parse_day("20 Nov", now, 4, coming=True) == date(2027, 11, 20)
    assert parse_day("30 Nov", now, 4, coming=True) == parse_day("30 Nov", now, 4)
    assert parse_day("friday", now, 4, coming=True) == date(2026, 12, 4)
    assert parse_day("friday", now, 4) == date(2026, 11, 27)
    assert parse_day("next monday", now, 4) == date(2026, 12, 7)
    assert parse_day("29 Feb", now, 4) == date(2024, 2, 29)


@pytest.mark.parametrize(("text", "says"), [
    ("yesterday 25:99", "there is no hour 25"),
    ("today 9:75", "there is no minute 75"),
    ("2026-13-01", "there is no month 13"),
    ("2026-02-30", "February has no day 30"),
    ("31 Feb", "February has no day 31"),
    ("yesterday 9", "'9' alone is not a time: write 9:00 or 21:00"),
    ("yesterday at lunch", "'lunch' is not a date word"),
    ("20 Nov foo", "'foo' is not a date word"),
    ("2h", "ends with 'ago'"),
    ("yesterday 2h ago", "cannot be combined"),
    ("yesterday today", "two days"),
    ("13pm", "no hour 13 pm"),
    ("", "it is empty"),
    ("0001-01-01", "before 1970"),
    ("1969-12-31 10:00", "before 1970"),
    ("0001-01-01T00:00+14:00", "before 1970"),
    ("9999-12-31T23:59-14:00", "more than a year ahead"),
    ("2028-01-01", "more than a year ahead"),
    ("99999999 weeks ago", "before 1970"),
    ("1000000h ago", "before 1970"),
])
def test_what_is_only_half_understood_is_refused_with_the_reason(text: str, says: str) -> None:
    now = datetime(2026, 11, 30, 15, 0, tzinfo=BERLIN)
    with pytest.raises(CareError, match=says):
        parse_day(text, now, 4)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=30))
def test_any_text_is_a_day_or_a_care_error(text: str) -> None:
    now = datetime(2026, 11, 30, 15, 0, tzinfo=BERLIN)
    for read in (lambda: parse_day(text, now, 4), lambda: parse_moment(text, now, 4)):
        try:
            read()
        except CareError as error:
            assert "\n" not in str(error).strip() or "\n" in text


# ---- through the CLI, with the clock at Monday 30 November 2026, 15:00 ----------------------

class _Frozen(datetime):
    @classmethod
    def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
        return datetime(2026, 11, 30, 15, 0)


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("carecli.context.datetime", _Frozen)
    monkeypatch.setattr("carecli.card.command.datetime", _Frozen)


def fails(home: Path, *args: str, says: str) -> str:
    before = snapshot_files(home)
    outcome = care(*args)
    assert outcome.exit_code == 1, outcome
    assert outcome.stderr.startswith("carecli: error: ") and outcome.stderr.count("\n") == 1
    assert says in outcome.stderr, outcome.stderr
    assert "Traceback" not in outcome.output
    assert snapshot_files(home) == before
    return outcome.stderr


def listed(*args: str) -> list[dict[str, object]]:
    """JSON lines, one entry each."""
    return [json.loads(line) for line in ok("journal", "list", "--json", *args).splitlines()]


def test_at_a_date_without_a_time_is_noon_of_that_shift_day() -> None:
    saved = json.loads(ok("win", "x", "--at", "20 Nov", "--json"))
    assert saved["shift_day"] == "2026-11-20"
    assert str(saved["at"]).startswith("2026-11-20T12:00:00")


def test_on_a_date_lists_that_shift_day() -> None:
    ok("win", "on 19", "--at", "2026-11-19 20:00")
    ok("win", "on 20", "--at", "2026-11-20 09:00")
    assert [e["text"] for e in listed("--on", "20 Nov")] == ["on 20"]
    assert [e["text"] for e in listed("--since", "Nov 20", "--until", "Nov 20")] == ["on 20"]


def test_export_since_until_covers_those_shift_days() -> None:
    ok("win", "x", "--at", "2026-11-23 10:00")
    summary = json.loads(ok("export", "--yes", "--stdout", "--since", "Nov 23", "--until",
                            "Nov 29"))
    assert summary["period"] == {"start": "2026-11-23", "end": "2026-11-29"}
    assert summary["wins"] == 1


def test_off_a_date_without_a_year_is_the_coming_one() -> None:
    assert ok("off", "24 Dec").startswith("Thu 2026-12-24 marked off")
    days = json.loads(ok("off", "--list", "--json"))["days"]
    assert days == [{"shift_day": "2026-12-24", "reason": "off"}]


def test_looking_back_takes_the_past_date() -> None:
    assert "Friday 20 November 2026" in ok("today", "--date", "20 Nov")
    assert json.loads(ok("progress", "--date", "Nov 20", "--json"))["shift_day"] == "2026-11-20"


@pytest.mark.parametrize(("args", "says"), [
    (("win", "x", "--at", "yesterday 25:99"), "there is no hour 25 (0 to 23)"),
    (("off", "yesterday 25:99"), "there is no hour 25 (0 to 23)"),
    (("win", "x", "--at", "2026-13-01"), "there is no month 13 (1 to 12)"),
    (("today", "--date", "2026-13-01"), "there is no month 13 (1 to 12)"),
    (("journal", "list", "--on", "2026-13-01"), "there is no month 13 (1 to 12)"),
    (("win", "x", "--at", "yesterday 9"), "'9' alone is not a time: write 9:00 or 21:00"),
    (("win", "x", "--at", "20 Nov foo"), "'foo' is not a date word"),
    (("win", "x", "--at", "0001-01-01"), "'0001-01-01' is before 1970"),
    (("journal", "list", "--since", "0001-01-01 00:00"), "before 1970"),
    (("today", "--date", "0001-01-01"), "before 1970"),
    (("today", "--date", "0001-01-02"), "before 1970"),
    (("progress", "--date", "0001-01-08"), "before 1970"),
    (("progress", "--date", "0001-02-15", "--json"), "before 1970"),
    (("export", "--yes", "--stdout", "--since", "0001-01-01 00:00"), "before 1970"),
    (("off", "2028-01-01"), "more than a year ahead (after 2027-11-30)"),
    (("win", "x", "--at", "2099-01-01 10:00"), "in the future"),
])
def test_bad_dates_are_one_line_and_change_nothing(care_home: Path, args: tuple[str, ...],
                                                   says: str) -> None:
    ok("win", "A first good one")
    fails(care_home, *args, says=says)


def test_journal_edit_refuses_a_year_one_time(care_home: Path) -> None:
    entry = json.loads(ok("win", "A first good one", "--json"))
    fails(care_home, "journal", "edit", str(entry["id"]), "--at", "0001-01-01 05:00",
          says="before 1970")
