"""`carecli team report`: hostile files are refused one by one, and no output can single out,
rank or name an agent (k-agent thresholds, complementary suppression, excerpts at 10)."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import carecli.cli.journal
import carecli.cli.share  # noqa: F401  (registers export, scrub, team, config new-pseudonym)
from carecli.core.errors import CareError
from carecli.journal.models import CHANNELS, Entry
from carecli.prompts import load_themes
from carecli.share import overlap, summary, team, validate
from carecli.share.summary import Summary
from conftest import care, ok

THEMES = list(load_themes())
FORMATS = ("md", "json", "csv", "html")
REPORT_KEYS = {"schema", "min_agents", "agents", "period", "merged_weeks", "days_worked",
               "wins", "impact_points", "energy", "impact", "themes", "channels", "weeks",
               "trend", "excerpts", "suggestions", "notes"}
PERIOD_KEYS = {"first_week", "last_week", "start", "end", "agents", "wins", "impact_points",
               "themes", "channels"}


def make(agent: int, weeks: dict[str, dict[str, int]] | None = None,
         channel: str = "phone", energy: float | None = 3.0,
         excerpts: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A consistent summary: {week: {theme: wins}}, every win of impact 3 on `channel`."""
    weeks = weeks if weeks is not None else {"2026-W47": {"empathy-first": 5}}
    rows = []
    for name, themes in sorted(weeks.items()):
        wins = sum(themes.values())
        rows.append({"week": name, "days_worked": min(wins, 5) or 1, "wins": wins,
                     "impact_points": 3 * wins, "themes": dict(themes),
                     "channels": {channel: wins} if wins else {}, "energy": energy})
    total: dict[str, int] = {}
    for row in rows:
        for theme, n in row["themes"].items():
            total[theme] = total.get(theme, 0) + n
    wins = sum(r["wins"] for r in rows)
    return {
        "schema": "carecli.summary/1", "pseudonym": f"agent-{agent:06d}zz",
        "period": {"start": "2026-11-09", "end": "2026-11-22"},
        "days_worked": sum(r["days_worked"] for r in rows), "wins": wins,
        "impact_points": 3 * wins, "impact": {"1": 0, "2": 0, "3": wins, "4": 0, "5": 0},
        "themes": total, "channels": {channel: wins} if wins else {}, "energy": energy,
        "best_streak": 1 if wins else 0, "weeks": rows, "excerpts": excerpts or [],
    }


def drop(folder: Path, summaries: list[dict[str, Any]]) -> Path:
    folder.mkdir(exist_ok=True)
    for n, data in enumerate(summaries):
        (folder / f"s{n:02d}.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def report(folder: Path, *extra: str) -> dict[str, Any]:
    result = care(*["team", "report", str(folder), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_every_summary_is_valid_input() -> None:
    for data in (make(1), make(2, {"2026-W46": {"follow-through": 2}, "2026-W47": {}})):
        validate.validate(data, THEMES)


# ---- thresholds ------------------------------------------------------------------------

def test_a_figure_needs_five_agents_by_default(tmp_path: Path) -> None:
    four = report(drop(tmp_path / "four", [make(n) for n in range(4)]))
    assert four["wins"] is None and four["impact_points"] is None
    assert four["themes"] == {"empathy-first": None} and four["weeks"][0]["wins"] is None
    assert four["energy"] is None and four["min_agents"] == 5
    five = report(drop(tmp_path / "five", [make(n) for n in range(5)]))
    assert five["wins"] == 25 and five["themes"] == {"empathy-first": 25}
    assert five["energy"] == 3.0 and five["weeks"][0]["wins"] == 25


def test_agents_who_add_nothing_do_not_make_up_the_numbers(tmp_path: Path) -> None:
    # Six agents report, but only one logged a channel-chat win: that cell is one person.
    data = [make(n) for n in range(5)] + [make(9, channel="chat")]
    picture = report(drop(tmp_path / "d", data))
    assert picture["channels"]["chat"] is None


def test_min_agents_below_three_is_a_usage_error(tmp_path: Path) -> None:
    folder = drop(tmp_path / "d", [make(n) for n in range(5)])
    refused = care(*["team", "report", str(folder), "--min-agents", "2"])
    assert refused.exit_code == 2 and "--min-agents" in refused.output
    assert report(folder, "--min-agents", "3")["wins"] == 25
    assert report(folder, "--min-agents", "6")["wins"] is None


def test_complementary_suppression_in_a_breakdown(tmp_path: Path) -> None:
    # 6 agents on empathy-first, 5 on follow-through, 1 alone on extra-mile: hiding
    # extra-mile alone would let (total - shown) reveal it, so follow-through goes too.
    data = [make(n, {"2026-W47": {"empathy-first": 2, "follow-through": 1}}) for n in range(5)]
    data.append(make(9, {"2026-W47": {"empathy-first": 2, "extra-mile": 1}}))
    result = report(drop(tmp_path / "d", data))
    assert result["wins"] == 18
    assert result["themes"] == {"empathy-first": 12, "extra-mile": None,
                                "follow-through": None}
    [why] = [note for note in result["notes"] if "say \"hidden\"" in note]
    assert "2 themes" in why and "at least 5 agents" in why and "subtraction" in why


def test_a_hidden_week_cannot_be_worked_out_from_the_total(tmp_path: Path) -> None:
    # W46: 6 agents; W47: 5 agents; W48: 2 agents (hidden). Total minus the shown weeks
    # would give W47 away, so the smallest shown week is hidden as well.
    data = [make(n, {"2026-W46": {"empathy-first": 3},
                     **({"2026-W47": {"empathy-first": 1}} if n < 5 else {}),
                     **({"2026-W48": {"empathy-first": 1}} if n < 2 else {})})
            for n in range(6)]
    for item in data:
        item["period"] = {"start": "2026-11-09", "end": "2026-11-29"}
    result = report(drop(tmp_path / "d", data))
    assert result["wins"] == 18 + 5 + 2
    weeks = {w["week"]: w for w in result["weeks"]}
    assert weeks["2026-W48"]["wins"] is None
    assert weeks["2026-W47"]["wins"] is None  # the complement
    assert weeks["2026-W46"]["wins"] == 18
    shown = [w["wins"] for w in result["weeks"] if w["wins"] is not None]
    assert result["wins"] - sum(shown) == 7  # two hidden weeks, not one
    column = [w["themes"].get("empathy-first") for w in result["weeks"]]
    assert column.count(None) != 1


def test_excerpts_need_ten_agents_and_say_nothing_of_whose(tmp_path: Path) -> None:
    def words(n: int) -> list[dict[str, Any]]:
        return [{"theme": "empathy-first", "text": f"Turned a complaint round, note {n}"}]

    nine = report(drop(tmp_path / "nine", [make(n, excerpts=words(n)) for n in range(9)]))
    assert nine["excerpts"] == [] and any("10 agents" in x for x in nine["notes"])
    ten = report(drop(tmp_path / "ten", [make(n, excerpts=words(n)) for n in range(10)]))
    assert sorted(e["text"] for e in ten["excerpts"]) == sorted(
        f"Turned a complaint round, note {n}" for n in range(10))
    assert all(set(e) == {"theme", "text"} for e in ten["excerpts"])


def test_the_excerpt_wall_is_shuffled_and_only_it_is_random() -> None:
    data = [validate.validate(make(n, excerpts=[{"theme": None, "text": f"n{n}"}]), THEMES)
            for n in range(12)]
    orders = {tuple(team.merge(data, rng=random.Random(seed)).excerpts) for seed in range(5)}
    assert len(orders) > 1
    assert len({team.merge(data, rng=random.Random(s)).wins.value for s in range(3)}) == 1


def test_duplicates_count_once(tmp_path: Path) -> None:
    data = [make(n) for n in range(5)]
    folder = drop(tmp_path / "d", [*data, copy.deepcopy(data[0]), copy.deepcopy(data[1])])
    result = care(*["team", "report", str(folder), "--format", "json"])
    assert json.loads(result.stdout)["agents"] == 5
    assert json.loads(result.stdout)["wins"] == 25
    assert "2 repeated summary file(s)" in result.stderr


def test_no_pseudonym_and_no_per_agent_row_in_any_output(tmp_path: Path) -> None:
    data = [make(n, excerpts=[{"theme": None, "text": f"w{n}"}]) for n in range(11)]
    folder = drop(tmp_path / "d", data)
    outputs = [care(*["team", "report", str(folder)]).stdout]
    for fmt in FORMATS:
        result = care(*["team", "report", str(folder), "--format", fmt])
        assert result.exit_code == 0
        outputs.append(result.stdout + result.stderr)
        written = tmp_path / f"team.{fmt}"
        ok("team", "report", str(folder), "--format", fmt, "-o", str(written))
        outputs.append(written.read_text(encoding="utf-8"))
    for text in outputs:
        assert "agent-" not in text and "zz" not in text
        assert "rank" not in text.lower()


def test_the_report_holds_no_field_outside_its_schema(tmp_path: Path) -> None:
    folder = drop(tmp_path / "d", [make(n) for n in range(6)])
    result = report(folder)
    assert set(result) == REPORT_KEYS
    assert set(result["period"]) == {"start", "end"}
    for week in result["weeks"]:
        assert set(week) == {"week", "agents", "wins", "impact_points", "energy", "themes",
                             "channels"}
    assert set(result["trend"]) == {"weeks", "left_out", "current", "previous"}
    assert set(result["trend"]["current"]) == set(result["trend"]["previous"]) == PERIOD_KEYS


def test_html_is_one_self_contained_escaped_page(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> & <img src=x onerror=alert(2)>"
    data = [make(n, excerpts=[{"theme": None, "text": hostile}]) for n in range(10)]
    page = care(*["team", "report", str(drop(tmp_path / "d", data)),
                               "--format", "html"]).stdout
    assert page.startswith("<!doctype html>") and page.count("<svg") >= 2
    assert "<script" not in page and "<img" not in page and "&lt;script&gt;" in page
    assert "src=\"http" not in page and "href=\"http" not in page and "@import" not in page


# ---- hostile and malformed files ----------------------------------------------------------

HOSTILE = {
    "wrong schema": lambda d: d.update(schema="carecli.summary/2"),
    "no schema": lambda d: d.pop("schema"),
    "extra top field": lambda d: d.update(name="Bob Smith"),
    "extra period field": lambda d: d["period"].update(tz="+01:00"),
    "extra week field": lambda d: d["weeks"][0].update(text="Sarah was lovely"),
    "extra excerpt field": lambda d: d.update(excerpts=[{"theme": None, "text": "ok",
                                                         "author": "Bob"}]),
    "extra impact level": lambda d: d["impact"].update({"6": 0}),
    "nested deeper": lambda d: d.update(wins={"n": 5}),
    "list for a count": lambda d: d.update(wins=[5]),
    "negative count": lambda d: d.update(wins=-1),
    "string count": lambda d: d.update(wins="5"),
    "boolean count": lambda d: d["impact"].update({"1": True}),
    "float count": lambda d: d.update(days_worked=5.0),
    "huge count": lambda d: d.update(wins=10**12),
    "figures that do not add up": lambda d: d.update(wins=6),
    "unknown theme": lambda d: d.update(themes={"bob-smith": 5}),
    "unknown channel": lambda d: d.update(channels={"carrier-pigeon": 5}),
    "unknown excerpt theme": lambda d: d.update(excerpts=[{"theme": "x", "text": "y"}]),
    "bad week": lambda d: d["weeks"][0].update(week="last week"),
    "week 60": lambda d: d["weeks"][0].update(week="2026-W60"),
    "week outside period": lambda d: d["weeks"][0].update(week="2025-W47"),
    "bad date": lambda d: d["period"].update(start="2026-02-30"),
    "compact date": lambda d: d["period"].update(start="20261109"),
    "start after end": lambda d: d.update(period={"start": "2026-11-22",
                                                  "end": "2026-11-09"}),
    "period over 366 days": lambda d: d.update(period={"start": "2025-01-01",
                                                       "end": "2026-11-22"}),
    "energy out of range": lambda d: d.update(energy=9),
    "bad pseudonym": lambda d: d.update(pseudonym="Bob Smith"),
    "not an object": lambda d: (d.clear(), d.update({"0": [1, 2]})),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_summaries_are_refused_with_one_line(name: str) -> None:
    data = make(1)
    HOSTILE[name](data)
    with pytest.raises(CareError) as refused:
        validate.validate(data, THEMES)
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 200


def test_a_bad_period_is_refused_with_the_period_rules_own_message() -> None:
    for period, says in ((("2026-11-22", "2026-11-09"), "after it ends"),
                         (("2025-01-01", "2026-11-22"), "at most 366 days")):
        data = make(1)
        data["period"] = {"start": period[0], "end": period[1]}
        with pytest.raises(CareError, match=says):
            validate.validate(data, THEMES)


def test_hostile_files_are_skipped_and_the_rest_go_on(tmp_path: Path) -> None:
    folder = drop(tmp_path / "d", [make(n) for n in range(5)])
    bad = {
        "nan.json": json.dumps(make(7)).replace('"energy": 3.0', '"energy": NaN', 1),
        "inf.json": json.dumps(make(7)).replace('"energy": 3.0', '"energy": Infinity', 1),
        "dupkey.json": json.dumps(make(7)).replace('"wins": 5', '"wins": 5, "wins": 50', 1),
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "broken.json": '{"schema": "carecli.summary/1",',
        "binary.json": "\udcff",
        "leaky.json": json.dumps({**make(8), "name": "Bob Smith"}),
        "ansi.json": json.dumps({**make(8), "\x1b[2J\x1b]0;pwned\x07": 1}),
    }
    for name, text in bad.items():
        (folder / name).write_bytes(text.encode("utf-8", "surrogateescape"))
    (folder / "huge.json").write_bytes(b" " * 1_000_001 + b"{}")
    result = care(*["team", "report", str(folder), str(tmp_path / "gone.json"),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == len(bad) + 2
    assert all(line.startswith("carecli: skipped ") for line in skipped)
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert any("huge.json: larger than 1 MB" in line for line in skipped)
    assert json.loads(result.stdout)["agents"] == 5
    assert "Bob" not in result.stdout + result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_does_not_hang_the_report(tmp_path: Path) -> None:
    folder = drop(tmp_path / "d", [make(n) for n in range(5)])
    os.mkfifo(folder / "pipe.json")
    result = care(*["team", "report", str(folder), "--format", "json"])
    assert result.exit_code == 0 and "pipe.json: not a regular file" in result.stderr


def test_nothing_usable_is_a_one_line_error(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "x.json").write_text("{}", encoding="utf-8")
    result = care(*["team", "report", str(folder)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "carecli: error: no usable summaries (1 refused)"


def test_a_real_export_round_trips_into_the_report(tmp_path: Path) -> None:
    ok("win", "Sorted a refund", "--theme", "empathy-first", "--impact", "4", "--channel",
       "chat", "--at", "2026-11-17T10:00:00+01:00")
    ok("reflect", "--energy", "5", "--at", "2026-11-17T18:00:00+01:00")
    out = tmp_path / "drop"
    out.mkdir()
    ok("export", "--since", "2026-11-16", "--until", "2026-11-22", "--yes", "-o", str(out))
    [mine] = list(out.iterdir())
    parsed = validate.read_file(mine, THEMES)
    assert parsed.wins == 1 and parsed.energy == 5.0
    result = report(out, "--min-agents", "3")
    assert result["agents"] == 1 and result["wins"] is None


# ---- overlapping summaries from one agent: every week counts once ---------------------

AGENT = "agent-propertyzz"


def entries_for(days: list[tuple[date, int]], energy_days: list[tuple[date, int]] = ()
                ) -> list[Entry]:
    """A win of impact `n` on each (day, n), a reflection with energy e on each (day, e)."""
    found = []
    for n, (day, impact) in enumerate(days):
        at = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        found.append(Entry(id=f"w{n:07d}", kind="win", at=at, shift_day=day, text="x",
                           theme=THEMES[n % 3], impact=impact,
                           channel=CHANNELS[n % len(CHANNELS)]))
    for n, (day, level) in enumerate(energy_days):
        at = datetime(day.year, day.month, day.day, 18, tzinfo=UTC)
        found.append(Entry(id=f"r{n:07d}", kind="reflection", at=at, shift_day=day,
                           energy=level))
    return found


def built(entries: list[Entry], start: date, end: date, agent: str = AGENT) -> Summary:
    return summary.build(entries, summary.Period(start, end), agent,
                         is_rest_day=lambda d: d.weekday() >= 5, themes=THEMES)


def figures(picture: team.TeamPicture) -> tuple[Any, ...]:
    """Every figure of a picture, hidden or not (a hidden cell keeps its value here)."""
    return (picture.agents, picture.start, picture.end, picture.days_worked, picture.wins,
            picture.points, picture.energy, picture.impact, picture.themes,
            picture.channels, picture.weeks)


def counts(picture: team.TeamPicture) -> tuple[Any, ...]:
    """The figures that are counts, without hidden flags (those depend on every cell)."""
    def plain(cells: dict[str, team.Cell]) -> dict[str, tuple[float, int]]:
        return {k: (c.value, c.agents) for k, c in cells.items()}

    return (picture.agents, picture.days_worked.value, picture.wins.value,
            picture.points.value, plain(picture.themes.cells), plain(picture.channels.cells),
            [(r.week, r.agents, r.wins.value, r.points.value, plain(r.themes.cells),
              plain(r.channels.cells)) for r in picture.weeks])


MONDAY = date(2026, 11, 2)
OTHERS = [built(entries_for([(MONDAY + timedelta(days=d), 1 + (d + n) % 5)
                             for d in range(0, 60, 3 + n)],
                            [(MONDAY + timedelta(days=d), 2 + n % 3) for d in range(1, 60, 9)]),
                MONDAY, MONDAY + timedelta(days=59), agent=f"agent-other{n}zz")
          for n in range(4)]


def test_a_week_then_the_month_that_holds_it_count_once(tmp_path: Path) -> None:
    # The newcomer's M3: 12 agents sent last week, then the last 30 days.
    folder = tmp_path / "drop"
    folder.mkdir()
    month_wins = 0
    for n in range(12):
        agent = f"agent-lead{n:02d}zz"
        wins = entries_for([(MONDAY + timedelta(days=d), 1 + (d * n) % 5)
                            for d in range(0, 30, 1 + n % 3)])
        month_wins += len(wins)
        for start, end in ((date(2026, 11, 23), date(2026, 11, 29)),
                           (MONDAY, date(2026, 12, 1))):
            data = summary.to_json(built(wins, start, end, agent))
            (folder / summary.file_name(built(wins, start, end, agent))).write_text(
                json.dumps(data), encoding="utf-8")
    result = report(folder)
    assert result["wins"] == month_wins and result["merged_weeks"] == 12
    for fmt, says in (("md", "12 weeks came in more than one summary"),
                      (None, "12 weeks came in more than one summary")):
        shown = care(*["team", "report", str(folder), *(["--format", fmt] if fmt else [])])
        assert shown.exit_code == 0 and says in " ".join(shown.stdout.split())
    months = [json.loads(p.read_text()) for p in sorted(folder.glob(f"*-{MONDAY}-*.json"))]
    single = report(drop(tmp_path / "one", months))
    assert {k: v for k, v in result.items() if k != "merged_weeks"} == {
        k: v for k, v in single.items() if k != "merged_weeks"}


def test_the_newest_file_wins_a_week_two_files_report_differently() -> None:
    week = entries_for([(date(2026, 11, 17), 3)])
    more = entries_for([(date(2026, 11, 17), 3), (date(2026, 11, 18), 5)])
    old = built(week, date(2026, 11, 9), date(2026, 11, 22))
    new = built(more, date(2026, 11, 16), date(2026, 11, 22))  # same W47 days, later start
    later = built(entries_for([]), date(2026, 11, 16), date(2026, 11, 29))  # later end
    for files, wins in (([old, new], 2), ([new, old], 2), ([new, later], 0),
                        ([later, new], 0)):
        agents = overlap.by_agent(files)
        assert [a.wins for a in agents] == [wins], files
    same = [built(week, date(2026, 11, 16), date(2026, 11, 22)),
            built(more, date(2026, 11, 16), date(2026, 11, 22))]
    assert overlap.by_agent(same)[0].wins == 2  # full tie: the one read last
    assert overlap.by_agent(same[::-1])[0].wins == 1


def test_a_repeated_file_keeps_the_one_read_last() -> None:
    first = built(entries_for([(date(2026, 11, 17), 3)]), date(2026, 11, 16),
                  date(2026, 11, 22))
    second = built(entries_for([(date(2026, 11, 17), 3), (date(2026, 11, 18), 2)]),
                   date(2026, 11, 16), date(2026, 11, 22))
    kept, dropped = team.deduplicate([first, second])
    assert kept == [second] and dropped == 1


def test_part_weeks_that_overlap_are_never_counted_twice() -> None:
    entries = entries_for([(date(2026, 11, 16) + timedelta(days=d), 2) for d in range(7)])
    # Mon-Thu and Wed-Sun of one week: Wed and Thu cannot be told apart.
    files = [built(entries, date(2026, 11, 16), date(2026, 11, 19)),
             built(entries, date(2026, 11, 18), date(2026, 11, 22))]
    picture = team.merge([*OTHERS, *files], 3)
    assert picture.approximate_weeks == 1 and picture.merged_weeks == 1
    assert picture.wins.value - sum(o.wins for o in OTHERS) == 5  # Wed-Sun, not 9
    assert picture.impact_left_out == 1
    assert all(c.hidden for c in picture.impact.cells.values())
    assert any("overlap only in part" in n for n in picture.notes)
    assert any("Impact levels leave out 1 agent" in n for n in picture.notes)


def test_an_agents_excerpts_in_two_files_appear_once() -> None:
    quote = summary.Excerpt("empathy-first", "Turned a complaint round")
    wins = entries_for([(date(2026, 11, 17), 3)])
    files = [built(wins, date(2026, 11, 16), date(2026, 11, 22)),
             built(wins, date(2026, 11, 2), date(2026, 11, 29))]
    files = [dataclasses.replace(f, excerpts=(quote,)) for f in files]
    assert overlap.by_agent(files)[0].excerpts == (quote,)


PERIOD_DAYS = st.integers(min_value=1, max_value=120)


@st.composite
def journal_and_period(draw: st.DrawFn) -> tuple[list[Entry], date, date]:
    start = MONDAY + timedelta(days=draw(st.integers(0, 13)))
    end = start + timedelta(days=draw(PERIOD_DAYS) - 1)
    span = (end - start).days
    wins = draw(st.lists(st.tuples(st.integers(0, span), st.integers(1, 5)), max_size=60))
    moods = draw(st.lists(st.tuples(st.integers(0, span), st.integers(1, 5)), max_size=20))
    entries = entries_for([(start + timedelta(days=d), i) for d, i in wins],
                          [(start + timedelta(days=d), e) for d, e in moods])
    return entries, start, end


@given(journal_and_period(), st.data())
@settings(max_examples=150, deadline=None)
def test_splitting_a_period_into_overlapping_summaries_changes_no_team_figure(
        case: tuple[list[Entry], date, date], data: st.DataObject) -> None:
    """A disjoint split of the period plus any summaries spanning several of its parts
    (a week sent every week, and now and then a month): the same team picture."""
    entries, start, end = case
    span = (end - start).days
    on_mondays = data.draw(st.booleans(), "cuts on Mondays")
    places = [d for d in range(1, span + 1)
              if not on_mondays or (start + timedelta(days=d)).weekday() == 0]
    cuts = sorted(data.draw(st.sets(st.sampled_from(places), max_size=8), "cuts")
                  ) if places else []
    edges = [start + timedelta(days=d) for d in [0, *cuts]]
    parts = [(a, b - timedelta(days=1)) for a, b in zip(edges, [*edges[1:],
                                                               end + timedelta(days=1)],
                                                    strict=True)]
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(parts) - 1),
                                         st.integers(0, len(parts) - 1)), max_size=4),
                      "spanning summaries")
    periods = parts + [(parts[min(i, j)][0], parts[max(i, j)][1]) for i, j in spans]
    order = data.draw(st.permutations(periods), "reading order")
    files = [built(entries, a, b) for a, b in order]
    whole = team.merge([*OTHERS, built(entries, start, end)], 3)
    split = team.merge([*OTHERS, *files], 3)
    assert counts(split) == counts(whole)
    assert split.impact == whole.impact and split.impact_left_out == 0
    if on_mondays:
        assert split.approximate_weeks == 0
    if split.approximate_weeks == 0:
        assert figures(split) == figures(whole)


@given(journal_and_period(), st.data())
@settings(max_examples=150, deadline=None)
def test_any_overlapping_summaries_never_count_a_win_twice(
        case: tuple[list[Entry], date, date], data: st.DataObject) -> None:
    """Any sub-periods covering the period, overlapping anyhow: no figure exceeds the
    single summary's, and when the report claims no week is approximate and no impact
    level left out, every figure is the single summary's."""
    entries, start, end = case
    span = (end - start).days
    picked = data.draw(st.lists(st.tuples(st.integers(0, span), st.integers(0, span)),
                                min_size=1, max_size=6), "sub-periods")
    periods = [(start + timedelta(days=min(a, b)), start + timedelta(days=max(a, b)))
               for a, b in picked]
    covered = {p[0] + timedelta(days=n) for p in periods for n in range((p[1] - p[0]).days + 1)}
    gaps = sorted(start + timedelta(days=n) for n in range(span + 1)
                  if start + timedelta(days=n) not in covered)
    periods += [(day, day) for day in gaps]  # the sub-periods cover the whole period
    files = [built(entries, a, b) for a, b in periods]
    whole = team.merge([*OTHERS, built(entries, start, end)], 3)
    split = team.merge([*OTHERS, *files], 3)
    for mine, truth in ((split.wins, whole.wins), (split.points, whole.points),
                        (split.days_worked, whole.days_worked)):
        assert mine.value <= truth.value
    truth_weeks = {r.week: r for r in whole.weeks}
    for row in split.weeks:
        assert row.wins.value <= truth_weeks[row.week].wins.value
        for key, cell in row.themes.cells.items():
            assert cell.value <= truth_weeks[row.week].themes.cells[key].value
    if split.approximate_weeks == 0:
        assert counts(split) == counts(whole)
        if split.impact_left_out == 0:
            assert figures(split) == figures(whole)


# ---- trends: this period against the one before ------------------------------------------

def four_weeks(agent: int, wins: list[int], theme: str = "empathy-first",
               channel: str = "phone") -> dict[str, Any]:
    names = ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    data = make(agent, {w: ({theme: n} if n else {}) for w, n in zip(names, wins, strict=True)},
                channel=channel)
    data["period"] = {"start": "2026-11-02", "end": "2026-11-29"}
    return data


def test_the_trend_compares_the_latest_half_with_the_half_before(tmp_path: Path) -> None:
    data = [four_weeks(n, [1, 2, 3, 4]) for n in range(6)]
    result = report(drop(tmp_path / "d", data))
    trend = result["trend"]
    assert trend["weeks"] == 2 and trend["left_out"] == []
    now, before = trend["current"], trend["previous"]
    assert (now["first_week"], now["last_week"]) == ("2026-W47", "2026-W48")
    assert (before["first_week"], before["last_week"]) == ("2026-W45", "2026-W46")
    assert (now["start"], now["end"]) == ("2026-11-16", "2026-11-29")
    assert now["wins"] == 6 * 7 and before["wins"] == 6 * 3
    assert now["impact_points"] == 3 * 42 and now["agents"] == 6
    assert now["themes"] == {"empathy-first": 42} and before["channels"] == {"phone": 18}
    md = care("team", "report", str(tmp_path / "d"), "--format", "md").stdout
    assert "| Wins | 18 | 42 | +24 (+133%) |" in md
    rows = {r[2]: r[3] for r in (line.split(",") for line in care(
        "team", "report", str(tmp_path / "d"), "--format", "csv").stdout.splitlines())
        if r[0] == "this period"}
    assert rows["wins"].strip() == "42"


def test_an_odd_oldest_week_is_left_out_and_one_week_has_no_trend(tmp_path: Path) -> None:
    data = [four_weeks(n, [1, 2, 3, 4]) for n in range(5)]
    for item in data:
        item["period"]["start"] = "2026-11-09"
        item["weeks"] = item["weeks"][1:]
        item.update(wins=9, impact_points=27, impact={"1": 0, "2": 0, "3": 9, "4": 0, "5": 0},
                    themes={"empathy-first": 9}, channels={"phone": 9})
        item["days_worked"] = sum(w["days_worked"] for w in item["weeks"])
    result = report(drop(tmp_path / "odd", data))
    assert result["trend"]["left_out"] == ["2026-W46"] and result["trend"]["weeks"] == 1
    assert result["trend"]["current"]["wins"] == 20
    single = report(drop(tmp_path / "one", [make(n) for n in range(5)]))
    assert single["trend"]["weeks"] == 1  # 2026-11-09..22 is two weeks
    week = [make(n) for n in range(5)]
    for item in week:
        item["period"] = {"start": "2026-11-16", "end": "2026-11-22"}
    assert report(drop(tmp_path / "week", week))["trend"] is None


def test_a_period_needs_k_agents_and_cannot_be_worked_out_from_the_total(
        tmp_path: Path) -> None:
    # The period before: only 2 agents logged wins (hidden). Total minus this period would
    # give it away, so this period is hidden too, though 6 agents stand behind it.
    data = [four_weeks(n, [1 if n < 2 else 0, 0, 2, 2]) for n in range(6)]
    result = report(drop(tmp_path / "d", data))
    trend = result["trend"]
    assert result["wins"] == 26
    assert trend["previous"]["wins"] is None and trend["current"]["wins"] is None
    assert trend["previous"]["themes"]["empathy-first"] is None
    assert trend["current"]["themes"]["empathy-first"] is None
    md = care("team", "report", str(tmp_path / "d"), "--format", "md").stdout
    assert "| Wins | hidden | hidden | hidden |" in md


def test_a_hidden_week_cannot_be_worked_out_from_its_period(tmp_path: Path) -> None:
    # W48 has 2 agents (hidden), W47 has 6: the period W47-W48 minus W47 would give W48.
    data = [four_weeks(n, [2, 2, 1, 1 if n < 2 else 0]) for n in range(6)]
    result = report(drop(tmp_path / "d", data))
    weeks = {w["week"]: w["wins"] for w in result["weeks"]}
    now = result["trend"]["current"]["wins"]
    assert weeks["2026-W48"] is None
    assert now is None or weeks["2026-W47"] is None


def _sums(picture: team.TeamPicture) -> list[list[team.Cell]]:
    """Every sum a reader knows: each period of its weeks, the total of both periods and
    the left-out weeks, for wins, impact points, and each theme and channel."""
    trend = picture.trend
    assert trend is not None
    rows = {r.week: r for r in picture.weeks}
    found = []
    for side in (trend.current, trend.previous):
        inside = [r for r in picture.weeks if side.first_week <= r.week <= side.last_week]
        found += [[side.wins, *(r.wins for r in inside)],
                  [side.points, *(r.points for r in inside)]]
        for part in ("themes", "channels"):
            for key, cell in getattr(side, part).cells.items():
                found.append([cell, *(getattr(r, part).cells[key] for r in inside
                                      if key in getattr(r, part).cells)])
    left = [rows[w] for w in trend.left_out if w in rows]
    found.append([picture.wins, trend.current.wins, trend.previous.wins,
                  *(r.wins for r in left)])
    return found


@given(st.lists(st.lists(st.integers(0, 3), min_size=5, max_size=5), min_size=3,
                max_size=9), st.integers(3, 5))
@settings(max_examples=100, deadline=None)
def test_no_trend_sum_has_a_single_hidden_figure(grid: list[list[int]], k: int) -> None:
    """Any team, any k: a sum a reader knows never has a hidden non-zero figure alone
    (a hidden 0 nobody stands behind gives nothing away)."""
    start = date(2026, 10, 26)
    files = []
    for n, per_week in enumerate(grid):
        wins = [(start + timedelta(days=7 * w + d), 3) for w, count in enumerate(per_week)
                for d in range(count)]
        files.append(built(entries_for(wins), start, start + timedelta(days=34),
                           agent=f"agent-trend{n:02d}zz"))
    picture = team.merge(files, k)
    for cells in _sums(picture):
        if any(c.hidden and c.value for c in cells):
            assert sum(c.hidden for c in cells) >= 2, cells
