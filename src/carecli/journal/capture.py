"""Logging wins (and, later, reflections): validate, store, and say where the day stands."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from carecli.core import rules
from carecli.core.daystats import DayStats, StaleFigures
from carecli.core.errors import CareError
from carecli.core.rules import Calendar
from carecli.journal import models
from carecli.journal.models import Entry
from carecli.journal.store import Journal
from carecli.prompts import resolve_theme

# The capture check (cli/capturecheck.py): the entry's text fields as they should be
# saved, asked only of an entry that is otherwise valid, so a refused win asks nothing.
Review = Callable[[dict[str, str]], dict[str, str]]
TEXT_FIELDS = {"win": ("text",), "reflection": ("well", "hard", "tomorrow")}


@dataclass(frozen=True)
class Logged:
    """A saved entry, its shift day's figures, and that day's standing (rules.Standing)
    against the previous worked day; None when there is none."""

    entry: Entry
    day: DayStats
    previous: DayStats | None
    standing: rules.Standing | None


def resolve_channel(value: str | None) -> str | None:
    if value is None:
        return None
    key = value.strip().lower().replace("e-mail", "email").replace("in person", "in-person")
    matches = [c for c in models.CHANNELS if c.startswith(key)] if key else []
    if len(matches) != 1:
        from carecli.prompts import did_you_mean

        raise CareError(f"unknown channel {value!r}{did_you_mean(key, models.CHANNELS)}; "
                        f"use one of {', '.join(models.CHANNELS)}")
    return matches[0]


def log_win(journal: Journal, calendar: Calendar, themes: Mapping[str, object], now: datetime,
            text: str, *,
            theme: str | None = None, impact: int | None = None, channel: str | None = None,
            tags: Iterable[str] = (), at: datetime | None = None,
            review: Review | None = None) -> Logged:
    moment = at or now
    entry = Entry(
        id=models.new_id(),
        kind="win",
        at=moment,
        shift_day=calendar.shift_day(moment),
        text=models.clean_text(text, "the win's text"),
        theme=resolve_theme(theme, themes) if theme else None,
        tags=models.clean_tags(list(tags)),
        impact=models.DEFAULT_IMPACT if impact is None else impact,
        channel=resolve_channel(channel),
    )
    return _save(journal, entry, review)


def _save(journal: Journal, entry: Entry, review: Review | None = None) -> Logged:
    """Check, review (see Review), store, and say where the entry's day stands."""
    models.check(entry)
    if review is not None:
        names = TEXT_FIELDS[entry.kind]
        entry = entry.with_changes(**review({n: getattr(entry, n) for n in names}))
        models.check(entry)
    journal.add([entry])
    try:
        return _logged(journal, entry)
    except StaleFigures:  # another writer changed a month meanwhile: recompute, read again
        journal.rebuilt_figures()
        return _logged(journal, entry)


def _logged(journal: Journal, entry: Entry) -> Logged:
    index = journal.figures()
    day, previous = index.day_and_previous(entry.shift_day)
    day = day or DayStats(entry.shift_day)
    best = index.best_before(entry.shift_day)
    return Logged(entry, day, previous, rules.standing(
        day.wins, day.points, (previous.wins, previous.points) if previous else None,
        best[:2] if best else None))


def log_reflection(journal: Journal, calendar: Calendar, now: datetime, *,
                   energy: int | None = None,
                   well: str = "", hard: str = "", tomorrow: str = "",
                   prompt: str | None = None, at: datetime | None = None,
                   review: Review | None = None) -> Logged:
    """The end-of-shift reflection; its intention for tomorrow shows on the next card."""
    moment = at or now
    entry = Entry(
        id=models.new_id(),
        kind="reflection",
        at=moment,
        shift_day=calendar.shift_day(moment),
        energy=energy,
        well=models.clean_text(well.strip(), "what went well"),
        hard=models.clean_text(hard.strip(), "what was hard"),
        tomorrow=models.clean_text(tomorrow.strip(), "the intention"),
        prompt=prompt,
    )
    if energy is not None and energy not in models.ENERGY_RANGE:
        raise CareError(f"energy must be 1-5, got {energy}")
    return _save(journal, entry, review)


def logged_json(logged: Logged) -> dict[str, object]:
    """`win --json` / `reflect --json`: the saved entry's keys, plus its shift day's
    standing (rules.Standing.to_json, or null without an earlier worked day)."""
    return {"schema": models.ENTRY_SCHEMA, **models.to_json(logged.entry),
            "standing": None if logged.standing is None else logged.standing.to_json()}
