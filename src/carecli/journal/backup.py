"""One file with everything an agent has (`carecli backup`), and putting it back
(`carecli restore`): entries, days off, the settings file, the installed team packs, the
card's rotation state and the pseudonym.

The file is JSON tagged `carecli.backup/1`. Restoring reads and checks the whole file
first, then works out a `Plan` (what would change, for the preview), and only then
changes anything. The entries and days off change as one journal change, so
`journal undo` takes them back; the other files are simply written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from carecli.core import atomic, paths
from carecli.core.errors import CareError
from carecli.journal.models import Entry, from_json, to_json
from carecli.journal.store import Journal

BACKUP_SCHEMA = "carecli.backup/1"
KEYS = ("schema", "carecli", "created", "entries", "off_days", "settings", "packs",
        "card_state", "pseudonym")
MAX_BACKUP_BYTES = 500_000_000
_PACK_FILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,80}\.toml")
Mark = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class Backup:
    """A checked backup file."""

    entries: tuple[Entry, ...]
    off_days: dict[date, str]
    settings: str | None  # the settings file's text
    packs: dict[str, str]  # file name -> TOML text
    card_state: dict[str, Any] | None
    pseudonym: str | None


# ---- making one ------------------------------------------------------------------------

def collect(base: Path, journal: Journal, now: datetime) -> dict[str, Any]:
    """The backup document of the home `base`."""
    from carecli import __version__
    from carecli.journal import offdays
    from carecli.share import identity

    days = offdays.load(base)
    settings = paths.config_file(base)
    folder = paths.packs_dir(base)
    packs = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    return {
        "schema": BACKUP_SCHEMA, "carecli": __version__, "created": now.isoformat(),
        "entries": [to_json(e) for e in journal.entries(newest_first=False)],
        "off_days": [{"shift_day": d.isoformat(), "reason": days[d]} for d in sorted(days)],
        "settings": settings.read_text(encoding="utf-8") if settings.exists() else None,
        "packs": [{"file": p.name, "text": p.read_text(encoding="utf-8")} for p in packs],
        "card_state": card_state_of(base),
        "pseudonym": identity.load_pseudonym(base),
    }


def card_state_of(base: Path) -> dict[str, Any] | None:
    from carecli.card import rotation

    if not (base / rotation.STATE_NAME).exists():
        return None
    state = rotation.load_state(str(base))
    return {"seed": state.seed, "cycle": state.cycle, "days": state.days, "once": state.once}


def write(document: dict[str, Any], target: str, force: bool) -> None:
    """Write the backup to `target` ('-': stdout), never over a file without `force`."""
    import sys

    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    if target == "-":
        sys.stdout.write(text)
        return
    path = Path(target)
    if path.exists() and not force:
        raise CareError(f"{path} already exists; add --force to overwrite it")
    if path.is_dir() or not path.parent.is_dir():
        raise CareError(f"cannot write {path}: " + ("it is a folder" if path.is_dir()
                                                     else "its folder does not exist"))
    atomic.write_text(path, text)


# ---- reading one -----------------------------------------------------------------------

def read(source: str) -> Backup:
    """The backup in `source` ('-': stdin), checked whole; a CareError names the problem."""
    import sys

    try:
        if source == "-":
            text = sys.stdin.read()
        elif Path(source).stat().st_size > MAX_BACKUP_BYTES:
            raise CareError(f"{source} is too large for a carecli backup")
        else:
            text = Path(source).read_text(encoding="utf-8")
        data = json.loads(text)
    except FileNotFoundError:
        raise CareError(f"no such file: {source}") from None
    except UnicodeDecodeError:
        raise CareError(f"{source} is not UTF-8 text") from None
    except (ValueError, RecursionError) as err:
        raise CareError(f"{source} is not a carecli backup (not valid JSON: {err})") from None
    except OSError as err:
        raise CareError(f"cannot read {source}: {err.strerror or err}") from None
    try:
        return parse(data)
    except CareError as err:
        raise CareError(f"{source}: {err}") from None


def parse(data: Any) -> Backup:
    if not isinstance(data, dict) or "schema" not in data:
        raise CareError(f"not a carecli backup (no {BACKUP_SCHEMA!r} schema tag)")
    if data["schema"] != BACKUP_SCHEMA:
        raise CareError(f"schema {data['schema']!r} is not {BACKUP_SCHEMA!r}; "
                        "a newer carecli wrote it?")
    missing = [k for k in KEYS if k not in data]
    unknown = sorted(set(data) - set(KEYS))
    if missing or unknown:
        raise CareError(f"missing field {missing[0]!r}" if missing
                        else f"unknown field(s): {', '.join(unknown)}")
    entries = _entries(data["entries"])
    backup = Backup(entries, _off_days(data["off_days"]), _settings(data["settings"]),
                    _packs(data["packs"]), _state(data["card_state"]),
                    _pseudonym(data["pseudonym"]))
    check_packs(backup.packs)
    return backup


def _entries(raw: Any) -> tuple[Entry, ...]:
    if not isinstance(raw, list):
        raise CareError("entries must be a list")
    entries, seen = [], set()
    for number, item in enumerate(raw, start=1):
        try:
            entry = from_json(item)
        except CareError as err:
            raise CareError(f"entry {number}: {err}") from None
        if entry.id in seen:
            raise CareError(f"entry {number}: id {entry.id} appears twice")
        seen.add(entry.id)
        entries.append(entry)
    return tuple(entries)


def _off_days(raw: Any) -> dict[date, str]:
    from carecli.core.offdays import REASONS
    from carecli.journal.models import FIRST_YEAR, LAST_YEAR

    if not isinstance(raw, list):
        raise CareError("off_days must be a list")
    days: dict[date, str] = {}
    for number, item in enumerate(raw, start=1):
        try:
            day = date.fromisoformat(item["shift_day"])
            reason = item["reason"]
            if reason not in REASONS or not FIRST_YEAR <= day.year <= LAST_YEAR:
                raise ValueError
        except (TypeError, KeyError, ValueError):
            raise CareError(f"off day {number} is not {{\"shift_day\": \"YYYY-MM-DD\", "
                            f"\"reason\": one of {', '.join(REASONS)}}}") from None
        days[day] = reason
    return days


def settings_of(text: str | None, origin: str = "the backup's settings") -> Any:
    """The Settings a settings file's text holds (defaults for None)."""
    import tomllib

    from carecli import config
    from carecli.core.settings import Settings

    if text is None:
        return Settings()
    try:
        return config._from_toml(tomllib.loads(text), Path(origin))
    except (tomllib.TOMLDecodeError, RecursionError) as err:
        raise CareError(f"{origin}: not valid TOML ({err})") from None


def _settings(raw: Any) -> str | None:
    if raw is not None and not isinstance(raw, str):
        raise CareError("settings must be the settings file's text, or null")
    settings_of(raw)
    return raw


def _packs(raw: Any) -> dict[str, str]:
    if not isinstance(raw, list):
        raise CareError("packs must be a list")
    packs: dict[str, str] = {}
    for item in raw:
        name = item.get("file") if isinstance(item, dict) else None
        if not (isinstance(name, str) and _PACK_FILE.fullmatch(name)
                and isinstance(item.get("text"), str)) or name in packs:
            raise CareError(f"pack {name!r}: expected a unique file name like 'team.toml' "
                            "and its text")
        packs[name] = item["text"]
    return packs


def check_packs(packs: dict[str, str]) -> None:
    """Every pack parses, is named as its file, and no two share a prompt id."""
    import tempfile

    from carecli import prompts

    with tempfile.TemporaryDirectory(prefix="carecli-restore-") as folder:
        target = paths.packs_dir(Path(folder))
        target.mkdir()
        for name, text in packs.items():
            (target / name).write_text(text, encoding="utf-8")
        loaded = prompts.load_packs(Path(folder))
    owner: dict[str, str] = {}
    for pack in loaded:
        if not pack.builtin and f"{pack.name}.toml" != pack.path.name:
            raise CareError(f"pack file {pack.path.name} holds pack {pack.name!r}")
        for prompt in pack.prompts:
            if owner.setdefault(prompt.id, pack.name) != pack.name:
                raise CareError(f"pack {pack.name!r}: prompt id {prompt.id!r} is already "
                                f"used by pack {owner[prompt.id]!r}")


def _state(raw: Any) -> dict[str, Any] | None:
    if raw is None:
        return None
    ok = (isinstance(raw, dict) and set(raw) == {"seed", "cycle", "days", "once"}
          and isinstance(raw["seed"], str) and isinstance(raw["once"], str)
          and isinstance(raw["cycle"], list) and all(isinstance(i, str) for i in raw["cycle"])
          and isinstance(raw["days"], dict)
          and all(isinstance(v, str) for v in raw["days"].values()))
    if not ok:
        raise CareError("card_state must be null or {seed, cycle, days, once}")
    return dict(raw)


def _pseudonym(raw: Any) -> str | None:
    from carecli.share.identity import PSEUDONYM

    if raw is not None and not (isinstance(raw, str) and PSEUDONYM.fullmatch(raw)):
        raise CareError(f"pseudonym must be null or like 'agent-x7k2m9q4pa', got {raw!r}")
    return raw
