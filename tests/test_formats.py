"""The one CSV writer and the one Markdown escaper (render/formats.py), through every
command that writes CSV or Markdown: spreadsheet formulas are defused, table cells and
quotes cannot break out of their Markdown."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from carecli.render.formats import csv_text, md_cell
from conftest import ok

FORMULA = '=HYPERLINK("http://x","click")'


def test_journal_csv_defuses_formula_cells() -> None:
    ok("win", FORMULA)
    ok("win", "@SUM(A1:A9)", "--tag", "+cmd")
    ok("win", "plain text - fine")
    rows = list(csv.DictReader(io.StringIO(ok("journal", "list", "--format", "csv"))))
    assert [r["text"] for r in rows] == ["plain text - fine", "'@SUM(A1:A9)", "'" + FORMULA]
    assert rows[1]["tags"] == "'+cmd"


def test_csv_text_defuses_every_formula_start_and_leaves_the_rest() -> None:
    rows = [["=1+1", "+1", "-1", "@x", "\tx", "\rx"], ["-", "a=b", 3, None, 2.5, ""]]
    parsed = list(csv.reader(io.StringIO(csv_text(["a", "b", "c", "d", "e", "f"], rows))))
    assert parsed[1] == ["'=1+1", "'+1", "'-1", "'@x", "'\tx", "'\rx"]
    assert parsed[2] == ["-", "a=b", "3", "", "2.5", ""]  # "-" is the views' "no value"


def test_md_cell_escapes_the_markdown_specials_and_folds_newlines() -> None:
    assert md_cell("a|b *c* _d_ `e` [f](g) <h> \\ i\nj") == (
        r"a\|b \*c\* \_d\_ \`e\` \[f\](g) \<h\> \\ i j")
    assert "\x1b" not in md_cell("\x1b[31mred")


def test_markdown_export_escapes_an_excerpt(tmp_path: Path) -> None:
    ok("win", "Fixed a | b *c* for good", "--at", "2026-11-17T10:00:00+01:00")
    [entry] = [json.loads(line) for line in ok("journal", "list", "--json").splitlines()]
    text = ok("export", "--since", "2026-11-16", "--until", "2026-11-22", "--format", "md",
              "--excerpt", entry["id"], "--yes", "--stdout")
    assert r"> Fixed a \| b \*c\* for good" in text.splitlines()


def summary_file(agent: int, text: str) -> dict[str, object]:
    week = {"week": "2026-W47", "days_worked": 1, "wins": 1, "impact_points": 3,
            "themes": {}, "channels": {"phone": 1}, "energy": None}
    return {"schema": "carecli.summary/1", "pseudonym": f"agent-{agent:06d}zz",
            "period": {"start": "2026-11-16", "end": "2026-11-22"}, "days_worked": 1,
            "wins": 1, "impact_points": 3, "impact": {"1": 0, "2": 0, "3": 1, "4": 0, "5": 0},
            "themes": {}, "channels": {"phone": 1}, "energy": None, "best_streak": 1,
            "weeks": [week], "excerpts": [{"theme": None, "text": text}]}


def test_team_report_markdown_escapes_and_csv_defuses(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    for n in range(10):  # ten agents: enough for excerpts to appear
        text = "a | b *c*" if n == 0 else (FORMULA if n == 1 else f"thanks {n}")
        (drop / f"{n}.json").write_text(json.dumps(summary_file(n, text)), encoding="utf-8")
    report = ok("team", "report", str(drop), "--format", "md")
    assert r"> a \| b \*c\*" in report.splitlines()
    assert '> =HYPERLINK("http://x","click")' in report.splitlines()
    rows = list(csv.reader(io.StringIO(ok("team", "report", str(drop), "--format", "csv"))))
    assert ["total", "", "energy", "-"] in rows and ["total", "", "wins", "10"] in rows


def test_csv_export_defuses_an_excerpt(tmp_path: Path) -> None:
    ok("win", "=1+2 refunds sorted", "--at", "2026-11-17T10:00:00+01:00")
    [entry] = [json.loads(line) for line in ok("journal", "list", "--json").splitlines()]
    target = tmp_path / "mine.csv"
    ok("export", "--since", "2026-11-16", "--until", "2026-11-22", "--format", "csv",
       "--excerpt", entry["id"], "--yes", "-o", str(target))
    raw = target.read_bytes().decode("utf-8")
    assert list(csv.reader(io.StringIO(raw)))[-1] == ["", "excerpt", "'=1+2 refunds sorted"]
    assert raw.endswith("\r\n")  # the export's CSV keeps its line ends
