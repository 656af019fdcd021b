"""The card's exact command lines, recognised before anything else is imported: launch
asks this on every run, so it is the cheapest module of all (no imports)."""

from __future__ import annotations


class CardRequest:
    __slots__ = ("as_json", "day", "once")

    def __init__(self, once: bool = False, as_json: bool = False, day: str | None = None):
        self.once, self.as_json, self.day = once, as_json, day


def parse(argv: list[str]) -> CardRequest | None:
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
