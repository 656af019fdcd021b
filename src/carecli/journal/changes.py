"""Changes to the journal as records on disk: the last HISTORY_LIMIT of them, for
`journal undo` (`undo.json`, newest last), and the one being applied (`pending.json`).

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
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from carecli.core import atomic
from carecli.core.errors import CareError, DamagedFileError
from carecli.journal.models import Entry, from_json, to_json

UNDO = "undo.json"
PENDING = "pending.json"
HISTORY_LIMIT = 20  # the changes `journal undo` can take back, newest first
HISTORY_SCHEMA = "carecli.undo/2"

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What one command did, kept so that `journal undo` can put it back."""

    action: str
    before: tuple[Entry, ...]
    after: tuple[Entry, ...]
    seq: int = 0  # its number in the history
    undoes: int | None = None  # for an undo: the number of the change it takes back


def _record(change: Change) -> dict[str, Any]:
    record: dict[str, Any] = {"action": change.action, "seq": change.seq,
                              "before": [to_json(e) for e in change.before],
                              "after": [to_json(e) for e in change.after]}
    if change.undoes is not None:
        record["undoes"] = change.undoes
    return record


def _change(raw: Any) -> Change:
    undoes = raw.get("undoes")
    seq = raw.get("seq", 0)
    if not isinstance(seq, int) or not (undoes is None or isinstance(undoes, int)):
        raise ValueError("seq and undoes must be whole numbers")
    return Change(str(raw["action"]), tuple(from_json(e) for e in raw["before"]),
                  tuple(from_json(e) for e in raw["after"]), seq, undoes)


def save(path: Path, change: Change) -> None:
    atomic.write_text(path, json.dumps(_record(change), ensure_ascii=False))


def load(path: Path) -> Change | None:
    """The change recorded at `path`, or None when there is none."""
    raw = _read(path)
    return None if raw is None else _parsed(path, lambda: _change(raw))


def history(path: Path) -> list[Change]:
    """The changes `journal undo` can take back, oldest first (an `undo.json` of an older
    carecli, which held one change, is a history of one)."""
    raw = _read(path)
    if raw is None:
        return []

    def changes() -> list[Change]:
        if "action" in raw:  # the one-change record of carecli before the history
            return [_change(raw)]
        return [_change(item) for item in raw["changes"]]
    return _parsed(path, changes)


def next_seq(known: list[Change]) -> int:
    """The number the next change after the history `known` gets."""
    return known[-1].seq + 1 if known else 1


def push(path: Path, change: Change, known: list[Change] | None = None) -> None:
    """Add `change` (numbered by next_seq) to the history, keeping the last HISTORY_LIMIT;
    a change already at the top (finished twice) is not added again."""
    known = history(path) if known is None else known
    if known and known[-1].seq >= change.seq:
        return
    _write(path, [*known, change][-HISTORY_LIMIT:])


def pop(path: Path, seq: int, known: list[Change] | None = None) -> None:
    """Remove the change numbered `seq` from the top of the history, if it is there."""
    known = history(path) if known is None else known
    if known and known[-1].seq == seq:
        _write(path, known[:-1])


def remember(path: Path, change: Change, known: list[Change] | None = None) -> None:
    """The history after `change`: an undo takes its change off, a reindex empties it
    (its changes refer to the old shift days), anything else goes on top. `known` is the
    history as just read, if it was (so a win reads undo.json once)."""
    if change.action == "reindex":
        clear(path)
    elif change.action == "undo":
        if change.undoes is not None:
            pop(path, change.undoes, known)
    else:
        push(path, change, known)


def clear(path: Path) -> None:
    path.unlink(missing_ok=True)


def numbered(change: Change, seq: int) -> Change:
    return replace(change, seq=seq)


def _write(path: Path, changes: list[Change]) -> None:
    if not changes:
        clear(path)
        return
    atomic.write_text(path, json.dumps({"schema": HISTORY_SCHEMA,
                                        "changes": [_record(c) for c in changes]},
                                       ensure_ascii=False))


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
