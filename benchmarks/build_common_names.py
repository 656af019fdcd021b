"""Rebuild src/carecli/data/common_names.txt: names that are also English or keep words.

    python benchmarks/build_common_names.py

The capture check (carecli/scrubber/screen.py) reads only this list, the English words
and the keep words, so that `win` need not load the name lists; tests/test_capture_check.py
checks that the file is what its sources say. Run this after changing any of them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from carecli.scrubber import lexicon  # noqa: E402


def main() -> int:
    derived = lexicon.Lexicon().common_names()
    path = Path(lexicon._DATA_DIR) / "common_names.txt"
    head = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    path.write_text("\n".join([*head, *derived]) + "\n", encoding="utf-8")
    print(f"{len(derived)} names written to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
