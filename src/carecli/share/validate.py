"""Reading a summary file from another machine, for `team report`: the untrusted-input
boundary. Strict validation against schema `carecli.summary/1` (see `summary`): exact key
sets, types, ranges and internal consistency; anything else is refused with one line.

Domain code: plain data in and out, nothing printed.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from carecli.core.errors import CareError
from carecli.journal.models import CHANNELS
from carecli.share.identity import PSEUDONYM
from carecli.share.summary import (
    EXCERPT_KEYS,
    IMPACT_LEVELS,
    MAX_COUNT,
    MAX_EXCERPT_CHARS,
    MAX_EXCERPTS,
    MAX_SUGGESTION_CHARS,
    MAX_SUGGESTIONS,
    OPTIONAL_KEYS,
    PERIOD_KEYS,
    SCHEMA,
    SUGGESTION_KEYS,
    TOP_KEYS,
    WEEK_KEYS,
    Excerpt,
    Period,
    Summary,
    Week,
)

MAX_FILE_BYTES = 1_000_000
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


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
    top = _object(data, TOP_KEYS, "the summary", optional=OPTIONAL_KEYS)
    if top["schema"] != SCHEMA:
        raise CareError(f"schema is {_show(top['schema'])}, expected {SCHEMA!r}")
    pseudonym = top["pseudonym"]
    if not isinstance(pseudonym, str) or not PSEUDONYM.fullmatch(pseudonym):
        raise CareError("pseudonym is not 'agent-' and 6-32 lowercase letters or digits")
    raw_period = _object(top["period"], PERIOD_KEYS, "period")
    period = _period(_day(raw_period["start"], "period.start"),
                     _day(raw_period["end"], "period.end"))
    weeks = _list(top["weeks"], 54, "weeks")
    excerpts = _list(top["excerpts"], MAX_EXCERPTS, "excerpts")
    suggestions = _list(top.get("suggestions", []), MAX_SUGGESTIONS, "suggestions")
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
        suggestions=tuple(_valid_suggestion(x) for x in suggestions),
    )
    _check_consistency(summary)
    return summary


def _period(start: date, end: date) -> Period:
    """The period, checked by Period itself (one set of rules for what is written and what
    is accepted); its refusal is the validator's one-line message."""
    try:
        return Period(start, end)
    except CareError as err:
        raise CareError(str(err)) from None


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


def _valid_suggestion(raw: Any) -> str:
    text = _object(raw, SUGGESTION_KEYS, "a suggestion")["text"]
    if (not isinstance(text, str) or not text.strip() or len(text) > MAX_SUGGESTION_CHARS
            or text != " ".join(text.split()) or not text.isprintable()):
        raise CareError(f"a suggestion's text must be one line of 1-{MAX_SUGGESTION_CHARS} "
                        "printable characters")
    return text


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
    if len(set(s.suggestions)) != len(s.suggestions):
        raise CareError("a suggestion is listed twice")
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


def _object(value: Any, keys: Sequence[str], what: str, optional: Sequence[str] = ()
            ) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CareError(f"{what} must be a JSON object")
    extra = [k for k in value if k not in keys and k not in optional]
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
