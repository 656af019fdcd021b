"""Dates and times as people type them: ISO forms, and 'yesterday 15:30', '2h ago'.

Everything resolves in local time, and the UTC offset of that moment is kept.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from carecli.core.errors import CareError

_HAS_CLOCK = re.compile(r"\d|noon|midnight|morning|afternoon|evening|ago", re.IGNORECASE)
# Allow a little clock drift between machines before calling a time "in the future".
_FUTURE_SLACK = timedelta(minutes=5)


def parse_moment(text: str, now: datetime) -> datetime:
    """A moment in the past or present; naive inputs are local time."""
    value = text.strip()
    if not value:
        raise CareError("an empty date/time was given")
    moment = _iso(value) or _natural(value, now)
    if moment is None:
        raise CareError(f"cannot understand the date/time {text!r} "
                        "(try 2026-11-20 14:30, 'yesterday 15:30', 'last monday', '2h ago')")
    if moment > now + _FUTURE_SLACK:
        raise CareError(f"{text!r} is in the future ({moment:%Y-%m-%d %H:%M})")
    return moment


def parse_day(text: str, now: datetime, rollover_hour: int) -> date:
    """A shift day: YYYY-MM-DD, or a natural form such as 'yesterday' or 'last friday'."""
    value = text.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    moment = now if value.lower() == "today" else _natural(value, now)
    if moment is None:
        raise CareError(f"cannot understand the day {text!r} (try 2026-11-20, 'yesterday', "
                        "'last monday')")
    return (moment - timedelta(hours=rollover_hour)).date()


def _iso(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    # A plain date means "that day": midday keeps it inside the day whatever the rollover.
    if len(value) == 10:
        parsed = datetime.combine(parsed.date(), time(12, 0))
    return parsed if parsed.tzinfo else parsed.astimezone()


def _natural(value: str, now: datetime) -> datetime | None:
    import dateparser

    settings = {"RELATIVE_BASE": now.replace(tzinfo=None), "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(value, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    if not _HAS_CLOCK.search(value) and parsed.time() == time(0, 0):
        parsed = parsed.replace(hour=12)  # 'last monday' means that day, not its midnight
    return parsed.astimezone()
