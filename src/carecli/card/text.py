"""The card in words (a terminal) and as data (`--json`, keys pinned by a test)."""

from __future__ import annotations

from carecli.card.build import CARD_SCHEMA, Card
from carecli.core import rules
from carecli.core.daystats import day_json
from carecli.core.fit import Fit, Segments, terminal_columns
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
