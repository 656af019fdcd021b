"""The adaptive prompt of the day: no repeats within a cycle, leaning toward the themes the
agent has lived least lately."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carecli.card import rotation
from carecli.card.snapshot import PromptInfo
from carecli.core.daystats import DayStats
from carecli.core.settings import Settings

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


# ---- channels, shifts and reframes ---------------------------------------------------------

KINDS = ("intention", "reflection", "challenge", "reframe")


def agent(channels: tuple[str, ...] = (), shift: str = "day") -> Settings:
    return Settings(channels=channels, shift=shift)


def simulate(pool: list[PromptInfo], settings: Settings, low_days: list[bool],
             seed: str = "fixed") -> list[list[tuple[PromptInfo, bool]]]:
    """Run the rotation over len(low_days) shift days (each flag: the day follows a
    low-energy reflection); the picks as (prompt, low) split into cycles."""
    state = rotation.CardState(seed=seed)
    ids = {p.id for p in pool}
    cycles: list[list[tuple[PromptInfo, bool]]] = []
    for n, low in enumerate(low_days):
        day = DAY + timedelta(days=n)
        prompt = rotation.prompt_for_day(pool, state, day, {}, settings, low)
        assert prompt is not None
        rotation.record(state, day, prompt, ids)
        if state.cycle == [prompt.id]:
            cycles.append([])
        cycles[-1].append((prompt, low))
    return cycles


PROMPTS = st.lists(st.tuples(st.sampled_from(THEMES), st.sampled_from(KINDS),
                             st.sampled_from(("", "phone", "chat", "email")),
                             st.sampled_from(("", "day", "night", "evening"))),
                   min_size=1, max_size=14)


@settings(max_examples=150, deadline=None)
@given(rows=PROMPTS, channels=st.sets(st.sampled_from(("phone", "chat", "email"))),
       shift=st.sampled_from(("day", "night", "evening")), data=st.data())
def test_every_prompt_once_per_cycle_fitting_ones_first(
        rows: list[tuple[str, str, str, str]], channels: set[str], shift: str,
        data: st.DataObject) -> None:
    pool = [PromptInfo(f"p-{n}", theme, kind, f"text {n}", "", "core", (), channel, when)
            for n, (theme, kind, channel, when) in enumerate(rows)]
    you = agent(tuple(sorted(channels)), shift)
    morning = {p.id for p in pool if p.kind != "reframe"}
    days = data.draw(st.lists(st.booleans(), min_size=1, max_size=4 * len(pool)), label="low")
    cycles = simulate(pool, you, days)
    for number, cycle in enumerate(cycles):
        shown = [p.id for p, _ in cycle]
        assert len(shown) == len(set(shown)), "a repeat within a cycle"
        if number < len(cycles) - 1 and morning:  # a complete cycle
            assert morning <= set(shown), "a cycle ended before every prompt was shown"
        for n, (prompt, low) in enumerate(cycle):
            if morning:
                assert low or prompt.kind != "reframe", "a reframe without a low-energy day"
            earlier = set(shown[:n])
            candidates = [p for p in pool if p.id not in earlier
                          and (low or p.kind != "reframe" or not morning)]
            if not rotation.fits(prompt, you):
                assert not [p.id for p in candidates if rotation.fits(p, you)], \
                    "a prompt that does not fit came before a fitting one"
            elif low and prompt.kind != "reframe":
                assert not [p.id for p in candidates if p.kind == "reframe"
                            and rotation.fits(p, you)], "a low day passed over a reframe"


def test_a_night_shift_agent_sees_the_night_prompts_first() -> None:
    pool = [PromptInfo(f"{t}-{n}", t, "intention", f"text {t} {n}", "", "core", (), "", shift)
            for t in THEMES for n, shift in enumerate(("day", "day", "night", "night"))]
    for seed in ("a", "b", "c"):
        (cycle, *_) = simulate(pool, agent(shift="night"), [False] * len(pool), seed)
        shifts = [p.shift for p, _ in cycle]
        assert shifts == ["night"] * 6 + ["day"] * 6
        (cycle, *_) = simulate(pool, agent(shift="day"), [False] * len(pool), seed)
        assert [p.shift for p, _ in cycle] == ["day"] * 6 + ["night"] * 6


def test_a_chat_agent_sees_chat_and_any_channel_prompts_before_phone_ones() -> None:
    pool = [PromptInfo(f"c-{n}", THEMES[n % 3], "intention", f"text {n}", "", "core", (),
                       channel, "") for n, channel in enumerate(("phone", "", "chat", "phone",
                                                                 "email", ""))]
    (cycle, *_) = simulate(pool, agent(("chat", "email")), [False] * len(pool))
    assert [p.channel for p, _ in cycle][-2:] == ["phone", "phone"]
    (cycle, *_) = simulate(pool, agent(), [False] * len(pool))  # all channels: all fit
    assert len(cycle) == len(pool)


def test_reframes_come_only_after_a_low_energy_reflection() -> None:
    pool = [*POOL, PromptInfo("lift-1", "empathy-first", "reframe", "reframe text", "",
                              "core")]
    (cycle, *_) = simulate(pool, agent(), [False] * len(POOL))
    assert "lift-1" not in {p.id for p, _ in cycle} and len(cycle) == len(POOL)
    cycles = simulate(pool, agent(), [False, False, True])
    assert [p.id for p, _ in cycles[0]][-1] == "lift-1"


@pytest.mark.parametrize(("energy", "low"), [(None, False), (1, True), (2, True), (3, False),
                                             (5, False)])
def test_low_energy_is_the_last_reflection_at_most_two(energy: int | None, low: bool) -> None:
    assert rotation.is_low_energy(DayStats(DAY, energy=energy)) is low
    assert rotation.is_low_energy(None) is False


def test_the_card_shows_a_reframe_after_a_low_energy_reflection_only() -> None:
    import json

    from carecli.core import rules
    from conftest import ok

    today = rules.shift_day(datetime.now().astimezone(), 4)
    ok("config", "set", "workdays", "mon-sun")
    ok("config", "set", "shift", "night")
    for back in range(1, 4):  # calm days: no reframe on their cards
        shown = json.loads(ok("today", "--json", "--date", str(today - timedelta(days=back))))
        assert shown["prompt"]["kind"] != "reframe"
    ok("reflect", "--energy", "2", "--at", f"{today - timedelta(days=1)} 12:00")
    card = json.loads(ok("today", "--json"))
    assert card["prompt"]["kind"] == "reframe"


def test_tags_channel_and_shift_survive_the_compiled_cache(care_home: Path) -> None:
    from carecli.card import snapshot
    from conftest import ok

    ok("config", "set", "channels", "email, chat")
    built = snapshot.load(str(care_home))  # builds card-cache.bin
    cached = snapshot.load(str(care_home))  # reads it back
    assert [p.as_row() for p in cached.prompts] == [p.as_row() for p in built.prompts]
    assert any(p.channel and p.tags for p in cached.prompts)
    assert cached.settings.channels == ("chat", "email") and cached.settings.shift == "day"
