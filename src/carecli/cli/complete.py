"""What the shell completes for carecli's values: theme ids, channels, setting names,
shells, installed packs and recent entry ids (bash, zsh, fish and PowerShell alike, by
Typer's completion). Each returns (value, help) pairs; zsh, fish and PowerShell show the
help, bash only the values. A completer never fails: a damaged journal completes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

Pairs = list[tuple[str, str]]
RECENT_IDS = 20


def _matching(pairs: Iterable[tuple[str, str]], incomplete: str) -> Pairs:
    prefix = incomplete.lower()
    return [(value, help) for value, help in pairs if value.lower().startswith(prefix)]


def _safe(read: Callable[[], Iterable[tuple[str, str]]]) -> Callable[[str], Pairs]:
    def complete(incomplete: str) -> Pairs:
        try:
            return _matching(read(), incomplete)
        except Exception:
            return []
    return complete


def _themes() -> Iterable[tuple[str, str]]:
    from carecli.cli.app import context

    return context().themes.items()


def _channels() -> Iterable[tuple[str, str]]:
    from carecli.journal.models import CHANNELS

    return ((channel, "") for channel in CHANNELS)


def _setting_keys() -> Iterable[tuple[str, str]]:
    from carecli.config import KEYS

    return ((key, spec.help) for key, spec in KEYS.items())


def _shells() -> Iterable[tuple[str, str]]:
    return ((shell, "") for shell in ("bash", "zsh", "fish", "powershell"))


def _packs() -> Iterable[tuple[str, str]]:
    from carecli.cli.app import context
    from carecli.core import paths

    folder = paths.packs_dir(context().home)
    return ((p.stem, "team pack") for p in sorted(folder.glob("*.toml")))


def _entry_ids() -> Iterable[tuple[str, str]]:
    from carecli.cli.app import context

    newest = islice(context().journal.entries(newest_first=True), RECENT_IDS)
    return ((e.id, f"{e.shift_day:%a %d %b} {e.text or e.well or e.kind}"[:60])
            for e in newest)


themes = _safe(_themes)
channels = _safe(_channels)
setting_keys = _safe(_setting_keys)
shells = _safe(_shells)
packs = _safe(_packs)
entry_ids = _safe(_entry_ids)
