"""The team report as one self-contained HTML page: the Markdown view's sections, each bar
drawn as a small inline SVG with its value written beside it, theme titles, a hidden cell
shown as "hidden". No script, no style sheet or font fetched, nothing to load: the page
is one file a lead can open, mail or print (A4, tables never cut across a page).

Colours are the Okabe-Ito palette, safe for the common colour-vision deficiencies; no
meaning rests on colour alone (every bar has its number, the trend's two bars are always
in the same order and named in a legend).
"""

from __future__ import annotations

from html import escape

from carecli.share import viewparts
from carecli.share.team import Breakdown, Cell, TeamPicture
from carecli.share.viewparts import HIDDEN, NOTHING, label, ordered, shown, value

THIS = "#0072B2"  # Okabe-Ito blue: this period, and every single-series bar
BEFORE = "#E69F00"  # Okabe-Ito orange: the period before
TRACK = "#EEEEEE"

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
color:#1a1a1a;max-width:60rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:.2em 0 .4em}
h2{font-size:1.15rem;margin:1.8em 0 .5em;border-bottom:2px solid #ccc;padding-bottom:.2em}
h3{font-size:1rem;margin:1.2em 0 .3em}
p{margin:.3em 0}
.meta{color:#444}
table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e4e4e4;vertical-align:middle}
thead th,thead th.num{font-size:.85em;color:#444;border-bottom:1px solid #999;
white-space:normal}
th[scope=row]{font-weight:normal;width:36%}
th.week{width:auto;white-space:nowrap}
table.weeks td:nth-child(3){width:50%}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.totals{width:auto;min-width:18rem}
table.totals td{font-weight:600}
.track{display:flex;align-items:center;gap:.4rem;min-height:1.2rem}
.track+.track{margin-top:.15rem}
.track svg{flex:1 1 0;width:0;height:.95rem;min-width:2rem}
.value{min-width:2.2em;font-weight:600;font-variant-numeric:tabular-nums}
.hidden{font-style:italic;color:#333;border:1px dashed #777;border-radius:3px;
padding:0 .35em;white-space:nowrap}
.none{color:#666}
.scroll{overflow-x:auto}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:.4rem 0;color:#333}
.legend svg{width:1.6em;height:.8em;vertical-align:middle;margin-right:.3em}
.why{background:#f3f3f3;border-left:4px solid #0072B2;padding:.5rem .8rem;margin:.6rem 0}
blockquote{border-left:4px solid #56B4E9;margin:.8rem 0;padding:.1rem .8rem}
blockquote footer{font-size:.85em;color:#555}
@page{size:A4;margin:15mm 12mm}
@media print{
body{max-width:none;margin:0;padding:0;font-size:10pt}
table,blockquote,.why,.legend{break-inside:avoid;page-break-inside:avoid}
tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
h2,h3{break-after:avoid;page-break-after:avoid}
.scroll{overflow:visible}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
@media (max-width:480px){body{font-size:14px;padding:0 .6rem;margin-top:.8rem}
th[scope=row]{width:44%}th,td{padding:.3rem .3rem}
table.weeks td:nth-child(3){width:auto}.track svg{min-width:1.5rem}
.matrix .hidden{font-size:.8em;padding:0 .2em}}
"""


def _svg_bar(figure: float, top: float, colour: str) -> str:
    width = 0.0 if not top else max(100 * figure / top, 0.8 if figure else 0.0)
    return ('<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" '
            f'aria-hidden="true"><rect width="100" height="10" fill="{TRACK}"/>'
            f'<rect width="{width:.1f}" height="10" fill="{colour}"/></svg>')


def _cell_text(cell: Cell | None) -> str:
    text = shown(cell)
    if text == HIDDEN:
        return '<span class="hidden">hidden</span>'
    if text == NOTHING:
        return '<span class="none">-</span>'
    return escape(text)


def _bar(cell: Cell | None, top: float, colour: str = THIS) -> str:
    """A labelled bar: the bar and its value, or the word "hidden" (or "-") alone."""
    figure = value(cell)
    if figure is None:
        return f'<div class="track">{_cell_text(cell)}</div>'
    return (f'<div class="track">{_svg_bar(figure, top, colour)}'
            f'<span class="value">{escape(shown(cell))}</span></div>')


def _top(cells: list[Cell | None]) -> float:
    return max((v for v in map(value, cells) if v is not None), default=0.0)


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>\n{body}</section>'


def _bars(part: str, breakdown: Breakdown, what: str = "wins") -> str:
    rows = ordered(breakdown, part)
    if not rows:
        return '<p class="none">Nothing was reported.</p>'
    top = _top([c for _, c in rows])
    body = "".join(f'<tr><th scope="row">{escape(label(part, key))}</th>'
                   f"<td>{_bar(cell, top)}</td></tr>" for key, cell in rows)
    return (f'<table class="bars"><thead><tr><th></th><th>{what}</th></tr></thead>'
            f"<tbody>{body}</tbody></table>")


def _totals(picture: TeamPicture) -> str:
    rows = "".join(f'<tr><th scope="row">{escape(name)}</th><td class="num">'
                   f"{_cell_text(cell)}</td></tr>" for name, cell in viewparts.totals(picture))
    return f'<table class="totals"><tbody>{rows}</tbody></table>'


def _weeks(picture: TeamPicture) -> str:
    top = _top([r.wins for r in picture.weeks])
    rows = "".join(
        f'<tr><th scope="row" class="week">{escape(r.week)}</th>'
        f'<td class="num">{r.agents}</td><td>{_bar(r.wins, top)}</td>'
        f'<td class="num">{_cell_text(r.points)}</td>'
        f'<td class="num">{_cell_text(r.energy)}</td></tr>' for r in picture.weeks)
    return ('<div class="scroll"><table class="weeks"><thead><tr><th>week</th>'
            '<th class="num">agents</th><th>wins</th><th class="num">impact points</th>'
            f'<th class="num">energy</th></tr></thead><tbody>{rows}</tbody></table></div>')


def _matrix(picture: TeamPicture, part: str) -> str:
    tables = []
    for header, rows in viewparts.matrix(picture, part):
        head = "".join(f'<th class="num">{escape(h)}</th>' for h in header)
        body = "".join(
            f'<tr><th scope="row">{escape(row[0])}</th>'
            + "".join(f'<td class="num">{_word(c)}</td>' for c in row[1:]) + "</tr>"
            for row in rows)
        tables.append(f'<div class="scroll"><table class="matrix"><thead><tr>'
                      f"<th>{part[:-1]}</th>{head}</tr></thead><tbody>{body}</tbody>"
                      "</table></div>")
    return "\n".join(tables) or '<p class="none">Nothing was reported.</p>'


def _word(text: str) -> str:
    return '<span class="hidden">hidden</span>' if text == HIDDEN else escape(text)


def _swatch(colour: str) -> str:
    return (f'<svg viewBox="0 0 16 8" aria-hidden="true"><rect width="16" height="8" '
            f'fill="{colour}"/></svg>')


def _trend(picture: TeamPicture) -> str:
    assert picture.trend is not None
    rows = viewparts.trend_rows(picture.trend)
    parts = [f'<p class="meta">{escape(viewparts.period_line(picture.trend))}</p>',
             f'<div class="legend"><span>{_swatch(BEFORE)}the period before (upper bar)'
             f"</span><span>{_swatch(THIS)}this period (lower bar)</span></div>"]
    for group, heading in (("totals", "Totals"), ("themes", "Themes"),
                           ("channels", "Channels")):
        mine = [r for r in rows if r.group == group]
        if not mine:
            continue
        body = []
        for r in mine:
            top = _top([r.before, r.now]) if group == "totals" else _top(
                [c for x in mine for c in (x.before, x.now)])
            body.append(f'<tr><th scope="row">{escape(r.label)}</th>'
                        f"<td>{_bar(r.before, top, BEFORE)}{_bar(r.now, top, THIS)}</td>"
                        f'<td class="num">{_word(r.change)}</td></tr>')
        parts.append(f"<h3>{heading}</h3><table class=\"trend\"><thead><tr><th></th>"
                     '<th>wins or points</th><th class="num">change</th></tr></thead>'
                     f"<tbody>{''.join(body)}</tbody></table>")
    return "\n".join(parts)


def _words(picture: TeamPicture) -> str:
    return "\n".join(
        f"<blockquote><p>{escape(text)}</p>"
        + (f"<footer>{escape(label('themes', theme))}</footer>" if theme else "")
        + "</blockquote>" for theme, text in picture.excerpts)


def page(picture: TeamPicture) -> str:
    """The whole page: header, then every section of the Markdown view, in its order."""
    title = f"Team picture, {picture.start} to {picture.end}"
    body = [f"<header><h1>{escape(title)}</h1>",
            f'<p class="meta">{escape(viewparts.agents_line(picture))} '
            f"{escape(viewparts.merged_line(picture))}</p>",
            '<p class="meta"><span class="hidden">hidden</span>: too few agents stand behind '
            "that figure" + (' (see <a href="#hidden">What is hidden, and why</a>)'
                             if picture.notes else "")
            + '; a dash (<span class="none">-</span>): nothing was reported.</p>'
            + (f'<p class="why">{escape(picture.notes[0])}</p>'
               if picture.agents < picture.min_agents else "") + "</header>",
            _section("totals", "Totals", _totals(picture))]
    for (title_, part), anchor in zip(viewparts.BREAKDOWNS, ("impact", "themes", "channels"),
                                      strict=True):
        body.append(_section(anchor, title_, _bars(part, getattr(picture, part))))
    body.append(_section("weeks", "Weeks", _weeks(picture)))
    for (title_, part), anchor in zip(viewparts.WEEKLY, ("themes-by-week", "channels-by-week"),
                                      strict=True):
        body.append(_section(anchor, title_, _matrix(picture, part)))
    if picture.trend:
        body.append(_section("trend", viewparts.TREND_TITLE, _trend(picture)))
    if picture.excerpts:
        body.append(_section("words", viewparts.WORDS_TITLE, _words(picture)))
    if picture.suggestions:
        body.append(_section("suggestions", viewparts.IDEAS_TITLE, "<ul>" + "".join(
            f"<li>{escape(text)}</li>" for text in picture.suggestions) + "</ul>"))
    if picture.notes:
        body.append(_section("hidden", viewparts.HIDDEN_TITLE, "<ul>" + "".join(
            f"<li>{escape(note)}</li>" for note in picture.notes) + "</ul>"))
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")
