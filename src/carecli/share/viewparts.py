"""What every view of the team picture shares: how a cell reads ("hidden", "-" or its
value), labels (theme titles, not ids), the order of a breakdown's rows, the weekly
matrices and the trend's rows. Plain strings only: no rich, no HTML."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from carecli.share.team import Breakdown, Cell, PeriodFigures, TeamPicture, Trend, plural

HIDDEN = "hidden"
NOTHING = "-"
IMPACT_WORDS = {"1": "a small kindness", "2": "eased the way", "3": "a solid help",
                "4": "changed their day", "5": "unforgettable"}
MATRIX_WEEKS = 8  # weeks a weekly table shows side by side before it starts another


BREAKDOWNS = (("Impact levels", "impact"), ("Themes", "themes"), ("Channels", "channels"))
WEEKLY = (("Themes by week", "themes"), ("Channels by week", "channels"))
TREND_TITLE = "This period against the one before"
HIDDEN_TITLE = "What is hidden, and why"
WORDS_TITLE = "In their words (anonymous, shuffled)"
IDEAS_TITLE = "The team's own #10: prompt suggestions (anonymous, shuffled)"


def totals(picture: TeamPicture) -> list[tuple[str, Cell | None]]:
    return [("Shift days worked", picture.days_worked), ("Wins", picture.wins),
            ("Impact points", picture.points), ("Average energy", picture.energy)]


def value(cell: Cell | None) -> float | None:
    if cell is None or cell.hidden:
        return None
    return cell.value


def shown(cell: Cell | None) -> str:
    """A cell as text: its value, "hidden", or "-" where nothing was reported."""
    figure = value(cell)
    if figure is None:
        return HIDDEN if cell is not None else NOTHING
    return f"{figure:g}"


@cache
def theme_titles() -> dict[str, str]:
    from carecli.prompts import load_themes

    return {tid: theme.title for tid, theme in load_themes().items()}


def label(part: str, key: str) -> str:
    """A breakdown key as a lead reads it: a theme's title, "4 · changed their day"."""
    if part == "themes":
        return theme_titles().get(key, key)
    if part == "impact":
        return f"{key} · {IMPACT_WORDS.get(key, '')}".rstrip(" ·")
    return key


def ordered(breakdown: Breakdown, part: str) -> list[tuple[str, Cell]]:
    """Impact levels 1 to 5; otherwise the shown cells largest first, then the hidden ones
    by label (so their place says nothing about their size)."""
    cells = breakdown.cells
    if part == "impact":
        return sorted(cells.items())
    shown_cells = sorted((kv for kv in cells.items() if not kv[1].hidden),
                         key=lambda kv: (-kv[1].value, label(part, kv[0])))
    hidden = sorted((kv for kv in cells.items() if kv[1].hidden),
                    key=lambda kv: label(part, kv[0]))
    return shown_cells + hidden


def agents_line(picture: TeamPicture) -> str:
    return (f"{plural(picture.agents, 'agent')} reported; every figure needs at least "
            f"{picture.min_agents} of them.")


def merged_line(picture: TeamPicture) -> str:
    """How many of an agent's weeks came in more than one (overlapping) summary."""
    n = picture.merged_weeks
    if not n:
        return "No week came in more than one summary from the same agent."
    return (f"{plural(n, 'week')} came in more than one summary from the same "
            "agent (overlapping periods) and count once (the newest file wins).")


LEGEND = ('"hidden": too few agents stand behind that figure (see "What is hidden, and '
          'why"); a dash ("-"): nothing was reported.')


def short_week(name: str) -> str:
    """2026-W47 -> W47 (the report's heading has the year)."""
    return name.rsplit("-", 1)[-1]


def matrix(picture: TeamPicture, part: str) -> list[tuple[list[str], list[list[str]]]]:
    """The weekly table of themes or channels, in chunks of MATRIX_WEEKS weeks: (header,
    rows), a row being the label and one cell a week ("0" where no win was logged)."""
    keys = sorted({key for row in picture.weeks for key in getattr(row, part).cells},
                  key=lambda key: label(part, key))
    chunks = []
    for at in range(0, len(picture.weeks), MATRIX_WEEKS):
        weeks = picture.weeks[at:at + MATRIX_WEEKS]
        header = [short_week(r.week) for r in weeks]
        rows = [[label(part, key)] + [shown(getattr(r, part).cells[key])
                                      if key in getattr(r, part).cells else "0"
                                      for r in weeks] for key in keys]
        chunks.append((header, rows))
    return chunks


def period_line(trend: Trend) -> str:
    def side(name: str, p: PeriodFigures) -> str:
        weeks = p.first_week if p.first_week == p.last_week else \
            f"{p.first_week} to {p.last_week}"
        return f"{name} {weeks} ({p.start} to {p.end}, {plural(p.agents, 'agent')})"

    text = (f"{side('This period:', trend.current)}; {side('the one before:', trend.previous)}"
            f"; {plural(trend.weeks, 'week')} each.")
    if trend.left_out:
        text += (f" The oldest {plural(len(trend.left_out), 'week')} "
                 f"({', '.join(trend.left_out)}) {'is' if len(trend.left_out) == 1 else 'are'}"
                 " in neither, so both periods are the same length.")
    return text


@dataclass(frozen=True)
class TrendRow:
    group: str  # "totals", "themes" or "channels"
    key: str
    label: str
    before: Cell  # a key one period lacks is a known 0 there
    now: Cell

    @property
    def change(self) -> str:
        """This period minus the one before, with a sign; hidden if either is."""
        if self.before.hidden or self.now.hidden:
            return HIDDEN
        diff = self.now.value - self.before.value
        text = f"{diff:+g}" if diff else "0"
        if self.before.value:
            text += f" ({diff / self.before.value:+.0%})"
        return text


def trend_rows(trend: Trend) -> list[TrendRow]:
    rows = [TrendRow("totals", "wins", "Wins", trend.previous.wins, trend.current.wins),
            TrendRow("totals", "impact_points", "Impact points", trend.previous.points,
                     trend.current.points)]
    for part in ("themes", "channels"):
        before: Breakdown = getattr(trend.previous, part)
        now: Breakdown = getattr(trend.current, part)
        keys = {**before.cells, **now.cells}
        by_now = Breakdown({k: now.cells.get(k) or Cell(0, 0, before.cells[k].hidden)
                            for k in keys})
        rows += [TrendRow(part, key, label(part, key), before.cells.get(key) or Cell(0, 0),
                          now.cells.get(key) or Cell(0, 0)) for key, _ in ordered(by_now, part)]
    return rows
