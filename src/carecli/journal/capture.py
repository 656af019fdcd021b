"""Logging wins (and, later, reflections): validate, store, and say where the day stands."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from carecli.core import rules as shiftdays
from carecli.core.daystats import DayStats
from carecli.core.errors import CareError
from carecli.journal import models
from carecli.journal.models import Entry
from carecli.journal.store import Journal
from carecli.prompts import resolve_theme


@dataclass(frozen=True)
class Standing:
    """A day's figures next to the previous shift day the agent worked."""

    day: DayStats
    previous: DayStats | None


@dataclass(frozen=True)
class Logged:
    entry: Entry
    standing: Standing


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


def log_win(journal: Journal, themes: Mapping[str, object], now: datetime, text: str, *,
            theme: str | None = None, impact: int | None = None, channel: str | None = None,
            tags: Iterable[str] = (), at: datetime | None = None) -> Logged:
    moment = at or now
    entry = Entry(
        id=models.new_id(),
        kind="win",
        at=moment,
        shift_day=shiftdays.shift_day(moment, journal.rollover_hour),
        text=models.clean_text(text, "the win's text"),
        theme=resolve_theme(theme, themes) if theme else None,
        tags=models.clean_tags(list(tags)),
        impact=models.DEFAULT_IMPACT if impact is None else impact,
        channel=resolve_channel(channel),
    )
    return _save(journal, entry)


def _save(journal: Journal, entry: Entry) -> Logged:
    """Check, store, and say where the entry's day stands."""
    models.check(entry)
    journal.add([entry])
    return Logged(entry, standing(journal, entry))


def standing(journal: Journal, entry: Entry) -> Standing:
    day, previous = journal.day_and_previous(entry.shift_day)
    return Standing(day or DayStats(entry.shift_day), previous)


def log_reflection(journal: Journal, now: datetime, *, energy: int | None = None,
                   well: str = "", hard: str = "", tomorrow: str = "",
                   prompt: str | None = None, at: datetime | None = None) -> Logged:
    """The end-of-shift reflection; its intention for tomorrow shows on the next card."""
    moment = at or now
    entry = Entry(
        id=models.new_id(),
        kind="reflection",
        at=moment,
        shift_day=shiftdays.shift_day(moment, journal.rollover_hour),
        energy=energy,
        well=models.clean_text(well.strip(), "what went well"),
        hard=models.clean_text(hard.strip(), "what was hard"),
        tomorrow=models.clean_text(tomorrow.strip(), "the intention"),
        prompt=prompt,
    )
    if energy is not None and energy not in models.ENERGY_RANGE:
        raise CareError(f"energy must be 1-5, got {energy}")
    return _save(journal, entry)
