"""Reading and writing entries: JSON Lines (the import/export format), and reading the
CSV that `journal list --format csv` writes and jrnl's JSON export (`jrnl --export json`).

An imported record without an id gets one derived from its content (kind, moment, text
and answers), so importing the same file twice adds each entry once. A record needs only
`text` and `at`: the rest defaults as for `carecli win` (a win, impact 3).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from carecli.core.errors import CareError
from carecli.journal import models
from carecli.journal.models import Entry, from_json

MAX_IMPORT_BYTES = 200_000_000
STARRED_IMPACT = 5  # a starred jrnl entry; the others get the default impact


def completed(data: object) -> Entry:
    """An imported record as an entry: missing kind, impact, shift day and id filled in
    (the shift day is recomputed on import anyway)."""
    if not isinstance(data, dict):
        return from_json(data)  # says what is wrong
    record = {k: v for k, v in data.items() if not (k == "id" and v in (None, ""))}
    record.setdefault("kind", "win")
    if record["kind"] == "win":
        record.setdefault("impact", models.DEFAULT_IMPACT)
    if "shift_day" not in record:
        record["shift_day"] = models._timestamp(record.get("at")).date().isoformat()
    if "id" not in record:
        entry = from_json({**record, "id": "0"})
        return entry.with_changes(id=content_id(entry))
    return from_json(record)


def content_id(entry: Entry) -> str:
    """A stable id from what an entry says and when (not its theme, tags or impact)."""
    import hashlib
    from datetime import UTC

    key = "\x00".join((entry.kind, entry.at.astimezone(UTC).isoformat(), entry.text,
                       entry.well, entry.hard, entry.tomorrow))
    number = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:16], "big")
    alphabet = models._ID_ALPHABET
    chars = []
    for _ in range(models.ID_LENGTH):
        number, digit = divmod(number, len(alphabet))
        chars.append(alphabet[digit])
    return "".join(chars)


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
            entries.append(completed(_untagged(data)))
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


# ---- other formats -------------------------------------------------------------------
CSV_NUMBERS = ("impact", "energy")
CSV_OPTIONAL = ("theme", "channel", "prompt")


def read_csv(source: Path) -> list[Entry]:
    """Every entry of a CSV file as `journal list --format csv` writes it (any of its
    columns, in any order; `at` and `text` are needed), or a CareError naming the line."""
    import csv
    import io

    columns = models.JSON_KEYS  # the CSV view's columns are the entry's JSON keys
    reader = csv.reader(io.StringIO(_read(source), newline=""))
    header = next(reader, None)
    if header is None:
        raise CareError(f"{source} holds no entries")
    unknown = [name for name in header if name not in columns]
    if unknown or "at" not in header:
        raise CareError(f"{source}, line 1: not a carecli CSV header (unknown column "
                        f"{unknown[0]!r})" if unknown else f"{source}, line 1: no 'at' column")
    entries = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        try:
            if len(row) != len(header):
                raise CareError(f"{len(row)} cells, the header has {len(header)}")
            entries.append(completed(_csv_record(dict(zip(header, row, strict=True)))))
        except CareError as err:
            raise CareError(f"{source}, line {reader.line_num}: {err}") from None
    if not entries:
        raise CareError(f"{source} holds no entries")
    return entries


def _csv_record(row: dict[str, str]) -> dict[str, object]:
    """A CSV row as an entry record: the writer's defused formula cells (a leading `'`)
    undone, blank cells as missing values, tags split on `;`."""
    cells = {k: _undefused(v) for k, v in row.items()}
    record: dict[str, object] = {k: v for k, v in cells.items()
                                 if k not in (*CSV_NUMBERS, *CSV_OPTIONAL, "tags", "id")}
    record.pop("shift_day", None)  # recomputed from `at` on import
    if cells.get("id", "").strip():
        record["id"] = cells["id"].strip()
    if not cells.get("kind"):
        record.pop("kind", None)
    for key in CSV_NUMBERS:
        value = cells.get(key, "").strip()
        if value:
            if not (value.isascii() and value.isdigit()):
                raise CareError(f"{key} must be a whole number 1-5, got {value!r}")
            record[key] = int(value)  # blank: the default (as for `win`), or none
    for key in CSV_OPTIONAL:
        if cells.get(key):
            record[key] = cells[key]
    record["tags"] = [t for t in cells.get("tags", "").split(";") if t.strip()]
    return record


def _undefused(cell: str) -> str:
    """The cell as it was before render.formats.defuse put an apostrophe before it."""
    from carecli.render.formats import FORMULA_STARTS

    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def read_jrnl(source: Path) -> list[Entry]:
    """Every entry of jrnl's JSON export: text is the title and body joined by a space,
    `at` the date and time in this computer's time zone, tags without their `@`/`#`, and a
    starred entry has impact 5 (others 3). A CareError names the first bad entry."""
    try:
        data = json.loads(_read(source), parse_constant=_reject_constant)
    except (ValueError, RecursionError) as err:
        raise CareError(f"{source}: not valid JSON ({err})") from None
    items = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise CareError(f"{source}: not a jrnl export (no \"entries\" list)")
    entries = []
    for number, item in enumerate(items, start=1):
        try:
            entries.append(completed(_jrnl_record(item)))
        except CareError as err:
            raise CareError(f"{source}, entry {number}: {err}") from None
    if not entries:
        raise CareError(f"{source} holds no entries")
    return entries


def _jrnl_record(item: object) -> dict[str, object]:
    from datetime import datetime

    if not isinstance(item, dict):
        raise CareError("an entry must be a JSON object")
    title, body, tags = item.get("title", ""), item.get("body", ""), item.get("tags", [])
    day, time, starred = item.get("date"), item.get("time", "00:00"), item.get("starred", False)
    if not (isinstance(title, str) and isinstance(body, str)):
        raise CareError("title and body must be strings")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise CareError("tags must be a list of strings")
    if not isinstance(starred, bool):
        raise CareError("starred must be true or false")
    try:
        at = datetime.strptime(f"{day} {time}", "%Y-%m-%d %H:%M").astimezone()
    except (TypeError, ValueError, OverflowError):
        raise CareError(f"date and time must be YYYY-MM-DD and HH:MM, got {day!r} "
                        f"{time!r}") from None
    return {"kind": "win", "at": at.isoformat(), "tags": [t.lstrip("@#") for t in tags],
            "text": " ".join(part.strip() for part in (title, body) if part.strip()),
            "impact": STARRED_IMPACT if starred else models.DEFAULT_IMPACT}
