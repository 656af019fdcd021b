"""Where carecli keeps its files. CARECLI_HOME moves all of them at once.

The shift-start card uses the string form (`home_dir`) so it never imports pathlib.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing itself is too slow to import at shift start

if TYPE_CHECKING:
    from pathlib import Path

HOME_VARIABLE = "CARECLI_HOME"
APP_NAME = "carecli"


def home_dir() -> str:
    """The data folder: $CARECLI_HOME, or the platform's per-user data folder."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return os.path.expanduser(override)
    return _common_data_dir() or _platformdirs_data_dir()


def _common_data_dir() -> str | None:
    """platformdirs' answer for the common Linux and macOS cases, without importing it
    (it costs the card more than the card's own work). None for anything less plain:
    Windows, Android, a relative HOME or XDG_DATA_HOME; platformdirs decides those.
    tests/test_paths.py holds this to platformdirs' own result."""
    home = os.environ.get("HOME", "")
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if not home.startswith("/") or "ANDROID_DATA" in os.environ:
        return None
    if sys.platform == "linux":
        if xdg.startswith("/"):
            return os.path.join(xdg, APP_NAME)
        return None if xdg.strip() else os.path.join(home, ".local", "share", APP_NAME)
    if sys.platform == "darwin" and not xdg:
        return os.path.join(home, "Library", "Application Support", APP_NAME)
    return None


def _platformdirs_data_dir() -> str:
    from platformdirs import user_data_dir  # noqa: TID251 (only the uncommon platforms)

    return user_data_dir(APP_NAME, appauthor=False)


def home() -> Path:
    from pathlib import Path

    return Path(home_dir())


def ensure_private_dir(path: str | os.PathLike[str]) -> None:
    """Create a folder (and missing parents) readable by the owner only."""
    os.makedirs(path, mode=0o700, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)


def config_file(base: Path) -> Path:
    return base / "config.toml"


def journal_dir(base: Path) -> Path:
    return base / "journal"


def packs_dir(base: Path) -> Path:
    return base / "packs"


def builtin_prompts_dir() -> str:
    """The shipped prompt packs: inside the wheel, or top-level in a source checkout."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # carecli/
    packaged = os.path.join(package, "prompts")
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(package)), "prompts")
