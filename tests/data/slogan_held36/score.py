"""Score marked slogans (strict: text and kind) on slogan_held36: TP/FP/FN per split (slogan_held21's scorer).

    PYTHONPATH=. python tests/data/slogan_held36/score.py [dev|held|all] [--errors]
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = {"dev": [f"s36_{i:02d}" for i in (1, 3, 5, 7)], "held": [f"s36_{i:02d}" for i in (2, 4, 6, 8)]}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "slogan_held21" / "score.py"))["score"](HERE, SPLITS, sys.argv[1:])
