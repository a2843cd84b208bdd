"""Score ORG, VILLAGE and PERSON on orgper_held28 (the gold annotates only these three labels).

Report-style stems are tagged one paragraph a line, as ``benchmarks/external_gold.py`` tags People's Daily
reports; page stems are read as pages (``read_corpus`` without a manifest). Usage (from the repository root,
``PYTHONPATH=<your tree>``)::

    python tests/data/orgper_held28/score.py            # open half, with its errors
    python tests/data/orgper_held28/score.py --held     # held half: aggregates only, no errors

Predicted strings are compared with spaces deleted (刘　芳 = 刘芳), counts summed per text.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from held_fragments import score_main  # noqa: E402
from pages import HELD, OPEN, REPORTS  # noqa: E402

LABELS = ("ORG", "VILLAGE", "PERSON")

if __name__ == "__main__":
    score_main(HERE, LABELS, OPEN, HELD, REPORTS)
