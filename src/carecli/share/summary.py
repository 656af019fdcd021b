"""The anonymised summary, schema `carecli.summary/1` (documented field by field in
SCHEMA.md): the only thing that ever leaves an agent's machine.

This module builds a summary from the agent's own journal: counts only (no timestamps,
entry ids, tags, names or text), unless the agent picks excerpts, which are scrubbed
first. The same dataclasses are what `validate` accepts from another machine, so what is
written and what is accepted cannot drift; the pseudonym lives in `identity`.

Domain code: plain data in and out, nothing printed.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from carecli.core import rules as shiftdays
from carecli.core.errors import CareError
from carecli.journal.models import CHANNELS, Entry

if TYPE_CHECKING:
    from carecli.core.rules import Calendar
    from carecli.journal.store import Journal

SCHEMA = "carecli.summary/1"
MAX_COUNT = 1_000_000
MAX_PERIOD_DAYS = 366
MAX_EXCERPTS = 50
MAX_EXCERPT_CHARS = 2000
IMPACT_LEVELS = ("1", "2", "3", "4", "5")

TOP_KEYS = ("schema", "pseudonym", "period", "days_worked", "wins", "impact_points", "impact",
            "themes", "channels", "energy", "best_streak", "weeks", "excerpts")
PERIOD_KEYS = ("start", "end")
WEEK_KEYS = ("week", "days_worked", "wins", "impact_points", "themes", "channels", "energy")
EXCERPT_KEYS = ("theme", "text")
# Present only when the agent opted in (`export --suggestions`), so a summary without
# suggestions is exactly what older readers accept.
OPTIONAL_KEYS = ("suggestions",)
SUGGESTION_KEYS = ("text",)
MAX_SUGGESTIONS = 20
MAX_SUGGESTION_CHARS = 300  # a pack prompt's length (prompts.MAX_PROMPT_TEXT)


# ---- the data ------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """Shift days from `start` to `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise CareError(f"the period starts ({self.start}) after it ends ({self.end})")
        if self.days > MAX_PERIOD_DAYS:
            raise CareError(f"a summary covers at most {MAX_PERIOD_DAYS} days, "
                            f"not {self.days}")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Week:
    """One ISO week's figures (the finest time bucket a summary has)."""

    week: str
    days_worked: int
    wins: int
    impact_points: int
    themes: dict[str, int]
    channels: dict[str, int]
    energy: float | None


@dataclass(frozen=True)
class Excerpt:
    """An opted-in win text, already scrubbed; nothing says which win or when."""

    theme: str | None
    text: str


@dataclass(frozen=True)
class Summary:
    pseudonym: str
    period: Period
    days_worked: int
    wins: int
    impact_points: int
    impact: dict[str, int]
    themes: dict[str, int]
    channels: dict[str, int]
    energy: float | None
    best_streak: int
    weeks: tuple[Week, ...]
    excerpts: tuple[Excerpt, ...] = field(default_factory=tuple)
    suggestions: tuple[str, ...] = field(default_factory=tuple)  # scrubbed prompt ideas


def to_json(summary: Summary) -> dict[str, Any]:
    """The JSON object of a summary, keys in schema order; `suggestions` only when the
    agent opted in to share some."""
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "pseudonym": summary.pseudonym,
        "period": {"start": summary.period.start.isoformat(),
                   "end": summary.period.end.isoformat()},
        "days_worked": summary.days_worked,
        "wins": summary.wins,
        "impact_points": summary.impact_points,
        "impact": dict(summary.impact),
        "themes": dict(summary.themes),
        "channels": dict(summary.channels),
        "energy": summary.energy,
        "best_streak": summary.best_streak,
        "weeks": [{"week": w.week, "days_worked": w.days_worked, "wins": w.wins,
                   "impact_points": w.impact_points, "themes": dict(w.themes),
                   "channels": dict(w.channels), "energy": w.energy} for w in summary.weeks],
        "excerpts": [{"theme": x.theme, "text": x.text} for x in summary.excerpts],
    }
    if summary.suggestions:
        data["suggestions"] = [{"text": text} for text in summary.suggestions]
    return data


def file_name(summary: Summary, extension: str = "json") -> str:
    """`<pseudonym>-<start>-<end>.<ext>`: one agent's one period, so agents sharing a drop
    folder never pick the same name."""
    return (f"{summary.pseudonym}-{summary.period.start.isoformat()}-"
            f"{summary.period.end.isoformat()}.{extension}")


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


# ---- periods ---------------------------------------------------------------------------

def last_full_week(today: date) -> Period:
    """Monday to Sunday of the week before the current one."""
    monday = today - timedelta(days=today.weekday())
    return Period(monday - timedelta(days=7), monday - timedelta(days=1))


def this_week(today: date) -> Period:
    """The current week so far, Monday to today."""
    return Period(today - timedelta(days=today.weekday()), today)


def last_30_days(today: date) -> Period:
    """The last 30 shift days, today included."""
    return Period(today - timedelta(days=29), today)


def choose_period(now: datetime, rollover_hour: int, *, since: str | None = None,
                  until: str | None = None, week: bool = False, month: bool = False) -> Period:
    """The period the options name; the default is last week, Monday to Sunday."""
    from carecli.dates import parse_day

    if sum((week, month, since is not None or until is not None)) > 1:
        raise CareError("choose one of --week, --month or --since/--until")
    today = shiftdays.shift_day(now, rollover_hour)
    if week:
        return this_week(today)
    if month:
        return last_30_days(today)
    if since is None and until is None:
        return last_full_week(today)
    if since is None:
        raise CareError("--until needs --since (the first shift day of the summary)")
    start = parse_day(since, now, rollover_hour)
    end = parse_day(until, now, rollover_hour) if until is not None else today
    return Period(start, end)


# ---- building ----------------------------------------------------------------------------

def build(entries: Iterable[Entry], period: Period, pseudonym: str, *,
          is_rest_day: Callable[[date], bool], themes: Collection[str],
          excerpts: Sequence[Excerpt] = (), suggestions: Sequence[str] = ()) -> Summary:
    """The summary of `period` from the agent's entries.

    Only theme ids in `themes` are counted (an imported entry may carry any text as its
    theme, and free text never leaves); the best streak follows `shiftdays.best_streak`,
    where rest days and days marked off neither count nor break it."""
    chosen = [e for e in entries if period.contains(e.shift_day)]
    wins = [e for e in chosen if e.kind == "win"]
    known = set(themes)
    by_week: dict[str, list[Entry]] = {}
    for entry in sorted(chosen, key=lambda e: e.shift_day):
        by_week.setdefault(iso_week(entry.shift_day), []).append(entry)
    return Summary(
        pseudonym=pseudonym,
        period=period,
        days_worked=len({e.shift_day for e in chosen}),
        wins=len(wins),
        impact_points=sum(e.impact or 0 for e in wins),
        impact={level: sum(1 for e in wins if str(e.impact) == level)
                for level in IMPACT_LEVELS},
        themes=_counts(e.theme for e in wins if e.theme in known),
        channels=_counts(e.channel for e in wins if e.channel in CHANNELS),
        energy=_energy(chosen),
        best_streak=shiftdays.best_streak({e.shift_day for e in wins}, is_rest_day),
        weeks=tuple(_week(week, items, known) for week, items in sorted(by_week.items())),
        excerpts=tuple(excerpts),
        suggestions=tuple(suggestions),
    )


def build_from_journal(journal: Journal, calendar: Calendar, period: Period, pseudonym: str,
                       *, themes: Collection[str], excerpts: Sequence[Excerpt] = (),
                       suggestions: Sequence[str] = ()) -> Summary:
    """`build` over a journal, with the calendar's rest days (not a workday, or off)."""
    return build(journal.entries(newest_first=False), period, pseudonym,
                 is_rest_day=calendar.is_rest_day, themes=themes, excerpts=excerpts,
                 suggestions=suggestions)


def _week(week: str, entries: list[Entry], themes: set[str]) -> Week:
    wins = [e for e in entries if e.kind == "win"]
    return Week(week=week, days_worked=len({e.shift_day for e in entries}), wins=len(wins),
                impact_points=sum(e.impact or 0 for e in wins),
                themes=_counts(e.theme for e in wins if e.theme in themes),
                channels=_counts(e.channel for e in wins if e.channel in CHANNELS),
                energy=_energy(entries))


def _counts(values: Iterable[str | None]) -> dict[str, int]:
    return dict(sorted(Counter(v for v in values if v).items()))


def _energy(entries: Iterable[Entry]) -> float | None:
    levels = [e.energy for e in entries if e.kind == "reflection" and e.energy is not None]
    return round(sum(levels) / len(levels), 2) if levels else None


def excerpt(entry: Entry, scrubbed: str, themes: Collection[str]) -> Excerpt:
    """An excerpt from a win whose text has already been scrubbed: the theme (when it is
    a known one) and the text, with control characters made spaces, nothing else."""
    if entry.kind != "win":
        raise CareError(f"entry {entry.id} is a reflection; only wins can be excerpts")
    text = _one_line(scrubbed)
    if len(text) > MAX_EXCERPT_CHARS:
        text = text[:MAX_EXCERPT_CHARS - 1] + "…"
    if not text:
        raise CareError(f"entry {entry.id} has no text left to share")
    return Excerpt(entry.theme if entry.theme in themes else None, text)


def scrubbed_excerpts(entries: Sequence[Entry], themes: Collection[str], *,
                      always_scrub: Iterable[str] = (), always_keep: Iterable[str] = (),
                      own_names: Iterable[str] = ()) -> tuple[tuple[Excerpt, int], ...]:
    """Each chosen win as an excerpt scrubbed of personal data, with how many things the
    scrubber replaced in it. Only the scrubbed text is ever kept."""
    if not entries:
        return ()
    from carecli.scrub import scrub

    keep, always, own = tuple(always_keep), tuple(always_scrub), tuple(own_names)
    result = []
    for entry in entries:
        scrubbed = scrub(entry.text, always_scrub=always, always_keep=keep, own_names=own)
        result.append((excerpt(entry, scrubbed.text, themes), len(scrubbed.findings)))
    return tuple(result)


def scrubbed_suggestions(texts: Sequence[str], *, always_scrub: Iterable[str] = (),
                         always_keep: Iterable[str] = (), own_names: Iterable[str] = ()
                         ) -> tuple[str, ...]:
    """The agent's stored suggestions, scrubbed of personal data like excerpts, each once,
    cut to MAX_SUGGESTION_CHARS (a placeholder can be longer than what it replaced)."""
    if len(texts) > MAX_SUGGESTIONS:
        raise CareError(f"at most {MAX_SUGGESTIONS} suggestions per summary")
    from carecli.scrub import scrub

    keep, always, own = tuple(always_keep), tuple(always_scrub), tuple(own_names)
    found: dict[str, None] = {}
    for raw in texts:
        text = _one_line(scrub(raw, always_scrub=always, always_keep=keep, own_names=own).text)
        if len(text) > MAX_SUGGESTION_CHARS:
            text = text[:MAX_SUGGESTION_CHARS - 1] + "…"
        if text:
            found[text] = None
    return tuple(found)


def _one_line(text: str) -> str:
    return " ".join("".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
                            else ch for ch in text).split())


def wins_in(entries: Iterable[Entry], period: Period) -> list[Entry]:
    """The wins of a period, oldest first: the choices for excerpts."""
    return sorted((e for e in entries if e.kind == "win" and period.contains(e.shift_day)),
                  key=lambda e: e.at)


def check_excerpt_choice(entries: Iterable[Entry], period: Period) -> list[Entry]:
    """The chosen entries, once each; a reflection or a win outside the period is refused."""
    chosen: dict[str, Entry] = {}
    for entry in entries:
        if entry.kind != "win":
            raise CareError(f"entry {entry.id} is a reflection; only wins can be excerpts")
        if not period.contains(entry.shift_day):
            raise CareError(f"entry {entry.id} ({entry.shift_day}) is outside the period "
                            f"{period.start} to {period.end}")
        chosen[entry.id] = entry
    if len(chosen) > MAX_EXCERPTS:
        raise CareError(f"at most {MAX_EXCERPTS} excerpts per summary")
    return list(chosen.values())
