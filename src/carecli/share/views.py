"""Views of the team picture (terminal, Markdown, JSON, CSV, HTML) and of an export.

A hidden figure is shown as "hidden" (null in JSON), never as a number, and no view has a
per-agent row or a pseudonym. Excerpt text came from other machines: it is made inert for
the terminal, escaped for Markdown and HTML, and defused for spreadsheets in CSV (the
Markdown and CSV rules are `render.formats`, shared with the journal's views).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

from carecli.render.formats import csv_text, md_cell
from carecli.share.team import Breakdown, Cell, TeamPicture

REPORT_SCHEMA = "carecli.team-report/1"
HIDDEN = "hidden"


def _value(cell: Cell | None) -> float | None:
    if cell is None or cell.hidden:
        return None
    return cell.value


def _shown(cell: Cell | None) -> str:
    value = _value(cell)
    if value is None:
        return HIDDEN if cell is not None else "-"
    return f"{value:g}"


def _parts(breakdown: Breakdown) -> dict[str, float | None]:
    return {key: _value(cell) for key, cell in breakdown.cells.items()}


def merged_line(picture: TeamPicture) -> str:
    """How many of an agent's weeks came in more than one (overlapping) summary."""
    n = picture.merged_weeks
    if not n:
        return "No week came in more than one summary from the same agent."
    return (f"{n} week{'s' if n != 1 else ''} came in more than one summary from the same "
            "agent (overlapping periods) and count once (the newest file wins).")


def to_json(picture: TeamPicture) -> dict[str, Any]:
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
        "excerpts": [{"theme": theme, "text": text} for theme, text in picture.excerpts],
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
        yield ["week", row.week, "wins", _shown(row.wins)]
        yield ["week", row.week, "impact_points", _shown(row.points)]
        yield ["week", row.week, "energy", _shown(row.energy)]
        for section, breakdown in (("theme", row.themes), ("channel", row.channels)):
            for key, cell in breakdown.cells.items():
                yield [f"week {section}", row.week, key, _shown(cell)]


def as_markdown(picture: TeamPicture) -> str:
    lines = [f"# Team picture, {picture.start} to {picture.end}", "",
             f"{picture.agents} agents reported; every figure needs at least "
             f"{picture.min_agents} of them. {merged_line(picture)}", "",
             "| figure | value |", "|---|---|"]
    for label, cell in (("Shift days worked", picture.days_worked), ("Wins", picture.wins),
                        ("Impact points", picture.points), ("Average energy", picture.energy)):
        lines.append(f"| {label} | {_shown(cell)} |")
    for title, breakdown in (("Impact levels", picture.impact), ("Themes", picture.themes),
                             ("Channels", picture.channels)):
        lines += ["", f"## {title}", "", "| | wins |", "|---|---|"]
        lines += [f"| {md_cell(key)} | {_shown(cell)} |" for key, cell in breakdown.cells.items()]
    lines += ["", "## Weeks", "", "| week | agents | wins | impact points | energy |",
              "|---|---|---|---|---|"]
    lines += [f"| {r.week} | {r.agents} | {_shown(r.wins)} | {_shown(r.points)} | "
              f"{_shown(r.energy)} |" for r in picture.weeks]
    if picture.excerpts:
        lines += ["", "## In their words (anonymous, shuffled)", ""]
        lines += [f"> {md_cell(text)}" for _, text in picture.excerpts]
    if picture.notes:
        lines += ["", "## What is hidden, and why", ""] + [f"- {note}" for note in picture.notes]
    return "\n".join(lines) + "\n"


def show(picture: TeamPicture) -> None:
    from rich.table import Table
    from rich.text import Text

    from carecli.render.console import console, plain

    console.print(Text(f"Team picture · {picture.start} to {picture.end}", style="bold cyan"))
    console.print(Text(f"{picture.agents} agents reported; each figure needs at least "
                       f"{picture.min_agents}.", style="dim"))
    console.print(Text(merged_line(picture), style="dim"))
    totals = Table.grid(padding=(0, 2))
    for label, cell in (("Shift days worked", picture.days_worked), ("Wins", picture.wins),
                        ("Impact points", picture.points), ("Average energy", picture.energy)):
        totals.add_row(label, _shown(cell))
    console.print(totals)
    for title, breakdown in (("Impact levels", picture.impact), ("Themes", picture.themes),
                             ("Channels", picture.channels)):
        console.print(Text(title, style="bold"))
        table = Table(box=None, show_header=False)
        for key, cell in breakdown.cells.items():
            table.add_row(key, _shown(cell))
        console.print(table)
    console.print(Text("Weeks", style="bold"))
    weeks = Table("week", "agents", "wins", "impact points", "energy", box=None)
    for row in picture.weeks:
        weeks.add_row(row.week, str(row.agents), _shown(row.wins), _shown(row.points),
                      _shown(row.energy))
    console.print(weeks)
    if picture.excerpts:
        console.print(Text("In their words (anonymous, shuffled)", style="bold"))
        for _, text in picture.excerpts:
            console.print(plain(f"  “{text}”"))
    for note in picture.notes:
        console.print(plain(note, "yellow"))


# Longer than 40 lines: the page's one template, kept in one piece to read as a page.
def as_html(picture: TeamPicture) -> str:
    """One self-contained page: SVG charts drawn by pygal inline, no scripts, no network."""
    import pygal

    charts = []
    weeks = [r for r in picture.weeks if not r.wins.hidden]
    if weeks:
        bar = pygal.Bar(js=[], disable_xml_declaration=True, show_legend=False, height=320)
        bar.title = "Wins per week"
        bar.x_labels = [r.week for r in weeks]
        bar.add("wins", [r.wins.value for r in weeks])
        charts.append(bar.render(is_unicode=True))
    for title, breakdown in (("Wins by theme", picture.themes),
                             ("Wins by channel", picture.channels)):
        shown = {k: c.value for k, c in breakdown.cells.items() if not c.hidden}
        if shown:
            chart = pygal.HorizontalBar(js=[], disable_xml_declaration=True, height=360)
            chart.title = title
            for key, value in sorted(shown.items(), key=lambda kv: kv[1]):
                chart.add(key, value)
            charts.append(chart.render(is_unicode=True))
    body = [f"<h1>Team picture, {html.escape(picture.start)} to {html.escape(picture.end)}</h1>",
            f"<p>{picture.agents} agents reported; every figure needs at least "
            f"{picture.min_agents} of them. Hidden figures say <em>hidden</em>.</p>",
            f"<p>{html.escape(merged_line(picture))}</p>",
            "<table>"] + [
        f"<tr><th>{label}</th><td>{_shown(cell)}</td></tr>"
        for label, cell in (("Shift days worked", picture.days_worked), ("Wins", picture.wins),
                            ("Impact points", picture.points),
                            ("Average energy", picture.energy))] + ["</table>"]
    # pygal leaves an inline config <script> for its (omitted) pygal.js: drop it, so the
    # page runs no script at all.
    body += [f'<figure class="chart">{_without_scripts(svg)}</figure>' for svg in charts]
    if picture.excerpts:
        body.append("<h2>In their words (anonymous, shuffled)</h2>")
        body += [f"<blockquote>{html.escape(text)}</blockquote>" for _, text in picture.excerpts]
    if picture.notes:
        body.append("<h2>What is hidden, and why</h2><ul>")
        body += [f"<li>{html.escape(note)}</li>" for note in picture.notes]
        body.append("</ul>")
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>carecli team picture</title><style>body{font-family:sans-serif;"
            "max-width:60rem;margin:2rem auto;padding:0 1rem}th{text-align:left;"
            "padding-right:2rem}.chart svg{max-width:100%;height:auto}"
            "blockquote{border-left:4px solid #8ab;margin:1rem 0;padding-left:1rem}</style>"
            "</head><body>" + "\n".join(body) + "</body></html>\n")


def _without_scripts(svg: str) -> str:
    import re

    return re.sub(r"<script\b.*?</script>", "", svg, flags=re.DOTALL | re.IGNORECASE)


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
    return "\n".join(lines) + "\n"
