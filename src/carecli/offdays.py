"""Days the agent marks off (leave, sick, training): they never break a streak.

Stored as `<home>/journal/off-days.txt`, one `YYYY-MM-DD reason` a line (read on the
shift-start path by daystats.load_off_days, which is why it is plain text, not JSON).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from carecli import atomic, daystats, paths
from carecli.errors import CareError
from carecli.store import journal_lock

REASONS = ("off", "leave", "sick", "training")


def load(base: Path) -> dict[date, str]:
    return daystats.load_off_days(paths.journal_dir(base))


def mark(base: Path, day: date, reason: str = "off") -> dict[date, str]:
    """Mark a day off (again, to change its reason)."""
    if reason not in REASONS:
        raise CareError(f"unknown reason {reason!r}; use one of {', '.join(REASONS)}")
    with journal_lock(base):
        days = load(base)
        days[day] = reason
        _save(base, days)
    return days


def unmark(base: Path, day: date) -> dict[date, str]:
    with journal_lock(base):
        days = load(base)
        if day not in days:
            raise CareError(f"{day} is not marked off")
        del days[day]
        _save(base, days)
    return days


def _save(base: Path, days: dict[date, str]) -> None:
    folder = paths.journal_dir(base)
    paths.ensure_private_dir(folder)
    text = "".join(f"{d.isoformat()} {days[d]}\n" for d in sorted(days))
    atomic.write_text(daystats.off_days_file(folder), text)
