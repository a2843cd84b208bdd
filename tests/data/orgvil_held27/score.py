"""Score ORG, VILLAGE and PERSON on orgvil_held27 (the gold annotates only these three labels).

Report-style stems are tagged one paragraph a line, as ``benchmarks/external_gold.py`` tags People's Daily
reports; page stems are read as pages (``read_corpus`` without a manifest). Usage (from the repository root,
``PYTHONPATH=<your tree>``)::

    python tests/data/orgvil_held27/score.py            # open half, with its errors
    python tests/data/orgvil_held27/score.py --held     # held half: aggregates only, no errors

Predicted strings are compared with spaces deleted (刘　芳 = 刘芳), counts summed per text.
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

from pages import HELD, OPEN, REPORTS  # noqa: E402

LABELS = ("ORG", "VILLAGE", "PERSON")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--held", action="store_true", help="score the held half (aggregates only)")
    args = ap.parse_args()
    from corpus_tools.scoring.entities import gold_documents, strip_spaces, tag_documents
    import external_gold as eg

    stems = HELD if args.held else OPEN
    docs = [d for d in gold_documents(HERE / "entities", pages_dir=HERE / "texts", source="orgvil_held27")
            if d.stem in stems]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = eg.page_entities(eg.read_pages(HERE / "texts"), [d for d in docs if d.stem not in REPORTS])
        pred.update(tag_documents([d for d in docs if d.stem in REPORTS]))
    counts = {lab: Counter() for lab in LABELS + ("micro",)}
    errors = []
    for d in docs:
        for lab in LABELS:
            g = Counter({strip_spaces(t): c for (t, la), c in d.gold.items() if la == lab})
            p = Counter()
            for (t, la), c in pred[d.stem].items():
                if la == lab:
                    p[strip_spaces(t)] += c
            for key, n in (("tp", sum((g & p).values())), ("fp", sum((p - g).values())), ("fn", sum((g - p).values()))):
                counts[lab][key] += n
                counts["micro"][key] += n
            errors += [(d.stem, kind, lab, t, c) for kind, diff in (("FP", p - g), ("FN", g - p)) for t, c in diff.items()]
    if not args.held:  # the held half's errors are never printed
        print("\n".join(" ".join(map(str, e)) for e in errors))
    for lab, c in counts.items():
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(f"{'held' if args.held else 'open'} {lab:7} gold {tp + fn} pred {tp + fp} tp {tp} "
              f"P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
