"""Opening a file in the agent's editor: $EDITOR, then $VISUAL, then nano (notepad on
Windows). One place, for `journal edit` and `config edit`."""

from __future__ import annotations

import os
from pathlib import Path

from carecli.core.errors import CareError


def run_editor(path: Path, unchanged: str) -> None:
    """Edit `path`; a missing editor or a non-zero exit is one line ending `unchanged`."""
    import shlex
    import subprocess

    editor = (os.environ.get("EDITOR") or os.environ.get("VISUAL")
              or ("notepad" if os.name == "nt" else "nano"))
    quoted = f'"{path}"' if os.name == "nt" else shlex.quote(str(path))
    try:
        status = subprocess.call(f"{editor} {quoted}", shell=True)
    except OSError as err:
        raise CareError(f"cannot start the editor {editor!r}: {err}") from None
    if status != 0:
        raise CareError(f"the editor {editor!r} exited with status {status}; {unchanged}")
