"""The one exception the domain raises for problems a user can fix, and how it is shown."""

from __future__ import annotations

import sys


class CareError(Exception):
    """A problem the user can fix. The CLI prints it as one line and exits with 1."""


class DamagedFileError(CareError):
    """A file carecli owns cannot be read; it is never overwritten or reset."""


def report(error: CareError) -> int:
    """Print a domain error as one line on stderr; returns the exit code (1)."""
    message = " ".join(str(error).split())
    print(f"carecli: error: {message}", file=sys.stderr)
    return 1
