"""Which prompt the card shows: one per shift day, the whole pack before any repeat.

The rule: each shift day takes a prompt not yet shown in the current cycle. Among those it
prefers the theme the agent has lived least lately: fewest wins logged under it in the last
30 shift days plus the times it was on the card in the last 14; ties follow a shuffled
order fixed per install. The choice is remembered, so the prompt stays the same all day.
Standard library only: this runs at shift start.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from carecli import atomic, paths
from carecli.daystats import DayStats
from carecli.prompts import Prompt

WINS_WINDOW_DAYS = 30
SHOWN_WINDOW_DAYS = 14
KEEP_HISTORY_DAYS = 400


@dataclass
class CardState:
    seed: str = ""
    cycle: list[str] = field(default_factory=list)
    days: dict[str, str] = field(default_factory=dict)
    once: str = ""


def load_state(base: Path) -> CardState:
    try:
        raw = json.loads(paths.state_file(base).read_text(encoding="utf-8"))
        return CardState(str(raw["seed"]), list(raw["cycle"]), dict(raw["days"]),
                         str(raw.get("once", "")))
    except (OSError, ValueError, KeyError, TypeError):
        # Only bookkeeping lives here; starting it afresh loses no journal data.
        import secrets

        return CardState(seed=secrets.token_hex(8))


def save_state(base: Path, state: CardState) -> None:
    cutoff = (date.today() - timedelta(days=KEEP_HISTORY_DAYS)).isoformat()
    state.days = {d: p for d, p in state.days.items() if d >= cutoff}
    body = {"seed": state.seed, "cycle": state.cycle, "days": state.days, "once": state.once}
    paths.ensure_private_dir(base)
    atomic.write_text(paths.state_file(base), json.dumps(body))


def prompt_for_day(prompts: list[Prompt], state: CardState, day: date,
                   stats: Mapping[date, DayStats]) -> Prompt | None:
    """The day's prompt: the remembered one, or a fresh pick (not yet recorded)."""
    by_id = {p.id: p for p in prompts}
    remembered = by_id.get(state.days.get(day.isoformat(), ""))
    if remembered or not prompts:
        return remembered
    shown = set(state.cycle) & set(by_id)
    remaining = [p for p in prompts if p.id not in shown] or prompts
    scores = theme_scores(day, state, stats, by_id)
    return min(remaining, key=lambda p: (scores[p.theme], _shuffle_key(state.seed, p.id)))


def record(state: CardState, day: date, prompt: Prompt, all_ids: set[str]) -> None:
    state.days[day.isoformat()] = prompt.id
    cycle = [i for i in state.cycle if i in all_ids]
    state.cycle = [prompt.id] if set(cycle) >= all_ids else [*cycle, prompt.id]


def theme_scores(day: date, state: CardState, stats: Mapping[date, DayStats],
                 by_id: Mapping[str, Prompt]) -> Counter[str]:
    scores: Counter[str] = Counter()
    for offset in range(1, WINS_WINDOW_DAYS + 1):
        figures = stats.get(day - timedelta(days=offset))
        if figures:
            scores.update(figures.themes)
    for offset in range(1, SHOWN_WINDOW_DAYS + 1):
        shown = by_id.get(state.days.get((day - timedelta(days=offset)).isoformat(), ""))
        if shown:
            scores[shown.theme] += 1
    return scores


def _shuffle_key(seed: str, prompt_id: str) -> int:
    return zlib.crc32(f"{seed}:{prompt_id}".encode())
