"""Changes to the journal as records on disk: the last HISTORY_LIMIT of them, for
`journal undo` (the `undo/` folder, one file a change), and the one being applied
(`pending.json`).

A change can touch several month files (an import, an edit that moves an entry to
another month). Before the first month is written, the whole change is written to
`pending.json`; it is removed once every month is, and the history updated. If a command
is killed in between, the next one to open the journal finds the record and finishes the
change, so the journal is always as it was before or as it is after, never half.

Each change in the history has a number (`seq`). The pending record carries the number it
will have, or (for an undo) the number of the change it takes back, so finishing it
twice, after a kill between the history and the record, changes the history once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from carecli.core import atomic
from carecli.core.errors import CareError, DamagedFileError
from carecli.journal.models import Entry, from_json, to_json

UNDO = "undo"  # the history: a folder, one file a change
LEGACY = "undo.json"  # where an older carecli kept it
PENDING = "pending.json"
HISTORY_LIMIT = 20  # the changes `journal undo` can take back, newest first

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What one command did, kept so that `journal undo` can put it back."""

    action: str
    before: tuple[Entry, ...]
    after: tuple[Entry, ...]
    seq: int = 0  # its number in the history
    undoes: int | None = None  # for an undo: the number of the change it takes back
    # Days off it changes, as (YYYY-MM-DD, reason before, reason after), None for unmarked
    # (a `restore`); journal.offdays.apply_marks applies them.
    off_days: tuple[tuple[str, str | None, str | None], ...] = ()

    def reversed(self, seq: int) -> Change:
        """The undo of this change."""
        return Change("undo", before=self.after, after=self.before, undoes=seq,
                      off_days=tuple((d, after, before) for d, before, after in self.off_days))


def _record(change: Change) -> dict[str, Any]:
    record: dict[str, Any] = {"action": change.action, "seq": change.seq,
                              "before": [to_json(e) for e in change.before],
                              "after": [to_json(e) for e in change.after]}
    if change.undoes is not None:
        record["undoes"] = change.undoes
    if change.off_days:
        record["off_days"] = [list(mark) for mark in change.off_days]
    return record


def _change(raw: Any) -> Change:
    undoes = raw.get("undoes")
    seq = raw.get("seq", 0)
    if not isinstance(seq, int) or not (undoes is None or isinstance(undoes, int)):
        raise ValueError("seq and undoes must be whole numbers")
    return Change(str(raw["action"]), tuple(from_json(e) for e in raw["before"]),
                  tuple(from_json(e) for e in raw["after"]), seq, undoes,
                  tuple(_mark(m) for m in raw.get("off_days", [])))


def _mark(raw: Any) -> tuple[str, str | None, str | None]:
    day, before, after = raw
    if not (isinstance(day, str) and all(r is None or isinstance(r, str)
                                         for r in (before, after))):
        raise ValueError("an off-day change must be [day, reason or null, reason or null]")
    return day, before, after


def save(path: Path, change: Change) -> None:
    atomic.write_text(path, json.dumps(_record(change), ensure_ascii=False))


def load(path: Path) -> Change | None:
    """The change recorded at `path`, or None when there is none."""
    raw = _read(path)
    return None if raw is None else _parsed(path, lambda: _change(raw))


def history(path: Path) -> list[Change]:
    """The changes `journal undo` can take back, oldest first. `path` is the history's
    folder, one file a change (`000042.json`), so a change costs one small write however
    large the others were; an `undo.json` beside it from an older carecli is taken in."""
    _adopt_legacy(path)
    return [_load_file(file) for _, file in _files(path)]


def _load_file(file: Path) -> Change:
    raw = _read(file)
    return _parsed(file, lambda: _change(raw))


def next_seq(path: Path) -> int:
    """The number the next change gets (from the file names alone: nothing is parsed)."""
    _adopt_legacy(path)
    files = _files(path)
    return files[-1][0] + 1 if files else 1


def remember(path: Path, change: Change) -> None:
    """The history after `change`: an undo takes its change off, a reindex empties it
    (its changes refer to the old shift days), anything else goes on top, keeping the last
    HISTORY_LIMIT; a change already there (finished twice) is not added again."""
    _adopt_legacy(path)
    files = _files(path)
    if change.action == "reindex":
        clear(path)
    elif change.action == "undo":
        if files and change.undoes is not None and files[-1][0] == change.undoes:
            files[-1][1].unlink()
    elif not files or files[-1][0] < change.seq:
        path.mkdir(mode=0o700, exist_ok=True)
        save(path / f"{change.seq:06d}.json", change)
        for _, old in files[:max(0, len(files) + 1 - HISTORY_LIMIT)]:
            old.unlink(missing_ok=True)


def clear(path: Path) -> None:
    for _, file in _files(path):
        file.unlink(missing_ok=True)
    (path.parent / LEGACY).unlink(missing_ok=True)


def numbered(change: Change, seq: int) -> Change:
    return replace(change, seq=seq)


def _files(path: Path) -> list[tuple[int, Path]]:
    try:
        names = os.listdir(path)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted((int(n[:6]), path / n) for n in names
                  if len(n) == 11 and n.endswith(".json") and n[:6].isdigit())


def _adopt_legacy(path: Path) -> None:
    """An older carecli kept the history in one `undo.json` (one change, or a list): it
    becomes the history folder's files, numbered as they were."""
    legacy = path.parent / LEGACY
    raw = _read(legacy)
    if raw is None:
        return

    def old() -> list[Change]:
        items = [raw] if "action" in raw else raw["changes"]
        return [_change(item) for item in items]
    for _, file in _files(path):
        file.unlink()
    path.mkdir(mode=0o700, exist_ok=True)
    for n, change in enumerate(_parsed(legacy, old)[-HISTORY_LIMIT:], start=1):
        save(path / f"{change.seq or n:06d}.json", change if change.seq else
             numbered(change, n))
    legacy.unlink()


def _read(path: Path) -> Any:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (ValueError, RecursionError) as err:
        raise DamagedFileError(f"change record {path} is damaged ({err})") from None
    except OSError as err:
        raise DamagedFileError(f"change record {path} cannot be read "
                               f"({err.strerror or err})") from None
    if not isinstance(raw, dict):
        raise DamagedFileError(f"change record {path} is damaged (not a JSON object)")
    return raw


def _parsed(path: Path, parse: Callable[[], T]) -> T:
    try:
        return parse()
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError,
            CareError) as err:
        raise DamagedFileError(f"change record {path} is damaged ({err})") from None
