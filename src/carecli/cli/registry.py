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

    def attach(self, app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
        target = app
        if self.group is not None:
            if self.group not in groups:
                groups[self.group] = typer.Typer(**self.group_options)
                app.add_typer(groups[self.group], name=self.group)
            target = groups[self.group]
        for name, options, function in self.entries:
            target.command(name, **options)(function)
