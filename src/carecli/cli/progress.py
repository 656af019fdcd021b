"""`carecli progress` and `carecli off`: you against your own yesterday and best."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up.
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from carecli.cli.app import context
from carecli.cli.registry import Commands
from carecli.core.emit import Result, emit

if TYPE_CHECKING:
    from datetime import date

    from carecli.progress import Progress
from carecli.core import offdays
from carecli.core.errors import CareError

commands = Commands()
COMMANDS = (commands,)


@commands.command()
def progress(
    week: Annotated[bool, typer.Option("--week", help="Window of the last 7 shift days for "
                                       "the totals and the theme balance.")] = False,
    month: Annotated[bool, typer.Option("--month", help="Window of the last 30 shift days "
                                        "(the default).")] = False,
    day: Annotated[str | None, typer.Option("--date", metavar="DAY",
                                            help="Look back from another shift day: "
                                                 "2026-11-20, 'last friday'.")] = None,
    weeks: Annotated[int, typer.Option("--weeks", min=1, max=53, metavar="N",
                                       help="Weeks in the heatmap.")] = 12,
    as_json: Annotated[bool, typer.Option("--json", help="Every figure as JSON.")] = False,
) -> None:
    """You against your own last shift and your own best day: never against anyone else.

    Shows the day's wins and points next to your last shift and your best day, your
    streak, 7- and 30-day trends, a heatmap of recent weeks, the themes you have lived
    lately and your energy from reflections. The 7- and 30-day trends are always shown;
    --week or --month sets the window of the totals and the theme balance.

    \b
    Examples:
      carecli progress
      carecli progress --week
      carecli progress --date "last friday" --json
    """
    from carecli import progress as figures

    if week and month:
        raise CareError("use either --week or --month")
    ctx = context()
    current, shown = ctx.today, ctx.day(day)
    if shown > current:
        raise CareError(f"{shown} is after today's shift day ({current}); progress looks back")
    view = figures.build(ctx.journal.day_stats(), shown, calendar=ctx.calendar,
                         themes=ctx.themes, window_days=7 if week else 30, heat_weeks=weeks,
                         is_current=shown == current)
    emit(Result(figures.SCHEMA, lambda: figures.to_json(view), lambda: _show(view)), as_json)


def _show(view: "Progress") -> None:
    from carecli.render import progress as render_progress

    render_progress.show(view)


OFF_DAYS_SCHEMA = "carecli.off-days/1"

# The reasons of core.offdays, as a choice Typer can offer.
Reason = StrEnum("Reason", {reason: reason for reason in offdays.REASONS})  # type: ignore[misc]


# Longer than 40 lines only for its Typer option declarations and help text.
@commands.command()
def off(
    day: Annotated[str | None, typer.Argument(metavar="[DAY]", help="The shift day to mark: "
                                              "today, 2026-11-20, 'yesterday'. Without it, "
                                              "the days off are listed.")] = None,
    reason: Annotated[Reason | None, typer.Option("--reason", "-r", help="Why (default off).")
                      ] = None,
    show_list: Annotated[bool, typer.Option("--list", help="List the days marked off.")
                         ] = False,
    remove: Annotated[bool, typer.Option("--remove", help="Unmark DAY.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Mark a day that has wins without "
                                      "asking; required when not in a terminal.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="With --list: as JSON.")] = False,
) -> None:
    """Mark a day off (leave, sick, training): it never breaks your streak.

    A bare `carecli off` lists the days off and changes nothing. Days outside your
    workdays (`carecli config set workdays ...`) never break the streak either. Marking
    a day again changes its reason; marking a day that has wins asks first (or --yes).

    \b
    Examples:
      carecli off today --reason sick
      carecli off 2026-12-24 --reason leave
      carecli off --list
      carecli off --remove 2026-12-24
    """
    from carecli.journal import offdays as marks

    base = context().home
    bare = day is None and not remove and reason is None and not yes
    if show_list or bare:
        if day is not None or remove or reason is not None or yes:
            raise CareError("--list takes no day, --reason, --remove or --yes")
        days = marks.load(base)
        listed = "\n".join(f"{d:%a %Y-%m-%d}  {days[d]}" for d in sorted(days))
        hint = ("" if show_list else "\nMark one: carecli off today --reason sick, "
                "carecli off 2026-12-24 --reason leave")
        emit(Result(OFF_DAYS_SCHEMA, lambda: {"days": [
            {"shift_day": d.isoformat(), "reason": days[d]} for d in sorted(days)]},
            lambda: print((listed or "No days marked off.") + hint)), as_json)
        return
    if as_json:
        raise CareError("--json goes with --list")
    if remove and reason is not None:
        raise CareError("--remove takes no --reason")
    if day is None:  # never today by itself
        raise CareError("say which day to unmark: carecli off --remove 2026-12-24" if remove
                        else "say which day to mark: carecli off today --reason "
                             f"{(reason or Reason('off')).value}")
    shown = context().day(day, coming=True)
    if remove:
        removed = marks.unmark(base, shown)
        print(f"{shown:%a %Y-%m-%d} is no longer marked {removed}.")
        return
    chosen = (reason or Reason("off")).value
    if marks.load(base).get(shown) != chosen and not _may_mark(shown, chosen, yes):
        print("Nothing changed.")
        return
    was = marks.mark(base, shown, chosen)
    if was == chosen:
        print(f"{shown:%a %Y-%m-%d} was already marked {chosen}.")
    else:
        change = f" (was {was})" if was else ""
        print(f"{shown:%a %Y-%m-%d} marked {chosen}{change}: it won't break your streak.")


def _may_mark(shown: "date", reason: str, yes: bool) -> bool:
    """A day with wins is marked off only if the agent says so (--yes, or asked)."""
    stats = context().journal.day_and_previous(shown)[0]
    wins = stats.wins if stats else 0
    if not wins or yes:
        return True
    counted = f"{shown:%a %Y-%m-%d} has {wins} win{'s' if wins != 1 else ''}"
    if not _in_terminal():
        raise CareError(f"{counted}: add --yes to mark it {reason} anyway")
    return typer.confirm(f"{counted}. Mark it {reason} anyway?", default=False)


def _in_terminal() -> bool:
    import sys

    return sys.stdin.isatty()
