"""Prompt packs: the shipped pack's quality, the `prompts` commands, and team packs."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from carecli.card import snapshot
from carecli.prompts import PROMPT_KINDS, all_prompts, load_packs, load_themes
from conftest import care, ok, snapshot_files, untag

# The twenty theme ids of the design notes (shared/THEMES.md), in their order: the spec
# the shipped packs are checked against, written out so the suite runs from any clone.
THEME_IDS = [
    "make-a-difference", "see-the-bigger-picture", "walk-in-their-shoes", "enjoy-the-work",
    "your-talents", "listen-past-the-procedure", "beat-yesterday", "impact-over-intention",
    "genuine-warmth", "difficult-customers", "empathy-first", "kindness-within-limits",
    "dialogue-not-script", "personal-touch", "extra-mile", "drop-the-defense",
    "follow-through", "pride-in-the-work", "care-is-human", "team-number-ten",
]
PROMPT_JSON_KEYS = {"id", "theme", "kind", "text", "evening", "pack"}


def fails(home: Path, *args: str, says: str) -> str:
    """One line on stderr, exit 1, no traceback, and no file under the home changed."""
    before = snapshot_files(home)
    outcome = care(*args)
    assert outcome.exit_code == 1, outcome
    assert outcome.stderr.startswith("carecli: error: "), outcome.stderr
    assert outcome.stderr.count("\n") == 1, outcome.stderr
    assert "Traceback" not in outcome.stdout + outcome.stderr
    assert says.lower() in outcome.stderr.lower(), outcome.stderr
    assert snapshot_files(home) == before
    return outcome.stderr


def theme_ids_from_notes() -> list[str]:
    return THEME_IDS


TEAM_PACK = """\
[pack]
name = "night-owls"
title = "The night team's own"
description = "What the night shift added as its number ten."

[[prompt]]
id = "night-owls-1"
theme = "team-number-ten"
kind = "intention"
text = "Tonight I'll leave a note for the morning team on every case I hand over."
evening = "Which handover note will save someone time tomorrow?"

[[prompt]]
id = "night-owls-2"
theme = "team-number-ten"
kind = "challenge"
text = "Ask the last caller of the night how their evening is going, and mean it."
"""


def write_pack(folder: Path, text: str, name: str = "pack.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- the shipped packs ---------------------------------------------------------------

def test_themes_match_the_design_notes() -> None:
    ids = theme_ids_from_notes()
    assert len(ids) == 20 and len(set(ids)) == 20
    themes = load_themes()
    assert list(themes) == ids  # same ids, same order
    for theme in themes.values():
        assert theme.title.strip() and theme.summary.strip()


def test_shipped_prompts_cover_every_theme(care_home: Path) -> None:
    packs = load_packs(care_home, load_themes())
    assert [p.name for p in packs] == ["core"]
    assert packs[0].builtin
    pool = all_prompts(packs)
    assert len(pool) >= 100
    ids = [p.id for p in pool]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    per_theme = Counter(p.theme for p in pool)
    assert set(per_theme) == set(theme_ids_from_notes())
    assert min(per_theme.values()) >= 3  # enough for the rotation to vary each theme
    for prompt in pool:
        assert prompt.kind in PROMPT_KINDS, prompt
        assert prompt.text.strip(), prompt
        assert len(prompt.text) <= 160, prompt.id  # the card shows it on one or two lines
        assert len(prompt.evening) <= 120, prompt.id
        assert prompt.pack == "core"
    assert set(Counter(p.kind for p in pool)) == set(PROMPT_KINDS)


# ---- prompts list / show / themes / packs --------------------------------------------

def test_list_filters_by_a_theme_prefix() -> None:
    table = ok("prompts", "list", "--theme", "emp")
    rows = [line for line in table.splitlines()[1:] if line.strip()]
    assert rows and all(" empathy-first " in f" {row} " for row in rows)
    data = json.loads(ok("prompts", "list", "--theme", "emp", "--json"))["prompts"]
    expected = [p for p in all_prompts(load_packs(Path("/nonexistent"))) if
                p.theme == "empathy-first"]
    assert [d["id"] for d in data] == [p.id for p in expected]
    assert all(set(d) == PROMPT_JSON_KEYS for d in data)
    assert {d["theme"] for d in data} == {"empathy-first"}
    assert all(d["text"] for d in data)


def test_list_json_and_kind_filter() -> None:
    everything = json.loads(ok("prompts", "list", "--json"))["prompts"]
    assert len(everything) >= 100
    assert all(set(d) == PROMPT_JSON_KEYS for d in everything)
    challenges = json.loads(ok("prompts", "list", "--kind", "challenge", "--json"))["prompts"]
    assert challenges and {d["kind"] for d in challenges} == {"challenge"}
    assert len(challenges) == sum(d["kind"] == "challenge" for d in everything)


def test_list_mistakes_are_one_line(care_home: Path) -> None:
    fails(care_home, "prompts", "list", "--theme", "e", says="ambiguous")
    fails(care_home, "prompts", "list", "--theme", "empathy-firts", says="empathy-first")
    fails(care_home, "prompts", "list", "--kind", "joke", says="unknown kind")


def test_show_one_prompt(care_home: Path) -> None:
    out = ok("prompts", "show", "make-a-difference-1")
    assert "Someone I help this shift may be having an awful day" in out
    assert "Make a difference" in out and "intention" in out
    assert "Evening question: Was there a contact where you made someone" in out
    data = untag(ok("prompts", "show", "make-a-difference-1", "--json"), "carecli.prompt/1")
    assert set(data) == PROMPT_JSON_KEYS
    assert (data["id"], data["theme"], data["pack"]) == ("make-a-difference-1",
                                                         "make-a-difference", "core")
    fails(care_home, "prompts", "show", "make-a-diference-1", says="make-a-difference-1")


def test_themes_lists_all_twenty() -> None:
    table = ok("prompts", "themes")
    for theme_id in theme_ids_from_notes():
        assert re.search(rf"^{re.escape(theme_id)}\s", table, re.MULTILINE), theme_id
    data = json.loads(ok("prompts", "themes", "--json"))["themes"]
    assert [t["id"] for t in data] == theme_ids_from_notes()
    assert all(set(t) == {"id", "title", "summary", "prompts"} for t in data)
    everything = json.loads(ok("prompts", "list", "--json"))["prompts"]
    assert sum(t["prompts"] for t in data) == len(everything)


def test_packs_lists_the_builtin_pack() -> None:
    table = ok("prompts", "packs")
    assert "core" in table and "built in" in table
    data = json.loads(ok("prompts", "packs", "--json"))["packs"]
    assert data == [{"name": "core", "title": "carecli core prompts", "prompts": data[0][
        "prompts"], "builtin": True}]
    assert data[0]["prompts"] >= 100


# ---- team packs ----------------------------------------------------------------------

def test_team_pack_joins_the_rotation_and_can_be_removed(care_home: Path,
                                                         tmp_path: Path) -> None:
    ok("today")  # a card was shown before: its compiled prompt list must notice the pack
    before = {p.id for p in snapshot.load(str(care_home)).prompts}
    source = write_pack(tmp_path, TEAM_PACK, "our-ten.toml")
    out = ok("prompts", "add", str(source))
    assert "night-owls" in out and "2 prompts" in out

    packs = json.loads(ok("prompts", "packs", "--json"))["packs"]
    assert {"name": "night-owls", "title": "The night team's own", "prompts": 2,
            "builtin": False} in packs
    assert "team" in ok("prompts", "packs")
    listed = json.loads(ok("prompts", "list", "--theme", "team-number-ten", "--json"))["prompts"]
    assert {"night-owls-1", "night-owls-2"} <= {d["id"] for d in listed}
    assert {d["pack"] for d in listed if d["id"].startswith("night-owls")} == {"night-owls"}
    assert "leave a note for the morning team" in ok("prompts", "show", "night-owls-1")
    pool = {p.id for p in snapshot.load(str(care_home)).prompts}
    assert pool == before | {"night-owls-1", "night-owls-2"}
    themes = json.loads(ok("prompts", "themes", "--json"))["themes"]
    counts = {t["id"]: t["prompts"] for t in themes}
    assert counts["team-number-ten"] == sum(d["theme"] == "team-number-ten" for d in listed)
    # The source file can go away: the pack was copied into the data folder.
    source.unlink()
    assert "night-owls-1" in ok("prompts", "list")

    out = ok("prompts", "remove", "night-owls")
    assert "night-owls" in out
    packs = json.loads(ok("prompts", "packs", "--json"))["packs"]
    assert all(p["name"] != "night-owls" for p in packs)
    assert "night-owls" not in ok("prompts", "list")
    assert {p.id for p in snapshot.load(str(care_home)).prompts} == before
    assert ok("today")


def test_installed_pack_needs_replace_to_update(care_home: Path, tmp_path: Path) -> None:
    ok("prompts", "add", str(write_pack(tmp_path, TEAM_PACK)))
    updated = write_pack(tmp_path, TEAM_PACK.replace("leave a note", "write a short note"),
                         "v2.toml")
    fails(care_home, "prompts", "add", str(updated), says="--replace")
    ok("prompts", "add", "--replace", str(updated))
    assert "write a short note" in ok("prompts", "show", "night-owls-1")
    assert sum(p["name"] == "night-owls" for p in json.loads(ok("prompts", "packs",
                                                                "--json"))["packs"]) == 1


def test_removing_what_cannot_be_removed(care_home: Path) -> None:
    ok("today")
    fails(care_home, "prompts", "remove", "core", says="built in")
    fails(care_home, "prompts", "remove", "nobody", says="no pack named 'nobody'")


BAD_PACKS = {
    "unknown theme": (TEAM_PACK.replace('theme = "team-number-ten"\nkind = "challenge"',
                                        'theme = "empathy-firts"\nkind = "challenge"'),
                      "unknown theme 'empathy-firts'"),
    "duplicate id": (TEAM_PACK.replace('id = "night-owls-2"', 'id = "night-owls-1"'),
                     "'night-owls-1' is used twice"),
    "empty text": (TEAM_PACK.replace('text = "Ask the last caller of the night how their '
                                     'evening is going, and mean it."', 'text = "   "'),
                   "text is empty"),
    "invalid TOML": (TEAM_PACK.replace('[pack]', '[pack'), "not valid TOML"),
    "missing [pack]": (TEAM_PACK.split("\n", 4)[4],
                       "missing [pack]"),
    "clash with core": (TEAM_PACK.replace('id = "night-owls-2"', 'id = "make-a-difference-1"'),
                        "'make-a-difference-1' is already used by pack 'core'"),
    "built-in pack name": (TEAM_PACK.replace('name = "night-owls"', 'name = "core"'),
                           "belongs to a built-in pack"),
    "unknown kind": (TEAM_PACK.replace('kind = "challenge"', 'kind = "joke"'), "kind must be"),
    "unknown field": (TEAM_PACK.replace('kind = "challenge"', 'kind = "challenge"\nmood = "x"'),
                      "unknown field"),
    "no prompts": (TEAM_PACK.split("[[prompt]]")[0], "no [[prompt]]"),
    "bad id": (TEAM_PACK.replace('id = "night-owls-2"', 'id = "Night Owls 2"'),
               "lowercase letters"),
}


@pytest.mark.parametrize(("text", "says"), BAD_PACKS.values(), ids=list(BAD_PACKS))
def test_bad_pack_is_refused_with_the_reason(care_home: Path, tmp_path: Path, text: str,
                                             says: str) -> None:
    ok("today")
    source = write_pack(tmp_path, text, "bad.toml")
    fails(care_home, "prompts", "add", str(source), says=says)
    assert all(p["name"] != "night-owls" or p["builtin"]
               for p in json.loads(ok("prompts", "packs", "--json"))["packs"])
    assert not (care_home / "packs").exists() or not list((care_home / "packs").iterdir())


def test_missing_pack_file_is_one_line(care_home: Path, tmp_path: Path) -> None:
    fails(care_home, "prompts", "add", str(tmp_path / "nope.toml"), says="no such file")
