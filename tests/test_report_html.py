"""The team report's HTML page, parsed (html.parser): every section of the Markdown view,
every bar with its value beside it, theme titles, hidden cells saying "hidden", no script
and nothing fetched, A4 print rules."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from carecli.prompts import load_themes
from conftest import care, ok
from test_team import drop, make

TITLES = {tid: theme.title for tid, theme in load_themes().items()}
URL = re.compile(r"(https?:)?//|url\(|@import", re.IGNORECASE)


class Page(HTMLParser):
    """Sections (h2 text by section id), bars with the value right after them, every tag,
    attribute and text run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.headings: list[str] = []
        self.section_ids: list[str] = []
        self.bars = 0
        self.bar_values: list[str] = []
        self.hidden_texts: list[str] = []
        self._in: list[str] = []  # "h2", "value", "hidden"
        self._after_bar = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(k, v or "") for k, v in attrs]
        classes = dict(attrs).get("class") or ""
        if tag == "section":
            self.section_ids.append(dict(attrs).get("id") or "")
        if tag == "svg" and "bar" in classes.split():
            self.bars += 1
            self._after_bar = True
        mark = ("h2" if tag == "h2" else "value" if "value" in classes.split()
                else "hidden" if "hidden" in classes.split() else "")
        self._in.append(mark)

    def handle_endtag(self, tag: str) -> None:
        if self._in:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if not self._in:
            return
        if self._in[-1] == "h2":
            self.headings.append(data)
        elif self._in[-1] == "value":
            assert self._after_bar, f"a value with no bar before it: {data}"
            self.bar_values.append(data)
            self._after_bar = False
        elif self._in[-1] == "hidden":
            self.hidden_texts.append(data)


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def team(n: int, tmp_path: Path) -> Path:
    """n agents over three weeks; agent 9 alone logs chat and a theme nobody else does."""
    data = []
    for a in range(n):
        weeks = {"2026-W46": {"empathy-first": 2, "follow-through": 1},
                 "2026-W47": {"empathy-first": 1 + a % 3},
                 "2026-W48": {"follow-through": 2, **({"extra-mile": 1} if a == 9 else {})}}
        item = make(a, weeks, channel="chat" if a == 9 else "phone",
                    excerpts=[{"theme": "empathy-first", "text": f"Kept calm {a}"}])
        item["period"] = {"start": "2026-11-09", "end": "2026-11-29"}
        data.append(item)
    return drop(tmp_path / f"team{n}", data)


def page_and_json(folder: Path) -> tuple[str, dict[str, Any], str]:
    page = ok("team", "report", str(folder), "--format", "html")
    data = json.loads(ok("team", "report", str(folder), "--format", "json"))
    markdown = ok("team", "report", str(folder), "--format", "md")
    return page, data, markdown


def test_every_markdown_section_is_on_the_page(tmp_path: Path) -> None:
    page, _, markdown = page_and_json(team(12, tmp_path))
    parsed = parse(page)
    wanted = [line[3:] for line in markdown.splitlines() if line.startswith("## ")]
    assert {"Impact levels", "Themes", "Channels", "Weeks", "Themes by week",
            "Channels by week", "This period against the one before",
            "In their words (anonymous, shuffled)", "What is hidden, and why"} <= set(wanted)
    assert parsed.headings == ["Totals", *wanted]
    assert len(set(parsed.section_ids)) == len(parsed.section_ids) == len(wanted) + 1


def test_every_bar_is_labelled_with_its_value(tmp_path: Path) -> None:
    page, data, _ = page_and_json(team(12, tmp_path))
    parsed = parse(page)
    assert parsed.bars and len(parsed.bar_values) == parsed.bars
    trend = data["trend"]
    shown = [v for part in ("impact", "themes", "channels") for v in data[part].values()]
    shown += [w["wins"] for w in data["weeks"]]
    for side in (trend["previous"], trend["current"]):
        shown += [side["wins"], side["impact_points"]]
    shown = [v for v in shown if v is not None]
    for figure in shown:
        assert f"{figure:g}" in parsed.bar_values
    # A bar for every shown figure of the charts (trend themes and channels too).
    extra = sum(v is not None for side in (trend["previous"], trend["current"])
                for part in ("themes", "channels") for v in side[part].values())
    assert parsed.bars >= len(shown) + extra


def test_theme_titles_not_ids_in_the_page_terminal_and_markdown(tmp_path: Path) -> None:
    folder = team(12, tmp_path)
    page, _, markdown = page_and_json(folder)
    terminal = ok("team", "report", str(folder))
    for text in (" ".join(parse(page).text), markdown, terminal):
        for tid in ("empathy-first", "follow-through"):
            assert TITLES[tid] in text
            assert tid not in text


def test_hidden_cells_say_hidden_with_one_sentence_on_why(tmp_path: Path) -> None:
    page, data, _ = page_and_json(team(10, tmp_path))
    parsed = parse(page)
    assert data["channels"]["chat"] is None and data["themes"]["extra-mile"] is None
    assert parsed.hidden_texts and set(parsed.hidden_texts) == {"hidden"}
    nulls = json.dumps(data).count("null")
    assert len(parsed.hidden_texts) >= nulls - 1  # the header's legend aside: each null
    whys = [n for n in data["notes"] if "subtraction" in n]
    assert len(whys) == 1 and page.count("subtraction") == 1


def test_few_agents_give_a_page_of_hidden_and_one_note(tmp_path: Path) -> None:
    page, data, _ = page_and_json(team(4, tmp_path))
    parsed = parse(page)
    assert set(parsed.bar_values) <= {"0"} and data["wins"] is None  # only known zeros
    assert len(parsed.hidden_texts) > 10
    assert sum("hidden" in n for n in data["notes"]) <= 2
    assert "4 agents reported" in page and "agent(s)" not in page


def test_no_script_nothing_fetched_and_it_prints_on_a4(tmp_path: Path) -> None:
    hostile = '<script>alert(1)</script><img src="http://x/y.png"> url(http://x)'
    data = [make(n, excerpts=[{"theme": None, "text": hostile}]) for n in range(10)]
    page = ok("team", "report", str(drop(tmp_path / "d", data)), "--format", "html")
    parsed = parse(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert "link" not in parsed.tags and "iframe" not in parsed.tags
    for name, val in parsed.attrs:
        assert not name.startswith("on"), name
        if name in ("href", "src", "xlink:href"):
            assert val.startswith("#"), val
    outside_text = page.replace("&lt;", "<")
    assert "<script" not in page
    assert not URL.search(re.sub(r"<blockquote>.*?</blockquote>", "", outside_text,
                                 flags=re.DOTALL))
    assert "@page{size:A4" in page and "break-inside:avoid" in page


def test_the_page_is_one_file_written_with_o(tmp_path: Path) -> None:
    out = tmp_path / "team.html"
    result = care("team", "report", str(team(12, tmp_path)), "--format", "html", "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
