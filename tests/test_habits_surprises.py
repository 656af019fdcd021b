"""No surprises: Ctrl-C in a form, a bare `off`, a declined export, `config unset/edit`,
undo more than once, every problem of a bad pack at once."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
import questionary

import carecli.cli.progress
import carecli.cli.setup
import carecli.cli.share
from carecli.cli import capture as cli_capture
from conftest import care, killed_at_second_month, ok, snapshot_files

CANCELLED = "\nCancelled; nothing saved.\n"


class FakeQuestion:
    """A questionary question answered by `answer`; Ctrl-C when it is KeyboardInterrupt."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer

    def unsafe_ask(self) -> Any:
        if self.answer is KeyboardInterrupt:
            raise KeyboardInterrupt
        return self.answer


@pytest.fixture
def a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (cli_capture, carecli.cli.share, carecli.cli.setup):
        monkeypatch.setattr(module, "require_terminal", lambda hint: None)


@pytest.mark.parametrize("at_question", [0, 1, 4])
@pytest.mark.parametrize("cancel", [KeyboardInterrupt, None])
def test_ctrl_c_anywhere_in_the_win_form_is_one_line_and_exit_130(
        a_terminal: None, monkeypatch: pytest.MonkeyPatch, care_home: Path,
        at_question: int, cancel: Any) -> None:
    answers = iter(["Half-done win", "", "3 - a solid help", "(skip)", "x"])
    asked = []

    def question(*args: Any, **kwargs: Any) -> FakeQuestion:
        asked.append(args)
        answer = next(answers)
        return FakeQuestion(cancel if len(asked) - 1 == at_question else answer)

    monkeypatch.setattr(questionary, "text", question)
    monkeypatch.setattr(questionary, "select", question)
    outcome = care("win")
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (130, "", CANCELLED)
    assert snapshot_files(care_home) == {}


def test_ctrl_c_in_the_reflection_form_too(a_terminal: None, monkeypatch: pytest.MonkeyPatch,
                                           care_home: Path) -> None:
    monkeypatch.setattr(questionary, "select", lambda *a, **k: FakeQuestion("3 - steady"))
    monkeypatch.setattr(questionary, "text", lambda *a, **k: FakeQuestion(KeyboardInterrupt))
    outcome = care("reflect")
    assert (outcome.exit_code, outcome.stderr) == (130, CANCELLED)
    assert not (care_home / "journal").exists()


def test_a_bare_off_lists_and_marks_nothing(care_home: Path) -> None:
    outcome = care("off")
    assert outcome.exit_code == 0
    assert outcome.stdout == ("No days marked off.\nMark one: carecli off today --reason sick, "
                              "carecli off 2026-12-24 --reason leave\n")
    assert snapshot_files(care_home) == {}
    ok("off", "2026-03-24", "--reason", "leave")
    assert ok("off").startswith("Tue 2026-03-24  leave\nMark one:")
    outcome = care("off", "--reason", "sick")
    assert (outcome.exit_code, outcome.stderr) == (
        1, "carecli: error: say which day to mark: carecli off today --reason sick\n")


def test_marking_a_day_with_wins_needs_yes_outside_a_terminal(care_home: Path) -> None:
    ok("win", "Sorted a refund", "--at", "2026-03-24 10:00")
    before = snapshot_files(care_home)
    outcome = care("off", "2026-03-24", "--reason", "sick")
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        1, "", "carecli: error: Tue 2026-03-24 has 1 win: add --yes to mark it sick anyway\n")
    assert snapshot_files(care_home) == before
    assert ok("off", "2026-03-24", "--reason", "sick", "--yes") == (
        "Tue 2026-03-24 marked sick: it won't break your streak.\n")


def test_marking_a_day_with_wins_asks_in_a_terminal(
        monkeypatch: pytest.MonkeyPatch, care_home: Path) -> None:
    ok("win", "Sorted a refund", "--at", "2026-03-24 10:00")
    before = snapshot_files(care_home)
    monkeypatch.setattr(carecli.cli.progress, "_in_terminal", lambda: True)
    outcome = care("off", "2026-03-24", input="n\n")
    assert outcome.exit_code == 0
    assert "Tue 2026-03-24 has 1 win. Mark it off anyway? [y/N]" in outcome.stdout
    assert outcome.stdout.endswith("Nothing changed.\n")
    assert snapshot_files(care_home) == before
    outcome = care("off", "2026-03-24", input="y\n")
    assert outcome.stdout.endswith("Tue 2026-03-24 marked off: it won't break your streak.\n")


def test_a_declined_export_writes_nothing_and_keeps_the_pseudonym(
        a_terminal: None, tmp_path: Path) -> None:
    ok("win", "Sorted a refund", "--at", "2026-11-10 10:00")
    args = ("export", "--since", "2026-11-09", "--until", "2026-11-15",
            "-o", str(tmp_path / "s.json"))
    first = care(*args, input="n\n")
    second = care(*args, input="n\n")
    for outcome in (first, second):
        assert outcome.exit_code == 0 and outcome.stdout.strip() == ""
        assert outcome.stderr.endswith("Nothing written.\n")
        assert "carecli: error" not in outcome.stderr
    assert not (tmp_path / "s.json").exists()
    pseudonyms = [json.loads(o.stderr[:o.stderr.rindex("}") + 1])["pseudonym"]
                  for o in (first, second)]
    assert pseudonyms[0] == pseudonyms[1]
    assert care(*args, input="y\n").exit_code == 0
    written = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert written["pseudonym"] == pseudonyms[0]


def test_config_unset_puts_the_default_back(care_home: Path) -> None:
    ok("config", "set", "name", "Sam")
    ok("config", "set", "workdays", "sun-thu")
    assert ok("config", "unset", "name") == "name = (none) (the default)\n"
    assert ok("config", "unset", "workdays") == "workdays = mon,tue,wed,thu,fri (the default)\n"
    settings = json.loads(ok("config", "show", "--json"))
    assert (settings["name"], settings["workdays"]) == ("", ["mon", "tue", "wed", "thu", "fri"])
    before = snapshot_files(care_home)
    outcome = care("config", "unset", "colour")
    assert outcome.exit_code == 1 and outcome.stderr.startswith(
        "carecli: error: unknown setting 'colour'")
    assert snapshot_files(care_home) == before


def editor(tmp_path: Path, text: str, status: int = 0) -> str:
    script = tmp_path / "editor.py"
    script.write_text(f"import sys\nopen(sys.argv[1], 'w', encoding='utf-8').write({text!r})\n"
                      f"sys.exit({status})\n", encoding="utf-8")
    return f"{sys.executable} {script}"


def test_config_edit_saves_a_good_file(a_terminal: None, tmp_path: Path, care_home: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR", editor(tmp_path, 'name = "Sam"\nworkdays = ["sun"]\n'))
    assert ok("config", "edit") == f"Saved {care_home / 'config.toml'}.\n"
    settings = json.loads(ok("config", "show", "--json"))
    assert (settings["name"], settings["workdays"]) == ("Sam", ["sun"])


@pytest.mark.parametrize(("text", "status", "why"), [
    ('name = "Sam', 0, "is not valid TOML"),
    ("rollover_hour = 25\n", 0, "rollover_hour: expected a whole hour 0-23, got 25"),
    ('name = "Sam"\n', 1, "exited with status 1"),
])
def test_config_edit_refuses_a_bad_file_and_keeps_the_old_one(
        a_terminal: None, tmp_path: Path, care_home: Path, monkeypatch: pytest.MonkeyPatch,
        text: str, status: int, why: str) -> None:
    ok("config", "set", "name", "Ravi")
    before = snapshot_files(care_home)
    monkeypatch.setenv("EDITOR", editor(tmp_path, text, status))
    outcome = care("config", "edit")
    assert outcome.exit_code == 1 and outcome.stdout == ""
    assert outcome.stderr.startswith("carecli: error: ") and why in outcome.stderr
    assert outcome.stderr.endswith("config.toml was not changed\n")
    assert outcome.stderr.count("\n") == 1
    assert snapshot_files(care_home) == before


def test_config_edit_outside_a_terminal_is_refused(care_home: Path) -> None:
    outcome = care("config", "edit")
    assert outcome.exit_code == 1 and "no terminal to ask in" in outcome.stderr
    assert snapshot_files(care_home) == {}


def ids() -> list[str]:
    return [json.loads(line)["id"] for line in ok("journal", "list", "--json").splitlines()]


def test_undo_goes_back_step_by_step_and_lists_what_it_would_undo() -> None:
    first = json.loads(ok("win", "First", "--json"))["id"]
    second = json.loads(ok("win", "Second", "--json"))["id"]
    ok("journal", "edit", second, "--impact", "5")
    ok("journal", "delete", first, "--yes")
    listed = ok("journal", "undo", "--list").splitlines()
    assert [line.split(":")[0] for line in listed] == [
        "1. delete", "2. edit", "3. add", "4. add"]
    assert listed[0] == f"1. delete: bring back 1 entry you deleted ({first}: First)"
    assert "Undid the delete" in ok("journal", "undo")
    assert sorted(ids()) == sorted([first, second])
    out = ok("journal", "undo", "-n", "2")
    assert "Undid the edit" in out and "Undid the add" in out
    assert ids() == [first]
    assert ok("journal", "undo", "--list").startswith("1. add: remove the win you added")
    ok("journal", "undo")
    assert ok("journal", "undo", "--list") == "Nothing to undo.\n"
    assert care("journal", "undo").stderr == "carecli: error: nothing to undo\n"


def test_undo_keeps_the_last_twenty_changes() -> None:
    for n in range(23):
        ok("win", f"Win {n}")
    assert len(ok("journal", "undo", "--list").splitlines()) == 20
    ok("journal", "undo", "-n", "20")
    assert len(ids()) == 3
    assert care("journal", "undo").exit_code == 1


def test_an_undo_record_of_an_older_carecli_still_undoes(care_home: Path) -> None:
    entry = json.loads(ok("win", "Old", "--json"))
    record = care_home / "journal" / "undo.json"
    entry.pop("schema")
    entry.pop("standing")
    record.write_text(json.dumps({"action": "add", "before": [], "after": [entry]}),
                      encoding="utf-8")
    assert ok("journal", "undo", "--list").startswith("1. add:")
    ok("journal", "undo")
    assert ids() == []


BAD_PACK = '''\
[pack]
name = "Bad Name"

[[prompt]]
id = "a-1"
theme = "empathy"
kind = "nope"
text = "Hi"

[[prompt]]
id = "a-2"
theme = "empathy-first"
kind = "challenge"
text = ""
'''


def test_prompts_add_reports_every_problem(tmp_path: Path, care_home: Path) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text(BAD_PACK, encoding="utf-8")
    outcome = care("prompts", "add", str(pack))
    assert outcome.exit_code == 1
    assert outcome.stderr == (
        f"carecli: error: pack {pack}: 4 problems: pack name must be lowercase letters, "
        "digits and dashes, got 'Bad Name'; prompt 'a-1': unknown theme 'empathy' (did you "
        "mean 'empathy-first'?); prompt 'a-1': kind must be one of intention, reflection, "
        "challenge, reframe, got 'nope'; prompt 'a-2': text is empty\n")
    assert not (care_home / "packs").exists()


def test_a_killed_undo_is_finished_once_and_the_history_stays_right(
        care_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = json.loads(ok("win", "Kept", "--at", "2026-07-10 10:00", "--json"))["id"]
    backup = "".join(json.dumps({"id": f"kill{n}x", "kind": "win", "text": f"win {n}",
                                 "at": f"{month}-15T10:00:00+00:00", "impact": 3,
                                 "shift_day": f"{month}-15"}) + "\n"
                     for n, month in enumerate(("2026-08", "2026-09", "2026-10")))
    ok("journal", "import", "-", input=backup)
    assert killed_at_second_month(monkeypatch, "journal", "undo").exit_code == 130
    assert ids() == [kept]  # the undo was finished, not left half done
    assert ok("journal", "undo", "--list") == f"1. add: remove the win you added ({kept}: Kept)\n"
