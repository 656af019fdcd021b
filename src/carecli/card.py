"""The shift-start card: the day's prompt, yesterday's high point, today so far, the streak.

This is the hot path: it reads the settings, the small per-day figures and the prompt
packs, and imports nothing outside the standard library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from carecli import config, daystats, paths, prompts, rotation, shiftdays
from carecli.daystats import DayStats
from carecli.prompts import Prompt
from carecli.style import Style
from carecli.textsafe import inert

CARD_SCHEMA = "carecli.card/1"


@dataclass(frozen=True)
class Card:
    day: date
    is_today: bool
    name: str
    prompt: Prompt | None
    theme_title: str
    yesterday: DayStats | None
    today: DayStats
    streak: int
    best_streak: int
    intention: str
    first_run: bool

    def target(self) -> tuple[int, int] | None:
        """What beats yesterday: one more win, or one more impact point."""
        if self.yesterday is None:
            return None
        return self.yesterday.wins + 1, self.yesterday.points + 1


def build(base: Path, now: datetime, day: date | None = None, remember: bool = True) -> Card:
    settings = config.load(base)
    current = shiftdays.today(now, settings.rollover_hour)
    shown_day = day or current
    stats = load_stats(base, settings.rollover_hour)
    off_days = daystats.load_off_days(paths.journal_dir(base))

    def is_rest_day(d: date) -> bool:
        return not settings.is_workday(d.weekday()) or d in off_days

    win_days = {d for d, s in stats.items() if s.wins and d <= shown_day}
    previous = shiftdays.previous_worked_day([d for d, s in stats.items() if s.entries],
                                             shown_day)
    themes = prompts.load_themes()
    prompt = _prompt_of_the_day(base, shown_day, stats, themes, remember)
    yesterday = stats.get(previous) if previous else None
    return Card(
        day=shown_day,
        is_today=shown_day == current,
        name=settings.name,
        prompt=prompt,
        theme_title=themes[prompt.theme].title if prompt else "",
        yesterday=yesterday,
        today=stats.get(shown_day) or DayStats(shown_day),
        streak=shiftdays.current_streak(win_days, shown_day, is_rest_day),
        best_streak=shiftdays.best_streak(win_days, is_rest_day),
        intention=yesterday.intention if yesterday else "",
        first_run=not stats,
    )


def load_stats(base: Path, rollover_hour: int) -> dict[date, DayStats]:
    journal_dir = paths.journal_dir(base)
    stats = daystats.load_all(journal_dir)
    if stats is not None:
        return stats
    if not any(journal_dir.glob("[0-9]*.json")):
        return {}
    # The figures went missing or stale: rebuild them once (imports the store, rare).
    from carecli.store import Journal

    return Journal(base, rollover_hour).day_stats()


def _prompt_of_the_day(base: Path, day: date, stats: dict[date, DayStats],
                       themes: dict[str, prompts.Theme], remember: bool) -> Prompt | None:
    pool = prompts.all_prompts(prompts.load_packs(base, themes))
    state = rotation.load_state(base)
    prompt = rotation.prompt_for_day(pool, state, day, stats)
    if prompt and remember and day.isoformat() not in state.days:
        rotation.record(state, day, prompt, {p.id for p in pool})
        rotation.save_state(base, state)
    return prompt


def shown_this_shift(base: Path, now: datetime) -> bool:
    """Whether `--once` already printed the card on the current shift day."""
    return rotation.load_state(base).once == _current_day(base, now)


def mark_shown(base: Path, now: datetime) -> None:
    state = rotation.load_state(base)
    state.once = _current_day(base, now)
    rotation.save_state(base, state)


def _current_day(base: Path, now: datetime) -> str:
    return shiftdays.today(now, config.load(base).rollover_hour).isoformat()


def to_json(card: Card) -> dict[str, Any]:
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


def render_json(card: Card) -> str:
    return json.dumps(to_json(card), ensure_ascii=False, indent=2)


def render_text(card: Card, style: Style) -> str:
    lines = [_heading(card, style), ""]
    if card.prompt:
        lines.append("  " + style(inert(card.prompt.text), "bold"))
        lines.append("  " + style(f"{card.theme_title} · {card.prompt.kind}", "dim"))
        lines.append("")
    if card.first_run:
        lines += _first_run_lines(style)
    else:
        lines += _progress_lines(card, style)
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
        "  Tomorrow this card shows it as the high point to beat.",
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
