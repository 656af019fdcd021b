"""The shift-start card as data: the day's prompt, last shift's high point, today so far,
the standing against last shift, and the streak. Pure: it reads what card.load loaded,
and only the rotation state in memory changes (card.command saves it)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from carecli.card import rotation
from carecli.card.load import CardData
from carecli.card.snapshot import PromptInfo
from carecli.core import rules
from carecli.core.daystats import DayStats

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from collections.abc import Mapping

CARD_SCHEMA = "carecli.card/1"


class Card:
    __slots__ = ("best_streak", "day", "first_run", "intention", "is_today", "name",
                 "pack_title", "prompt", "standing", "streak", "theme_title", "today",
                 "yesterday")

    def __init__(self, day: date, is_today: bool, name: str, prompt: PromptInfo | None,
                 theme_title: str, yesterday: DayStats | None, today: DayStats,
                 standing: rules.Standing | None, streak: int, best_streak: int,
                 intention: str, first_run: bool, pack_title: str = "") -> None:
        self.day, self.is_today, self.name = day, is_today, name
        self.prompt, self.theme_title = prompt, theme_title
        self.yesterday, self.today, self.standing = yesterday, today, standing
        self.streak, self.best_streak = streak, best_streak
        self.intention, self.first_run = intention, first_run
        self.pack_title = pack_title  # a team pack's title ("from ..."); "" for built-in


def build(data: CardData, now: datetime, day: date | None = None,
          remember: bool = True) -> Card:
    """The card of `day` (default: the current shift day). Showing today's card fixes
    today's prompt in `data.state` (unless remember is False); another day changes
    nothing. Raises StaleFigures when a figures file changed under it."""
    index, inputs = data.index, data.inputs
    current = data.calendar.today(now)
    shown = day or current
    # The rotation weighs the 30 days before; that and today are all the figures read.
    recent = index.between(shown - timedelta(days=rotation.WINS_WINDOW_DAYS), shown)
    yesterday = _yesterday(data, shown, recent)
    today = recent.get(shown) or DayStats(shown)
    best = index.best_before(shown)
    rotation.notice(data.state, inputs.prompts, inputs.pack_titles)
    prompt = rotation.prompt_for_day(inputs.prompts, data.state, shown, recent,  # day_prompt
                                     inputs.settings, rotation.is_low_energy(yesterday))
    if prompt and remember and shown == current and shown.isoformat() not in data.state.days:
        rotation.record(data.state, shown, prompt, {p.id for p in inputs.prompts})
    limit = shown.toordinal()
    streak, best_streak = data.calendar.streaks_of(
        [o for o in index.win_ordinals() if o <= limit], limit)
    return Card(
        day=shown,
        is_today=shown == current,
        name=inputs.settings.name,
        prompt=prompt,
        theme_title=inputs.theme_titles.get(prompt.theme, prompt.theme) if prompt else "",
        yesterday=yesterday,
        today=today,
        standing=rules.standing(today.wins, today.points,
                                (yesterday.wins, yesterday.points) if yesterday else None,
                                best[:2] if best else None),
        streak=streak,
        best_streak=best_streak,
        intention=yesterday.intention if yesterday else "",
        first_run=not index.months,
        pack_title=inputs.pack_titles.get(prompt.pack, "") if prompt else "",
    )


def day_prompt(data: CardData, day: date) -> PromptInfo | None:
    """The prompt of `day` as the card shows it (remembered, or the pick it would make),
    without recording anything."""
    index = data.index
    recent = index.between(day - timedelta(days=rotation.WINS_WINDOW_DAYS), day)
    yesterday = _yesterday(data, day, recent)
    rotation.notice(data.state, data.inputs.prompts, data.inputs.pack_titles)
    return rotation.prompt_for_day(data.inputs.prompts, data.state, day, recent,
                                   data.inputs.settings, rotation.is_low_energy(yesterday))


def _yesterday(data: CardData, day: date, recent: Mapping[date, DayStats]) -> DayStats | None:
    """The figures of the last worked day before `day` (from `recent` when it is there)."""
    previous = data.index.previous_worked_day(day)
    if previous is None:
        return None
    return recent.get(previous) or data.index.between(previous, previous).get(previous)
