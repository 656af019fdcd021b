"""`carecli progress` in the terminal, as plain text (rich costs more to import than the
whole command may take). Every chart is made of characters whose shape carries the meaning
(▁▂▃▄▅▆▇█ and ░▒▓█, `·` for a day without a win, `-` for a rest day), so it reads the
same with NO_COLOR or in a pipe; colour only adds to it. The agent's own text (a best
win) goes through `inert`, so markup or escapes in it print as typed."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, timedelta

from carecli.core import rules
from carecli.core.fit import terminal_columns, width
from carecli.core.rules import count
from carecli.core.style import Style, for_stream
from carecli.core.textsafe import inert
from carecli.progress import Figures, HeatCell, Progress, message
from carecli.render import plaintable

SPARKS = "▁▂▃▄▅▆▇█"
HEAT = "░▒▓█"
NO_WIN = "·"
REST = "-"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def show(progress: Progress) -> None:
    print("\n".join(lines(progress, for_stream(sys.stdout),
                          terminal_columns())))


def lines(progress: Progress, paint: Style, columns: int) -> list[str]:
    """Every line of the view, for a terminal `columns` wide."""
    columns = max(columns, 30)
    out = [paint(heading(columns, f"Your progress · {progress.day:%A %d %B %Y}",
                         f"Progress · {progress.day:%a %d %b %Y}"), "bold", "cyan")]
    out += _comparison(progress, paint, columns)
    out += [paint(line, "green") for line in wrap(message(progress), columns - 2, "  ")]
    out += _high_point(progress, paint, columns)
    out.append("  " + paint("Streak: ", "dim") + count(progress.streak, "shift day")
               + paint(f" (best {progress.best_streak})", "dim"))
    out += ["", *_trends(progress, paint, columns), ""]
    heat = progress.heatmap[-7 * max(1, (columns - 6) // 2):]  # the weeks that fit
    out.append(paint(f"Last {len(heat) // 7} weeks", "bold"))
    out += [*heatmap_lines(heat, columns), ""]
    out += _themes(progress, paint, columns)
    out += [paint(line, "dim") for line in _untouched(progress, columns)]
    out += ["", *_energy(progress, paint, columns)]
    return out


def heading(columns: int, *forms: str) -> str:
    """The first of `forms` (longest first) that fits on one line: headings never wrap."""
    return next((f for f in forms if width(f) <= columns), forms[-1][:columns])


def wrap(text: str, limit: int, indent: str = "") -> list[str]:
    """`text` in lines of at most `limit` columns after `indent`, broken at spaces."""
    return [indent + line for line in plaintable.wrap(text, max(limit, 10))]


def _grid(rows: Sequence[Sequence[str]], plain: Sequence[Sequence[str]],
          right: frozenset[int] = frozenset()) -> list[str]:
    """Rows in aligned columns two spaces apart; `plain` is the text without colour codes,
    to measure; columns in `right` are right-aligned."""
    widths = [max(width(row[c]) for row in plain) for c in range(len(plain[0]))]
    out = []
    for shown, bare in zip(rows, plain, strict=True):
        cells = []
        for c, (cell, text) in enumerate(zip(shown, bare, strict=True)):
            pad = " " * (widths[c] - width(text))
            cells.append(pad + cell if c in right else cell + pad)
        out.append("  ".join(cells).rstrip())
    return out


def _comparison(progress: Progress, paint: Style, columns: int) -> list[str]:
    today = progress.today
    plain = [["Today" if progress.is_current else "That day", _amount(today), "", ""]]
    if progress.yesterday is not None:  # the friendly line below says where today stands
        plain.append(["Last shift", _amount(progress.yesterday),
                      f"{progress.yesterday.day:%a %d %b %Y}", ""])
    if progress.best_day is not None:
        plain.append(["Your best day", _amount(progress.best_day),
                      f"{progress.best_day.day:%a %d %b %Y}", _standing(today, progress.best_day)])
    shown = [[paint(a, "dim"), b, paint(c, "dim"), paint(d, "yellow")] for a, b, c, d in plain]
    out = _grid(shown, plain, right=frozenset({1}))
    if max(width(line) for line in _grid(plain, plain, right=frozenset({1}))) <= columns:
        return out
    # Too narrow for one row a day: the date and the verdict go on the lines below it.
    out = _grid([row[:2] for row in shown], [row[:2] for row in plain], right=frozenset({1}))
    indent = " " * (max(width(row[0]) for row in plain) + 2)
    narrow = []
    for line, (_, _, day, verdict) in zip(out, plain, strict=True):
        narrow.append(line)
        detail = " · ".join(x for x in (day, verdict) if x)
        narrow += [paint(x, "dim") for x in wrap(detail, columns - len(indent), indent)
                   if detail]
    return narrow


def _amount(figures: Figures) -> str:
    return f"{count(figures.wins, 'win')} · {count(figures.points, 'point')}"


def _standing(today: Figures, other: Figures) -> str:
    """What today did against that day, or what is left to beat it: never a minus sign."""
    verdict = rules.Standing(today.wins, today.points, (other.wins, other.points), None)
    if verdict.verdict in (rules.BEATEN, rules.NEW_BEST):
        return "beaten"
    if verdict.verdict == rules.LEVEL:
        return "level: one more win beats it"
    return f"to beat it: {rules.to_beat(verdict)}"


def _high_point(progress: Progress, paint: Style, columns: int) -> list[str]:
    best = progress.best_day.best if progress.best_day else None
    if best is None:
        return []
    label, tail = "  Your best day's high point: ", f" (impact {best.impact})"
    room = columns - width(label) - width(tail)
    start = ""
    if room < 16:  # narrow: the text goes on a line of its own
        start, room = "\n    ", columns - 4 - width(tail)
    text = inert(best.text).replace("\n", " ")
    if width(text) > room:  # one line, however long: cut with an ellipsis
        text = plaintable.cut(text, room)
    return (paint(label.rstrip() if start else label, "dim") + start + paint(text, "italic")
            + paint(tail, "dim")).split("\n")


def _trends(progress: Progress, paint: Style, columns: int) -> list[str]:
    """Sparklines of the 7 and 30 days, with their totals and those of the days before.
    In a narrow terminal a mark stands for several days, and the totals may go below."""
    rows = []
    for days, trend in ((7, progress.trend_7), (30, progress.trend_30)):
        now, before = progress.periods[days]
        totals = f"{count(now.wins, 'win')} · {count(now.points, 'point')}"
        rows.append((f"{days} days", [f.wins for f in trend], totals,
                     f" (prior {days}: {before.wins})"))
    label = max(width(r[0]) for r in rows) + 2
    room = columns - label - max(width(r[2] + r[3]) for r in rows) - 2
    below = room < 10  # not even ten marks beside the totals: the totals go underneath
    sparks = [sparkline(squeeze(r[1], columns - label if below else room)) for r in rows]
    column = max(width(x) for x in sparks) + 2
    out = []
    for (name, _, totals, prior), spark in zip(rows, sparks, strict=True):
        line = paint(name, "dim") + " " * (label - width(name)) + paint(spark, "yellow")
        if below:
            out += [line, *_pack([totals, paint(prior.strip(), "dim")], columns, label)]
        else:
            out.append(line + " " * (column - width(spark)) + totals + paint(prior, "dim"))
    return out


def squeeze(values: list[int], room: int) -> list[int]:
    """At most `room` values: neighbouring days added up (the latest days stay last)."""
    room = max(room, 1)
    size = -(-len(values) // room)  # days a mark, rounded up
    if size <= 1:
        return values
    start = len(values) % size
    head = [sum(values[:start])] if start else []
    return head + [sum(values[i:i + size]) for i in range(start, len(values), size)]


def sparkline(values: list[int]) -> str:
    """One character a day: `·` for none, taller for more (relative to the highest)."""
    top = max(values, default=0)
    return "".join(NO_WIN if v <= 0 else SPARKS[min(len(SPARKS) - 1, (v * len(SPARKS) - 1) // top)]
                   for v in values)


def energy_sparkline(values: list[int]) -> str:
    """Energy on its own fixed 1-5 scale: 1 is ▁ and 5 is █, whatever the other readings."""
    top = len(SPARKS) - 1
    return "".join(SPARKS[max(0, min(top, round((v - 1) * top / 4)))] for v in values)


def heat_level(wins: int, top: int) -> int:
    """0-3, the shade of a day with `wins` (at least one) when the most in view is `top`."""
    return min(len(HEAT) - 1, (wins * len(HEAT) - 1) // max(top, 1))


def heat_char(cell: HeatCell, top: int) -> str:
    """`·` a workday without a win, `-` a rest or marked-off day, ░▒▓█ more wins, blank
    for days after the day shown."""
    if cell.state == "future":
        return " "
    if cell.wins == 0:
        return REST if cell.state == "rest" else NO_WIN
    return HEAT[heat_level(cell.wins, top)]


def heatmap_lines(cells: list[HeatCell], columns: int = 80) -> list[str]:
    """Rows Monday to Sunday, one column a week, like a contribution graph; a month header
    above and a legend below."""
    top = max((c.wins for c in cells), default=0)
    weeks = [cells[i:i + 7] for i in range(0, len(cells), 7)]
    rows = [f"{WEEKDAYS[d]}  " + " ".join(heat_char(week[d], top) for week in weeks).rstrip()
            for d in range(7)]
    header = _month_header([week[0].day for week in weeks])[:columns].rstrip()
    return [header, *rows, *_legend(top, columns)]


def _legend(top: int, columns: int) -> list[str]:
    """The key, with the wins each shade stands for (shades are relative to the top day)."""
    shades = []
    for level, shade in enumerate(HEAT):
        values = [w for w in range(1, top + 1) if heat_level(w, top) == level]
        if values:
            span = str(values[0]) if len(values) == 1 else f"{values[0]}-{values[-1]}"
            shades.append(f"{shade} {span}")
    if shades:
        shades[-1] += " wins"
    lines = [f"     {NO_WIN} no win   {REST} rest/off"]
    for n, item in enumerate(shades):  # one line while it fits, never a key cut in two
        gap = "   " if n == 0 else "  "
        if width(lines[-1] + gap + item) > columns:
            lines.append("     " + item)
        else:
            lines[-1] += gap + item
    return lines


def _month_header(mondays: list[date]) -> str:
    """Month names above the first week of each month (two characters a week)."""
    header = [" "] * (2 * len(mondays) + 2)
    free_from = 0
    for index, monday in enumerate(mondays):
        sunday = monday + timedelta(days=6)
        column = 2 * index
        # Label the week holding the 1st of a month (and the first week shown).
        if (sunday.day <= 7 or index == 0) and column >= free_from:
            header[column:column + 3] = f"{sunday:%b}"
            free_from = column + 4
    return ("     " + "".join(header)).rstrip()


def _short_day(day: date, shown: date) -> str:
    return f"{day:%d %b}" if day.year == shown.year else f"{day:%d %b %Y}"


def _themes(progress: Progress, paint: Style, columns: int) -> list[str]:
    lived = [t for t in progress.themes if t.wins]
    days = progress.window_days
    out = [paint(heading(columns, f"Themes you lived in the last {days} days",
                         f"Themes, last {days} days"), "bold")]
    if not lived:
        return [*out, *(paint(x, "dim") for x in wrap(
            "No wins with a theme in these days: add --theme when you log one.", columns))]
    top = max(t.wins for t in lived)
    bar = max(3, min(12, columns - max(width(t.title) for t in lived)
                     - max(len(str(t.wins)) for t in lived) - 4))
    plain = [[t.title, str(t.wins), "█" * max(1, round(bar * t.wins / top))] for t in lived]
    shown = [[a, b, paint(c, "yellow")] for a, b, c in plain]
    return out + _grid(shown, plain, right=frozenset({1}))


def _untouched(progress: Progress, columns: int) -> list[str]:
    """The themes without a win in 30 days: the longest-missed first, then those not
    touched yet; wrapped to the terminal."""
    wanted = set(progress.untouched)
    untouched = [t for t in progress.themes if t.id in wanted]
    if not untouched:
        return []
    seen = sorted((t for t in untouched if t.last_win), key=lambda t: (t.last_win, t.id))
    never = [t.title for t in untouched if not t.last_win]
    parts = []
    if seen:
        parts.append("Not touched in 30 days: " + ", ".join(
            f"{t.title} (last {_short_day(t.last_win, progress.day)})"
            for t in seen if t.last_win))
    if never:
        parts.append(("Not touched yet: " if not seen else "not yet: ") + ", ".join(never))
    return wrap(inert("; ".join(parts) + "."), max(20, columns))


def _energy(progress: Progress, paint: Style, columns: int) -> list[str]:
    if not progress.energy:
        return [paint(x, "dim") for x in wrap(
            "Energy: no reflections in the last 30 days (carecli reflect).", columns)]
    values = [e for _, e in progress.energy]
    average7, average30 = progress.energy_average(7), progress.energy_average(30)
    shown7 = "-" if average7 is None else f"{average7:.1f}"
    shown30 = "-" if average30 is None else f"{average30:.1f}"
    label, spark = "Energy (1-5): ", energy_sparkline(values)
    figures = f"last 7 days {shown7}, last 30 days {shown30}"
    many = f"({count(len(values), 'reflection')})"
    if width(label + spark + figures + many) + 4 <= columns:
        return [paint(label, "bold") + paint(spark, "yellow") + f"  {figures}"
                + paint(f"  {many}", "dim")]
    # Narrow: the latest readings that fit beside the label, the figures below.
    room = max(1, columns - width(label))
    return [paint(label, "bold") + paint(spark[-room:], "yellow"),
            *_pack([figures, paint(many, "dim")], columns, 2)]


def _pack(pieces: list[str], columns: int, indent: int) -> list[str]:
    """Pieces side by side while they fit, indented; a piece is never split (it may be
    coloured: its width is measured without the colour codes)."""
    lines: list[str] = []
    used = 0
    for piece in pieces:
        size = width(_bare(piece))
        if lines and used + 1 + size <= columns:
            lines[-1] += " " + piece
            used += 1 + size
        else:
            lines.append(" " * indent + piece)
            used = indent + size
    return lines


def _bare(text: str) -> str:
    """`text` without the colour codes of core.style."""
    while "\033[" in text:
        start = text.index("\033[")
        text = text[:start] + text[text.index("m", start) + 1:]
    return text
