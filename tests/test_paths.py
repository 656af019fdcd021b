"""The data folder the card computes itself is the one platformdirs gives."""

from __future__ import annotations

import os
import sys

import pytest
from platformdirs import user_data_dir

from carecli.core import paths

CASES = [
    {"HOME": "/home/agent"},
    {"HOME": "/home/agent", "XDG_DATA_HOME": ""},
    {"HOME": "/home/agent", "XDG_DATA_HOME": "   "},
    {"HOME": "/home/agent", "XDG_DATA_HOME": "/srv/data"},
    {"HOME": "/home/agent", "XDG_DATA_HOME": "relative/data"},
    {"HOME": "/home/agent/", "XDG_DATA_HOME": "/srv/data/"},
    {"HOME": "relative-home"},
]


@pytest.mark.skipif(sys.platform not in ("linux", "darwin"), reason="computed on Linux/macOS")
@pytest.mark.parametrize("env", CASES)
def test_data_folder_is_platformdirs_answer(env: dict[str, str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.HOME_VARIABLE)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    expected = user_data_dir("carecli", appauthor=False)
    assert os.path.normpath(paths.home_dir()) == os.path.normpath(expected)


def test_carecli_home_moves_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.HOME_VARIABLE, "~/care")
    assert paths.home_dir() == os.path.expanduser("~/care")
