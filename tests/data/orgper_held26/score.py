"""Score PERSON, ORG and GPE on orgper_held26 read as pages (the gold annotates only these three labels).

Usage (from the repository root, ``PYTHONPATH=<your tree>``)::

    python tests/data/orgper_held26/score.py            # open half, with its errors
    python tests/data/orgper_held26/score.py --held     # held half: aggregates only, no errors

Predicted strings are compared with spaces deleted (兰　芳 = 兰芳), counts summed per page.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from held_fragments import score_main  # noqa: E402
from pages import HELD, OPEN  # noqa: E402

LABELS = ("PERSON", "ORG", "GPE")

if __name__ == "__main__":
    score_main(HERE, LABELS, OPEN, HELD)
