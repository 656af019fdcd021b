"""How fast carecli's commands are next to the interpreter's own start-up.

Builds a five-year journal (15,000 entries) in a temporary CARECLI_HOME, then runs each
command and `python -c pass` in alternation (so machine noise hits both alike) and prints
the median wall times and their ratio. Usage:

    .venv/bin/python benchmarks/bench_cli.py [--runs 21] [--entries 15000]

The targets (from the issues) are printed next to each ratio. Timing is wall-clock over
whole processes, exactly as a user would feel it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

BIN = Path(sys.executable).parent
THEMES = ["make-a-difference", "empathy-first", "follow-through", "extra-mile",
          "difficult-customers", "genuine-warmth", "personal-touch", "beat-yesterday"]
TEXTS = ["Sorted a refund that had been stuck for a week", "Calmed a caller about a lost parcel",
         "Walked a new customer through setup on chat", "Rebooked a cancelled delivery",
         "Found the missing payment and explained it", "Stayed patient with a furious caller"]


def build_journal(path: Path, count: int, seed: int = 7) -> None:
    """JSON Lines in the `journal import` format: ~12 wins a workday for five years."""
    rng = random.Random(seed)
    tz = timezone(timedelta(hours=1))
    start = datetime(2021, 11, 1, 9, 0, tzinfo=tz)
    lines: list[str] = []
    day = 0
    while len(lines) < count:
        moment = start + timedelta(days=day)
        day += 1
        if moment.weekday() >= 5:
            continue
        for n in range(12):
            at = moment + timedelta(minutes=35 * n + rng.randrange(30))
            lines.append(json.dumps({
                "id": f"b{len(lines):07d}", "kind": "win", "at": at.isoformat(),
                "shift_day": at.date().isoformat(), "text": rng.choice(TEXTS),
                "theme": rng.choice(THEMES), "tags": [rng.choice(["refund", "callback"])],
                "impact": rng.randint(1, 5), "channel": rng.choice(["phone", "chat", "email"]),
                "energy": None, "well": "", "hard": "", "tomorrow": "", "prompt": None}))
            if len(lines) == count:
                break
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {result.stderr.decode()[-300:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--entries", type=int, default=15_000)
    args = parser.parse_args()
    carecli = str(BIN / "carecli")
    python = str(BIN / "python")
    work = Path(tempfile.mkdtemp(prefix="carecli-bench-"))
    try:
        env = dict(os.environ, NO_COLOR="1")
        # A user's interpreter caches compiled modules; some CI shells disable that.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        big = dict(env, CARECLI_HOME=str(work / "big"))
        empty = dict(env, CARECLI_HOME=str(work / "empty"))
        source = work / "journal.jsonl"
        build_journal(source, args.entries)
        subprocess.run([carecli, "journal", "import", str(source)], env=big, check=True,
                       stdout=subprocess.DEVNULL)
        cases: list[tuple[str, list[str], dict[str, str], float | None]] = [
            ("carecli (card)", [carecli], big, 3.0),
            ("carecli today --json", [carecli, "today", "--json"], big, None),
            ("win, empty journal", [carecli, "win", "Helped", "--theme", "emp", "--impact", "4"],
             empty, 10.0),
            ("win, 15k journal", [carecli, "win", "Helped", "--theme", "emp", "--impact", "4"],
             big, 10.0),
            ("journal list -n 20", [carecli, "journal", "list", "-n", "20"], big, 10.0),
            ("journal list --contains", [carecli, "journal", "list", "--contains", "parcel",
                                         "-n", "20"], big, 10.0),
        ]
        if shutil.which("carecli", path=str(BIN)) and _has_command(carecli, "progress", big):
            cases.append(("progress", [carecli, "progress"], big, 15.0))
        for _, cmd, case_env, _ in cases:  # warm-up: compile caches, build card cache
            timed(cmd, case_env)
        baseline: list[float] = []
        times: dict[str, list[float]] = {name: [] for name, *_ in cases}
        for _ in range(args.runs):
            for name, cmd, case_env, _ in cases:
                baseline.append(timed([python, "-c", "pass"], env))
                times[name].append(timed(cmd, case_env))
        base = statistics.median(baseline)
        print(f"{args.entries} entries, {args.runs} runs each, medians; "
              f"python -c pass = {base * 1000:.1f} ms")
        print(f"{'command':28} {'median ms':>10} {'x pass':>8} {'target':>8}")
        for name, *_, target in cases:
            med = statistics.median(times[name])
            if target is None:  # no target of its own: shown for information
                print(f"{name:28} {med * 1000:10.1f} {med / base:8.2f} {'-':>8}")
                continue
            verdict = "ok" if med / base <= target else "OVER"
            print(f"{name:28} {med * 1000:10.1f} {med / base:8.2f} {'<=' + str(target):>8} "
                  f"{verdict}")
        ratio = statistics.median(times["win, 15k journal"]) / statistics.median(
            times["win, empty journal"])
        print(f"win 15k / win empty = {ratio:.2f} (target <= 1.3)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _has_command(carecli: str, name: str, env: dict[str, str]) -> bool:
    probe = subprocess.run([carecli, name, "--help"], env=env, capture_output=True, check=False)
    return probe.returncode == 0


if __name__ == "__main__":
    main()
