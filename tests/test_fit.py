"""Output that fits the terminal (COLUMNS): the card, `progress`, `journal list` and the
export checklist wrap at spaces, never cut a word or a theme id, and no line is wider than
the terminal, wide (CJK) characters counted as two columns."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from carecli.core.fit import width
from conftest import care, ok

LONG_WIN = ("Sorted a refund that had been stuck for a week after three separate calls "
            "with the courier and a very patient supervisor")
LONG_INTENTION = "Take every break on time and write the handover notes before the last call"


def fits(out: str, columns: int) -> list[str]:
    lines = out.splitlines()
    assert lines, "nothing printed"
    wide = [line for line in lines if width(line) > columns]
    assert wide == [], f"wider than {columns}: {wide}"
    return lines


def words_whole(out: str, text: str) -> None:
    """Every word of `text` appears whole in `out` (none was cut across two lines)."""
    printed = set(out.split())
    assert [w for w in text.split() if w not in printed] == []


@pytest.mark.parametrize("columns", [40, 60, 120])
def test_card_wraps_at_spaces_to_the_terminal(monkeypatch: pytest.MonkeyPatch,
                                              columns: int) -> None:
    ok("win", LONG_WIN, "--impact", "4", "--at", "1 day ago")
    ok("reflect", "--energy", "3", "--tomorrow", LONG_INTENTION, "--at", "1 day ago")
    monkeypatch.setenv("COLUMNS", str(columns))
    out = ok()
    fits(out, columns)
    words_whole(out, LONG_WIN)
    words_whole(out, LONG_INTENTION)
    assert "High point:" in out and "Streak:" in out


def test_card_counts_wide_characters_as_two_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    ok("win", "短い中国語のテキストでテストする長い文章です。とても長いです。" * 2,
       "--at", "1 day ago")
    monkeypatch.setenv("COLUMNS", "60")
    fits(ok(), 60)


def test_first_card_fits_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    out = ok()
    fits(out, 60)
    assert "Welcome to carecli." in out


# ---- progress ------------------------------------------------------------------------

@pytest.fixture
def busy_month() -> None:
    """A win most days of the last month (a theme each), a reflection every other day."""
    themes = ["walk", "listen", "kindness", "make", "see"]
    for n in range(30):
        if n % 7 != 3:
            ok("win", f"Win number {n} " + LONG_WIN, "--at", f"{n} days ago",
               "--theme", themes[n % 5], "--impact", str(1 + n % 5))
        if n % 2:
            ok("reflect", "--energy", str(1 + n % 5), "--at", f"{n} days ago")


@pytest.mark.usefixtures("busy_month")
@pytest.mark.parametrize("columns", [40, 60, 120])
def test_progress_fits_the_terminal(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = fits(ok("progress", "--weeks", "53"), columns)
    # Headings are never wrapped: each is one whole line.
    assert lines[0].startswith(("Your progress · ", "Progress · "))
    assert any(line.startswith(("Themes you lived in the last 30 days", "Themes, last 30"))
               for line in lines)
    trend = next(line for line in lines if line.startswith("30 days"))
    marks = len(trend.split()[2])
    if columns >= 120:
        assert marks == 30 and "(prior 30: " in trend  # a mark a day, totals beside
    elif columns == 60:
        assert marks < 30  # a mark stands for two days, so the totals stay beside
    assert any("wins ·" in line for line in lines)


def test_progress_at_sixty_keeps_the_totals_beside_the_sparklines(
        monkeypatch: pytest.MonkeyPatch, busy_month: None) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    lines = fits(ok("progress"), 60)
    assert lines[0].startswith("Your progress · ")
    for days in (7, 30):
        row = next(line for line in lines if line.startswith(f"{days} days"))
        assert f"(prior {days}: " in row
    assert any(line.startswith("Energy (1-5): ") for line in lines)


# ---- journal list --------------------------------------------------------------------

def jsonl(tmp_path: Path, *entries: tuple[str, str, str, str | None]) -> Path:
    """A JSON Lines file of wins (id, at, text, theme); rollover 04:00."""
    lines = []
    for id, at, text, theme in entries:
        moment = datetime.fromisoformat(at)
        lines.append(json.dumps({
            "id": id, "kind": "win", "at": at, "text": text, "theme": theme,
            "shift_day": (moment - timedelta(hours=4)).date().isoformat(),
            "tags": ["refund"], "impact": 4, "channel": "phone", "energy": None, "well": "",
            "hard": "", "tomorrow": "", "prompt": None}) + "\n")
    source = tmp_path / "load.jsonl"
    source.write_text("".join(lines), encoding="utf-8")
    return source


NIGHT = (("day111", "2025-12-01T14:00:00+01:00", "Afternoon refund sorted", "follow-through"),
         ("ngt222", "2025-12-02T01:30:00+01:00", LONG_WIN, "listen-past-the-procedure"),
         ("mrn333", "2025-12-02T09:15:00+01:00", "Early bird rebooked", None))


@pytest.fixture
def night(tmp_path: Path) -> None:
    ok("journal", "import", str(jsonl(tmp_path, *NIGHT)))


@pytest.mark.usefixtures("night")
@pytest.mark.parametrize("columns", [60, 80, 120])
def test_list_fits_never_cuts_a_theme_id_and_shows_real_times(
        monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    out = ok("journal", "list")
    lines = fits(out, columns)
    assert "listen-past-the-procedure" in out.split()  # whole, on one line
    words_whole(out, LONG_WIN)
    # The 01:30 win is in Mon 1 Dec's group (the 04:00 rollover), with its real date.
    tue, mon = lines.index("Tue 2 Dec 2025"), lines.index("Mon 1 Dec 2025")
    assert tue < mon
    night_row = next(n for n, line in enumerate(lines) if line.startswith("ngt222"))
    assert mon < night_row < next(n for n, x in enumerate(lines) if x.startswith("day111"))
    assert "Tue 2 Dec" in lines[night_row]
    assert "01:30" in lines[night_row] + lines[night_row + 1]
    assert next(x for x in lines if x.startswith("day111")).split()[1] == "14:00"


@pytest.mark.usefixtures("night")
@pytest.mark.parametrize("columns", [60, 100])
def test_list_short_is_one_line_an_entry(monkeypatch: pytest.MonkeyPatch,
                                         columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = fits(ok("journal", "list", "--short"), columns)
    assert len(lines) == 3
    assert lines[0].startswith("Tue 2 Dec 2025 09:15") and "Early bird rebooked" in lines[0]
    assert lines[1].startswith("Tue 2 Dec 2025 01:30") and lines[1].endswith("…")
    assert lines[2].startswith("Mon 1 Dec 2025 14:00") and "Afternoon refund sorted" in lines[2]
    # The text keeps 24 columns: a long theme id gives way, cut after one of its hyphens.
    assert ("follow-through" if columns >= 100 else "follow-…") in lines[2].split()
    assert lines[1].split()[5] == "4" or "4" in lines[1].split()  # the impact
    text = lines[1].rsplit("  ", 1)[1].rstrip("…")
    assert LONG_WIN.startswith(text) and LONG_WIN[len(text)] == " "  # cut after a word


def test_list_short_refuses_json(night: None) -> None:
    outcome = care("journal", "list", "--short", "--json")
    assert outcome.exit_code == 1 and "--short" in outcome.stderr


# ---- the export checklist ------------------------------------------------------------

@pytest.mark.parametrize("columns", [60, 120])
def test_export_checklist_is_newest_first_with_date_theme_and_impact(
        tmp_path: Path, columns: int) -> None:
    from carecli.journal.io import read_jsonl
    from carecli.render.journal import CHECKBOX_MARGIN, pick_choices

    wins = read_jsonl(jsonl(tmp_path, *NIGHT))  # oldest first, as the period hands them
    choices = pick_choices(wins, columns, year=2025)
    assert [entry.id for _, entry in choices] == ["mrn333", "ngt222", "day111"]
    labels = [label for label, _ in choices]
    assert all(width(label) <= columns - CHECKBOX_MARGIN for label in labels)
    assert labels[0].startswith("Tue 2 Dec 09:15") and "Early bird" in labels[0]
    assert labels[1].startswith("Tue 2 Dec 01:30") and " 4/5 " in labels[1]
    assert labels[2].startswith("Mon 1 Dec 14:00") and "follow-" in labels[2]
    text = labels[1].rsplit("  ", 1)[1].rstrip("…")
    assert LONG_WIN.startswith(text) and LONG_WIN[len(text)] == " "  # cut after a word
    assert pick_choices([], columns) == []


@pytest.mark.parametrize("columns", [40, 60, 100])
def test_the_win_and_reflect_echoes_fit_too(monkeypatch: pytest.MonkeyPatch,
                                            columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    text = "Stayed patient with a furious caller for forty minutes and sorted it all out"
    out = ok("win", text, "--theme", "empathy", "--tag", "long-call", "--channel", "phone")
    fits(out, columns)
    words_whole(out, text)
    out = ok("reflect", "--energy", "2", "--well", text, "--tomorrow", "Breathe before the "
             "next escalation and take the two minutes offered after a hard call")
    fits(out, columns)
    words_whole(out, text)
