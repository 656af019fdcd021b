"""Minimal terminal styling for the fast paths (the card, confirmations).

Rich costs more to import than the whole card may take, so these few ANSI codes are used
instead. Colour follows the usual conventions: NO_COLOR turns it off, FORCE_COLOR on,
otherwise only a real terminal gets colour.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from typing import TextIO

_CODES = {"bold": "1", "dim": "2", "italic": "3", "green": "32", "yellow": "33",
          "cyan": "36", "magenta": "35"}


def wants_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb" or not stream.isatty():
        return False
    return os.name != "nt" or _enable_windows_ansi()


def _enable_windows_ansi() -> bool:
    """Windows 10+ consoles understand ANSI codes once asked to; older ones get plain text."""
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.GetStdHandle(-11)
        mode = ctypes.c_uint32()
        if not kernel32.GetConsoleMode(handle, ctypes.byref(mode)):
            return False
        return bool(kernel32.SetConsoleMode(handle, mode.value | 0x0004))
    except (AttributeError, OSError):
        return False


class Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, *styles: str) -> str:
        if not self.color or not styles:
            return text
        codes = ";".join(_CODES[s] for s in styles)
        return f"\033[{codes}m{text}\033[0m"


def for_stream(stream: TextIO | None = None) -> Style:
    return Style(wants_color(stream or sys.stdout))
