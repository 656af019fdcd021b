"""This install's pseudonym: the random name its summaries carry, kept in
`<home>/identity.json` (load, make a fresh one, keep it, rotate it).

Nothing about the agent goes into it: `agent-` and random characters.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from carecli.core import atomic, paths
from carecli.core.errors import CareError

IDENTITY_FILE = "identity.json"
# `agent-` and random characters; never derived from the agent's name.
PSEUDONYM = re.compile(r"agent-[a-z0-9]{6,32}")
_PSEUDONYM_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i look-alikes
_PSEUDONYM_LENGTH = 10


def identity_file(base: Path) -> Path:
    return base / IDENTITY_FILE


def load_pseudonym(base: Path) -> str | None:
    """This install's random pseudonym, or None before the first export."""
    path = identity_file(base)
    damaged = (f"{path} is damaged; `carecli config new-pseudonym` replaces it with a new "
               "random pseudonym")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError):
        raise CareError(damaged) from None
    value = data.get("pseudonym") if isinstance(data, dict) else None
    if not isinstance(value, str) or not PSEUDONYM.fullmatch(value):
        raise CareError(damaged)
    return value


def fresh_pseudonym() -> str:
    """`agent-` and ten random characters: nothing about the agent is in it."""
    import secrets

    return "agent-" + "".join(secrets.choice(_PSEUDONYM_ALPHABET)
                              for _ in range(_PSEUDONYM_LENGTH))


def keep_pseudonym(base: Path, value: str) -> None:
    """Store the pseudonym in `<home>/identity.json`, readable by the owner only."""
    if not PSEUDONYM.fullmatch(value):
        raise CareError(f"not a pseudonym: {value!r}")
    paths.ensure_private_dir(base)
    atomic.write_text(identity_file(base), json.dumps({"pseudonym": value}) + "\n")


def rotate_pseudonym(base: Path) -> str:
    """A new random pseudonym for future summaries (old summaries keep the old one)."""
    value = fresh_pseudonym()
    keep_pseudonym(base, value)
    return value
