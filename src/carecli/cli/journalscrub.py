"""`carecli journal scrub`: scrub the personal data out of entries already saved."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up. Type-only names are quoted instead.
from typing import TYPE_CHECKING, Annotated

import typer

from carecli.cli import filters
from carecli.cli.app import context, require_terminal
from carecli.cli.registry import Commands

if TYPE_CHECKING:
    from carecli.journal.models import Entry

commands = Commands("journal")  # the group, its help included, is cli/journal.py's
COMMANDS = (commands,)
FIELDS = ("text", "well", "hard", "tomorrow")


# Longer than 40 lines only for its Typer option declarations and help text.
@commands.command("scrub")
def scrub_entries(
    since: filters.Since = None,
    until: filters.Until = None,
    on: filters.On = None,
    theme: filters.Theme = None,
    tag: filters.Tags = None,
    contains: filters.Contains = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; "
                                          "change nothing.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; required when not "
                                      "in a terminal.")] = False,
) -> None:
    """Scrub personal data out of saved entries (all of them, or those the filters pick).

    Each entry that would change is shown before and after; then it asks. One
    `carecli journal undo` puts every scrubbed entry back as it was. The scrubber and your
    scrub_always / scrub_keep settings are the ones `export` uses.

    \b
    Examples:
      carecli journal scrub --dry-run
      carecli journal scrub --since "last monday"
      carecli journal scrub --on yesterday --yes
    """
    from carecli.journal import query as journal_query
    from carecli.journal.changes import Change

    ctx = context()
    query = journal_query.build_query(
        now=ctx.now, rollover_hour=ctx.settings.rollover_hour, themes=ctx.themes,
        since=since, until=until, on=on, theme=theme, tags=tag or (), contains=contains)
    found = journal_query.select(ctx.journal.entries(newest_first=True), query).entries
    pairs = [(e, s) for e in found if (s := _scrubbed(e)) != e]
    if not pairs:
        print(f"Nothing to scrub in {_count(len(found))}.")
        return
    for before, after in pairs:
        _show(before, after)
    if dry_run:
        print(f"Dry run: {_count(len(pairs))} would be scrubbed; nothing changed.")
        return
    if not yes:
        require_terminal("add --yes to scrub without being asked")
        if not typer.confirm(f"Scrub {_count(len(pairs))}?", default=False, err=True):
            print("Nothing changed.")
            return
    ctx.journal.apply(Change("scrub", before=tuple(b for b, _ in pairs),
                             after=tuple(a for _, a in pairs)))
    print(f"Scrubbed {_count(len(pairs))}. `carecli journal undo` puts them back.")


def _scrubbed(entry: "Entry") -> "Entry":
    from carecli.scrub import scrub

    settings = context().settings
    changes = {}
    for name in FIELDS:
        value = getattr(entry, name)
        if value:
            text = scrub(value, always_scrub=settings.scrub_always,
                         always_keep=settings.scrub_keep).text
            if text != value:
                changes[name] = text
    return entry.with_changes(**changes) if changes else entry


def _show(before: "Entry", after: "Entry") -> None:
    from carecli.core.textsafe import inert

    print(f"{before.id} {before.shift_day:%a %d %b %Y}")
    for name in FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            label = "" if name == "text" else f"{name}: "
            print(f"  - {label}{inert(old)}\n  + {label}{inert(new)}")


def _count(n: int) -> str:
    return f"{n} {'entry' if n == 1 else 'entries'}"

