"""Everything the card reads, each file once: settings and prompts (the compiled
snapshot), the verified day figures, the days off and the rotation state."""

from __future__ import annotations

import os

from carecli.card import rotation, snapshot
from carecli.card.rotation import CardState
from carecli.card.snapshot import CardInputs
from carecli.core import daystats, offdays
from carecli.core.daystats import DayIndex
from carecli.core.rules import Calendar


class CardData:
    __slots__ = ("calendar", "home", "index", "inputs", "state")

    def __init__(self, home: str, inputs: CardInputs, index: DayIndex, calendar: Calendar,
                 state: CardState) -> None:
        self.home, self.inputs, self.index = home, inputs, index
        self.calendar, self.state = calendar, state


def load(home: str) -> CardData:
    inputs = snapshot.load(home)
    folder = os.path.join(home, "journal")
    settings = inputs.settings
    calendar = Calendar(settings.rollover_hour, settings.weekdays(), offdays.load(folder))
    return CardData(home, inputs, figures(home), calendar, rotation.load_state(home))


def figures(home: str) -> DayIndex:
    """The verified day figures; when they went missing or stale, they are recomputed
    once from the journal (that imports the store: rare, and never on a warm start)."""
    folder = os.path.join(home, "journal")
    # A change a killed command left half done is finished first (journal.changes).
    index = None if os.path.exists(os.path.join(folder, "pending.json")) else (
        DayIndex.load(folder))
    return index if index is not None else rebuild(home)


def rebuild(home: str) -> DayIndex:
    from pathlib import Path

    from carecli.journal.store import Journal  # noqa: TID251 - the rare figures rebuild

    return Journal(Path(home)).rebuilt_figures()


def reload_figures(data: CardData) -> None:
    """After a month's figures turned out stale mid-read."""
    data.index = rebuild(data.home)


StaleFigures = daystats.StaleFigures
