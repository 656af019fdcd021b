"""The anonymised summary an agent may choose to share: the only thing that leaves a
machine. It holds counts only (no timestamps, entry ids, tags, names or text) unless the
agent picks excerpts, which are scrubbed of personal data first. See SCHEMA.md."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from carecli import atomic, paths, shiftdays
from carecli.errors import CareError
from carecli.models import Entry

SCHEMA = "carecli.summary/1"
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise CareError(f"the period starts ({self.start}) after it ends ({self.end})")
        if (self.end - self.start).days > 366:
            raise CareError("a summary covers at most 366 days")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def last_full_week(today: date) -> Period:
    monday = today - timedelta(days=today.weekday())
    return Period(monday - timedelta(days=7), monday - timedelta(days=1))


def this_week(today: date) -> Period:
    return Period(today - timedelta(days=today.weekday()), today)


def last_30_days(today: date) -> Period:
    return Period(today - timedelta(days=29), today)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


# ---- the install's pseudonym ---------------------------------------------------------

def pseudonym(base: Path) -> str | None:
    """This install's random pseudonym, or None before the first export."""
    path = base / "identity.json"
    try:
        value = json.loads(path.read_text(encoding="utf-8"))["pseudonym"]
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        raise CareError(f"{path} is damaged; `carecli config new-pseudonym` makes a new "
                        "one") from None
    if not isinstance(value, str) or not value.startswith("agent-"):
        raise CareError(f"{path} is damaged; `carecli config new-pseudonym` makes a new one")
    return value


def fresh_pseudonym() -> str:
    """A random pseudonym; it never contains anything about the agent."""
    return "agent-" + "".join(_ALPHABET[b % len(_ALPHABET)] for b in os.urandom(10))


def keep_pseudonym(base: Path, value: str) -> None:
    paths.ensure_private_dir(base)
    atomic.write_text(base / "identity.json", json.dumps({"pseudonym": value}))


def new_pseudonym(base: Path) -> str:
    value = fresh_pseudonym()
    keep_pseudonym(base, value)
    return value


# ---- building the summary ------------------------------------------------------------

def build(entries: Iterable[Entry], period: Period, agent: str,
          is_rest_day: Callable[[date], bool], excerpts: list[dict[str, Any]] | None = None,
          ) -> dict[str, Any]:
    """The summary of `period` from the agent's entries, as the JSON object to write."""
    chosen = [e for e in entries if period.contains(e.shift_day)]
    wins = [e for e in chosen if e.kind == "win"]
    weeks = sorted({iso_week(e.shift_day) for e in chosen})
    return {
        "schema": SCHEMA,
        "pseudonym": agent,
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "days_worked": len({e.shift_day for e in chosen}),
        "wins": len(wins),
        "impact_points": sum(e.impact or 0 for e in wins),
        "impact": {str(level): sum(1 for e in wins if e.impact == level)
                   for level in range(1, 6)},
        "themes": _counts(e.theme for e in wins),
        "channels": _counts(e.channel for e in wins),
        "energy": _energy(chosen),
        "best_streak": shiftdays.best_streak({e.shift_day for e in wins}, is_rest_day),
        "weeks": [_week(week, [e for e in chosen if iso_week(e.shift_day) == week])
                  for week in weeks],
        "excerpts": excerpts or [],
    }


def _week(week: str, entries: list[Entry]) -> dict[str, Any]:
    wins = [e for e in entries if e.kind == "win"]
    return {"week": week, "days_worked": len({e.shift_day for e in entries}),
            "wins": len(wins), "impact_points": sum(e.impact or 0 for e in wins),
            "themes": _counts(e.theme for e in wins),
            "channels": _counts(e.channel for e in wins), "energy": _energy(entries)}


def _counts(values: Iterable[str | None]) -> dict[str, int]:
    return dict(sorted(Counter(v for v in values if v).items()))


def _energy(entries: list[Entry]) -> float | None:
    levels = [e.energy for e in entries if e.kind == "reflection" and e.energy is not None]
    return round(sum(levels) / len(levels), 2) if levels else None


def excerpt(entry: Entry, scrubbed_text: str) -> dict[str, Any]:
    """What an excerpt carries: the theme and the scrubbed text, nothing else."""
    if entry.kind != "win":
        raise CareError(f"{entry.id} is a reflection; only wins can be excerpts")
    return {"theme": entry.theme, "text": scrubbed_text}


def file_name(summary: dict[str, Any], extension: str) -> str:
    period = summary["period"]
    return f"carecli-summary-{summary['pseudonym']}-{period['start']}-{period['end']}.{extension}"
