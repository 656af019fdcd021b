"""`carecli config ...` and `carecli shell-init`: settings and the shell snippet."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up. Type-only names are quoted instead.
from typing import Annotated

import typer

from carecli.cli.app import home
from carecli.cli.registry import Commands
from carecli.core.emit import Result, emit

commands = Commands()
config_app = Commands("config")
COMMANDS = (config_app, commands)


@config_app.command("show")
def config_show(
    as_json: Annotated[bool, typer.Option("--json", help="Print settings as JSON.")] = False,
) -> None:
    """Show every setting with its current value."""
    from carecli import config
    from carecli.render import console as render
    settings = config.load(home())
    emit(Result(config.SETTINGS_SCHEMA, lambda: config.as_dict(settings),
                lambda: render.settings(settings)), as_json)


@config_app.command("set")
def config_set(
    key: Annotated[str, typer.Argument(help="Setting name (see `config show`).")],
    value: Annotated[str, typer.Argument(help="New value.")],
) -> None:
    """Change a setting.

    \b
    Examples:
      carecli config set rollover_hour 6
      carecli config set workdays sun-thu
      carecli config set name Sam
    """
    from carecli import config
    base = home()
    before = config.load(base)
    updated = config.with_value(before, key, value)
    if updated.rollover_hour != before.rollover_hour:
        from carecli.core.rules import Calendar
        from carecli.journal.store import Journal

        # Re-file the entries first: if that fails, the setting stays as it was.
        Journal(base).reindex(Calendar(updated.rollover_hour))
    config.save(base, updated)
    # The canonical text: what `config set` reads back as the same value.
    print(f"{key} = {config.KEYS[key].text(getattr(updated, key))}")


@config_app.command("path")
def config_path() -> None:
    """Print the data folder (settings, journal, packs)."""
    print(home())


@commands.command("shell-init")
def shell_init(
    shell: Annotated[str, typer.Argument(help="bash, zsh, fish or powershell.")],
) -> None:
    """Print a snippet that shows the card once per shift when a terminal opens.

    \b
    Examples:
      carecli shell-init bash >> ~/.bashrc
      carecli shell-init zsh >> ~/.zshrc
      carecli shell-init fish >> ~/.config/fish/config.fish
      carecli shell-init powershell >> $PROFILE
    """
    from carecli import shells
    print(shells.snippet(shell))
