"""The journal entry and its JSON form (the format of `journal list --json` and import)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any

from carecli.core.errors import CareError

KINDS = ("win", "reflection")
CHANNELS = ("phone", "chat", "email", "social", "video", "in-person", "other")
IMPACT_RANGE = range(1, 6)
ENERGY_RANGE = range(1, 6)
DEFAULT_IMPACT = 3
# Ids a person can type (any unique prefix will do): no 0/o, 1/l/i look-alikes.
# 31**8 ids: over 15,000 entries the odds of any repeat are about 1 in 7,500, and a repeat
# within the year being written is refused rather than stored.
_ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
ID_LENGTH = 8
MAX_TEXT = 2000
FIRST_YEAR, LAST_YEAR = 1970, 9998  # a journal's dates, with room for day arithmetic
MAX_TAGS = 20

JSON_KEYS = ("id", "kind", "at", "shift_day", "text", "theme", "tags", "impact", "channel",
             "energy", "well", "hard", "tomorrow", "prompt")


def new_id() -> str:
    """A random short id. Bytes past the last whole multiple of the alphabet are skipped
    so every character is equally likely (the `secrets` module costs an import)."""
    usable = len(_ID_ALPHABET) * (256 // len(_ID_ALPHABET))
    chars: list[str] = []
    while len(chars) < ID_LENGTH:
        chars += [_ID_ALPHABET[b % len(_ID_ALPHABET)] for b in os.urandom(16) if b < usable]
    return "".join(chars[:ID_LENGTH])


@dataclass(frozen=True)
class Entry:
    """One journal entry. Reflections use energy/well/hard/tomorrow; wins use the rest."""

    id: str
    kind: str
    at: datetime
    shift_day: date
    text: str = ""
    theme: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)
    impact: int | None = None
    channel: str | None = None
    energy: int | None = None
    well: str = ""
    hard: str = ""
    tomorrow: str = ""
    prompt: str | None = None

    def points(self) -> int:
        return self.impact or 0 if self.kind == "win" else 0

    def summary(self) -> str:
        """A one-line description for tables and confirmations."""
        if self.kind == "win":
            return self.text
        parts = [f"went well: {self.well}" if self.well else "",
                 f"hard: {self.hard}" if self.hard else "",
                 f"tomorrow: {self.tomorrow}" if self.tomorrow else ""]
        return " | ".join(p for p in parts if p) or "(reflection)"

    def with_changes(self, **changes: Any) -> Entry:
        return replace(self, **changes)


ENTRY_SCHEMA = "carecli.entry/1"  # the tag of an entry in JSON (`--json`, JSON Lines)


def to_json(entry: Entry) -> dict[str, Any]:
    data = asdict(entry)
    data["at"] = entry.at.isoformat()
    data["shift_day"] = entry.shift_day.isoformat()
    data["tags"] = list(entry.tags)
    return {key: data[key] for key in JSON_KEYS}


def from_json(data: Any) -> Entry:
    """Parse and validate one stored or imported entry; raises CareError naming the problem."""
    if not isinstance(data, dict):
        raise CareError("an entry must be a JSON object")
    unknown = set(data) - set(JSON_KEYS)
    if unknown:
        raise CareError(f"unknown field(s): {', '.join(sorted(unknown))}")
    kind = _choice(data.get("kind"), KINDS, "kind")
    at = _timestamp(data.get("at"))
    entry = Entry(
        id=_entry_id(data.get("id")),
        kind=kind,
        at=at,
        shift_day=_day(data.get("shift_day")),
        text=_text(data.get("text", ""), "text"),
        theme=_optional_str(data.get("theme"), "theme"),
        tags=_tags(data.get("tags", [])),
        impact=_optional_int(data.get("impact"), IMPACT_RANGE, "impact"),
        channel=_optional_choice(data.get("channel"), CHANNELS, "channel"),
        energy=_optional_int(data.get("energy"), ENERGY_RANGE, "energy"),
        well=_text(data.get("well", ""), "well"),
        hard=_text(data.get("hard", ""), "hard"),
        tomorrow=_text(data.get("tomorrow", ""), "tomorrow"),
        prompt=_optional_str(data.get("prompt"), "prompt"),
    )
    check(entry)
    return entry


def check(entry: Entry) -> None:
    """Rules every entry obeys, whatever its origin."""
    if entry.kind == "win":
        if not entry.text.strip():
            raise CareError("a win needs some text")
        if entry.impact not in IMPACT_RANGE:
            raise CareError(f"impact must be 1-5, got {entry.impact}")
    elif not (entry.well or entry.hard or entry.tomorrow or entry.energy):
        raise CareError("a reflection needs an energy level or at least one answer")


def clean_text(value: str, what: str) -> str:
    """User-typed text is stored as typed; only its length is limited, and it must be text
    that can be stored (no lone surrogates, which a wrongly encoded terminal or file gives)."""
    if len(value) > MAX_TEXT:
        raise CareError(f"{what} is too long ({len(value)} characters, at most {MAX_TEXT})")
    _encodable(value, what)
    return value


def _encodable(value: str, what: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise CareError(f"{what} holds bytes that are not text (not UTF-8?); "
                        "retype it or fix the file's encoding") from None


def clean_tags(values: list[str] | tuple[str, ...] | Iterable[str]) -> tuple[str, ...]:
    """Every stored tag goes through here (a win, the form, `journal edit`, import, the
    journal files): `#Refund`, `refund` and ` refund ` are one tag `refund`, shown as
    `#refund`. Spaces inside a tag become `-` (`call back` is `call-back`)."""
    tags = tuple(dict.fromkeys(t for t in map(tag_name, values) if t))
    if len(tags) > MAX_TAGS:
        raise CareError(f"at most {MAX_TAGS} tags per entry")
    for tag in tags:
        _encodable(tag, "a tag")
        if len(tag) > 50:
            raise CareError(f"tag too long (at most 50 characters): {tag[:20]!r}...")
    return tags


def tag_name(value: str) -> str:
    """A tag as stored: no leading `#`, lower case, `-` for the spaces inside."""
    return "-".join(value.strip().lstrip("#").split()).casefold()


# `#refund` in a win's text, after a space or at the start: a letter, then letters, digits,
# `-` or `_` (so `order #123` and `a#b` are not tags).
_INLINE_TAG = re.compile(r"(?<!\S)#([^\W\d_][\w-]*)")


def inline_tags(text: str) -> list[str]:
    """The `#tags` written in a win's text (the text keeps them as typed)."""
    return [match.rstrip("-") for match in _INLINE_TAG.findall(text)]


def _entry_id(value: Any) -> str:
    """Ids are checked in the form they are stored (lower case), so whatever passes here
    reads back: `İ` lower-cases to two code points and is refused, not stored."""
    key = value.lower() if isinstance(value, str) else value
    if not isinstance(key, str) or not 1 <= len(key) <= 32 or not (key.isascii()
                                                                 and key.isalnum()):
        raise CareError(f"id must be 1-32 ASCII letters and digits, got {value!r}")
    return key


def _choice(value: Any, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise CareError(f"{what} must be one of {', '.join(allowed)}, got {value!r}")
    return str(value)


def _optional_choice(value: Any, allowed: tuple[str, ...], what: str) -> str | None:
    return None if value is None else _choice(value, allowed, what)


def _optional_str(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise CareError(f"{what} must be a non-empty string or null")
    return value


def _optional_int(value: Any, allowed: range, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        raise CareError(f"{what} must be a whole number {allowed.start}-{allowed.stop - 1}")
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise CareError(f"{what} must be a string")
    return clean_text(value, what)


def _tags(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise CareError("tags must be a list of strings")
    return clean_tags(value)


def _timestamp(value: Any) -> datetime:
    try:
        at = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise CareError(f"at must be an ISO 8601 timestamp, got {value!r}") from None
    if at.tzinfo is None:
        raise CareError(f"at must include a UTC offset, got {value!r}")
    if not FIRST_YEAR <= at.year <= LAST_YEAR:  # also keeps shift-day arithmetic in range
        raise CareError(f"at must be a date from {FIRST_YEAR} to {LAST_YEAR}, got {value!r}")
    return at


def _day(value: Any) -> date:
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CareError(f"shift_day must be a date YYYY-MM-DD, got {value!r}") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise CareError(f"shift_day must be a date from {FIRST_YEAR} to {LAST_YEAR}, "
                        f"got {value!r}")
    return day
