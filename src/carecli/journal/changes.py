"""Changes to the journal as records on disk: the last one, for `journal undo`
(`undo.json`), and the one being applied (`pending.json`).

A change can touch several month files (an import, an edit that moves an entry to
another month). Before the first month is written, the whole change is written to
`pending.json`; it is removed once every month is. If a command is killed in between,
the next one to open the journal finds the record and finishes the change, so the journal
is always as it was before or as it is after, never half.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from carecli.core import atomic
from carecli.core.errors import CareError, DamagedFileError
from carecli.journal.models import Entry, from_json, to_json

UNDO = "undo.json"
PENDING = "pending.json"


@dataclass(frozen=True)
class Change:
    """What one command did, kept so that `journal undo` can put it back."""

    action: str
    before: tuple[Entry, ...]
    after: tuple[Entry, ...]


def save(path: Path, change: Change) -> None:
    record = {"action": change.action, "before": [to_json(e) for e in change.before],
              "after": [to_json(e) for e in change.after]}
    atomic.write_text(path, json.dumps(record, ensure_ascii=False))


def load(path: Path) -> Change | None:
    """The change recorded at `path`, or None when there is none."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Change(str(raw["action"]), tuple(from_json(e) for e in raw["before"]),
                      tuple(from_json(e) for e in raw["after"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, RecursionError, CareError) as err:
        raise DamagedFileError(f"change record {path} is damaged ({err})") from None
    except OSError as err:
        raise DamagedFileError(f"change record {path} cannot be read "
                               f"({err.strerror or err})") from None
