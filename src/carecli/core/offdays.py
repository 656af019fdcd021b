"""The off-days file: days the agent marked off (leave, sick, training).

`<home>/journal/off-days.txt`, one `YYYY-MM-DD reason` a line, oldest first: plain text so
the shift-start card reads it without json. Changing it (with the journal lock) is
journal.offdays' job.
This module is on the shift-start path: `os` and `datetime` only.
"""

from __future__ import annotations

import os
from datetime import date

REASONS = ("off", "leave", "sick", "training")


def off_days_file(journal_dir: str | os.PathLike[str]) -> str:
    return os.path.join(journal_dir, "off-days.txt")


def load(journal_dir: str | os.PathLike[str]) -> dict[date, str]:
    """Every day marked off, with its reason; a damaged line is an error naming it."""
    path = off_days_file(journal_dir)
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as err:
        from carecli.core.errors import DamagedFileError

        why = "it is not UTF-8 text" if isinstance(err, UnicodeDecodeError) else (
            f"it cannot be read: {err.strerror or err}")
        raise DamagedFileError(f"off-days file {path}: {why}; fix or delete it") from None
    days: dict[date, str] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        day, _, reason = line.strip().partition(" ")
        try:
            days[date.fromisoformat(day)] = reason.strip() or "off"
        except ValueError:
            from carecli.core.errors import DamagedFileError

            raise DamagedFileError(f"off-days file {path}, line {number} is not "
                                   "'YYYY-MM-DD reason'; fix or delete that line") from None
    return days


def text(days: dict[date, str]) -> str:
    """The file's contents for `days`."""
    return "".join(f"{d.isoformat()} {days[d]}\n" for d in sorted(days))
