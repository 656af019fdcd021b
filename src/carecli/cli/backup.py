"""`carecli backup FILE` and `carecli restore FILE`: everything in one file, and back."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up.
import sys
from typing import Annotated

import typer

from carecli.cli.app import context
from carecli.cli.registry import Commands
from carecli.core.errors import CareError

commands = Commands()
COMMANDS = (commands,)


@commands.command("backup")
def backup(
    file: Annotated[str, typer.Argument(metavar="FILE", help="Where to write it ('-' for "
                                        "stdout).")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")
                     ] = False,
) -> None:
    """Write everything carecli keeps into one JSON file (schema carecli.backup/1).

    It holds your entries (reflections too), days off, the settings file, your installed
    team packs, the card's prompt rotation and your pseudonym. `carecli restore FILE`
    puts it back, on this machine or another. It is private: keep it somewhere safe.

    \b
    Examples:
      carecli backup ~/carecli-2026-12-01.json
      carecli backup - | gzip > carecli.json.gz
    """
    from carecli.journal import backup as backups
    ctx = context()
    document = backups.collect(ctx.home, ctx.journal, ctx.now)
    backups.write(document, file, force)
    if file != "-":
        print(f"Backed up {len(document['entries'])} entries, {len(document['off_days'])} "
              f"days off, settings and {len(document['packs'])} packs to {file}.",
              file=sys.stderr)


# Longer than 40 lines only for its Typer option declarations and help text.
@commands.command("restore")
def restore(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A file `carecli backup` "
                                        "wrote ('-' for stdin).")],
    replace: Annotated[bool, typer.Option("--replace", help="Make this home equal to the "
                                          "backup (entries, days off, settings, packs not "
                                          "in it are removed).")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; required when not "
                                      "in a terminal.")] = False,
) -> None:
    """Put a backup back: shows what would change, asks, then restores.

    The whole file is checked first; a bad file changes nothing. By default it merges:
    entries are matched by id (yours stay as they are), days off are added to yours,
    a setting you changed stays yours (one at its default takes the backup's), and
    packs, the card rotation and the pseudonym are added only where you
    have none. --replace makes this home exactly the backup.
    `carecli journal undo` takes back the entries and days off a restore changed; the
    settings, packs, card rotation and pseudonym stay as restored.

    \b
    Examples:
      carecli restore ~/carecli-2026-12-01.json
      carecli restore backup.json --replace --yes
    """
    from carecli.journal import backup as backups
    from carecli.journal import restore as restoring
    ctx = context()
    found = backups.read(file)
    plan = restoring.plan(ctx.home, ctx.journal, found, replace)
    if plan.is_empty():
        print("Nothing to restore: this home already has everything in the backup.")
        return
    if not yes and (file == "-" or not _in_terminal()):
        raise CareError("not a terminal, so carecli cannot ask: add --yes to restore "
                        f"({plan.new} new entries)")
    print("\n".join(restoring.describe(plan, replace)))
    if not yes and not typer.confirm("Restore?", default=False):
        print("Nothing restored.")
        return
    restoring.apply(ctx.home, ctx.journal, plan, ctx.today)
    print(f"Restored from {file}." + (" Not what you meant? carecli journal undo takes "
                                      "back the entries and days off." if plan.change.after
                                      or plan.change.before or plan.change.off_days else ""))


def _in_terminal() -> bool:
    return sys.stdin.isatty()
