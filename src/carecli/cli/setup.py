"""`carecli config ...` and `carecli shell-init`: settings and the shell snippet."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up. Type-only names are quoted instead.
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from carecli.cli import complete
from carecli.cli.app import home, require_terminal
from carecli.cli.editor import run_editor
from carecli.cli.registry import Commands
from carecli.core.emit import Result, emit
from carecli.core.errors import CareError

if TYPE_CHECKING:
    from carecli.core.settings import Settings

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
    key: Annotated[str, typer.Argument(metavar="KEY", help="Setting name (see `config show`).",
                                       autocompletion=complete.setting_keys)],
    value: Annotated[str, typer.Argument(metavar="VALUE", help="New value.")],
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
    _refile(base, before, updated)
    config.save(base, updated)
    # The canonical text: what `config set` reads back as the same value.
    print(f"{key} = {config.KEYS[key].text(getattr(updated, key))}")


def _refile(base: Path, before: "Settings", after: "Settings") -> None:
    """Re-file the entries when the rollover hour changes: before the setting is saved,
    so that if it fails the setting stays as it was."""
    if after.rollover_hour != before.rollover_hour:
        from carecli.core.rules import Calendar
        from carecli.journal.store import Journal

        Journal(base).reindex(Calendar(after.rollover_hour))


@config_app.command("unset")
def config_unset(
    key: Annotated[str, typer.Argument(metavar="KEY", help="Setting name (see `config show`).",
                                       autocompletion=complete.setting_keys)],
) -> None:
    """Put a setting back to its default.

    \b
    Examples:
      carecli config unset name
      carecli config unset workdays
    """
    from carecli import config
    from carecli.core.settings import Settings
    if key not in config.KEYS:
        raise CareError(f"unknown setting {key!r}; known: {', '.join(config.KEYS)}")
    base = home()
    before = config.load(base)
    default = getattr(Settings(), key)
    updated = before.replace(**{key: default})
    _refile(base, before, updated)
    config.save(base, updated)
    shown = config.KEYS[key].text(default) if default else "(none)"
    print(f"{key} = {shown} (the default)")


@config_app.command("edit")
def config_edit() -> None:
    """Open config.toml in your editor ($EDITOR, then $VISUAL); a file with a mistake is
    refused with the reason and the old one kept as it was.

    \b
    Examples:
      carecli config edit
    """
    import tempfile

    from carecli import config
    from carecli.core import atomic, paths
    require_terminal("change settings with carecli config set KEY VALUE")
    base = home()
    before = config.load(base)  # a damaged file is named before the editor opens
    target = paths.config_file(base)
    old = target.read_bytes() if target.exists() else None
    with tempfile.TemporaryDirectory(prefix="carecli-config-") as folder:
        draft = paths.config_file(Path(folder))  # what config.load reads there
        if old is None:
            config.save(Path(folder), before)
        else:
            draft.write_bytes(old)
        first = draft.read_bytes()
        run_editor(draft, "config.toml was not changed")
        new = draft.read_bytes()
        if new == first:
            print("Nothing changed.")
            return
        try:
            updated = config.load(Path(folder))
        except CareError as err:
            message = str(err).replace(str(draft), str(target))
            raise CareError(f"{message}; config.toml was not changed") from None
        _refile(base, before, updated)
        paths.ensure_private_dir(base)
        atomic.write_text(target, new.decode("utf-8"))
    print(f"Saved {target}.")


@config_app.command("path")
def config_path() -> None:
    """Print the data folder (settings, journal, packs)."""
    print(home())


@commands.command("shell-init")
def shell_init(
    shell: Annotated[str, typer.Argument(metavar="SHELL", help="bash, zsh, fish or powershell.",
                                         autocompletion=complete.shells)],
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
