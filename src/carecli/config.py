"""Settings in a small TOML file; a fresh install needs none of them."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carecli.core import atomic, paths
from carecli.core.errors import CareError, DamagedFileError
from carecli.core.settings import CHANNELS, SCRUB_ON_CAPTURE, SHIFTS, WEEKDAYS, Settings

__all__ = ["KEYS", "SETTINGS_SCHEMA", "WEEKDAYS", "Settings", "as_dict", "load", "save",
           "with_value"]

SETTINGS_SCHEMA = "carecli.settings/1"  # `config show --json`: the tag, then every setting


@dataclass(frozen=True)
class Key:
    """A setting: its help, the parser of what a user types (`config set` and the file
    both go through it), and its canonical text (what `parse` reads back the same)."""

    help: str
    parse: Callable[[str], Any]
    text: Callable[[Any], str] = str


def _parse_name(value: str) -> str:
    value = value.strip()
    if len(value) > 80:
        raise CareError("name: at most 80 characters")
    _one_line("name", value)
    return value


def _one_line(key: str, value: str) -> None:
    """No line breaks, control characters or lone surrogates: the value is shown on one
    line (the card, `config show`) and must survive being written as UTF-8."""
    import unicodedata

    if any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") for ch in value):
        raise CareError(f"{key}: no line breaks or control characters, got {value!r}")


def _parse_hour(value: str) -> int:
    # ASCII digits only: int() would also take '1_0' (10) and other scripts' digits.
    text = value.strip()
    digits = text[1:] if text[:1] in ("+", "-") else text
    if not (digits.isascii() and digits.isdigit()):
        raise CareError(f"rollover_hour: expected a whole hour 0-23, got {value!r}")
    hour = int(text)
    if not 0 <= hour <= 23:
        raise CareError(f"rollover_hour: expected a whole hour 0-23, got {hour}")
    return hour


def _parse_workdays(value: str) -> tuple[str, ...]:
    """'mon-fri', 'mon,wed,fri', 'sun-thu' (ranges wrap), or 'none'."""
    text = value.strip().lower()
    if text == "none":
        return ()
    chosen: set[int] = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        first, dash, last = part.partition("-")
        if dash and not last.strip():
            raise CareError(f"workdays: {part!r} is not a range like 'mon-fri'")
        start, end = _weekday_index(first), _weekday_index(last if dash else first)
        span = (end - start) % 7
        chosen.update((start + i) % 7 for i in range(span + 1))
    if not chosen:
        raise CareError("workdays: expected days like 'mon-fri' or 'mon,wed,fri'")
    return tuple(WEEKDAYS[i] for i in sorted(chosen))


DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_index(token: str) -> int:
    """'mon', 'mond' ... 'monday' (not 'mo', not 'monsoon', not 'tue-wed')."""
    key = token.strip()
    for index, day in enumerate(DAY_NAMES):
        if len(key) >= 3 and day.startswith(key):
            return index
    raise CareError(f"workdays: unknown day {key!r} (use mon, tue, ... sun)")


def _parse_words(value: str) -> tuple[str, ...]:
    words = tuple(dict.fromkeys(w.strip() for w in value.split(",") if w.strip()))
    for word in words:
        _one_line("scrub words", word)
    return words


def _words_text(value: tuple[str, ...]) -> str:
    return ",".join(value)


def _parse_channels(value: str) -> tuple[str, ...]:
    """'all' (the default), or some of phone, chat, email, ... comma-separated."""
    text = value.strip().lower()
    if text == "all":
        return ()
    chosen = {p.strip() for p in text.split(",") if p.strip()}
    unknown = sorted(chosen - set(CHANNELS))
    if unknown or not chosen:
        raise CareError(f"channels: expected 'all' or some of {', '.join(CHANNELS)}, "
                        f"got {value!r}")
    return tuple(c for c in CHANNELS if c in chosen)


def _parse_on_capture(value: str) -> str:
    text = value.strip().lower()
    if text not in SCRUB_ON_CAPTURE:
        raise CareError(f"scrub_on_capture: expected one of {', '.join(SCRUB_ON_CAPTURE)}, "
                        f"got {value!r}")
    return text


def _parse_shift(value: str) -> str:
    text = value.strip().lower()
    if text not in SHIFTS:
        raise CareError(f"shift: expected one of {', '.join(SHIFTS)}, got {value!r}")
    return text


KEYS: dict[str, Key] = {
    "name": Key("your display name, shown on the card; never exported", _parse_name),
    "rollover_hour": Key("hour (0-23) at which a new shift day starts; default 4", _parse_hour),
    "workdays": Key("days you normally work, e.g. mon-fri or sun-thu; default mon-fri",
                    _parse_workdays, lambda days: ",".join(days) or "none"),
    "scrub_always": Key("comma-separated words always scrubbed from excerpts", _parse_words,
                        _words_text),
    "scrub_keep": Key("comma-separated words never scrubbed (product names)", _parse_words,
                      _words_text),
    "channels": Key("channels you work, e.g. chat,email; the card prefers prompts for them; "
                    "default all", _parse_channels, lambda chosen: ",".join(chosen) or "all"),
    "shift": Key("the shift you work: day, evening or night; the card prefers prompts for "
                 "it; default day", _parse_shift),
    "scrub_on_capture": Key("when a win or reflection mentions personal data: ask (offer the "
                            "scrubbed text), always (keep it scrubbed) or never (no check); "
                            "default ask", _parse_on_capture),
}


def load(base: Path) -> Settings:
    path = paths.config_file(base)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except UnicodeDecodeError:
        raise DamagedFileError(f"settings file {path} is not UTF-8 text; fix or delete "
                               "it") from None
    except OSError as err:
        raise DamagedFileError(f"settings file {path} cannot be read "
                               f"({err.strerror or err})") from None
    try:
        data = tomllib.loads(raw)
    except (tomllib.TOMLDecodeError, RecursionError) as err:
        raise DamagedFileError(f"settings file {path} is not valid TOML ({err})") from None
    return _from_toml(data, path)


def _from_toml(data: dict[str, Any], path: Path) -> Settings:
    """Every stored value goes through the parser `config set` uses, so the file accepts
    exactly what `config set` accepts."""
    extra = {k: v for k, v in data.items() if k not in KEYS}
    values: dict[str, Any] = {}
    for key, spec in KEYS.items():
        if key not in data:
            continue
        try:
            values[key] = spec.parse(_stored_text(key, spec, data[key]))
        except CareError as err:
            raise DamagedFileError(f"settings file {path}: {err}") from None
    return Settings().replace(extra=extra, **values)


# The TOML type each key is stored as (what `save` writes): a text, a whole number, or a
# list of texts. Anything else in the file is a mistake to name, not to guess around.
LIST_KEYS = frozenset({"workdays", "scrub_always", "scrub_keep", "channels"})


def _stored_text(key: str, spec: Key, raw: object) -> str:
    """The stored value as the text `config set` would have been given."""
    if key in LIST_KEYS:
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise CareError(f"{key}: expected a list of texts like [\"mon\", \"tue\"], "
                            f"got {_toml_type(raw)}")
        return str(spec.text(tuple(raw)))
    expected = int if key == "rollover_hour" else str
    if isinstance(raw, bool) or not isinstance(raw, expected):
        wanted = "a whole number" if expected is int else "a text in quotes"
        raise CareError(f"{key}: expected {wanted}, got {_toml_type(raw)}")
    return str(raw)


def _toml_type(raw: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "a text",
             list: "a list", dict: "a table"}
    return next((name for kind, name in names.items() if isinstance(raw, kind)),
                type(raw).__name__)


def with_value(settings: Settings, key: str, value: str) -> Settings:
    """The settings with one value changed, validated; nothing is saved."""
    spec = KEYS.get(key)
    if spec is None:
        raise CareError(f"unknown setting {key!r}; known: {', '.join(KEYS)}")
    return settings.replace(**{key: spec.parse(value)})


def as_dict(settings: Settings) -> dict[str, Any]:
    data = {key: getattr(settings, key) for key in KEYS}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()} | settings.extra


def save(base: Path, settings: Settings) -> None:
    import tomli_w

    paths.ensure_private_dir(base)
    atomic.write_text(paths.config_file(base), tomli_w.dumps(as_dict(settings)))
