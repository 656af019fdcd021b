"""`carecli progress` and `carecli off`: you against your own yesterday and best."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up.
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

import typer

from carecli.cli import app, home, now, print_json


@app.command()
def progress(
    week: Annotated[bool, typer.Option("--week", help="Theme balance over the last 7 days.")
                    ] = False,
    month: Annotated[bool, typer.Option("--month", help="Theme balance over the last 30 days "
                                        "(the default).")] = False,
    day: Annotated[str | None, typer.Option("--date", metavar="DAY",
                                            help="Look back from another shift day.")] = None,
    weeks: Annotated[int, typer.Option("--weeks", min=1, max=53,
                                       help="Weeks in the heatmap.")] = 12,
    as_json: Annotated[bool, typer.Option("--json", help="Every figure as JSON.")] = False,
) -> None:
    """You against your own last shift and your own best day: never against anyone else.

    Shows today's wins and points next to your last shift and your best day, your streak,
    7- and 30-day trends, a heatmap of recent weeks, the themes you have lived lately and
    your energy from reflections.

    \b
    Examples:
      carecli progress
      carecli progress --week
      carecli progress --date "last friday" --json
    """
    from carecli import daystats, paths, snapshot
    from carecli import progress as figures
    from carecli.errors import CareError
    from carecli.store import Journal

    if week and month:
        raise CareError("use either --week or --month")
    base, moment = home(), now()
    inputs = snapshot.load(str(base))
    shown = _day(day, moment, inputs.rollover_hour)
    off_days = daystats.load_off_days(paths.journal_dir(base))

    def is_rest_day(d: date) -> bool:
        return d.weekday() not in inputs.workdays or d in off_days

    view = figures.build(Journal(base, inputs.rollover_hour).day_stats(), shown,
                         is_rest_day=is_rest_day, themes=inputs.theme_titles,
                         window_days=7 if week else 30, heat_weeks=weeks)
    if as_json:
        print_json(figures.to_json(view))
    else:
        from carecli import render_progress

        render_progress.show(view)


def _day(text: str | None, moment: datetime, rollover_hour: int) -> date:
    from carecli import shiftdays
    from carecli.dates import parse_day

    if text is None:
        return shiftdays.today(moment, rollover_hour)
    return parse_day(text, moment, rollover_hour)


class Reason(StrEnum):
    off = "off"
    leave = "leave"
    sick = "sick"
    training = "training"


@app.command()
def off(
    day: Annotated[str | None, typer.Argument(metavar="[DAY]", help="The shift day "
                                              "(default today): 2026-11-20, 'yesterday'.")
                   ] = None,
    reason: Annotated[Reason, typer.Option("--reason", "-r", help="Why.")] = Reason.off,
    show_list: Annotated[bool, typer.Option("--list", help="List the days marked off.")
                         ] = False,
    remove: Annotated[bool, typer.Option("--remove", help="Unmark DAY.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="With --list: as JSON.")] = False,
) -> None:
    """Mark a day off (leave, sick, training): it never breaks your streak.

    Days outside your workdays (`carecli config set workdays ...`) never break it either.

    \b
    Examples:
      carecli off --reason sick
      carecli off 2026-12-24 --reason leave
      carecli off --list
      carecli off 2026-12-24 --remove
    """
    from carecli import offdays, snapshot
    from carecli.errors import CareError

    base, moment = home(), now()
    if show_list:
        if day is not None or remove:
            raise CareError("--list takes no day and no --remove")
        days = offdays.load(base)
        if as_json:
            print_json([{"shift_day": d.isoformat(), "reason": days[d]} for d in sorted(days)])
        else:
            print("\n".join(f"{d:%a %Y-%m-%d}  {days[d]}" for d in sorted(days))
                  or "No days marked off.")
        return
    shown = _day(day, moment, snapshot.load(str(base)).rollover_hour)
    if remove:
        offdays.unmark(base, shown)
        print(f"{shown:%a %Y-%m-%d} is a normal day again.")
    else:
        offdays.mark(base, shown, reason.value)
        print(f"{shown:%a %Y-%m-%d} marked {reason.value}: it won't break your streak.")
