"""Property-based checks: whatever an agent types, it is stored exactly, survives a
backup round trip, and never produces a traceback."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import carecli.cli.journal  # noqa: F401  (registers the journal commands)
from carecli.journal import models
from conftest import care

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
texts = st.text(min_size=1, max_size=120).filter(lambda t: t.strip())
tags = st.lists(st.text(min_size=1, max_size=15).filter(lambda t: t.strip()), max_size=3)


def run(home: Path, *args: str) -> tuple[int, str, str]:
    """A command line against the journal in `home` (each hypothesis example has its own)."""
    before = os.environ["CARECLI_HOME"]
    os.environ["CARECLI_HOME"] = str(home)
    try:
        outcome = care(*args)
    finally:
        os.environ["CARECLI_HOME"] = before
    assert "Traceback" not in outcome.output
    return outcome.exit_code, outcome.stdout, outcome.stderr


def listing(home: Path) -> list[dict[str, object]]:
    code, out, _ = run(home, "journal", "list", "--json")
    assert code == 0
    return [json.loads(line) for line in out.split("\n") if line]


@SETTINGS
@given(text=texts, tag_values=tags, impact=st.integers(1, 5))
def test_win_text_and_tags_round_trip_through_list_and_import(
        text: str, tag_values: list[str], impact: int) -> None:
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        tag_args = [a for t in tag_values for a in ("--tag", t)]
        code, _, err = run(Path(first), "win", "--impact", str(impact), *tag_args, "--", text)
        assert code == 0, err
        stored = listing(Path(first))
        assert [e["text"] for e in stored] == [text]
        # Tags in their one stored form, the #tags of the text after those of --tag.
        assert stored[0]["tags"] == list(models.clean_tags([*tag_values,
                                                            *models.inline_tags(text)]))
        backup = Path(first) / "backup.jsonl"
        backup.write_text("".join(json.dumps(e) + "\n" for e in stored), encoding="utf-8")
        code, _, err = run(Path(second), "journal", "import", str(backup))
        assert code == 0, err
        assert listing(Path(second)) == stored


@SETTINGS
@given(original=texts, replacement=texts)
def test_edit_stores_the_new_text_exactly(original: str, replacement: str) -> None:
    with tempfile.TemporaryDirectory() as home:
        assert run(Path(home), "win", "--", original)[0] == 0
        entry_id = str(listing(Path(home))[0]["id"])
        code, _, err = run(Path(home), "journal", "edit", entry_id, "--text", replacement)
        assert code == 0, err
        assert [e["text"] for e in listing(Path(home))] == [replacement]


@SETTINGS
@given(impact=st.text(max_size=8), theme=st.text(max_size=20), channel=st.text(max_size=12),
       at=st.text(max_size=25))
def test_arbitrary_flag_values_fail_cleanly_or_succeed(
        impact: str, theme: str, channel: str, at: str) -> None:
    with tempfile.TemporaryDirectory() as home:
        code, _, err = run(Path(home), "win", "--impact", impact, "--theme", theme,
                           "--channel", channel, "--at", at, "--", "Helped someone")
        assert code in (0, 1, 2)
        if code == 1:
            assert err.startswith("carecli: error: ") and err.count("\n") == 1, err


@SETTINGS
@given(lines=st.lists(st.one_of(st.text(max_size=80), st.dictionaries(
    st.sampled_from(["id", "kind", "at", "shift_day", "text", "impact", "tags", "x"]),
    st.one_of(st.none(), st.integers(), st.text(max_size=10), st.lists(st.integers())),
    max_size=8).map(json.dumps)), min_size=1, max_size=4))
def test_import_of_garbage_is_refused_in_one_line_and_stores_nothing(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as home:
        source = Path(home) / "in.jsonl"
        source.write_text("\n".join(lines), encoding="utf-8")
        code, _, err = run(Path(home), "journal", "import", str(source))
        assert code == 1, err
        assert err.startswith("carecli: error: ") and err.count("\n") == 1, err
        assert not (Path(home) / "journal").exists()
