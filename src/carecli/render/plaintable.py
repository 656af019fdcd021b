"""A plain-text table for listings that must start fast (rich costs about twice Python's
own start-up to import). Cells are already-inert text; columns are sized by display width,
so wide characters (CJK, emoji) keep the columns straight."""

from __future__ import annotations

from collections.abc import Sequence

from carecli.core.fit import width
from carecli.core.style import Style

GAP = "  "


def wrap(text: str, limit: int) -> list[str]:
    """Lines of at most `limit` display columns, broken at spaces where possible."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if width(candidate) <= limit:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while width(line) > limit:  # a word longer than the column is folded,
                cut = _fit(line, limit)  # after a hyphen if it has one (theme ids)
                cut = line.rfind("-", 0, cut) + 1 or cut
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


def cut(text: str, limit: int) -> str:
    """`text` on one line of at most `limit` columns: cut after a whole word, with "…",
    when it is longer (a first word longer than the line is itself cut)."""
    text = text.replace("\n", " ")
    if width(text) <= limit:
        return text
    return wrap(text, max(limit - 1, 1))[0].rstrip() + "…"


def _fit(text: str, limit: int) -> int:
    used = 0
    for index, ch in enumerate(text):
        used += width(ch)
        if used > limit:
            return max(index, 1)
    return len(text)


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], *, total_width: int,
           flexible: int, style: Style, dim: Sequence[int] = (),
           caps: dict[int, int] | None = None, min_flexible: int = 24,
           before: dict[int, str] | None = None) -> list[str]:
    """Lines of a table. Column `flexible` takes the width the others leave; `caps` limits
    other columns (their cells wrap); `dim` columns are drawn dim; `before` holds lines
    (headings) to print before the row of that index."""
    caps = caps or {}
    widths = [max([width(headers[c])] + [max((width(x) for x in row[c].split("\n")),
                                              default=0) for row in rows])
              for c in range(len(headers))]
    for column, cap in caps.items():
        widths[column] = min(widths[column], cap)
    others = sum(w for c, w in enumerate(widths) if c != flexible) + len(GAP) * (len(widths) - 1)
    widths[flexible] = max(min_flexible, total_width - others)
    out = [_line([style(h, "bold") for h in headers], headers, widths)]
    for index, row in enumerate(rows):
        if before and index in before:
            out.append(before[index])
        cells = [wrap(cell, widths[c]) for c, cell in enumerate(row)]
        for n in range(max(len(c) for c in cells)):
            plain = [c[n] if n < len(c) else "" for c in cells]
            shown = [style(p, "dim") if (c in dim and p) else p for c, p in enumerate(plain)]
            out.append(_line(shown, plain, widths))
    return out


def _line(shown: Sequence[str], plain: Sequence[str], widths: Sequence[int]) -> str:
    padded = [s + " " * (w - width(p)) for s, p, w in zip(shown, plain, widths, strict=True)]
    return GAP.join(padded).rstrip()
