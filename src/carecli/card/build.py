"""The shift-start card: the day's prompt, last shift's high point, today so far, streak.

This is the hot path, run at every shift start and often in every new terminal. It reads
the compiled settings and prompts (snapshot), the per-day figures (daystats) and the
rotation state, and imports only `os`, `marshal`, `zlib` and `datetime` from the standard
library: no TOML, JSON, dataclasses or typing (each costs more than the card may take).
"""

from __future__ import annotations

import os
from datetime import date, datetime

from carecli.card import rotation, snapshot
from carecli.card.snapshot import CardInputs, PromptInfo
from carecli.core import daystats
from carecli.core import rules as shiftdays
from carecli.core.daystats import DayStats
from carecli.core.style import Style
from carecli.core.textsafe import inert

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from typing import Any

CARD_SCHEMA = "carecli.card/1"


class Card:
    __slots__ = ("best_streak", "day", "first_run", "intention", "is_today", "name", "prompt",
                 "streak", "theme_title", "today", "yesterday")

    def __init__(self, day: date, is_today: bool, name: str, prompt: PromptInfo | None,
                 theme_title: str, yesterday: DayStats | None, today: DayStats, streak: int,
                 best_streak: int, intention: str, first_run: bool) -> None:
        self.day, self.is_today, self.name = day, is_today, name
        self.prompt, self.theme_title = prompt, theme_title
        self.yesterday, self.today = yesterday, today
        self.streak, self.best_streak = streak, best_streak
        self.intention, self.first_run = intention, first_run

    def target(self) -> tuple[int, int] | None:
        """What beats the last shift: one more win, or one more impact point."""
        if self.yesterday is None:
            return None
        return self.yesterday.wins + 1, self.yesterday.points + 1


def build(home: str, now: datetime, day: date | None = None, remember: bool = True) -> Card:
    """The card of `day` (default: the current shift day). Showing today's card fixes
    today's prompt (unless remember is False); looking at another day changes nothing."""
    inputs = snapshot.load(home)
    current = shiftdays.today(now, inputs.rollover_hour)
    shown_day = day or current
    stats = load_stats(home, inputs.rollover_hour)
    previous = shiftdays.previous_worked_day([d for d, s in stats.items() if s.entries],
                                             shown_day)
    yesterday = stats.get(previous) if previous else None
    prompt = _prompt_of_the_day(home, inputs, shown_day, stats,
                                remember=remember and shown_day == current)
    return Card(
        day=shown_day,
        is_today=shown_day == current,
        name=inputs.name,
        prompt=prompt,
        theme_title=inputs.theme_titles.get(prompt.theme, prompt.theme) if prompt else "",
        yesterday=yesterday,
        today=stats.get(shown_day) or DayStats(shown_day),
        streak=_streak(home, inputs, stats, shown_day),
        best_streak=_streak(home, inputs, stats, shown_day, best=True),
        intention=yesterday.intention if yesterday else "",
        first_run=not stats,
    )


def load_stats(home: str, rollover_hour: int) -> dict[date, DayStats]:
    journal_dir = os.path.join(home, "journal")
    stats = daystats.load_all(journal_dir)
    if stats is not None:
        return stats
    # The figures went missing or stale: rebuild them once (imports the store, rare).
    from pathlib import Path

    from carecli.journal.store import Journal  # noqa: TID251 - rare stats rebuild only

    journal = Journal(Path(home), rollover_hour)
    return journal.day_stats() if journal.months() else {}


def _streak(home: str, inputs: CardInputs, stats: dict[date, DayStats], day: date,
            best: bool = False) -> int:
    off_days = daystats.load_off_days(os.path.join(home, "journal"))

    def is_rest_day(d: date) -> bool:
        return d.weekday() not in inputs.workdays or d in off_days

    win_days = {d for d, s in stats.items() if s.wins and d <= day}
    if best:
        return shiftdays.best_streak(win_days, is_rest_day)
    return shiftdays.current_streak(win_days, day, is_rest_day)


def _prompt_of_the_day(home: str, inputs: CardInputs, day: date, stats: dict[date, DayStats],
                       remember: bool) -> PromptInfo | None:
    state = rotation.load_state(home)
    prompt = rotation.prompt_for_day(inputs.prompts, state, day, stats)
    if prompt and remember and day.isoformat() not in state.days:
        rotation.record(state, day, prompt, {p.id for p in inputs.prompts})
        rotation.save_state(home, state)
    return prompt


def shown_this_shift(home: str, now: datetime) -> bool:
    """Whether `--once` already printed the card on the current shift day."""
    return rotation.load_state(home).once == _current_day(home, now)


def mark_shown(home: str, now: datetime) -> None:
    state = rotation.load_state(home)
    state.once = _current_day(home, now)
    rotation.save_state(home, state)


def _current_day(home: str, now: datetime) -> str:
    return shiftdays.today(now, snapshot.load(home).rollover_hour).isoformat()


def to_json(card: Card) -> dict[str, Any]:
    """The card as data; the keys are documented in the README and pinned by a test."""
    prompt = card.prompt
    target = card.target()
    return {
        "schema": CARD_SCHEMA,
        "shift_day": card.day.isoformat(),
        "is_today": card.is_today,
        "first_run": card.first_run,
        "prompt": None if prompt is None else {
            "id": prompt.id, "theme": prompt.theme, "theme_title": card.theme_title,
            "kind": prompt.kind, "text": prompt.text, "evening": prompt.evening,
            "pack": prompt.pack},
        "yesterday": None if card.yesterday is None else _day_json(card.yesterday),
        "target": None if target is None else {"wins": target[0], "points": target[1]},
        "today": _day_json(card.today),
        "streak": {"current": card.streak, "best": card.best_streak},
        "intention": card.intention or None,
    }


def _day_json(stats: DayStats) -> dict[str, Any]:
    best = stats.best
    return {"shift_day": stats.day.isoformat(), "wins": stats.wins, "points": stats.points,
            "best": None if best is None else {"id": best.id, "text": best.text,
                                                "impact": best.impact, "theme": best.theme}}


def render_text(card: Card, style: Style) -> str:
    lines = [_heading(card, style), ""]
    if card.prompt:
        lines.append("  " + style(inert(card.prompt.text), "bold"))
        lines.append("  " + style(f"{card.theme_title} · {card.prompt.kind}", "dim"))
        lines.append("")
    lines += _first_run_lines(style) if card.first_run else _progress_lines(card, style)
    return "\n".join(lines)


def _heading(card: Card, style: Style) -> str:
    when = "Today" if card.is_today else "Shift day"
    hello = f"Hello {inert(card.name)} · " if card.name else ""
    return style(f"{hello}{when}, {card.day:%A %d %B %Y}", "cyan", "bold")


def _first_run_lines(style: Style) -> list[str]:
    return [
        "  Welcome to carecli. Your journal is empty, and that is a fine place to start.",
        "  When you help someone today, note it in a few seconds:",
        "    " + style('carecli win "Sorted a refund that had been stuck for a week"', "green"),
        "  Next shift, this card shows it as the high point to beat.",
    ]


def _progress_lines(card: Card, style: Style) -> list[str]:
    lines: list[str] = []
    y = card.yesterday
    target = card.target()
    if y is not None and target is not None:
        lines.append(f"  Last shift ({y.day:%a %d %b}): {_count(y.wins, 'win')}, "
                     f"{_count(y.points, 'impact point')}")
        if y.best:
            lines.append(f"  High point: {inert(y.best.text)} "
                         + style(f"(impact {y.best.impact})", "dim"))
        lines.append("  To beat it: " + style(f"{_count(target[0], 'win')} or "
                                              f"{_count(target[1], 'point')}", "yellow"))
    lines.append(f"  {'Today so far' if card.is_today else 'That day'}: "
                 f"{_count(card.today.wins, 'win')}, {_count(card.today.points, 'point')}")
    streak = f"  Streak: {_count(card.streak, 'shift day')}"
    if card.best_streak > card.streak:
        streak += style(f" (best {card.best_streak})", "dim")
    lines.append(streak)
    if card.intention:
        lines.append("  Your intention from last shift: " + style(inert(card.intention), "italic"))
    return lines


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
