"""How fast carecli's commands are next to the interpreter's own start-up, run as users run it.

Usage:

    .venv/bin/python benchmarks/bench_cli.py [--runs 21] [--entries 15000] [--json FILE]

No CARECLI_HOME: every home is a temporary HOME with the XDG variables removed, so carecli
finds its data in the platform's folder (~/.local/share/carecli on Linux) exactly as for a
real user, and bytecode caches are allowed (PYTHONDONTWRITEBYTECODE is dropped). Homes:

- "big": a five-year journal (15,000 entries) loaded with `carecli journal import FILE`;
- "empty": a fresh HOME with no journal (the card's first-day case);
- "empty-win": another fresh HOME for `win` on an empty journal, so the wins it records
  never reach the "empty" card. (The `win` on "big" adds an entry each run: fine.)

After warm-up runs (which also build the card's caches and the bytecode), each command is
run in turn with `python -c pass` of the same venv, one run each, so machine noise hits
both alike. Printed: the medians (ms), each command's median over its paired python median,
and the target with ok/OVER. Wall-clock over whole processes, as a user feels it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

BIN = Path(sys.executable).parent
THEMES = ["make-a-difference", "empathy-first", "follow-through", "extra-mile",
          "difficult-customers", "genuine-warmth", "personal-touch", "beat-yesterday"]
TEXTS = ["Sorted a refund that had been stuck for a week", "Calmed a caller about a lost parcel",
         "Walked a new customer through setup on chat", "Rebooked a cancelled delivery",
         "Found the missing payment and explained it", "Stayed patient with a furious caller"]
WARMUP = 3
CARD_BIG_OVER_EMPTY = 1.15  # the card must not slow down as the journal grows


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


def user_env(home: Path) -> dict[str, str]:
    """The environment of a user whose HOME is `home`: no carecli or XDG overrides."""
    env = {k: v for k, v in os.environ.items()
           if k != "CARECLI_HOME" and not k.startswith("XDG_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users have bytecode caches
    env.pop("_CARECLI_COMPLETE", None)
    env.update(HOME=str(home), NO_COLOR="1")
    return env


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {result.stderr.decode()[-300:]}")
    return elapsed


@dataclass
class Case:
    key: str
    label: str
    args: list[str]
    home: str
    target: float | None  # ratio to `python -c pass`; None: shown for information
    must: float | None = None  # the hard limit, when it differs from the target
    note: str = ""
    times: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)  # its paired `python -c pass` runs

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def python(self) -> float:
        return statistics.median(self.baseline)

    @property
    def ratio(self) -> float:
        return self.median / self.python

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "-"
        return "ok" if self.ratio <= self.target else "OVER"


WIN = ["win", "Sorted", "the", "stuck", "refund", "for", "a", "caller", "--theme", "emp",
       "--impact", "4"]
# A note that mentions personal data pays for the capture check's full scrub (and, with
# no terminal, says so in one line): shown for information.
WIN_PII = ["win", "Called", "mrs", "jones", "back", "on", "07700", "900123"]
CASES = [
    Case("card_big", "carecli (card), big", [], "big", 2.5, must=3.0),
    Case("card_empty", "carecli (card), empty", [], "empty", None),
    Case("today_json", "today --json, big", ["today", "--json"], "big", None),
    Case("win_big", "win, big", WIN, "big", 8.0, note="adds an entry each run"),
    Case("win_empty", "win, empty", WIN, "empty-win", None),
    Case("win_pii", "win, a name and phone", WIN_PII, "empty-win", None),
    Case("progress", "progress, big", ["progress"], "big", 10.0),
    Case("journal_list", "journal list -n 20, big", ["journal", "list", "-n", "20"], "big", 7.0),
    Case("help", "--help", ["--help"], "empty", 6.0),
    Case("lift", "lift, big", ["lift"], "big", 10.0),
]


def data_folder(carecli: str, env: dict[str, str]) -> str:
    done = subprocess.run([carecli, "config", "path"], env=env, capture_output=True,
                          text=True, check=True, stdin=subprocess.DEVNULL)
    return done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--entries", type=int, default=15_000)
    parser.add_argument("--json", type=Path, metavar="FILE",
                        help="also write the figures as JSON (for the README)")
    args = parser.parse_args()
    carecli = str(BIN / "carecli")
    python = str(BIN / "python")
    work = Path(tempfile.mkdtemp(prefix="carecli-bench-"))
    try:
        envs: dict[str, dict[str, str]] = {}
        for name in ("big", "empty", "empty-win"):
            (work / name).mkdir()
            envs[name] = user_env(work / name)
        folder = data_folder(carecli, envs["big"])
        if not folder.startswith(str(work / "big")):
            raise SystemExit(f"carecli's data folder {folder} is outside the benchmark HOME")
        source = work / "journal.jsonl"
        build_journal(source, args.entries)
        subprocess.run([carecli, "journal", "import", str(source)], env=envs["big"],
                       check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        pass_cmd = [python, "-c", "pass"]
        for _ in range(WARMUP):  # compiles bytecode, builds the card's caches
            timed(pass_cmd, envs["empty"])
            for case in CASES:
                timed([carecli, *case.args], envs[case.home])
        for _ in range(args.runs):
            for case in CASES:
                case.baseline.append(timed(pass_cmd, envs[case.home]))
                case.times.append(timed([carecli, *case.args], envs[case.home]))
        report(args, folder.replace(str(work / "big"), "$HOME"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(args: argparse.Namespace, folder: str) -> None:
    by_key = {case.key: case for case in CASES}
    base = statistics.median([t for case in CASES for t in case.baseline])
    print(f"{args.entries} entries, {args.runs} paired runs each, medians; "
          f"python -c pass = {base * 1000:.1f} ms; data folder {folder}")
    print(f"{'command':26} {'median ms':>10} {'pass ms':>8} {'x pass':>7} {'target':>8}")
    for case in CASES:
        target = "-" if case.target is None else f"<={case.target:g}"
        line = (f"{case.label:26} {case.median * 1000:10.1f} {case.python * 1000:8.1f} "
                f"{case.ratio:7.2f} {target:>8} {case.verdict}")
        if case.must is not None:
            line += f" (must <={case.must:g}: {'ok' if case.ratio <= case.must else 'OVER'})"
        if case.note:
            line += f" [{case.note}]"
        print(line.rstrip())
    growth = by_key["card_big"].median / by_key["card_empty"].median
    growth_verdict = "ok" if growth <= CARD_BIG_OVER_EMPTY else "OVER"
    print(f"card big / card empty = {growth:.2f} (target <={CARD_BIG_OVER_EMPTY:g}) "
          f"{growth_verdict}")
    if args.json:
        figures = {
            "entries": args.entries, "runs": args.runs, "python_ms": round(base * 1000, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "data_folder": folder,
            "cases": [{"key": c.key, "command": " ".join(["carecli", *c.args]),
                       "home": c.home, "median_ms": round(c.median * 1000, 1),
                       "python_ms": round(c.python * 1000, 1), "ratio": round(c.ratio, 2),
                       "target": c.target, "must": c.must, "verdict": c.verdict}
                      for c in CASES],
            "card_big_over_empty": {"ratio": round(growth, 2), "target": CARD_BIG_OVER_EMPTY,
                                    "verdict": growth_verdict},
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
