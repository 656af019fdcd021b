"""`carecli --help`, from a cache: the text Typer printed last time, kept in the data
folder next to the card's cache and checked against what it was made from (the CLI's
source files, the carecli version and the help width), so it is never stale. Importing
Typer alone costs about six times Python's own start; the text rarely changes.
Standard library only.
"""

from __future__ import annotations

import marshal
import os

CACHE_NAME = "help-cache.bin"
HELP_FORMS = (["--help"], ["-h"])


def _stamp() -> list[object]:
    import shutil  # here: every command imports this module, and shutil costs the card

    from carecli import __version__

    cli = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cli")
    files = sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size)
                   for e in os.scandir(cli) if e.name.endswith(".py"))
    # Click wraps help to the terminal, at most 80 columns (the text depends on nothing else).
    columns = min(shutil.get_terminal_size().columns, 80)
    return [__version__, columns, files]


def read(home: str) -> str | None:
    try:
        with open(os.path.join(home, CACHE_NAME), "rb") as handle:
            body = marshal.loads(handle.read())
        if body["stamp"] == _stamp() and isinstance(body["text"], str):
            return str(body["text"])
    except (OSError, ValueError, EOFError, KeyError, TypeError):
        pass
    return None


def store(home: str, text: str) -> None:
    """Keep the text for next time, only where the data folder already exists."""
    if not os.path.isdir(home):
        return
    import contextlib

    from carecli.core import atomic

    # A read-only folder still gets its help, just without the speed-up.
    with contextlib.suppress(OSError, ValueError):
        atomic.write_bytes(os.path.join(home, CACHE_NAME),
                           marshal.dumps({"stamp": _stamp(), "text": text}), durable=False)
