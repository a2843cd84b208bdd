"""Aggregate scores of the check fold (kept-apart reports of dev4..dev8 and the held-apart edev reports):
per label support/TP/FP/FN and F1 only, never the errors (RULES: at most three runs a round).

    PYTHONPATH=. python benchmarks/check_fold_minor.py [--labels EVENT,LOC,FAC,PROJECT]

Needs the dev texts in /work/devN (``benchmarks/gold_texts.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", "/work/shared"))
#: kept-apart stems of dev4..dev8 (their READMEs)
APART = {4: range(9, 13), 5: range(11, 15), 6: range(11, 15), 7: range(11, 15), 8: range(11, 15)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", default="EVENT,LOC,FAC,PROJECT")
    a = ap.parse_args(argv)
    from corpus_tools.scoring.entities import gold_documents, score_entities, tag_documents

    docs = []
    for n, stems in APART.items():
        folder = Path(f"/work/dev{n}")
        keep = {f"d{n}_{i:02d}" for i in stems}
        docs += [d for d in gold_documents(folder / "entities", pages_dir=folder / "texts", source=f"dev{n}")
                 if d.stem in keep]
    docs += [d for d in gold_documents(SHARED / "gold" / "entities-dev", source="edev") if d.part == "held_apart"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = tag_documents(docs)
    t = score_entities({d.stem: pred[d.stem] for d in docs}, {d.stem: d.gold for d in docs})
    labels = tuple(a.labels.split(",")) + ("micro",)
    print(f"check fold: {len(docs)} reports (dev4-dev8 kept apart, edev held apart); support/TP/FP/FN F1")
    for r in t[t["label"].isin(labels)].itertuples():
        print(f"{r.label:8s} {int(r.support)}/{int(r.tp)}/{int(r.fp)}/{int(r.fn)} P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
