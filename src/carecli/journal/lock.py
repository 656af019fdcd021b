"""The one lock every writer of the data folder holds, so two terminals never lose each
other's entries. filelock is a real cross-platform lock (fcntl on POSIX, msvcrt on
Windows); it is imported only when something is written."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from carecli.core import paths
from carecli.core.errors import CareError

LOCK_TIMEOUT_SECONDS = 15.0


@contextmanager
def journal_lock(base: Path) -> Iterator[None]:
    """Hold the data folder's lock (other processes wait up to LOCK_TIMEOUT_SECONDS)."""
    from filelock import FileLock, Timeout  # only writers pay for it

    paths.ensure_private_dir(base)
    lock_path = base / "journal.lock"
    lock = FileLock(str(lock_path), timeout=LOCK_TIMEOUT_SECONDS, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise CareError(f"another carecli has been writing for {LOCK_TIMEOUT_SECONDS:.0f}s "
                        f"(lock {lock_path}); try again") from None
    try:
        yield
    finally:
        lock.release()
