"""What comes in from the drop folder, before the figures are merged: one summary per
agent and period, and the team's prompt suggestions gathered with nothing that says whose.

Domain code: plain data in and out, nothing printed.
"""

from __future__ import annotations

from collections.abc import Iterable

from carecli.share.summary import Summary


def deduplicate(summaries: Iterable[Summary]) -> tuple[list[Summary], int]:
    """One summary per agent and period (a file sent twice counts once: the one read
    last, as the newest), in reading order."""
    seen: dict[tuple[str, str, str], Summary] = {}
    dropped = 0
    for summary in summaries:
        key = (summary.pseudonym, summary.period.start.isoformat(),
               summary.period.end.isoformat())
        if key in seen:
            dropped += 1
            del seen[key]
        seen[key] = summary
    return list(seen.values()), dropped


def suggestion_wall(summaries: Iterable[Summary]) -> dict[str, None]:
    """Every distinct suggestion, in no agent's order (the caller shuffles it)."""
    return {text: None for s in summaries for text in s.suggestions}
