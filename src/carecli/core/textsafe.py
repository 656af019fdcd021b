"""Make user-typed text inert before it reaches a terminal."""

from __future__ import annotations

import unicodedata


def inert(text: str, keep_newlines: bool = False) -> str:
    """Control characters (an ESC starting a colour code, a bell) print as visible escapes,
    so a journal line shows exactly what was typed and can never restyle the terminal."""
    return "".join(_visible(ch, keep_newlines) for ch in text)


def _visible(ch: str, keep_newlines: bool) -> str:
    if ch == "\n":
        return "\n" if keep_newlines else " "
    if ch == "\t":
        return " "
    if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d":
        return ch.encode("unicode_escape").decode("ascii")
    return ch
