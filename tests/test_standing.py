"""One verdict everywhere: the card, the `win` echo and `progress` agree on "did I beat my
last shift", in their JSON and in their words, on random journals.

The expected verdict comes from a deliberately plain model written here (no carecli code):
last shift is the latest earlier day with an entry; a day beats another with more wins, or
as many and more impact points; new-best means it beats every earlier day with a win.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carecli.core import rules
from conftest import care

DAY_WINS = st.lists(st.integers(min_value=1, max_value=5), max_size=4)  # impacts of a day
JOURNALS = st.lists(DAY_WINS, min_size=0, max_size=6)  # oldest first, one list a day


def shift_today() -> date:
    return (datetime.now().astimezone() - timedelta(hours=4)).date()


def model(days: dict[date, list[int]], today: date) -> dict[str, object] | None:
    """The standing of `today`, computed from scratch."""
    earlier = [d for d in days if d < today]
    if not earlier:
        return None
    previous = max(earlier)

    def score(day: date) -> tuple[int, int]:
        return len(days.get(day, [])), sum(days.get(day, []))

    mine, theirs = score(today), score(previous)
    if mine > theirs:
        best = max((score(d) for d in earlier if days[d]), default=None)
        verdict = "new-best" if best is None or mine > best else "beaten"
        return {"verdict": verdict}
    return {"verdict": "level" if mine == theirs else "behind"}


def words_for(verdict: str) -> str:
    return {"new-best": "Last shift beaten, and your best day yet.",
            "beaten": "Last shift beaten. That's you, beating you.",
            "level": "Level with last shift: one more win beats it.",
            "behind": "To beat last shift: "}[verdict]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(journal=JOURNALS, today_wins=DAY_WINS, last=st.integers(min_value=1, max_value=5),
       gap=st.integers(min_value=1, max_value=3))
def test_card_win_and_progress_agree(journal: list[list[int]], today_wins: list[int],
                                     last: int, gap: int) -> None:
    home = Path(os.environ["CARECLI_HOME"]).parent / f"standing-{os.urandom(6).hex()}"
    os.environ["CARECLI_HOME"] = str(home)
    today = shift_today()
    days: dict[date, list[int]] = {}
    for offset, impacts in enumerate(reversed(journal)):
        day = today - timedelta(days=gap + offset)
        for impact in impacts:
            assert care("win", "past", "--impact", str(impact),
                        "--at", f"{day.isoformat()} 12:00").exit_code == 0
        if impacts:
            days[day] = impacts
    for impact in today_wins:
        assert care("win", "today", "--impact", str(impact)).exit_code == 0
    # The last win of the day is the one whose echo we read.
    logged = care("win", "now", "--impact", str(last), "--json")
    assert logged.exit_code == 0, logged
    days[today] = [*today_wins, last]

    expected = model(days, today)
    standings = {
        "win": json.loads(logged.stdout)["standing"],
        "card": json.loads(care("today", "--json").stdout)["standing"],
        "progress": json.loads(care("progress", "--json").stdout)["standing"],
    }
    assert len({json.dumps(s, sort_keys=True) for s in standings.values()}) == 1, standings
    standing = standings["card"]
    if expected is None:
        assert standing is None
        return
    assert standing["verdict"] == expected["verdict"], (days, standing)
    wins, points = len(days[today]), sum(days[today])
    # wins_to_beat really beats it at the lowest impact, and one fewer does not.
    previous = max(d for d in days if d < today)
    target = (len(days[previous]), sum(days[previous]))
    if standing["verdict"] in ("behind", "level"):
        n = standing["wins_to_beat"]
        assert (wins + n, points + n) > target
        assert not (wins + n - 1, points + n - 1) > target
    else:
        assert standing["wins_to_beat"] == standing["points_to_beat"] == 0

    phrase = words_for(standing["verdict"])
    card_text = care("today").stdout
    progress_text = care("progress").stdout
    assert phrase in card_text and phrase in progress_text, (card_text, progress_text)
    echo = care("win", "one more", "--impact", "1").stdout  # the echo after one more win
    # The echo speaks of the day after that extra win: its own verdict, same words.
    after = json.loads(care("today", "--json").stdout)["standing"]
    assert words_for(after["verdict"]) in echo
    if standing["verdict"] == "behind":  # the words name the same numbers as the JSON
        assert f"To beat last shift: {rules.to_beat(rules.Standing(wins, points, target, None))}." \
            in card_text
