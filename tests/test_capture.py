"""Logging wins and reflections: flags, the interactive forms, and their refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carecli.cli import ask
from carecli.cli import capture as cli_capture
from carecli.core.errors import CareError, report
from conftest import care, snapshot_files


def invoke(*args: str) -> tuple[int, str, str]:
    outcome = care(*args)
    return outcome.exit_code, outcome.stdout, outcome.stderr


@pytest.fixture
def a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_capture, "require_terminal", lambda hint: None)


def test_win_echoes_the_entry_and_where_the_day_stands() -> None:
    assert invoke("win", "First", "--at", "2026-11-19 10:00")[0] == 0
    assert invoke("win", "Second", "--at", "2026-11-19 11:00")[0] == 0
    code, out, _ = invoke("win", "Traced a lost refund", "--theme", "emp", "--impact", "4",
                          "--channel", "e-mail", "--tag", "refund", "--at", "2026-11-20 09:00")
    assert code == 0
    assert "Traced a lost refund" in out
    assert "impact 4, empathy-first, email, #refund" in out
    assert ("1 win (4 points) on Fri 20 Nov. To beat last shift: two more wins, or one more "
            "worth 3 points.") in out


def test_win_without_text_and_without_a_terminal_is_an_error(care_home: Path) -> None:
    code, _, err = invoke("win")
    assert code == 1
    assert "no terminal" in err
    assert snapshot_files(care_home) == {}


def test_interactive_win_form_fills_what_flags_leave_out(
        a_terminal: None, monkeypatch: pytest.MonkeyPatch) -> None:
    offered: dict[str, object] = {}

    def form(themes: list[tuple[str, str]], channels: tuple[str, ...]) -> ask.WinAnswers:
        offered.update(themes=dict(themes), channels=channels)
        return ask.WinAnswers("Rebooked a missed delivery", "follow-through", 5, "chat",
                              ("delivery",))

    monkeypatch.setattr(ask, "win_form", form)
    code, out, _ = invoke("win", "--json")
    assert code == 0
    saved = json.loads(out)
    assert (saved["text"], saved["theme"], saved["impact"], saved["channel"], saved["tags"]) == (
        "Rebooked a missed delivery", "follow-through", 5, "chat", ["delivery"])
    assert len(offered["themes"]) == 20  # type: ignore[arg-type]
    assert "phone" in offered["channels"]  # type: ignore[operator]


def test_cancelled_form_saves_nothing(a_terminal: None, monkeypatch: pytest.MonkeyPatch,
                                      care_home: Path) -> None:
    def form(themes: list[tuple[str, str]], channels: tuple[str, ...]) -> ask.WinAnswers:
        raise KeyboardInterrupt

    monkeypatch.setattr(ask, "win_form", form)
    code, _, err = invoke("win")
    assert (code, err) == (130, "\nCancelled; nothing saved.\n")
    assert not (care_home / "journal").exists()


def test_reflection_by_flags_and_its_intention_on_the_next_card() -> None:
    code, out, _ = invoke("reflect", "--energy", "2", "--well", "Kept calm on a long call",
                          "--hard", "Three angry callers", "--tomorrow", "Use names more",
                          "--at", "2026-11-19 20:00", "--json")
    assert code == 0
    saved = json.loads(out)
    assert (saved["kind"], saved["energy"], saved["well"], saved["hard"], saved["tomorrow"]) == (
        "reflection", 2, "Kept calm on a long call", "Three angry callers", "Use names more")
    assert saved["prompt"]  # the day's prompt it answered
    code, card, _ = invoke("today", "--date", "2026-11-20", "--json")
    assert json.loads(card)["intention"] == "Use names more"


def test_reflect_without_answers_and_without_a_terminal_is_an_error(care_home: Path) -> None:
    code, _, err = invoke("reflect")
    assert code == 1 and "no terminal" in err
    assert snapshot_files(care_home) == {}


def test_interactive_reflection_offers_the_evening_question(
        a_terminal: None, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def form(evening: str) -> ask.ReflectAnswers:
        asked.append(evening)
        return ask.ReflectAnswers(4, "Solved a billing loop", "", "Breathe before replying")

    monkeypatch.setattr(ask, "reflect_form", form)
    code, out, _ = invoke("reflect")
    assert code == 0
    assert asked and asked[0].endswith("?")
    assert "Breathe before replying" in out


@pytest.mark.parametrize(("args", "code", "message"), [
    # Out-of-range options are refused by Typer itself: a usage error, exit 2.
    (["reflect", "--energy", "0"], 2, "0 is not in the range 1<=x<=5"),
    (["reflect", "--energy", "6"], 2, "6 is not in the range 1<=x<=5"),
    # Problems only carecli can see are a CareError: one line, exit 1.
    (["reflect", "--well", "ok", "--at", "not a time"], 1,
     "carecli: error: cannot understand the date/time 'not a time'"),
    (["reflect", "--well", "   "], 1,
     "carecli: error: a reflection needs an energy level or at least one answer"),
])
def test_bad_reflections_change_nothing(care_home: Path, args: list[str], code: int,
                                        message: str) -> None:
    invoke("win", "Keep me", "--at", "2026-11-19 10:00")
    before = snapshot_files(care_home)
    got, _, err = invoke(*args)
    assert got == code, err
    assert "Traceback" not in err
    assert message in err
    if code == 1:
        assert err.startswith(message) and err.count("\n") == 1
    else:
        assert err.startswith("Usage: carecli reflect")
    assert snapshot_files(care_home) == before


def test_report_prints_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert report(CareError("first\nsecond\n  third")) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "carecli: error: first second third\n"
    assert captured.err.count("\n") == 1
