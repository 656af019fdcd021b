"""Personal data caught when it is typed (win, reflect, journal edit), `journal scrub`
for what was saved before, and the quick screen that keeps plain notes cheap."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from carecli.scrub import mentions, scrub
from carecli.scrubber import screen
from conftest import care, ok, snapshot_files

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def eval_notes() -> list[str]:
    """The scrubber's evaluation notes: generated, hand-written and both held-out halves."""
    import re

    import scrub_eval
    from scrub_heldout import held_out_notes

    generator = scrub_eval.Generator(scrub_eval.SEED)
    notes = [generator.note().text() for _ in range(800)]
    hand = re.sub(r"\n\s+", " ", scrub_eval.HAND_NOTES).splitlines()
    notes += [scrub_eval.parse_hand(line).text() for line in hand]
    listed = scrub_eval.shipped_names() | scrub_eval.hand_names()
    for half in ("A", "B", "C"):
        notes += [n.text() for n in held_out_notes(half, 400, listed)]
    return notes


def test_the_screen_lets_through_every_note_the_scrubber_would_change() -> None:
    missed = [text for text in eval_notes()
              if scrub(text).findings and not screen.might_hold(text)]
    assert missed == []


def test_the_screen_passes_plain_wins_without_the_scrubber() -> None:
    plain = ["Sorted a refund that had been stuck for a week",
             "Calmed a caller about a lost parcel", "Rebooked a cancelled delivery",
             "Found the missing payment and explained it",
             "Stayed patient with a furious caller"]
    assert [t for t in plain if screen.might_hold(t)] == []
    assert screen.might_hold("Sorted it for Grace") and screen.might_hold("spoke to will")
    assert screen.might_hold("a refund for the Okafor family")
    assert screen.might_hold("helped the colleague", always=["colleague"])


def test_the_common_names_list_is_what_its_sources_say() -> None:
    from carecli.scrubber import lexicon

    shipped = (Path(lexicon._DATA_DIR) / "common_names.txt").read_text(encoding="utf-8")
    lines = [w for w in shipped.splitlines() if w and not w.startswith("#")]
    assert lines == lexicon.Lexicon().common_names(), "run benchmarks/build_common_names.py"


def test_mentions_describes_the_kinds() -> None:
    from carecli.scrub import described

    found = mentions("Called mrs jones back on 07700 900123")
    assert found is not None and found.text == "Called mrs [name 1] back on [phone 1]"
    assert described(found.findings) == "a name and a phone number"
    assert mentions("Sorted a refund that had been stuck for a week") is None


def newest() -> dict[str, object]:
    return dict(json.loads(ok("journal", "list", "--json", "-n", "1")))


def test_a_win_with_personal_data_is_kept_as_typed_with_one_line_outside_a_terminal() -> None:
    outcome = care("win", "Called", "mrs", "jones", "back", "on", "07700", "900123")
    assert outcome.exit_code == 0
    assert outcome.stderr == ("carecli: note: this win mentions a name and a phone number; "
                              "saved as typed (`carecli journal scrub` can scrub it later)\n")
    assert newest()["text"] == "Called mrs jones back on 07700 900123"
    plain = care("win", "Sorted a refund that had been stuck for a week")
    assert plain.exit_code == 0 and plain.stderr == ""


def test_always_keeps_the_scrubbed_text_and_never_does_not_look() -> None:
    ok("config", "set", "scrub_on_capture", "always")
    outcome = care("win", "spoke to Mrs Okafor about 07700 900123", "--json")
    assert outcome.exit_code == 0 and "saved it scrubbed" in outcome.stderr
    assert json.loads(outcome.stdout)["text"] == "spoke to Mrs [name 1] about [phone 1]"
    ok("config", "set", "scrub_on_capture", "never")
    outcome = care("win", "spoke to Mrs Okafor about 07700 900123")
    assert outcome.exit_code == 0 and outcome.stderr == ""
    assert newest()["text"] == "spoke to Mrs Okafor about 07700 900123"


@pytest.mark.parametrize(("answer", "kept"), [("\n", "spoke to Mrs [name 1]"),
                                              ("y\n", "spoke to Mrs [name 1]"),
                                              ("n\n", "spoke to Mrs Okafor")])
def test_in_a_terminal_ask_offers_the_scrubbed_text(
        monkeypatch: pytest.MonkeyPatch, answer: str, kept: str) -> None:
    monkeypatch.setattr("carecli.cli.capturecheck.is_terminal", lambda: True)
    outcome = care("win", "spoke to Mrs Okafor", input=answer)
    assert outcome.exit_code == 0
    assert "scrubbed spoke to Mrs [name 1]" in outcome.stderr
    assert newest()["text"] == kept


def test_end_of_input_at_the_question_saves_nothing(monkeypatch: pytest.MonkeyPatch,
                                                    care_home: Path) -> None:
    ok("win", "Sorted a refund")
    before = snapshot_files(care_home)
    monkeypatch.setattr("carecli.cli.capturecheck.is_terminal", lambda: True)
    outcome = care("win", "spoke to Mrs Okafor", input="")
    assert outcome.exit_code == 130 and "Cancelled; nothing saved." in outcome.stderr
    assert snapshot_files(care_home) == before


def test_reflect_and_journal_edit_are_checked_too() -> None:
    ok("config", "set", "scrub_on_capture", "always")
    outcome = care("reflect", "--energy", "3", "--well", "Helped Mr Okafor on 07700 900123",
                   "--tomorrow", "Breaks on time")
    assert "this reflection mentions a name and a phone number" in outcome.stderr
    saved = newest()
    assert saved["well"] == "Helped Mr [name 1] on [phone 1]"
    assert saved["tomorrow"] == "Breaks on time"
    ok("win", "Sorted a refund")
    win = newest()
    outcome = care("journal", "edit", str(win["id"]), "--text", "Sorted a refund for Mrs Okafor")
    assert outcome.exit_code == 0 and "this win mentions a name" in outcome.stderr
    assert newest()["text"] == "Sorted a refund for Mrs [name 1]"


def test_journal_scrub_previews_scrubs_and_undoes(care_home: Path) -> None:
    ok("config", "set", "scrub_on_capture", "never")
    ok("win", "Called mrs jones back on 07700 900123")
    ok("win", "Sorted a refund that had been stuck for a week")
    before = snapshot_files(care_home)
    dry = ok("journal", "scrub", "--dry-run")
    assert "- Called mrs jones back on 07700 900123" in dry
    assert "+ Called mrs [name 1] back on [phone 1]" in dry
    assert "Dry run: 1 entry would be scrubbed; nothing changed." in dry
    refused = care("journal", "scrub")
    assert refused.exit_code == 1 and "add --yes" in refused.stderr
    assert snapshot_files(care_home) == before
    assert "Scrubbed 1 entry." in ok("journal", "scrub", "--yes")
    texts = [json.loads(line)["text"] for line in ok("journal", "list", "--json").splitlines()]
    assert "Called mrs [name 1] back on [phone 1]" in texts
    assert "Nothing to scrub in 2 entries." in ok("journal", "scrub", "--yes")
    assert "scrub: put back 1 entry as before the scrub" in ok("journal", "undo", "--list")
    assert "back as typed" in ok("journal", "undo")
    assert snapshot_files(care_home).keys() >= {k for k in before if "undo" not in k}
    texts = [json.loads(line)["text"] for line in ok("journal", "list", "--json").splitlines()]
    assert "Called mrs jones back on 07700 900123" in texts
