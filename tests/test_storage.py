"""The journal store and the settings: nothing is lost, nothing is silently reset.

Files are found by what they hold, not by a fixed name: the journal folder keeps one JSON
partition per period (`journal/<period>.json`), beside derived figures and an undo record.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from carecli.core import rules as shiftdays
from carecli.journal import models
from carecli.journal.io import to_jsonl
from carecli.journal.models import Entry
from carecli.journal.store import Journal
from conftest import care, ok, snapshot_files, untag

CARECLI = str(Path(sys.executable).parent / "carecli")
CET = timezone(timedelta(hours=1))


def fails(home: Path, *args: str, code: int = 1, says: str = "") -> str:
    """The command fails with one line on stderr, no traceback, and touches no file."""
    before = snapshot_files(home)
    outcome = care(*args)
    assert outcome.exit_code == code, outcome
    assert "Traceback" not in outcome.stdout + outcome.stderr
    if code == 1:
        assert outcome.stderr.startswith("carecli: error: "), outcome.stderr
        assert outcome.stderr.count("\n") == 1, outcome.stderr
    assert says.lower() in outcome.stderr.lower(), outcome.stderr
    assert snapshot_files(home) == before
    return outcome.stderr


def carecli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CARECLI, *args], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL, check=False)


def partitions(home: Path) -> list[Path]:
    """The journal's data files (not the derived figures, backups or the undo record)."""
    return sorted(p for p in (home / "journal").glob("[0-9]*.json"))


def listed() -> list[dict[str, Any]]:
    return [untag(line) for line in ok("journal", "list", "--json").splitlines()]


def today() -> date:
    return shiftdays.shift_day(datetime.now().astimezone(), 4)


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


IMPORTED = [
    Entry(id="imp2win3", kind="win", at=datetime(2025, 3, 10, 14, 0, tzinfo=CET),
          shift_day=date(2025, 3, 10), text="Imported: rebooked a flight", theme="extra-mile",
          tags=("travel",), impact=4, channel="email"),
    Entry(id="imp4ref5", kind="reflection", at=datetime(2025, 3, 10, 22, 0, tzinfo=CET),
          shift_day=date(2025, 3, 10), energy=3, well="Stayed patient",
          tomorrow="Take breaks"),
]


# ---- round trip and files ------------------------------------------------------------

def test_a_win_survives_a_round_trip(care_home: Path) -> None:
    when = f"{today() - timedelta(days=1)} 14:30"
    text = "Café order fixed — ☕ [b]sorted[/b]\twith a tab"
    saved = json.loads(ok("win", text, "--theme", "follow", "--impact", "5", "--channel", "ph",
                          "--tag", "refund", "--tag", "callback", "--at", when, "--json"))
    assert saved["text"] == text  # stored verbatim
    assert (saved["kind"], saved["theme"], saved["impact"], saved["channel"]) == (
        "win", "follow-through", 5, "phone")
    assert saved["tags"] == ["refund", "callback"]
    assert saved["shift_day"] == (today() - timedelta(days=1)).isoformat()
    moment = datetime.fromisoformat(saved["at"])
    assert moment.utcoffset() is not None
    assert moment.strftime("%H:%M") == "14:30"
    assert set(saved) == {*models.JSON_KEYS, "schema", "standing"}
    # The echo adds its schema and the day's standing to the entry's own keys.
    saved = {k: v for k, v in saved.items() if k not in ("schema", "standing")}

    assert listed() == [saved]
    assert models.to_json(Journal(care_home).get(saved["id"])) == saved
    # Another process (the real command) reads the same entry back.
    again = carecli("journal", "list", "--json")
    assert again.returncode == 0, again.stderr
    assert [untag(line) for line in again.stdout.splitlines()] == [saved]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_files_and_folders_are_private(care_home: Path) -> None:
    ok("win", "Something private", "--impact", "2")
    ok("win", "Something else", "--impact", "3")
    ok("config", "set", "name", "Sam")
    ok("today")
    found = list(care_home.rglob("*"))
    assert any(p.suffix == ".json" for p in found)
    for path in [care_home, *found]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir():
            assert mode == 0o700, (path, oct(mode))
        else:
            assert mode == 0o600, (path, oct(mode))


def test_second_write_keeps_the_previous_version(care_home: Path) -> None:
    first = json.loads(ok("win", "First of the day", "--json"))
    [data_file] = partitions(care_home)
    previous = data_file.read_bytes()
    second = json.loads(ok("win", "Second of the day", "--json"))
    backup = data_file.with_name(data_file.name + ".bak")
    assert backup.exists()
    assert backup.read_bytes() == previous
    assert first["id"] in backup.read_text() and second["id"] not in backup.read_text()
    assert first["id"] in data_file.read_text() and second["id"] in data_file.read_text()


def test_entries_of_different_years_land_in_different_files(care_home: Path) -> None:
    year = today().year
    old = json.loads(ok("win", "Two years back", "--at", f"{year - 2}-06-15 10:00", "--json"))
    new = json.loads(ok("win", "Last year", "--at", f"{year - 1}-06-15 10:00", "--json"))
    files = partitions(care_home)
    assert len(files) == 2
    assert files[0].name.startswith(str(year - 2)) and files[1].name.startswith(str(year - 1))
    assert old["id"] in files[0].read_text() and new["id"] not in files[0].read_text()
    assert new["id"] in files[1].read_text() and old["id"] not in files[1].read_text()
    assert {e["id"] for e in listed()} == {old["id"], new["id"]}


# ---- damaged and newer files ---------------------------------------------------------

def damage(home: Path, content: bytes = b"{not json") -> Path:
    [data_file] = partitions(home)
    data_file.write_bytes(content)
    return data_file


@pytest.mark.parametrize("content", [b"{not json", b"", b"[1, 2, 3]", b"\xff\xfe\x00junk"],
                         ids=["not-json", "empty", "not-a-journal", "not-utf8"])
def test_damaged_journal_file_is_reported_and_never_reset(care_home: Path, tmp_path: Path,
                                                         content: bytes) -> None:
    ok("win", "Before the damage")
    ok("win", "Also before the damage")  # so a previous version (.bak) exists
    data_file = damage(care_home, content)
    source = write_jsonl(tmp_path / "more.jsonl", [to_jsonl(e) for e in IMPORTED])
    for args in (("win", "After the damage"), ("journal", "import", str(source)),
                 ("journal", "list")):
        message = fails(care_home, *args, says=str(data_file))
        assert "damaged" in message
        assert data_file.name + ".bak" in message  # points at the previous version
    # The real command, in a fresh process: one line, no traceback.
    outcome = carecli("win", "From a new terminal")
    assert outcome.returncode == 1
    assert outcome.stderr.startswith("carecli: error:") and outcome.stderr.count("\n") == 1
    assert str(data_file) in outcome.stderr
    assert data_file.read_bytes() == content


def test_card_reports_a_damaged_journal_file(care_home: Path) -> None:
    ok("win", "Before the damage")
    ok("today")
    data_file = damage(care_home)
    before = snapshot_files(care_home)
    outcome = carecli()
    assert outcome.returncode == 1, outcome.stdout
    assert outcome.stderr.startswith("carecli: error:")
    assert outcome.stderr.count("\n") == 1 and "Traceback" not in outcome.stderr
    assert str(data_file) in outcome.stderr
    assert snapshot_files(care_home) == before


def test_a_journal_file_from_a_newer_carecli_is_refused(care_home: Path) -> None:
    ok("win", "Written by an older carecli")
    [data_file] = partitions(care_home)
    data = json.loads(data_file.read_text())
    assert "_meta" in data
    data["_meta"] = {"1": {"schema": 99}}
    data_file.write_text(json.dumps(data))
    original = data_file.read_bytes()
    for args in (("win", "Another"), ("journal", "list", "--json")):
        message = fails(care_home, *args, says="upgrade carecli")
        assert str(data_file) in message and "99" in message
    assert data_file.read_bytes() == original


# ---- import --------------------------------------------------------------------------

def test_import_adds_entries_once(care_home: Path, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "backup.jsonl", [to_jsonl(e) for e in IMPORTED])
    assert "Imported 2 entries" in ok("journal", "import", str(source))
    assert {e["id"]: e for e in listed()} == {e.id: models.to_json(e) for e in IMPORTED}

    before = snapshot_files(care_home)
    again = ok("journal", "import", str(source))
    assert "Imported 0 entries" in again and "skipped 2" in again
    assert len(listed()) == 2
    assert snapshot_files(care_home) == before

    extra = Entry(id="imp6new7", kind="win", at=datetime(2025, 3, 11, 9, 0, tzinfo=CET),
                  shift_day=date(2025, 3, 11), text="One more", impact=2)
    mixed = write_jsonl(tmp_path / "mixed.jsonl", [to_jsonl(IMPORTED[0]), to_jsonl(extra)])
    out = ok("journal", "import", str(mixed))
    assert "Imported 1 entries" in out and "skipped 1" in out
    assert len(listed()) == 3


def test_imported_entries_show_on_the_card() -> None:
    source_lines = [to_jsonl(e) for e in IMPORTED]
    path = Path(os.environ["CARECLI_HOME"]).parent / "restore.jsonl"
    ok("journal", "import", str(write_jsonl(path, source_lines)))
    day = json.loads(ok("today", "--json", "--date", "2025-03-10"))["today"]
    assert (day["wins"], day["points"]) == (1, 4)
    assert day["best"]["text"] == "Imported: rebooked a flight"


def _good(entry_id: str) -> dict[str, Any]:
    return models.to_json(Entry(id=entry_id, kind="win",
                                at=datetime(2025, 5, 6, 10, 0, tzinfo=CET),
                                shift_day=date(2025, 5, 6), text="Fine", impact=3))


BAD_LINES = {
    "impact out of range": json.dumps(_good("bad2line") | {"impact": 9}),
    "timestamp without offset": json.dumps(_good("bad2line") | {"at": "2025-05-06T10:00:00"}),
    "unknown field": json.dumps(_good("bad2line") | {"mood": "fine"}),
    "invalid JSON": '{"id": "bad2line", "kind": "win",',
    "NaN": json.dumps(_good("bad2line")).replace('"impact": 3', '"impact": NaN'),
    "Infinity": json.dumps(_good("bad2line")).replace('"impact": 3', '"impact": Infinity'),
    "empty text": json.dumps(_good("bad2line") | {"text": "  "}),
    "unknown kind": json.dumps(_good("bad2line") | {"kind": "complaint"}),
    "not an object": "[1, 2, 3]",
}


@pytest.mark.parametrize("bad", BAD_LINES.values(), ids=list(BAD_LINES))
def test_a_bad_line_refuses_the_whole_import(care_home: Path, tmp_path: Path,
                                             bad: str) -> None:
    ok("win", "Already here")
    source = write_jsonl(tmp_path / "bad.jsonl",
                         [json.dumps(_good("good1st")), bad, json.dumps(_good("good3rd"))])
    message = fails(care_home, "journal", "import", str(source), says="line 2")
    assert str(source) in message
    assert [e["text"] for e in listed()] == ["Already here"]


def test_import_of_a_missing_file_is_one_line(care_home: Path, tmp_path: Path) -> None:
    fails(care_home, "journal", "import", str(tmp_path / "nope.jsonl"), says="no such file")


# ---- bad input on `win` --------------------------------------------------------------

@pytest.mark.parametrize(("args", "code", "says"), [
    (("Helped", "--theme", "empathy-firts"), 1, "did you mean 'empathy-first'"),
    (("Helped", "--theme", "nothing-like-it"), 1, "unknown theme"),
    (("Helped", "--impact", "0"), 2, "--impact"),
    (("Helped", "--impact", "6"), 2, "--impact"),
    (("",), 1, "needs some text"),
    (("   ",), 1, "needs some text"),
    (("Helped", "--at", "flurb o'clock"), 1, "cannot understand"),
    (("Helped", "--at", "2099-01-01 10:00"), 1, "in the future"),
    (("Helped", "--channel", "fax"), 1, "unknown channel"),
    (("x" * 2001,), 1, "too long"),
], ids=["theme-near-miss", "theme-unknown", "impact-0", "impact-6", "empty-text",
        "blank-text", "bad-at", "future-at", "bad-channel", "too-long"])
def test_bad_win_input_is_refused_and_changes_nothing(care_home: Path, args: tuple[str, ...],
                                                      code: int, says: str) -> None:
    ok("win", "A first good one")
    fails(care_home, "win", *args, code=code, says=says)
    assert len(listed()) == 1


def test_bad_win_from_the_real_command_has_no_traceback(care_home: Path) -> None:
    ok("win", "A first good one")
    before = snapshot_files(care_home)
    outcome = carecli("win", "Helped", "--theme", "empathy-firts")
    assert outcome.returncode == 1
    assert outcome.stderr == ("carecli: error: unknown theme 'empathy-firts' (did you mean "
                              "'empathy-first'?); see `carecli prompts themes`\n")
    usage = carecli("win", "Helped", "--impact", "6")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    assert snapshot_files(care_home) == before


def test_win_without_text_and_no_terminal_is_a_clear_error(care_home: Path) -> None:
    ok("win", "A first good one")
    fails(care_home, "win", says="no terminal")


# ---- settings ------------------------------------------------------------------------

def test_config_set_shows_in_config_show() -> None:
    defaults = json.loads(ok("config", "show", "--json"))
    assert defaults["rollover_hour"] == 4
    assert defaults["workdays"] == ["mon", "tue", "wed", "thu", "fri"]
    assert ok("config", "set", "rollover_hour", "6").strip() == "rollover_hour = 6"
    ok("config", "set", "workdays", "sun-thu")
    ok("config", "set", "name", "Sam")
    shown = json.loads(ok("config", "show", "--json"))
    assert shown["rollover_hour"] == 6
    assert set(shown["workdays"]) == {"sun", "mon", "tue", "wed", "thu"}
    assert shown["name"] == "Sam"
    assert {"name", "rollover_hour", "workdays"} <= set(shown)
    table = ok("config", "show")
    assert "rollover_hour" in table and "6" in table and "Sam" in table


@pytest.mark.parametrize(("key", "value", "says"), [
    ("rollover_hour", "25", "rollover_hour"),
    ("rollover_hour", "six", "rollover_hour"),
    ("workdays", "funday", "funday"),
    ("nosuchkey", "1", "nosuchkey"),
])
def test_bad_settings_are_refused_and_the_file_kept(care_home: Path, key: str, value: str,
                                                    says: str) -> None:
    ok("config", "set", "name", "Sam")
    config_file = care_home / "config.toml"
    original = config_file.read_bytes()
    fails(care_home, "config", "set", key, value, says=says)
    assert config_file.read_bytes() == original


@pytest.mark.parametrize("content", ["rollover_hour = [\n", "rollover_hour = 99\n"],
                         ids=["invalid-toml", "bad-value"])
def test_damaged_settings_file_is_named_and_kept(care_home: Path, content: str) -> None:
    care_home.mkdir(parents=True, exist_ok=True)
    config_file = care_home / "config.toml"
    config_file.write_text(content)
    for args in (("config", "show"), ("config", "set", "name", "Sam"), ("win", "A win")):
        fails(care_home, *args, says=str(config_file))
    card = carecli()
    assert card.returncode == 1
    assert card.stderr.startswith("carecli: error:") and str(config_file) in card.stderr
    assert card.stderr.count("\n") == 1
    assert config_file.read_text() == content


def test_config_path_is_the_data_folder(care_home: Path) -> None:
    assert ok("config", "path").strip() == str(care_home)
    assert carecli("config", "path").stdout.strip() == str(care_home)


def test_changing_the_rollover_hour_moves_stored_entries() -> None:
    day = today() - timedelta(days=3)
    ok("win", "Early morning save", "--at", f"{day} 05:00", "--impact", "4")
    [stored] = listed()
    assert stored["shift_day"] == day.isoformat()  # 05:00 is after the 04:00 rollover

    ok("config", "set", "rollover_hour", "6")
    [moved] = listed()
    assert moved["shift_day"] == (day - timedelta(days=1)).isoformat()
    assert moved["at"] == stored["at"] and moved["id"] == stored["id"]
    earlier = json.loads(ok("today", "--json", "--date", (day - timedelta(days=1)).isoformat()))
    assert (earlier["today"]["wins"], earlier["today"]["points"]) == (1, 4)
    assert json.loads(ok("today", "--json", "--date", day.isoformat()))["today"]["wins"] == 0

    ok("config", "set", "rollover_hour", "4")
    assert listed()[0]["shift_day"] == day.isoformat()
    assert json.loads(ok("today", "--json", "--date", day.isoformat()))["today"]["wins"] == 1


def test_rollover_change_on_a_damaged_journal_changes_nothing(care_home: Path) -> None:
    """If the stored entries cannot be moved to the new rollover hour, the setting must not
    change either: otherwise the card counts days one way and the journal another."""
    ok("win", "Before the damage")
    ok("config", "set", "name", "Sam")
    data_file = damage(care_home)
    fails(care_home, "config", "set", "rollover_hour", "6", says=str(data_file))
    assert json.loads(ok("config", "show", "--json"))["rollover_hour"] == 4


def test_undo_after_a_rollover_change_does_what_it_says() -> None:
    """A rollover change can move an entry into another month. The reindex forgets the last
    change (it refers to the old shift days), so undo refuses and removes nothing."""
    first_of_month = today().replace(day=1)
    if first_of_month == today():
        first_of_month = (first_of_month - timedelta(days=1)).replace(day=1)
    ok("win", "Early one", "--at", f"{first_of_month} 05:00")
    last = json.loads(ok("win", "Early two", "--at", f"{first_of_month} 05:30", "--json"))
    ok("config", "set", "rollover_hour", "6")  # both move to the last day of the month before
    month_before_last_day = (first_of_month - timedelta(days=1)).isoformat()
    assert [e["shift_day"] for e in listed()] == [month_before_last_day] * 2
    outcome = care("journal", "undo")
    assert outcome.exit_code == 1
    assert outcome.stderr == "carecli: error: nothing to undo\n"
    ids = {e["id"] for e in listed()}
    assert last["id"] in ids and len(ids) == 2


def test_import_derives_shift_days_from_the_timestamp(tmp_path: Path) -> None:
    """The shift day is derived from `at` and this install's rollover hour, whatever the
    file says (it may come from a machine with another rollover, or be wrong)."""
    lines = [json.dumps(_good("odd1day1") | {"at": "2025-03-11T05:00:00+01:00",
                                             "shift_day": "2025-03-10"}),
             json.dumps(_good("odd2day2") | {"at": "2025-03-11T12:00:00+01:00",
                                             "shift_day": "1999-01-01"})]
    outcome = care("journal", "import", str(write_jsonl(tmp_path / "other.jsonl", lines)))
    assert outcome.exit_code == 0, outcome
    assert "Imported 2 entries" in outcome.stdout and outcome.stderr == ""
    assert {e["id"]: e["shift_day"] for e in listed()} == {
        "odd1day1": "2025-03-11", "odd2day2": "2025-03-11"}


def test_workdays_setting_changes_the_streak() -> None:
    monday = today() - timedelta(days=today().weekday() + 7)
    friday = monday - timedelta(days=3)
    ok("win", "Friday morning", "--at", f"{friday} 10:00")
    ok("win", "Friday afternoon", "--at", f"{friday} 15:00")
    ok("win", "Monday", "--at", f"{monday} 10:00")
    assert json.loads(ok("today", "--json", "--date", monday.isoformat()))["streak"] == {
        "current": 2, "best": 2}
    ok("config", "set", "workdays", "mon-sun")  # now the weekend was a missed workday
    assert json.loads(ok("today", "--json", "--date", monday.isoformat()))["streak"] == {
        "current": 1, "best": 1}
