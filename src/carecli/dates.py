"""Dates and times as people type them, read strictly: every word must be understood.

Forms (any case, commas ignored): ISO `2026-11-20`, `2026-11-20 14:30`, `2026-11-20T14:30+01:00`;
`20 Nov`, `Nov 20`, `20th November 2026`; shift-day words `today`, `yesterday`, `tomorrow`,
`monday`, `last monday`, `next monday`, `3 days ago`; a clock time before or after a day
(`at` may come between) `14:30`, `3pm`, `9:30 am`, `noon`, `midnight`; `2h ago`, `1h 30m ago`.

- A date without a time names that shift day; as a moment (`--at`) it is 12:00 inside it
  (the next calendar date's 12:00 when the rollover hour is after 12), or now if that 12:00
  is still to come today. A calendar date with a time is that exact wall-clock time, like
  ISO; a shift-day word with a time puts the time inside the shift day the word names.
- Without a year a date (or a bare weekday) is the latest one up to today's shift day;
  `coming=True` (commands about plans: `off`) takes the first one from today on.
- A number alone is not a time (`yesterday 9` is refused: write 9:00 or 21:00); a word,
  hour, minute, day or month that cannot be read is refused with the reason, never "now".
- Shift days before 1970 or more than a year after today are refused.
- Naive times are local in the zone of `now` (the machine's, when `now` has its offset); a
  time skipped by a summer-time change is refused, a repeated one is the first.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from carecli.core.errors import CareError

# Allow a little clock drift between machines before calling a time "in the future".
_FUTURE_SLACK = timedelta(minutes=5)
DAY_ONLY_CLOCK = time(12, 0)  # of a moment typed as a day only (see above)
EARLIEST = date(1970, 1, 1)

_HINT = "try 2026-11-20, 2026-11-20 14:30, '20 Nov', 'yesterday 15:30', 'last monday', '2h ago'"

_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
_WEEKDAYS = {name: number for number, names in enumerate((
    ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"),
    ("thu", "thur", "thurs", "thursday"), ("fri", "friday"), ("sat", "saturday"),
    ("sun", "sunday"))) for name in names}
_UNITS = {**dict.fromkeys(("m", "min", "mins", "minute", "minutes"), timedelta(minutes=1)),
          **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), timedelta(hours=1)),
          **dict.fromkeys(("d", "day", "days"), timedelta(days=1)),
          **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), timedelta(weeks=1))}
_FILLERS = frozenset(("at", "on", "of", "the"))
_ORDINALS = frozenset(("st", "nd", "rd", "th"))
_TOKENS = re.compile(r"\d+(?::\d+)+|\d+|[^\W\d_]+|\S", re.ASCII)
_ISO_START = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[\sT])", re.ASCII)
_MAX_NUMBER = 10**6


class _Unreadable(Exception):
    """Why a text cannot be read; `_read` words it for the command."""


class _OutOfRange(Exception):
    """A shift day before 1970 (args: "before") or over a year ahead ("ahead", the limit)."""


def parse_moment(text: str, now: datetime, rollover_hour: int) -> datetime:
    """A moment in the past or present (`--at`); naive inputs are local time."""
    typed = _read(text, now, rollover_hour, coming=False, what="date/time")
    if typed.moment is not None:
        moment = typed.moment
    elif typed.day == _shift_day(now, rollover_hour):
        moment = min(now, _day_moment(typed.day, rollover_hour, now))
    else:
        moment = _day_moment(typed.day, rollover_hour, now)
    if moment.astimezone(UTC) > now.astimezone(UTC) + _FUTURE_SLACK:  # not wall clocks
        raise CareError(f"{text!r} is in the future ({moment:%Y-%m-%d %H:%M})")
    return moment


def parse_day(text: str, now: datetime, rollover_hour: int, *, coming: bool = False) -> date:
    """A shift day (`--date`, `--on`, `--since`, `--until`, `off DAY`).

    Without a year, a date or weekday is the latest one up to today; `coming=True` (for
    commands about plans) takes the first one from today on instead."""
    return _read(text, now, rollover_hour, coming=coming, what="day").day


class _Typed:
    """What a text named: a shift day, and the exact moment when it had a clock time."""

    __slots__ = ("day", "moment")

    def __init__(self, day: date, moment: datetime | None) -> None:
        self.day, self.moment = day, moment


def _read(text: str, now: datetime, rollover_hour: int, *, coming: bool, what: str) -> _Typed:
    value = " ".join(text.split())
    today = _shift_day(now, rollover_hour)
    try:
        if not value:
            raise _Unreadable("it is empty")
        typed = _parse(value, now, today, rollover_hour, coming)
        _within_range(typed.day, today)
        return typed
    except _Unreadable as error:
        hint = f" ({_HINT})" if not value or "date word" in str(error) else ""
        raise CareError(f"cannot understand the {what} {text!r}: {error}{hint}") from None
    except (_OutOfRange, OverflowError) as error:
        if isinstance(error, _OutOfRange) and error.args[0] == "ahead":
            if what == "date/time":
                raise CareError(f"{text!r} is in the future") from None
            raise CareError(f"{text!r} is more than a year ahead (after {error.args[1]})") from None
        raise CareError(f"{text!r} is before 1970: dates start at {EARLIEST}") from None


def _parse(value: str, now: datetime, today: date, rollover_hour: int,
           coming: bool) -> _Typed:
    iso = _ISO_START.match(value)
    rest = value
    words_day: date | None = None
    if iso:
        words_day = _within_range(_calendar(int(iso[1]), int(iso[2]), int(iso[3])), today)
        rest = value[iso.end():].strip()
        exact = _fromiso(value) if rest else None
        if exact is not None:
            moment = exact if exact.tzinfo else _local(exact, now)
            return _Typed(_shift_day(moment, rollover_hour), moment)
        rest = rest[1:] if rest[:1] in ("T", "t") else rest
    words = _Words(rest)
    if words_day is not None:
        words.set_day(words_day)
    words.read()
    if words.ago is not None:
        moment = (now.astimezone(UTC) - words.ago).astimezone(_zone(now))
        return _Typed(_shift_day(moment, rollover_hour), moment)
    # A calendar date keeps its clock time exact; a shift-day word (or no day) puts the
    # clock time inside the shift day it names.
    shift = words.day is None and (words.anchor is None or words.anchor[0] != "date")
    if words.day is not None:
        day = words.day
    elif words.anchor is not None:
        day = _within_range(_resolve(words.anchor, today, coming), today)
    else:
        day = today
    if words.clock is None:
        return _Typed(day, None)
    calendar_date = day
    if shift and words.clock < time(rollover_hour):
        calendar_date = day + timedelta(days=1)  # the small hours that end that shift day
    moment = _local(datetime.combine(calendar_date, words.clock), now)
    return _Typed(_shift_day(moment, rollover_hour), moment)


def _fromiso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _within_range(day: date, today: date) -> date:
    """Refuse a day out of range before any arithmetic on it (year 1 has no day before)."""
    if day < EARLIEST:
        raise _OutOfRange("before")
    if day > _one_year_after(today):
        raise _OutOfRange("ahead", _one_year_after(today))
    return day


class _Words:
    """A strict reader of the words after any ISO date: each one must be understood."""

    def __init__(self, value: str) -> None:
        self.tokens: list[str] = _TOKENS.findall(value.lower().replace(",", " "))
        self.pos = 0
        self.day: date | None = None  # a calendar date with its year
        self.anchor: tuple[str, int] | None = None  # a weekday or a year-less date, resolved later
        self.clock: time | None = None
        self.ago: timedelta | None = None

    def peek(self, ahead: int = 0) -> str:
        return (self.tokens[self.pos + ahead:] or [""])[0]

    def take(self) -> str:
        token = self.peek()
        self.pos += 1
        return token

    def set_day(self, day: date | None = None, anchor: tuple[str, int] | None = None) -> None:
        if self.day is not None or self.anchor is not None:
            raise _Unreadable("it names two days")
        self.day, self.anchor = day, anchor

    def set_clock(self, clock: time) -> None:
        if self.clock is not None:
            raise _Unreadable("it has two clock times")
        self.clock = clock

    def read(self) -> None:
        while self.pos < len(self.tokens):
            self.read_one()
        if self.ago is not None and (self.day is not None or self.anchor is not None
                                     or self.clock is not None):
            raise _Unreadable("a time ago cannot be combined with a date or a clock time")

    def read_one(self) -> None:
        token = self.take()
        if token in _FILLERS:
            return
        if token in ("today", "yesterday", "tomorrow"):
            offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[token]
            self.set_day(anchor=("offset", offset))
        elif token in ("last", "next") and self.peek() in _WEEKDAYS:
            self.set_day(anchor=(token, _WEEKDAYS[self.take()]))
        elif token in _WEEKDAYS:
            self.set_day(anchor=("weekday", _WEEKDAYS[token]))
        elif token in _MONTHS:
            self.read_month_first(_MONTHS[token])
        elif token in ("noon", "midday"):
            self.set_clock(time(12, 0))
        elif token == "midnight":
            self.set_clock(time(0, 0))
        elif token in ("a", "an") and self.peek() in _UNITS:
            self.read_ago(1)
        elif ":" in token and _number(token.replace(":", "")):
            self.set_clock(self.read_clock(token))
        elif _number(token):
            self.read_number(token)
        else:
            raise _Unreadable(f"{token!r} is not a date word")

    def read_number(self, token: str) -> None:
        number = int(token) if len(token) <= 7 else _MAX_NUMBER
        follower = self.peek()
        if follower in _ORDINALS and self.peek(1) in ("of", *_MONTHS):
            self.take()
            follower = self.peek()
        if follower == "of" and self.peek(1) in _MONTHS:
            self.take()
            follower = self.peek()
        if follower in _MONTHS:
            self.take()
            self.read_date(_MONTHS[follower], number)
        elif follower in ("am", "pm"):
            self.take()
            self.set_clock(self.twelve_hour(number, 0, follower, token))
        elif follower in _UNITS:
            self.read_ago(number)
        elif follower in _ORDINALS:
            raise _Unreadable(f"{token}{follower} needs a month, e.g. '{token} Nov'")
        elif len(token) == 4:
            raise _Unreadable(f"the year {token} needs a day and a month, e.g. '20 Nov {token}'")
        else:
            if number > 23:
                raise _Unreadable(f"{token!r} alone is neither a day nor a time")
            other = f" or {number + 12}:00" if 1 <= number < 12 else ""
            raise _Unreadable(f"{token!r} alone is not a time: write {number}:00{other}")

    def read_month_first(self, month: int) -> None:
        token = self.take()
        if not _number(token):
            raise _Unreadable("a month needs a day, e.g. 'Nov 20'")
        if self.peek() in _ORDINALS:
            self.take()
        self.read_date(month, int(token) if len(token) <= 2 else _MAX_NUMBER)

    def read_date(self, month: int, day: int) -> None:
        if _number(self.peek()) and len(self.peek()) == 4:
            year = int(self.take())
            self.set_day(_calendar(year, month, day))
            return
        _calendar(2024, month, day)  # a day that exists in some year (29 Feb)
        self.set_day(anchor=("date", month * 100 + day))

    def read_clock(self, token: str) -> time:
        parts = [int(p) if len(p) <= 4 else _MAX_NUMBER for p in token.split(":")]
        if len(parts) > 3 or any(len(p) != 2 for p in token.split(":")[1:]):
            raise _Unreadable(f"{token!r} is not a clock time (write 14:30 or 14:30:15)")
        hour, minute, second = (*parts, 0)[:3]
        if self.peek() in ("am", "pm"):
            return self.twelve_hour(hour, minute, self.take(), token, second)
        if hour > 23:
            raise _Unreadable(f"there is no hour {hour} (0 to 23)")
        return self.checked_clock(hour, minute, second)

    def twelve_hour(self, hour: int, minute: int, half: str, token: str,
                    second: int = 0) -> time:
        if not 1 <= hour <= 12:
            raise _Unreadable(f"there is no hour {token} {half} (1 to 12)")
        return self.checked_clock(hour % 12 + (12 if half == "pm" else 0), minute, second)

    def checked_clock(self, hour: int, minute: int, second: int) -> time:
        if minute > 59:
            raise _Unreadable(f"there is no minute {minute} (0 to 59)")
        if second > 59:
            raise _Unreadable(f"there is no second {second} (0 to 59)")
        return time(hour, minute, second)

    def read_ago(self, number: int) -> None:
        """`2h ago`, `1h 30m ago`: days and weeks alone count shift days back."""
        total, clock_units = timedelta(0), False
        while True:
            unit = _UNITS[self.take()]
            clock_units = clock_units or unit < timedelta(days=1)
            total += unit * number
            if self.peek() == "ago":
                self.take()
                break
            if _number(self.peek()) and self.peek(1) in _UNITS:
                token = self.take()
                number = int(token) if len(token) <= 7 else _MAX_NUMBER
                continue
            raise _Unreadable("a time ago ends with 'ago', e.g. '2h ago'")
        if clock_units:
            if self.ago is not None:
                raise _Unreadable("it has two times ago")
            self.ago = total
        else:
            self.set_day(anchor=("offset", -total.days))


def _number(token: str) -> bool:
    return token.isascii() and token.isdigit()


def _resolve(anchor: tuple[str, int], today: date, coming: bool) -> date:
    """The shift day a word or a year-less date names, seen from today's shift day."""
    kind, value = anchor
    if kind == "offset":
        return today + timedelta(days=value)
    if kind == "last":  # the one before today
        return today - timedelta(days=(today.weekday() - value - 1) % 7 + 1)
    if kind == "next":  # the one after today
        return today + timedelta(days=(value - today.weekday() - 1) % 7 + 1)
    if kind == "weekday":
        if coming:
            return today + timedelta(days=(value - today.weekday()) % 7)
        return today - timedelta(days=(today.weekday() - value) % 7)
    month, day = divmod(value, 100)
    years = range(today.year - 8, today.year + 9)
    candidates = [date(y, month, day) for y in years if day <= _month_length(y, month)]
    if coming:
        return min(c for c in candidates if c >= today)
    return max(c for c in candidates if c <= today)


def _calendar(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise _Unreadable(f"there is no month {month} (1 to 12)")
    if not 1 <= day <= _month_length(max(year, 1), month):
        name = date(2024, month, 1).strftime("%B")
        raise _Unreadable(f"{name} has no day {day}"
                          + (f" in {year}" if month == 2 and day == 29 else ""))
    if year < 1:
        raise _OutOfRange("before")
    return date(year, month, day)


def _month_length(year: int, month: int) -> int:
    return 31 if month == 12 else (date(year, month + 1, 1) - timedelta(days=1)).day


def _shift_day(moment: datetime, rollover_hour: int) -> date:
    """As `carecli.core.rules.shift_day`: in the UTC offset the moment carries."""
    return (moment - timedelta(hours=rollover_hour)).date()


def _one_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _zone(now: datetime) -> tzinfo | None:
    """The zone naive times are read in: `now`'s own, or None for the machine's zone (a
    `now` from `datetime.now().astimezone()` carries only the machine's current offset)."""
    zone = now.tzinfo
    if zone is None or (isinstance(zone, timezone)
                        and now.utcoffset() == now.astimezone().utcoffset()):
        return None
    return zone


def _local(naive: datetime, now: datetime) -> datetime:
    """A wall-clock time in the zone of `now`, with the UTC offset it has on that date."""
    zone = _zone(now)
    aware = naive.astimezone() if zone is None else naive.replace(tzinfo=zone)
    back = aware.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != naive:
        raise _Unreadable(f"{naive:%H:%M} does not exist on {naive:%Y-%m-%d} "
                          "(the clocks went forward)")
    offset = aware.utcoffset()
    assert offset is not None
    return aware.replace(tzinfo=timezone(offset))


def _day_moment(day: date, rollover_hour: int, now: datetime) -> datetime:
    """12:00 inside the shift day: on its own date, or the next one for a late rollover."""
    calendar_date = day if rollover_hour <= DAY_ONLY_CLOCK.hour else day + timedelta(days=1)
    return _local(datetime.combine(calendar_date, DAY_ONLY_CLOCK), now)
