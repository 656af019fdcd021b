"""`carecli journal ...`: find, fix, export and restore entries."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up. Type-only names are quoted instead.
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from carecli.cli import actions, complete, filters
from carecli.cli.app import context
from carecli.cli.registry import Commands
from carecli.core.errors import CareError

if TYPE_CHECKING:
    from carecli.journal.changes import Change
    from carecli.journal.models import Entry
    from carecli.journal.store import Journal

TABLE_LIMIT = actions.TABLE_LIMIT


class Kind(StrEnum):
    win = "win"
    reflection = "reflection"


class Format(StrEnum):
    md = "md"
    csv = "csv"
    json = "json"  # the same as --json, as `export` and `team report` take it


journal_app = Commands("journal", help="Your journal: list, search, show, edit, delete, undo, "
                       "import, scrub.", no_args_is_help=True)
COMMANDS = (journal_app,)


def _journal() -> "Journal":
    return context().journal


class Source(StrEnum):
    carecli = "carecli"
    jrnl = "jrnl"


class ImportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


@journal_app.command("import")
def import_entries(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="JSON Lines as `journal list --json` "
                                         "prints (or see --format, --from); '-' for "
                                         "stdin.")],
    source: Annotated[Source, typer.Option("--from", case_sensitive=False,
                                           help="Whose file: carecli's own, or jrnl's "
                                                "`jrnl --export json`.")] = Source.carecli,
    fmt: Annotated[ImportFormat, typer.Option("--format", case_sensitive=False,
                                              help="carecli's JSON Lines, or the CSV of "
                                                   "`journal list --format csv`.")
                   ] = ImportFormat.jsonl,
) -> None:
    """Add entries from a backup, another machine or jrnl; ids already present are skipped.

    The whole file is checked first: one bad line refuses the import and changes nothing.
    A record needs only `text` and `at`; the rest defaults as for `carecli win`. A record
    without an id gets one made from its kind, time and text, so importing the same file
    twice adds each entry once. From jrnl: text is title and body, the time is in this
    computer's time zone, tags lose their @, and a starred entry gets impact 5 (others 3).
    CSV folds line breaks to spaces: JSON Lines is the lossless copy.

    \b
    Examples:
      carecli journal list --json > backup.jsonl
      carecli journal import backup.jsonl
      carecli journal import journal.csv --format csv
      jrnl --export json > jrnl.json && carecli journal import jrnl.json --from jrnl
    """
    from carecli.journal import io as journal_io
    from carecli.render import console as render
    if source is Source.jrnl and fmt is not ImportFormat.jsonl:
        raise CareError("--from jrnl reads jrnl's JSON export; it takes no --format")
    read = (journal_io.read_jrnl if source is Source.jrnl else
            journal_io.read_csv if fmt is ImportFormat.csv else journal_io.read_jsonl)
    entries = read(file)
    added, skipped = _journal().import_entries(entries, context().calendar)
    render.message(f"Imported {added} entries" + (f", skipped {skipped} already present."
                                                  if skipped else "."))


# Longer than 40 lines only for its Typer option declarations and help text.
@journal_app.command("list")
def list_entries(
    since: filters.Since = None,
    until: filters.Until = None,
    on: filters.On = None,
    theme: filters.Theme = None,
    tag: filters.Tags = None,
    kind: Annotated[Kind | None, typer.Option("--kind", case_sensitive=False,
                                              help="Only wins or only reflections.")] = None,
    contains: filters.Contains = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, metavar="N",
                                              help="The newest N matching entries.")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Show every match in the table "
                                           f"(it stops at {TABLE_LIMIT} otherwise).")
                        ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one entry a line: "
                                          "what `journal import` reads back.")] = False,
    fmt: Annotated[Format | None, typer.Option("--format", case_sensitive=False,
                                               help="md (a Markdown table), csv, or json "
                                                    "(as --json).")
                   ] = None,
    short: Annotated[bool, typer.Option("--short", help="One line an entry: date and time, "
                                        "theme, impact, the text cut to fit with '…'.")
                     ] = False,
) -> None:
    """List entries, newest first; days are shift days, both ends included.

    The table has a heading for each shift day and fits the terminal (COLUMNS): text
    wraps at spaces, theme ids are never cut. An entry after midnight that still belongs
    to the day before (the rollover hour) shows its real date: "Wed 2 Dec 01:30" under
    Tue 1 Dec. It shows the newest 50 matches unless -n or --all says otherwise; --json
    and --format always include every match (for thousands, they are also much faster).

    \b
    Examples:
      carecli journal list --since "last monday" --tag refund --contains parcel
      carecli journal list --short -n 20
    """
    from carecli.cli import actions

    actions.journal_list(context(), since=since, until=until, on=on, theme=theme,
                         tag=tag or (), kind=kind.value if kind else None, contains=contains,
                         limit=limit, show_all=show_all, as_json=as_json,
                         fmt=fmt.value if fmt else None, short=short)


IdArgument = Annotated[str, typer.Argument(metavar="ID", help="The entry's id, or enough of "
                                           "its start to be unique.",
                                           autocompletion=complete.entry_ids)]


@journal_app.command("show")
def show(
    entry_id: IdArgument,
    as_json: Annotated[bool, typer.Option("--json", help="Print the entry as one JSON line.")
                       ] = False,
) -> None:
    """Show one entry with every field.

    \b
    Examples:
      carecli journal show 3fk2
    """
    from carecli.render import journal as render_journal
    entry = _journal().get(entry_id)
    if as_json:
        sys.stdout.write(render_journal.jsonl([entry]))
    else:
        render_journal.detail(entry)


# Longer than 40 lines only for its Typer option declarations and help text.
@journal_app.command("edit")
def edit(
    entry_id: IdArgument,
    text: Annotated[str | None, typer.Option("--text", metavar="TEXT",
                                             help="New text.")] = None,
    theme: Annotated[str | None, typer.Option("--theme", "-t", metavar="THEME",
                                              autocompletion=complete.themes,
                                              help="New theme (id or unique prefix).")
                     ] = None,
    impact: Annotated[int | None, typer.Option("--impact", "-i", min=1, max=5, metavar="1-5",
                                               help="New impact, 1-5 (wins).")] = None,
    channel: Annotated[str | None, typer.Option("--channel", "-c", metavar="CHANNEL",
                                                autocompletion=complete.channels,
                                                help="New channel: phone, chat, email, "
                                                     "social, video, in-person, other.")
                       ] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", metavar="TAG",
                                                  help="New tags, replacing the old ones; "
                                                       "repeat for more.")] = None,
    clear_tags: Annotated[bool, typer.Option("--clear-tags", help="Remove every tag.")
                          ] = False,
    at: Annotated[str | None, typer.Option("--at", metavar="WHEN", help="New time: "
                                           "'2026-11-20 14:30', 'yesterday 15:30'; the "
                                           "shift day follows.")] = None,
    energy: Annotated[int | None, typer.Option("--energy", min=1, max=5, metavar="1-5",
                                               help="New energy, 1-5 (reflections).")] = None,
    well: Annotated[str | None, typer.Option("--well", metavar="TEXT",
                                             help="What went well (reflections).")] = None,
    hard: Annotated[str | None, typer.Option("--hard", metavar="TEXT",
                                             help="What was hard (reflections).")] = None,
    tomorrow: Annotated[str | None, typer.Option("--tomorrow", metavar="TEXT",
                                                 help="Intention for the next shift "
                                                      "(reflections).")] = None,
) -> None:
    """Change an entry. With no flags, a win's text opens in your editor ($EDITOR).

    \b
    Examples:
      carecli journal edit 3fk2 --impact 5 --tag refund --tag callback
    """
    from carecli.journal import query as journal_query
    from carecli.render import journal as render_journal
    if tag and clear_tags:
        raise CareError("use either --tag or --clear-tags, not both")
    moment = context().moment(at)
    change = journal_query.Edit(
        text=text, theme=theme, impact=impact, channel=channel,
        tags=() if clear_tags else (tuple(tag) if tag else None), at=moment,
        energy=energy, well=well, hard=hard, tomorrow=tomorrow)
    journal = _journal()
    entry = journal.get(entry_id)
    if change.is_empty():
        new_text, why = journal_query.edited_text(entry.text, _edit_in_editor(entry))
        if new_text is None:
            render_journal.message(f"Nothing changed: {why}.", "yellow")
            return
        change = journal_query.Edit(text=new_text)
    updated = journal_query.apply_edit(entry, change, context().calendar, context().themes)
    updated = _checked(entry, updated)
    if updated == entry:
        render_journal.message(f"Nothing changed: {entry.id} already says that.", "yellow")
        return
    journal.update(entry, updated)
    render_journal.saved(updated)


def _checked(entry: "Entry", updated: "Entry") -> "Entry":
    """The edit with its new text checked for personal data (cli/capturecheck.py)."""
    from carecli.cli.capturecheck import checked

    fields = {name: getattr(updated, name) for name in ("text", "well", "hard", "tomorrow")
              if getattr(updated, name) != getattr(entry, name)}
    if not fields:
        return updated
    return updated.with_changes(**checked(context(), fields, entry.kind))


def _edit_in_editor(entry: "Entry") -> str | None:
    """The text after the agent edited it in $EDITOR (then $VISUAL, then nano/notepad)."""
    if entry.kind != "win":
        raise CareError("say what to change in a reflection: --energy, --well, --hard, "
                        "--tomorrow, --theme, --tag or --at")
    if not sys.stdin.isatty():
        raise CareError("say what to change (--text, --impact, --theme, --tag, ...); "
                        "the editor opens only when carecli runs in a terminal")
    import tempfile

    from carecli.cli.editor import run_editor

    handle, name = tempfile.mkstemp(prefix="carecli-edit-", suffix=".txt")  # owner-only
    try:
        with open(handle, "w", encoding="utf-8") as draft:
            draft.write(entry.text + "\n")
        run_editor(Path(name), "nothing changed")
        with open(name, encoding="utf-8") as result:
            return result.read()
    except UnicodeDecodeError:
        raise CareError("the edited text is not UTF-8; nothing changed") from None
    finally:
        os.unlink(name)


@journal_app.command("delete")
def delete(
    entry_ids: Annotated[list[str], typer.Argument(metavar="ID...", help="One or more entry "
                                                   "ids (or unique starts of them).",
                                                   autocompletion=complete.entry_ids)],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; required when not "
                                      "in a terminal.")] = False,
) -> None:
    """Delete entries, after showing them and asking (`journal undo` brings them back).

    \b
    Examples:
      carecli journal delete 3fk2 9xq7 --yes
    """
    from carecli.render import journal as render_journal
    journal = _journal()
    chosen = list({e.id: e for e in map(journal.get, entry_ids)}.values())
    if not yes:
        if not sys.stdin.isatty():
            raise CareError("not a terminal, so carecli cannot ask: add --yes to delete "
                            f"{len(chosen)} {'entry' if len(chosen) == 1 else 'entries'}")
        render_journal.to_delete(chosen)
        if not typer.confirm("Delete?", default=False):
            render_journal.message("Nothing deleted.", "yellow")
            return
    journal.delete(chosen)
    render_journal.deleted(chosen, listed=not yes)


@journal_app.command("undo")
def undo(
    steps: Annotated[int, typer.Option("--steps", "-n", min=1, max=20, metavar="N",
                                       help="Take back the last N changes, newest first.")
                     ] = 1,
    show_list: Annotated[bool, typer.Option("--list", help="Show what undo would take "
                                            "back, newest first; changes nothing.")
                         ] = False,
) -> None:
    """Take back the last add, edit, delete or import; again for the one before, up to
    the last 20 (there is no redo). Changing rollover_hour empties the list.

    \b
    Examples:
      carecli journal delete 3fk2 --yes
      carecli journal undo
      carecli journal undo --list
      carecli journal undo -n 3
    """
    from carecli.render import journal as render_journal
    journal = _journal()
    if show_list:
        known = journal.undo_history()
        print("\n".join(f"{number}. {_described(change)}"
                        for number, change in enumerate(known, start=1))
              or "Nothing to undo.")
        return
    for step in range(steps):
        if step and journal.last_change() is None:
            break
        render_journal.undone(journal.undo())


def _described(change: "Change") -> str:
    """One line for `undo --list`: what undoing the change would do."""
    from carecli.core.textsafe import inert

    def count(entries: "tuple[Entry, ...]") -> str:
        return f"{len(entries)} {'entry' if len(entries) == 1 else 'entries'}"

    touched = change.before or change.after
    first = inert(touched[0].summary())[:60] if touched else ""
    what = {"add": f"remove the {touched[0].kind if touched else 'entry'} you added",
            "import": f"remove the {count(change.after)} the import added",
            "edit": "put back the entry as it was before the edit",
            "delete": f"bring back {count(change.before)} you deleted",
            "scrub": f"put back {count(change.before)} as before the scrub"
            }.get(change.action, f"take back the {change.action}")
    ids = ", ".join(e.id for e in touched[:3]) + (", ..." if len(touched) > 3 else "")
    return f"{change.action}: {what} ({ids}{': ' + first if len(touched) == 1 else ''})"
