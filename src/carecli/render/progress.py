"""`carecli progress` in the terminal. Every chart is made of characters whose shape
carries the meaning (▁▂▃▄▅▆▇█ and ░▒▓█, `·` for a day without a win, `-` for a rest day),
so it reads the same with NO_COLOR or in a pipe; colour only adds to it. The agent's own
text (a best win) goes through `render.plain`, never through markup."""

from __future__ import annotations

from datetime import date, timedelta

from rich.table import Table
from rich.text import Text

from carecli.core import rules
from carecli.progress import Figures, HeatCell, Progress, message
from carecli.render.console import console, plain

SPARKS = "▁▂▃▄▅▆▇█"
HEAT = "░▒▓█"
NO_WIN = "·"
REST = "-"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def show(progress: Progress) -> None:
    console.print(Text(f"Your progress · {progress.day:%A %d %B %Y}", style="bold cyan"))
    console.print(_comparison(progress))
    console.print(Text("  " + message(progress), style="green"))
    highlight = _high_point(progress)
    if highlight is not None:
        console.print(highlight, no_wrap=True, overflow="ellipsis")  # one line, however long
    console.print(_streak_line(progress))
    console.print()
    console.print(_trends(progress))
    console.print()
    console.print(Text(f"Last {len(progress.heatmap) // 7} weeks", style="bold"))
    for line in heatmap_lines(progress.heatmap):
        console.print(Text(line))
    console.print()
    console.print(_themes(progress))
    untouched = _untouched(progress)
    if untouched is not None:
        console.print(untouched)
    console.print()
    console.print(_energy(progress))


def _comparison(progress: Progress) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column(justify="right")
    grid.add_column(style="dim")
    grid.add_column(style="yellow")
    today = progress.today
    grid.add_row("Today" if progress.is_current else "That day", _amount(today), "", "")
    if progress.yesterday is not None:  # the friendly line below says where today stands
        grid.add_row("Last shift", _amount(progress.yesterday),
                     f"{progress.yesterday.day:%a %d %b %Y}", "")
    if progress.best_day is not None:
        grid.add_row("Your best day", _amount(progress.best_day),
                     f"{progress.best_day.day:%a %d %b %Y}", _standing(today, progress.best_day))
    return grid


def _amount(figures: Figures) -> str:
    return f"{_count(figures.wins, 'win')} · {_count(figures.points, 'point')}"


def _standing(today: Figures, other: Figures) -> str:
    """What today did against that day, or what is left to beat it: never a minus sign."""
    verdict = rules.Standing(today.wins, today.points, (other.wins, other.points), None)
    if verdict.verdict in (rules.BEATEN, rules.NEW_BEST):
        return "beaten"
    if verdict.verdict == rules.LEVEL:
        return "level: one more win beats it"
    return f"to beat it: {rules.to_beat(verdict)}"


def _high_point(progress: Progress) -> Text | None:
    best = progress.best_day.best if progress.best_day else None
    if best is None:
        return None
    return Text.assemble(("  Your best day's high point: ", "dim"), plain(best.text, "italic"),
                         (f" (impact {best.impact})", "dim"))


def _streak_line(progress: Progress) -> Text:
    return Text.assemble(("  Streak: ", "dim"), _count(progress.streak, "shift day"),
                         (f" (best {progress.best_streak})", "dim"))


def sparkline(values: list[int]) -> str:
    """One character a day: `·` for none, taller for more (relative to the highest)."""
    top = max(values, default=0)
    return "".join(NO_WIN if v <= 0 else SPARKS[min(len(SPARKS) - 1, (v * len(SPARKS) - 1) // top)]
                   for v in values)


def energy_sparkline(values: list[int]) -> str:
    """Energy on its own fixed 1-5 scale: 1 is ▁ and 5 is █, whatever the other readings."""
    top = len(SPARKS) - 1
    return "".join(SPARKS[max(0, min(top, round((v - 1) * top / 4)))] for v in values)


def _trends(progress: Progress) -> Table:
    """Sparklines of the 7 and 30 days, with their totals and those of the days before."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column(style="yellow")
    grid.add_column()
    for days, trend in ((7, progress.trend_7), (30, progress.trend_30)):
        now, before = progress.periods[days]
        grid.add_row(f"{days} days", sparkline([f.wins for f in trend]),
                     Text.assemble(f"{_count(now.wins, 'win')} · {_count(now.points, 'point')}",
                                   (f" (prior {days}: {before.wins})", "dim")))
    return grid


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


def heatmap_lines(cells: list[HeatCell]) -> list[str]:
    """Rows Monday to Sunday, one column a week, like a contribution graph; a month header
    above and a legend below."""
    top = max((c.wins for c in cells), default=0)
    weeks = [cells[i:i + 7] for i in range(0, len(cells), 7)]
    rows = [f"{WEEKDAYS[d]}  " + " ".join(heat_char(week[d], top) for week in weeks).rstrip()
            for d in range(7)]
    return [_month_header([week[0].day for week in weeks]), *rows, _legend(top)]


def _legend(top: int) -> str:
    """The key, with the wins each shade stands for (shades are relative to the top day)."""
    shades = []
    for level, shade in enumerate(HEAT):
        values = [w for w in range(1, top + 1) if heat_level(w, top) == level]
        if values:
            span = str(values[0]) if len(values) == 1 else f"{values[0]}-{values[-1]}"
            shades.append(f"{shade} {span}")
    wins = ("   " + "  ".join(shades) + " wins") if shades else ""
    return f"     {NO_WIN} no win   {REST} rest/off{wins}"


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


def _themes(progress: Progress) -> Table:
    lived = [t for t in progress.themes if t.wins]
    grid = Table(title=f"Themes you lived in the last {progress.window_days} days",
                 title_justify="left", title_style="bold", box=None, show_header=False,
                 pad_edge=False)
    grid.add_column()
    grid.add_column(justify="right")
    grid.add_column(style="yellow")
    top = max((t.wins for t in lived), default=1)
    for theme in lived:
        grid.add_row(theme.title, str(theme.wins), "█" * max(1, round(12 * theme.wins / top)))
    if not lived:
        grid.add_row(Text("No wins with a theme in these days: add --theme when you log one.",
                          style="dim"), "", "")
    return grid


def _untouched(progress: Progress) -> Text | None:
    """The themes without a win in 30 days: the longest-missed first, then those not
    touched yet."""
    wanted = set(progress.untouched)
    untouched = [t for t in progress.themes if t.id in wanted]
    if not untouched:
        return None
    seen = sorted((t for t in untouched if t.last_win), key=lambda t: (t.last_win, t.id))
    never = [t.title for t in untouched if not t.last_win]
    parts = []
    if seen:
        parts.append("Not touched in 30 days: " + ", ".join(
            f"{t.title} (last {_short_day(t.last_win, progress.day)})"
            for t in seen if t.last_win))
    if never:
        parts.append(("Not touched yet: " if not seen else "not yet: ") + ", ".join(never))
    return plain("; ".join(parts) + ".", "dim")


def _short_day(day: date, shown: date) -> str:
    return f"{day:%d %b}" if day.year == shown.year else f"{day:%d %b %Y}"


def _energy(progress: Progress) -> Text:
    if not progress.energy:
        return Text("Energy: no reflections in the last 30 days (carecli reflect).", style="dim")
    values = [e for _, e in progress.energy]
    average7, average30 = progress.energy_average(7), progress.energy_average(30)
    shown7 = "-" if average7 is None else f"{average7:.1f}"
    shown30 = "-" if average30 is None else f"{average30:.1f}"
    return Text.assemble(("Energy (1-5): ", "bold"), (energy_sparkline(values), "yellow"),
                         f"  last 7 days {shown7}, last 30 days {shown30}",
                         (f"  ({_count(len(values), 'reflection')})", "dim"))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
