"""The one lock every writer of the data folder holds, so two terminals never lose each
other's entries.

It is the operating system's own advisory lock on `<home>/journal.lock`: `fcntl.flock` on
POSIX, `msvcrt.locking` on Windows. The kernel drops it when a process dies, so a killed
command never leaves the journal locked. (filelock did this before; from version 4 it
imports asyncio, which alone cost each `carecli win` about a third of its time.)
Re-entrant within one process: a writer that already holds the lock may take it again.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from carecli.core import paths
from carecli.core.errors import CareError

LOCK_TIMEOUT_SECONDS = 15.0
_POLL_SECONDS = 0.02
_held: dict[str, tuple[int, int]] = {}  # lock path -> (file descriptor, depth)


@contextmanager
def journal_lock(base: Path) -> Iterator[None]:
    """Hold the data folder's lock (other processes wait up to LOCK_TIMEOUT_SECONDS)."""
    paths.ensure_private_dir(base)
    lock_path = str(base / "journal.lock")
    if lock_path in _held:
        fd, depth = _held[lock_path]
        _held[lock_path] = (fd, depth + 1)
    else:
        _held[lock_path] = (_acquire(lock_path), 1)
    try:
        yield
    finally:
        fd, depth = _held[lock_path]
        if depth > 1:
            _held[lock_path] = (fd, depth - 1)
        else:
            del _held[lock_path]
            _release(fd)


def _acquire(lock_path: str) -> int:
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + LOCK_TIMEOUT_SECONDS
    try:
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise CareError(f"another carecli has been writing for "
                                f"{LOCK_TIMEOUT_SECONDS:.0f}s (lock {lock_path}); try again")
            time.sleep(_POLL_SECONDS)
    except BaseException:
        os.close(fd)
        raise
    return fd


if sys.platform == "win32":  # pragma: no cover (exercised on Windows)
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
