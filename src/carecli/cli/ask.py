"""Interactive forms (questionary). The only module that imports it; tests replace it.

Callers check that stdin is a terminal first: nothing here is reached from a script.
Each form returns None when the agent cancels (Ctrl-C or Esc).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import questionary

SKIP = "(skip)"

T = TypeVar("T")


@dataclass(frozen=True)
class WinAnswers:
    text: str
    theme: str | None
    impact: int | None
    channel: str | None
    tags: tuple[str, ...]


@dataclass(frozen=True)
class ReflectAnswers:
    energy: int | None
    well: str
    hard: str
    tomorrow: str


def win_form(themes: Sequence[tuple[str, str]], channels: Sequence[str]) -> WinAnswers | None:
    """`themes` as (id, title) pairs; everything but the text can be skipped."""
    text = questionary.text("What did you do?",
                            validate=lambda v: bool(v.strip()) or "A few words are enough.",
                            ).ask()
    if text is None:
        return None
    theme_choices = [questionary.Choice(SKIP, value="")] + [
        questionary.Choice(f"{title}  ({tid})", value=tid) for tid, title in themes]
    theme = questionary.select("Which theme? (type to search)", choices=theme_choices,
                               use_search_filter=True, use_jk_keys=False).ask()
    if theme is None:
        return None
    impact = questionary.select(
        "How much did it matter?", default="3 - a solid help",
        choices=["1 - a small kindness", "2 - eased the way", "3 - a solid help",
                 "4 - changed their day", "5 - unforgettable"]).ask()
    if impact is None:
        return None
    channel = questionary.select("Channel?", choices=[SKIP, *channels]).ask()
    if channel is None:
        return None
    tags = questionary.text("Tags (comma-separated, optional):").ask()
    if tags is None:
        return None
    return WinAnswers(text=text, theme=theme or None, impact=int(impact[0]),
                      channel=None if channel == SKIP else channel,
                      tags=tuple(t.strip() for t in tags.split(",") if t.strip()))


def reflect_form(evening_question: str) -> ReflectAnswers | None:
    if evening_question:
        questionary.print(f"Tonight's question, if it helps: {evening_question}",
                          style="italic")
    energy = questionary.select(
        "Energy right now?", default="3 - steady",
        choices=[SKIP, "1 - drained", "2 - low", "3 - steady", "4 - good", "5 - buzzing"]).ask()
    if energy is None:
        return None
    answers = []
    for question in ("What went well?", "What was hard?", "One intention for tomorrow:"):
        answer = questionary.text(f"{question} (optional)").ask()
        if answer is None:
            return None
        answers.append(answer.strip())
    return ReflectAnswers(energy=None if energy == SKIP else int(energy[0]),
                          well=answers[0], hard=answers[1], tomorrow=answers[2])


def pick_form(question: str, choices: Sequence[tuple[str, T]]) -> list[T] | None:
    """Tick any of `choices`, given as (label, value) pairs; returns the ticked values."""
    picked: list[T] | None = questionary.checkbox(
        question, choices=[questionary.Choice(label, value=value) for label, value in choices]
    ).ask()
    return picked
