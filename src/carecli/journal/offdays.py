"""Marking days off (leave, sick, training): they never break a streak.

The file format lives in core.offdays (the card reads it). Every change re-reads the file
and replaces it atomically while holding the journal lock, so two terminals never lose
each other's marks; a damaged file stops the change with an error that names the line, and
is never overwritten.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from carecli.core import atomic, offdays, paths
from carecli.core.errors import CareError
from carecli.journal.lock import journal_lock

REASONS = offdays.REASONS


def load(base: Path) -> dict[date, str]:
    """Every day marked off, with its reason."""
    return offdays.load(paths.journal_dir(base))


def mark(base: Path, day: date, reason: str = "off") -> str | None:
    """Mark a day off; marking it again changes the reason. Returns the reason it had
    before, or None when it was not marked."""
    if reason not in REASONS:
        raise CareError(f"unknown reason {reason!r}; use one of {', '.join(REASONS)}")
    with journal_lock(base):
        days = load(base)
        before = days.get(day)
        if before != reason:
            days[day] = reason
            _save(base, days)
    return before


def unmark(base: Path, day: date) -> str:
    """Make a marked day an ordinary day again; returns the reason it had."""
    with journal_lock(base):
        days = load(base)
        if day not in days:
            raise CareError(f"{day.isoformat()} is not marked off (see carecli off --list)")
        reason = days.pop(day)
        _save(base, days)
    return reason


def _save(base: Path, days: dict[date, str]) -> None:
    folder = paths.journal_dir(base)
    paths.ensure_private_dir(folder)
    atomic.write_text(offdays.off_days_file(folder), offdays.text(days))


def apply_marks(base: Path, marks: tuple[tuple[str, str | None, str | None], ...]) -> None:
    """Apply a journal change's off-day marks (day, reason before, reason after; None is
    unmarked); call with the journal lock held. A day whose reason is no longer the
    `before` one was changed since and is left alone, so finishing a change twice, or
    undoing it after other marks, never undoes those."""
    if not marks:
        return
    days = load(base)
    changed = False
    for text, before, after in marks:
        day = date.fromisoformat(text)
        if days.get(day) == before and before != after:
            changed = True
            if after is None:
                days.pop(day, None)
            else:
                days[day] = after
    if changed:
        _save(base, days)
