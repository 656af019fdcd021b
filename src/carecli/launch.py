"""The `carecli` entry point and its single exit point, `run(argv) -> int`.

`carecli` and `carecli today [--once] [--json] [--date DAY]` run at every shift start,
often from a shell's startup file, so they go straight to the card (carecli.card.command)
before Typer is imported; so do plain `win` and `journal list` lines (cli/lines.py).
Any other form, including `--help` and mistakes, goes to the Typer app (cli/app.py).
Either way every error ends here as one line and an exit code: 1 for a domain or system
error, 2 for bad usage, 130 for Ctrl-C.
"""

from __future__ import annotations

import os
import sys

from carecli.core import helpcache
from carecli.core.errors import guard


def main() -> None:
    sys.exit(run(sys.argv[1:]))


def run(argv: list[str] | None = None) -> int:
    """Run one command line; returns the exit code. Tests call this."""
    args = sys.argv[1:] if argv is None else list(argv)
    return guard(lambda: _dispatch(args))


def _dispatch(args: list[str]) -> int:
    from carecli.card.request import parse

    # Shell completion calls the bare command with this variable set: that is Typer's job.
    request = None if "_CARECLI_COMPLETE" in os.environ else parse(args)
    if request is not None:
        from carecli.card import command

        return command.show(request)
    if request is None and args[:1] in (["win"], ["journal"]) \
            and "_CARECLI_COMPLETE" not in os.environ:
        from carecli.cli import actions

        if actions.plain_line(args):  # a plain `win` or `journal list`: no Typer to import
            return 0
    if args in helpcache.HELP_FORMS:
        return _help(args)
    from carecli.cli.app import run_app

    return run_app(args)


def _help(args: list[str]) -> int:
    """Top-level help: the text Typer printed last time when nothing it came from changed."""
    from carecli.core import paths

    home = paths.home_dir()
    text = helpcache.read(home)
    if text is None:
        import contextlib
        import io

        from carecli.cli.app import run_app

        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = run_app(args)
        text = out.getvalue()
        if code:
            sys.stdout.write(text)
            return code
        helpcache.store(home, text)
    sys.stdout.write(text)
    return 0
