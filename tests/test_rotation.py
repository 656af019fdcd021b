"""The adaptive prompt of the day: no repeats within a cycle, leaning toward the themes the
agent has lived least lately."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from carecli.card import rotation
from carecli.card.snapshot import PromptInfo
from carecli.core.daystats import DayStats

THEMES = ("empathy-first", "follow-through", "extra-mile")
POOL = [PromptInfo(f"{t}-{n}", t, "intention", f"text {t} {n}", "", "core")
        for t in THEMES for n in range(3)]
DAY = date(2026, 11, 20)


def test_the_least_lived_theme_comes_first() -> None:
    lived = {DAY - timedelta(days=1): DayStats(DAY - timedelta(days=1), entries=6, wins=6,
                                               themes={"empathy-first": 3, "extra-mile": 3})}
    for seed in ("a", "b", "c", "d", "e", "f"):  # whatever the install's shuffle
        picked = rotation.prompt_for_day(POOL, rotation.CardState(seed=seed), DAY, lived)
        assert picked is not None and picked.theme == "follow-through"


def test_wins_older_than_the_window_no_longer_count() -> None:
    long_ago = DAY - timedelta(days=rotation.WINS_WINDOW_DAYS + 1)
    stats = {long_ago: DayStats(long_ago, entries=9, wins=9, themes={"follow-through": 9})}
    picks = set()
    for seed in ("a", "b", "c", "d", "e", "f"):
        picked = rotation.prompt_for_day(POOL, rotation.CardState(seed=seed), DAY, stats)
        assert picked is not None
        picks.add(picked.theme)
    assert "follow-through" in picks


def test_a_whole_cycle_before_any_repeat_and_themes_take_turns() -> None:
    state = rotation.CardState(seed="fixed")
    shown = []
    for n in range(len(POOL)):
        day = DAY + timedelta(days=n)
        prompt = rotation.prompt_for_day(POOL, state, day, {})
        assert prompt is not None
        rotation.record(state, day, prompt, {p.id for p in POOL})
        shown.append(prompt)
    assert len({p.id for p in shown}) == len(POOL)
    # Shown prompts count against their theme for two weeks, so no theme comes twice in a row.
    assert all(a.theme != b.theme for a, b in pairwise(shown))
    next_day = DAY + timedelta(days=len(POOL))
    again = rotation.prompt_for_day(POOL, state, next_day, {})
    assert again is not None
    rotation.record(state, next_day, again, {p.id for p in POOL})
    assert state.cycle == [again.id]  # a new cycle began


def test_the_days_prompt_is_remembered() -> None:
    state = rotation.CardState(seed="fixed")
    first = rotation.prompt_for_day(POOL, state, DAY, {})
    assert first is not None
    rotation.record(state, DAY, first, {p.id for p in POOL})
    lived = {DAY: DayStats(DAY, entries=5, wins=5, themes={first.theme: 5})}
    assert rotation.prompt_for_day(POOL, state, DAY, lived) is first
