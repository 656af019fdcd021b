"""Bad input the reliability review found (F8, F10-F12, F14): each is refused in one line,
and nothing is stored that could not be read back."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import care, ok, snapshot_files


def entry(**fields: object) -> str:
    base = {"id": "abcd2345", "kind": "win", "at": "2026-11-20T10:00:00+00:00",
            "shift_day": "2026-11-20", "text": "x", "impact": 3}
    return json.dumps(base | fields) + "\n"


def refused_import(care_home: Path, text: str, why: str) -> None:
    ok("win", "already here")
    before = snapshot_files(care_home)
    outcome = care("journal", "import", "-", input=text)
    assert outcome.exit_code == 1 and outcome.stderr.count("\n") == 1, outcome
    assert why in outcome.stderr, outcome.stderr
    assert snapshot_files(care_home) == before
    assert care("journal", "list").exit_code == 0  # the journal still reads


def test_f8_an_id_that_changes_when_lower_cased_is_refused(care_home: Path) -> None:
    refused_import(care_home, entry(id="İ"), "ASCII letters and digits")


def test_f10_a_year_one_timestamp_is_refused(care_home: Path) -> None:
    refused_import(care_home, entry(at="0001-01-01T01:00:00+00:00", shift_day="0001-01-01"),
                   "from 1970")


def test_f11_a_lone_surrogate_is_refused(care_home: Path) -> None:
    refused_import(care_home, '{"id": "abcd2345", "kind": "win", "at": '
                   '"2026-11-20T10:00:00+00:00", "shift_day": "2026-11-20", '
                   '"text": "\\ud800", "impact": 3}\n', "not text")
    for args in (["win", "bad \udcff"], ["win", "ok", "--tag", "\udcff"],
                 ["reflect", "--well", "\udcff"]):
        outcome = care(*args)
        assert outcome.exit_code == 1 and "not text" in outcome.stderr, (args, outcome)


def test_f12_a_deeply_nested_pack_is_refused(care_home: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text('[pack]\nname = "x"\ny = ' + "[" * 5000 + "]" * 5000 + "\n",
                    encoding="utf-8")
    outcome = care("prompts", "add", str(deep))
    assert outcome.exit_code == 1 and "deep.toml" in outcome.stderr
    assert outcome.stderr.count("\n") == 1


def test_f14_a_pack_name_with_a_newline_is_refused(care_home: Path, tmp_path: Path) -> None:
    pack = tmp_path / "nl.toml"
    pack.write_text('[pack]\nname = "evil\\n"\ntitle = "x"\n\n[[prompt]]\nid = "evil-1"\n'
                    'theme = "team-number-ten"\nkind = "challenge"\ntext = "Ask."\n',
                    encoding="utf-8")
    outcome = care("prompts", "add", str(pack))
    assert outcome.exit_code == 1 and "lowercase letters" in outcome.stderr
    assert not (care_home / "packs").exists() or not any((care_home / "packs").iterdir())


def test_small_newcomer_trips_are_gone() -> None:
    """-V prints the version, `journal list --format json` is --json, and a British
    spelling of a theme id is understood."""
    from carecli import __version__

    assert ok("-V").strip() == f"carecli {__version__}"
    ok("win", "Heard a caller out", "--theme", "drop-the-defence")
    assert ok("journal", "list", "--format", "json") == ok("journal", "list", "--json")
    assert '"theme": "drop-the-defense"' in ok("journal", "list", "--json")


def test_piped_tables_have_no_trailing_spaces() -> None:
    ok("win", "Heard a caller out", "--theme", "empathy")
    for args in (("config", "show"), ("prompts", "packs"), ("prompts", "themes")):
        out = ok(*args)
        assert [line for line in out.splitlines() if line != line.rstrip()] == [], args
