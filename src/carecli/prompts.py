"""Prompt packs: TOML files of short prompts, each tied to one inspiration theme.

Built-in packs ship in `prompts/`; team packs are validated and copied into
`<home>/packs/`. Standard library only: the shift-start card loads these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

from carecli.core import paths
from carecli.core.errors import CareError
from carecli.core.settings import CHANNELS, SHIFTS

PROMPT_KINDS = ("intention", "reflection", "challenge", "reframe")
MAX_TAGS = 8
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
MAX_PROMPT_TEXT = 300
MAX_PACK_BYTES = 1_000_000
MAX_PACK_PROMPTS = 2000

T = TypeVar("T")


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    summary: str


@dataclass(frozen=True)
class Prompt:
    id: str
    theme: str
    kind: str
    text: str
    evening: str
    pack: str
    # Optional: situations this prompt is written for ("distress", "night", ...), the one
    # channel it is worded for, and the shift it assumes. Empty means "any".
    tags: tuple[str, ...] = ()
    channel: str = ""
    shift: str = ""


@dataclass(frozen=True)
class Pack:
    name: str
    title: str
    description: str
    prompts: tuple[Prompt, ...]
    builtin: bool
    path: Path


PROMPTS_SCHEMA = "carecli.prompts/1"
PROMPT_SCHEMA = "carecli.prompt/1"
THEMES_SCHEMA = "carecli.themes/1"
PACKS_SCHEMA = "carecli.packs/1"


def prompt_json(prompt: Prompt) -> dict[str, object]:
    return {"id": prompt.id, "theme": prompt.theme, "kind": prompt.kind, "text": prompt.text,
            "evening": prompt.evening, "pack": prompt.pack}


def load_themes() -> dict[str, Theme]:
    data = _read_toml(Path(paths.builtin_prompts_dir()) / "themes.toml")
    return {t["id"]: Theme(t["id"], t["title"], t["summary"]) for t in data["theme"]}


def load_packs(base: Path, themes: dict[str, Theme] | None = None) -> list[Pack]:
    """Built-in packs first, then the agent's team packs, each validated."""
    known = themes if themes is not None else load_themes()
    team_dir = paths.packs_dir(base)
    team = sorted(team_dir.glob("*.toml")) if team_dir.is_dir() else []
    return builtin_packs(known) + [parse_pack(p, known, builtin=False) for p in team]


def builtin_packs(themes: dict[str, Theme]) -> list[Pack]:
    files = sorted(p for p in Path(paths.builtin_prompts_dir()).glob("*.toml")
                   if p.name != "themes.toml")
    return [parse_pack(p, themes, builtin=True) for p in files]


def all_prompts(packs: list[Pack]) -> list[Prompt]:
    return [prompt for pack in packs for prompt in pack.prompts]


def parse_pack(path: Path, themes: dict[str, Theme], builtin: bool = False) -> Pack:
    """Read and validate a pack; any problem refuses the whole pack with the reason."""
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            raise CareError(f"pack {path} is larger than {MAX_PACK_BYTES // 1000} kB")
    except OSError as err:
        raise CareError(f"cannot read pack {path}: {err.strerror or err}") from None
    data = _read_toml(path)
    try:
        return _validate(data, themes, path, builtin)
    except CareError as err:
        raise CareError(f"pack {path}: {err}") from None


class _Problems:
    """The problems found in a pack, collected so that one refusal lists all of them."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def check(self, read: Callable[[], T], default: T) -> T:
        """`read()`, or `default` after noting the problem it raised."""
        try:
            return read()
        except CareError as err:
            self.found.append(str(err))
            return default

    def note(self, problem: str) -> None:
        self.found.append(problem)

    def raise_any(self) -> None:
        if len(self.found) == 1:
            raise CareError(self.found[0])
        if self.found:
            raise CareError(f"{len(self.found)} problems: {'; '.join(self.found)}")


def _validate(data: dict[str, Any], themes: dict[str, Theme], path: Path, builtin: bool) -> Pack:
    problems = _Problems()
    header = data.get("pack")
    name = ""
    if not isinstance(header, dict):
        problems.note("missing [pack] table with a name")
        header = {}
    else:
        name = problems.check(lambda: _identifier(header.get("name"), "pack name"), "")
    title = problems.check(lambda: _optional_text(header.get("title"), "title"), "")
    description = problems.check(lambda: _optional_text(header.get("description"),
                                                        "description"), "")
    raw_prompts = data.get("prompt")
    if not isinstance(raw_prompts, list) or not raw_prompts:
        problems.note("no [[prompt]] entries")
        raw_prompts = []
    if len(raw_prompts) > MAX_PACK_PROMPTS:
        problems.note(f"more than {MAX_PACK_PROMPTS} prompts")
        raw_prompts = []
    prompts: list[Prompt] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_prompts, start=1):
        prompt = _prompt(raw, themes, name, number, problems)
        if prompt is None:
            continue
        if prompt.id in seen:
            problems.note(f"prompt id {prompt.id!r} is used twice")
        seen.add(prompt.id)
        prompts.append(prompt)
    problems.raise_any()
    return Pack(name, title or name, description, tuple(prompts), builtin, path)


def _prompt(raw: Any, themes: dict[str, Theme], pack: str, number: int,
            problems: _Problems) -> Prompt | None:
    """The prompt, or None when it has problems (each one noted)."""
    where = f"prompt #{number}"
    if not isinstance(raw, dict):
        problems.note(f"{where} is not a table")
        return None
    before = len(problems.found)
    unknown = set(raw) - {"id", "theme", "kind", "text", "evening", "tags", "channel", "shift"}
    if unknown:
        problems.note(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    prompt_id = problems.check(lambda: _identifier(raw.get("id"), f"{where} id"), "")
    if prompt_id:
        where = f"prompt {prompt_id!r}"
    theme = raw.get("theme")
    if theme not in themes:
        problems.note(f"{where}: unknown theme {theme!r}{did_you_mean(theme, themes)}")
    kind = raw.get("kind")
    if kind not in PROMPT_KINDS:
        problems.note(f"{where}: kind must be one of {', '.join(PROMPT_KINDS)}, got {kind!r}")
    text = problems.check(lambda: _optional_text(raw.get("text"), f"{where} text"), "-")
    if not text:
        problems.note(f"{where}: text is empty")
    evening = problems.check(lambda: _optional_text(raw.get("evening"), f"{where} evening"),
                             "")
    no_tags: tuple[str, ...] = ()
    tags = problems.check(lambda: _tags(raw.get("tags"), where), no_tags)
    channel = problems.check(lambda: _choice(raw.get("channel"), CHANNELS,
                                             f"{where}: channel"), "")
    shift = problems.check(lambda: _choice(raw.get("shift"), SHIFTS, f"{where}: shift"), "")
    if len(problems.found) > before:
        return None
    return Prompt(prompt_id, str(theme), str(kind), text, evening, pack, tags, channel, shift)


def _tags(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CareError(f"{where}: tags must be a list of names, like [\"night\"]")
    if len(value) > MAX_TAGS:
        raise CareError(f"{where}: more than {MAX_TAGS} tags")
    tags = tuple(_identifier(tag, f"{where} tag") for tag in value)
    if len(set(tags)) != len(tags):
        raise CareError(f"{where}: a tag is listed twice")
    return tags


def _choice(value: Any, choices: tuple[str, ...], what: str) -> str:
    if value is None:
        return ""
    if value not in choices:
        raise CareError(f"{what} must be one of {', '.join(choices)}, got {value!r}"
                        f"{did_you_mean(value, choices)}")
    return str(value)


def _identifier(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _ID.fullmatch(value):  # `$` would allow a "\n"
        raise CareError(f"{what} must be lowercase letters, digits and dashes, got {value!r}")
    return value


def _optional_text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CareError(f"{what} must be text")
    text = " ".join(value.split())
    if len(text) > MAX_PROMPT_TEXT:
        raise CareError(f"{what} is longer than {MAX_PROMPT_TEXT} characters")
    return text


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # here, not at the top: `win` resolves themes without reading TOML

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise CareError(f"no such file: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise CareError(f"{path} is not valid TOML ({err})") from None
    except RecursionError:
        raise CareError(f"{path} is nested too deeply to be a prompt pack") from None
    except OSError as err:
        raise CareError(f"cannot read {path}: {err.strerror or err}") from None


def did_you_mean(value: Any, choices: Any) -> str:
    if not isinstance(value, str):
        return ""
    import difflib

    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def resolve_theme(value: str, themes: Mapping[str, object]) -> str:
    """A theme by its id or a unique prefix of it; British spellings of the ids' words
    are taken too ("drop-the-defence")."""
    key = value.strip().lower()
    if key not in themes and "defence" in key:
        key = key.replace("defence", "defense")
    if key in themes:
        return key
    matches = [t for t in themes if t.startswith(key)] if key else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise CareError(f"theme {value!r} is ambiguous: {', '.join(matches)}")
    raise CareError(f"unknown theme {value!r}{did_you_mean(key, themes)}; "
                    "see `carecli prompts themes`")


def check_shareable(path: Path, themes: dict[str, Theme]) -> Pack:
    """A team pack as `add_pack` checks it on any install: valid, with a name and prompt
    ids that no built-in pack uses."""
    pack = parse_pack(path, themes)
    builtin = builtin_packs(themes)
    if pack.name in {p.name for p in builtin}:
        raise CareError(f"pack name {pack.name!r} belongs to a built-in pack; rename yours")
    taken = {p.id for other in builtin for p in other.prompts}
    clash = next((p.id for p in pack.prompts if p.id in taken), None)
    if clash is not None:
        raise CareError(f"prompt id {clash!r} is already used by a built-in pack")
    return pack


def add_pack(base: Path, source: Path, replace: bool = False,
             warn: Callable[[str], None] | None = None) -> Pack:
    """Validate a team pack and install it; nothing changes when it is refused. Each
    finding of the text lint (carecli.packlint) goes to `warn` (default: a
    `carecli: warning:` line on stderr); findings never refuse a valid pack."""
    themes = load_themes()
    pack = parse_pack(source, themes)
    installed = {p.name: p for p in load_packs(base, themes)}
    existing = installed.get(pack.name)
    if existing and existing.builtin:
        raise CareError(f"pack name {pack.name!r} belongs to a built-in pack; rename yours")
    if existing and not replace:
        raise CareError(f"a pack named {pack.name!r} is already installed; "
                        "use --replace to update it")
    taken = {p.id: other.name for other in installed.values() if other.name != pack.name
             for p in other.prompts}
    clashes = [f"prompt id {p.id!r} is already used by pack {taken[p.id]!r}"
               for p in pack.prompts if p.id in taken]
    if clashes:
        raise CareError(clashes[0] if len(clashes) == 1
                        else f"{len(clashes)} problems: {'; '.join(clashes)}")
    target_dir = paths.packs_dir(base)
    paths.ensure_private_dir(target_dir)
    target = target_dir / f"{pack.name}.toml"
    from carecli.core import atomic
    atomic.write_text(target, source.read_text(encoding="utf-8"))
    installed_pack = parse_pack(target, themes)
    from carecli.packlint import lint_pack

    for finding in lint_pack(installed_pack.prompts):
        (warn or _warn)(f"pack {pack.name!r}: {finding}")
    return installed_pack


def _warn(message: str) -> None:
    import sys

    print(f"carecli: warning: {message}", file=sys.stderr)


def remove_pack(base: Path, name: str) -> Pack:
    packs = {p.name: p for p in load_packs(base)}
    pack = packs.get(name)
    if pack is None:
        raise CareError(f"no pack named {name!r}{did_you_mean(name, packs)}")
    if pack.builtin:
        raise CareError(f"{name!r} is built in and cannot be removed")
    pack.path.unlink()
    return pack


def find_prompt(prompts: list[Prompt], prompt_id: str) -> Prompt:
    for prompt in prompts:
        if prompt.id == prompt_id:
            return prompt
    raise CareError(f"no prompt {prompt_id!r}{did_you_mean(prompt_id, [p.id for p in prompts])}")


