"""The team picture from many agents' validated summaries, built so that it can never
single out or rank a person.

Rules (modelled on engagement-survey practice):
- a figure or a breakdown cell is shown only when at least k distinct agents contribute a
  non-zero part to it (k = --min-agents, default 5, never below 3); others are hidden;
- complementary suppression: wherever a set of cells has a known total and exactly one of
  them is hidden, the next smallest shown cell is hidden too, so the hidden one cannot be
  worked out by subtraction. That applies to every breakdown (impact, themes, channels,
  each week's themes and channels), to each theme's and channel's column across the weeks,
  and to the weekly wins and impact points against their totals, repeated until stable;
- excerpts and prompt suggestions appear only when at least 10 distinct agents report,
  shuffled, with nothing that says whose they are (an agent's suggestion sent in several
  files counts once);
- an agent's summaries count every ISO week once, however their periods overlap: they
  are merged week by week, the newest file winning a week two files report differently,
  and the totals are the sums of the merged weeks (rules in `overlap`); how many weeks
  were merged is part of the picture;
- impact levels exist per period only: an agent whose files overlap without a set that
  covers their days once is left out of them (their wins still count everywhere else),
  and when fewer than k agents are left out every impact level is hidden, since wins
  minus the levels would give away those agents' wins;
- trends: the report's calendar weeks (first to last) are split into this period (the
  latest half) and the one before (the same number of weeks just before it; an odd oldest
  week is left out of the comparison). Each period's wins, impact points, themes and
  channels follow the same k rule (a period in which nobody logged a win shows 0, as a
  theme nobody logged is absent), and complementary suppression also covers each period
  against its weeks and both periods (with any left-out weeks) against the totals;
- pseudonyms are used to count agents and merge their files, and never leave this module.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from carecli.share import overlap
from carecli.share.inbox import deduplicate, suggestion_wall
from carecli.share.summary import Summary, Week, iso_week

DEFAULT_MIN_AGENTS = 5
LOWEST_MIN_AGENTS = 3
EXCERPT_MIN_AGENTS = 10
__all__ = ["deduplicate", "merge"]  # deduplicate lives in `inbox`; callers use it here


@dataclass
class Cell:
    """A figure and how many distinct agents make it up; a hidden cell shows no value."""

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
class PeriodFigures:
    """One side of a trend: the figures of a run of whole ISO weeks."""

    first_week: str
    last_week: str
    start: str  # its first day within the report's period
    end: str
    agents: int
    wins: Cell
    points: Cell
    themes: Breakdown
    channels: Breakdown


@dataclass
class Trend:
    """This period (the latest weeks) against the one before it, of the same length."""

    weeks: int  # the length of each period, in ISO weeks
    current: PeriodFigures
    previous: PeriodFigures
    left_out: list[str]  # older weeks in no period (an odd one out)


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
    merged_weeks: int = 0  # an agent's weeks that more than one file reported
    approximate_weeks: int = 0  # of those, put together from overlapping part-weeks
    impact_left_out: int = 0  # agents whose impact levels could not be told once
    trend: Trend | None = None  # None: the report spans a single week
    suggestions: list[str] = field(default_factory=list)  # shuffled, from 10 agents on
    suggestions_withheld: bool = False  # some came, but too few agents reported
    notes: list[str] = field(default_factory=list)


def merge(summaries: list[Summary], min_agents: int = DEFAULT_MIN_AGENTS,
          rng: random.Random | None = None) -> TeamPicture:
    """The team picture of summaries (in reading order: a later one is newer where two
    tie), each agent's weeks counted once (`overlap`), with every threshold applied."""
    k = max(min_agents, LOWEST_MIN_AGENTS)
    agents = overlap.by_agent(summaries)
    with_impact = [a for a in agents if a.impact is not None]
    picture = TeamPicture(
        min_agents=k,
        agents=len(agents),
        start=min(s.period.start for s in summaries).isoformat() if summaries else "",
        end=max(s.period.end for s in summaries).isoformat() if summaries else "",
        days_worked=_total(((a.pseudonym, a.days_worked) for a in agents), k),
        wins=_total(((a.pseudonym, a.wins) for a in agents), k),
        points=_total(((a.pseudonym, a.impact_points) for a in agents), k),
        energy=_average(((a.pseudonym, e) for a in agents for e in a.energies), k),
        impact=_breakdown(((a.pseudonym, a.impact or {}) for a in with_impact), k),
        themes=_breakdown(((a.pseudonym, a.themes) for a in agents), k),
        channels=_breakdown(((a.pseudonym, a.channels) for a in agents), k),
        weeks=_weeks(agents, k),
        excerpts=[],
        merged_weeks=sum(a.merged_weeks for a in agents),
        approximate_weeks=sum(a.approximate_weeks for a in agents),
        impact_left_out=len(agents) - len(with_impact),
    )
    picture.trend = _trend(agents, picture.start, picture.end, k)
    if 0 < picture.impact_left_out < k:
        # Wins minus the impact levels would be the left-out agents' wins: too few of them.
        for cell in picture.impact.cells.values():
            cell.hidden = True
    _protect(picture)
    _walls(picture, agents, summaries, rng or random.Random())
    picture.notes = _notes(picture)
    return picture


def _walls(picture: TeamPicture, agents: list[overlap.AgentFigures],
           summaries: list[Summary], rng: random.Random) -> None:
    """Excerpts and suggestions, shuffled, from EXCERPT_MIN_AGENTS agents on."""
    ideas = list(suggestion_wall(summaries))
    if picture.agents >= EXCERPT_MIN_AGENTS:
        wall = [(item.theme, item.text) for a in agents for item in a.excerpts]
        rng.shuffle(wall)
        rng.shuffle(ideas)
        picture.excerpts, picture.suggestions = wall, ideas
    picture.suggestions_withheld = bool(ideas) and not picture.suggestions


def _total(pairs: Iterable[tuple[str, float]], k: int) -> Cell:
    per_agent: dict[str, float] = {}
    for agent, value in pairs:
        per_agent[agent] = per_agent.get(agent, 0) + value
    contributing = sum(1 for v in per_agent.values() if v)
    return Cell(sum(per_agent.values()), contributing, hidden=contributing < k)


def _average(pairs: Iterable[tuple[str, float | None]], k: int) -> Cell | None:
    """The mean of each agent's mean, so an agent who sent more files weighs no more."""
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
    return Breakdown({key: Cell(sums[key], len(contributors[key]), len(contributors[key]) < k)
                      for key in sorted(sums)})


def _weeks(agents: list[overlap.AgentFigures], k: int) -> list[WeekRow]:
    by_week: dict[str, list[tuple[str, Week]]] = {}
    for agent in agents:
        for week in agent.weeks:
            by_week.setdefault(week.week, []).append((agent.pseudonym, week))
    return [WeekRow(
        week=name,
        agents=len({agent for agent, _ in items}),
        wins=_total(((a, w.wins) for a, w in items), k),
        points=_total(((a, w.impact_points) for a, w in items), k),
        energy=_average(((a, w.energy) for a, w in items), k),
        themes=_breakdown(((a, w.themes) for a, w in items), k),
        channels=_breakdown(((a, w.channels) for a, w in items), k),
    ) for name, items in sorted(by_week.items())]


def _calendar_weeks(start: str, end: str) -> list[tuple[str, date]]:
    """(ISO week, its Monday) of every week from start's to end's."""
    if not start:
        return []
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    monday = first - timedelta(days=first.weekday())
    found = []
    while monday <= last:
        found.append((iso_week(monday), monday))
        monday += timedelta(days=7)
    return found


def _trend(agents: list[overlap.AgentFigures], start: str, end: str, k: int) -> Trend | None:
    weeks = _calendar_weeks(start, end)
    n = len(weeks) // 2
    if not n:
        return None

    def period(part: list[tuple[str, date]]) -> PeriodFigures:
        names = {name for name, _ in part}
        items = [(a.pseudonym, w) for a in agents for w in a.weeks if w.week in names]
        first = max(part[0][1], date.fromisoformat(start))
        last = min(part[-1][1] + timedelta(days=6), date.fromisoformat(end))
        wins = _total(((a, w.wins) for a, w in items), k)
        points = _total(((a, w.impact_points) for a, w in items), k)
        for cell in (wins, points):
            cell.hidden &= cell.value != 0  # nobody logged any: 0, like an absent theme
        return PeriodFigures(
            first_week=part[0][0], last_week=part[-1][0], start=first.isoformat(),
            end=last.isoformat(), agents=len({a for a, _ in items}), wins=wins, points=points,
            themes=_breakdown(((a, w.themes) for a, w in items), k),
            channels=_breakdown(((a, w.channels) for a, w in items), k))

    return Trend(weeks=n, current=period(weeks[-n:]), previous=period(weeks[-2 * n:-n]),
                 left_out=[name for name, _ in weeks[:-2 * n]])


def _trend_groups(picture: TeamPicture) -> list[list[Cell]]:
    """The sums a trend adds: each period is the sum of its weeks, and both periods with
    the left-out weeks are the totals; each period's themes and channels are a breakdown."""
    trend = picture.trend
    if trend is None:
        return []
    rows = {r.week: r for r in picture.weeks}
    left = [rows[w] for w in trend.left_out if w in rows]
    both = (trend.current, trend.previous)
    groups: list[list[Cell]] = []
    for side in both:
        inside = [r for r in picture.weeks if side.first_week <= r.week <= side.last_week]
        groups += [[side.wins, *(r.wins for r in inside)],
                   [side.points, *(r.points for r in inside)],
                   list(side.themes.cells.values()), list(side.channels.cells.values())]
        groups += [[cell, *(r.themes.cells[key] for r in inside if key in r.themes.cells)]
                   for key, cell in side.themes.cells.items()]
        groups += [[cell, *(r.channels.cells[key] for r in inside if key in r.channels.cells)]
                   for key, cell in side.channels.cells.items()]
    groups += [[picture.wins, *(s.wins for s in both), *(r.wins for r in left)],
               [picture.points, *(s.points for s in both), *(r.points for r in left)]]
    for total, parts in ((picture.themes, [*(s.themes for s in both), *(r.themes for r in left)]),
                         (picture.channels,
                          [*(s.channels for s in both), *(r.channels for r in left)])):
        groups += [[cell, *(p.cells[key] for p in parts if key in p.cells)]
                   for key, cell in total.cells.items()]
    return groups


def _complement(cells: list[Cell]) -> bool:
    """Hide the smallest shown cell where exactly one is hidden; True if it changed."""
    hidden = [c for c in cells if c.hidden]
    shown = sorted((c for c in cells if not c.hidden), key=lambda c: (c.value, c.agents))
    if len(hidden) == 1 and shown:
        shown[0].hidden = True
        return True
    return False


def _protect(picture: TeamPicture) -> None:
    """Complementary suppression over every group of cells whose total can be known, until
    no group has a single hidden cell left."""
    groups: list[Callable[[], list[Cell]]] = [
        lambda: list(picture.impact.cells.values()),
        lambda: list(picture.themes.cells.values()),
        lambda: list(picture.channels.cells.values()),
        lambda: [r.wins for r in picture.weeks],
        lambda: [r.points for r in picture.weeks],
    ]
    for row in picture.weeks:
        groups.append(lambda row=row: list(row.themes.cells.values()))  # type: ignore[misc]
        groups.append(lambda row=row: list(row.channels.cells.values()))  # type: ignore[misc]
    for part in ("themes", "channels"):
        keys = {key for row in picture.weeks for key in getattr(row, part).cells}
        for key in sorted(keys):
            groups.append(lambda part=part, key=key: [  # type: ignore[misc]
                getattr(row, part).cells[key] for row in picture.weeks
                if key in getattr(row, part).cells])
    groups += [lambda cells=cells: cells  # type: ignore[misc]
               for cells in _trend_groups(picture)]
    changed = True
    while changed:
        changed = False
        for cells in groups:
            changed |= _complement(cells())


def hidden_counts(picture: TeamPicture) -> dict[str, int]:
    """How many cells of each kind are hidden (kinds with none left out)."""
    trend = picture.trend
    sides = (trend.current, trend.previous) if trend else ()
    found = {
        "total": sum(c.hidden for c in (picture.days_worked, picture.wins, picture.points,
                                          picture.energy) if c),
        "impact level": picture.impact.hidden_count(),
        "theme": picture.themes.hidden_count(),
        "channel": picture.channels.hidden_count(),
        "weekly total": sum(r.wins.hidden + r.points.hidden + bool(r.energy and r.energy.hidden)
                            for r in picture.weeks),
        "weekly theme": sum(r.themes.hidden_count() for r in picture.weeks),
        "weekly channel": sum(r.channels.hidden_count() for r in picture.weeks),
        "trend": sum(s.wins.hidden + s.points.hidden + s.themes.hidden_count()
                     + s.channels.hidden_count() for s in sides),
    }
    return {label: n for label, n in found.items() if n}


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def hidden_sentence(picture: TeamPicture) -> str:
    """The one sentence on why figures say "hidden" (empty if none does)."""
    counts = hidden_counts(picture)
    if not counts:
        return ""
    total = sum(counts.values())
    parts = ", ".join(plural(n, label) for label, n in counts.items())
    return (f"{plural(total, 'figure')} ({parts}) say \"hidden\": a figure is shown only "
            f"when at least {picture.min_agents} agents stand behind it, and one more is "
            "hidden wherever a hidden figure could otherwise be worked out by subtraction.")


def _notes(picture: TeamPicture) -> list[str]:
    """What was hidden and why, in words (never which agent)."""
    k = picture.min_agents
    notes = []
    if picture.agents < k:
        notes.append(f"Only {plural(picture.agents, 'agent')} reported; a figure needs at "
                     f"least {k}, so most figures are hidden.")
    if sentence := hidden_sentence(picture):
        notes.append(sentence)
    if picture.approximate_weeks:
        n = picture.approximate_weeks
        notes.append(f"{n} merged week{'s' if n != 1 else ''} came in summaries that overlap "
                     "only in part: the days no single file tells apart are left out, "
                     "never counted twice.")
    if picture.impact_left_out:
        n = picture.impact_left_out
        notes.append(f"Impact levels leave out {n} agent{'s' if n != 1 else ''} whose "
                     "summaries overlap with no set of them covering each day once; their "
                     "wins count in every other figure."
                     + (" So few that every impact level is hidden." if n < k else ""))
    if picture.agents < EXCERPT_MIN_AGENTS:
        notes.append(f"Excerpts are shown only when at least {EXCERPT_MIN_AGENTS} agents "
                     f"report ({picture.agents} did).")
    if picture.suggestions_withheld:
        notes.append(f"Prompt suggestions are shown only when at least {EXCERPT_MIN_AGENTS} "
                     f"agents report ({picture.agents} did).")
    return notes
