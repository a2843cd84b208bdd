"""Score PERSON on person_held25 read as pages (gold is PERSON-only; other labels were not annotated).

Usage (from the repository root, ``PYTHONPATH=<your tree>``)::

    python tests/data/person_held25/score.py            # open half, with its errors
    python tests/data/person_held25/score.py --held     # held half: aggregate only, no errors
    python tests/data/person_held25/score.py --read reports   # each page read as one text

Predicted strings are compared with spaces deleted (尹　亮 = 尹亮), counts summed.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "benchmarks"))

from pages import HELD, OPEN  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--held", action="store_true", help="score the held half (aggregate only)")
    ap.add_argument("--read", choices=("pages", "reports"), default="pages")
    args = ap.parse_args()
    from corpus_tools.scoring.entities import gold_documents, strip_spaces, tag_documents
    import external_gold as eg

    stems = HELD if args.held else OPEN
    docs = [d for d in gold_documents(HERE / "entities", pages_dir=HERE / "texts", source="person_held25")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = eg.page_entities(eg.read_pages(HERE / "texts"), docs) if args.read == "pages" else tag_documents(docs)
    tp = fp = fn = 0
    errors = []
    for d in docs:
        if d.stem not in stems:
            continue
        g, p = Counter(), Counter()
        for (t, lab), c in d.gold.items():
            if lab == "PERSON":
                g[strip_spaces(t)] += c
        for (t, lab), c in pred[d.stem].items():
            if lab == "PERSON":
                p[strip_spaces(t)] += c
        tp += sum((g & p).values())
        fp += sum((p - g).values())
        fn += sum((g - p).values())
        errors += [(d.stem, kind, t, c) for kind, diff in (("FP", p - g), ("FN", g - p)) for t, c in diff.items()]
    if not args.held:  # the held half's errors are never printed
        print("\n".join(" ".join(map(str, e)) for e in errors))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    print(f"{'held' if args.held else 'open'} ({args.read}) PERSON gold {tp + fn} pred {tp + fp} tp {tp} "
          f"P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
