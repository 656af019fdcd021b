"""Strict reading of summary files from other machines: anything outside the schema is
refused, with one line saying why, before a single figure is used."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from carecli.errors import CareError
from carecli.export import SCHEMA

MAX_BYTES = 1_000_000
MAX_COUNT = 1_000_000
MAX_EXCERPTS = 50
MAX_EXCERPT_CHARS = 2000
_PSEUDONYM = re.compile(r"^agent-[a-z0-9]{6,32}$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_TOP_KEYS = {"schema", "pseudonym", "period", "days_worked", "wins", "impact_points", "impact",
             "themes", "channels", "energy", "best_streak", "weeks", "excerpts"}
_WEEK_KEYS = {"week", "days_worked", "wins", "impact_points", "themes", "channels", "energy"}


@dataclass(frozen=True)
class Summary:
    """A validated summary; the pseudonym is kept only to count distinct agents."""

    pseudonym: str
    start: date
    end: date
    days_worked: int
    wins: int
    impact_points: int
    impact: dict[str, int]
    themes: dict[str, int]
    channels: dict[str, int]
    energy: float | None
    best_streak: int
    weeks: tuple[dict[str, Any], ...]
    excerpts: tuple[tuple[str | None, str], ...]


def read(path: Path, themes: Collection[str], channels: Collection[str]) -> Summary:
    """A summary file, or a CareError with the reason it was refused."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CareError(f"larger than {MAX_BYTES // 1000} kB")
        raw = path.read_bytes()
    except OSError as err:
        raise CareError(f"cannot read it ({err.strerror or err})") from None
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates,
                          parse_constant=_no_constants)
    except RecursionError:
        raise CareError("nested too deeply") from None
    except (UnicodeDecodeError, ValueError) as err:
        raise CareError(f"not valid JSON ({err})") from None
    return validate(data, themes, channels)


def validate(data: Any, themes: Collection[str], channels: Collection[str]) -> Summary:
    top = _object(data, _TOP_KEYS, "the summary")
    if top["schema"] != SCHEMA:
        raise CareError(f"schema is {top['schema']!r}, expected {SCHEMA!r}")
    pseudonym = top["pseudonym"]
    if not isinstance(pseudonym, str) or not _PSEUDONYM.match(pseudonym):
        raise CareError("pseudonym is not of the form agent-xxxxxx")
    period = _object(top["period"], {"start", "end"}, "period")
    start, end = _day(period["start"], "period.start"), _day(period["end"], "period.end")
    if start > end or (end - start).days > 366:
        raise CareError("period must run forwards and cover at most 366 days")
    impact = _object(top["impact"], {"1", "2", "3", "4", "5"}, "impact")
    weeks = top["weeks"]
    if not isinstance(weeks, list) or len(weeks) > 60:
        raise CareError("weeks must be a list of at most 60 weeks")
    excerpts = top["excerpts"]
    if not isinstance(excerpts, list) or len(excerpts) > MAX_EXCERPTS:
        raise CareError(f"excerpts must be a list of at most {MAX_EXCERPTS}")
    return Summary(
        pseudonym=pseudonym, start=start, end=end,
        days_worked=_count(top["days_worked"], "days_worked", limit=367),
        wins=_count(top["wins"], "wins"),
        impact_points=_count(top["impact_points"], "impact_points"),
        impact={k: _count(v, f"impact.{k}") for k, v in impact.items()},
        themes=_breakdown(top["themes"], themes, "themes"),
        channels=_breakdown(top["channels"], channels, "channels"),
        energy=_energy(top["energy"], "energy"),
        best_streak=_count(top["best_streak"], "best_streak", limit=367),
        weeks=tuple(_week(w, themes, channels) for w in weeks),
        excerpts=tuple(_excerpt(x, themes) for x in excerpts),
    )


def _week(raw: Any, themes: Collection[str], channels: Collection[str]) -> dict[str, Any]:
    week = _object(raw, _WEEK_KEYS, "a week")
    match = _WEEK.match(week["week"]) if isinstance(week["week"], str) else None
    if not match or not 1 <= int(match.group(2)) <= 53:
        raise CareError(f"week {week['week']!r} is not like 2026-W47")
    return {"week": week["week"],
            "days_worked": _count(week["days_worked"], "week days_worked", limit=7),
            "wins": _count(week["wins"], "week wins"),
            "impact_points": _count(week["impact_points"], "week impact_points"),
            "themes": _breakdown(week["themes"], themes, "week themes"),
            "channels": _breakdown(week["channels"], channels, "week channels"),
            "energy": _energy(week["energy"], "week energy")}


def _excerpt(raw: Any, themes: Collection[str]) -> tuple[str | None, str]:
    item = _object(raw, {"theme", "text"}, "an excerpt")
    theme, text = item["theme"], item["text"]
    if theme is not None and theme not in themes:
        raise CareError(f"excerpt theme {theme!r} is unknown")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_EXCERPT_CHARS:
        raise CareError("an excerpt's text must be non-empty and at most 2000 characters")
    return theme, text


def _object(value: Any, keys: set[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CareError(f"{what} must be a JSON object")
    extra, missing = set(value) - keys, keys - set(value)
    if extra:
        raise CareError(f"{what} has field(s) the schema does not allow: "
                        f"{', '.join(sorted(extra))[:80]}")
    if missing:
        raise CareError(f"{what} lacks {', '.join(sorted(missing))}")
    return value


def _breakdown(value: Any, allowed: Collection[str], what: str) -> dict[str, int]:
    if not isinstance(value, dict):
        raise CareError(f"{what} must be a JSON object")
    unknown = [k for k in value if k not in allowed]
    if unknown:
        raise CareError(f"{what} has an unknown key {unknown[0][:40]!r}")
    return {k: _count(v, f"{what}.{k}") for k, v in value.items()}


def _count(value: Any, what: str, limit: int = MAX_COUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        raise CareError(f"{what} must be a whole number from 0 to {limit}")
    return value


def _energy(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not (
            math.isfinite(value) and 1 <= value <= 5):
        raise CareError(f"{what} must be null or a number from 1 to 5")
    return float(value)


def _day(value: Any, what: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CareError(f"{what} must be a date YYYY-MM-DD") from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("a key appears twice")
    return dict(pairs)


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not allowed")
