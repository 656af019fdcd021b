"""Every failure ends as one line and the right exit code, never a traceback: through
`launch.run` (conftest's `care`) and, for some, through the installed `carecli` script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from carecli.journal.store import Journal
from conftest import Outcome, care, ok, snapshot_files

SCRIPT = Path(sys.executable).parent / "carecli"


def script(*args: str, home: Path) -> Outcome:
    env = os.environ | {"CARECLI_HOME": str(home), "NO_COLOR": "1"}
    done = subprocess.run([str(SCRIPT), *args], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    return Outcome(done.returncode, done.stdout, done.stderr)


def one_line(outcome: Outcome, *, code: int = 1, says: str = "") -> str:
    assert outcome.exit_code == code, outcome
    assert "Traceback" not in outcome.output, outcome
    lines = outcome.stderr.splitlines()
    assert len(lines) == 1, outcome
    assert lines[0].startswith("carecli: error:"), outcome
    assert says in lines[0], outcome
    return lines[0]


COMMANDS = [(), ("win", "x"), ("journal", "list")]


@pytest.fixture
def home_is_a_file(care_home: Path) -> Path:
    care_home.write_text("not a folder\n", encoding="utf-8")
    return care_home


@pytest.mark.parametrize("args", COMMANDS)
def test_home_is_a_regular_file(home_is_a_file: Path, args: tuple[str, ...]) -> None:
    one_line(care(*args), says=f"{home_is_a_file} is a file, not a folder")
    assert home_is_a_file.read_text(encoding="utf-8") == "not a folder\n"


@pytest.mark.parametrize("args", COMMANDS)
def test_home_is_a_regular_file_script(home_is_a_file: Path, args: tuple[str, ...]) -> None:
    one_line(script(*args, home=home_is_a_file), says=str(home_is_a_file))


def test_below_a_regular_file(home_is_a_file: Path) -> None:
    one_line(script("win", "x", home=home_is_a_file / "sub"), says=str(home_is_a_file))


ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(ROOT, reason="root ignores permissions; see the os.replace test below")
@pytest.mark.parametrize("args", [("win", "x"), ("config", "set", "name", "Bob")])
def test_read_only_home(care_home: Path, args: tuple[str, ...]) -> None:
    ok("config", "set", "name", "Sam")
    ok("win", "First", "--at", "2026-11-20 10:00")
    before = snapshot_files(care_home)
    folders = [care_home, *(p for p in care_home.rglob("*") if p.is_dir())]
    for folder in folders:
        folder.chmod(0o500)
    try:
        one_line(care(*args), says="ermission denied")
        one_line(script(*args, home=care_home), says="ermission denied")
    finally:
        for folder in folders:
            folder.chmod(0o700)
    assert snapshot_files(care_home) == before


@pytest.mark.skipif(ROOT, reason="root ignores permissions")
def test_home_inside_a_read_only_folder(tmp_path: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir(mode=0o500)
    try:
        one_line(script("win", "x", home=parent / "home"), says="ermission denied")
    finally:
        parent.chmod(0o700)


@pytest.mark.parametrize("args", [("win", "x"), ("config", "set", "name", "Bob")])
def test_cannot_replace_files(care_home: Path, monkeypatch: pytest.MonkeyPatch,
                              args: tuple[str, ...]) -> None:
    """What a read-only folder does to every write (simulated: it also runs as root)."""
    ok("config", "set", "name", "Sam")
    ok("win", "First", "--at", "2026-11-20 10:00")
    before = snapshot_files(care_home)

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied", dst)

    monkeypatch.setattr(os, "replace", refuse)
    one_line(care(*args), says="Permission denied")
    assert snapshot_files(care_home) == before
    assert not [p for p in care_home.rglob("*.tmp")]


@pytest.fixture
def damaged_month(care_home: Path) -> Path:
    ok("win", "Found the lost parcel", "--at", "2026-11-20 10:00")
    month = care_home / "journal" / "2026-11.json"
    with month.open("ab") as handle:
        handle.write(b"\xff")
    return month


@pytest.mark.parametrize("args", [("journal", "list"), ("progress",), (),
                                  ("today", "--json", "--date", "2026-11-21"),
                                  ("win", "Another", "--at", "2026-11-21 10:00")])
def test_journal_month_with_a_stray_byte(damaged_month: Path, args: tuple[str, ...]) -> None:
    before = damaged_month.read_bytes()
    one_line(care(*args), says=str(damaged_month))
    assert damaged_month.read_bytes() == before


def test_journal_month_with_a_stray_byte_script(damaged_month: Path, care_home: Path) -> None:
    before = damaged_month.read_bytes()
    for args in (("journal", "list"), ("progress",), ()):
        one_line(script(*args, home=care_home), says=str(damaged_month))
    assert damaged_month.read_bytes() == before


@pytest.mark.parametrize("body", ["[" * 100_000, '{"a":' * 100_000, "[" * 100_000 + "]" * 100_000])
def test_deeply_nested_import(tmp_path: Path, care_home: Path, body: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(body, encoding="utf-8")
    one_line(care("journal", "import", str(path)))
    one_line(script("journal", "import", str(path), home=care_home))
    assert not (care_home / "journal").exists() or not list(
        (care_home / "journal").glob("20*.json"))


def test_recursion_error_anywhere_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def too_deep(self: Journal, *args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(Journal, "add", too_deep)
    one_line(care("win", "x"), says="nested too deeply")


def test_ctrl_c_cancels(monkeypatch: pytest.MonkeyPatch, care_home: Path) -> None:
    def interrupted(self: Journal, *args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Journal, "add", interrupted)
    outcome = care("win", "A win")
    assert outcome.exit_code == 130, outcome
    assert "Cancelled; nothing saved." in outcome.stderr
    assert "Traceback" not in outcome.output
    assert not list(care_home.rglob("20*.json"))


@pytest.mark.parametrize(("args", "says"), [
    (("nosuch",), "No such command 'nosuch'"),
    (("--bogus",), "No such option: --bogus"),
    (("journal", "list", "--bogus"), "No such option: --bogus"),
    (("win", "x", "--impact", "nine"), "Invalid value for '--impact'"),
    (("config", "set", "rollover_hour"), "Missing argument"),
    (("today", "--date"), "Option '--date' requires an argument"),
    (("journal", "list", "--since"), "Option '--since' requires an argument"),
])
def test_bad_usage_is_typers_message_and_exit_2(args: tuple[str, ...], says: str,
                                                care_home: Path) -> None:
    for outcome in (care(*args), script(*args, home=care_home)):
        assert outcome.exit_code == 2, outcome
        assert outcome.stderr.count("Error: ") == 1 and says in outcome.stderr, outcome
        if "requires an argument" not in says:  # Typer shows no usage line for these
            assert "Usage: carecli" in outcome.stderr, outcome
        assert "Traceback" not in outcome.output
