"""The JSON contract: every JSON document a command prints carries a schema tag, and the
keys scripts rely on (README "JSON output") are exactly these. Changing a key set means a
new schema version, and this test says so."""

from __future__ import annotations

import json

import pytest

from conftest import care, ok

ENTRY = {"schema", "id", "kind", "at", "shift_day", "text", "theme", "tags", "impact",
         "channel", "energy", "well", "hard", "tomorrow", "prompt"}
STANDING = {"verdict", "wins_to_beat", "points_to_beat"}
CONTRACT: dict[str, tuple[str, set[str]]] = {
    "today": ("carecli.card/1", {"schema", "shift_day", "is_today", "first_run", "prompt",
                                 "yesterday", "target", "today", "standing", "streak",
                                 "intention"}),
    "progress": ("carecli.progress/1", {
        "schema", "shift_day", "today", "yesterday", "best_day", "vs_yesterday", "vs_best",
        "new_best", "standing", "message", "streak", "trend_7", "trend_30", "window_days",
        "window", "heatmap", "themes", "untouched", "energy"}),
    "win": ("carecli.entry/1", ENTRY | {"standing"}),
    "reflect": ("carecli.entry/1", ENTRY | {"standing"}),
    "prompts list": ("carecli.prompts/1", {"schema", "prompts"}),
    "prompts show": ("carecli.prompt/1", {"schema", "id", "theme", "kind", "text", "evening",
                                          "pack"}),
    "prompts themes": ("carecli.themes/1", {"schema", "themes"}),
    "prompts packs": ("carecli.packs/1", {"schema", "packs"}),
    "prompts suggest --list": ("carecli.suggestions/1", {"schema", "suggestions"}),
    "off --list": ("carecli.off-days/1", {"schema", "days"}),
    "lift": ("carecli.lift/1", {"schema", "reframe", "win", "log"}),
    "config show": ("carecli.settings/1", {"schema", "name", "rollover_hour", "workdays",
                                           "scrub_always", "scrub_keep", "channels",
                                           "shift", "scrub_on_capture"}),
    "backup": ("carecli.backup/1", {"schema", "carecli", "created", "entries", "off_days",
                                    "settings", "packs", "card_state", "pseudonym"}),
}
COMMAND_LINES = {
    "today": ["today", "--json"],
    "progress": ["progress", "--json"],
    "win": ["win", "Sorted a refund", "--impact", "4", "--json"],
    "reflect": ["reflect", "--energy", "3", "--json"],
    "prompts list": ["prompts", "list", "--json"],
    "prompts show": ["prompts", "show", "make-a-difference-1", "--json"],
    "prompts themes": ["prompts", "themes", "--json"],
    "prompts packs": ["prompts", "packs", "--json"],
    "prompts suggest --list": ["prompts", "suggest", "--list", "--json"],
    "off --list": ["off", "--list", "--json"],
    "lift": ["lift", "--json"],
    "config show": ["config", "show", "--json"],
    "backup": ["backup", "-"],
}


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_every_json_document_is_tagged_and_keeps_its_keys(name: str) -> None:
    ok("win", "Calmed a worried caller", "--at", "2h ago")
    schema, keys = CONTRACT[name]
    data = json.loads(ok(*COMMAND_LINES[name]))
    assert data["schema"] == schema
    assert set(data) == keys
    if "standing" in keys and data["standing"] is not None:
        assert set(data["standing"]) == STANDING


def test_json_lines_are_tagged_too() -> None:
    ok("win", "Calmed a worried caller")
    for line in ok("journal", "list", "--json").splitlines():
        assert set(json.loads(line)) == ENTRY
        assert json.loads(line)["schema"] == "carecli.entry/1"
    scrubbed = care("scrub", "--jsonl", input='{"id": "a", "text": "call 07700 900123"}\n')
    assert json.loads(scrubbed.stdout)["schema"] == "carecli.scrubbed/1"


def test_an_exported_backup_imports_again() -> None:
    """The tag on each line does not stop `journal import` reading its own export."""
    ok("win", "Calmed a worried caller", "--at", "2h ago")
    backup = ok("journal", "list", "--json")
    outcome = care("journal", "import", "-", input=backup)
    assert outcome.exit_code == 0 and "already" in outcome.stdout
    wrong = backup.replace("carecli.entry/1", "carecli.entry/9")
    refused = care("journal", "import", "-", input=wrong)
    assert refused.exit_code == 1 and "carecli.entry/9" in refused.stderr
