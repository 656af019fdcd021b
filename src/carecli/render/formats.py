"""The one CSV writer and the one Markdown cell escaper, for every view that makes files:
`journal list --format csv|md`, `export --format csv|md` and `team report --format csv|md`.

Standard library (and carecli.core) only, so these views never load rich.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from carecli.core.textsafe import inert

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *,
             line_end: str = "\r\n") -> str:
    """CSV with a header row; every text cell a spreadsheet would run as a formula is
    defused with a leading apostrophe. Numbers and None are written as the csv module
    writes them."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows([defuse(cell) for cell in row] for row in rows)
    return out.getvalue()


def defuse(cell: object) -> object:
    """`cell`, with a leading apostrophe if it is text that starts like a formula. A lone
    "-" (the views' "no value") is a sign alone, not a formula, and is left as it is."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) and cell != "-":
        return "'" + cell
    return cell


def md_cell(text: str) -> str:
    """Text safe inside a Markdown (GitHub-flavoured) table cell or a quote line: made
    inert (newlines and tabs fold to spaces, control characters show as escapes), then
    backslash, backtick, *, _, [, ], <, > and | are escaped with a backslash."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", inert(text))
