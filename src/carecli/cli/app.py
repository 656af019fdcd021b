"""The Typer app: each command parses its options, calls the domain, hands the result to a
renderer. Every error becomes a one-line message and an exit code in `launch.run`, and nowhere else.

Top-level imports are Typer and the standard library only; everything else is imported by
the command that needs it, so each command pays only for what it uses.
"""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up. Type-only names are quoted instead.
import importlib
import os
import sys
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from carecli import __version__
from carecli.context import Context
from carecli.core.errors import CANCELLED, CareError

EPILOG = """\
\b
Examples:
  carecli                          the shift-start card
  carecli win "Found the lost parcel and rebooked it" --theme follow --impact 4
  carecli reflect                  the end-of-shift reflection
  carecli lift                     after a hard contact: a reframe and one of your wins
  carecli journal list --since "last monday"
  carecli progress                 you against your own yesterday and best
  carecli shell-init bash >> ~/.bashrc

Data lives in one folder (see `carecli config path`); CARECLI_HOME moves it.
"""

# Command groups live in their own modules; each lists its commands in COMMANDS and
# `make_app` attaches them. Typer builds every attached command at start-up, so a run
# imports only the module its command line names; help, completion and unknown commands
# get all of them. Add a new module here: {first word of the command line: modules}.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "today": ("capture",),
    "win": ("capture",),
    "reflect": ("capture",),
    "lift": ("lift",),
    "shell-init": ("setup",),
    "journal": ("journal", "journalscrub"),
    "prompts": ("prompts",),
    "progress": ("progress",),
    "off": ("progress",),
    "export": ("share",),
    "scrub": ("share",),
    "team": ("share",),
    "config": ("setup", "share"),  # share adds `config new-pseudonym`
    "backup": ("backup",),
    "restore": ("backup",),
}


def make_app(modules: Iterable[str], words: tuple[str, ...] = ()) -> typer.Typer:
    """A fresh app with the commands of `modules` (in that order: `--help` lists them so)."""
    app = typer.Typer(
        name="carecli",
        help="A shift companion for customer care: a prompt for the day, your customer "
             "wins, and progress against your own yesterday.",
        epilog=EPILOG,
        no_args_is_help=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback(invoke_without_command=True)(root)
    groups = {"config": typer.Typer(help="Show and change settings.", no_args_is_help=True)}
    app.add_typer(groups["config"], name="config", short_help="Show and change settings.")
    for name in modules:
        module = importlib.import_module(f"carecli.cli.{name}")
        for commands in module.COMMANDS:
            commands.attach(app, groups, words)
    return app


def run_app(args: list[str], ctx: Context | None = None) -> int:
    """Run a command line through Typer; returns the exit code. Errors other than bad
    usage propagate to launch.run, the single exit point."""
    app = make_app(modules_for(args), _command_words(args))
    token = _CONTEXT.set(ctx or Context())
    try:
        code = app(args=args, prog_name="carecli", standalone_mode=False)
    except typer.Abort:
        raise KeyboardInterrupt from None  # end of input in a prompt: launch.run says so
    except SystemExit as done:  # shell completion ends by sys.exit: a code like any other
        return _exit_code(done.code)
    except typer.TyperException as err:  # bad usage: Typer's own message, exit 2
        show = getattr(err, "show", None)
        if callable(show):
            show()
        else:
            print(f"Error: {err}", file=sys.stderr)
        return err.exit_code
    finally:
        _CONTEXT.reset(token)
    if code == CANCELLED:  # Typer turns Ctrl-C into exit 130 without a word
        print("\nCancelled; nothing saved.", file=sys.stderr)
    return code if isinstance(code, int) else 0


def _exit_code(code: object) -> int:
    if code is None or isinstance(code, int):
        return code or 0
    print(code, file=sys.stderr)  # as Python itself does with sys.exit("text")
    return 1


def modules_for(args: list[str]) -> tuple[str, ...]:
    """The modules to import, in a fixed order (it is the order `--help` lists them)."""
    every = tuple(dict.fromkeys(m for modules in COMMAND_MODULES.values() for m in modules))
    if "_CARECLI_COMPLETE" in os.environ:
        return every
    first = next((a for a in args if not a.startswith("-")), None)
    if first in COMMAND_MODULES:
        return COMMAND_MODULES[first]
    return every


def _command_words(args: list[str]) -> tuple[str, ...]:
    """The first two words when they come first (`journal list ...`); none under
    completion, which needs every command."""
    if "_CARECLI_COMPLETE" in os.environ:
        return ()
    words = []
    for arg in args[:2]:
        if arg.startswith("-"):
            break
        words.append(arg)
    return tuple(words)


_CONTEXT: ContextVar[Context] = ContextVar("carecli_context")


def context() -> Context:
    """This command line's context: one per run, so every file is read at most once."""
    return _CONTEXT.get()


def now() -> datetime:
    return context().now


def home() -> Path:
    return context().home


def _version(value: bool) -> None:
    if value:
        print(f"carecli {__version__}")
        raise typer.Exit()


def root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Run with no command to see the shift-start card."""
    if ctx.invoked_subcommand is None:
        from carecli.card import command

        command.show(command.CardRequest(), str(context().home), context().now)


def require_terminal(hint: str) -> None:
    """Forms need a person at a terminal; a script gets a clear error instead of a hang."""
    if not sys.stdin.isatty():
        raise CareError(f"no terminal to ask in: {hint}")
