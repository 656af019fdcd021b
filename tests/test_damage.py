"""Damaged and unexpected files: a journal file that cannot be read gives one line naming
it and is never rewritten; a cache is rebuilt whatever is in it. Every scenario runs the
commands an agent runs most, and none may end in a traceback."""

from __future__ import annotations

import json
import marshal
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import care, ok

COMMANDS = (["today"], ["journal", "list"], ["progress"], ["win", "again", "--impact", "2"],
            ["export", "--yes", "--stdout"])


def month_file(home: Path) -> Path:
    return next((home / "journal").glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].json"))


def write(text: str | bytes) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return damage


def folder_in_place(path: Path) -> None:
    if path.exists():
        path.unlink()
    path.mkdir()


def edit_entry(field: str, value: object) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        next(iter(data["entries"].values()))[field] = value
        path.write_text(json.dumps(data), encoding="utf-8")
    return damage


JOURNAL_DAMAGE: dict[str, Callable[[Path], None]] = {
    "wrong shape: entries a number": write('{"entries": 5}'),
    "wrong shape: meta a list": write('{"_meta": [1], "entries": {}}'),
    "wrong shape: meta values": write('{"_meta": {"1": 5}}'),
    "wrong shape: entries a list": write('{"entries": [1, 2]}'),
    "wrong shape: entry a string": write('{"entries": {"1": "x"}}'),
    "nested 100,000 deep": write("[" * 100_000 + "]" * 100_000),
    "not UTF-8": write(b'{"entries": {"1": {"text": "\xff"}}}'),
    "empty": write(""),
    "truncated": write('{"_meta": {"1": {"schema": 1}}, "entries": {"1": {"id": "ab'),
    "garbage": write(b"\x00\x01\x02 not json"),
    "a folder in its place": folder_in_place,
    "an entry with a bad timestamp": edit_entry("at", "garbage"),
    "an entry with a bad id": edit_entry("id", "a-b"),
    "an entry without a kind": edit_entry("kind", None),
    "an entry with a number for a shift day": edit_entry("shift_day", 5),
    "an entry from year 1": edit_entry("at", "0001-01-01T10:00:00+00:00"),
}


def no_traceback_one_line(outcome: object) -> None:
    stderr = outcome.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr + outcome.stdout  # type: ignore[attr-defined]
    if outcome.exit_code:  # type: ignore[attr-defined]
        assert outcome.exit_code == 1, stderr  # type: ignore[attr-defined]
        assert stderr.startswith("carecli: error: ") and stderr.count("\n") == 1, stderr


@pytest.mark.parametrize("damage", sorted(JOURNAL_DAMAGE))
def test_a_damaged_month_is_named_and_never_rewritten(care_home: Path, damage: str) -> None:
    ok("win", "Sorted a refund", "--impact", "4")
    path = month_file(care_home)
    JOURNAL_DAMAGE[damage](path)
    before = path.read_bytes() if path.is_file() else None
    for args in COMMANDS:
        outcome = care(*args)
        no_traceback_one_line(outcome)
        assert outcome.exit_code == 1, (args, outcome)
        assert path.name in outcome.stderr, outcome.stderr
        assert (path.read_bytes() if path.is_file() else None) == before  # never rewritten


SETTINGS_DAMAGE: dict[str, Callable[[Path], None]] = {
    "not UTF-8": write(b'name = "S\xffm"\n'),
    "garbage": write(b"\x00\x01 = = ["),
    "nested": write("x = " + "[" * 5000 + "]" * 5000 + "\n"),
    "a folder in its place": folder_in_place,
}


@pytest.mark.parametrize("damage", sorted(SETTINGS_DAMAGE))
def test_damaged_settings_are_named(care_home: Path, damage: str) -> None:
    ok("win", "Sorted a refund")
    path = care_home / "config.toml"
    SETTINGS_DAMAGE[damage](path)
    for args in [*COMMANDS, ["config", "show"]]:
        outcome = care(*args)
        no_traceback_one_line(outcome)
        assert outcome.exit_code == 1 and "config.toml" in outcome.stderr, (args, outcome)


@pytest.mark.parametrize("damage", ["not UTF-8", "a folder in its place"])
def test_damaged_off_days_are_named(care_home: Path, damage: str) -> None:
    ok("win", "Sorted a refund")
    path = care_home / "journal" / "off-days.txt"
    {"not UTF-8": write(b"2026-11-26 l\xffave\n"), "a folder in its place": folder_in_place}[
        damage](path)
    for args in (["today"], ["progress"], ["off", "--list"], ["off", "2026-12-24"]):
        outcome = care(*args)
        no_traceback_one_line(outcome)
        assert outcome.exit_code == 1 and "off-days.txt" in outcome.stderr, (args, outcome)


def figures(home: Path) -> Path:
    return next((home / "journal").glob("days-[0-9]*.bin"))


CACHE_DAMAGE: dict[str, Callable[[Path], None]] = {
    "rotation state with wrong types": lambda home: (home / "card-state.bin").write_bytes(
        marshal.dumps({"seed": "ab", "cycle": [["x"]], "days": {1: "x"}, "once": ""})),
    "rotation state garbage": lambda home: (home / "card-state.bin").write_bytes(b"\x00zz"),
    "day figures with wrong types": lambda home: figures(home).write_bytes(marshal.dumps(
        {"schema": 3, "source": None, "days": {"2026-11-30": (1, "x", "y", None, {}, None,
                                                             "")}})),
    "day figures with a matching stamp but wrong types": lambda home: _bad_rows(home),
    "index with wrong types": lambda home: (home / "journal" / "days-index.bin").write_bytes(
        marshal.dumps({"schema": 3, "months": {"2026-11": ("x", 1, 2, 3)}})),
    "index truncated": lambda home: (home / "journal" / "days-index.bin").write_bytes(b"\xfb"),
    "card cache with wrong types": lambda home: _bad_card_cache(home),
    "card cache garbage": lambda home: (home / "card-cache.bin").write_bytes(b"\x00" * 9),
}


def _bad_rows(home: Path) -> None:
    path = figures(home)
    body = marshal.loads(path.read_bytes())
    body["days"] = {day: (1, "x", None, ("i", 5, "t", 3), [], "e", 2)
                    for day in body["days"]}
    path.write_bytes(marshal.dumps(body))


def _bad_card_cache(home: Path) -> None:
    path = home / "card-cache.bin"
    body = marshal.loads(path.read_bytes())
    body["inputs"] = (("sam", "x", ["mon"], [], []), ["not", "a dict"], [(None,) * 6])
    path.write_bytes(marshal.dumps(body))


@pytest.mark.parametrize("damage", sorted(CACHE_DAMAGE))
def test_a_damaged_cache_is_rebuilt(care_home: Path, damage: str) -> None:
    ok("win", "Sorted a refund", "--impact", "4", "--at", "2h ago")
    ok()
    expected = json.loads(ok("today", "--json"))
    CACHE_DAMAGE[damage](care_home)
    for args in COMMANDS[:3]:
        outcome = care(*args)
        no_traceback_one_line(outcome)
        assert outcome.exit_code == 0, (args, outcome)
    again = json.loads(ok("today", "--json"))
    if "rotation" in damage:  # its memory of today's prompt went with it: a new pick
        again.pop("prompt")
        expected.pop("prompt")
    assert again == expected


def test_a_cache_path_that_is_a_folder_is_one_line(care_home: Path) -> None:
    ok("win", "Sorted a refund")
    ok()
    index = care_home / "journal" / "days-index.bin"
    index.unlink()
    index.mkdir()
    for args in COMMANDS:
        no_traceback_one_line(care(*args))
    shutil.rmtree(index)
    assert care("today").exit_code == 0  # and once it is gone, all is rebuilt


def test_a_bad_entry_stops_a_write_before_anything_is_written(care_home: Path) -> None:
    """A retry must not save a second copy: the first attempt saved nothing."""
    ok("win", "one", "--impact", "3")
    path = month_file(care_home)
    edit_entry("at", "garbage")(path)
    before = {p.name: p.read_bytes() for p in (care_home / "journal").iterdir() if p.is_file()}
    for _ in range(2):
        outcome = care("win", "two")
        assert outcome.exit_code == 1 and path.name in outcome.stderr
    after = {p.name: p.read_bytes() for p in (care_home / "journal").iterdir() if p.is_file()}
    assert after[path.name] == before[path.name]
    assert b'"two"' not in after[path.name]
