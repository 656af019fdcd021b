"""The Typer app: each command parses its options, calls the domain, hands the result to a
renderer. Domain errors become a one-line message and exit code 1 in `run`, and nowhere else.

Top-level imports are Typer and the standard library only; everything else is imported by
the command that needs it, so each command pays only for what it uses.
"""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up. Type-only names are quoted instead.
import importlib
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from carecli import __version__
from carecli.core.errors import CareError, report

EPILOG = """\
\b
Examples:
  carecli                          the shift-start card
  carecli win "Found the lost parcel and rebooked it" --theme follow --impact 4
  carecli reflect                  the end-of-shift reflection
  carecli journal list --since "last monday"
  carecli progress                 you against your own yesterday and best
  carecli shell-init bash >> ~/.bashrc

Data lives in one folder (see `carecli config path`); CARECLI_HOME moves it.
"""

app = typer.Typer(
    name="carecli",
    help="A shift companion for customer care: a prompt for the day, your customer wins, "
         "and progress against your own yesterday.",
    epilog=EPILOG,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
config_app = typer.Typer(help="Show and change settings.", no_args_is_help=True)
app.add_typer(config_app, name="config")


# Command groups live in their own modules and register themselves on `app` when
# imported. Typer builds every registered command at start-up, so `run` imports only the
# module the command line names; help, completion and unknown commands get all of them.
# Add a new module here: {first word of the command line: modules that define it}.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "today": ("capture",),
    "win": ("capture",),
    "reflect": ("capture",),
    "shell-init": ("setup",),
    "journal": ("journal",),
    "prompts": ("prompts",),
    "progress": ("progress",),
    "off": ("progress",),
    "export": ("share",),
    "scrub": ("share",),
    "team": ("share",),
    "config": ("setup", "share"),  # cli_share adds `config new-pseudonym`
}


def run() -> None:
    """Entry point for every command but the card's fast path."""
    register(sys.argv[1:])
    try:
        app()
    except CareError as err:
        sys.exit(report(err))


def register(args: list[str]) -> None:
    """Import the command modules the command line needs (all of them for an empty one)."""
    for module in modules_for(args):
        importlib.import_module(f"carecli.cli.{module}")


def modules_for(args: list[str]) -> tuple[str, ...]:
    """The modules to import, in a fixed order (it is the order `--help` lists them)."""
    every = tuple(dict.fromkeys(m for modules in COMMAND_MODULES.values() for m in modules))
    if "_CARECLI_COMPLETE" in os.environ:
        return every
    first = next((a for a in args if not a.startswith("-")), None)
    if first in COMMAND_MODULES:
        return COMMAND_MODULES[first]
    return every


def now() -> datetime:
    return datetime.now().astimezone()


def home() -> Path:
    from carecli.core import paths
    return paths.home()


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _version(value: bool) -> None:
    if value:
        print(f"carecli {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Run with no command to see the shift-start card."""
    if ctx.invoked_subcommand is None:
        from carecli.cli.capture import today

        today()


def require_terminal(hint: str) -> None:
    """Forms need a person at a terminal; a script gets a clear error instead of a hang."""
    if not sys.stdin.isatty():
        raise CareError(f"no terminal to ask in: {hint}")
