"""The card in words (a terminal) and as data (`--json`, keys pinned by a test)."""

from __future__ import annotations

import os
import sys
import unicodedata

from carecli.card.build import CARD_SCHEMA, Card
from carecli.core import rules
from carecli.core.daystats import day_json
from carecli.core.rules import count
from carecli.core.style import Style
from carecli.core.textsafe import inert

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from typing import Any


def to_json(card: Card) -> dict[str, Any]:
    """The card as data; the keys are documented in the README and pinned by a test."""
    prompt, y = card.prompt, card.yesterday
    return {
        "schema": CARD_SCHEMA,
        "shift_day": card.day.isoformat(),
        "is_today": card.is_today,
        "first_run": card.first_run,
        "prompt": None if prompt is None else {
            "id": prompt.id, "theme": prompt.theme, "theme_title": card.theme_title,
            "kind": prompt.kind, "text": prompt.text, "evening": prompt.evening,
            "pack": prompt.pack},
        "yesterday": None if y is None else day_json(y),
        # The totals that beat last shift: `wins` whatever their impact, or `points` with
        # as many wins as it had (rules.Standing).
        "target": None if y is None else {"wins": y.wins + 1, "points": y.points + 1},
        "today": day_json(card.today),
        "standing": None if card.standing is None else card.standing.to_json(),
        "streak": {"current": card.streak, "best": card.best_streak},
        "intention": card.intention or None,
    }


def render_text(card: Card, style: Style, columns: int | None = None) -> str:
    """The card for a terminal `columns` wide (COLUMNS, else the terminal, else 80): every
    line is wrapped at spaces, so no word is cut and no line is wider than that."""
    fit = Fit(style, columns or terminal_columns())
    lines = [fit.one(_heading(card), "cyan", "bold"), ""]
    if card.prompt:
        lines += fit.para([(inert(card.prompt.text), ("bold",))], "  ")
        mark = f" · from {inert(card.pack_title)}" if card.pack_title else ""  # team pack
        lines += fit.para([(f"{card.theme_title} · {card.prompt.kind}{mark}", ("dim",))], "  ")
        lines.append("")
    lines += _first_run_lines(fit) if card.first_run else _progress_lines(card, fit)
    return "\n".join(lines)


def terminal_columns() -> int:
    """COLUMNS when set, else the terminal's width; 80 for a pipe, like most tools."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 80


def width(text: str) -> int:
    """Display columns: wide (CJK) characters take two, combining marks none."""
    if text.isascii():
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


def _heading(card: Card) -> str:
    when = "Today" if card.is_today else "Shift day"
    hello = f"Hello {inert(card.name)} · " if card.name else ""
    return f"{hello}{when}, {card.day:%A %d %B %Y}"


def _first_run_lines(fit: Fit) -> list[str]:
    return [
        *fit.para([("Welcome to carecli. Your journal is empty, and that is a fine place "
                    "to start.", ())], "  "),
        *fit.para([("When you help someone today, note it in a few seconds:", ())], "  "),
        *fit.para([('carecli win "Sorted a refund that had been stuck for a week"',
                    ("green",))], "    ", "  "),
        *fit.para([("Next shift, this card shows it as the high point to beat.", ())], "  "),
    ]


def _progress_lines(card: Card, fit: Fit) -> list[str]:
    lines: list[str] = []
    y = card.yesterday
    if y is not None:
        lines += fit.para([(f"Last shift ({y.day:%a %d %b}): {count(y.wins, 'win')}, "
                            f"{count(y.points, 'impact point')}", ())], "  ")
        if y.best:
            lines += fit.para([(f"High point: {inert(y.best.text)} ", ()),
                               (f"(impact {y.best.impact})", ("dim",))], "  ", "  ")
    lines += fit.para([(f"{'Today so far' if card.is_today else 'That day'}: "
                        f"{count(card.today.wins, 'win')}, "
                        f"{count(card.today.points, 'point')}", ())], "  ")
    if card.standing is not None:
        lines += fit.para([(rules.say(card.standing, card.today.wins), ("yellow",))], "  ")
    streak: Segments = [(f"Streak: {count(card.streak, 'shift day')}", ())]
    if card.best_streak > card.streak:
        streak.append((f" (best {card.best_streak})", ("dim",)))
    lines += fit.para(streak, "  ")
    if card.intention:
        lines += fit.para([("Your intention from last shift: ", ()),
                           (inert(card.intention), ("italic",))], "  ", "  ")
    return lines
