"""Where carecli keeps its files. CARECLI_HOME moves all of them at once."""

from __future__ import annotations

import os
from pathlib import Path

HOME_VARIABLE = "CARECLI_HOME"


def home() -> Path:
    """The data folder: $CARECLI_HOME, or the platform's per-user data folder."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser()
    # Imported here so that runs with CARECLI_HOME set (tests, benchmarks) skip it.
    from platformdirs import user_data_dir

    return Path(user_data_dir("carecli", appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create a folder (and missing parents) readable by the owner only."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def config_file(base: Path) -> Path:
    return base / "config.toml"


def journal_dir(base: Path) -> Path:
    return base / "journal"


def packs_dir(base: Path) -> Path:
    return base / "packs"


def state_file(base: Path) -> Path:
    """Small bookkeeping for the card: prompt rotation and the once-per-shift mark."""
    return base / "state.json"


def builtin_prompts_dir() -> Path:
    """The shipped prompt packs: inside the wheel, or top-level in a source checkout."""
    packaged = Path(__file__).parent / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "prompts"
