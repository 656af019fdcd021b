"""Per-shift-day figures, kept up to date by every journal write.

The shift-start card reads these small files instead of the journal, so it stays fast
however many years of entries there are. They are a cache: `carecli journal rebuild`
(or any write after they go missing) recomputes them from the journal.
Standard library only: this module is on the shift-start path.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from carecli import atomic
from carecli.models import Entry

STATS_SCHEMA = 1
_PREFIX = "days-"


@dataclass(frozen=True)
class BestWin:
    id: str
    text: str
    impact: int
    theme: str | None


@dataclass(frozen=True)
class DayStats:
    day: date
    entries: int = 0
    wins: int = 0
    points: int = 0
    best: BestWin | None = None
    themes: dict[str, int] = field(default_factory=dict)
    energy: int | None = None
    intention: str = ""


def summarize(day: date, entries: Iterable[Entry]) -> DayStats:
    """The figures of one shift day from its entries."""
    todays = sorted(entries, key=lambda e: e.at)
    wins = [e for e in todays if e.kind == "win"]
    reflections = [e for e in todays if e.kind == "reflection"]
    # The best win: highest impact; the earliest of equals (it set the bar first).
    top = max(wins, key=lambda e: e.impact or 0, default=None)
    energies = [r.energy for r in reflections if r.energy is not None]
    intentions = [r.tomorrow for r in reflections if r.tomorrow.strip()]
    return DayStats(
        day=day,
        entries=len(todays),
        wins=len(wins),
        points=sum(e.points() for e in wins),
        best=BestWin(top.id, top.text, top.impact or 0, top.theme) if top else None,
        themes=dict(Counter(e.theme for e in wins if e.theme)),
        energy=energies[-1] if energies else None,
        intention=intentions[-1] if intentions else "",
    )


def stats_file(journal_dir: Path, year: int) -> Path:
    return journal_dir / f"{_PREFIX}{year}.json"


def write_year(journal_dir: Path, year: int, days: Iterable[DayStats]) -> None:
    body = {"schema": STATS_SCHEMA,
            "days": {d.day.isoformat(): _to_json(d) for d in sorted(days, key=lambda d: d.day)}}
    atomic.write_text(stats_file(journal_dir, year), json.dumps(body, ensure_ascii=False))


def load_all(journal_dir: Path) -> dict[date, DayStats] | None:
    """Every day's figures, or None when the cache is missing or unreadable."""
    result: dict[date, DayStats] = {}
    try:
        for path in journal_dir.glob(f"{_PREFIX}*.json"):
            body = json.loads(path.read_text(encoding="utf-8"))
            if body.get("schema") != STATS_SCHEMA:
                return None
            for key, raw in body["days"].items():
                day = date.fromisoformat(key)
                result[day] = _from_json(day, raw)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return result


def _to_json(stats: DayStats) -> dict[str, Any]:
    best = stats.best
    return {
        "entries": stats.entries, "wins": stats.wins, "points": stats.points,
        "best": None if best is None else
        {"id": best.id, "text": best.text, "impact": best.impact, "theme": best.theme},
        "themes": stats.themes, "energy": stats.energy, "intention": stats.intention,
    }


def _from_json(day: date, raw: dict[str, Any]) -> DayStats:
    best = raw["best"]
    return DayStats(
        day=day, entries=raw["entries"], wins=raw["wins"], points=raw["points"],
        best=None if best is None else BestWin(best["id"], best["text"], best["impact"],
                                               best["theme"]),
        themes=dict(raw["themes"]), energy=raw["energy"], intention=raw["intention"],
    )


def off_days_file(journal_dir: Path) -> Path:
    return journal_dir / "off-days.json"


def load_off_days(journal_dir: Path) -> dict[date, str]:
    """Days the agent marked off (leave, sick, training): they never break a streak."""
    try:
        raw = json.loads(off_days_file(journal_dir).read_text(encoding="utf-8"))
        return {date.fromisoformat(d): str(reason) for d, reason in raw["days"].items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        from carecli.errors import DamagedFileError

        raise DamagedFileError(f"off-days file {off_days_file(journal_dir)} is damaged; "
                               "fix it or delete it") from None
