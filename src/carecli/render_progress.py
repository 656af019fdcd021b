"""`carecli progress` in the terminal. Every chart is made of characters whose shape
carries the meaning (▁▂▃▄▅▆▇█ and ░▒▓█), so it reads the same with NO_COLOR or in a pipe;
colour only adds to it."""

from __future__ import annotations

from datetime import date, timedelta

from rich.table import Table
from rich.text import Text

from carecli.progress import Figures, HeatCell, Progress, message
from carecli.render import console, plain

SPARKS = "▁▂▃▄▅▆▇█"
HEAT = "░▒▓█"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def show(progress: Progress) -> None:
    console.print(Text(f"Your progress · {progress.day:%A %d %B %Y}", style="bold cyan"))
    console.print(_comparison(progress))
    console.print(Text("  " + message(progress), style="green"))
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
    grid.add_column()
    grid.add_row("Today", _amount(progress.today), "")
    for label, other in (("Last shift", progress.yesterday), ("Your best day", progress.best_day)):
        if other is not None:
            grid.add_row(label, _amount(other), Text(f"{other.day:%a %d %b %Y}", style="dim"))
    return grid


def _amount(figures: Figures) -> str:
    wins = "win" if figures.wins == 1 else "wins"
    return f"{figures.wins} {wins} · {figures.points} points"


def _streak_line(progress: Progress) -> Text:
    days = "shift day" if progress.streak == 1 else "shift days"
    return Text.assemble(("  Streak: ", "dim"), f"{progress.streak} {days}",
                         (f" (best {progress.best_streak})", "dim"))


def sparkline(values: list[int]) -> str:
    """One character a day: blank for none, taller for more."""
    top = max(values, default=0)
    if top == 0:
        return "·" * len(values)
    return "".join("·" if v == 0 else SPARKS[min(len(SPARKS) - 1, (v * len(SPARKS) - 1) // top)]
                   for v in values)


def _trends(progress: Progress) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column(style="yellow")
    grid.add_column(style="dim")
    for label, days in (("7 days", progress.trend_7), ("30 days", progress.trend_30)):
        wins = [f.wins for f in days]
        grid.add_row(label, sparkline(wins), f"{sum(wins)} wins, up to {max(wins)} a day")
    return grid


def heat_char(cell: HeatCell, top: int) -> str:
    """· a workday without a win, - a rest or marked-off day, ░▒▓█ more wins, blank ahead."""
    if cell.state == "future":
        return " "
    if cell.wins == 0:
        return "-" if cell.state == "rest" else "·"
    return HEAT[min(len(HEAT) - 1, (cell.wins * len(HEAT) - 1) // max(top, 1))]


def heatmap_lines(cells: list[HeatCell]) -> list[str]:
    """Rows Monday to Sunday, one column a week, like a contribution graph."""
    top = max((c.wins for c in cells), default=0)
    weeks = [cells[i:i + 7] for i in range(0, len(cells), 7)]
    rows = [f"{WEEKDAYS[d]}  " + " ".join(heat_char(week[d], top) for week in weeks)
            for d in range(7)]
    legend = (f"     · no win   - rest/off   {HEAT[0]} {HEAT[1]} {HEAT[2]} {HEAT[3]} "
              f"more wins (most: {top})")
    return [_month_header([week[0].day for week in weeks]), *rows, legend]


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
        grid.add_row(Text("No themes tagged on wins yet: try --theme when you log one.",
                          style="dim"), "", "")
    return grid


def _untouched(progress: Progress) -> Text | None:
    untouched = [t for t in progress.themes if not t.wins]
    if not untouched:
        return None
    names = ", ".join(t.title + (f" (last {t.last_win:%d %b})" if t.last_win else "")
                      for t in untouched)
    return plain(f"Not lived lately: {names}", "dim")


def _energy(progress: Progress) -> Text:
    if not progress.energy:
        return Text("Energy: no reflections in the last 30 days (carecli reflect).", style="dim")
    values = [e for _, e in progress.energy]
    average7, average30 = progress.energy_average(7), progress.energy_average(30)
    shown7 = "-" if average7 is None else f"{average7:.1f}"
    return Text.assemble(("Energy (1-5): ", "bold"), (sparkline(values), "yellow"),
                         f"  last 7 days {shown7}, last 30 days {average30:.1f}")
