"""Every test gets its own empty data folder, so no test can touch a real journal; and
the helpers that run commands the way `carecli.cli.app.run` does."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from carecli.launch import run


@pytest.fixture(autouse=True)
def care_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "care-home"
    monkeypatch.setenv("CARECLI_HOME", str(home))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    yield home


def snapshot_files(home: Path) -> dict[str, bytes]:
    """Every file under the data folder with its bytes, to prove a failure changed nothing."""
    if not home.exists():
        return {}
    return {str(p.relative_to(home)): p.read_bytes() for p in sorted(home.rglob("*"))
            if p.is_file() and p.name not in DERIVED_FILES}


# Not user data: the lock file, and the compiled settings/prompts that any command may
# (re)build from config.toml and the packs.
DERIVED_FILES = ("journal.lock", "card-cache.bin")


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def care(*args: str, input: str | None = None) -> Outcome:
    """Run a command line through `carecli.launch.run`, the real single exit point, with
    `input` as stdin (not a terminal): its exit code and what it printed."""
    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.StringIO(input or "")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(list(args))
    finally:
        sys.stdin = stdin
    return Outcome(code, out.getvalue(), err.getvalue())


def ok(*args: str, input: str | None = None) -> str:
    outcome = care(*args, input=input)
    assert outcome.exit_code == 0, outcome
    return outcome.stdout


def untag(text: str, schema: str = "carecli.entry/1") -> dict[str, object]:
    """A JSON document without its schema tag, after checking the tag."""
    data = json.loads(text)
    assert data.pop("schema") == schema, data
    return dict(data)


def killed_at_second_month(monkeypatch: pytest.MonkeyPatch, *args: str,
                           input: str | None = None) -> Outcome:
    """Run a command line that is killed (Ctrl-C) as it writes its second month file, as a
    crash between two months would leave it; the store works normally again afterwards."""
    from carecli.journal.store import Journal

    real = Journal._write_month
    calls: list[object] = []

    def killed(self: Journal, *rest: object) -> None:
        calls.append(rest)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real(self, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "_write_month", killed)
    try:
        return care(*args, input=input)
    finally:
        monkeypatch.setattr(Journal, "_write_month", real)
