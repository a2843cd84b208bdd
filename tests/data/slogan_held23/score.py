"""Score marked slogans (strict: text and kind) on slogan_held23: TP/FP/FN per split (slogan_held21's scorer).

    PYTHONPATH=. python tests/data/slogan_held23/score.py [dev|held|all] [--errors]
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = {"dev": [f"h23_0{i}" for i in range(1, 6)], "held": [f"h23_{i:02d}" for i in range(6, 11)]}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "slogan_held21" / "score.py"))["score"](HERE, SPLITS, sys.argv[1:])
