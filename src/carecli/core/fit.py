"""Text that fits the terminal: its width (COLUMNS, else the terminal, else 80), display
width (wide CJK characters take two columns, combining marks none), and paragraphs broken
at spaces with each piece in its own style. The card, the win echo, the tables and the
progress view all measure with these, so they agree on what fits."""

from __future__ import annotations

import os
import sys
import unicodedata

from carecli.core.style import Style


def terminal_columns() -> int:
    """COLUMNS when set, else the terminal's width; 80 for a pipe, like most tools."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError, AttributeError):  # a pipe, or a test's captured stdout
        return 80


def width(text: str) -> int:
    """Display columns: wide (CJK) characters take two, combining marks none."""
    if text.isascii():  # the common case, and a table asks thousands of times
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else
               0 if unicodedata.combining(ch) else 1 for ch in text)


Segments = list[tuple[str, tuple[str, ...]]]


class Fit:
    """Lines at most `columns` wide, broken at spaces; each piece keeps its own style."""

    def __init__(self, style: Style, columns: int) -> None:
        self.style, self.columns = style, max(columns, 20)

    def one(self, text: str, *styles: str) -> str:
        return "\n".join(self.para([(text, styles)], ""))

    def para(self, segments: Segments, indent: str, hang: str = "") -> list[str]:
        """`segments` as one paragraph: the first line starts with `indent`, the next ones
        with `indent + hang`. Only a word wider than a whole line is ever cut."""
        lines: list[Segments] = [[]]
        used = start = width(indent)
        for word in _words(segments):
            size = sum(width(text) for text, _ in word)
            oversized = size > self.columns - width(indent + hang)  # cut wherever it falls
            if lines[-1] and (used + 2 > self.columns
                              or (used + 1 + size > self.columns and not oversized)):
                lines.append([])
                used = start = width(indent + hang)
            if lines[-1]:
                lines[-1].append((" ", ()))
                used += 1
            for text, styles in word:
                while used + width(text) > self.columns and (oversized or used == start):
                    cut = _fit(text, self.columns - used)
                    if cut:
                        lines[-1].append((text[:cut], styles))
                    lines.append([])
                    used = start = width(indent + hang)
                    text = text[cut:]
                lines[-1].append((text, styles))
                used += width(text)
        return [(indent if n == 0 else indent + hang) + self._paint(line)
                for n, line in enumerate(lines)]

    def _paint(self, line: Segments) -> str:
        merged: Segments = []
        for text, styles in line:
            if merged and (merged[-1][1] == styles or text == " "):
                merged[-1] = (merged[-1][0] + text, merged[-1][1])
            else:
                merged.append((text, styles))
        return "".join(self.style(text, *styles) for text, styles in merged)


def _words(segments: Segments) -> list[Segments]:
    """The paragraph's words; a word may be made of pieces in different styles."""
    words: list[Segments] = []
    spaced = True
    for text, styles in segments:
        for n, part in enumerate(text.split(" ")):
            if part:
                if n == 0 and not spaced and words:
                    words[-1].append((part, styles))
                else:
                    words.append([(part, styles)])
        spaced = text.endswith(" ") or not text
    return words


def _fit(text: str, room: int) -> int:
    used = 0
    for index, ch in enumerate(text):
        used += width(ch)
        if used > room:
            return index
    return len(text)
