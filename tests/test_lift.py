"""`carecli lift`: a reframe for the hard contact, one of the agent's own wins (the best
first, never the same twice in a row), the line to log how it went; fast, and `care lift`
from every shell snippet."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from carecli.card.snapshot import PromptInfo
from carecli.cli import lift
from carecli.core.settings import Settings
from conftest import ok
from test_startup import loaded_of, modules_of

DAY = date(2026, 11, 20)


def entry(wid: str, impact: int, theme: str | None, days_ago: int = 0) -> lift.Win:
    return lift.Win(wid, f"win {wid}", impact, theme, DAY - timedelta(days=days_ago))


def reframe(pid: str, theme: str = "empathy-first", tags: tuple[str, ...] = (),
            channel: str = "", kind: str = "reframe") -> PromptInfo:
    return PromptInfo(pid, theme, kind, f"text {pid}", "", "core", tags, channel)


def lift_json() -> dict[str, object]:
    data = json.loads(ok("lift", "--json"))
    assert data.pop("schema") == "carecli.lift/1"
    return dict(data)


# ---- the choices -------------------------------------------------------------------------

def test_wins_come_best_group_first_and_never_twice_in_a_row() -> None:
    wins = [entry("low-same", 2, "follow-through"), entry("high-other", 5, "empathy-first", 3),
            entry("high-same", 4, "follow-through", 9), entry("high-same-2", 5,
                                                              "follow-through", 1)]
    state = lift.LiftState()
    picks = [lift.pick_win(wins, "follow-through", state) for _ in range(6)]
    ids = [w.id for w in picks if w is not None]
    # impact 4-5 under the reframe's theme, newest first, taking turns
    assert ids == ["high-same-2", "high-same", "high-same-2", "high-same", "high-same-2",
                   "high-same"]
    assert lift.win_group(wins[1], "follow-through") == 1
    assert lift.win_group(wins[0], "follow-through") == 2
    assert lift.win_group(wins[0], None) == 3


def test_a_lone_best_win_alternates_with_the_next_group() -> None:
    wins = [entry("best", 5, "follow-through"), entry("other", 5, "extra-mile", 2),
            entry("small", 1, None, 4)]
    state = lift.LiftState()
    ids = [w.id for w in (lift.pick_win(wins, "follow-through", state) for _ in range(4)) if w]
    assert ids == ["best", "other", "best", "other"]
    single = lift.LiftState()
    only = [entry("only", 3, None)]
    assert [lift.pick_win(only, None, single) for _ in range(2)] == only * 2
    assert lift.pick_win([], None, lift.LiftState()) is None


def test_reframes_for_a_hard_contact_first_then_all_before_a_repeat() -> None:
    pool = [reframe("plain-1"), reframe("hard-1", tags=("distress",)),
            reframe("phone-1", theme="difficult-customers", channel="phone"),
            reframe("theme-1", theme="difficult-customers"), reframe("plain-2"),
            reframe("not-a-reframe", kind="intention"), reframe("hard-2", tags=("difficult",))]
    state = lift.LiftState()
    chat = Settings(channels=("chat",))
    order = [p.id for p in (lift.pick_reframe(pool, chat, state) for _ in range(6)) if p]
    assert set(order[:2]) == {"hard-1", "hard-2"}
    assert order[2:4] == ["theme-1", "phone-1"]  # the chat agent's fitting one first
    assert set(order[4:]) == {"plain-1", "plain-2"}
    again = lift.pick_reframe(pool, chat, state)
    assert again is not None and again.id != order[-1] and again.id in {"hard-1", "hard-2"}
    assert lift.pick_reframe([reframe("x", kind="intention")], chat, state) is None


# ---- the command -------------------------------------------------------------------------

def test_lift_shows_a_hard_contact_reframe_a_best_win_and_the_log_line(
        care_home: Path) -> None:
    ok("win", "Small fix", "--impact", "2", "--at", "2h ago")
    ok("win", "Calmed a caller whose flight was cancelled", "--impact", "5", "--at", "3h ago")
    first = lift_json()
    assert set(first) == {"reframe", "win", "log"}
    from carecli.card import snapshot

    hard = {p.id for p in snapshot.load(str(care_home)).prompts
            if p.kind == "reframe" and lift.HARD_TAGS & set(p.tags)}
    assert hard, "the shipped pack has reframes tagged for a hard contact"
    assert first["reframe"]["id"] in hard  # type: ignore[index]
    assert first["win"]["impact"] == 5  # type: ignore[index]
    theme = first["reframe"]["theme"]  # type: ignore[index]
    assert first["log"] == f'carecli win "How it went, in a line" --theme {theme}'
    second, third = lift_json(), lift_json()
    assert second["win"]["impact"] == 2  # type: ignore[index]  # never twice in a row
    assert third["win"]["impact"] == 5  # type: ignore[index]
    assert len({d["reframe"]["id"] for d in (first, second, third)}) == 3  # type: ignore[index]
    assert (care_home / "lift-state.bin").is_file()

    text = ok("lift")
    assert "· reframe" in text and "impact" in text
    log = text.splitlines()[-1].strip()
    assert log.startswith("carecli win ")
    saved = ok(*shlex.split(log)[1:])  # the printed line works as typed
    assert "Saved win" in saved


def test_older_days_offer_their_high_point_recent_days_every_win() -> None:
    from datetime import datetime

    from carecli.core import rules

    today = rules.shift_day(datetime.now().astimezone(), 4)
    old = today - timedelta(days=lift.RECENT_DAYS + 30)
    ok("win", "Old small one", "--impact", "2", "--at", f"{old} 11:00")
    ok("win", "Old high point", "--impact", "5", "--at", f"{old} 12:00")
    ok("win", "Recent modest one", "--impact", "3", "--at", "1h ago")
    shown = [lift_json()["win"]["text"] for _ in range(4)]  # type: ignore[index]
    assert shown == ["Old high point", "Recent modest one"] * 2


def test_lift_with_an_empty_journal_and_a_damaged_state_file(care_home: Path) -> None:
    care_home.mkdir(parents=True)
    (care_home / "lift-state.bin").write_bytes(b"\x00not marshal")
    data = lift_json()
    assert data["win"] is None and data["reframe"] is not None
    assert "No wins in your journal yet" in ok("lift")


def test_lift_imports_only_what_it_needs(tmp_path: Path) -> None:
    ok("win", "Calmed a worried caller", "--impact", "5")
    ok("today")  # the compiled snapshot exists, as on any shift after the first
    code, modules, stdout = modules_of(tmp_path, "lift")
    assert code == 0 and "reframe" in stdout
    assert "carecli.cli.lift" in modules
    assert loaded_of(modules, ("questionary", "prompt_toolkit", "rich", "tinydb", "tomllib",
                               "tomli_w", "pygal", "dateparser", "carecli.render",
                               "carecli.config", "carecli.prompts", "carecli.scrub",
                               "carecli.share", "carecli.cli.capture")) == []


# ---- `care lift` from the shell snippets ---------------------------------------------------

def shell_env(care_home: Path) -> dict[str, str]:
    bin_dir = Path(sys.executable).parent
    return dict(os.environ, CARECLI_HOME=str(care_home), NO_COLOR="1",
                PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")


SCRIPTS = {  # a startup file that loads the snippet as its README line does, then `care lift`
    "bash": ("bash", "shopt -s expand_aliases\nsource <(carecli shell-init bash)\n"),
    "zsh": ("zsh", "source <(carecli shell-init zsh)\n"),
    "fish": ("fish", "carecli shell-init fish | source\n"),
    "pwsh": ("pwsh", "Invoke-Expression (carecli shell-init powershell | Out-String)\n"),
}


@pytest.mark.parametrize("shell", sorted(SCRIPTS))
def test_care_lift_works_from_the_snippet(care_home: Path, tmp_path: Path,
                                          shell: str) -> None:
    program, setup = SCRIPTS[shell]
    if shutil.which(program) is None:
        pytest.skip(f"needs {shell}")
    # A script file, read command by command as a startup file is (zsh parses a whole
    # `-c` string before running it, so an alias defined in it would not apply).
    script = tmp_path / ("start.ps1" if shell == "pwsh" else f"start.{shell}")
    script.write_text(setup + "care lift\n", encoding="utf-8")
    args = [program, "-NoProfile", "-File", str(script)] if shell == "pwsh" else [
        program, str(script)]
    result = subprocess.run(args, env=shell_env(care_home), capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "· reframe" in result.stdout and "carecli win" in result.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish", "powershell"])
def test_every_snippet_passes_arguments_to_care(shell: str) -> None:
    """Where no such shell is installed, the snippet's `care` is still an alias/function
    that hands its arguments to carecli, which is what `care lift` needs."""
    snippet = ok("shell-init", shell)
    assert "care lift" in snippet
    assert {"bash": "alias care='carecli'", "zsh": "alias care='carecli'",
            "fish": "alias care carecli",
            "powershell": "Set-Alias -Name care -Value carecli"}[shell] in snippet.splitlines()
