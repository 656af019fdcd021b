"""Export, scrub and the team report: what may leave a machine, and what a lead may see."""

from __future__ import annotations

import copy
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import carecli.cli_journal
import carecli.cli_share  # noqa: F401  (registers export, scrub, team, config new-pseudonym)
from carecli import models, summary_schema, teamreport
from carecli.cli import app
from carecli.errors import CareError
from carecli.prompts import load_themes
from conftest import care, ok, snapshot_files

runner = CliRunner()
THEMES = list(load_themes())
PERSONAL = ["Sarah Connor", "07700 900123", "jo.bloggs@example.com", "12 Elm Street",
            "A123-998", "Connor", "sarah"]


def log_personal_week() -> None:
    for day in (16, 17, 18):
        ok("win", f"Helped Sarah Connor at 12 Elm Street, order A123-998, day {day}",
           "--theme", "empathy-first", "--impact", "4", "--channel", "phone",
           "--tag", "sarah", "--tag", "jo.bloggs@example.com",
           "--at", f"2026-11-{day}T10:00:00+00:00")
    ok("win", "Called back on 07700 900123", "--theme", "follow-through", "--impact", "2",
       "--channel", "email", "--at", "2026-11-18T11:00:00+00:00")
    ok("reflect", "--energy", "4", "--well", "Sarah thanked me", "--at",
       "2026-11-18T18:00:00+00:00")


def export(tmp_path: Path, *extra: str) -> dict[str, Any]:
    out = tmp_path / "drop"
    out.mkdir(exist_ok=True)
    ok("export", "--since", "2026-11-16", "--until", "2026-11-22", "--yes", "-o", str(out),
       *extra)
    files = list(out.glob("*.json"))
    assert len(files) == 1
    data: dict[str, Any] = json.loads(files[0].read_text(encoding="utf-8"))
    return data


def test_export_holds_counts_only_and_no_personal_data(tmp_path: Path) -> None:
    log_personal_week()
    summary = export(tmp_path)
    raw = next((tmp_path / "drop").glob("*.json")).read_text(encoding="utf-8")
    for secret in PERSONAL:
        assert secret.lower() not in raw.lower()
    assert "T10:00" not in raw  # no timestamps
    assert summary["wins"] == 4 and summary["impact_points"] == 14
    assert summary["impact"] == {"1": 0, "2": 1, "3": 0, "4": 3, "5": 0}
    assert summary["themes"] == {"empathy-first": 3, "follow-through": 1}
    assert summary["channels"] == {"email": 1, "phone": 3}
    assert summary["days_worked"] == 3 and summary["best_streak"] == 3
    assert summary["energy"] == 4.0
    assert [w["week"] for w in summary["weeks"]] == ["2026-W47"]
    assert summary["excerpts"] == []
    assert summary["pseudonym"].startswith("agent-")
    assert summary_schema.validate(summary, THEMES, models.CHANNELS).wins == 4


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_export_file_is_private(tmp_path: Path) -> None:
    log_personal_week()
    export(tmp_path)
    path = next((tmp_path / "drop").glob("*.json"))
    assert path.stat().st_mode & 0o777 == 0o600


def test_excerpts_are_scrubbed_and_carry_only_theme_and_text(tmp_path: Path) -> None:
    log_personal_week()
    entry_id = json.loads(ok("journal", "list", "--json", "--on", "2026-11-16"))["id"]
    summary = export(tmp_path, "--excerpt", entry_id)
    assert len(summary["excerpts"]) == 1
    item = summary["excerpts"][0]
    assert set(item) == {"theme", "text"}
    assert "[name 1]" in item["text"] and "[address 1]" in item["text"]
    for secret in PERSONAL:
        assert secret.lower() not in item["text"].lower()


def test_export_without_a_terminal_or_yes_writes_nothing(tmp_path: Path,
                                                         care_home: Path) -> None:
    log_personal_week()
    before = snapshot_files(care_home)
    outcome = care("export", "-o", str(tmp_path))
    assert outcome.exit_code == 1 and "--yes" in outcome.stderr
    assert not list(tmp_path.glob("*.json"))
    assert snapshot_files(care_home) == before


def test_pseudonym_is_stable_until_rotated(tmp_path: Path) -> None:
    log_personal_week()
    first = export(tmp_path)["pseudonym"]
    for f in (tmp_path / "drop").glob("*"):
        f.unlink()
    assert export(tmp_path)["pseudonym"] == first
    ok("config", "new-pseudonym")
    for f in (tmp_path / "drop").glob("*"):
        f.unlink()
    assert export(tmp_path)["pseudonym"] != first


def test_scrub_command_and_jsonl() -> None:
    assert ok("scrub", "mail jo.bloggs@example.com") == "mail [email 1]\n"
    result = runner.invoke(app, ["scrub", "--jsonl"],
                           input='{"id": "x1", "text": "ring 07700 900123"}\n')
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"id": "x1", "text": "ring [phone 1]"}
    bad = runner.invoke(app, ["scrub", "--jsonl"], input="not json\n")
    assert isinstance(bad.exception, CareError) and "line 1" in str(bad.exception)


# ---- the team report -----------------------------------------------------------------

def summary(agent: int, wins: int = 5, themes: dict[str, int] | None = None,
            excerpts: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    chosen = themes if themes is not None else {"empathy-first": wins}
    return {
        "schema": "carecli.summary/1", "pseudonym": f"agent-{agent:06d}abc",
        "period": {"start": "2026-11-16", "end": "2026-11-22"},
        "days_worked": 5, "wins": wins, "impact_points": wins * 3,
        "impact": {"1": 0, "2": 0, "3": wins, "4": 0, "5": 0},
        "themes": chosen, "channels": {"phone": wins}, "energy": 3.0, "best_streak": 5,
        "weeks": [{"week": "2026-W47", "days_worked": 5, "wins": wins,
                   "impact_points": wins * 3, "themes": chosen, "channels": {"phone": wins},
                   "energy": 3.0}],
        "excerpts": excerpts or [],
    }


def write_all(folder: Path, summaries: list[dict[str, Any]]) -> Path:
    folder.mkdir(exist_ok=True)
    for n, data in enumerate(summaries):
        (folder / f"s{n:02d}.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def report(folder: Path, *extra: str) -> dict[str, Any]:
    result = runner.invoke(app, ["team", "report", str(folder), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_figures_need_five_agents_by_default(tmp_path: Path) -> None:
    four = report(write_all(tmp_path / "four", [summary(n) for n in range(4)]))
    assert four["wins"] is None and four["themes"] == {"empathy-first": None}
    five = report(write_all(tmp_path / "five", [summary(n) for n in range(5)]))
    assert five["wins"] == 25 and five["themes"] == {"empathy-first": 25}


def test_min_agents_below_three_is_refused(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "d", [summary(n) for n in range(5)])
    assert runner.invoke(app, ["team", "report", str(folder), "--min-agents", "2"]).exit_code == 2
    assert report(folder, "--min-agents", "3")["wins"] == 25


def test_a_hidden_cell_cannot_be_worked_out_by_subtraction(tmp_path: Path) -> None:
    # Six agents on empathy-first, five also on follow-through, one alone on extra-mile:
    # hiding extra-mile alone would let (total - shown) reveal it, so the next smallest
    # cell (follow-through) is hidden too.
    data = [summary(n, wins=3, themes={"empathy-first": 2, "follow-through": 1})
            for n in range(5)]
    data.append(summary(9, wins=3, themes={"empathy-first": 2, "extra-mile": 1}))
    themes = report(write_all(tmp_path / "d", data))["themes"]
    assert themes == {"empathy-first": 12, "extra-mile": None, "follow-through": None}


def test_excerpts_need_ten_agents_and_carry_no_attribution(tmp_path: Path) -> None:
    words = [{"theme": "empathy-first", "text": f"Helped someone, note {n}"} for n in range(1)]
    nine = report(write_all(tmp_path / "nine", [summary(n, excerpts=words) for n in range(9)]))
    assert nine["excerpts"] == []
    ten = report(write_all(tmp_path / "ten", [summary(n, excerpts=words) for n in range(10)]))
    assert len(ten["excerpts"]) == 10
    assert all(set(e) == {"theme", "text"} for e in ten["excerpts"])


def test_duplicates_count_once_and_no_pseudonym_reaches_any_output(tmp_path: Path) -> None:
    data = [summary(n) for n in range(5)]
    folder = write_all(tmp_path / "d", [*data, copy.deepcopy(data[0])])
    assert report(folder)["agents"] == 5
    assert report(folder)["wins"] == 25
    for fmt in ("md", "json", "csv", "html"):
        result = runner.invoke(app, ["team", "report", str(folder), "--format", fmt])
        assert result.exit_code == 0
        assert "agent-" not in result.stdout
    terminal = runner.invoke(app, ["team", "report", str(folder)])
    assert terminal.exit_code == 0 and "agent-" not in terminal.stdout


def test_html_report_is_self_contained(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "d", [summary(n) for n in range(6)])
    page = runner.invoke(app, ["team", "report", str(folder), "--format", "html"]).stdout
    assert page.startswith("<!doctype html>") and "<svg" in page
    assert "src=\"http" not in page and "href=\"http" not in page


HOSTILE = {
    "wrong schema": lambda d: d.update(schema="carecli.summary/2"),
    "extra name field": lambda d: d.update(name="Bob Smith"),
    "extra text in a week": lambda d: d["weeks"][0].update(text="Sarah was lovely"),
    "extra field in an excerpt": lambda d: d.update(
        excerpts=[{"theme": None, "text": "ok", "author": "Bob"}]),
    "negative count": lambda d: d.update(wins=-1),
    "string count": lambda d: d.update(wins="7"),
    "boolean count": lambda d: d.update(wins=True),
    "huge count": lambda d: d.update(wins=10**12),
    "unknown theme": lambda d: d.update(themes={"bob-smith": 1}),
    "unknown channel": lambda d: d.update(channels={"carrier-pigeon": 1}),
    "bad week": lambda d: d["weeks"][0].update(week="last week"),
    "backwards period": lambda d: d.update(period={"start": "2026-11-22", "end": "2026-11-01"}),
    "energy out of range": lambda d: d.update(energy=9),
    "bad pseudonym": lambda d: d.update(pseudonym="Bob Smith"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_summaries_are_refused_with_a_reason(name: str, tmp_path: Path) -> None:
    data = summary(1)
    HOSTILE[name](data)
    with pytest.raises(CareError) as refused:
        summary_schema.validate(data, THEMES, models.CHANNELS)
    assert "\n" not in str(refused.value)


def test_malformed_files_are_named_and_the_rest_go_on(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "d", [summary(n) for n in range(5)])
    (folder / "nan.json").write_text(json.dumps(summary(7)).replace('"energy": 3.0',
                                                                     '"energy": NaN', 1))
    (folder / "dupkey.json").write_text('{"wins": 1, "wins": 2}')
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "huge.json").write_text(" " * 1_100_000 + "{}")
    (folder / "leaky.json").write_text(json.dumps({**summary(8), "name": "Bob Smith"}))
    result = runner.invoke(app, ["team", "report", str(folder), "--format", "json"])
    assert result.exit_code == 0
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 5
    assert json.loads(result.stdout)["agents"] == 5
    assert "Bob" not in result.stdout


def test_merge_is_random_only_in_the_excerpt_order() -> None:
    data = [summary_schema.validate(summary(n, excerpts=[{"theme": None, "text": f"n{n}"}]),
                                    THEMES, models.CHANNELS) for n in range(10)]
    first = teamreport.merge(data, rng=random.Random(1))
    second = teamreport.merge(data, rng=random.Random(2))
    assert sorted(first.excerpts) == sorted(second.excerpts)
    assert first.wins.value == second.wins.value == 50
