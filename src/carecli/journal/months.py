"""The month files on disk: their shape, how they are read (plain JSON, no TinyDB), the
TinyDB storage that writes them atomically, and the schema migrations.

TinyDB itself stays in journal.store, which writes them. A month file is TinyDB's:
`{"_meta": {"1": {"schema": N}}, "entries": {"1": {...}, ...}}`.
Whatever else is found is damage: it is named in one line and never rewritten.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from carecli.core import atomic
from carecli.core.errors import DamagedFileError

SCHEMA = 1
# Ordered migrations: MIGRATIONS[n] turns a schema-n entry dict into a schema-(n+1) one.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}
ENTRIES = "entries"
META = "_meta"


def read_file(path: Path) -> dict[str, Any] | None:
    """A month file as stored (None when missing); damage is an error, never a reset."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        raise damaged(path, str(err)) from None
    if not raw.strip():
        raise damaged(path, "the file is empty")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as err:
        raise damaged(path, f"not valid JSON: {err}") from None
    return _check_shape(data, path)


def _check_shape(data: Any, path: Path) -> dict[str, Any]:
    """A month file is {"_meta": {...}, "entries": {"1": {...}, ...}}: TinyDB's tables of
    numbered documents. Anything else is damage, named, before TinyDB or a reader trips."""
    if not isinstance(data, dict):
        raise damaged(path, "not a journal file")
    for table in (META, ENTRIES):
        docs = data.get(table, {})
        if not isinstance(docs, dict) or not all(
                isinstance(k, str) and k.isdigit() and isinstance(v, dict)
                for k, v in docs.items()):
            raise damaged(path, f"its {table!r} table is not a set of numbered records")
    return data


def damaged(path: Path, why: str) -> DamagedFileError:
    backup = Path(atomic.backup_path(path))
    hint = f"; the previous version is {backup}" if backup.exists() else ""
    return DamagedFileError(f"journal file {path} is damaged ({why}); it was left as is{hint}")


def moment_of(doc: dict[str, Any], path: Path) -> datetime:
    try:
        return datetime.fromisoformat(doc["at"])
    except (KeyError, TypeError, ValueError):
        raise damaged(path, f"entry {doc.get('id')!r} has a bad timestamp") from None


def migrate_entry(doc: dict[str, Any], version: int) -> dict[str, Any]:
    """Run the ordered migrations from `version` up to SCHEMA."""
    for step in range(version, SCHEMA):
        doc = MIGRATIONS[step](doc)
    return doc
