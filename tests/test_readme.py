"""Every example in the README runs as shown.

Each `carecli ...` line of the README's fenced bash blocks (and each `$ carecli ...` of its
console blocks) is run by bash, in the order the README gives them, in one new HOME (so
`~/TeamDrop/` and the platform's data folder are the user's own), in a terminal (a pty),
so the forms and questions work as for a person (see `_answer`). Each must exit 0.

What a reader would have is set up first: two wins from a week ago, eleven colleagues'
summaries in the drop folder (a team of twelve), a jrnl export, and the README's example
pack saved as the file it names; the README's example entry id `3fk2` becomes a real
win's from last week. Not run: the two install commands at the top (the suite is the
second one), and the `sudo`/PowerShell set-up of a shared folder.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from conftest import ok

README = Path(__file__).resolve().parents[1] / "README.md"
BIN = Path(sys.executable).parent
EXAMPLE_ID = "3fk2"
NOT_RUN = ("python3 -m venv", "sudo ", ".venv/bin/python benchmarks/")


def blocks(text: str) -> list[tuple[str, list[str]]]:
    """The fenced blocks: (language, lines)."""
    found = []
    for match in re.finditer(r"^```(\w*)\n(.*?)^```", text, re.M | re.S):
        found.append((match.group(1), match.group(2).splitlines()))
    return found


def examples(text: str) -> list[str]:
    """The carecli command lines of the README, continuation lines joined."""
    lines: list[str] = []
    for language, body in blocks(text):
        if language == "console":
            lines += [line[2:] for line in body if line.startswith("$ carecli")]
            continue
        if language != "bash":
            continue
        joined = "\n".join(body).replace("\\\n", " ")
        lines += [line for line in joined.splitlines() if line.startswith("carecli")]
    return lines


def example_pack(text: str) -> tuple[str, str]:
    """The README's example pack (its name, its TOML)."""
    for language, body in blocks(text):
        if language == "toml" and body and body[0] == "[pack]":
            toml = "\n".join(body) + "\n"
            name = re.search(r'^name = "([^"]+)"', toml, re.M)
            assert name, "the example pack has no name"
            return name.group(1), toml
    raise AssertionError("the README shows no example pack")


def in_terminal(line: str, env: dict[str, str], cwd: Path, timeout: float = 30) -> tuple[int, str]:
    """Run `line` with bash in a pty of 100x30, answering as a willing reader (see
    `_answer`) until it ends. Its exit code and what it printed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: never returns
        os.chdir(cwd)
        os.execve("/bin/bash", ["bash", "-c", line], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    output = bytearray()
    started = time.monotonic()
    typed = False
    last_key = started
    seen = 0
    status = None
    while time.monotonic() - started < timeout:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            output += chunk
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - last_key > (0.3 if typed else 0.6):
            os.write(fd, _answer(bytes(output[seen:]), typed))
            typed, last_key, seen = True, time.monotonic(), len(output)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
        raise AssertionError(f"{line!r} did not end within {timeout} s:\n{output.decode()}")
    while True:  # what is left to read
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.close(fd)
    assert status is not None
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def _answer(new_output: bytes, typed: bool) -> bytes:
    """A yes/no question is answered yes; the first question gets a line of text (a
    form's first field); anything else gets Enter (a choice's default)."""
    if re.search(rb"[\[(][yY]/[nN][\])]", new_output):
        return b"y\r"
    return b"\r" if typed else b"Kept a caller calm\r"


@pytest.mark.skipif(sys.platform == "win32", reason="a pty and bash")
def test_every_readme_example_runs_as_shown(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    text = README.read_text(encoding="utf-8")
    home = tmp_path / "home"
    (home / ".config" / "fish").mkdir(parents=True)  # where a fish user has it
    work = tmp_path / "work"
    work.mkdir()
    name, toml = example_pack(text)
    (work / f"{name}.toml").write_text(toml, encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CARECLI_", "XDG_", "PYTEST", "COLUMNS"))}
    env.update(HOME=str(home), PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
               EDITOR="true", VISUAL="true", TERM="xterm", NO_COLOR="1",
               PROFILE=str(home / "profile.ps1"))
    # An agent with a week behind them, so that last week's summary has wins to pick from.
    for days, text_ in ((7, "Rebooked a cancelled delivery"), (8, "Found a missing payment")):
        code, output = in_terminal(f'carecli win "{text_}" --at "{days} days ago"', env, work)
        assert code == 0, output
    team_drop(home / "TeamDrop", monkeypatch)  # the lead's team: 11 colleagues' summaries
    readers_files(work, env)
    ran = 0
    for line in examples(text):
        if line.startswith(NOT_RUN):
            continue
        if EXAMPLE_ID in line:
            line = line.replace(EXAMPLE_ID, newest_id(env, work))
        code, output = in_terminal(line, env, work)
        assert code == 0, f"README example failed ({code}): {line}\n{output}"
        ran += 1
    assert ran >= 40, f"only {ran} README examples found"


def team_drop(drop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Eleven colleagues who each logged a few wins last week, suggested a prompt and
    exported with it into the drop: with the reader, a team of twelve."""
    for n in range(11):
        monkeypatch.setenv("CARECLI_HOME", str(drop.parent / "team" / f"agent{n}"))
        for day in range(7, 7 + 2 + n % 3):
            ok("win", f"Sorted a stuck refund, case {n}-{day}", "--at", f"{day} days ago",
               "--theme", "empathy-first", "--impact", str(2 + n % 4))
        ok("prompts", "suggest", f"Ask one caller today what would have made it easier ({n})")
        ok("export", "--suggestions", "--yes", "-o", f"{drop}/")
    monkeypatch.delenv("CARECLI_HOME")


def readers_files(work: Path, env: dict[str, str]) -> None:
    """What a reader brings: a jrnl export (README: `jrnl --export json > jrnl.json`)."""
    (work / "jrnl.json").write_text(json.dumps({"tags": {"@refund": 1}, "entries": [
        {"title": "Found the lost parcel.", "body": "Rebooked it for Friday.",
         "date": "2026-11-20", "time": "14:05", "tags": ["@refund"], "starred": True}]}),
        encoding="utf-8")


def newest_id(env: dict[str, str], cwd: Path) -> str:
    import datetime

    week_ago = (datetime.date.today() - datetime.timedelta(days=7)).isoformat()
    newest = ["carecli", "journal", "list", "--json", "--kind", "win", "-n", "1",
              "--until", week_ago]  # a win of last week, the period `export` shares
    done = subprocess.run(newest, env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=60, check=True)
    return str(json.loads(done.stdout)["id"])


def test_the_readme_has_no_example_this_test_cannot_see() -> None:
    """A `carecli` line outside a fenced block would escape the test above."""
    text = README.read_text(encoding="utf-8")
    outside = re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)
    assert not [line for line in outside.splitlines() if line.startswith("carecli ")]
    assert shutil.which("bash")
