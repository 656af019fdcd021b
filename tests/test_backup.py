"""`carecli backup` and `carecli restore`: one file with everything, and back again."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import care, ok, snapshot_files
from test_prompts import TEAM_PACK


def user_view() -> dict[str, object]:
    """What a user sees of a home: entries, days off, the streak, settings, packs."""
    today = json.loads(ok("today", "--json"))
    return {"entries": ok("journal", "list", "--json"),
            "off": json.loads(ok("off", "--list", "--json")),
            "streak": today["streak"], "prompt": today["prompt"],
            "settings": json.loads(ok("config", "show", "--json")),
            "packs": json.loads(ok("prompts", "packs", "--json"))}


def fill(tmp_path: Path) -> None:
    ok("win", "Found the lost parcel", "--at", "2026-11-20 14:30", "--tag", "parcel",
       "--impact", "4")
    ok("reflect", "--energy", "2", "--well", "the parcel", "--hard", "queue",
       "--tomorrow", "breathe", "--at", "2026-11-20 17:00")
    ok("off", "2026-11-23", "--reason", "sick")
    ok("config", "set", "name", "Sam")
    pack = tmp_path / "night.toml"
    pack.write_text(TEAM_PACK, encoding="utf-8")
    ok("prompts", "add", str(pack))
    ok("config", "new-pseudonym")
    ok("today")  # the card records its prompt: the rotation state


def move_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> Path:
    home = tmp_path / name
    monkeypatch.setenv("CARECLI_HOME", str(home))
    return home


def test_backup_holds_everything_and_restores_on_a_fresh_home(
        care_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(tmp_path)
    before = user_view()
    target = tmp_path / "backup.json"
    done = care("backup", str(target))
    assert done.exit_code == 0 and "2 entries" in done.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema"] == "carecli.backup/1"
    assert {e["kind"] for e in data["entries"]} == {"win", "reflection"}
    assert [p["file"] for p in data["packs"]] == ["night-owls.toml"]
    assert data["pseudonym"].startswith("agent-") and data["card_state"]["days"]
    assert 'name = "Sam"' in data["settings"]
    home = move_home(monkeypatch, tmp_path, "fresh")
    restored = care("restore", str(target), "--yes")
    assert restored.exit_code == 0, restored
    assert "Entries: 2 new, 0 already here" in restored.stdout
    assert user_view() == before
    assert (home / "identity.json").read_text() == (care_home / "identity.json").read_text()


def test_backup_never_overwrites_without_force_and_dash_is_stdout(tmp_path: Path) -> None:
    ok("win", "Calmed a caller")
    target = tmp_path / "b.json"
    target.write_text("mine", encoding="utf-8")
    refused = care("backup", str(target))
    assert refused.exit_code == 1 and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "mine"
    ok("backup", str(target), "--force")
    assert json.loads(target.read_text(encoding="utf-8"))["entries"][0]["text"] == (
        "Calmed a caller")
    assert json.loads(ok("backup", "-"))["schema"] == "carecli.backup/1"


@pytest.mark.parametrize("damage, said", [
    (lambda d: "not json", "not valid JSON"),
    (lambda d: json.dumps({**d, "schema": "carecli.backup/9"}), "carecli.backup/9"),
    (lambda d: json.dumps({**d, "entries": [*d["entries"], {"id": "x"}]}), "entry 2"),
    (lambda d: json.dumps({**d, "off_days": [{"shift_day": "2026-13-01", "reason": "off"}]}),
     "off day 1"),
    (lambda d: json.dumps({**d, "settings": "rollover_hour = 99\n"}), "rollover_hour"),
    (lambda d: json.dumps({**d, "packs": [{"file": "../x.toml", "text": ""}]}), "pack"),
])
def test_a_bad_backup_changes_nothing(care_home: Path, tmp_path: Path, damage: object,
                                      said: str) -> None:
    ok("win", "Calmed a caller", "--at", "2026-11-20 10:00")
    data = json.loads(ok("backup", "-"))
    ok("win", "Another one")
    bad = tmp_path / "bad.json"
    bad.write_text(damage(data), encoding="utf-8")  # type: ignore[operator]
    files = snapshot_files(care_home)
    outcome = care("restore", str(bad), "--yes")
    assert outcome.exit_code == 1 and said in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1
    assert snapshot_files(care_home) == files


def test_restore_asks_and_without_a_terminal_needs_yes(
        care_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ok("win", "Calmed a caller")
    ok("backup", str(tmp_path / "b.json"))
    home = move_home(monkeypatch, tmp_path, "other")
    refused = care("restore", str(tmp_path / "b.json"))
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    assert not (home / "journal").exists()
    monkeypatch.setattr("carecli.cli.backup._in_terminal", lambda: True)  # as if one
    asked = ok("restore", str(tmp_path / "b.json"), input="n\n")
    assert "Entries: 1 new, 0 already here" in asked and "Nothing restored." in asked
    assert not (home / "journal").exists()
    ok("restore", str(tmp_path / "b.json"), input="y\n")
    assert "Calmed a caller" in ok("journal", "list", "--json")


def test_merge_keeps_local_values_and_undo_takes_back_entries_and_days_off(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ok("win", "From the old machine", "--at", "2026-11-20 10:00")
    ok("off", "2026-11-23", "--reason", "leave")
    ok("off", "2026-11-24", "--reason", "sick")
    ok("config", "set", "name", "Sam")
    ok("config", "set", "shift", "night")
    ok("backup", str(tmp_path / "b.json"))
    move_home(monkeypatch, tmp_path, "new")
    ok("win", "On the new machine", "--at", "2026-11-21 10:00")
    ok("off", "2026-11-24", "--reason", "training")
    ok("config", "set", "name", "Samira")
    out = ok("restore", str(tmp_path / "b.json"), "--yes")
    assert "Entries: 1 new, 0 already here" in out
    assert "name: kept yours (Samira; the backup has Sam)" in out
    assert "shift: added from the backup (night)" in out
    settings_now = json.loads(ok("config", "show", "--json"))
    assert (settings_now["name"], settings_now["shift"]) == ("Samira", "night")
    days = {d["shift_day"]: d["reason"] for d in json.loads(ok("off", "--list", "--json"))["days"]}
    assert days == {"2026-11-23": "leave", "2026-11-24": "training"}
    texts = {json.loads(line)["text"] for line in ok("journal", "list", "--json").splitlines()}
    assert texts == {"From the old machine", "On the new machine"}
    assert "restore" in ok("journal", "undo", "--list").splitlines()[0]
    ok("journal", "undo")
    texts = {json.loads(line)["text"] for line in ok("journal", "list", "--json").splitlines()}
    assert texts == {"On the new machine"}
    days = {d["shift_day"]: d["reason"] for d in json.loads(ok("off", "--list", "--json"))["days"]}
    assert days == {"2026-11-24": "training"}


def test_replace_makes_the_home_equal_to_the_backup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ok("win", "Kept", "--at", "2026-11-20 10:00", "--impact", "2")
    backed_up = user_view()  # the card records its prompt: the backup has it too
    ok("backup", str(tmp_path / "b.json"))
    kept = json.loads(ok("journal", "list", "--json"))["id"]
    ok("journal", "edit", kept, "--impact", "5")
    ok("win", "Gone after replace", "--at", "2026-11-21 10:00")
    ok("off", "2026-11-25")
    ok("config", "set", "workdays", "sun-thu")
    pack = tmp_path / "night.toml"
    pack.write_text(TEAM_PACK, encoding="utf-8")
    ok("prompts", "add", str(pack))
    out = ok("restore", str(tmp_path / "b.json"), "--replace", "--yes")
    assert "1 removed (not in the backup), 1 replaced" in out
    assert "Pack night-owls.toml: removed" in out
    assert user_view() == backed_up
    assert "Nothing to restore" in ok("restore", str(tmp_path / "b.json"), "--replace",
                                      "--yes")


WIN_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                   max_size=30).filter(lambda t: t.strip() and not t.startswith("-"))
ACTION = st.one_of(
    st.tuples(st.just("win"), WIN_TEXT, st.integers(1, 5), st.integers(1, 28),
              st.integers(0, 23)),
    st.tuples(st.just("reflect"), st.integers(1, 5), st.integers(1, 28)),
    st.tuples(st.just("off"), st.sampled_from(["off", "leave", "sick", "training"]),
              st.integers(1, 28)),
    st.tuples(st.just("config"), st.sampled_from([("rollover_hour", "6"), ("name", "Kim"),
                                                  ("workdays", "sun-thu"),
                                                  ("shift", "evening")])),
)


def build(actions: list[tuple[object, ...]]) -> None:
    for action in actions:
        if action[0] == "win":
            _, text, impact, day, hour = action
            ok("win", str(text), "--impact", str(impact),
               "--at", f"2026-11-{day:02d} {hour:02d}:15")
        elif action[0] == "reflect":
            ok("reflect", "--energy", str(action[1]), "--at", f"2026-11-{action[2]:02d} 18:00")
        elif action[0] == "off":
            ok("off", f"2026-11-{action[2]:02d}", "--reason", str(action[1]), "--yes")
        else:
            key, value = action[1]  # type: ignore[misc]
            ok("config", "set", key, value)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(actions=st.lists(ACTION, max_size=8))
def test_round_trip_through_a_fresh_home(monkeypatch: pytest.MonkeyPatch,
                                         actions: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        move_home(monkeypatch, Path(folder), "old")
        build(actions)
        before = user_view()
        backup = ok("backup", "-")
        move_home(monkeypatch, Path(folder), "new")
        restored = care("restore", "-", "--yes", input=backup)
        assert restored.exit_code == 0, restored
        assert user_view() == before
