"""Score PERSON, ORG and GPE on orgper_held26 read as pages (the gold annotates only these three labels).

Usage (from the repository root, ``PYTHONPATH=<your tree>``)::

    python tests/data/orgper_held26/score.py            # open half, with its errors
    python tests/data/orgper_held26/score.py --held     # held half: aggregates only, no errors

Predicted strings are compared with spaces deleted (兰　芳 = 兰芳), counts summed per page.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
sys.path.insert(0, str(HERE.parents[2] / "benchmarks"))

from held_fragments import score_labels  # noqa: E402
from pages import HELD, OPEN  # noqa: E402

LABELS = ("PERSON", "ORG", "GPE")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--held", action="store_true", help="score the held half (aggregates only)")
    args = ap.parse_args()
    from corpus_tools.scoring.entities import gold_documents
    import external_gold as eg

    stems = HELD if args.held else OPEN
    docs = [d for d in gold_documents(HERE / "entities", pages_dir=HERE / "texts", source="orgper_held26")
            if d.stem in stems]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = eg.page_entities(eg.read_pages(HERE / "texts"), docs)
    print("\n".join(score_labels(docs, pred, LABELS, name="held" if args.held else "open", errors=not args.held)))


if __name__ == "__main__":
    main()
