"""What `win` and `journal list` do once their line is read, by Typer (cli/capture.py,
cli/journal.py) or by cli/lines.py: one body for both ways in, and no Typer here, so a
plain line never imports it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from carecli.core.emit import Result, emit

if TYPE_CHECKING:
    from carecli.cli import ask
    from carecli.context import Context

WinForm = Callable[[dict[str, str]], "ask.WinAnswers"]

# Without -n, the terminal table stops at the newest TABLE_LIMIT entries (say so, and
# `--all` lifts it); --json, --format and -n are never capped, so a backup is complete.
TABLE_LIMIT = 50


def win(ctx: Context, words: Sequence[str] | None, *, theme: str | None = None,
        impact: int | None = None, channel: str | None = None, tag: Sequence[str] = (),
        at: str | None = None, as_json: bool = False, form: WinForm | None = None) -> None:
    """Save a win and print it with the day's standing. Without words, `form` asks for
    the win (a bad --at is refused before anything is asked)."""
    from carecli.journal import capture, models
    from carecli.render import quick as render_quick

    when = ctx.moment(at)
    text = " ".join(words) if words else None  # one quoted TEXT stays exactly as typed
    tags = list(tag)
    if text is None:
        if form is None:
            raise ValueError("a win without text needs its form")
        answers = form(ctx.themes)
        text, theme, impact = answers.text, theme or answers.theme, impact or answers.impact
        channel, tags = channel or answers.channel, tags or list(answers.tags)
    from carecli.cli.capturecheck import reviewer

    logged = capture.log_win(ctx.journal, ctx.calendar, ctx.themes, ctx.now, text,
                             theme=theme, impact=impact, channel=channel,
                             tags=[*tags, *models.inline_tags(text)], at=when,
                             review=reviewer(ctx, "win"))
    emit(Result(models.ENTRY_SCHEMA, lambda: capture.logged_json(logged),
                lambda: print(render_quick.logged(logged))), as_json)


def journal_list(ctx: Context, *, since: str | None = None, until: str | None = None,
                 on: str | None = None, theme: str | None = None, tag: Sequence[str] = (),
                 kind: str | None = None, contains: str | None = None,
                 limit: int | None = None, show_all: bool = False, as_json: bool = False,
                 fmt: str | None = None, short: bool = False) -> None:
    """Print the matching entries, newest first: a table, JSON Lines, Markdown or CSV."""
    import sys

    from carecli.core.errors import CareError
    from carecli.journal import query as journal_query
    from carecli.render import journal as render_journal

    if fmt == "json":
        as_json, fmt = True, None
    if as_json and fmt is not None:
        raise CareError("use either --json or --format, not both")
    if show_all and limit is not None:
        raise CareError("use either -n or --all, not both")
    if short and (as_json or fmt is not None):
        raise CareError("--short is for the terminal; leave out --json and --format")
    query = journal_query.build_query(
        now=ctx.now, rollover_hour=ctx.settings.rollover_hour, themes=ctx.themes,
        since=since, until=until, on=on, theme=theme, tags=tag, kind=kind,
        contains=contains)
    as_table = not as_json and fmt is None
    cap = limit if limit is not None or not as_table or show_all else TABLE_LIMIT
    found = journal_query.select(ctx.journal.entries(newest_first=True), query, cap)
    if as_json:
        sys.stdout.write(render_journal.jsonl(found.entries))
    elif fmt == "md":
        sys.stdout.write(render_journal.markdown(found.entries))
    elif fmt == "csv":
        sys.stdout.write(render_journal.csv_text(found.entries))
    else:
        render_journal.table(found.entries, more=found.more and limit is None,
                             filtered=query.is_filtered(), short=short, year=ctx.now.year)


def plain_line(args: list[str]) -> bool:
    """Serve `args` here if it is a plain `win` or `journal list` line (see cli/lines.py);
    False if Typer should read it."""
    from carecli.cli import lines
    from carecli.context import Context

    values = lines.win(args)
    if values is not None:
        words = values.pop("words")
        win(Context(), words, **values)  # type: ignore[arg-type]
        return True
    values = lines.journal_list(args)
    if values is not None:
        journal_list(Context(), **values)  # type: ignore[arg-type]
        return True
    return False
