"""The journal repository: the only module that imports tinydb.

Layout under <home>/journal/: one TinyDB file per month of shift days (`2026-11.json`), so
a write rewrites a few hundred entries at most however long the history (the previous
version stays beside it as `2026-11.json.bak`); `days-2026-11.bin` and `days-index.bin`,
the per-day figures the card reads, stamped with the month files they came from (see
core.daystats); `undo.json`, the last changes (journal.changes). Every writer holds the lock
`<home>/journal.lock`, so two terminals never lose each other's entries.

Reads parse the month files as plain JSON; only writes go through TinyDB, which is
imported then, so listing and searching never pay for it.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from carecli.core import atomic, daystats, paths
from carecli.core.errors import CareError, DamagedFileError
from carecli.core.rules import Calendar
from carecli.journal import changes, months
from carecli.journal.changes import Change
from carecli.journal.lock import journal_lock
from carecli.journal.models import Entry, from_json, to_json
from carecli.journal.offdays import apply_marks as offdays_apply


@cache
def _storage() -> type[Any]:
    """TinyDB storage that never leaves a half-written file and never resets a bad one
    (built on first write, so that reads never import tinydb)."""
    from tinydb.storages import Storage

    class AtomicJSONStorage(Storage):
        def __init__(self, path: str) -> None:
            self.path = Path(path)

        def read(self) -> dict[str, Any] | None:
            return months.read_file(self.path)

        def write(self, data: dict[str, Any]) -> None:
            atomic.write_text(self.path, json.dumps(data, ensure_ascii=False),
                              keep_backup=True)

        def close(self) -> None:
            pass

    return AtomicJSONStorage


def _document(data: dict[str, Any], doc_id: int) -> Any:
    from tinydb.table import Document

    return Document(data, doc_id=doc_id)


class Journal:
    """All reads and writes of journal entries."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.folder = paths.journal_dir(base)
        # The index and month figures this object wrote last: checked, never read back.
        self._written: dict[str, tuple[Any, ...]] | None = None
        self._fresh: dict[str, list[daystats.DayStats]] = {}
        self._index: daystats.DayIndex | None = None  # the last index handed out
        self._months_written = 0  # by the change being applied

    # ---- reading -------------------------------------------------------------------
    def months(self) -> list[str]:
        """The partitions that exist, as 'YYYY-MM', oldest first."""
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].json"))

    def entries(self, newest_first: bool = True) -> Iterator[Entry]:
        """Every entry, month by month, so a caller that wants a few can stop early."""
        self._finish_pending()
        for month in sorted(self.months(), reverse=newest_first):
            docs = self._read_month(month)
            # Sort the raw records and check each one only when it is handed out: a caller
            # that wants the newest 20 should not pay for validating everything.
            docs.sort(key=lambda doc: months.moment_of(doc, self._month_file(month)),
                      reverse=newest_first)
            for doc in docs:
                yield self._entry(doc, month)

    def _entry(self, doc: dict[str, Any], month: str) -> Entry:
        """A stored entry, checked; a bad one is damage to its month file, named."""
        try:
            return from_json(doc)
        except CareError as err:
            raise months.damaged(self._month_file(month),
                                 f"entry {doc.get('id')!r}: {err}") from None

    def _all_docs(self) -> Iterator[dict[str, Any]]:
        for month in self.months():
            yield from self._read_month(month)

    def get(self, id_or_prefix: str) -> Entry:
        self._finish_pending()
        key = id_or_prefix.strip().lower()
        if not key:
            raise CareError("an entry id is needed")
        # Only months whose raw text holds the id are parsed: ids are random, so that is
        # one or two files of sixty, not the whole history.
        matches = [self._entry(doc, month) for month in self.months()
                   if key in self._month_file(month).read_text(encoding="utf-8")
                   for doc in self._read_month(month) if str(doc.get("id", "")).startswith(key)]
        if not matches:
            raise CareError(f"no entry with id {id_or_prefix!r}")
        exact = [e for e in matches if e.id == key]
        if exact:
            return exact[0]
        if len(matches) > 1:
            ids = ", ".join(e.id for e in matches[:5])
            raise CareError(f"id {id_or_prefix!r} matches several entries ({ids}); type more")
        return matches[0]

    def rebuilt_figures(self) -> daystats.DayIndex:
        """The figures after recomputing whatever is stale (takes the lock)."""
        self._finish_pending()
        with self._locked():
            return self.refresh_figures()

    def figures(self) -> daystats.DayIndex:
        """The day figures, verified against the journal; stale months are recomputed."""
        self._finish_pending()
        index = daystats.DayIndex.load(str(self.folder), self._written)
        if index is None:
            with self._locked():
                index = self.refresh_figures()
        for month, days in self._fresh.items():
            index.knowing(month, days)
        if self._index is not None:
            index.adopt(self._index)
        self._index = index
        return index

    def day_stats(self) -> dict[date, daystats.DayStats]:
        try:
            return self.figures().all()
        except daystats.StaleFigures:
            with self._locked():
                return self.refresh_figures().all()

    def day_and_previous(self, day: date) -> tuple[daystats.DayStats | None,
                                                   daystats.DayStats | None]:
        """A day's figures and those of the previous day worked, reading only their months
        (a confirmation after each win should not load five years)."""
        try:
            return self.figures().day_and_previous(day)
        except daystats.StaleFigures:
            with self._locked():
                return self.refresh_figures().day_and_previous(day)

    def last_change(self) -> Change | None:
        return next(iter(self.undo_history()), None)

    def undo_history(self) -> list[Change]:
        """The changes `undo` can take back, newest first."""
        self._finish_pending()
        return changes.history(self.folder / changes.UNDO)[::-1]

    def _finish_pending(self) -> None:
        """Finish a change a killed command left half applied (see journal.changes)."""
        if not (self.folder / changes.PENDING).exists():
            return
        with self._locked():
            pending = changes.load(self.folder / changes.PENDING)
            if pending is not None:
                # Every entry of the change is removed and the new ones put back: the same
                # result whichever months the killed command had already written.
                self._write(remove=(*pending.before, *pending.after), insert=pending.after)
                offdays_apply(self.base, pending.off_days)
                changes.remember(self.folder / changes.UNDO, pending)
                (self.folder / changes.PENDING).unlink()

    def _transact(self, change: Change) -> None:
        """Apply a change to every month it touches, all or nothing (journal.changes), and
        update the history; call with the lock held."""
        self._finish_pending()
        atomic.sweep(self.folder)
        atomic.sweep(self.base, older_than=60.0)
        paths.ensure_private_dir(self.folder)
        if change.action not in ("undo", "reindex"):  # numbered: finishing it twice is safe
            change = changes.numbered(change, changes.next_seq(self.folder / changes.UNDO))
        changes.save(self.folder / changes.PENDING, change)
        self._months_written = 0
        try:
            self._write(remove=change.before, insert=change.after)
            offdays_apply(self.base, change.off_days)
        except BaseException:
            # Refused before any month changed (a damaged file, a clash): nothing to finish.
            # After one did, the record stays and the next command finishes the change.
            if not self._months_written:
                (self.folder / changes.PENDING).unlink()
            raise
        changes.remember(self.folder / changes.UNDO, change)
        (self.folder / changes.PENDING).unlink()

    # ---- writing -------------------------------------------------------------------
    def add(self, entries: Iterable[Entry], action: str = "add") -> Change:
        new = tuple(entries)
        return self._apply(Change(action, before=(), after=new))

    def update(self, old: Entry, new: Entry) -> Change:
        return self._apply(Change("edit", before=(old,), after=(new,)))

    def delete(self, entries: Iterable[Entry]) -> Change:
        return self._apply(Change("delete", before=tuple(entries), after=()))

    def import_entries(self, entries: Iterable[Entry], calendar: Calendar) -> tuple[int, int]:
        """Add entries whose ids are new; returns (added, already present)."""
        # Shift days follow this install's rollover hour, whatever the file says.
        incoming = list({e.id: e.with_changes(shift_day=calendar.shift_day(e.at))
                         for e in entries}.values())
        with self._locked():
            known = {doc.get("id") for doc in self._all_docs()}
            fresh = tuple(e for e in incoming if e.id not in known)
            if fresh:
                self._apply_locked(Change("import", before=(), after=fresh))
        return len(fresh), len(incoming) - len(fresh)

    def undo(self) -> Change:
        """Reverse the newest change in the history (changes.HISTORY_LIMIT are kept); the
        undo itself is not undoable (no redo)."""
        with self._locked():
            if (change := self.last_change()) is None:
                raise CareError("nothing to undo")
            current = {doc.get("id") for doc in self._all_docs()}
            missing = [e.id for e in change.after if e.id not in current]
            if missing:
                raise CareError(f"cannot undo: entry {missing[0]} has changed since")
            self._transact(change.reversed(change.seq))
            return change

    def reindex(self, calendar: Calendar) -> None:
        """Recompute every entry's shift day after the rollover hour changed."""
        with self._locked():
            entries = [self._entry(doc, m) for m in self.months() for doc in self._read_month(m)]
            moved = [e.with_changes(shift_day=calendar.shift_day(e.at)) for e in entries]
            changed = [(old, new) for old, new in zip(entries, moved, strict=True) if old != new]
            if changed:
                self._transact(Change("reindex", before=tuple(o for o, _ in changed),
                                      after=tuple(n for _, n in changed)))
            self.refresh_figures()
            # The history refers to the old shift days; undoing it now would misfire.
            changes.clear(self.folder / changes.UNDO)

    def apply(self, change: Change) -> Change:
        """Apply a change built elsewhere (`restore`), undoable like any other."""
        return self._apply(change)

    def _apply(self, change: Change) -> Change:
        with self._locked():
            return self._apply_locked(change)

    def _apply_locked(self, change: Change) -> Change:
        self._transact(change)
        return change

    def _write(self, remove: Iterable[Entry], insert: Iterable[Entry]) -> None:
        """Apply removals and inserts month by month, one file write per month touched.

        Months that gain entries are written first, so a crash in between can duplicate an
        entry (an edit that moved it to another month) but never lose one."""
        removals: dict[str, list[Entry]] = defaultdict(list)
        inserts: dict[str, list[Entry]] = defaultdict(list)
        for e in remove:
            removals[_month_of(e.shift_day)].append(e)
        for e in insert:
            inserts[_month_of(e.shift_day)].append(e)
        paths.ensure_private_dir(self.folder)
        order = sorted(inserts) + sorted(set(removals) - set(inserts))
        # An entry this change replaces may also sit, as an older copy, in the month it
        # moves to (a month restored from its .bak): the new version replaces that copy.
        replacing = {e.id for e in remove}
        for month in order:
            self._write_month(month, removals[month], inserts[month], replacing)

    def _write_month(self, month: str, remove: list[Entry], insert: list[Entry],
                     replacing: Collection[str] = ()) -> None:
        with self._open(month) as table:
            docs = table.all()
            # Every stored entry is checked before anything changes: a damaged month
            # refuses the write, and the file stays exactly as it was.
            entries = [self._entry(doc, month) for doc in docs]
            doomed = {e.id for e in remove}
            present = {e.id for e in entries}
            clash = next((e.id for e in insert
                          if e.id in present - doomed and e.id not in replacing), None)
            if clash:
                raise CareError(f"an entry with id {clash} already exists; nothing was saved")
            doomed |= {e.id for e in insert}
            gone = [doc.doc_id for doc, e in zip(docs, entries, strict=True) if e.id in doomed]
            if gone:
                table.remove(doc_ids=gone)
            next_id = max((doc.doc_id for doc in docs), default=0) + 1
            new_docs = [to_json(e) for e in insert]
            table.insert_multiple(_document(d, next_id + i) for i, d in enumerate(new_docs))
            kept = [e for e in entries if e.id not in doomed]
        # After the month file is on disk, so the figures are stamped with what was just
        # written. The whole month is recomputed: it holds a few hundred entries at most,
        # and a month that had drifted (restored from its .bak) comes out right too.
        self._months_written += 1
        self._fresh[month] = _figures([*kept, *insert])
        self._written = daystats.write_months(str(self.folder), {month: self._fresh[month]})

    # ---- files ---------------------------------------------------------------------
    def _month_file(self, month: str) -> Path:
        return self.folder / f"{month}.json"

    @contextmanager
    def _open(self, month: str) -> Iterator[Any]:
        """A month's table, read once and written once, and only if the block succeeds."""
        from tinydb import TinyDB
        from tinydb.middlewares import CachingMiddleware

        storage = CachingMiddleware(_storage())  # type: ignore[no-untyped-call]
        storage.WRITE_CACHE_SIZE = sys.maxsize  # write on close only
        db = TinyDB(str(self._month_file(month)), storage=storage)
        self._check_schema(db, month)
        yield db.table(months.ENTRIES)
        db.close()  # flushes; skipped when the block raised, so nothing half-done lands

    def _check_schema(self, db: Any, month: str) -> None:
        meta = db.table(months.META)
        found = meta.all()
        version = found[0].get("schema") if found else None
        if version is None and not db.table(months.ENTRIES).all():
            meta.insert({"schema": months.SCHEMA})
            return
        checked = self._check_version(version, month)
        if checked < months.SCHEMA:
            self._migrate(db, checked)

    def _check_version(self, version: Any, month: str) -> int:
        if not isinstance(version, int) or version > months.SCHEMA:
            raise CareError(f"journal file {self._month_file(month)} has schema {version!r}; "
                            f"this carecli reads up to {months.SCHEMA}: upgrade carecli")
        return version

    def _migrate(self, db: Any, version: int) -> None:
        table = db.table(months.ENTRIES)
        docs = table.all()
        upgraded = [months.migrate_entry(dict(doc), version) for doc in docs]
        table.truncate()
        table.insert_multiple(_document(d, doc.doc_id)
                              for d, doc in zip(upgraded, docs, strict=True))
        db.table(months.META).truncate()
        db.table(months.META).insert({"schema": months.SCHEMA})

    def _read_month(self, month: str) -> list[dict[str, Any]]:
        data = months.read_file(self._month_file(month)) or {}
        meta: dict[str, Any] = next(iter(data.get(months.META, {}).values()), {})
        version = self._check_version(meta.get("schema", months.SCHEMA), month)
        docs = list(data.get(months.ENTRIES, {}).values())
        return [months.migrate_entry(d, version) for d in docs] if version < months.SCHEMA else docs

    def refresh_figures(self) -> daystats.DayIndex:
        """Recompute the figures of every month that is stale; call with the lock held.

        Each stale month is read before anything is written, so a damaged file stops it
        with the old figures still in place."""
        folder = str(self.folder)
        stale = {m: _figures([self._entry(doc, m) for doc in self._read_month(m)])
                 for m in daystats.stale_months(folder)}
        if self.folder.is_dir():
            daystats.write_months(folder, stale)
            daystats.remove_orphans(folder)
        index = daystats.DayIndex.load(folder)
        if index is None:  # changed again under us (a writer without the lock): say so
            raise DamagedFileError(f"the journal in {self.folder} keeps changing while "
                                   "carecli reads it; try again")
        return index

    def _locked(self) -> AbstractContextManager[None]:
        return journal_lock(self.base)


def _figures(entries: Iterable[Entry]) -> list[daystats.DayStats]:
    by_day: dict[date, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_day[entry.shift_day].append(entry)
    return [daystats.summarize(d, items) for d, items in by_day.items()]


def _month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"
