"""`carecli shell-init SHELL`: the snippet that shows the card once per shift day."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import care, ok


@pytest.mark.parametrize(("shell", "alias_line"), [
    ("bash", "alias care='carecli'"),
    ("zsh", "alias care='carecli'"),
    ("fish", "alias care carecli"),
    ("powershell", "Set-Alias -Name care -Value carecli"),
    ("pwsh", "Set-Alias -Name care -Value carecli"),
])
def test_every_shell_gets_a_once_per_shift_snippet(shell: str, alias_line: str) -> None:
    snippet = ok("shell-init", shell)
    assert "carecli today --once" in snippet
    assert alias_line in snippet.splitlines()  # the short alias, in this shell's own syntax


def test_unknown_shell_is_a_one_line_error() -> None:
    outcome = care("shell-init", "tcsh")
    assert outcome.exit_code == 1
    assert "bash, zsh, fish, powershell" in outcome.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_snippet_shows_the_card_in_the_first_terminal_only(care_home: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, CARECLI_HOME=str(care_home),
               PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    opened = "source <(carecli shell-init bash)"
    # A script or scp that reads the rc file is not a terminal opening: no card there.
    script = subprocess.run(["bash", "-c", opened], env=env, capture_output=True, text=True,
                            timeout=60)
    assert script.returncode == 0 and script.stdout == ""
    first = subprocess.run(["bash", "-i", "-c", opened], env=env, capture_output=True,
                           text=True, timeout=60, stdin=subprocess.DEVNULL)
    second = subprocess.run(["bash", "-i", "-c", opened], env=env, capture_output=True,
                            text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert first.returncode == 0 and "Today," in first.stdout
    assert second.returncode == 0 and second.stdout == ""
