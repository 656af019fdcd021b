"""The plain forms of `win` and `journal list`, read without Typer.

Both are typed many times a shift, and importing Typer alone takes most of their time
budget. So, like the card (carecli.card.request), launch first asks here: a line made only
of words and well-formed options from the tables below is served at once; anything else
(help, a typo, a missing or odd value, `-`, combined short flags, an option given twice)
returns None, and Typer reads the line and gives its usual answer or message.

The tables are not a second set of declarations: tests/test_lines.py holds them to the
Typer commands' own options (names, flags, repeats, integer bounds) and checks on random
command lines that whenever this module accepts a line, Typer reads the same values.
"""

from __future__ import annotations

from typing import NamedTuple


class Option(NamedTuple):
    names: tuple[str, ...]
    dest: str
    kind: str  # "flag", "text", "many" (repeatable text) or "int"
    low: int = 1
    high: int | None = None


WIN = (
    Option(("--theme", "-t"), "theme", "text"),
    Option(("--impact", "-i"), "impact", "int", 1, 5),
    Option(("--channel", "-c"), "channel", "text"),
    Option(("--tag",), "tag", "many"),
    Option(("--at",), "at", "text"),
    Option(("--json",), "as_json", "flag"),
)

LIST = (
    Option(("--since",), "since", "text"),
    Option(("--until",), "until", "text"),
    Option(("--on",), "on", "text"),
    Option(("--theme", "-t"), "theme", "text"),
    Option(("--tag",), "tag", "many"),
    Option(("--contains", "-s"), "contains", "text"),
    Option(("--limit", "-n"), "limit", "int", 1, None),
    Option(("--all",), "show_all", "flag"),
    Option(("--json",), "as_json", "flag"),
    Option(("--short",), "short", "flag"),
)


def read(args: list[str], table: tuple[Option, ...], words: bool) -> dict[str, object] | None:
    """The values of a plain line (`words` says whether free words are allowed, gathered
    under "words"), or None when Typer should read it."""
    by_name = {name: option for option in table for name in option.names}
    values: dict[str, object] = {}
    free: list[str] = []
    rest = list(args)
    while rest:
        token = rest.pop(0)
        if token == "--":
            free.extend(rest)
            break
        if not token.startswith("-"):
            free.append(token)
        elif not _take(token, by_name, rest, values):
            return None
    if free and not words:
        return None
    if words:
        values["words"] = free
    return values


def _take(token: str, by_name: dict[str, Option], rest: list[str],
          values: dict[str, object]) -> bool:
    """Read one option (and its value from `rest`) into `values`; False if Typer should."""
    name, has_value, value = token.partition("=")
    option = by_name.get(name)
    if option is None or (not name.startswith("--") and has_value):
        return False  # unknown, help, "-", "-tx", "-t=x": Typer's to read
    if option.kind == "flag":
        if has_value or option.dest in values:
            return False
        values[option.dest] = True
        return True
    if not has_value:
        if not rest or rest[0].startswith("-"):
            return False  # Typer says what is missing, or takes "-x" as a value
        value = rest.pop(0)
    parsed = _value(option, value)
    if parsed is None or (option.kind != "many" and option.dest in values):
        return False
    if option.kind == "many":
        values.setdefault(option.dest, [])
        values[option.dest].append(parsed)  # type: ignore[attr-defined]
    else:
        values[option.dest] = parsed
    return True


def _value(option: Option, value: str) -> object | None:
    if option.kind != "int":
        return value
    if not (value.isascii() and value.isdigit()):
        return None  # Typer reads "+3", " 3" and other digits, and explains a bad one
    number = int(value)
    if number < option.low or (option.high is not None and number > option.high):
        return None
    return number


def win(args: list[str]) -> dict[str, object] | None:
    """`win TEXT... [options]` with the text given (no form), or None."""
    if args[:1] != ["win"]:
        return None
    values = read(args[1:], WIN, words=True)
    return values if values is not None and values["words"] else None


def journal_list(args: list[str]) -> dict[str, object] | None:
    """`journal list [options]` without --kind or --format (Typer's choices), or None."""
    if args[:2] != ["journal", "list"]:
        return None
    return read(args[2:], LIST, words=False)
