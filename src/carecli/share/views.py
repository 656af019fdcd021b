"""Views of the team picture (terminal, Markdown, JSON, CSV, HTML) and of an export.

A hidden figure is shown as "hidden" (null in JSON), never as a number, and no view has a
per-agent row or a pseudonym. Excerpt text came from other machines: it is made inert for
the terminal, escaped for Markdown and HTML, and defused for spreadsheets in CSV (the
Markdown and CSV rules are `render.formats`, shared with the journal's views).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from carecli.render.formats import csv_text, md_cell
from carecli.share import viewparts
from carecli.share.team import Breakdown, Cell, PeriodFigures, TeamPicture

REPORT_SCHEMA = "carecli.team-report/1"
HIDDEN = viewparts.HIDDEN
_value, _shown, merged_line = viewparts.value, viewparts.shown, viewparts.merged_line
_totals = viewparts.totals
BREAKDOWNS, WEEKLY = viewparts.BREAKDOWNS, viewparts.WEEKLY
TREND_TITLE, HIDDEN_TITLE = viewparts.TREND_TITLE, viewparts.HIDDEN_TITLE
WORDS_TITLE, IDEAS_TITLE = viewparts.WORDS_TITLE, viewparts.IDEAS_TITLE


def _parts(breakdown: Breakdown) -> dict[str, float | None]:
    return {key: _value(cell) for key, cell in breakdown.cells.items()}


def _period_json(p: PeriodFigures) -> dict[str, Any]:
    return {"first_week": p.first_week, "last_week": p.last_week, "start": p.start,
            "end": p.end, "agents": p.agents, "wins": _value(p.wins),
            "impact_points": _value(p.points), "themes": _parts(p.themes),
            "channels": _parts(p.channels)}


def to_json(picture: TeamPicture) -> dict[str, Any]:
    trend = picture.trend
    return {
        "schema": REPORT_SCHEMA,
        "min_agents": picture.min_agents,
        "agents": picture.agents,
        "period": {"start": picture.start, "end": picture.end},
        "merged_weeks": picture.merged_weeks,
        "days_worked": _value(picture.days_worked),
        "wins": _value(picture.wins),
        "impact_points": _value(picture.points),
        "energy": _value(picture.energy),
        "impact": _parts(picture.impact),
        "themes": _parts(picture.themes),
        "channels": _parts(picture.channels),
        "weeks": [{"week": r.week, "agents": r.agents, "wins": _value(r.wins),
                   "impact_points": _value(r.points), "energy": _value(r.energy),
                   "themes": _parts(r.themes), "channels": _parts(r.channels)}
                  for r in picture.weeks],
        "trend": None if trend is None else {
            "weeks": trend.weeks, "left_out": trend.left_out,
            "current": _period_json(trend.current), "previous": _period_json(trend.previous)},
        "excerpts": [{"theme": theme, "text": text} for theme, text in picture.excerpts],
        "suggestions": [{"text": text} for text in picture.suggestions],
        "notes": picture.notes,
    }


def as_json(picture: TeamPicture) -> str:
    return json.dumps(to_json(picture), ensure_ascii=False, indent=2) + "\n"


def as_csv(picture: TeamPicture) -> str:
    """One figure a row: section, week, key, value ('hidden' where suppressed)."""
    return csv_text(["section", "week", "key", "value"], _csv_rows(picture))


def _csv_rows(picture: TeamPicture) -> Iterator[list[str]]:
    for key, cell in (("agents", Cell(picture.agents, picture.agents)),
                      ("merged_weeks", Cell(picture.merged_weeks, picture.agents)),
                      ("days_worked", picture.days_worked), ("wins", picture.wins),
                      ("impact_points", picture.points), ("energy", picture.energy)):
        yield ["total", "", key, _shown(cell)]
    for section, breakdown in (("impact", picture.impact), ("theme", picture.themes),
                               ("channel", picture.channels)):
        for key, cell in breakdown.cells.items():
            yield [section, "", key, _shown(cell)]
    for row in picture.weeks:
        yield ["week", row.week, "agents", str(row.agents)]
        yield ["week", row.week, "wins", _shown(row.wins)]
        yield ["week", row.week, "impact_points", _shown(row.points)]
        yield ["week", row.week, "energy", _shown(row.energy)]
        for section, breakdown in (("theme", row.themes), ("channel", row.channels)):
            for key, cell in breakdown.cells.items():
                yield [f"week {section}", row.week, key, _shown(cell)]
    if picture.trend:
        for name, p in (("this period", picture.trend.current),
                        ("period before", picture.trend.previous)):
            weeks = f"{p.first_week}..{p.last_week}"
            yield [name, weeks, "agents", str(p.agents)]
            yield [name, weeks, "wins", _shown(p.wins)]
            yield [name, weeks, "impact_points", _shown(p.points)]
            for section, breakdown in (("theme", p.themes), ("channel", p.channels)):
                for key, cell in breakdown.cells.items():
                    yield [f"{name} {section}", weeks, key, _shown(cell)]


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + [
        "| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]


# Longer than 40 lines: the page's sections in order, kept in one piece to read as a page.
def as_markdown(picture: TeamPicture) -> str:
    lines = [f"# Team picture, {picture.start} to {picture.end}", "",
             f"{viewparts.agents_line(picture)} {merged_line(picture)}", "",
             md_cell(viewparts.LEGEND), ""]
    lines += _md_table(["figure", "value"], [[t, _shown(c)] for t, c in _totals(picture)])
    for title, part in BREAKDOWNS:
        breakdown: Breakdown = getattr(picture, part)
        lines += ["", f"## {title}", ""]
        lines += _md_table(["", "wins"], [[viewparts.label(part, key), _shown(cell)]
                                          for key, cell in viewparts.ordered(breakdown, part)])
    lines += ["", "## Weeks", ""]
    lines += _md_table(["week", "agents", "wins", "impact points", "energy"],
                       [[r.week, str(r.agents), _shown(r.wins), _shown(r.points),
                         _shown(r.energy)] for r in picture.weeks])
    for title, part in WEEKLY:
        lines += ["", f"## {title}", ""]
        for header, rows in viewparts.matrix(picture, part):
            lines += [*_md_table([part[:-1], *header], rows), ""]
        lines.pop()
    if picture.trend:
        lines += ["", f"## {TREND_TITLE}", "", md_cell(viewparts.period_line(picture.trend))]
        trend_rows = viewparts.trend_rows(picture.trend)
        for group, heading in (("totals", "Totals"), ("themes", "Themes"),
                               ("channels", "Channels")):
            lines += ["", f"### {heading}", ""]
            lines += _md_table(["", "the period before", "this period", "change"],
                               [[r.label, _shown(r.before), _shown(r.now), r.change]
                                for r in trend_rows if r.group == group])
    if picture.excerpts:
        lines += ["", f"## {WORDS_TITLE}", ""]
        lines += [f"> {md_cell(text)}" for _, text in picture.excerpts]
    if picture.suggestions:
        lines += ["", f"## {IDEAS_TITLE}", ""]
        lines += [f"- {md_cell(text)}" for text in picture.suggestions]
    if picture.notes:
        lines += ["", f"## {HIDDEN_TITLE}", ""] + [f"- {md_cell(n)}" for n in picture.notes]
    return "\n".join(lines) + "\n"


# Longer than 40 lines: the terminal page's sections in order, like the Markdown one.
def show(picture: TeamPicture) -> None:
    from rich.table import Table
    from rich.text import Text

    from carecli.render.console import console, plain

    console.print(Text(f"Team picture · {picture.start} to {picture.end}", style="bold cyan"))
    for line in (viewparts.agents_line(picture), merged_line(picture), viewparts.LEGEND):
        console.print(Text(line, style="dim"))
    totals = Table.grid(padding=(0, 2))
    for label, cell in _totals(picture):
        totals.add_row(label, _shown(cell))
    console.print(totals)
    for title, part in BREAKDOWNS:
        console.print(Text(title, style="bold"))
        table = Table(box=None, show_header=False)
        for key, cell in viewparts.ordered(getattr(picture, part), part):
            table.add_row(viewparts.label(part, key), _shown(cell))
        console.print(table)
    console.print(Text("Weeks", style="bold"))
    weeks = Table("week", "agents", "wins", "impact points", "energy", box=None)
    for row in picture.weeks:
        weeks.add_row(row.week, str(row.agents), _shown(row.wins), _shown(row.points),
                      _shown(row.energy))
    console.print(weeks)
    for title, part in WEEKLY:
        console.print(Text(title, style="bold"))
        for header, rows in viewparts.matrix(picture, part):
            table = Table("", *header, box=None)
            for matrix_row in rows:
                table.add_row(*matrix_row)
            console.print(table)
    if picture.trend:
        console.print(Text(TREND_TITLE, style="bold"))
        console.print(Text(viewparts.period_line(picture.trend), style="dim"))
        trend = Table("", "before", "this period", "change", box=None)
        group = "totals"
        for r in viewparts.trend_rows(picture.trend):
            if r.group != group:
                group = r.group
                trend.add_row(Text(group.capitalize(), style="bold"))
            trend.add_row(r.label, _shown(r.before), _shown(r.now), r.change)
        console.print(trend)
    if picture.excerpts:
        console.print(Text(WORDS_TITLE, style="bold"))
        for _, text in picture.excerpts:
            console.print(plain(f"  “{text}”"))
    if picture.suggestions:
        console.print(Text(IDEAS_TITLE, style="bold"))
        for text in picture.suggestions:
            console.print(plain(f"  - {text}"))
    for note in picture.notes:
        console.print(plain(note, "yellow"))


def as_html(picture: TeamPicture) -> str:
    """One self-contained page (`report_html`): no script, nothing fetched."""
    from carecli.share import report_html

    return report_html.page(picture)


def summary_text(summary: dict[str, Any], fmt: str) -> str:
    """An export in its chosen format: exactly the text that will be written."""
    if fmt == "json":
        return json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return csv_text(["week", "key", "value"], _summary_rows(summary))
    return _summary_markdown(summary)


def _summary_rows(summary: dict[str, Any]) -> Iterator[list[Any]]:
    for key in ("days_worked", "wins", "impact_points", "energy", "best_streak"):
        yield ["", key, summary[key]]
    for level, count in summary["impact"].items():
        yield ["", f"impact {level}", count]
    for part in ("themes", "channels"):
        for name, count in summary[part].items():
            yield ["", f"{part[:-1]} {name}", count]
    for week in summary["weeks"]:
        for key in ("days_worked", "wins", "impact_points", "energy"):
            yield [week["week"], key, week[key]]
        for part in ("themes", "channels"):
            for name, count in week[part].items():
                yield [week["week"], f"{part[:-1]} {name}", count]
    for item in summary["excerpts"]:
        yield ["", f"excerpt {item['theme'] or ''}".strip(), item["text"]]
    for item in summary.get("suggestions", ()):
        yield ["", "suggestion", item["text"]]


def _summary_markdown(summary: dict[str, Any]) -> str:
    lines = [f"# carecli summary {summary['period']['start']} to {summary['period']['end']}",
             "", f"- pseudonym: {summary['pseudonym']}",
             f"- shift days worked: {summary['days_worked']}", f"- wins: {summary['wins']}",
             f"- impact points: {summary['impact_points']}",
             f"- best streak: {summary['best_streak']}",
             f"- average energy: {summary['energy'] if summary['energy'] is not None else '-'}",
             "", "| week | days | wins | points | energy |", "|---|---|---|---|---|"]
    lines += [f"| {w['week']} | {w['days_worked']} | {w['wins']} | {w['impact_points']} | "
              f"{w['energy'] if w['energy'] is not None else '-'} |" for w in summary["weeks"]]
    for part in ("themes", "channels", "impact"):
        if any(summary[part].values()):
            lines += ["", f"## Wins by {part[:-1] if part != 'impact' else 'impact level'}",
                      "", "| | wins |", "|---|---|"]
            lines += [f"| {md_cell(key)} | {count} |" for key, count in summary[part].items()]
    if summary["excerpts"]:
        lines += ["", "## Excerpts (scrubbed)", ""]
        lines += [f"> {md_cell(item['text'])}" for item in summary["excerpts"]]
    if summary.get("suggestions"):
        lines += ["", "## Prompt suggestions (scrubbed)", ""]
        lines += [f"- {md_cell(item['text'])}" for item in summary["suggestions"]]
    return "\n".join(lines) + "\n"
