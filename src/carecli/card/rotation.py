"""Which prompt the card shows: one per shift day, the whole pool before any repeat.

The pool is every prompt except the reframes (kind "reframe": they are for the hard
moment, `carecli lift`); after a low-energy reflection (energy 1 or 2 on the previous
worked day) the reframes join it for that day, and one of them is preferred.
The rule: each shift day takes a prompt of the pool not yet shown in the current cycle;
when none is left, a new cycle begins. Among the candidates it takes, in this order:
1. a prompt that fits the agent (its channel is none or one of the agent's `channels`,
   its shift none or the agent's `shift`): one that does not fit comes only after every
   fitting one of the cycle was shown;
2. (after a low-energy reflection) a reframe;
3. the theme the agent has lived least lately: fewest wins logged under it in the last
   30 shift days plus the times it was on the card in the last 14;
4. a shuffled order fixed per install.
A newly installed team pack comes before all that: the rotation remembers which prompt
ids it has seen (`known`), and a team pack's prompt it has not seen joins `fresh`, which
goes first: one a shift day from the next one on (the rule above picks among them), so
a pack of n prompts has all been on the card within n shift days, and then the cycle
goes on where it was. Built-in prompts never jump the queue.
The choice is remembered, so the prompt stays the same all day.
This module is on the shift-start path: `os`, `marshal`, `zlib` and `datetime` only.
"""

from __future__ import annotations

import marshal
import os
import zlib
from datetime import date, timedelta

from carecli.card.snapshot import PromptInfo

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from collections.abc import Mapping

    from carecli.core.daystats import DayStats
    from carecli.core.settings import Settings

WINS_WINDOW_DAYS = 30
LOW_ENERGY = 2  # a reflection's energy (1-5) at or below which reframes join the pool
REFRAME = "reframe"
SHOWN_WINDOW_DAYS = 14
KEEP_HISTORY_DAYS = 400
STATE_NAME = "card-state.bin"


class CardState:
    """The rotation's memory: install seed, this cycle's prompts, each day's prompt."""

    __slots__ = ("changed", "cycle", "days", "fresh", "known", "once", "seed")

    def __init__(self, seed: str, cycle: list[str] | None = None,
                 days: dict[str, str] | None = None, once: str = "",
                 changed: bool = False, known: list[str] | None = None,
                 fresh: list[str] | None = None) -> None:
        self.seed, self.cycle, self.days, self.once = seed, cycle or [], days or {}, once
        self.changed = changed  # recorded a day's prompt since it was loaded
        self.known = known or []  # every prompt id the rotation has seen in the pool
        self.fresh = fresh or []  # new team-pack prompts, to show before the cycle's rest


def load_state(home: str) -> CardState:
    try:
        with open(os.path.join(home, STATE_NAME), "rb") as handle:
            raw = marshal.loads(handle.read())
        seed, cycle, days, once = raw["seed"], raw["cycle"], raw["days"], raw["once"]
        known, fresh = raw.get("known", []), raw.get("fresh", [])  # absent before packs first
        if not (isinstance(seed, str) and isinstance(once, str) and _ids(cycle)
                and _ids(known) and _ids(fresh) and isinstance(days, dict)
                and all(isinstance(k, str) and isinstance(v, str) for k, v in days.items())):
            raise ValueError("malformed rotation state")
        return CardState(seed, cycle, days, once, known=known, fresh=fresh)
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        # Only bookkeeping lives here; starting it afresh loses no journal data.
        return CardState(seed=os.urandom(8).hex())


def _ids(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(i, str) for i in value)


def save_state(home: str, state: CardState, today: date) -> None:
    from carecli.core import atomic, paths

    cutoff = (today - timedelta(days=KEEP_HISTORY_DAYS)).isoformat()
    state.days = {d: p for d, p in state.days.items() if d >= cutoff}
    body = {"seed": state.seed, "cycle": state.cycle, "days": state.days, "once": state.once,
            "known": state.known, "fresh": state.fresh}
    paths.ensure_private_dir(home)
    atomic.write_bytes(os.path.join(home, STATE_NAME), marshal.dumps(body))


def prompt_for_day(prompts: list[PromptInfo], state: CardState, day: date,
                   stats: Mapping[date, DayStats], settings: Settings | None = None,
                   low_energy: bool | None = None) -> PromptInfo | None:
    """The day's prompt: the remembered one, or a fresh pick (not yet recorded).
    `settings` gives the agent's channels and shift (None: every prompt fits);
    `low_energy`: the previous worked day's last reflection had energy <= LOW_ENERGY
    (the card passes is_low_energy); None, for a caller without the agent's figures,
    keeps every prompt in the pool and prefers none."""
    by_id = {p.id: p for p in prompts}
    remembered = by_id.get(state.days.get(day.isoformat(), ""))
    if remembered or not prompts:
        return remembered
    pool = [p for p in prompts if low_energy is not False or p.kind != REFRAME] or prompts
    shown, fresh = set(state.cycle), set(state.fresh)
    remaining = ([p for p in prompts if p.id in fresh and p.id not in shown]
                 or [p for p in pool if p.id not in shown] or pool)
    scores = theme_scores(day, state, stats, by_id)
    seed = state.seed
    return min(remaining, key=lambda p: (not fits(p, settings),
                                         bool(low_energy) and p.kind != REFRAME,
                                         scores.get(p.theme, 0), _shuffle_key(seed, p.id)))


def notice(state: CardState, prompts: list[PromptInfo], team_packs: Mapping[str, str]
           ) -> None:
    """Put a team pack's prompts the rotation has not seen before (a pack just installed,
    or new prompts of an updated one) in `fresh`, and remember the pool as seen. In
    memory only: it is saved with the next recorded day, and until then each card finds
    the same."""
    seen = set(state.known) | set(state.cycle) | set(state.days.values())
    queued = set(state.fresh)
    ids = {p.id for p in prompts}
    state.fresh = [i for i in state.fresh if i in ids] + [
        p.id for p in prompts if p.pack in team_packs and p.id not in seen
        and p.id not in queued]
    state.known = [p.id for p in prompts]


def fits(prompt: PromptInfo, settings: Settings | None) -> bool:
    """The prompt is for the agent's channels and shift (or for any)."""
    return settings is None or (settings.works_channel(prompt.channel)
                                and settings.fits_shift(prompt.shift))


def is_low_energy(yesterday: DayStats | None) -> bool:
    """The last reflection of the previous worked day had energy 1 or 2."""
    energy = yesterday.energy if yesterday is not None else None
    return energy is not None and energy <= LOW_ENERGY


def record(state: CardState, day: date, prompt: PromptInfo, all_ids: set[str]) -> None:
    """Remember the day's prompt; showing one already in the cycle starts a new cycle
    (prompt_for_day repeats one only when the whole pool was shown)."""
    state.changed = True
    state.days[day.isoformat()] = prompt.id
    state.fresh = [i for i in state.fresh if i != prompt.id and i in all_ids]
    cycle = [i for i in state.cycle if i in all_ids]
    state.cycle = [prompt.id] if prompt.id in cycle else [*cycle, prompt.id]


def theme_scores(day: date, state: CardState, stats: Mapping[date, DayStats],
                 by_id: Mapping[str, PromptInfo]) -> dict[str, int]:
    """How much each theme was lived lately: wins under it, plus days on the card."""
    scores: dict[str, int] = {}
    for offset in range(1, WINS_WINDOW_DAYS + 1):
        figures = stats.get(day - timedelta(days=offset))
        for theme, count in figures.themes.items() if figures else ():
            scores[theme] = scores.get(theme, 0) + count
    for offset in range(1, SHOWN_WINDOW_DAYS + 1):
        shown = by_id.get(state.days.get((day - timedelta(days=offset)).isoformat(), ""))
        if shown:
            scores[shown.theme] = scores.get(shown.theme, 0) + 1
    return scores


def _shuffle_key(seed: str, prompt_id: str) -> int:
    return zlib.crc32(f"{seed}:{prompt_id}".encode())
