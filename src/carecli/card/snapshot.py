"""What the card needs from the settings and prompt packs, compiled into one small file.

Parsing TOML costs more than the whole card may take, so the settings, theme titles and
prompts are read once and kept in `<home>/card-cache.bin` (marshal), along with the size
and modification time of every source file. When any source changes, the next card
rebuilds the cache through the normal, validating loaders.
This module is on the shift-start path: `os` and `marshal` only.
"""

from __future__ import annotations

import marshal
import os

from carecli.core.settings import Settings

CACHE_VERSION = 6
CACHE_NAME = "card-cache.bin"


class PromptInfo:
    """A prompt as the card and `lift` need it; tags, channel and shift are optional
    (empty: any situation, any channel, any shift)."""

    __slots__ = ("channel", "evening", "id", "kind", "pack", "shift", "tags", "text", "theme")

    def __init__(self, id: str, theme: str, kind: str, text: str, evening: str,
                 pack: str, tags: tuple[str, ...] = (), channel: str = "",
                 shift: str = "") -> None:
        self.id, self.theme, self.kind = id, theme, kind
        self.text, self.evening, self.pack = text, evening, pack
        self.tags, self.channel, self.shift = tuple(tags), channel, shift

    def as_row(self) -> tuple[object, ...]:
        return (self.id, self.theme, self.kind, self.text, self.evening, self.pack,
                list(self.tags), self.channel, self.shift)


def _prompt_of(row: tuple[object, ...]) -> PromptInfo | None:
    """A cached row back as a PromptInfo; None when it is not what `as_row` writes."""
    if not (isinstance(row, tuple) and len(row) == 9):
        return None
    id, theme, kind, text, evening, pack, tags, channel, shift = row
    if not (isinstance(id, str) and isinstance(theme, str) and isinstance(kind, str)
            and isinstance(text, str) and isinstance(evening, str) and isinstance(pack, str)
            and isinstance(tags, list) and _strings(tags) and isinstance(channel, str)
            and isinstance(shift, str)):
        return None
    return PromptInfo(id, theme, kind, text, evening, pack, tuple(tags), channel, shift)


class CardInputs:
    """The settings (as config.load gave them), theme titles, the prompt pool and the
    team packs' titles by name (built-in packs are not in it)."""

    __slots__ = ("pack_titles", "prompts", "settings", "theme_titles")

    def __init__(self, settings: Settings, theme_titles: dict[str, str],
                 prompts: list[PromptInfo], pack_titles: dict[str, str] | None = None
                 ) -> None:
        self.settings, self.theme_titles, self.prompts = settings, theme_titles, prompts
        self.pack_titles = pack_titles or {}


def load(home: str) -> CardInputs:
    stamp = _sources_stamp(home)
    cached = _read_cache(home, stamp)
    if cached is not None:
        return cached
    inputs = _build(home)
    _write_cache(home, stamp, inputs)
    return inputs


def _sources_stamp(home: str) -> list[tuple[str, int, int, int]]:
    from carecli.core.paths import builtin_prompts_dir

    files = [os.path.join(home, "config.toml")]
    for folder in (builtin_prompts_dir(), os.path.join(home, "packs")):
        try:  # noqa: SIM105 (contextlib would cost an import at shift start)
            files += [os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".toml")]
        except FileNotFoundError:
            pass
    stamp = []
    for path in sorted(files):
        try:
            info = os.stat(path)
        except FileNotFoundError:
            continue
        stamp.append((path, info.st_mtime_ns, info.st_size, info.st_ino))
    return stamp


def _read_cache(home: str, stamp: list[tuple[str, int, int, int]]) -> CardInputs | None:
    try:
        with open(os.path.join(home, CACHE_NAME), "rb") as handle:
            body = marshal.loads(handle.read())
        if body["version"] != CACHE_VERSION or body["stamp"] != stamp:
            return None
        settings, titles, rows, packs = body["inputs"]
        pool = [_prompt_of(r) for r in rows]
        if not (_valid_settings(settings) and _strings(titles.keys()) and _strings(
                titles.values()) and all(pool) and _strings(packs.keys())
                and _strings(packs.values())):
            return None  # readable but not what this version writes: rebuild it
        return CardInputs(Settings.from_row(settings), titles,
                          [p for p in pool if p is not None], packs)
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _strings(values: object) -> bool:
    return all(isinstance(v, str) for v in values)  # type: ignore[attr-defined]


def _valid_settings(row: object) -> bool:
    """The settings row as `_write_cache` stores it, every field of the right type."""
    from carecli.core.settings import CHANNELS, SCRUB_ON_CAPTURE, SHIFTS, WEEKDAYS

    if not isinstance(row, tuple) or len(row) != 8:
        return False
    name, hour, workdays, always, keep, channels, shift, on_capture = row
    return (isinstance(name, str) and type(hour) is int and 0 <= hour <= 23
            and isinstance(workdays, list) and all(d in WEEKDAYS for d in workdays)
            and isinstance(always, list) and _strings(always)
            and isinstance(keep, list) and _strings(keep)
            and isinstance(channels, list) and all(c in CHANNELS for c in channels)
            and shift in SHIFTS and on_capture in SCRUB_ON_CAPTURE)


def _build(home: str) -> CardInputs:
    """The slow path: validate settings and packs with the full loaders."""
    from pathlib import Path

    from carecli import config, prompts  # noqa: TID251 - rare snapshot rebuild only
    base = Path(home)
    settings = config.load(base)
    themes = prompts.load_themes()
    packs = prompts.load_packs(base, themes)
    pool = prompts.all_prompts(packs)
    return CardInputs(
        settings, {t.id: t.title for t in themes.values()},
        [PromptInfo(p.id, p.theme, p.kind, p.text, p.evening, p.pack, p.tags, p.channel,
                    p.shift) for p in pool],
        {p.name: p.title for p in packs if not p.builtin},
    )


def _write_cache(home: str, stamp: list[tuple[str, int, int, int]], inputs: CardInputs) -> None:
    from carecli.core import atomic, paths
    rows = [p.as_row() for p in inputs.prompts]
    body = {"version": CACHE_VERSION, "stamp": stamp,
            "inputs": (inputs.settings.as_row(), inputs.theme_titles, rows,
                       inputs.pack_titles)}
    try:
        paths.ensure_private_dir(home)
        atomic.write_bytes(os.path.join(home, CACHE_NAME), marshal.dumps(body))
    except (OSError, ValueError):
        pass  # a read-only home still gets its card, just without the speed-up
