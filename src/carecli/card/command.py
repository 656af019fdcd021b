"""`carecli` and `carecli today [--once] [--json] [--date DAY]`: the shift-start card.

They run at every shift start, often from a shell's startup file, so launch dispatches
them here before Typer is even imported; `carecli today` through Typer (say, with
`--help`) calls `show` too. Any other form goes to the Typer app.
"""

from __future__ import annotations

import sys
from datetime import date, datetime

from carecli.card import build, load, rotation, text
from carecli.card.request import CardRequest
from carecli.core import paths, style
from carecli.core.emit import Result, emit
from carecli.core.errors import CareError


def show(request: CardRequest, home: str | None = None, now: datetime | None = None) -> int:
    """Print the card; domain errors are raised for the caller's single exit point."""
    home = home or paths.home_dir()
    now = now or datetime.now().astimezone()
    if request.once and request.day:
        raise CareError("--once is for today's card; leave out --date")
    data = load.load(home)
    today = data.calendar.today(now)
    if request.once and data.state.once == today.isoformat():
        return 0
    day = _parse_day(request.day, now, data.calendar.rollover_hour)
    try:
        card = build.build(data, now, day)
    except load.StaleFigures:  # a writer changed a month while we read: read it again
        load.reload_figures(data)
        card = build.build(data, now, day)
    emit(Result(build.CARD_SCHEMA, lambda: text.to_json(card),
                lambda: print(text.render_text(card, style.for_stream(sys.stdout)))),
         request.as_json)
    if request.once:
        data.state.once = today.isoformat()
    if request.once or data.state.changed:
        rotation.save_state(home, data.state, today)
    return 0


def _parse_day(value: str | None, now: datetime, rollover_hour: int) -> date | None:
    if value is None:
        return None
    from carecli.dates import parse_day

    return parse_day(value, now, rollover_hour)


__all__ = ["CardRequest", "show"]
