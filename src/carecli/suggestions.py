"""An agent's own prompt suggestions (the team's "#10"), kept in `<home>/suggestions.json`.

`carecli prompts suggest "TEXT"` stores one; nothing leaves the machine until the agent
runs `carecli export --suggestions`, which scrubs them and shows them in the preview.
The text is kept as typed, whitespace made single spaces; it is at most
MAX_SUGGESTION_CHARS long, the length a prompt of a pack may have, so a lead can turn
every suggestion into a prompt as it is.

Domain code: plain data in and out, nothing printed.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from carecli.core.errors import CareError

SUGGESTIONS_SCHEMA = "carecli.suggestions/1"  # the file, and `prompts suggest --list --json`
FILE_NAME = "suggestions.json"
MAX_SUGGESTION_CHARS = 300  # prompts.MAX_PROMPT_TEXT: a suggestion fits a pack as it is
MIN_SUGGESTION_CHARS = 10
MAX_SUGGESTIONS = 20


def clean(text: str) -> str:
    """Control and format characters made spaces, runs of whitespace one space."""
    return " ".join("".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
                            else ch for ch in text).split())


def load(home: Path) -> list[str]:
    """The stored suggestions, oldest first ([] when none were stored)."""
    path = home / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as err:
        raise CareError(f"cannot read {path} ({type(err).__name__}); fix or delete it") from None
    items = data.get("suggestions") if isinstance(data, dict) else None
    if (not isinstance(data, dict) or data.get("schema") != SUGGESTIONS_SCHEMA
            or not isinstance(items, list) or not all(isinstance(i, str) for i in items)):
        raise CareError(f"{path} is not a carecli suggestions file; fix or delete it")
    return list(items)


def _save(home: Path, items: list[str]) -> None:
    from carecli.core import atomic, paths

    paths.ensure_private_dir(home)
    body = {"schema": SUGGESTIONS_SCHEMA, "suggestions": items}
    atomic.write_text(home / FILE_NAME, json.dumps(body, ensure_ascii=False, indent=2) + "\n")


def add(home: Path, text: str) -> tuple[int, str]:
    """Store a suggestion; its number (1-based) and the text as stored."""
    cleaned = clean(text)
    if len(cleaned) < MIN_SUGGESTION_CHARS:
        raise CareError(f"a suggestion needs at least {MIN_SUGGESTION_CHARS} characters, "
                        "a line a colleague could act on")
    if len(cleaned) > MAX_SUGGESTION_CHARS:
        raise CareError(f"a suggestion is at most {MAX_SUGGESTION_CHARS} characters "
                        f"(a prompt's length), not {len(cleaned)}")
    items = load(home)
    folded = [i.casefold() for i in items]
    if cleaned.casefold() in folded:
        raise CareError(f"already stored as #{folded.index(cleaned.casefold()) + 1}")
    if len(items) >= MAX_SUGGESTIONS:
        raise CareError(f"at most {MAX_SUGGESTIONS} suggestions are kept; remove one first "
                        "(carecli prompts suggest --remove N)")
    items.append(cleaned)
    _save(home, items)
    return len(items), cleaned


def remove(home: Path, number: int) -> str:
    """Remove suggestion `number` (as `--list` numbers them); its text."""
    items = load(home)
    if not items:
        raise CareError("no suggestions are stored")
    if not 1 <= number <= len(items):
        raise CareError(f"no suggestion #{number}; they are numbered 1 to {len(items)}")
    gone = items.pop(number - 1)
    _save(home, items)
    return gone
