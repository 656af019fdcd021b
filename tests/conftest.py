"""Every test gets its own empty data folder, so no test can touch a real journal; and
the helpers that run commands the way `carecli.cli.app.run` does."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carecli.cli.app import app, register
from carecli.core.errors import CareError, report


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


runner = CliRunner()
register([])  # every command, as `carecli --help` sees them


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


def care(*args: str) -> Outcome:
    """Run a command as `carecli.cli.app.run` does: a CareError becomes one line and exit 1."""
    result = runner.invoke(app, list(args))
    if isinstance(result.exception, CareError):
        buffer = io.StringIO()
        with contextlib.redirect_stderr(buffer):
            code = report(result.exception)
        return Outcome(code, result.stdout, result.stderr + buffer.getvalue())
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Outcome(result.exit_code, result.stdout, result.stderr)


def ok(*args: str) -> str:
    outcome = care(*args)
    assert outcome.exit_code == 0, outcome
    return outcome.stdout
