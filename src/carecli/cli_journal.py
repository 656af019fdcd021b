"""`carecli journal ...`: find, fix, export and restore entries."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from carecli.cli import app, home

if TYPE_CHECKING:
    from carecli.store import Journal

journal_app = typer.Typer(help="Your journal: list, search, show, edit, delete, import.",
                          no_args_is_help=True)
app.add_typer(journal_app, name="journal")


def _journal() -> Journal:
    from carecli import config
    from carecli.store import Journal

    base = home()
    return Journal(base, config.load(base).rollover_hour)


@journal_app.command("import")
def import_entries(
    file: Annotated[Path, typer.Argument(help="JSON Lines, as printed by "
                                         "`journal list --json` ('-' for stdin).")],
) -> None:
    """Restore entries from a backup or another machine; ids already present are skipped.

    The whole file is checked first: one bad line refuses the import and changes nothing.

    Example: carecli journal list --json > backup.jsonl ; carecli journal import backup.jsonl
    """
    from carecli import journal_io, render

    journal = _journal()
    entries = journal_io.read_jsonl(file)
    added, skipped = journal.import_entries(entries)
    render.message(f"Imported {added} entries" + (f", skipped {skipped} already present."
                                                  if skipped else "."))
