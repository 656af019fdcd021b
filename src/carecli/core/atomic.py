"""Crash-safe file writes: a temp file in the same folder, fsync, then os.replace.

Kept to `os` only, since the shift-start card writes its small state file through it.
"""

from __future__ import annotations

import contextlib
import os


def write_bytes(path: str | os.PathLike[str], data: bytes, *, keep_backup: bool = False,
                durable: bool = True) -> None:
    """Replace `path` with `data` so that readers see the old or the new file, never half.

    With keep_backup, the previous version stays next to it as `<name>.bak`. durable=False
    skips the fsyncs, for derived files that are checked and rebuilt when a crash leaves
    them behind (they cost a shift-start write nothing then).
    """
    target = os.fspath(path)
    folder, name = os.path.split(target)
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if keep_backup and os.path.exists(target):
            _keep_backup(target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        _fsync_dir(folder)


def write_text(path: str | os.PathLike[str], text: str, *, keep_backup: bool = False) -> None:
    write_bytes(path, text.encode("utf-8"), keep_backup=keep_backup)


def backup_path(path: str | os.PathLike[str]) -> str:
    return os.fspath(path) + ".bak"


def _keep_backup(target: str) -> None:
    # A hard link is instant whatever the file size; copy where links are not supported.
    folder, name = os.path.split(target)
    link = os.path.join(folder, f".{name}.bak.tmp")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(link)
    try:
        os.link(target, link)
    except OSError:
        import shutil

        shutil.copy2(target, link)
    os.replace(link, backup_path(target))


def _fsync_dir(folder: str) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way.
    if os.name != "posix":
        return
    fd = os.open(folder or ".", os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sweep(folder: str | os.PathLike[str], older_than: float = 0.0) -> None:
    """Remove the temp files (`.NAME.PID.RANDOM.tmp`) that killed writes left, when older
    than `older_than` seconds. Callers hold the journal lock: in the journal folder every
    writer does, so all go; elsewhere only old ones (the card writes without the lock)."""
    import time

    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(".tmp") and entry.is_file():
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime >= older_than:
                    os.unlink(entry.path)
