"""Two (or more) terminals writing at once lose nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from carecli.journal.store import Journal

WRITER = """
import sys
from datetime import datetime
from pathlib import Path
from carecli.context import Context
from carecli.journal import capture

ctx = Context(Path(sys.argv[1]))
worker = sys.argv[2]
for n in range(int(sys.argv[3])):
    capture.log_win(ctx.journal, ctx.calendar, ctx.themes, datetime.now().astimezone(),
                    f"win {n} from writer {worker}", impact=1 + n % 5)
"""


def test_parallel_writers_lose_no_entry(care_home: Path) -> None:
    writers, per_writer = 4, 40
    env = dict(os.environ, CARECLI_HOME=str(care_home))
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(care_home), str(w),
                               str(per_writer)], env=env, stderr=subprocess.PIPE, text=True)
             for w in range(writers)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errors
    texts = sorted(e.text for e in Journal(care_home).entries())
    expected = sorted(f"win {n} from writer {w}" for w in range(writers)
                      for n in range(per_writer))
    assert texts == expected
    stats = Journal(care_home).day_stats()
    assert sum(s.wins for s in stats.values()) == writers * per_writer


def test_parallel_cli_runs_lose_no_entry(care_home: Path) -> None:
    carecli = str(Path(sys.executable).parent / "carecli")
    env = dict(os.environ, CARECLI_HOME=str(care_home))
    procs = [subprocess.Popen([carecli, "win", f"terminal {n}", "--impact", "2"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL)
             for n in range(6)]
    for p in procs:
        p.wait(timeout=120)
    assert [p.returncode for p in procs] == [0] * 6
    texts = sorted(e.text for e in Journal(care_home).entries())
    assert texts == sorted(f"terminal {n}" for n in range(6))
