"""Per-shift-day figures, kept up to date by every journal write.

The shift-start card reads these small files instead of the journal, so it stays fast
however many years of entries there are. They are a cache in Python's marshal format
(the fastest thing to load without extra imports), one per year: a write recomputes the
days it touched, and figures that are missing, unreadable or older than a journal month
are recomputed from the journal the next time they are read.
This module is on the shift-start path: `os`, `marshal` and `datetime` only.
"""

from __future__ import annotations

import marshal
import os
from datetime import date

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from collections.abc import Iterable

    from carecli.journal.models import Entry

STATS_SCHEMA = 2
_PREFIX = "days-"
_SUFFIX = ".bin"


class BestWin:
    """The day's highest-impact win (the earliest of equals: it set the bar first)."""

    __slots__ = ("id", "impact", "text", "theme")

    def __init__(self, id: str, text: str, impact: int, theme: str | None) -> None:
        self.id, self.text, self.impact, self.theme = id, text, impact, theme


class DayStats:
    """One shift day's figures."""

    __slots__ = ("best", "day", "energy", "entries", "intention", "points", "themes", "wins")

    def __init__(self, day: date, entries: int = 0, wins: int = 0, points: int = 0,
                 best: BestWin | None = None, themes: dict[str, int] | None = None,
                 energy: int | None = None, intention: str = "") -> None:
        self.day, self.entries, self.wins, self.points = day, entries, wins, points
        self.best, self.themes = best, themes or {}
        self.energy, self.intention = energy, intention


def summarize(day: date, entries: Iterable[Entry]) -> DayStats:
    """The figures of one shift day from its entries."""
    todays = sorted(entries, key=lambda e: e.at)
    wins = [e for e in todays if e.kind == "win"]
    reflections = [e for e in todays if e.kind == "reflection"]
    top = max(wins, key=lambda e: e.impact or 0, default=None)
    themes: dict[str, int] = {}
    for win in wins:
        if win.theme:
            themes[win.theme] = themes.get(win.theme, 0) + 1
    energies = [r.energy for r in reflections if r.energy is not None]
    intentions = [r.tomorrow for r in reflections if r.tomorrow.strip()]
    return DayStats(
        day=day,
        entries=len(todays),
        wins=len(wins),
        points=sum(e.points() for e in wins),
        best=BestWin(top.id, top.text, top.impact or 0, top.theme) if top else None,
        themes=themes,
        energy=energies[-1] if energies else None,
        intention=intentions[-1] if intentions else "",
    )


def stats_file(journal_dir: str | os.PathLike[str], year: int) -> str:
    return os.path.join(journal_dir, f"{_PREFIX}{year}{_SUFFIX}")


def write_year(journal_dir: str | os.PathLike[str], year: int, days: Iterable[DayStats]) -> None:
    from carecli.core import atomic
    body = {"schema": STATS_SCHEMA, "days": {d.day.isoformat(): _to_row(d) for d in days}}
    atomic.write_bytes(stats_file(journal_dir, year), marshal.dumps(body))


def remove_all(journal_dir: str | os.PathLike[str]) -> None:
    for name in _stats_names(os.fspath(journal_dir)):
        os.unlink(os.path.join(journal_dir, name))


def load_all(journal_dir: str | os.PathLike[str]) -> dict[date, DayStats] | None:
    """Every day's figures, or None when the cache is missing or unreadable."""
    result: dict[date, DayStats] = {}
    folder = os.fspath(journal_dir)
    if _stale(folder):
        return None
    try:
        for name in _stats_names(folder):
            with open(os.path.join(folder, name), "rb") as handle:
                body = marshal.load(handle)
            if body["schema"] != STATS_SCHEMA:
                return None
            for key, row in body["days"].items():
                day = date.fromisoformat(key)
                result[day] = _from_row(day, row)
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError):
        return None
    return result


def load_year(journal_dir: str | os.PathLike[str], year: int) -> dict[date, DayStats] | None:
    """One year's figures, or None when missing or unreadable."""
    try:
        with open(stats_file(journal_dir, year), "rb") as handle:
            body = marshal.load(handle)
        if body["schema"] != STATS_SCHEMA:
            return None
        return {date.fromisoformat(k): _from_row(date.fromisoformat(k), row)
                for k, row in body["days"].items()}
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError):
        return None


def _stale(folder: str) -> bool:
    """Whether a journal month is newer than its year's figures (written or restored by
    something else, or damaged), or has none: then the figures must be rebuilt."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return False
    figures: dict[str, int] = {}
    months: list[tuple[str, str]] = []
    for name in names:
        if name.startswith(_PREFIX) and name.endswith(_SUFFIX):
            figures[name[len(_PREFIX):-len(_SUFFIX)]] = os.stat(
                os.path.join(folder, name)).st_mtime_ns
        elif len(name) == 12 and name.endswith(".json") and name[4] == "-":
            months.append((name[:4], name))
    for year, name in months:
        if year not in figures or os.stat(os.path.join(folder, name)).st_mtime_ns > figures[year]:
            return True
    return False


def _stats_names(folder: str) -> list[str]:
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    return [n for n in names if n.startswith(_PREFIX) and n.endswith(_SUFFIX)]


def _to_row(s: DayStats) -> tuple[object, ...]:
    best = None if s.best is None else (s.best.id, s.best.text, s.best.impact, s.best.theme)
    return (s.entries, s.wins, s.points, best, s.themes, s.energy, s.intention)


def _from_row(day: date, row: tuple[object, ...]) -> DayStats:
    entries, wins, points, best, themes, energy, intention = row
    return DayStats(day, entries, wins, points,  # type: ignore[arg-type]
                    None if best is None else BestWin(*best),  # type: ignore[misc]
                    themes, energy, intention)  # type: ignore[arg-type]


def off_days_file(journal_dir: str | os.PathLike[str]) -> str:
    return os.path.join(journal_dir, "off-days.txt")


def load_off_days(journal_dir: str | os.PathLike[str]) -> dict[date, str]:
    """Days the agent marked off (leave, sick, training): they never break a streak.

    A plain text file with one `YYYY-MM-DD reason` a line, readable without json."""
    path = off_days_file(journal_dir)
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except FileNotFoundError:
        return {}
    days: dict[date, str] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        day, _, reason = line.strip().partition(" ")
        try:
            days[date.fromisoformat(day)] = reason.strip() or "off"
        except ValueError:
            from carecli.core.errors import DamagedFileError

            raise DamagedFileError(f"off-days file {path}, line {number} is not "
                                   "'YYYY-MM-DD reason'; fix or delete that line") from None
    return days
