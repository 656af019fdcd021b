"""`journal import`: records without ids, jrnl's JSON export, and carecli's own CSV."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import care, ok, snapshot_files

JRNL = {"tags": {"@work": 1, "@refund": 1}, "entries": [
    {"title": "Helped a caller.", "body": "She was so relieved.\n", "date": "2026-11-20",
     "time": "14:30", "tags": ["@work", "@Refund"], "starred": True},
    {"title": "Short one", "body": "", "date": "2026-11-21", "time": "09:05", "tags": [],
     "starred": False}]}


def listed() -> list[dict[str, object]]:
    return [json.loads(line) for line in ok("journal", "list", "--json").splitlines()]


def test_a_line_with_only_text_and_at_is_a_default_win_and_imports_once() -> None:
    line = '{"text": "Sorted a refund", "at": "2026-11-20T10:00:00+00:00"}\n'
    assert "Imported 1 entries." in ok("journal", "import", "-", input=line)
    assert "skipped 1 already present" in ok("journal", "import", "-", input=line)
    [entry] = listed()
    assert (entry["kind"], entry["impact"], entry["text"]) == ("win", 3, "Sorted a refund")
    assert len(str(entry["id"])) == 8 and entry["shift_day"] == "2026-11-20"


def test_jrnl_export_imports_once(tmp_path: Path) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(JRNL), encoding="utf-8")
    assert "Imported 2 entries." in ok("journal", "import", str(source), "--from", "jrnl")
    assert "skipped 2" in ok("journal", "import", str(source), "--from", "jrnl")
    short, helped = listed()
    assert helped["text"] == "Helped a caller. She was so relieved."
    assert (helped["impact"], helped["tags"]) == (5, ["work", "refund"])
    assert str(helped["at"]).startswith("2026-11-20T14:30")
    assert (short["text"], short["impact"], short["tags"]) == ("Short one", 3, [])


@pytest.mark.parametrize("entry, said", [
    ({"title": "x", "date": "20-11-2026", "time": "14:30"}, "entry 2: date and time"),
    ({"title": "", "body": "", "date": "2026-11-20", "time": "14:30"}, "entry 2: a win needs"),
    ({"title": "x", "date": "2026-11-20", "time": "14:30", "starred": "yes"}, "starred"),
    ({"title": "x", "date": "2026-11-20", "time": "14:30", "tags": "@a"}, "tags"),
])
def test_one_bad_jrnl_entry_imports_nothing(care_home: Path, tmp_path: Path,
                                            entry: dict[str, object], said: str) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"entries": [JRNL["entries"][0], entry]}), encoding="utf-8")
    before = snapshot_files(care_home)
    outcome = care("journal", "import", str(source), "--from", "jrnl")
    assert outcome.exit_code == 1 and said in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1
    assert snapshot_files(care_home) == before


def test_not_a_jrnl_export_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "x.json"
    source.write_text("[1, 2]", encoding="utf-8")
    outcome = care("journal", "import", str(source), "--from", "jrnl")
    assert outcome.exit_code == 1 and "not a jrnl export" in outcome.stderr


def test_csv_round_trip_undoes_the_formula_apostrophe(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ok("win", "=SUM(A1) was the refund", "--tag", "refund", "--tag", "call back",
       "--impact", "4", "--channel", "chat", "--at", "2026-11-20 10:00")
    ok("reflect", "--energy", "2", "--well", "-calm", "--hard", "queue", "--tomorrow", "rest",
       "--at", "2026-11-20 17:00")
    csv_file = tmp_path / "j.csv"
    csv_file.write_text(ok("journal", "list", "--format", "csv"), encoding="utf-8")
    assert "'=SUM" in csv_file.read_text(encoding="utf-8")
    before = ok("journal", "list", "--json")
    monkeypatch.setenv("CARECLI_HOME", str(tmp_path / "other"))
    assert "Imported 2 entries." in ok("journal", "import", str(csv_file), "--format", "csv")
    assert "skipped 2" in ok("journal", "import", str(csv_file), "--format", "csv")
    assert ok("journal", "list", "--json") == before


def test_a_csv_without_ids_gets_stable_ones(tmp_path: Path) -> None:
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text("at,text,tags\n2026-11-20T10:00:00+00:00,Sorted it,a;b\n",
                        encoding="utf-8")
    ok("journal", "import", str(csv_file), "--format", "csv")
    assert "skipped 1" in ok("journal", "import", str(csv_file), "--format", "csv")
    [entry] = listed()
    assert (entry["text"], entry["tags"], entry["impact"]) == ("Sorted it", ["a", "b"], 3)


@pytest.mark.parametrize("text, said", [
    ("at,text\n2026-11-20T10:00:00+00:00,ok\nyesterday,bad\n", "line 3: at must be"),
    ("at,text,impact\n2026-11-20T10:00:00+00:00,ok,9\n", "line 2: impact"),
    ("at,text,colour\n2026-11-20T10:00:00+00:00,ok,red\n", "line 1: not a carecli CSV"),
    ("at,text\n2026-11-20T10:00:00+00:00,ok,extra\n", "line 2: 3 cells"),
])
def test_one_bad_csv_line_imports_nothing(care_home: Path, tmp_path: Path, text: str,
                                          said: str) -> None:
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(text, encoding="utf-8")
    before = snapshot_files(care_home)
    outcome = care("journal", "import", str(csv_file), "--format", "csv")
    assert outcome.exit_code == 1 and said in outcome.stderr, outcome
    assert snapshot_files(care_home) == before


def test_jrnl_takes_no_format(tmp_path: Path) -> None:
    outcome = care("journal", "import", "x", "--from", "jrnl", "--format", "csv")
    assert outcome.exit_code == 1 and "--format" in outcome.stderr


# Text the CSV view keeps as it is (no line breaks or control characters: `inert` folds
# those) and that does not start with an apostrophe before a formula sign (read back
# without it: the one thing the CSV cannot tell apart).
CSV_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cf", "Zl", "Zp")),
                   min_size=1, max_size=40).filter(
    lambda t: t.strip() and not t.startswith("-") and not t.startswith("'"))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(CSV_TEXT, min_size=1, max_size=5))
def test_csv_export_imports_back_the_same(monkeypatch: pytest.MonkeyPatch,
                                          texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        monkeypatch.setenv("CARECLI_HOME", str(Path(folder) / "a"))
        for n, text in enumerate(texts):
            ok("win", text, "--at", f"2026-11-{n + 10} 10:00")
        csv_text = ok("journal", "list", "--format", "csv")
        before = ok("journal", "list", "--json")
        monkeypatch.setenv("CARECLI_HOME", str(Path(folder) / "b"))
        ok("journal", "import", "-", "--format", "csv", input=csv_text)
        assert ok("journal", "list", "--json") == before


def test_the_csv_reader_knows_every_column_the_writer_writes() -> None:
    from carecli.journal.models import JSON_KEYS
    from carecli.render.journal import CSV_COLUMNS

    assert set(CSV_COLUMNS) == set(JSON_KEYS)
