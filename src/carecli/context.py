"""What every command works with, built once per command line: the data folder, the clock,
the settings (with theme titles and prompts), the calendar and the journal. Each is read
on first use and then kept, so no file is read twice in one command."""

from __future__ import annotations

from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carecli.card.snapshot import CardInputs
    from carecli.core.rules import Calendar
    from carecli.core.settings import Settings
    from carecli.journal.store import Journal


class Context:
    def __init__(self, home: Path | None = None, now: datetime | None = None) -> None:
        from carecli.core import paths

        self.home = home if home is not None else paths.home()
        self.now = now if now is not None else datetime.now().astimezone()

    @cached_property
    def inputs(self) -> CardInputs:
        """Settings, theme titles and prompts, through the compiled (checked) snapshot."""
        from carecli.card import snapshot

        return snapshot.load(str(self.home))

    @property
    def settings(self) -> Settings:
        return self.inputs.settings

    @property
    def themes(self) -> dict[str, str]:
        """Every theme id with its title."""
        return self.inputs.theme_titles

    @cached_property
    def off_days(self) -> dict[date, str]:
        from carecli.core import offdays, paths

        return offdays.load(paths.journal_dir(self.home))

    @cached_property
    def calendar(self) -> Calendar:
        from carecli.core.rules import Calendar

        return Calendar(self.settings.rollover_hour, self.settings.weekdays(), self.off_days)

    @cached_property
    def journal(self) -> Journal:
        from carecli.journal.store import Journal

        return Journal(self.home)

    @property
    def today(self) -> date:
        return self.calendar.today(self.now)

    def day(self, text: str | None, *, coming: bool = False) -> date:
        """A shift day as typed (`--date`, `off DAY`), default today; `coming` for plans
        (a date without its year is the coming one, see `carecli.dates.parse_day`)."""
        if text is None:
            return self.today
        from carecli.dates import parse_day

        return parse_day(text, self.now, self.settings.rollover_hour, coming=coming)

    def moment(self, text: str | None) -> datetime | None:
        """A moment as typed (`--at`), or None when none was given."""
        if text is None:
            return None
        from carecli.dates import parse_moment

        return parse_moment(text, self.now, self.settings.rollover_hour)
