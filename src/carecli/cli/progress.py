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
    weeks: Annotated[int, typer.Option("--weeks", min=1, max=53,
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
    day: Annotated[str | None, typer.Argument(metavar="[DAY]", help="The shift day "
                                              "(default today): 2026-11-20, 'yesterday'.")
                   ] = None,
    reason: Annotated[Reason | None, typer.Option("--reason", "-r", help="Why (default off).")
                      ] = None,
    show_list: Annotated[bool, typer.Option("--list", help="List the days marked off.")
                         ] = False,
    remove: Annotated[bool, typer.Option("--remove", help="Unmark DAY.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="With --list: as JSON.")] = False,
) -> None:
    """Mark a day off (leave, sick, training): it never breaks your streak.

    Days outside your workdays (`carecli config set workdays ...`) never break it either.
    Marking a day again changes its reason.

    \b
    Examples:
      carecli off --reason sick
      carecli off 2026-12-24 --reason leave
      carecli off --list
      carecli off --remove 2026-12-24
    """
    from carecli.journal import offdays as marks

    base = context().home
    if show_list:
        if day is not None or remove or reason is not None:
            raise CareError("--list takes no day, --reason or --remove")
        days = marks.load(base)
        emit(Result(OFF_DAYS_SCHEMA, lambda: {"days": [
            {"shift_day": d.isoformat(), "reason": days[d]} for d in sorted(days)]},
            lambda: print("\n".join(f"{d:%a %Y-%m-%d}  {days[d]}" for d in sorted(days))
                          or "No days marked off.")), as_json)
        return
    if as_json:
        raise CareError("--json goes with --list")
    if remove and reason is not None:
        raise CareError("--remove takes no --reason")
    shown = context().day(day, coming=True)
    if remove:
        removed = marks.unmark(base, shown)
        print(f"{shown:%a %Y-%m-%d} is no longer marked {removed}.")
        return
    chosen = (reason or Reason("off")).value
    was = marks.mark(base, shown, chosen)
    if was == chosen:
        print(f"{shown:%a %Y-%m-%d} was already marked {chosen}.")
    else:
        change = f" (was {was})" if was else ""
        print(f"{shown:%a %Y-%m-%d} marked {chosen}{change}: it won't break your streak.")
