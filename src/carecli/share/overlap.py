"""One agent's figures from any set of their summaries: every ISO week counted once, however
many files with overlapping periods the agent sent (a week, then a month that holds it).

A summary has figures per ISO week (days worked, wins, impact points, themes, channels,
energy) and figures per period (the same totals, plus impact levels and best streak). The
rules, per pseudonym:

- Each file whose period touches a week covers some days of it (its period within Monday
  to Sunday); a file with no row for the week reports zeros for those days.
- Newest first: of files covering the same days of a week (or the same period), the one
  with the latest period end wins, then the latest period start, then the one read last
  (`team report` reads files in name order). Summaries carry no time they were made.
- A week is put together from files whose covered days do not overlap, covering as many of
  its days as can be (then from as few files as can be, then the newest): their counts are
  added, their energies averaged. It is exact when they cover every day any file covers
  that week and at most one of them has an energy; otherwise it is *approximate*: the days
  that only overlapping parts report are left out, never counted twice.
- The agent's totals (days worked, wins, impact points, themes, channels) are the sums of
  the merged weeks, never of the files' own totals (which would count a shared week once
  per file); the agent's energy is the mean of the merged weeks' energies (each week
  weighs the same: for one file too, so splitting a period changes nothing).
- Impact levels exist per period only. They come from files whose periods do not overlap
  and together cover every day of the agent's files, when there is such a set and its wins
  are the merged weeks' wins; otherwise the agent's impact levels are left out (the wins
  still count in every total) and `impact` is None.
- best_streak is per period and cannot be merged; the team report does not use it.
- Excerpts: each distinct (theme, text) once.

Domain code: plain data in and out, nothing printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from carecli.share.summary import IMPACT_LEVELS, Excerpt, Summary, Week, iso_week

Rank = tuple[date, date, int]  # newest is largest: period end, period start, reading order


@dataclass(frozen=True)
class AgentFigures:
    """One agent's figures with every week counted once."""

    pseudonym: str
    weeks: tuple[Week, ...]
    impact: dict[str, int] | None  # None: not known without counting a win twice
    excerpts: tuple[Excerpt, ...]
    merged_weeks: int  # weeks with figures that more than one file reported
    approximate_weeks: int

    @property
    def days_worked(self) -> int:
        return sum(w.days_worked for w in self.weeks)

    @property
    def wins(self) -> int:
        return sum(w.wins for w in self.weeks)

    @property
    def impact_points(self) -> int:
        return sum(w.impact_points for w in self.weeks)

    @property
    def themes(self) -> dict[str, int]:
        return _added(w.themes for w in self.weeks)

    @property
    def channels(self) -> dict[str, int]:
        return _added(w.channels for w in self.weeks)

    @property
    def energies(self) -> list[float]:
        return [w.energy for w in self.weeks if w.energy is not None]


@dataclass(frozen=True)
class _Piece:
    """What one file says about the days first..last (0 = Monday) of one week."""

    rank: Rank
    first: int
    last: int
    week: Week


def by_agent(summaries: Sequence[Summary]) -> list[AgentFigures]:
    """Each agent's figures, in order of first appearance; a later summary in `summaries`
    is the newer one where periods tie."""
    files: dict[str, list[tuple[Rank, Summary]]] = {}
    for order, s in enumerate(summaries):
        files.setdefault(s.pseudonym, []).append(((s.period.end, s.period.start, order), s))
    return [_agent(name, ranked) for name, ranked in files.items()]


def _agent(pseudonym: str, ranked: list[tuple[Rank, Summary]]) -> AgentFigures:
    pieces: dict[str, list[_Piece]] = {}
    reported: Counter[str] = Counter()
    for rank, s in ranked:
        rows = {w.week: w for w in s.weeks}
        for name, first, last in _weeks_of(s.period.start, s.period.end):
            pieces.setdefault(name, []).append(
                _Piece(rank, first, last, rows.get(name) or _empty(name)))
            reported[name] += name in rows
    weeks, approximate = [], 0
    for name in sorted(pieces):
        week, exact = _merge_week(name, pieces[name])
        approximate += not exact
        if week.days_worked or week.wins or week.energy is not None:
            weeks.append(week)
    merged = sum(1 for name, items in pieces.items() if len(items) > 1 and reported[name])
    texts = {(x.theme, x.text): x for _, s in ranked for x in s.excerpts}
    figures = AgentFigures(pseudonym, tuple(weeks), None, tuple(texts.values()), merged,
                           approximate)
    impact = _impact(ranked, figures.wins)
    return figures if impact is None else AgentFigures(
        pseudonym, figures.weeks, impact, figures.excerpts, merged, approximate)


def _weeks_of(start: date, end: date) -> list[tuple[str, int, int]]:
    """(ISO week, first day, last day) of each week the period touches (0 = Monday)."""
    found = []
    monday = start - timedelta(days=start.weekday())
    while monday <= end:
        first, last = max(monday, start), min(monday + timedelta(days=6), end)
        found.append((iso_week(monday), (first - monday).days, (last - monday).days))
        monday += timedelta(days=7)
    return found


def _empty(name: str) -> Week:
    return Week(week=name, days_worked=0, wins=0, impact_points=0, themes={}, channels={},
                energy=None)


_Choice = tuple[int, int, tuple[Rank, ...], tuple[_Piece, ...]]  # days, -files, ranks, pieces


def _merge_week(name: str, pieces: list[_Piece]) -> tuple[Week, bool]:
    """The week from the newest files that cover most of it without overlapping, and
    whether that is exact."""
    newest: dict[tuple[int, int], _Piece] = {}
    for piece in pieces:
        span = (piece.first, piece.last)
        if span not in newest or piece.rank > newest[span].rank:
            newest[span] = piece
    # best[d]: the best choice among pieces starting on day d or later (7 days: tiny).
    best: list[_Choice] = [(0, 0, (), ())] * 8
    for day in range(6, -1, -1):
        options = [best[day + 1]]
        for piece in (p for p in newest.values() if p.first == day):
            days, files, ranks, chosen = best[piece.last + 1]
            options.append((days + piece.last - piece.first + 1, files - 1,
                            tuple(sorted((piece.rank, *ranks), reverse=True)),
                            (piece, *chosen)))
        best[day] = max(options, key=lambda o: o[:3])
    covered, _, _, chosen = best[0]
    union = len({d for p in pieces for d in range(p.first, p.last + 1)})
    energies = [p.week.energy for p in chosen if p.week.energy is not None]
    week = Week(week=name,
                days_worked=sum(p.week.days_worked for p in chosen),
                wins=sum(p.week.wins for p in chosen),
                impact_points=sum(p.week.impact_points for p in chosen),
                themes=_added(p.week.themes for p in chosen),
                channels=_added(p.week.channels for p in chosen),
                energy=round(sum(energies) / len(energies), 2) if energies else None)
    return week, covered == union and len(energies) <= 1


def _impact(ranked: list[tuple[Rank, Summary]], wins: int) -> dict[str, int] | None:
    """Impact levels from files whose periods cover every day of the agent's files once,
    if there are such files and they hold exactly `wins`; else None."""
    newest: dict[tuple[date, date], tuple[Rank, Summary]] = {}
    for rank, s in ranked:
        span = (s.period.start, s.period.end)
        if span not in newest or rank > newest[span][0]:
            newest[span] = (rank, s)
    spans = sorted(newest.values(), key=lambda item: item[1].period.end)
    # Weighted interval scheduling: best[j] covers most days with the first j periods.
    best: list[tuple[int, int, tuple[Rank, ...], tuple[Summary, ...]]] = [(0, 0, (), ())]
    for j, (rank, s) in enumerate(spans):
        before = max((i for i in range(j) if spans[i][1].period.end < s.period.start),
                     default=-1)
        days, files, ranks, chosen = best[before + 1]
        taken = (days + s.period.days, files - 1,
                 tuple(sorted((rank, *ranks), reverse=True)), (*chosen, s))
        best.append(max(best[j], taken, key=lambda o: o[:3]))
    covered, _, _, cover = best[-1]
    union = len({s.period.start + timedelta(days=n) for _, s in ranked
                 for n in range(s.period.days)})
    if covered != union or sum(s.wins for s in cover) != wins:
        return None
    total: Counter[str] = Counter()
    for s in cover:
        total.update(s.impact)
    return {level: total[level] for level in IMPACT_LEVELS}


def _added(parts: Iterable[Mapping[str, int]]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for counts in parts:
        total.update(counts)
    return {key: n for key, n in sorted(total.items()) if n}
