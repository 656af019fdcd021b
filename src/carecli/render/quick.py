"""Short confirmations printed without rich, so that logging a win stays quick."""

from __future__ import annotations

import sys

from carecli.core import style
from carecli.core.textsafe import inert
from carecli.journal.capture import Logged, Standing


def logged(result: Logged) -> str:
    paint = style.for_stream(sys.stdout)
    entry = result.entry
    details = [f"impact {entry.impact}"]
    details += [x for x in (entry.theme, entry.channel) if x]
    details += [f"#{t}" for t in entry.tags]
    head = paint(f"Saved win {entry.id}", "green", "bold")
    lines = [f"{head} " + paint(f"({inert(', '.join(details))})", "dim"),
             f"  {inert(entry.text)}",
             "  " + standing_line(result.standing)]
    return "\n".join(lines)


def standing_line(standing: Standing) -> str:
    """Where the day stands against the previous shift worked, in plain words."""
    day, previous = standing.day, standing.previous
    wins = f"{day.wins} win{'' if day.wins == 1 else 's'}"
    if previous is None or previous.wins == 0:
        return f"{wins} this shift day. Every one counts."
    gap = day.wins - previous.wins
    if gap > 0:
        return f"{wins} this shift day, {_n(gap)} past last shift's {previous.wins}."
    if gap == 0:
        return f"{wins} this shift day, level with last shift: one more beats it."
    return f"{wins} this shift day; {_n(-gap + 1)} more to beat last shift's {previous.wins}."


def _n(count: int) -> str:
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return words[count] if count < len(words) else str(count)


def reflected(result: Logged) -> str:
    paint = style.for_stream(sys.stdout)
    entry = result.entry
    lines = [paint(f"Saved reflection {entry.id}", "green", "bold")]
    if entry.energy is not None:
        lines.append(f"  Energy: {entry.energy}/5")
    lines += [f"  {label}: {inert(value)}" for label, value in
              (("Went well", entry.well), ("Hard", entry.hard), ("Tomorrow", entry.tomorrow))
              if value]
    if entry.tomorrow:
        lines.append(paint("  Your intention will be on the next shift's card.", "dim"))
    lines.append(paint("  Rest well: the work you did today counted.", "dim"))
    return "\n".join(lines)
