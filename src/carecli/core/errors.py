"""The one exception the domain raises for problems a user can fix, and the one place
where any error becomes a line on stderr and an exit code (`guard`)."""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from collections.abc import Callable

CANCELLED = 130  # what shells report for Ctrl-C


class CareError(Exception):
    """A problem the user can fix. The CLI prints it as one line and exits with 1."""


class DamagedFileError(CareError):
    """A file carecli owns cannot be read; it is never overwritten or reset."""


def report(error: BaseException | str) -> int:
    """Print an error as one line on stderr; returns the exit code (1)."""
    message = " ".join(str(error).split())
    print(f"carecli: error: {message}", file=sys.stderr)
    return 1


def guard(action: Callable[[], int]) -> int:
    """Run a command; every error becomes one line and an exit code, never a traceback."""
    try:
        return action()
    except CareError as err:
        return report(err)
    except KeyboardInterrupt:
        print("\nCancelled; nothing saved.", file=sys.stderr)
        return CANCELLED
    except BrokenPipeError:
        _silence_stdout()  # `carecli journal list | head`: the reader has gone
        return 1
    except OSError as err:
        return report(_os_message(err))
    except UnicodeError as err:
        return report(f"cannot read or write text: {err}")
    except RecursionError:
        return report("the input is nested too deeply to read")


def _os_message(err: OSError) -> str:
    where = f": {err.filename}" if err.filename else ""
    if isinstance(err, NotADirectoryError) and isinstance(err.filename, str):
        # Name the file that is in the way (say CARECLI_HOME itself), not the path below it.
        blocker = _file_in_the_way(err.filename)
        if blocker:
            return f"{blocker} is a file, not a folder (needed for {err.filename})"
    return f"{err.strerror or err}{where}"


def _file_in_the_way(path: str) -> str | None:
    import os

    folder = os.path.dirname(path)
    while folder and folder != path:
        if os.path.lexists(folder):
            return None if os.path.isdir(folder) else folder
        path, folder = folder, os.path.dirname(folder)
    return None


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
