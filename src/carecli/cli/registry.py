"""Commands are recorded by their module and attached to an app only when asked.

Importing a command module changes nothing anywhere; `cli.app.make_app` builds a fresh
Typer app from the modules a command line needs, by calling `attach` on each module's
COMMANDS. So tests and help always see exactly what a real run sees.
"""

from collections.abc import Callable
from typing import Any

import typer

Command = Callable[..., Any]


class Commands:
    """The commands one module adds to the top level, or to one group (`journal`...)."""

    def __init__(self, group: str | None = None, **group_options: Any) -> None:
        self.group, self.group_options = group, group_options
        self.entries: list[tuple[str | None, dict[str, Any], Command]] = []

    def command(self, name: str | None = None, **options: Any) -> Callable[[Command], Command]:
        def record(function: Command) -> Command:
            self.entries.append((name, options, function))
            return function
        return record

    def attach(self, app: typer.Typer, groups: dict[str, typer.Typer],
               words: tuple[str, ...] = ()) -> None:
        """Attach the commands. `words` are the command line's first two words: when they
        name one command of this group (`journal list`), only that one is attached, since
        Typer builds every attached command at each start; anything else gets them all,
        so help and "no such command" list everything."""
        target = app
        entries = self.entries
        if self.group is not None:
            if self.group not in groups:
                groups[self.group] = typer.Typer(**self.group_options)
                app.add_typer(groups[self.group], name=self.group,
                              short_help=short_help(self.group_options.get("help")))
            target = groups[self.group]
            if words[:1] == (self.group,) and len(words) > 1:
                entries = [e for e in entries if _name(e) == words[1]] or entries
        for name, options, function in entries:
            target.command(name, **({"short_help": short_help(function.__doc__)} | options)
                           )(function)


def short_help(text: str | None) -> str | None:
    """A command's line in command lists: its help's first paragraph, or its first
    sentence when that is long. Typer would cut it at 45 characters ("last shift's
    high..."); the help formatter wraps what is given instead."""
    if not text:
        return None
    paragraph = " ".join(text.strip().split("\n\n", 1)[0].split())
    first, stop, _ = paragraph.partition(". ")
    return first + "." if stop and len(paragraph) > 90 else paragraph


def _name(entry: tuple[str | None, dict[str, Any], Command]) -> str:
    """The name Typer gives the command (its own, or the function's, dashed)."""
    name, _, function = entry
    return name or function.__name__.lower().replace("_", "-")
