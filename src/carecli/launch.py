"""The `carecli` entry point: the shift-start card without loading the CLI framework.

`carecli` and `carecli today [--once] [--json] [--date DAY]` run at every shift start,
often from a shell's startup file, so they are dispatched here before Typer is imported.
Any other form, including `--help` and mistakes, goes to the Typer app in carecli.cli.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class CardRequest:
    once: bool = False
    as_json: bool = False
    day: str | None = None


def main() -> None:
    request = parse_card_request(sys.argv[1:])
    if request is None:
        from carecli.cli import run

        run()
        return
    sys.exit(show_card(request))


def parse_card_request(argv: list[str]) -> CardRequest | None:
    """The card's exact forms, or None to let Typer handle the command line."""
    args = argv[1:] if argv[:1] == ["today"] else argv
    if args and argv[:1] != ["today"]:
        return None
    once = as_json = False
    day: str | None = None
    rest = list(args)
    while rest:
        token = rest.pop(0)
        if token == "--once" and not once:
            once = True
        elif token == "--json" and not as_json:
            as_json = True
        elif token == "--date" and day is None and rest and not rest[0].startswith("-"):
            day = rest.pop(0)
        elif token.startswith("--date=") and day is None:
            day = token.removeprefix("--date=")
        else:
            return None
    return CardRequest(once, as_json, day)


def show_card(request: CardRequest) -> int:
    from carecli import card, config, paths, style
    from carecli.errors import CareError, report

    try:
        base = paths.home()
        now = datetime.now().astimezone()
        if request.once and request.day:
            raise CareError("--once is for today's card; leave out --date")
        if request.once and card.shown_this_shift(base, now):
            return 0
        day = _parse_day(request.day, now, config.load(base).rollover_hour)
        shown = card.build(base, now, day, remember=day is None)
        text = card.render_json(shown) if request.as_json else card.render_text(
            shown, style.for_stream(sys.stdout))
        print(text)
        if request.once:
            card.mark_shown(base, now)
    except CareError as err:
        return report(err)
    return 0


def _parse_day(text: str | None, now: datetime, rollover_hour: int) -> date | None:
    if text is None:
        return None
    from carecli.dates import parse_day

    return parse_day(text, now, rollover_hour)
