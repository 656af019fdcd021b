"""The team picture from many agents' summaries, built so that it can never single out or
rank a person.

Rules (modelled on engagement-survey practice):
- a figure or a breakdown cell is shown only when at least k distinct agents contribute to
  it (k = --min-agents, default 5, never below 3); smaller cells show as hidden;
- wherever exactly one cell of a breakdown is hidden while its total is known, the next
  smallest cell is hidden too, so the hidden one cannot be worked out by subtraction
  (applied to every breakdown, and across weeks for each theme and channel);
- excerpts appear only when at least 10 distinct agents report, shuffled, without any
  attribution;
- pseudonyms are used to count and de-duplicate, and never appear in the output.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carecli.summary_schema import Summary

DEFAULT_MIN_AGENTS = 5
LOWEST_MIN_AGENTS = 3
EXCERPT_MIN_AGENTS = 10


@dataclass
class Cell:
    """A figure and how many distinct agents make it up; hidden cells show no value."""

    value: float
    agents: int
    hidden: bool = False


@dataclass
class Breakdown:
    cells: dict[str, Cell]

    def hidden_count(self) -> int:
        return sum(1 for c in self.cells.values() if c.hidden)


@dataclass
class WeekRow:
    week: str
    agents: int
    wins: Cell
    points: Cell
    energy: Cell | None
    themes: Breakdown
    channels: Breakdown


@dataclass
class TeamPicture:
    min_agents: int
    agents: int
    start: str
    end: str
    days_worked: Cell
    wins: Cell
    points: Cell
    energy: Cell | None
    impact: Breakdown
    themes: Breakdown
    channels: Breakdown
    weeks: list[WeekRow]
    excerpts: list[tuple[str | None, str]]
    notes: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    duplicates: int = 0


def deduplicate(summaries: Iterable[tuple[Path, Summary]]) -> tuple[list[Summary], int]:
    """One summary per agent and period (a file sent twice counts once)."""
    seen: dict[tuple[str, str, str], Summary] = {}
    dropped = 0
    for _, summary in summaries:
        key = (summary.pseudonym, summary.start.isoformat(), summary.end.isoformat())
        if key in seen:
            dropped += 1
            continue
        seen[key] = summary
    return list(seen.values()), dropped


def merge(summaries: list[Summary], min_agents: int = DEFAULT_MIN_AGENTS,
          rng: random.Random | None = None) -> TeamPicture:
    k = max(min_agents, LOWEST_MIN_AGENTS)
    agents = {s.pseudonym for s in summaries}
    picture = TeamPicture(
        min_agents=k,
        agents=len(agents),
        start=min(s.start for s in summaries).isoformat() if summaries else "",
        end=max(s.end for s in summaries).isoformat() if summaries else "",
        days_worked=_total(summaries, lambda s: s.days_worked, k),
        wins=_total(summaries, lambda s: s.wins, k),
        points=_total(summaries, lambda s: s.impact_points, k),
        energy=_average(((s.pseudonym, s.energy) for s in summaries), k),
        impact=_breakdown(((s.pseudonym, s.impact) for s in summaries), k),
        themes=_breakdown(((s.pseudonym, s.themes) for s in summaries), k),
        channels=_breakdown(((s.pseudonym, s.channels) for s in summaries), k),
        weeks=_weeks(summaries, k),
        excerpts=[],
    )
    _protect_columns(picture)
    _excerpts(picture, summaries, rng or random.Random())
    _notes(picture)
    return picture


def _total(summaries: list[Summary], value: Callable[[Summary], int], k: int) -> Cell:
    per_agent: dict[str, float] = {}
    for s in summaries:
        per_agent[s.pseudonym] = per_agent.get(s.pseudonym, 0) + value(s)
    contributing = sum(1 for v in per_agent.values() if v)
    return Cell(sum(per_agent.values()), contributing, hidden=len(per_agent) < k)


def _average(pairs: Iterable[tuple[str, float | None]], k: int) -> Cell | None:
    by_agent: dict[str, list[float]] = {}
    for agent, value in pairs:
        if value is not None:
            by_agent.setdefault(agent, []).append(value)
    if not by_agent:
        return None
    means = [sum(v) / len(v) for v in by_agent.values()]
    return Cell(round(sum(means) / len(means), 2), len(means), hidden=len(means) < k)


def _breakdown(rows: Iterable[tuple[str, dict[str, int]]], k: int) -> Breakdown:
    sums: dict[str, int] = {}
    contributors: dict[str, set[str]] = {}
    for agent, counts in rows:
        for key, value in counts.items():
            if value:
                sums[key] = sums.get(key, 0) + value
                contributors.setdefault(key, set()).add(agent)
    cells = {key: Cell(sums[key], len(contributors[key]), len(contributors[key]) < k)
             for key in sorted(sums)}
    breakdown = Breakdown(cells)
    _complement(list(breakdown.cells.values()))
    return breakdown


def _complement(cells: list[Cell]) -> bool:
    """Hide one more cell where a single hidden one could be computed from the total."""
    hidden = [c for c in cells if c.hidden]
    shown = sorted((c for c in cells if not c.hidden), key=lambda c: (c.value, c.agents))
    if len(hidden) == 1 and shown:
        shown[0].hidden = True
        return True
    return False


def _weeks(summaries: list[Summary], k: int) -> list[WeekRow]:
    by_week: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for s in summaries:
        for row in s.weeks:
            by_week.setdefault(str(row["week"]), []).append((s.pseudonym, row))
    rows = []
    for week, items in sorted(by_week.items()):
        agents = {a for a, _ in items}
        hidden = len(agents) < k
        wins = sum(int(w["wins"]) for _, w in items)
        points = sum(int(w["impact_points"]) for _, w in items)
        energy = _average(((a, w["energy"]) for a, w in items), k)
        rows.append(WeekRow(
            week=week, agents=len(agents),
            wins=Cell(wins, len(agents), hidden), points=Cell(points, len(agents), hidden),
            energy=energy,
            themes=_breakdown(((a, w["themes"]) for a, w in items), k),
            channels=_breakdown(((a, w["channels"]) for a, w in items), k),
        ))
    return rows


def _protect_columns(picture: TeamPicture) -> None:
    """Across the weeks, each theme's and channel's total is shown: repeat the
    one-hidden-cell rule down every column until nothing changes."""
    for part in ("themes", "channels"):
        changed = True
        while changed:
            changed = False
            keys = {key for row in picture.weeks for key in getattr(row, part).cells}
            for key in keys:
                column = [getattr(row, part).cells[key] for row in picture.weeks
                          if key in getattr(row, part).cells]
                changed |= _complement(column)
            for row in picture.weeks:
                changed |= _complement(list(getattr(row, part).cells.values()))


def _excerpts(picture: TeamPicture, summaries: list[Summary], rng: random.Random) -> None:
    if picture.agents < EXCERPT_MIN_AGENTS:
        return
    wall = [excerpt for s in summaries for excerpt in s.excerpts]
    rng.shuffle(wall)
    picture.excerpts = wall


def _notes(picture: TeamPicture) -> None:
    k = picture.min_agents
    if picture.agents < k:
        picture.notes.append(f"Only {picture.agents} agent(s) reported: figures need at least "
                             f"{k}, so every figure is hidden.")
    for name, breakdown in (("impact level", picture.impact), ("theme", picture.themes),
                            ("channel", picture.channels)):
        if breakdown.hidden_count():
            picture.notes.append(f"{breakdown.hidden_count()} {name} figure(s) hidden: fewer "
                                 f"than {k} agents behind them, or they would reveal one "
                                 "that is.")
    week_hidden = sum(r.themes.hidden_count() + r.channels.hidden_count() for r in picture.weeks)
    if week_hidden:
        picture.notes.append(f"{week_hidden} weekly theme/channel figure(s) hidden for the "
                             "same reason.")
    if picture.agents < EXCERPT_MIN_AGENTS:
        picture.notes.append(f"Excerpts are shown only when at least {EXCERPT_MIN_AGENTS} "
                             f"agents report ({picture.agents} did).")
