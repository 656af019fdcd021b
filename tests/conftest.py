"""Every test gets its own empty data folder, so no test can touch a real journal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


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
