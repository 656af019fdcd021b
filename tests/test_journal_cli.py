"""`carecli journal list/show/edit/delete/undo`, the way an agent uses them."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from carecli.cli import journal as cli_journal  # noqa: F401
from carecli.cli import prompts as cli_prompts  # noqa: F401
from conftest import Outcome, care, ok, snapshot_files, untag

ROLLOVER = 4  # the default rollover hour


def entry(id: str, at: str, text: str = "", **fields: Any) -> dict[str, Any]:
    """One entry in the JSON Lines form; the shift day follows from `at` (rollover 4)."""
    moment = datetime.fromisoformat(at)
    data: dict[str, Any] = {
        "id": id, "kind": "win", "at": at,
        "shift_day": (moment - timedelta(hours=ROLLOVER)).date().isoformat(),
        "text": text, "theme": None, "tags": [], "impact": 3, "channel": None,
        "energy": None, "well": "", "hard": "", "tomorrow": "", "prompt": None}
    if fields.get("kind") == "reflection":
        data["impact"] = None
    data.update(fields)
    return data


def load(tmp_path: Path, *entries: dict[str, Any]) -> None:
    source = tmp_path / "load.jsonl"
    source.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    ok("journal", "import", str(source))


def ids(jsonl: str) -> list[str]:
    return [json.loads(line)["id"] for line in jsonl.splitlines()]


def assert_fails(home: Path, *args: str, code: int = 1, says: str = "") -> str:
    """The command fails with one line on stderr, no traceback, and touches no file."""
    before = snapshot_files(home)
    outcome = care(*args)
    assert outcome.exit_code == code, outcome
    assert "Traceback" not in outcome.stderr + outcome.stdout
    if code == 1:
        assert outcome.stderr.startswith("carecli: error: ")
        assert outcome.stderr.count("\n") == 1, outcome.stderr
    assert says.lower() in outcome.stderr.lower(), outcome.stderr
    assert snapshot_files(home) == before
    return outcome.stderr


NIGHT = [
    entry("day111", "2025-03-10T14:00:00+01:00", "Afternoon refund sorted", tags=["refund"]),
    entry("ngt222", "2025-03-11T01:30:00+01:00", "Night caller calmed down",
          tags=["refund", "night"], theme="empathy-first", channel="phone", impact=5),
    entry("mrn333", "2025-03-11T04:30:00+01:00", "Early bird rebooked a PARCEL",
          tags=["parcel"], channel="chat"),
]


@pytest.fixture
def night(tmp_path: Path) -> None:
    load(tmp_path, *NIGHT)


# ---- list ----------------------------------------------------------------------------

@pytest.mark.usefixtures("night")
def test_list_is_newest_first_and_filters_by_shift_day() -> None:
    assert ids(ok("journal", "list", "--json")) == ["mrn333", "ngt222", "day111"]
    # 01:30 belongs to the shift day before (rollover 04:00); 04:30 starts a new one.
    assert ids(ok("journal", "list", "--on", "2025-03-10", "--json")) == ["ngt222", "day111"]
    assert ids(ok("journal", "list", "--since", "2025-03-11", "--json")) == ["mrn333"]
    assert ids(ok("journal", "list", "--until", "2025-03-10", "--json")) == ["ngt222", "day111"]
    assert ids(ok("journal", "list", "--since", "2025-03-10", "--until", "2025-03-10",
                  "--json")) == ["ngt222", "day111"]
    assert ok("journal", "list", "--since", "2025-03-12", "--json") == ""


@pytest.mark.usefixtures("night")
def test_list_filters_text_tags_theme_kind_and_limit(tmp_path: Path) -> None:
    assert ids(ok("journal", "list", "--contains", "parcel", "--json")) == ["mrn333"]
    assert ids(ok("journal", "list", "-s", "REFUND SORTED", "--json")) == ["day111"]
    assert ids(ok("journal", "list", "--tag", "REFUND", "--json")) == ["ngt222", "day111"]
    assert ids(ok("journal", "list", "--tag", "refund", "--tag", "#Night", "--json")) == [
        "ngt222"]
    assert ids(ok("journal", "list", "--theme", "empathy", "--json")) == ["ngt222"]
    assert ids(ok("journal", "list", "-n", "2", "--json")) == ["mrn333", "ngt222"]
    assert ids(ok("journal", "list", "--tag", "refund", "-n", "1", "--json")) == ["ngt222"]
    load(tmp_path, entry("rfl444", "2025-03-11T22:00:00+01:00", kind="reflection", energy=4,
                         well="Patient with the parcel caller", tomorrow="Breaks on time"))
    assert ids(ok("journal", "list", "--kind", "reflection", "--json")) == ["rfl444"]
    assert ids(ok("journal", "list", "--kind", "win", "-n", "1", "--json")) == ["mrn333"]
    # --contains looks into the reflection's answers too.
    assert ids(ok("journal", "list", "--contains", "Parcel", "--json")) == ["rfl444", "mrn333"]


def test_natural_days_are_shift_days() -> None:
    ok("win", "Logged just now")
    ok("win", "Logged last week", "--at", "6 days ago")
    assert [e.split(",")[9] for e in ok("journal", "list", "--since", "yesterday",
                                         "--format", "csv").splitlines()[1:]] == [
        "Logged just now"]


@pytest.mark.usefixtures("night")
def test_table_shows_the_columns_newest_first() -> None:
    out = ok("journal", "list")
    header, *lines = out.splitlines()
    assert header.split() == ["id", "time", "kind", "impact", "theme", "channel", "tags",
                              "text"]
    # A heading for each shift day; the 01:30 win belongs to Mon 10 March's shift (rollover
    # 04:00) and shows its real date and time.
    assert lines[0] == "Tue 11 Mar 2025" and lines[2] == "Mon 10 Mar 2025"
    rows = [line for line in lines if not line[0].isupper()]
    assert [r.split()[0] for r in rows] == ["mrn333", "ngt222", "day111"]
    night = rows[1].split()
    assert night[:7] == ["ngt222", "Tue", "11", "Mar", "01:30", "win", "5"]
    assert rows[2].split()[:2] == ["day111", "14:00"]
    assert "empathy-first" in rows[1] and "phone" in rows[1]


def test_empty_results_are_friendly(tmp_path: Path) -> None:
    assert "journal is empty" in ok("journal", "list")
    assert ok("journal", "list", "--json") == ""
    load(tmp_path, *NIGHT)
    assert ok("journal", "list", "--tag", "nope").strip() == "No entries match."
    assert ok("journal", "list", "--tag", "nope", "--json") == ""
    assert ok("journal", "list", "--tag", "nope", "--format", "csv").count("\n") == 1


def test_table_stops_at_fifty_but_json_keeps_everything(tmp_path: Path) -> None:
    start = datetime.fromisoformat("2025-01-06T10:00:00+01:00")
    load(tmp_path, *(entry(f"bulk{n:02d}", (start + timedelta(hours=n)).isoformat(),
                           f"win number {n}") for n in range(55)))
    table = ok("journal", "list").splitlines()
    assert sum(line.startswith("bulk") for line in table) == 50
    assert "more match" in table[-1]
    assert table[1] == "Wed 8 Jan 2025" and table[2].startswith("bulk54")
    assert sum(line.startswith("bulk") for line in ok("journal", "list", "--all").splitlines()
               ) == 55
    assert len(ok("journal", "list", "--json").splitlines()) == 55
    assert sum(line.startswith("bulk") for line in ok("journal", "list", "-n", "3"
                                                      ).splitlines()) == 3


@pytest.mark.usefixtures("night")
def test_markdown_and_csv_read_back() -> None:
    rows = list(csv.DictReader(io.StringIO(ok("journal", "list", "--format", "csv"))))
    assert [r["id"] for r in rows] == ["mrn333", "ngt222", "day111"]
    night = rows[1]
    assert night["shift_day"] == "2025-03-10"
    assert datetime.fromisoformat(night["at"]) == datetime.fromisoformat(NIGHT[1]["at"])
    assert night["tags"] == "refund;night"
    assert night["text"] == "Night caller calmed down"
    assert (night["impact"], night["theme"], night["channel"]) == ("5", "empathy-first",
                                                                   "phone")

    md = ok("journal", "list", "--format", "MD").splitlines()
    assert md[0] == ("| id | shift day | time | kind | impact | theme | channel | tags | "
                     "text |")
    assert set(md[1]) <= set("|-")
    cells = [c.strip() for c in md[3].strip("|").split("|")]
    assert cells == ["ngt222", "2025-03-10", "01:30", "win", "5", "empathy-first", "phone",
                     "refund, night", "Night caller calmed down"]


def test_markdown_escapes_what_would_break_the_table(tmp_path: Path) -> None:
    load(tmp_path, entry("pipe11", "2025-03-10T10:00:00+01:00", "a | b *c* <x>"))
    row = ok("journal", "list", "--format", "md").splitlines()[2]
    assert row.endswith(r"| a \| b \*c\* \<x\> |")
    assert len(re.split(r"(?<!\\)\|", row)) == 11  # nine cells between the outer pipes


def test_json_round_trips_through_import(tmp_path: Path, care_home: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    tricky = entry("trk555", "2025-03-12T23:59:00-05:00", "Said \"sorry\" & meant it\n\t✓",
                   tags=["über", "x;y"], theme="follow-through", channel="email",
                   prompt="core-001")
    reflection = entry("rfl666", "2025-03-12T23:00:00+09:00", kind="reflection", energy=2,
                       hard="Long queue [red]all[/red] day", tomorrow="Ask for help")
    load(tmp_path, *NIGHT, tricky, reflection)
    exported = ok("journal", "list", "--json")
    backup = tmp_path / "backup.jsonl"
    backup.write_text(exported, encoding="utf-8")
    monkeypatch.setenv("CARECLI_HOME", str(tmp_path / "fresh-home"))
    assert "Imported 5 entries" in ok("journal", "import", str(backup))
    assert ok("journal", "list", "--json") == exported
    assert untag(ok("journal", "show", "trk", "--json")) == tricky


# ---- user text is shown as typed ------------------------------------------------------

def test_markup_and_escapes_print_as_typed(tmp_path: Path) -> None:
    load(tmp_path, entry("mrk777", "2025-03-10T10:00:00+01:00",
                         "[bold]x[/bold] \x1b[31mred\x07", tags=["[i]t"]))
    for args in (("journal", "list"), ("journal", "show", "mrk"),
                 ("journal", "list", "--format", "md"), ("journal", "list", "--format", "csv")):
        out = ok(*args)
        assert "\x1b" not in out and "\x07" not in out, args
        assert "\\x1b[31mred" in out.replace("\\\\", "\\").replace("\\[", "["), args
    assert "[bold]x[/bold]" in ok("journal", "list")
    assert "[bold]x[/bold]" in ok("journal", "show", "mrk")
    assert "[i]t" in ok("journal", "show", "mrk")
    assert untag(ok("journal", "show", "mrk", "--json"))["text"] == (
        "[bold]x[/bold] \x1b[31mred\x07")


# ---- show, edit, delete, undo ---------------------------------------------------------

@pytest.mark.usefixtures("night")
def test_show_prints_every_field() -> None:
    out = ok("journal", "show", "ngt")
    for expected in ("ngt222", "2025-03-10 (Monday)", "2025-03-11 01:30+01:00",
                     "Night caller calmed down", "5/5", "empathy-first", "phone",
                     "refund, night"):
        assert expected in out
    line = ok("journal", "show", "ngt222", "--json")
    assert line.count("\n") == 1
    assert untag(line) == NIGHT[1]


@pytest.mark.usefixtures("night")
def test_edit_with_flags_then_undo_restores_the_original() -> None:
    original = ok("journal", "list", "--json")
    out = ok("journal", "edit", "ngt", "--text", "Night caller laughed in the end",
             "--impact", "4", "--theme", "genuine", "--channel", "e-mail",
             "--tag", "night", "--tag", "callback")
    assert "carecli journal undo" in out
    edited = untag(ok("journal", "show", "ngt", "--json"))
    assert edited == NIGHT[1] | {"text": "Night caller laughed in the end", "impact": 4,
                                 "theme": "genuine-warmth", "channel": "email",
                                 "tags": ["night", "callback"]}
    assert "back as it was" in ok("journal", "undo")
    assert ok("journal", "list", "--json") == original


@pytest.mark.usefixtures("night")
def test_edit_at_moves_the_entry_to_its_new_shift_day() -> None:
    ok("journal", "edit", "day", "--at", "2024-12-31T23:30:00+01:00", "--clear-tags")
    moved = untag(ok("journal", "show", "day", "--json"))
    assert (moved["shift_day"], moved["tags"]) == ("2024-12-31", [])
    assert ids(ok("journal", "list", "--until", "2024-12-31", "--json")) == ["day111"]
    ok("journal", "undo")
    assert untag(ok("journal", "show", "day", "--json")) == NIGHT[0]


def test_edit_a_reflection(tmp_path: Path) -> None:
    load(tmp_path, entry("rfl888", "2025-03-11T22:00:00+01:00", kind="reflection", energy=2,
                         hard="Queue"))
    ok("journal", "edit", "rfl", "--energy", "4", "--well", "Two thank-you notes")
    shown = untag(ok("journal", "show", "rfl", "--json"))
    assert (shown["energy"], shown["well"], shown["hard"]) == (4, "Two thank-you notes",
                                                               "Queue")


@pytest.mark.usefixtures("night")
def test_edit_that_changes_nothing_saves_nothing(care_home: Path) -> None:
    before = snapshot_files(care_home)
    assert "Nothing changed" in ok("journal", "edit", "ngt", "--impact", "5")
    assert snapshot_files(care_home) == before


@pytest.mark.usefixtures("night")
def test_delete_then_undo_brings_the_entries_back() -> None:
    original = ok("journal", "list", "--json")
    out = ok("journal", "delete", "ngt", "day111", "ngt222", "--yes")
    assert "Deleted 2 entries" in out and "Night caller calmed down" in out
    assert ids(ok("journal", "list", "--json")) == ["mrn333"]
    assert "restored 2 entries" in ok("journal", "undo")
    assert ok("journal", "list", "--json") == original


def test_undo_reverses_a_new_win_and_an_import(tmp_path: Path) -> None:
    load(tmp_path, *NIGHT)
    assert "removed the 3" in ok("journal", "undo")
    assert ok("journal", "list", "--json") == ""
    ok("win", "Fresh one", "--at", "2025-03-12 10:00")
    assert "Fresh one" in ok("journal", "undo")
    assert ok("journal", "list", "--json") == ""


# ---- every bad input: one line, the right code, nothing changed -------------------------

@pytest.mark.usefixtures("night")
@pytest.mark.parametrize(("args", "code", "says"), [
    (("journal", "show", "zzz999"), 1, "no entry with id"),
    (("journal", "show", "m"), 1, "matches several"),  # mrn333, mmm444
    (("journal", "edit", "nope42", "--impact", "2"), 1, "no entry with id"),
    (("journal", "edit", "ngt", "--theme", "nonsense"), 1, "unknown theme"),
    (("journal", "edit", "ngt", "--impact", "9"), 2, ""),
    (("journal", "edit", "ngt", "--channel", "pigeon"), 1, "unknown channel"),
    (("journal", "edit", "ngt", "--text", "   "), 1, "needs some text"),
    (("journal", "edit", "ngt", "--energy", "3"), 1, "cannot be set on a win"),
    (("journal", "edit", "ngt", "--tag", "x", "--clear-tags"), 1, "not both"),
    (("journal", "edit", "ngt", "--at", "next year"), 1, ""),
    (("journal", "edit", "ngt"), 1, "terminal"),
    (("journal", "delete", "ngt"), 1, "--yes"),
    (("journal", "delete", "ngt", "zzz999", "--yes"), 1, "no entry with id"),
    (("journal", "list", "--since", "the day after never"), 1, "cannot understand the day"),
    (("journal", "list", "--since", "2025-03-12", "--until", "2025-03-01"), 1, "after"),
    (("journal", "list", "--on", "2025-03-12", "--since", "2025-03-01"), 1, "--on"),
    (("journal", "list", "--theme", "zzz"), 1, "unknown theme"),
    (("journal", "list", "--json", "--format", "csv"), 1, "not both"),
    (("journal", "list", "-n", "5", "--all"), 1, "not both"),
    (("journal", "list", "--tag", " "), 1, "--tag"),
    (("journal", "list", "-n", "0"), 2, ""),
    (("journal", "list", "--kind", "rant"), 2, ""),
    (("journal", "list", "--format", "pdf"), 2, ""),
])
def test_bad_input_fails_cleanly(care_home: Path, tmp_path: Path, args: tuple[str, ...],
                                 code: int, says: str) -> None:
    load(tmp_path, entry("mmm444", "2025-03-09T10:00:00+01:00", "Another m"))
    assert_fails(care_home, *args, code=code, says=says)
    assert len(ok("journal", "list", "--json").splitlines()) == 4


def test_undo_with_nothing_to_undo(care_home: Path) -> None:
    assert_fails(care_home, "journal", "undo", says="nothing to undo")


def test_the_installed_command_prints_one_line_and_no_traceback(care_home: Path) -> None:
    carecli = Path(sys.executable).with_name("carecli.exe" if os.name == "nt" else "carecli")
    assert carecli.exists(), "the test command installs carecli next to the interpreter"
    done = subprocess.run([str(carecli), "journal", "show", "nope42"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr == "carecli: error: no entry with id 'nope42'\n"


# ---- in a real terminal: the editor and the question -----------------------------------

EDITOR = """
import sys
path = sys.argv[1]
with open(path, encoding="utf-8") as handle:
    old = handle.read()
with open(path, "w", encoding="utf-8") as handle:
    handle.write(old.replace("calmed down", "thanked me") + "\\n\\n")
"""


def in_terminal(args: list[str], env: dict[str, str], answer: str = "") -> Outcome:
    """Run carecli with a pseudo-terminal as stdin, as when an agent types the command."""
    pty = pytest.importorskip("pty")
    carecli = Path(sys.executable).with_name("carecli")
    assert carecli.exists(), "the test command installs carecli next to the interpreter"
    control, terminal = pty.openpty()
    try:
        proc = subprocess.Popen([str(carecli), *args], stdin=terminal, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, text=True)
        if answer:
            os.write(control, answer.encode())
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(terminal)
        os.close(control)
    return Outcome(proc.returncode, out, err)


@pytest.mark.skipif(os.name != "posix", reason="needs a POSIX pseudo-terminal")
@pytest.mark.usefixtures("night")
def test_edit_without_flags_opens_the_editor(tmp_path: Path, care_home: Path) -> None:
    script = tmp_path / "editor.py"
    script.write_text(EDITOR, encoding="utf-8")
    env = dict(os.environ, EDITOR=f"{sys.executable} {script}", VISUAL="false")
    done = in_terminal(["journal", "edit", "ngt"], env)
    assert done.exit_code == 0, done
    assert "carecli journal undo" in done.stdout
    assert untag(ok("journal", "show", "ngt", "--json"))["text"] == "Night caller thanked me"

    before = snapshot_files(care_home)
    unchanged = in_terminal(["journal", "edit", "ngt"], dict(os.environ, EDITOR="true"))
    assert unchanged.exit_code == 0 and "Nothing changed" in unchanged.stdout
    failed = in_terminal(["journal", "edit", "ngt"], dict(os.environ, EDITOR="false"))
    assert failed.exit_code == 1 and failed.stderr.startswith("carecli: error: the editor")
    assert snapshot_files(care_home) == before


@pytest.mark.skipif(os.name != "posix", reason="needs a POSIX pseudo-terminal")
@pytest.mark.usefixtures("night")
def test_delete_asks_in_a_terminal(care_home: Path) -> None:
    before = snapshot_files(care_home)
    kept = in_terminal(["journal", "delete", "ngt"], dict(os.environ), answer="n\n")
    assert kept.exit_code == 0 and "Nothing deleted" in kept.stdout
    assert "About to delete" in kept.stdout and "Night caller calmed down" in kept.stdout
    assert snapshot_files(care_home) == before
    gone = in_terminal(["journal", "delete", "ngt"], dict(os.environ), answer="y\n")
    assert gone.exit_code == 0 and "Deleted 1 entry" in gone.stdout
    assert ids(ok("journal", "list", "--json")) == ["mrn333", "day111"]
