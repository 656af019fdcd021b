"""`carecli team pack`: the team's prompt suggestions turned into a prompt pack the lead
edits and shares (each agent then runs `carecli prompts add FILE`).

The pack is written as commented TOML: every suggestion is one prompt of the default
theme (`team-number-ten`, "Our team's own line", or the first theme when an install lacks
it) and kind `intention`, the comments list the themes and kinds to choose from. Prompt
ids are `<pack name>-own-<n>`; the order is shuffled, so it says nothing about whose.
What is written is checked the way `prompts add` checks it (`prompts.check_shareable`).

Domain code: plain data in and out, nothing printed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from carecli.core.errors import CareError

DEFAULT_THEME = "team-number-ten"
DEFAULT_KIND = "intention"
MAX_NAME = 40


def pack_name(title: str) -> str:
    """The pack's name from its title: lowercase letters, digits and dashes."""
    name = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:MAX_NAME].strip("-")
    if not name:
        raise CareError("--name needs at least one letter or digit (it names the pack)")
    return name if name != "core" else "core-team"


def default_theme(themes: Mapping[str, str]) -> str:
    if not themes:
        raise CareError("no themes are installed")
    return DEFAULT_THEME if DEFAULT_THEME in themes else next(iter(themes))


def _toml(text: str) -> str:
    """A TOML basic string (JSON's escapes are all valid TOML)."""
    return json.dumps(text, ensure_ascii=False)


def pack_text(title: str, suggestions: Sequence[str], themes: Mapping[str, str],
              agents: int) -> str:
    """The commented TOML of a pack with one prompt per suggestion; `themes` maps the
    theme ids to their titles."""
    title = " ".join(title.split())
    if not title or len(title) > 300:
        raise CareError("--name must be 1-300 characters")
    if not suggestions:
        raise CareError("no suggestions to make a pack of")
    name, theme = pack_name(title), default_theme(themes)
    width = max(len(t) for t in themes)
    lines = [
        f"# {title}: the team's own #10, a carecli prompt pack.",
        f"# Made from {len(suggestions)} prompt suggestions sent by {agents} agents "
        "(anonymous, shuffled).",
        "# Edit it, then share it: each agent runs  carecli prompts add FILE",
        "#",
        "# Each [[prompt]]: id (lowercase letters, digits, dashes; unique), theme, kind, text",
        "# (at most 300 characters); optional: evening (a question for the evening), tags,",
        "# channel, shift. Delete a [[prompt]] block to leave that suggestion out.",
        "# kind: intention, reflection, challenge or reframe.",
        f'# theme: every prompt starts as "{theme}"; change it to the theme it fits:',
        *(f"#   {tid:<{width}}  {title_}" for tid, title_ in themes.items()),
        "",
        "[pack]",
        f"name = {_toml(name)}",
        f"title = {_toml(title)}",
        f"description = {_toml('Prompts our team wrote for itself.')}",
    ]
    for number, text in enumerate(suggestions, start=1):
        lines += ["", "[[prompt]]", f'id = "{name}-own-{number}"', f"theme = {_toml(theme)}",
                  f"kind = {_toml(DEFAULT_KIND)}", f"text = {_toml(text)}"]
    return "\n".join(lines) + "\n"
