"""Shell completion knows carecli's values, in each shell Typer serves: theme ids,
channels, setting names, shells, installed packs and recent entry ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import care, ok


def completes(monkeypatch: pytest.MonkeyPatch, shell: str, line: str) -> list[str]:
    """The values a shell gets for `line` (the last word is the one being typed)."""
    monkeypatch.setenv("_CARECLI_COMPLETE", f"complete_{shell}")
    words = line.split(" ")
    if shell == "bash":
        monkeypatch.setenv("COMP_WORDS", line)
        monkeypatch.setenv("COMP_CWORD", str(len(words) - 1))
    else:
        monkeypatch.setenv("_TYPER_COMPLETE_ARGS", line)
        monkeypatch.setenv("_TYPER_COMPLETE_FISH_ACTION", "get-args")
        monkeypatch.setenv("_TYPER_COMPLETE_WORD_TO_COMPLETE", words[-1])
    outcome = care()
    monkeypatch.delenv("_CARECLI_COMPLETE")
    assert outcome.exit_code == 0 and outcome.stderr == "", outcome
    out = outcome.stdout
    if shell == "zsh":  # _arguments '*: :(("value":"help" ...))'
        import re
        return re.findall(r'^\(?\(?"([^"]*)"', out.split("((", 1)[-1], re.M) if "((" in out \
            else []
    if shell == "fish":
        return [line.split("\t")[0] for line in out.splitlines()]
    if shell == "powershell":
        return [line.split(":::")[0] for line in out.splitlines()]
    return out.split()


SHELLS = ("bash", "zsh", "fish", "powershell")


@pytest.mark.parametrize("shell", SHELLS)
def test_theme_ids_complete_from_a_prefix(shell: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = completes(monkeypatch, shell, "carecli win Sorted it --theme emp")
    assert found == ["empathy-first"]
    every = completes(monkeypatch, shell, "carecli journal edit abc --theme ")
    assert "follow-through" in every and len(every) >= 8


@pytest.mark.parametrize("shell", SHELLS)
def test_channels_settings_and_shells_complete(shell: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert completes(monkeypatch, shell, "carecli win x --channel ch") == ["chat"]
    assert completes(monkeypatch, shell, "carecli config set roll") == ["rollover_hour"]
    assert "workdays" in completes(monkeypatch, shell, "carecli config unset ")
    assert completes(monkeypatch, shell, "carecli shell-init f") == ["fish"]


@pytest.mark.parametrize("shell", SHELLS)
def test_recent_entry_ids_complete(shell: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for text in ("Sorted the refund", "Calmed a caller"):
        ok("win", text)
    ids = [line.split('"id": "')[1][:8] for line in ok("journal", "list", "--json")
           .splitlines()]
    assert sorted(completes(monkeypatch, shell, "carecli journal show ")) == sorted(ids)
    assert completes(monkeypatch, shell, f"carecli journal delete {ids[0][:3]}")[:1] == \
        [i for i in ids if i.startswith(ids[0][:3])][:1]


def test_installed_packs_complete(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pack = tmp_path / "night-team.toml"
    pack.write_text('[pack]\nname = "night-team"\ntitle = "Night team"\n\n[[prompt]]\n'
                    'id = "night-team-1"\ntheme = "team-number-ten"\nkind = "intention"\n'
                    'text = "Ask one caller what would have made their call easier."\n',
                    encoding="utf-8")
    ok("prompts", "add", str(pack))
    for shell in SHELLS:
        assert completes(monkeypatch, shell, "carecli prompts remove n") == ["night-team"]


def test_a_damaged_journal_completes_nothing_and_prints_no_traceback(
        monkeypatch: pytest.MonkeyPatch, care_home: Path) -> None:
    ok("win", "Sorted the refund")
    for month in (care_home / "journal").glob("*.json"):
        month.write_bytes(b"\xff not json")
    assert completes(monkeypatch, "bash", "carecli journal show ") == []
