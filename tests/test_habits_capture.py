"""Capture like jrnl: `win` without quotes, #tags in the text, one normal form of a tag."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carecli.cli import ask
from carecli.cli import capture as cli_capture
from conftest import care, ok, snapshot_files


def saved(out: str) -> dict[str, object]:
    return dict(json.loads(out))


def test_words_join_without_quotes_and_options_go_anywhere() -> None:
    entry = saved(ok("win", "Sorted", "the", "stuck", "refund", "--theme", "emp", "--json"))
    assert (entry["text"], entry["theme"]) == ("Sorted the stuck refund", "empathy-first")
    entry = saved(ok("win", "--impact", "4", "Sorted", "it", "-c", "chat", "again", "--json"))
    assert (entry["text"], entry["impact"], entry["channel"]) == ("Sorted it again", 4, "chat")


def test_after_a_double_dash_everything_is_text() -> None:
    entry = saved(ok("win", "--json", "--", "--not-an-option", "was", "-i", "5"))
    assert (entry["text"], entry["impact"]) == ("--not-an-option was -i 5", 3)


def test_a_quoted_text_is_still_one_line_as_typed() -> None:
    entry = saved(ok("win", "Traced  a refund", "and", "called back", "--json"))
    assert entry["text"] == "Traced  a refund and called back"


def test_hash_words_in_the_text_become_tags_and_the_text_keeps_them() -> None:
    out = ok("win", "Sorted", "the", "#Refund", "for", "order", "#123", "--tag", " refund ",
             "--tag", "#Callback", "--at", "2026-11-20 10:00")
    assert "Sorted the #Refund for order #123" in out
    assert "(impact 3, #refund, #callback)" in out
    entry = json.loads(ok("journal", "list", "--json"))
    assert entry["tags"] == ["refund", "callback"]
    assert entry["text"] == "Sorted the #Refund for order #123"
    assert "refund, callback" in ok("journal", "list")


def test_spaces_inside_a_tag_become_dashes() -> None:
    entry = saved(ok("win", "Rang back", "--tag", "Call  back", "--tag", "call-back", "--json"))
    assert entry["tags"] == ["call-back"]


def test_back_dated_win_names_its_day() -> None:
    out = ok("win", "Calmed", "a", "caller", "--at", "2026-11-27 15:30")
    assert "1 win (3 points) on Fri 27 Nov." in out


def test_edit_and_import_normalise_tags_the_same_way(tmp_path: Path) -> None:
    entry = saved(ok("win", "First", "--json"))
    ok("journal", "edit", str(entry["id"]), "--tag", "#Refund", "--tag", "REFUND",
       "--tag", "late shift")
    assert json.loads(ok("journal", "show", str(entry["id"]), "--json"))["tags"] == [
        "refund", "late-shift"]
    line = {"id": "imp1", "kind": "win", "at": "2026-11-20T10:00:00+00:00",
            "shift_day": "2026-11-20", "text": "Imported", "impact": 2,
            "tags": ["#Elderly", " elderly ", "Call back"]}
    backup = tmp_path / "in.jsonl"
    backup.write_text(json.dumps(line) + "\n", encoding="utf-8")
    ok("journal", "import", str(backup))
    assert json.loads(ok("journal", "show", "imp1", "--json"))["tags"] == [
        "elderly", "call-back"]


def test_form_tags_and_text_tags_are_normalised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_capture, "require_terminal", lambda hint: None)
    monkeypatch.setattr(ask, "win_form", lambda themes, channels: ask.WinAnswers(
        "Walked an #elderly customer through it", None, 4, None, ("router", "#Elderly")))
    out = ok("win")
    assert "(impact 4, #router, #elderly)" in out
    assert "##" not in out


def test_too_many_tags_is_one_line_and_changes_nothing(care_home: Path) -> None:
    ok("win", "Before")
    before = snapshot_files(care_home)
    words = [f"#t{i}" for i in range(21)]
    outcome = care("win", "Many", *words)
    assert outcome.exit_code == 1
    assert outcome.stderr == "carecli: error: at most 20 tags per entry\n"
    assert snapshot_files(care_home) == before
