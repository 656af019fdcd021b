"""Output that fits the terminal (COLUMNS): the card, `progress`, `journal list` and the
export checklist wrap at spaces, never cut a word or a theme id, and no line is wider than
the terminal, wide (CJK) characters counted as two columns."""

from __future__ import annotations

import pytest

from carecli.render.plaintable import width
from conftest import ok

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
