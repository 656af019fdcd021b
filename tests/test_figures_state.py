"""The card's and progress' figures can never disagree with the journal: a stateful test
runs random adds, edits, deletes, imports, undos, month files replaced by their backup or
changed underneath (as a killed import or a hand edit leaves them), and after every step
compares the figures with a recount of `journal list --json`."""

from __future__ import annotations

import json
import os
import shutil
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from conftest import care

TODAY = (datetime.now().astimezone() - timedelta(hours=4)).date()


def ok(*args: str, input: str | None = None) -> str:
    outcome = care(*args, input=input)
    assert outcome.exit_code == 0, (args, outcome)
    return outcome.stdout


class Journal(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.home = Path(os.environ["CARECLI_HOME"]).parent / f"state-{os.urandom(6).hex()}"
        os.environ["CARECLI_HOME"] = str(self.home)
        self.imported = 0

    # ---- what an agent does ------------------------------------------------------
    @rule(back=st.integers(0, 45), impact=st.integers(1, 5))
    def add(self, back: int, impact: int) -> None:
        day = TODAY - timedelta(days=back)
        at = ["--at", f"{day.isoformat()} 12:00"] if back else []
        ok("win", f"win {back}", "--impact", str(impact), *at)

    @rule(pick=st.integers(0, 10_000), impact=st.integers(1, 5), back=st.integers(0, 45))
    def edit(self, pick: int, impact: int, back: int) -> None:
        entries = self.entries()
        if entries:
            day = TODAY - timedelta(days=back)
            chosen = entries[pick % len(entries)]["id"]
            args = ["--at", f"{day.isoformat()} 12:00"] if back else []
            ok("journal", "edit", chosen, "--impact", str(impact), *args)

    @rule(pick=st.integers(0, 10_000))
    def delete(self, pick: int) -> None:
        entries = self.entries()
        if entries:
            ok("journal", "delete", entries[pick % len(entries)]["id"], "--yes")

    @rule()
    def undo(self) -> None:
        outcome = care("journal", "undo")
        assert outcome.exit_code in (0, 1), outcome  # 1: nothing to undo, said in one line

    @rule(back=st.lists(st.integers(1, 45), min_size=1, max_size=4))
    def import_entries(self, back: list[int]) -> None:
        lines = []
        for n, days in enumerate(back):
            day = TODAY - timedelta(days=days)
            self.imported += 1
            lines.append(json.dumps({"id": f"imp{self.imported:04d}x{n}", "kind": "win",
                                     "at": f"{day.isoformat()}T12:00:00+00:00",
                                     "shift_day": day.isoformat(), "text": "imported",
                                     "impact": 1 + n % 5}))
        ok("journal", "import", "-", input="\n".join(lines) + "\n")

    # ---- what happens to files underneath ------------------------------------------
    @precondition(lambda self: any(self.journal().glob("*.json.bak")))
    @rule(pick=st.integers(0, 100))
    def restore_a_backup(self, pick: int) -> None:
        backups = sorted(self.journal().glob("*.json.bak"))
        chosen = backups[pick % len(backups)]
        shutil.copyfile(chosen, chosen.with_suffix(""))  # 2026-11.json.bak -> 2026-11.json

    @precondition(lambda self: any(self.months()))
    @rule(pick=st.integers(0, 100))
    def lose_an_entry_underneath(self, pick: int) -> None:
        """As a killed write or a hand edit leaves it: the month changed, nothing else."""
        months = self.months()
        path = months[pick % len(months)]
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("entries"):
            data["entries"].pop(sorted(data["entries"])[0])
            path.write_text(json.dumps(data), encoding="utf-8")

    @precondition(lambda self: any(self.journal().glob("days-*.bin")))
    @rule(pick=st.integers(0, 100))
    def lose_a_figures_file(self, pick: int) -> None:
        files = sorted(self.journal().glob("days-*.bin"))
        files[pick % len(files)].unlink()

    # ---- the check -------------------------------------------------------------------
    @invariant()
    def figures_equal_a_recount(self) -> None:
        wins: dict[str, int] = defaultdict(int)
        points: dict[str, int] = defaultdict(int)
        for entry in self.entries():
            if entry["kind"] == "win":
                wins[entry["shift_day"]] += 1
                points[entry["shift_day"]] += entry["impact"] or 0
        card = json.loads(ok("today", "--json"))
        assert (card["today"]["wins"], card["today"]["points"]) == (
            wins[TODAY.isoformat()], points[TODAY.isoformat()])
        earlier = [d for d in wins if date.fromisoformat(d) < TODAY]
        if card["yesterday"] is not None:
            day = card["yesterday"]["shift_day"]
            assert (card["yesterday"]["wins"], card["yesterday"]["points"]) == (
                wins[day], points[day])
        else:
            assert not earlier
        view = json.loads(ok("progress", "--json"))
        for figures in view["trend_30"]:
            day = figures["shift_day"]
            assert (figures["wins"], figures["points"]) == (wins[day], points[day]), day

    def entries(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in ok("journal", "list", "--json").splitlines()]

    def journal(self) -> Path:
        return self.home / "journal"

    def months(self) -> list[Path]:
        return sorted(self.journal().glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].json"))


Journal.TestCase.settings = settings(max_examples=25, stateful_step_count=15, deadline=None,
                                     suppress_health_check=[HealthCheck.too_slow])
test_figures_never_drift = Journal.TestCase
