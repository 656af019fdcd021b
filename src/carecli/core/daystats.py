"""Per-shift-day figures, derived from the journal and checked against it on every read.

The shift-start card reads these small files instead of the journal, so it costs the same
after five years as after one day. Each journal month `YYYY-MM.json` has its figures in
`days-YYYY-MM.bin`, and one index, `days-index.bin`, holds for every month the stamp of
the journal file it was derived from (modification time, size, file id), the days with
entries and with wins, and the month's best day. Python's marshal format (read whole, then
`marshal.loads`: `marshal.load` on a file is ten times slower): the fastest
thing to load without extra imports.

Why it cannot drift: a reader compares every journal month on disk with the stamps in the
index (and a figures file with the stamp it was written for). Any difference, such as a
month restored from its `.bak`, a killed import, or a file copied in by hand, makes the
figures stale, and they are recomputed from the journal before use (journal.store owns
that). A write only ever stamps the month it wrote, so it can never hide another
month's change.
This module is on the shift-start path: `os`, `marshal` and `datetime` only.
"""

from __future__ import annotations

import marshal
import os
from datetime import date

from carecli.core.errors import CareError

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from carecli.journal.models import Entry

STATS_SCHEMA = 3
INDEX_NAME = "days-index.bin"
_PREFIX = "days-"
_SUFFIX = ".bin"


class StaleFigures(CareError):
    """The figures do not match the journal they were derived from: rebuild them. Callers
    do; should one escape anyway (a file changed twice while read), it is one line."""

    def __init__(self, month: str) -> None:
        super().__init__(f"the day figures of {month} changed while carecli read them; "
                         "try again")


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


def day_json(stats: DayStats) -> dict[str, object]:
    """A day with its best win: the same fragment in the card's and progress' JSON."""
    best = stats.best
    return {"shift_day": stats.day.isoformat(), "wins": stats.wins, "points": stats.points,
            "best": None if best is None else {"id": best.id, "text": best.text,
                                                "impact": best.impact, "theme": best.theme}}


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def is_month_file(name: str) -> bool:
    """A journal month's file name, 'YYYY-MM.json'."""
    return (len(name) == 12 and name.endswith(".json") and name[4] == "-"
            and name[:4].isdigit() and name[5:7].isdigit())


def journal_months(folder: str) -> list[str]:
    """The journal months on disk, 'YYYY-MM', oldest first."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(n[:7] for n in names if is_month_file(n))


def source_stamp(folder: str, month: str) -> tuple[int, int, int] | None:
    """What identifies one version of a journal month file; None when it is missing."""
    try:
        info = os.stat(os.path.join(folder, f"{month}.json"))
    except FileNotFoundError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def figures_file(folder: str, month: str) -> str:
    return os.path.join(folder, f"{_PREFIX}{month}{_SUFFIX}")


class DayIndex:
    """The verified index of a journal's day figures (see the module docstring)."""

    __slots__ = ("_loaded", "folder", "months")

    def __init__(self, folder: str, months: dict[str, tuple[Any, ...]]) -> None:
        # months: {"YYYY-MM": (stamp, entry-day ordinals, win-day ordinals, best or None)}
        # where best is (wins, points, ordinal) of the month's best day.
        self.folder, self.months = folder, months
        self._loaded: dict[str, dict[date, DayStats]] = {}

    @staticmethod
    def load(folder: str, months: dict[str, tuple[Any, ...]] | None = None) -> DayIndex | None:
        """The index, or None when it is missing, unreadable or disagrees with the journal
        months on disk (then the figures must be rebuilt). `months`: an index this process
        has just written, checked the same way instead of read back."""
        on_disk = journal_months(folder)
        if not on_disk:
            return DayIndex(folder, {})  # no journal yet: nothing to derive
        if months is None:
            months = read_raw_index(folder)
        if months is None or sorted(months) != on_disk:
            return None
        for month in on_disk:
            if months[month][0] != source_stamp(folder, month):
                return None
        return DayIndex(folder, months)

    def knowing(self, month: str, days: Iterable[DayStats]) -> DayIndex:
        """The index, told the figures of a month it has just written (not read back)."""
        self._loaded[month] = {d.day: d for d in days}
        return self

    def adopt(self, older: DayIndex) -> DayIndex:
        """Keep the months an older index of this process already read, where the journal
        file is still the one they were computed from."""
        for month, days in older._loaded.items():
            row = self.months.get(month)
            if row is not None and row[0] == older.months[month][0]:
                self._loaded.setdefault(month, days)
        return self

    def entry_days(self) -> list[date]:
        return [date.fromordinal(o) for m in sorted(self.months)
                for o in self.months[m][1]]

    def win_days(self) -> set[date]:
        return {date.fromordinal(o) for o in self.win_ordinals()}

    def win_ordinals(self) -> list[int]:
        """The days with a win, as sorted ordinals (what Calendar.streaks_of reads)."""
        return [o for m in sorted(self.months) for o in self.months[m][2]]

    def previous_worked_day(self, before: date) -> date | None:
        limit = before.toordinal()
        for month in sorted(self.months, reverse=True):
            if month > month_of(before):
                continue
            earlier = [o for o in self.months[month][1] if o < limit]
            if earlier:
                return date.fromordinal(max(earlier))
        return None

    def day_and_previous(self, day: date) -> tuple[DayStats | None, DayStats | None]:
        """A day's figures and those of the previous day worked, reading only their
        months (a confirmation after each win should not load five years)."""
        previous = self.previous_worked_day(day)
        found = self.month(month_of(day)).get(day)
        return found, None if previous is None else self.month(month_of(previous)).get(previous)

    def best_before(self, day: date) -> tuple[int, int, date] | None:
        """(wins, points, day) of the best day before `day`, or None without a win."""
        current = month_of(day)
        candidates = [(b[0], b[1], date.fromordinal(b[2])) for m, row in self.months.items()
                      if m < current and (b := row[3]) is not None]
        if current in self.months:
            candidates += [(s.wins, s.points, d) for d, s in self.month(current).items()
                           if d < day]
        best = [c for c in candidates if c[0]]
        return max(best, default=None, key=lambda c: (c[0], c[1], -c[2].toordinal()))

    def month(self, month: str) -> dict[date, DayStats]:
        """One month's figures; StaleFigures when its file does not match the index."""
        if month not in self.months:
            return {}
        if month not in self._loaded:
            days = read_figures(self.folder, month, self.months[month][0])
            if days is None:
                raise StaleFigures(month)
            self._loaded[month] = days
        return self._loaded[month]

    def between(self, first: date, last: date) -> dict[date, DayStats]:
        """The figures of the days from `first` to `last`, reading only their months."""
        low, high = month_of(first), month_of(last)
        return {d: s for m in sorted(self.months) if low <= m <= high
                for d, s in self.month(m).items() if first <= d <= last}

    def all(self) -> dict[date, DayStats]:
        return {d: s for m in sorted(self.months) for d, s in self.month(m).items()}


def read_figures(folder: str, month: str, stamp: object) -> dict[date, DayStats] | None:
    """A month's figures when its file is readable, well-formed in every field and made
    from the journal file with `stamp`; None otherwise (rebuild it)."""
    try:
        with open(figures_file(folder, month), "rb") as handle:
            body = marshal.loads(handle.read())
        if body["schema"] != STATS_SCHEMA or body["source"] != stamp:
            return None
        days = {}
        for key, row in body["days"].items():
            day = date.fromisoformat(key)
            days[day] = _from_row(day, row)
        return days
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError):
        return None


def read_raw_index(folder: str) -> dict[str, tuple[Any, ...]] | None:
    """The index as stored, unverified against the journal but checked in every field;
    None when missing, unreadable or malformed."""
    try:
        with open(os.path.join(folder, INDEX_NAME), "rb") as handle:
            body = marshal.loads(handle.read())
        if body["schema"] != STATS_SCHEMA:
            return None
        months = body["months"]
        ok = isinstance(months, dict) and all(
            isinstance(m, str) and _is_index_row(row) for m, row in months.items())
        return months if ok else None
    except (OSError, ValueError, EOFError, KeyError, TypeError):
        return None


def write_months(folder: str, figures: dict[str, list[DayStats]]) -> dict[str, tuple[Any, ...]]:
    """Store fresh figures of the given months and stamp them with the journal files
    they came from; every other month keeps its entry, so its own check still holds.
    Returns the index as written (the writer checks it instead of reading it back).

    Derived files skip fsync: a crash leaves them stale or unreadable, and either way the
    next reader rebuilds them from the journal."""
    from carecli.core import atomic

    months = read_raw_index(folder) or {}
    for month, days in figures.items():
        stamp = source_stamp(folder, month)
        body = {"schema": STATS_SCHEMA, "source": stamp,
                "days": {d.day.isoformat(): _to_row(d) for d in days}}
        atomic.write_bytes(figures_file(folder, month), marshal.dumps(body), durable=False)
        best = max((d for d in days if d.wins), default=None,
                   key=lambda d: (d.wins, d.points, -d.day.toordinal()))
        months[month] = (stamp, sorted(d.day.toordinal() for d in days if d.entries),
                         sorted(d.day.toordinal() for d in days if d.wins),
                         None if best is None else (best.wins, best.points,
                                                    best.day.toordinal()))
    on_disk = set(journal_months(folder))
    months = {m: row for m, row in months.items() if m in on_disk}
    atomic.write_bytes(os.path.join(folder, INDEX_NAME),
                       marshal.dumps({"schema": STATS_SCHEMA, "months": months}), durable=False)
    return months


def stale_months(folder: str) -> list[str]:
    """The journal months whose figures are missing or do not match their journal file."""
    months = read_raw_index(folder) or {}
    stale = []
    for month in journal_months(folder):
        row = months.get(month)
        if row is None or row[0] != source_stamp(folder, month) or not _file_matches(
                folder, month, row[0]):
            stale.append(month)
    return stale


def remove_orphans(folder: str) -> None:
    """Delete figure files of months that no longer exist, and older formats' files."""
    keep = {os.path.basename(figures_file(folder, m)) for m in journal_months(folder)}
    keep.add(INDEX_NAME)
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return
    for name in names:
        if name.startswith(_PREFIX) and name.endswith(_SUFFIX) and name not in keep:
            os.unlink(os.path.join(folder, name))


def _file_matches(folder: str, month: str, stamp: object) -> bool:
    return read_figures(folder, month, stamp) is not None


def _ints(value: object, size: int | None = None) -> bool:
    return (isinstance(value, tuple | list) and (size is None or len(value) == size)
            and all(type(x) is int for x in value))


def _is_index_row(row: object) -> bool:
    if not isinstance(row, tuple) or len(row) != 4:
        return False
    stamp, entry_days, win_days, best = row
    return ((stamp is None or _ints(stamp, 3)) and _ints(entry_days) and _ints(win_days)
            and (best is None or _ints(best, 3)))


def _to_row(s: DayStats) -> tuple[object, ...]:
    best = None if s.best is None else (s.best.id, s.best.text, s.best.impact, s.best.theme)
    return (s.entries, s.wins, s.points, best, s.themes, s.energy, s.intention)


def _from_row(day: date, row: tuple[Any, ...]) -> DayStats:
    """A stored day, checked field by field (a cache is trusted for nothing)."""
    entries, wins, points, best, themes, energy, intention = row
    if not (_ints((entries, wins, points)) and (energy is None or type(energy) is int)
            and isinstance(intention, str) and isinstance(themes, dict)
            and all(isinstance(k, str) and type(v) is int for k, v in themes.items())):
        raise ValueError("malformed day figures")
    if best is not None:
        best_id, text, impact, theme = best
        if not (isinstance(best_id, str) and isinstance(text, str) and type(impact) is int
                and (theme is None or isinstance(theme, str))):
            raise ValueError("malformed best win")
        best = BestWin(best_id, text, impact, theme)
    return DayStats(day, entries, wins, points, best, themes, energy, intention)
