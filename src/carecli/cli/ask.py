"""Interactive forms (questionary). The only module that imports it; tests replace it.

Callers check that stdin is a terminal first: nothing here is reached from a script.
When the agent cancels (Ctrl-C, or a question that comes back empty-handed), a form raises
KeyboardInterrupt: `launch.run` then prints "Cancelled; nothing saved." and exits 130, and
nothing was saved because the forms run before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import questionary

SKIP = "(skip)"

T = TypeVar("T")


def _answer(question: Any) -> Any:
    """The answer to one question; Ctrl-C raises KeyboardInterrupt without questionary's
    own "Cancelled by user" line (`unsafe_ask`), and a missing answer counts as Ctrl-C."""
    answer = question.unsafe_ask()
    if answer is None:
        raise KeyboardInterrupt
    return answer


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


def win_form(themes: Sequence[tuple[str, str]], channels: Sequence[str]) -> WinAnswers:
    """`themes` as (id, title) pairs; everything but the text can be skipped."""
    text = _answer(questionary.text(
        "What did you do?", validate=lambda v: bool(v.strip()) or "A few words are enough."))
    theme_choices = [questionary.Choice(SKIP, value="")] + [
        questionary.Choice(f"{title}  ({tid})", value=tid) for tid, title in themes]
    # questionary adds "(Use arrow keys, type to filter)" itself.
    theme = _answer(questionary.select("Which theme?", choices=theme_choices,
                                       use_search_filter=True, use_jk_keys=False))
    impact = _answer(questionary.select(
        "How much did it matter?", default="3 - a solid help",
        choices=["1 - a small kindness", "2 - eased the way", "3 - a solid help",
                 "4 - changed their day", "5 - unforgettable"]))
    channel = _answer(questionary.select("Channel?", choices=[SKIP, *channels]))
    tags = _answer(questionary.text("Tags (comma-separated, optional):"))
    return WinAnswers(text=text, theme=theme or None, impact=int(impact[0]),
                      channel=None if channel == SKIP else channel,
                      tags=tuple(t.strip() for t in tags.split(",") if t.strip()))


def reflect_form(evening_question: str) -> ReflectAnswers:
    if evening_question:
        questionary.print(f"Tonight's question, if it helps: {evening_question}",
                          style="italic")
    energy = _answer(questionary.select(
        "Energy right now?", default="3 - steady",
        choices=[SKIP, "1 - drained", "2 - low", "3 - steady", "4 - good", "5 - buzzing"]))
    answers = []
    for question in ("What went well?", "What was hard?", "One intention for tomorrow:"):
        answer = _answer(questionary.text(f"{question} (optional)"))
        answers.append(answer.strip())
    return ReflectAnswers(energy=None if energy == SKIP else int(energy[0]),
                          well=answers[0], hard=answers[1], tomorrow=answers[2])


def pick_form(question: str, choices: Sequence[tuple[str, T]]) -> list[T]:
    """Tick any of `choices`, given as (label, value) pairs; returns the ticked values."""
    picked: list[T] = _answer(questionary.checkbox(
        question, choices=[questionary.Choice(label, value=value) for label, value in choices]))
    return picked
