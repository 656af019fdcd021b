"""Reading and writing entries as JSON Lines (the import/export format)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from carecli.core.errors import CareError
from carecli.journal.models import Entry, from_json

MAX_IMPORT_BYTES = 200_000_000


def read_jsonl(source: Path) -> list[Entry]:
    """Every entry of a JSON Lines file, or a CareError naming the first bad line."""
    text = _read(source)
    entries: list[Entry] = []
    # Only "\n" ends a line: str.splitlines would also split inside a JSON string
    # holding U+0085 or U+2028, which an agent's text may contain.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line, parse_constant=_reject_constant)
            entries.append(from_json(_untagged(data)))
        except (ValueError, RecursionError) as err:
            raise CareError(f"{source}, line {number}: not valid JSON ({err})") from None
        except CareError as err:
            raise CareError(f"{source}, line {number}: {err}") from None
    if not entries:
        raise CareError(f"{source} holds no entries")
    return entries


def _read(source: Path) -> str:
    if str(source) == "-":
        return sys.stdin.read()
    try:
        if source.stat().st_size > MAX_IMPORT_BYTES:
            raise CareError(f"{source} is too large to import")
        return source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CareError(f"no such file: {source}") from None
    except UnicodeDecodeError:
        raise CareError(f"{source} is not UTF-8 text") from None
    except OSError as err:
        raise CareError(f"cannot read {source}: {err.strerror or err}") from None


def _untagged(data: object) -> object:
    """An exported line carries the entry schema tag; the entry itself does not."""
    if isinstance(data, dict) and "schema" in data:
        from carecli.journal.models import ENTRY_SCHEMA

        if data["schema"] != ENTRY_SCHEMA:
            raise CareError(f"schema {data['schema']!r} is not {ENTRY_SCHEMA!r}")
        data = {k: v for k, v in data.items() if k != "schema"}
    return data


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def to_jsonl(entry: Entry) -> str:
    from carecli.journal.models import ENTRY_SCHEMA, to_json

    return json.dumps({"schema": ENTRY_SCHEMA, **to_json(entry)}, ensure_ascii=False)
