"""How `carecli journal ...` shows entries: a rich table, one entry in full, Markdown, CSV
and JSON Lines.

Journal text is user-typed. It reaches the terminal only through `textsafe.inert` and
rich `Text` objects (never markup), so `[bold]` or an escape character prints as typed;
the Markdown and CSV views pass it through `inert` as well, Markdown escapes its own
special characters and CSV defuses spreadsheet formulas (both in `formats`). JSON Lines
keep the text exactly (json escapes control characters): that is the lossless format
`journal import` reads back.

Rich is imported inside the functions that draw, so the JSON, CSV and Markdown views
never load it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from carecli.core import fit
from carecli.core.style import Style
from carecli.core.textsafe import inert
from carecli.journal.models import Entry
from carecli.render import formats
from carecli.render.formats import md_cell

if TYPE_CHECKING:
    from rich.text import Text

    from carecli.journal.changes import Change

COLUMNS = ("id", "shift day", "time", "kind", "impact", "theme", "channel", "tags", "text")
CSV_COLUMNS = ("id", "shift_day", "at", "kind", "impact", "energy", "theme", "channel", "tags",
               "text", "well", "hard", "tomorrow", "prompt")
UNDO_HINT = "Not what you meant? carecli journal undo"


def describe(entry: Entry) -> str:
    """The one-line text of an entry: a win's text, a reflection's energy and answers."""
    if entry.kind != "reflection":
        return entry.text
    parts = [f"energy {entry.energy}/5"] if entry.energy else []
    if entry.well or entry.hard or entry.tomorrow or not parts:
        parts.append(entry.summary())
    return " | ".join(parts)


def cells(entry: Entry) -> tuple[str, ...]:
    """The table row of an entry, in COLUMNS order, as raw (not yet inert) strings."""
    return (entry.id, entry.shift_day.isoformat(), entry.at.strftime("%H:%M"), entry.kind,
            "" if entry.impact is None else str(entry.impact), entry.theme or "",
            entry.channel or "", ", ".join(entry.tags), describe(entry))


# ---- terminal ------------------------------------------------------------------------

def table(entries: Sequence[Entry], *, more: bool = False, filtered: bool = False,
          short: bool = False, year: int | None = None) -> None:
    """The newest-first table of `journal list` (`short`: one line an entry), or a
    friendly line when it is empty; `year` is left out of the dates in it.

    Drawn without rich (see plaintable): listing is something agents do many times a
    shift, and it should start about as fast as logging a win."""
    import sys

    from carecli.core import style
    paint = style.for_stream(sys.stdout)
    if not entries:
        print(paint("No entries match." if filtered else 'Your journal is empty. Log your '
                    'first win: carecli win "Sorted a stuck refund"', "yellow"))
        return
    if short:
        total = fit.terminal_columns()
        print("\n".join(short_lines(entries, total, paint, year)), flush=True)
    else:
        _print_entries(entries)
    if more:
        print(paint(f"The newest {len(entries)} are shown and more match: "
                    "use -n N or --all to see more.", "dim"))


def _print_entries(entries: Sequence[Entry]) -> None:
    import sys

    from carecli.core import style
    total = fit.terminal_columns()
    print("\n".join(_entry_lines(entries, total, style.for_stream(sys.stdout))), flush=True)


# Below this width the theme, channel and tags go under the text instead of in columns
# of their own, and the impact goes with the kind ("win 4/5"), so the text keeps room to
# wrap (a standard 80-column window, a pipe).
WIDE = 110
TABLE_COLUMNS = ("id", "time", "kind", "impact", "theme", "channel", "tags", "text")
NARROW_COLUMNS = ("id", "time", "kind", "text")


def day_heading(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def when(entry: Entry, year: int | None = None) -> str:
    """The entry's real date and time ("Wed 2 Dec 01:30"), the year only if not `year`."""
    at = entry.at
    return f"{at:%a} {at.day} {at:%b}{'' if at.year == year else f' {at.year}'} {at:%H:%M}"


def _clock(entry: Entry) -> str:
    """The time under its shift day's heading: the date as well when it is the next one
    (a win at 01:30 on 2 Dec belongs to 1 Dec's shift with a 04:00 rollover)."""
    at = entry.at
    return f"{at:%H:%M}" if at.date() == entry.shift_day else when(entry, entry.shift_day.year)


def _entry_lines(entries: Sequence[Entry], total: int, paint: Style) -> list[str]:
    """A heading for each shift day, then its entries in columns; theme ids, channels
    and tags are never cut (the text column is kept as wide as the widest of them)."""
    from carecli.render import plaintable
    wide = total >= WIDE
    names = TABLE_COLUMNS if wide else NARROW_COLUMNS
    rows: list[list[str]] = []
    before: dict[int, str] = {}
    longest = 0
    for entry in entries:
        row = dict(zip(COLUMNS, (inert(c) for c in cells(entry)), strict=True))
        row["time"] = _clock(entry)
        meta = [row["theme"], row["channel"]] + [f"#{inert(tag)}" for tag in entry.tags]
        longest = max([longest, *(fit.width(m) for m in meta)])
        if not wide:
            row["kind"] += f" {row['impact']}/5" if row["impact"] else ""
            if any(meta):
                row["text"] += "\n" + " · ".join(m for m in meta if m)
        if not rows or entries[len(rows) - 1].shift_day != entry.shift_day:
            before[len(rows)] = paint(day_heading(entry.shift_day), "bold")
        rows.append([row[name] for name in names])
    caps = {names.index("time"): 10}  # "Wed 2 Dec" over "01:30" when narrow
    if wide:
        caps = {names.index("theme"): max(16, longest), names.index("channel"): 16,
                names.index("tags"): 16}
    return plaintable.render(names, rows, total_width=total, flexible=names.index("text"),
                             style=paint, dim=[names.index("time")], caps=caps,
                             min_flexible=16 if wide else max(16, longest), before=before)


def short_lines(entries: Sequence[Entry], total: int, paint: Style,
                year: int | None = None, out_of: str = "") -> list[str]:
    """`journal list --short`: one line an entry, its real date and time, theme, impact
    and as much of its text as fits, cut after a word with "…". When the text would get
    fewer than 24 columns, long theme ids are shortened at a hyphen ("walk-in-…")."""
    from carecli.render import plaintable
    rows = [[when(e, year), inert(e.theme or ""),
             "" if e.impact is None else f"{e.impact}{out_of}", inert(describe(e))]
            for e in entries]
    sizes = [max(fit.width(row[c]) for row in rows) for c in range(3)]
    spare = total - sum(sizes) - 2 * sum(1 for s in sizes if s) - 24
    if spare < 0 and sizes[1]:
        sizes[1] = max(8, sizes[1] + spare)
        for row in rows:
            row[1] = _short_theme(row[1], sizes[1])
    used = sum(sizes) + 2 * sum(1 for s in sizes if s)
    out = []
    for at, theme, impact, text in rows:
        shown = [paint(at.ljust(sizes[0]), "dim"),
                 theme + " " * (sizes[1] - fit.width(theme)), impact.rjust(sizes[2])]
        line = "  ".join(x for x, size in zip(shown, sizes, strict=True) if size)
        out.append(f"{line}  {plaintable.cut(text, max(total - used, 8))}".rstrip())
    return out


# The checkbox draws "» ○ " before each choice; a label longer than the line would wrap,
# and the list would no longer scroll one win a line.
CHECKBOX_MARGIN = 5


def pick_choices(wins: Iterable[Entry], total: int, year: int | None = None
                 ) -> list[tuple[str, Entry]]:
    """The export checklist: newest first, each win's real date and time, theme, impact
    and its text cut to fit one line of a terminal `total` wide."""
    from carecli.core.style import Style
    newest = sorted(wins, key=lambda e: e.at, reverse=True)
    if not newest:
        return []
    labels = short_lines(newest, total - CHECKBOX_MARGIN, Style(False), year, "/5")
    return list(zip(labels, newest, strict=True))


def _short_theme(theme: str, room: int) -> str:
    """A theme id in `room` columns, cut after one of its hyphens, with "…"."""
    if fit.width(theme) <= room:
        return theme
    kept = ""
    for part in theme.split("-"):
        if fit.width(f"{kept}{part}-…") > room:
            break
        kept += part + "-"
    return (kept or theme[:room - 1]) + "…"


def detail(entry: Entry) -> None:
    """One entry, every field, as label/value lines (`journal show`)."""
    from rich.table import Table

    from carecli.render.console import console, plain

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in _fields(entry):
        grid.add_row(plain(label), value if not isinstance(value, str) else plain(value))
    console.print(grid)


def _fields(entry: Entry) -> list[tuple[str, str | Text]]:
    is_win = entry.kind == "win"
    rows: list[tuple[str, str | Text]] = [
        ("id", entry.id),
        ("kind", entry.kind),
        ("shift day", f"{entry.shift_day.isoformat()} ({entry.shift_day:%A})"),
        ("at", entry.at.isoformat(sep=" ", timespec="minutes")),
    ]
    if is_win or entry.text:
        rows.append(("text", _multiline(entry.text)))
    if is_win or entry.impact is not None:
        rows.append(("impact", "-" if entry.impact is None else f"{entry.impact}/5"))
    if not is_win:
        rows.append(("energy", "-" if entry.energy is None else f"{entry.energy}/5"))
        rows += [("went well", _multiline(entry.well or "-")),
                 ("was hard", _multiline(entry.hard or "-")),
                 ("tomorrow", _multiline(entry.tomorrow or "-"))]
    rows += [("theme", entry.theme or "-"), ("channel", entry.channel or "-"),
             ("tags", ", ".join(entry.tags) or "-")]
    if entry.prompt:
        rows.append(("prompt", entry.prompt))
    return rows


def _multiline(text: str) -> Text:
    from rich.text import Text

    return Text(inert(text, keep_newlines=True))


def saved(entry: Entry) -> None:
    """After `journal edit`: the entry as it now is, and how to take it back."""
    from carecli.render.console import console, plain

    console.print(plain(f"Updated {entry.kind} {entry.id}:", "green"))
    detail(entry)
    console.print(plain(UNDO_HINT, "dim"))


def deleted(entries: Sequence[Entry], listed: bool = False) -> None:
    """After `journal delete`; the entries are shown unless the question already did."""
    from carecli.render.console import console, plain

    console.print(plain(f"Deleted {_count(entries)}{'.' if listed else ':'}", "green"))
    if not listed:
        _print_entries(entries)
    console.print(plain(UNDO_HINT, "dim"))


def to_delete(entries: Sequence[Entry]) -> None:
    """What `journal delete` is about to remove, before it asks."""
    from carecli.render.console import console, plain

    noun = "this entry" if len(entries) == 1 else f"these {len(entries)} entries"
    console.print(plain(f"About to delete {noun}:", "yellow"))
    _print_entries(entries)


def undone(change: Change) -> None:
    """What `journal undo` put back, in words."""
    from carecli.render.console import console, plain

    before, after = change.before, change.after
    if change.action == "edit" and len(before) == 1:
        console.print(plain(f"Undid the edit: {before[0].kind} {before[0].id} is back "
                            "as it was.", "green"))
        detail(before[0])
        return
    if change.action == "import":
        console.print(plain(f"Undid the import: removed the {_count(after)} it added.",
                            "green"))
        return
    if change.action == "scrub":  # the same entries, their text as it was typed
        console.print(plain(f"Undid the scrub: {_count(before)} back as typed.", "green"))
        _print_entries(before[:50])
        return
    parts = []
    if after:
        parts.append(f"removed {_count(after)}")
    if before:
        parts.append(f"restored {_count(before)}")
    console.print(plain(f"Undid the {change.action}: {' and '.join(parts) or 'no change'}.",
                        "green"))
    shown = before or after
    if shown and len(shown) <= 50:
        _print_entries(shown)


def _count(entries: Sequence[Entry]) -> str:
    return "1 entry" if len(entries) == 1 else f"{len(entries)} entries"


def message(text: str, style: str = "green") -> None:
    from carecli.render.console import message as show

    show(text, style)


# ---- files and pipes -----------------------------------------------------------------

def jsonl(entries: Iterable[Entry]) -> str:
    """JSON Lines, one entry a line: exactly what `journal import` reads back."""
    from carecli.journal.io import to_jsonl

    return "".join(to_jsonl(entry) + "\n" for entry in entries)


def markdown(entries: Iterable[Entry]) -> str:
    """A Markdown (GitHub-flavoured) table, same columns as the terminal table."""
    lines = ["| " + " | ".join(COLUMNS) + " |",
             "|" + "|".join("---" for _ in COLUMNS) + "|"]
    lines += ["| " + " | ".join(md_cell(cell) for cell in cells(e)) + " |" for e in entries]
    return "\n".join(lines) + "\n"


def csv_text(entries: Iterable[Entry]) -> str:
    """CSV with a header row; tags are joined with ';' and the time is the full ISO 8601
    timestamp. Text goes through `inert`, so every entry is one line, and a cell that
    starts like a spreadsheet formula gets a leading apostrophe."""
    return formats.csv_text(CSV_COLUMNS, (
        [e.id, e.shift_day.isoformat(), e.at.isoformat(), e.kind, _blank(e.impact),
         _blank(e.energy), inert(e.theme or ""), inert(e.channel or ""),
         inert(";".join(e.tags)), inert(e.text), inert(e.well), inert(e.hard),
         inert(e.tomorrow), inert(e.prompt or "")] for e in entries), line_end="\n")


def _blank(value: int | None) -> str:
    return "" if value is None else str(value)
