"""`carecli export` and `carecli scrub`: only the schema's counts leave the machine, after a
preview the agent confirms, and free text only when opted in and scrubbed."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import carecli.cli.journal
import carecli.cli.share
from carecli.context import Context
from carecli.core import offdays, paths
from carecli.core.errors import CareError
from carecli.core.rules import Calendar
from carecli.journal.models import Entry
from carecli.journal.store import Journal
from carecli.prompts import load_themes
from carecli.share import identity, summary, validate
from conftest import care, ok, snapshot_files

THEMES = list(load_themes())
PERSONAL = ["Sarah Connor", "Connor", "sarah", "07700 900123", "jo.bloggs@example.com",
            "12 Elm Street", "A123-998", "Ravi Patel", "Ravi", "+44 20 7946 0958",
            "ops@acme.test", "Terminator"]
SINCE, UNTIL = "2026-11-09", "2026-11-22"


def log_personal_journal() -> None:
    """Two weeks of wins whose texts AND tags are full of personal data."""
    ok("config", "set", "name", "Ravi Patel")
    for day in (10, 11, 12, 16, 17, 18):
        ok("win", f"Helped Sarah Connor at 12 Elm Street, order A123-998, day {day}",
           "--theme", "empathy-first", "--impact", "4", "--channel", "phone",
           "--tag", "sarah", "--tag", "jo.bloggs@example.com", "--tag", "07700 900123",
           "--at", f"2026-11-{day}T10:00:00+01:00")
    ok("win", "Ravi here: called +44 20 7946 0958, mailed ops@acme.test", "--theme",
       "follow-through", "--impact", "2", "--channel", "email", "--tag", "Terminator",
       "--at", "2026-11-18T11:00:00+01:00")
    ok("reflect", "--energy", "4", "--well", "Sarah Connor thanked me", "--hard",
       "ops@acme.test bounced", "--tomorrow", "ring 07700 900123", "--at",
       "2026-11-18T18:00:00+01:00")
    ok("reflect", "--energy", "2", "--at", "2026-11-11T18:00:00+01:00")


def export_files(folder: Path, *extra: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    ok("export", "--since", SINCE, "--until", UNTIL, "--yes", "-o", str(folder), *extra)
    return sorted(folder.iterdir())


def keys_everywhere(value: Any, path: str = "") -> set[str]:
    """Every key path in a JSON value, lists collapsed: {'weeks[].themes.*', ...}."""
    if isinstance(value, dict):
        found = set()
        for key, item in value.items():
            # Breakdown keys are data (theme ids, channels), not field names.
            name = "*" if path.endswith(("themes", "channels")) else key
            found.add(f"{path}.{name}".lstrip("."))
            found |= keys_everywhere(item, f"{path}.{name}".lstrip("."))
        return found
    if isinstance(value, list):
        return set().union(*(keys_everywhere(v, f"{path}[]") for v in value)) if value \
            else set()
    return set()


SCHEMA_PATHS = ({*summary.TOP_KEYS} | {f"period.{k}" for k in summary.PERIOD_KEYS}
                | {f"impact.{k}" for k in summary.IMPACT_LEVELS}
                | {"themes.*", "channels.*", "weeks[].themes.*", "weeks[].channels.*"}
                | {f"weeks[].{k}" for k in summary.WEEK_KEYS}
                | {f"excerpts[].{k}" for k in summary.EXCERPT_KEYS})


def test_export_of_a_personal_journal_holds_no_personal_data(tmp_path: Path) -> None:
    log_personal_journal()
    for fmt in ("json", "csv", "md"):
        [written] = export_files(tmp_path / fmt, "--format", fmt)
        raw = written.read_bytes().decode("utf-8").lower()
        for secret in PERSONAL:
            assert secret.lower() not in raw, (fmt, secret)
        assert "t10:00" not in raw and "+01:00" not in raw  # no timestamps
    ids = [json.loads(line)["id"] for line in ok("journal", "list", "--json").splitlines()]
    raw_json = next((tmp_path / "json").iterdir()).read_text(encoding="utf-8")
    assert not any(entry_id in raw_json for entry_id in ids)


def test_export_has_exactly_the_schema_fields_and_the_right_figures(tmp_path: Path) -> None:
    log_personal_journal()
    [written] = export_files(tmp_path / "out")
    data = json.loads(written.read_text(encoding="utf-8"))
    assert keys_everywhere(data) <= SCHEMA_PATHS
    assert list(data) == list(summary.TOP_KEYS)
    assert data["schema"] == "carecli.summary/1"
    assert data["period"] == {"start": SINCE, "end": UNTIL}
    assert data["days_worked"] == 6 and data["wins"] == 7 and data["impact_points"] == 26
    assert data["impact"] == {"1": 0, "2": 1, "3": 0, "4": 6, "5": 0}
    assert data["themes"] == {"empathy-first": 6, "follow-through": 1}
    assert data["channels"] == {"email": 1, "phone": 6}
    assert data["energy"] == 3.0 and data["best_streak"] == 3  # Fri 13th breaks the run
    assert [w["week"] for w in data["weeks"]] == ["2026-W46", "2026-W47"]
    assert data["weeks"][0] == {"week": "2026-W46", "days_worked": 3, "wins": 3,
                                "impact_points": 12, "themes": {"empathy-first": 3},
                                "channels": {"phone": 3}, "energy": 2.0}
    assert data["excerpts"] == []
    assert written.name == f"{data['pseudonym']}-{SINCE}-{UNTIL}.json"
    assert validate.validate(data, THEMES).wins == 7  # a lead's report accepts it


def test_off_days_and_rest_days_do_not_break_the_best_streak(tmp_path: Path,
                                                             care_home: Path) -> None:
    log_personal_journal()
    # The Friday without a win was marked off; the weekend is rest (workdays mon-fri).
    Path(offdays.off_days_file(paths.journal_dir(care_home))).write_text(
        "2026-11-13 training\n", encoding="utf-8")
    [written] = export_files(tmp_path / "out")
    assert json.loads(written.read_text(encoding="utf-8"))["best_streak"] == 6


def test_free_text_in_a_theme_never_leaves(tmp_path: Path, care_home: Path) -> None:
    # An imported entry may carry anything as its theme.
    at = datetime(2026, 11, 17, 10, tzinfo=UTC)
    Journal(care_home).add([Entry(id="abcd2345", kind="win", at=at, shift_day=at.date(),
                                     text="x", theme="Sarah Connor", impact=3)])
    [written] = export_files(tmp_path / "out")
    raw = written.read_text(encoding="utf-8")
    assert "Sarah" not in raw and json.loads(raw)["themes"] == {}


def test_without_a_terminal_or_yes_nothing_is_written(tmp_path: Path,
                                                      care_home: Path) -> None:
    log_personal_journal()
    before = snapshot_files(care_home)
    for extra in ([], ["--stdout"], ["--excerpts"]):
        outcome = care("export", "--since", SINCE, "--until", UNTIL, "-o", str(tmp_path),
                       *extra)
        assert outcome.exit_code == 1 and "terminal" in outcome.stderr
        assert outcome.stderr.count("\n") == 1 and outcome.stdout == ""
    assert list(tmp_path.iterdir()) == [care_home]
    assert snapshot_files(care_home) == before  # not even a pseudonym was kept


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_summary_and_identity_files_are_private(tmp_path: Path, care_home: Path) -> None:
    log_personal_journal()
    (tmp_path / "out").mkdir(mode=0o700)
    [written] = export_files(tmp_path / "out")
    assert written.stat().st_mode & 0o777 == 0o600
    assert (care_home / "identity.json").stat().st_mode & 0o777 == 0o600


def test_output_to_a_named_file_and_to_stdout(tmp_path: Path) -> None:
    log_personal_journal()
    target = tmp_path / "mine.md"
    ok("export", "--since", SINCE, "--until", UNTIL, "--yes", "-o", str(target),
       "--format", "md")
    assert target.read_text(encoding="utf-8").startswith("# carecli summary")
    printed = ok("export", "--since", SINCE, "--until", UNTIL, "--yes", "--stdout")
    assert json.loads(printed)["wins"] == 7
    assert sorted(tmp_path.iterdir()) == sorted([target, tmp_path / "care-home"])


def test_the_preview_is_exactly_what_is_written(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    log_personal_journal()
    entry_id = json.loads(ok("journal", "list", "--json", "--on", "2026-11-10"))["id"]
    monkeypatch.setattr(carecli.cli.share, "require_terminal", lambda hint: None)
    out = tmp_path / "out"
    out.mkdir()
    result = care(*["export", "--since", SINCE, "--until", UNTIL, "-o", str(out),
                                 "--excerpt", entry_id], input="y\n")
    assert result.exit_code == 0, result.output
    [written] = out.iterdir()
    text = written.read_text(encoding="utf-8")
    assert text in result.stderr  # the preview shows these very bytes
    assert "[name 1]" in text and "Sarah" not in result.stderr
    refused = care(*["export", "--since", SINCE, "--until", UNTIL, "-o",
                                  str(tmp_path / "none.json")], input="n\n")
    assert refused.exit_code == 0 and refused.stderr.endswith("Nothing written.\n")
    assert not (tmp_path / "none.json").exists()


def test_excerpts_are_scrubbed_and_carry_only_theme_and_text(tmp_path: Path) -> None:
    log_personal_journal()
    listed = [json.loads(line) for line in ok("journal", "list", "--json").splitlines()]
    wins = [e["id"] for e in listed if e["kind"] == "win"]
    [written] = export_files(tmp_path / "out", *[a for i in wins[:2] for a in
                                                 ("--excerpt", i[:6])])
    data = json.loads(written.read_text(encoding="utf-8"))
    assert len(data["excerpts"]) == 2
    for item in data["excerpts"]:
        assert set(item) == {"theme", "text"}
        for secret in PERSONAL:
            assert secret.lower() not in item["text"].lower(), secret


def test_excerpt_must_be_a_win_inside_the_period(tmp_path: Path) -> None:
    log_personal_journal()
    listed = [json.loads(line) for line in ok("journal", "list", "--json").splitlines()]
    reflection = next(e["id"] for e in listed if e["kind"] == "reflection")
    outcome = care("export", "--since", SINCE, "--until", UNTIL, "--yes", "-o",
                   str(tmp_path), "--excerpt", reflection)
    assert outcome.exit_code == 1 and "reflection" in outcome.stderr
    win = next(e["id"] for e in listed
               if e["shift_day"] == "2026-11-18" and e["kind"] == "win")
    outcome = care("export", "--since", "2026-11-09", "--until", "2026-11-15", "--yes",
                   "-o", str(tmp_path), "--excerpt", win)
    assert outcome.exit_code == 1 and "outside the period" in outcome.stderr
    assert not list(tmp_path.glob("*.json"))


def test_periods() -> None:
    wednesday = date(2026, 11, 25)
    assert summary.last_full_week(wednesday) == summary.Period(date(2026, 11, 16),
                                                               date(2026, 11, 22))
    assert summary.this_week(wednesday).start == date(2026, 11, 23)
    assert summary.last_30_days(wednesday).start == wednesday - timedelta(days=29)
    noon = datetime(2026, 11, 25, 12, tzinfo=UTC)
    assert summary.choose_period(noon, 4) == summary.last_full_week(wednesday)
    assert summary.choose_period(noon, 4, month=True).end == wednesday
    with pytest.raises(CareError):
        summary.choose_period(noon, 4, week=True, month=True)
    with pytest.raises(CareError):
        summary.Period(date(2026, 11, 2), date(2026, 11, 1))
    with pytest.raises(CareError):
        summary.Period(date(2025, 1, 1), date(2026, 1, 2))


def test_build_is_pure_and_counts_only_known_themes() -> None:
    at = datetime(2026, 11, 17, 10, tzinfo=UTC)
    entries = [Entry(id="aaaa2222", kind="win", at=at, shift_day=at.date(), text="Bob",
                     theme="empathy-first", tags=("bob",), impact=5, channel="chat"),
               Entry(id="bbbb3333", kind="win", at=at, shift_day=at.date(), text="Al",
                     theme="not-a-theme", impact=1)]
    built = summary.build(entries, summary.Period(at.date(), at.date()), "agent-abcdefghij",
                          is_rest_day=lambda d: False, themes=THEMES)
    assert built.themes == {"empathy-first": 1} and built.wins == 2
    assert "Bob" not in json.dumps(summary.to_json(built))
    rule = Calendar(off_days={date(2026, 11, 18)}).is_rest_day  # Mon-Fri, and the 18th off
    assert rule(date(2026, 11, 21)) and rule(date(2026, 11, 18))
    assert not rule(date(2026, 11, 17))


def test_pseudonym_is_random_stable_and_rotates(tmp_path: Path, care_home: Path) -> None:
    log_personal_journal()
    first = json.loads(ok("export", "--since", SINCE, "--until", UNTIL, "--yes",
                          "--stdout"))["pseudonym"]
    assert identity.PSEUDONYM.fullmatch(first) and "ravi" not in first
    assert json.loads(ok("export", "--since", SINCE, "--until", UNTIL, "--yes",
                         "--stdout"))["pseudonym"] == first
    rotated = ok("config", "new-pseudonym")
    second = json.loads((care_home / "identity.json").read_text())["pseudonym"]
    assert second != first and second in rotated


def test_scrub_text_stdin_and_jsonl() -> None:
    assert ok("scrub", "mail jo.bloggs@example.com") == "mail [email 1]\n"
    piped = care(*["scrub"], input="ring 07700 900123")
    assert piped.exit_code == 0 and piped.stdout == "ring [phone 1]"
    lines = '{"id": "a", "text": "jo.bloggs@example.com"}\n{"id": "b", "text": "hi"}\n'
    result = care(*["scrub", "--jsonl"], input=lines)
    assert [json.loads(x) for x in result.stdout.splitlines()] == [
        {"schema": "carecli.scrubbed/1", "id": "a", "text": "[email 1]"},
        {"schema": "carecli.scrubbed/1", "id": "b", "text": "hi"}]
    bad = care(*["scrub", "--jsonl"], input='{"id": "a", "text": "x"}\n[1]\n')
    assert bad.exit_code == 1 and bad.stderr.startswith("carecli: error: ")
    assert "line 2" in bad.stderr


def test_prepare_writes_nothing_and_write_keeps_the_new_pseudonym(
        tmp_path: Path, care_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from carecli.share import export

    log_personal_journal()
    before = snapshot_files(care_home)
    moment = datetime(2026, 11, 25, 12, tzinfo=UTC)
    plan = export.prepare(Context(care_home, moment), "json", since=SINCE, until=UNTIL,
                          output=tmp_path)
    assert snapshot_files(care_home) == before and not list(tmp_path.glob("*.json"))
    assert plan.new_pseudonym and plan.target == tmp_path / summary.file_name(plan.summary)
    assert validate.parse(plan.text, THEMES) == plan.summary
    export.write(plan)
    assert plan.target.read_text(encoding="utf-8") == plan.text
    assert capsys.readouterr().out == f"Wrote {plan.target}\n"
    assert identity.load_pseudonym(care_home) == plan.summary.pseudonym
    again = export.prepare(Context(care_home, moment), "md", since=SINCE, until=UNTIL,
                           to_stdout=True)
    assert again.target is None and not again.new_pseudonym
    assert again.summary.pseudonym == plan.summary.pseudonym
