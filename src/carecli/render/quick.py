"""Short confirmations printed without rich, so that logging a win stays quick."""

from __future__ import annotations

import sys

from carecli.core import rules, style
from carecli.core.fit import Fit, terminal_columns
from carecli.core.rules import count
from carecli.core.textsafe import inert
from carecli.journal.capture import Logged


def logged(result: Logged) -> str:
    """The saved win, wrapped to the terminal like the card (core.fit)."""
    fit = Fit(style.for_stream(sys.stdout), terminal_columns())
    entry = result.entry
    details = [f"impact {entry.impact}"]
    details += [x for x in (entry.theme, entry.channel) if x]
    details += [f"#{t}" for t in entry.tags]
    lines = [*fit.para([(f"Saved win {entry.id}", ("green", "bold")),
                        (f" ({inert(', '.join(details))})", ("dim",))], "", "  "),
             *fit.para([(inert(entry.text), ())], "  "),
             *fit.para([(standing_line(result), ())], "  ")]
    return "\n".join(lines)


def standing_line(result: Logged) -> str:
    """The day's figures and where they stand against the previous shift worked."""
    day = result.day
    figures = f"{count(day.wins, 'win')} ({count(day.points, 'point')})"
    return f"{figures} on {day.day:%a %d %b}. {rules.say(result.standing, day.wins)}"


def reflected(result: Logged) -> str:
    fit = Fit(style.for_stream(sys.stdout), terminal_columns())
    entry = result.entry
    lines = fit.para([(f"Saved reflection {entry.id}", ("green", "bold"))], "")
    if entry.energy is not None:
        lines.append(f"  Energy: {entry.energy}/5")
    for label, value in (("Went well", entry.well), ("Hard", entry.hard),
                         ("Tomorrow", entry.tomorrow)):
        if value:
            lines += fit.para([(f"{label}: {inert(value)}", ())], "  ", "  ")
    if entry.tomorrow:
        lines += fit.para([("Your intention will be on the next shift's card.", ("dim",))],
                          "  ")
    lines += fit.para([("Rest well: the work you did today counted.", ("dim",))], "  ")
    return "\n".join(lines)
