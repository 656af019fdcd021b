"""The `carecli` entry point: the shift-start card without loading the CLI framework.

`carecli` and `carecli today [--once] [--json] [--date DAY]` run at every shift start,
often from a shell's startup file, so they are dispatched here before Typer is imported.
Any other form, including `--help` and mistakes, goes to the Typer app in carecli.cli.app.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime


class CardRequest:
    __slots__ = ("as_json", "day", "once")

    def __init__(self, once: bool = False, as_json: bool = False, day: str | None = None):
        self.once, self.as_json, self.day = once, as_json, day


def main() -> None:
    # Shell completion calls the bare command with this variable set: that is Typer's job.
    completing = "_CARECLI_COMPLETE" in os.environ
    request = None if completing else parse_card_request(sys.argv[1:])
    if request is None:
        from carecli.cli.app import run

        run()
        return
    sys.exit(show_card(request))


def parse_card_request(argv: list[str]) -> CardRequest | None:
    """The card's exact forms, or None to let Typer handle the command line."""
    if argv and argv[0] != "today":
        return None
    request = CardRequest()
    rest = argv[1:]
    while rest:
        token = rest.pop(0)
        if token == "--once" and not request.once:
            request.once = True
        elif token == "--json" and not request.as_json:
            request.as_json = True
        elif token == "--date" and request.day is None and rest and rest[0][:1] != "-":
            request.day = rest.pop(0)
        elif token.startswith("--date=") and request.day is None:
            request.day = token.removeprefix("--date=")
        else:
            return None
    return request


def show_card(request: CardRequest) -> int:
    from carecli.card import build as card
    from carecli.core import paths, style
    from carecli.core.errors import CareError, report

    try:
        home = paths.home_dir()
        now = datetime.now().astimezone()
        if request.once and request.day:
            raise CareError("--once is for today's card; leave out --date")
        if request.once and card.shown_this_shift(home, now):
            return 0
        shown = card.build(home, now, _parse_day(home, request.day, now))
        if request.as_json:
            import json

            print(json.dumps(card.to_json(shown), ensure_ascii=False, indent=2))
        else:
            print(card.render_text(shown, style.for_stream(sys.stdout)))
        if request.once:
            card.mark_shown(home, now)
    except CareError as err:
        return report(err)
    return 0


def _parse_day(home: str, text: str | None, now: datetime) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        from carecli.card import snapshot
        from carecli.dates import parse_day

        return parse_day(text, now, snapshot.load(home).rollover_hour)
