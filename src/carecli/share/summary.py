"""The anonymised summary, schema `carecli.summary/1` (documented field by field in
SCHEMA.md): the only thing that ever leaves an agent's machine.

Two halves that share one dataclass, so what is written and what is accepted cannot drift:
- building a summary from the agent's own journal: counts only (no timestamps, entry ids,
  tags, names or text), unless the agent picks excerpts, which are scrubbed first;
- strict validation of a summary file from another machine, for `team report`: exact key
  sets, types, ranges and internal consistency; anything else is refused with one line.

Domain code: plain data in and out, nothing printed.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carecli.core import atomic, paths
from carecli.core import rules as shiftdays
from carecli.core.errors import CareError
from carecli.journal.models import CHANNELS, Entry

if TYPE_CHECKING:
    from carecli.config import Settings
    from carecli.journal.store import Journal

SCHEMA = "carecli.summary/1"
MAX_FILE_BYTES = 1_000_000
MAX_COUNT = 1_000_000
MAX_PERIOD_DAYS = 366
MAX_EXCERPTS = 50
MAX_EXCERPT_CHARS = 2000
IMPACT_LEVELS = ("1", "2", "3", "4", "5")
IDENTITY_FILE = "identity.json"
# `agent-` and random characters; never derived from the agent's name.
PSEUDONYM = re.compile(r"agent-[a-z0-9]{6,32}")
_PSEUDONYM_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i look-alikes
_PSEUDONYM_LENGTH = 10
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

TOP_KEYS = ("schema", "pseudonym", "period", "days_worked", "wins", "impact_points", "impact",
            "themes", "channels", "energy", "best_streak", "weeks", "excerpts")
PERIOD_KEYS = ("start", "end")
WEEK_KEYS = ("week", "days_worked", "wins", "impact_points", "themes", "channels", "energy")
EXCERPT_KEYS = ("theme", "text")


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


def to_json(summary: Summary) -> dict[str, Any]:
    """The JSON object of a summary, keys in schema order."""
    return {
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


def file_name(summary: Summary, extension: str = "json") -> str:
    return (f"carecli-summary-{summary.pseudonym}-{summary.period.start.isoformat()}-"
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


# ---- the install's pseudonym -----------------------------------------------------------

def identity_file(base: Path) -> Path:
    return base / IDENTITY_FILE


def load_pseudonym(base: Path) -> str | None:
    """This install's random pseudonym, or None before the first export."""
    path = identity_file(base)
    damaged = (f"{path} is damaged; `carecli config new-pseudonym` replaces it with a new "
               "random pseudonym")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError):
        raise CareError(damaged) from None
    value = data.get("pseudonym") if isinstance(data, dict) else None
    if not isinstance(value, str) or not PSEUDONYM.fullmatch(value):
        raise CareError(damaged)
    return value


def fresh_pseudonym() -> str:
    """`agent-` and ten random characters: nothing about the agent is in it."""
    import secrets

    return "agent-" + "".join(secrets.choice(_PSEUDONYM_ALPHABET)
                              for _ in range(_PSEUDONYM_LENGTH))


def keep_pseudonym(base: Path, value: str) -> None:
    """Store the pseudonym in `<home>/identity.json`, readable by the owner only."""
    if not PSEUDONYM.fullmatch(value):
        raise CareError(f"not a pseudonym: {value!r}")
    paths.ensure_private_dir(base)
    atomic.write_text(identity_file(base), json.dumps({"pseudonym": value}) + "\n")


def rotate_pseudonym(base: Path) -> str:
    """A new random pseudonym for future summaries (old summaries keep the old one)."""
    value = fresh_pseudonym()
    keep_pseudonym(base, value)
    return value


# ---- building ----------------------------------------------------------------------------

def build(entries: Iterable[Entry], period: Period, pseudonym: str, *,
          is_rest_day: Callable[[date], bool], themes: Collection[str],
          excerpts: Sequence[Excerpt] = ()) -> Summary:
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
    )


def build_from_journal(journal: Journal, settings: Settings, period: Period, pseudonym: str,
                       *, themes: Collection[str], excerpts: Sequence[Excerpt] = ()
                       ) -> Summary:
    """`build` over a journal, with the agent's workdays and marked-off days as rest."""
    from carecli.core import offdays

    off_days = offdays.load(paths.journal_dir(journal.base))
    return build(journal.entries(newest_first=False), period, pseudonym,
                 is_rest_day=rest_day_rule(settings, off_days), themes=themes,
                 excerpts=excerpts)


def rest_day_rule(settings: Settings, off_days: Collection[date]) -> Callable[[date], bool]:
    """Days that neither count nor break a streak: not a workday, or marked off."""
    return lambda day: not settings.is_workday(day.weekday()) or day in off_days


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
    text = " ".join("".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
                            else ch for ch in scrubbed).split())
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


# ---- reading untrusted files -------------------------------------------------------------

def read_file(path: Path, themes: Collection[str], channels: Collection[str] = CHANNELS
              ) -> Summary:
    """A summary file from another machine, or a CareError with one line saying why not.

    Files over 1 MB are refused before a byte of them is parsed."""
    try:
        if not path.is_file():
            raise CareError("not a regular file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CareError(f"larger than {MAX_FILE_BYTES // 1_000_000} MB; not read")
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise CareError(f"cannot read it ({err.strerror or type(err).__name__})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise CareError(f"larger than {MAX_FILE_BYTES // 1_000_000} MB; not read")
    return parse(raw, themes, channels)


def parse(raw: bytes | str, themes: Collection[str], channels: Collection[str] = CHANNELS
          ) -> Summary:
    if len(raw) > MAX_FILE_BYTES:
        raise CareError(f"larger than {MAX_FILE_BYTES // 1_000_000} MB; not read")
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except RecursionError:
        raise CareError("not valid JSON (nested too deeply)") from None
    except UnicodeDecodeError:
        raise CareError("not UTF-8 text") from None
    except ValueError as err:
        raise CareError(f"not valid JSON ({_first_line(str(err))})") from None
    return validate(data, themes, channels)


def validate(data: Any, themes: Collection[str], channels: Collection[str] = CHANNELS
             ) -> Summary:
    """Check a parsed summary against the schema; anything outside it is refused."""
    top = _object(data, TOP_KEYS, "the summary")
    if top["schema"] != SCHEMA:
        raise CareError(f"schema is {_show(top['schema'])}, expected {SCHEMA!r}")
    pseudonym = top["pseudonym"]
    if not isinstance(pseudonym, str) or not PSEUDONYM.fullmatch(pseudonym):
        raise CareError("pseudonym is not 'agent-' and 6-32 lowercase letters or digits")
    raw_period = _object(top["period"], PERIOD_KEYS, "period")
    start, end = _day(raw_period["start"], "period.start"), _day(raw_period["end"], "period.end")
    if start > end:
        raise CareError("period.start is after period.end")
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise CareError(f"the period is longer than {MAX_PERIOD_DAYS} days")
    period = Period(start, end)
    weeks = _list(top["weeks"], 54, "weeks")
    excerpts = _list(top["excerpts"], MAX_EXCERPTS, "excerpts")
    summary = Summary(
        pseudonym=pseudonym,
        period=period,
        days_worked=_count(top["days_worked"], "days_worked", period.days),
        wins=_count(top["wins"], "wins"),
        impact_points=_count(top["impact_points"], "impact_points", 5 * MAX_COUNT),
        impact={level: _count(value, f"impact.{level}") for level, value in
                _object(top["impact"], IMPACT_LEVELS, "impact").items()},
        themes=_breakdown(top["themes"], themes, "themes"),
        channels=_breakdown(top["channels"], channels, "channels"),
        energy=_energy_value(top["energy"], "energy"),
        best_streak=_count(top["best_streak"], "best_streak", period.days),
        weeks=tuple(_valid_week(w, period, themes, channels) for w in weeks),
        excerpts=tuple(_valid_excerpt(x, themes) for x in excerpts),
    )
    _check_consistency(summary)
    return summary


def _valid_week(raw: Any, period: Period, themes: Collection[str],
                channels: Collection[str]) -> Week:
    item = _object(raw, WEEK_KEYS, "a week")
    name = item["week"]
    match = _WEEK.fullmatch(name) if isinstance(name, str) else None
    try:
        if match is None:
            raise ValueError
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise CareError(f"week {_show(name)} is not an ISO week like 2026-W47") from None
    first, last = max(monday, period.start), min(monday + timedelta(days=6), period.end)
    if first > last:
        raise CareError(f"week {name} lies outside the period")
    where = f"week {name}"
    return Week(week=name,
                days_worked=_count(item["days_worked"], f"{where} days_worked",
                                   (last - first).days + 1),
                wins=_count(item["wins"], f"{where} wins"),
                impact_points=_count(item["impact_points"], f"{where} impact_points",
                                     5 * MAX_COUNT),
                themes=_breakdown(item["themes"], themes, f"{where} themes"),
                channels=_breakdown(item["channels"], channels, f"{where} channels"),
                energy=_energy_value(item["energy"], f"{where} energy"))


def _valid_excerpt(raw: Any, themes: Collection[str]) -> Excerpt:
    item = _object(raw, EXCERPT_KEYS, "an excerpt")
    theme, text = item["theme"], item["text"]
    if theme is not None and (not isinstance(theme, str) or theme not in themes):
        raise CareError(f"an excerpt's theme {_show(theme)} is not a known theme id")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_EXCERPT_CHARS:
        raise CareError(f"an excerpt's text must be 1-{MAX_EXCERPT_CHARS} characters")
    return Excerpt(theme, text)


def _check_consistency(s: Summary) -> None:
    """Figures that contradict each other are refused: a hand-made file cannot inflate
    one figure without the rest."""
    if sum(s.impact.values()) != s.wins:
        raise CareError("the impact counts do not add up to wins")
    if sum(int(level) * n for level, n in s.impact.items()) != s.impact_points:
        raise CareError("impact_points does not match the impact counts")
    if sum(s.themes.values()) > s.wins or sum(s.channels.values()) > s.wins:
        raise CareError("themes or channels count more wins than there are")
    if s.best_streak > s.days_worked or (s.wins == 0) != (s.best_streak == 0):
        raise CareError("best_streak does not fit days_worked and wins")
    if len(s.excerpts) > s.wins:
        raise CareError("more excerpts than wins")
    names = [w.week for w in s.weeks]
    if names != sorted(set(names)):
        raise CareError("weeks must be listed once each, oldest first")
    for week in s.weeks:
        if week.wins and not week.days_worked:
            raise CareError(f"week {week.week} has wins but no day worked")
        if sum(week.themes.values()) > week.wins or sum(week.channels.values()) > week.wins:
            raise CareError(f"week {week.week}: themes or channels count more wins than "
                            "there are")
    for what, total, parts in (
            ("days_worked", s.days_worked, [w.days_worked for w in s.weeks]),
            ("wins", s.wins, [w.wins for w in s.weeks]),
            ("impact_points", s.impact_points, [w.impact_points for w in s.weeks])):
        if sum(parts) != total:
            raise CareError(f"the weeks' {what} do not add up to {what}")
    for what, whole in (("themes", s.themes), ("channels", s.channels)):
        summed = counts_by_key(getattr(week, what) for week in s.weeks)
        if {k: v for k, v in summed.items() if v} != {k: v for k, v in whole.items() if v}:
            raise CareError(f"the weeks' {what} do not add up to {what}")
    weekly = [w.energy for w in s.weeks if w.energy is not None]
    if (s.energy is None) != (not weekly):
        raise CareError("energy and the weeks' energy disagree")
    if s.energy is not None and not min(weekly) - 0.01 <= s.energy <= max(weekly) + 0.01:
        raise CareError("energy lies outside the weeks' energy")


def _object(value: Any, keys: Sequence[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CareError(f"{what} must be a JSON object")
    extra = [k for k in value if k not in keys]
    if extra:
        raise CareError(f"{what} has a field the schema does not allow: {_show(extra[0])}"
                        + (f" (and {len(extra) - 1} more)" if len(extra) > 1 else ""))
    missing = [k for k in keys if k not in value]
    if missing:
        raise CareError(f"{what} lacks {', '.join(missing)}")
    return value


def _list(value: Any, limit: int, what: str) -> list[Any]:
    if not isinstance(value, list) or len(value) > limit:
        raise CareError(f"{what} must be a list of at most {limit} items")
    return value


def _breakdown(value: Any, allowed: Collection[str], what: str) -> dict[str, int]:
    if not isinstance(value, dict):
        raise CareError(f"{what} must be a JSON object")
    unknown = [k for k in value if k not in allowed]
    if unknown:
        raise CareError(f"{what} has an unknown key {_show(unknown[0])}")
    return {k: _count(v, f"{what}.{k}") for k, v in sorted(value.items())}


def _count(value: Any, what: str, limit: int = MAX_COUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        raise CareError(f"{what} must be a whole number from 0 to {limit}")
    return value


def _energy_value(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if (isinstance(value, bool) or not isinstance(value, int | float)
            or not math.isfinite(value) or not 1 <= value <= 5):
        raise CareError(f"{what} must be null or a number from 1 to 5")
    return float(value)


def _day(value: Any, what: str) -> date:
    # date.fromisoformat alone would also take 20261116 and 2026-W47-1.
    try:
        if not isinstance(value, str) or not _DAY.fullmatch(value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise CareError(f"{what} must be a date YYYY-MM-DD") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"the key {_show(key)} appears twice")
        seen[key] = value
    return seen


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def _show(value: Any) -> str:
    """Untrusted text in a message: quoted, escaped (ascii: no control or bidi characters
    reach a terminal), and short."""
    shown = ascii(value) if isinstance(value, str) else type(value).__name__
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _first_line(message: str) -> str:
    return message.splitlines()[0][:120] if message else "unreadable"


def counts_by_key(summaries: Iterable[Mapping[str, int]]) -> Counter[str]:
    """Sum several {key: count} breakdowns."""
    total: Counter[str] = Counter()
    for counts in summaries:
        total.update(counts)
    return total
