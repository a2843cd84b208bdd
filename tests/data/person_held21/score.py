"""Score PERSON on the person_held21 texts (gold is PERSON-only; other labels were not annotated).

Usage (from the repository root)::

    python tests/data/person_held21/score.py            # open half, with its errors
    python tests/data/person_held21/score.py --held     # held half: aggregate only, no errors

The open half is h01, h02, h05, h07; the held half h03, h04, h06, h08 (never print its errors).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPEN = ("h01_ninghai", "h02_shufu", "h05_cili", "h07_lanxi")
HELD = ("h03_litang", "h04_xiwu", "h06_longli", "h08_laiwu")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--held", action="store_true", help="score the held half (aggregate only)")
    args = ap.parse_args()
    from corpus_tools.scoring.entities import gold_documents, tag_documents

    stems = HELD if args.held else OPEN
    docs = [d for d in gold_documents(HERE / "entities", pages_dir=HERE / "texts", source="person_held21")
            if d.stem in stems]
    pred = tag_documents(docs)
    tp = fp = fn = 0
    for d in docs:
        g = Counter({k: v for k, v in d.gold.items() if k[1] == "PERSON"})
        p = Counter({k: v for k, v in pred[d.stem].items() if k[1] == "PERSON"})
        tp += sum((g & p).values())
        fp += sum((p - g).values())
        fn += sum((g - p).values())
        if not args.held:
            for (t, _), c in (p - g).items():
                print(d.stem, "FP", t, c)
            for (t, _), c in (g - p).items():
                print(d.stem, "FN", t, c)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    print(f"{'held' if args.held else 'open'} PERSON gold {tp + fn} pred {tp + fp} tp {tp} "
          f"P {pr:.3f} R {rc:.3f} F1 {2 * pr * rc / (pr + rc) if pr + rc else 0:.3f}")


if __name__ == "__main__":
    main()
