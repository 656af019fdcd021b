"""The team's own #10: an agent stores prompt suggestions (`prompts suggest`), shares them
only on purpose (`export --suggestions`, scrubbed, in the preview), a lead sees them only
from 10 agents on, unattributed and shuffled (`team report`), turns them into a valid pack
(`team pack`), and the new pack's prompts come first on the card, marked with its title."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import stat
import sys
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import carecli.cli.share
from carecli.card import command, rotation
from carecli.card.request import CardRequest
from carecli.core.errors import CareError
from carecli.share import validate
from conftest import care, ok

SECRET_NAME, SECRET_PHONE = "Sarah Miller", "07700 900123"
IDEAS = ["Before you close, ask if there is one more thing", "Say the caller's name once",
         "Tell them what happens next and when", "Thank a colleague who covered for you",
         "Write down one promise and keep it today", "Smile before you pick up the phone",
         "Check back on yesterday's hardest case", "Offer two options instead of a no",
         "Ask how their week is going, and listen", "Leave a note the next shift can use",
         "Admit a mistake early and fix it", "Spot one rule you can bend kindly"]


def one_line_error(outcome: Any, *words: str) -> None:
    assert outcome.exit_code == 1, outcome
    assert outcome.stdout == "" and outcome.stderr.count("\n") == 1, outcome
    for word in words:
        assert word in outcome.stderr, outcome


# ---- prompts suggest ---------------------------------------------------------------------

def test_suggest_stores_lists_and_removes(care_home: Path) -> None:
    assert "Stored suggestion #1" in ok("prompts", "suggest", "Thank the caller  for\ttheir "
                                        "patience, by name")
    ok("prompts", "suggest", "Say what happens next before you hang up")
    listed = ok("prompts", "suggest", "--list")
    assert "1. Thank the caller for their patience, by name" in listed
    assert "2. Say what happens next" in listed
    data = json.loads(ok("prompts", "suggest", "--list", "--json"))
    assert data == {"schema": "carecli.suggestions/1", "suggestions": [
        "Thank the caller for their patience, by name",
        "Say what happens next before you hang up"]}
    stored = care_home / "suggestions.json"
    assert json.loads(stored.read_text(encoding="utf-8"))["suggestions"] == data["suggestions"]
    if os.name == "posix":
        assert stat.S_IMODE(stored.stat().st_mode) & 0o077 == 0
    assert "Removed suggestion #1" in ok("prompts", "suggest", "--remove", "1")
    assert json.loads(ok("prompts", "suggest", "--list", "--json"))["suggestions"] == [
        "Say what happens next before you hang up"]


@pytest.mark.parametrize(("args", "words"), [
    (["prompts", "suggest", "too short"], ["at least 10"]),
    (["prompts", "suggest", "x" * 301], ["at most 300", "301"]),
    (["prompts", "suggest", "   \n\t  "], ["at least 10"]),
    (["prompts", "suggest"], ["--list"]),
    (["prompts", "suggest", "A good long idea", "--list"], ["--list"]),
    (["prompts", "suggest", "--remove", "1"], ["no suggestions"]),
    (["prompts", "suggest", "A good long idea", "--json"], ["--json goes with --list"]),
])
def test_suggest_refusals_are_one_line(care_home: Path, args: list[str],
                                       words: list[str]) -> None:
    one_line_error(care(*args), *words)
    assert not (care_home / "suggestions.json").exists()


def test_suggest_refuses_duplicates_a_bad_number_and_a_twenty_first() -> None:
    ok("prompts", "suggest", "Name the next step out loud")
    one_line_error(care("prompts", "suggest", "name the NEXT step out loud"), "#1")
    one_line_error(care("prompts", "suggest", "--remove", "2"), "no suggestion #2")
    one_line_error(care("prompts", "suggest", "--remove", "0"), "no suggestion #0")
    for n in range(19):
        ok("prompts", "suggest", f"Another idea number {n}")
    one_line_error(care("prompts", "suggest", "One idea too many"), "at most 20")
    assert len(json.loads(ok("prompts", "suggest", "--list", "--json"))["suggestions"]) == 20


def test_a_damaged_store_is_one_line(care_home: Path) -> None:
    care_home.mkdir(parents=True, exist_ok=True)
    (care_home / "suggestions.json").write_text("{nope", encoding="utf-8")
    one_line_error(care("prompts", "suggest", "--list"), "suggestions.json")


# ---- export --suggestions ------------------------------------------------------------------

def export_json(*extra: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok("export", "--week", "--stdout", "--yes", *extra))
    return data


def test_suggestions_leave_only_when_asked_and_scrubbed() -> None:
    ok("win", "Sorted a refund", "--impact", "3")
    ok("prompts", "suggest", f"Call {SECRET_NAME} back on {SECRET_PHONE} before the shift ends")
    assert "suggestions" not in export_json()  # stored, but not opted in
    data = export_json("--suggestions")
    [item] = data["suggestions"]
    assert set(item) == {"text"}
    assert "[name 1]" in item["text"] and "[phone 1]" in item["text"]
    assert "Sarah" not in json.dumps(data) and "900123" not in json.dumps(data)
    validate.validate(data, ["empathy-first"])  # what is written is what a lead accepts
    md = ok("export", "--week", "--stdout", "--yes", "--suggestions", "--format", "md")
    assert "## Prompt suggestions (scrubbed)" in md and "Sarah" not in md
    csv = ok("export", "--week", "--stdout", "--yes", "--suggestions", "--format", "csv")
    assert ",suggestion," in csv and "Sarah" not in csv


def test_suggestions_are_in_the_preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    ok("win", "Sorted a refund", "--impact", "3")
    ok("prompts", "suggest", f"Ask {SECRET_NAME} how the last fix went")
    monkeypatch.setattr(carecli.cli.share, "require_terminal", lambda hint: None)
    out = tmp_path / "drop"
    result = care("export", "--week", "-o", f"{out}{os.sep}", "--suggestions", input="y\n")
    assert result.exit_code == 0, result.output
    [written] = out.iterdir()
    text = written.read_text(encoding="utf-8")
    assert text in result.stderr and '"suggestions"' in text and "Sarah" not in result.stderr
    declined = care("export", "--week", "--stdout", "--suggestions", input="n\n")
    assert declined.stdout.strip() == "" and "[name 1]" in declined.stderr


def test_export_suggestions_with_none_stored_is_one_line() -> None:
    ok("win", "Sorted a refund", "--impact", "3")
    one_line_error(care("export", "--week", "--stdout", "--yes", "--suggestions"),
                   "prompts suggest")


# ---- validation ----------------------------------------------------------------------------

def a_summary(suggestions: Any = None, agent: int = 1) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": "carecli.summary/1", "pseudonym": f"agent-{agent:06d}zz",
        "period": {"start": "2026-11-16", "end": "2026-11-22"}, "days_worked": 1, "wins": 1,
        "impact_points": 3, "impact": {"1": 0, "2": 0, "3": 1, "4": 0, "5": 0},
        "themes": {}, "channels": {}, "energy": None, "best_streak": 1,
        "weeks": [{"week": "2026-W47", "days_worked": 1, "wins": 1, "impact_points": 3,
                   "themes": {}, "channels": {}, "energy": None}],
        "excerpts": []}
    if suggestions is not None:
        data["suggestions"] = suggestions
    return data


def test_a_summary_without_suggestions_is_still_valid() -> None:
    assert validate.validate(a_summary(), []).suggestions == ()
    assert validate.validate(a_summary([{"text": "Ask one more question"}]), []
                             ).suggestions == ("Ask one more question",)


@pytest.mark.parametrize(("suggestions", "words"), [
    ([{"text": "fine idea", "agent": "me"}], "a field the schema does not allow"),
    ([{}], "lacks text"),
    (["bare string"], "must be a JSON object"),
    ({"text": "not a list"}, "at most 20"),
    ([{"text": f"idea {n}"} for n in range(21)], "at most 20"),
    ([{"text": 42}], "1-300"),
    ([{"text": ""}], "1-300"),
    ([{"text": "x" * 301}], "1-300"),
    ([{"text": "two\nlines"}], "one line"),
    ([{"text": "bell\x07"}], "printable"),
    ([{"text": "same"}, {"text": "same"}], "twice"),
])
def test_bad_suggestions_are_refused(suggestions: Any, words: str) -> None:
    with pytest.raises(CareError, match=re.escape(words)):
        validate.validate(a_summary(suggestions), [])


def test_team_report_skips_a_file_with_bad_suggestions(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "bad.json").write_text(json.dumps(a_summary([{"text": "x" * 400}])),
                                     encoding="utf-8")
    (folder / "good.json").write_text(json.dumps(a_summary(agent=2)), encoding="utf-8")
    result = care("team", "report", str(folder), "--format", "json")
    assert result.exit_code == 0 and "skipped" in result.stderr and "bad.json" in result.stderr
    assert result.stderr.count("\n") == 1


# ---- a team of agents --------------------------------------------------------------------

def make_team(folder: Path, home_root: Path, agents: int) -> Path:
    """`agents` agents, each with a win and a suggestion (two for the first), exporting
    into the drop folder through the CLI."""
    folder.mkdir(parents=True, exist_ok=True)
    with pytest.MonkeyPatch.context() as patch:
        for n in range(agents):
            patch.setenv("CARECLI_HOME", str(home_root / f"agent{n}"))
            ok("win", f"Helped caller {n}", "--impact", "3")
            ok("prompts", "suggest", IDEAS[n])
            if n == 0:
                ok("prompts", "suggest", f"Ask {SECRET_NAME} what would help most")
            ok("export", "--week", "--suggestions", "--yes", "-o", f"{folder}{os.sep}")
    return folder


@pytest.fixture(scope="module")
def team_of_ten(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("team")
    return make_team(root / "drop", root / "homes", 10)


@pytest.fixture
def team_of_nine(team_of_ten: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "nine"
    folder.mkdir()
    for path in sorted(team_of_ten.glob("*.json"))[:9]:
        shutil.copy(path, folder)
    return folder


def expected_ideas() -> set[str]:
    return {*IDEAS[:10], "Ask [name 1] what would help most"}


def test_team_report_shows_suggestions_from_ten_agents_shuffled(team_of_ten: Path) -> None:
    orders = []
    for _ in range(4):
        data = json.loads(ok("team", "report", str(team_of_ten), "--format", "json"))
        assert data["agents"] == 10
        assert all(set(item) == {"text"} for item in data["suggestions"])
        orders.append([item["text"] for item in data["suggestions"]])
        assert set(orders[-1]) == expected_ideas() and len(orders[-1]) == 11
        assert not any("suggestions are shown only" in n for n in data["notes"])
    assert len({tuple(o) for o in orders}) > 1  # shuffled each time
    pseudonyms = {json.loads(p.read_text(encoding="utf-8"))["pseudonym"]
                  for p in team_of_ten.glob("*.json")}
    views = [ok("team", "report", str(team_of_ten))] + [
        ok("team", "report", str(team_of_ten), "--format", fmt) for fmt in ("md", "html",
                                                                          "json", "csv")]
    for text in views:
        assert not any(p in text for p in pseudonyms) and "Sarah" not in text
    terminal, md, html = views[:3]
    for text in (terminal, md, html):
        assert "prompt suggestions (anonymous, shuffled)" in text
        assert IDEAS[3] in text
    assert f"- {IDEAS[3]}" in md and f"<li>{IDEAS[3]}</li>" in html


def test_team_report_withholds_suggestions_below_ten_agents(team_of_nine: Path) -> None:
    data = json.loads(ok("team", "report", str(team_of_nine), "--format", "json"))
    assert data["agents"] == 9 and data["suggestions"] == []
    assert any("Prompt suggestions are shown only when at least 10 agents report (9 did)"
               in n for n in data["notes"])
    for fmt in ("md", "html"):
        text = ok("team", "report", str(team_of_nine), "--format", fmt)
        assert IDEAS[3] not in text and "prompt suggestions (anonymous" not in text
    assert IDEAS[3] not in ok("team", "report", str(team_of_nine))


# ---- team pack ---------------------------------------------------------------------------

def test_team_pack_writes_a_commented_valid_pack(team_of_ten: Path, tmp_path: Path) -> None:
    target = tmp_path / "team.toml"
    said = ok("team", "pack", str(team_of_ten), "-o", str(target), "--name", "Night Team #10")
    assert "11 prompts" in said and "carecli prompts add" in said
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Night Team #10: the team's own #10")
    assert "#   team-number-ten" in text and "#   empathy-first" in text  # themes to pick
    assert 'name = "night-team-10"' in text and 'title = "Night Team #10"' in text
    assert text.count('theme = "team-number-ten"') == 11
    assert not any(json.loads(p.read_text(encoding="utf-8"))["pseudonym"] in text
                   for p in team_of_ten.glob("*.json"))
    assert "Sarah" not in text and "[name 1]" in text
    installed = ok("prompts", "add", str(target))
    assert "11 prompts" in installed
    listed = json.loads(ok("prompts", "list", "--json", "--theme", "team-number-ten"))
    texts = {p["text"] for p in listed["prompts"] if p["pack"] == "night-team-10"}
    assert texts == expected_ideas()


def test_team_pack_refusals_are_one_line(team_of_ten: Path, team_of_nine: Path,
                                         tmp_path: Path) -> None:
    target = tmp_path / "team.toml"
    one_line_error(care("team", "pack", str(team_of_nine), "-o", str(target), "--name", "T"),
                   "at least 10 agents", "9 did")
    assert not target.exists()
    one_line_error(care("team", "pack", str(team_of_ten), "-o", str(target), "--name", "!!"),
                   "--name")
    target.write_text("mine", encoding="utf-8")
    one_line_error(care("team", "pack", str(team_of_ten), "-o", str(target), "--name", "T"),
                   "already exists")
    assert target.read_text(encoding="utf-8") == "mine"
    ok("team", "pack", str(team_of_ten), "-o", str(target), "--name", "T", "--force")
    assert 'title = "T"' in target.read_text(encoding="utf-8")
    plain = tmp_path / "plain"
    plain.mkdir()
    for n, path in enumerate(sorted(team_of_ten.glob("*.json"))):
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("suggestions")
        (plain / f"{n}.json").write_text(json.dumps(data), encoding="utf-8")
    one_line_error(care("team", "pack", str(plain), "-o", str(tmp_path / "x.toml"),
                        "--name", "T"), "export --suggestions")


def editor(tmp_path: Path, old: str, new: str) -> str:
    script = tmp_path / "editor.py"
    script.write_text("import sys\np = sys.argv[1]\nt = open(p, encoding='utf-8').read()\n"
                      f"open(p, 'w', encoding='utf-8').write(t.replace({old!r}, {new!r}, 1))\n",
                      encoding="utf-8")
    return f"{sys.executable} {script}"


def test_team_pack_edit_checks_the_result(team_of_ten: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "team.toml"
    monkeypatch.setenv("EDITOR", editor(tmp_path, 'theme = "team-number-ten"',
                                        'theme = "empathy-first"'))
    ok("team", "pack", str(team_of_ten), "-o", str(target), "--name", "Ours", "--edit")
    assert target.read_text(encoding="utf-8").count('theme = "empathy-first"') == 1
    monkeypatch.setenv("EDITOR", editor(tmp_path, 'theme = "team-number-ten"',
                                        'theme = "no-such-theme"'))
    broken = care("team", "pack", str(team_of_ten), "-o", str(target), "--name", "Ours",
                  "--edit", "--force")
    one_line_error(broken, "no-such-theme")
    assert target.exists()  # kept for the lead to fix


# ---- the card: a new pack first, marked ------------------------------------------------

PACK = """[pack]
name = "ours"
title = "Our own #10"
""" + "".join(f"""
[[prompt]]
id = "ours-{n}"
theme = "team-number-ten"
kind = "{kind}"
text = "Our prompt number {n}, for the whole team"
""" for n, kind in enumerate(("intention", "reframe", "challenge", "intention")))


def card_on(home: Path, when: datetime) -> tuple[dict[str, Any], str]:
    """Today's card at `when`, as JSON and as text (the real card path, fixed clock)."""
    shown = []
    for as_json in (True, False):
        out = io.StringIO()
        with redirect_stdout(out):
            assert command.show(CardRequest(as_json=as_json), str(home), when) == 0
        shown.append(out.getvalue())
    return json.loads(shown[0]), shown[1]


@pytest.fixture
def days() -> Iterator[datetime]:
    start = datetime(2026, 3, 2, 10, 0).astimezone()
    return (start + timedelta(days=n) for n in range(400))


def test_a_new_pack_comes_first_and_is_marked(care_home: Path, tmp_path: Path,
                                              days: Iterator[datetime]) -> None:
    for _ in range(3):  # a few days of built-in prompts, unmarked
        card, text = card_on(care_home, next(days))
        assert card["prompt"]["pack"] == "core" and " · from " not in text
    install_day = next(days)
    before, _ = card_on(care_home, install_day)  # the day's prompt is already fixed
    pack = tmp_path / "ours.toml"
    pack.write_text(PACK, encoding="utf-8")
    ok("prompts", "add", str(pack))
    assert card_on(care_home, install_day)[0]["prompt"] == before["prompt"]
    seen = []
    for _ in range(4):  # all four on the next four shift days, the reframe too
        card, text = card_on(care_home, next(days))
        assert card["prompt"]["pack"] == "ours"
        assert f"{card['prompt']['kind']} · from Our own #10" in text
        seen.append(card["prompt"]["id"])
        assert card_on(care_home, install_day + timedelta(days=len(seen)))[0] == card
    assert sorted(seen) == ["ours-0", "ours-1", "ours-2", "ours-3"]
    after, text = card_on(care_home, next(days))
    assert after["prompt"]["pack"] == "core" and " · from " not in text
    state = rotation.load_state(str(care_home))
    assert state.fresh == [] and set(seen) <= set(state.cycle)


def test_a_pack_installed_before_the_first_card_comes_first(
        care_home: Path, tmp_path: Path, days: Iterator[datetime]) -> None:
    pack = tmp_path / "ours.toml"
    pack.write_text(PACK, encoding="utf-8")
    ok("prompts", "add", str(pack))
    picked = [card_on(care_home, next(days))[0]["prompt"]["id"] for _ in range(5)]
    assert sorted(picked[:4]) == ["ours-0", "ours-1", "ours-2", "ours-3"]
    assert not picked[4].startswith("ours-")


def test_an_updated_pack_puts_only_its_new_prompts_first(
        care_home: Path, tmp_path: Path, days: Iterator[datetime]) -> None:
    pack = tmp_path / "ours.toml"
    pack.write_text(PACK, encoding="utf-8")
    ok("prompts", "add", str(pack))
    for _ in range(4):
        card_on(care_home, next(days))
    pack.write_text(PACK + '\n[[prompt]]\nid = "ours-9"\ntheme = "extra-mile"\n'
                    'kind = "intention"\ntext = "A brand new one for the team"\n',
                    encoding="utf-8")
    ok("prompts", "add", str(pack), "--replace")
    assert card_on(care_home, next(days))[0]["prompt"]["id"] == "ours-9"
    assert card_on(care_home, next(days))[0]["prompt"]["pack"] == "core"
