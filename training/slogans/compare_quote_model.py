"""Does retraining the quoted-phrase model on more labelled data beat the shipped one on unseen candidates?

    python training/slogans/compare_quote_model.py [--dev4 /work/dev4] [--apart d4_09,d4_10,d4_11,d4_12]
                                                   [--samples detections_b.tsv detections_c.tsv]

The shipped model (``corpus_tools/data/slogan_quote_model.json``) was trained on the seed pages, the dev
tuning part, hand-written batches 1-2, sample A and the silver labels (``quote_model.py``). The candidates of
the further samples (default B and C) and of the open dev4 reports (the apart ones are never read) were
never in its training. This prints the shipped model's decisions on those candidates, the rules' alone,
and those of the retraining procedure of ``quote_model.py`` (C and thresholds chosen by leave-one-group-out
over everything) with each of those articles left out in turn. Writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import quote_model as qm  # noqa: E402


def score(decided: list[tuple[bool, int]]) -> dict[str, float]:
    """tp, fp, fn, precision, recall and F-beta of (decision, label) pairs."""
    tp = sum(h and y for h, y in decided)
    fp = sum(h and not y for h, y in decided)
    fn = sum(y and not h for h, y in decided)
    return {"tp": tp, "fp": fp, "fn": fn, "P": round(tp / max(1, tp + fp), 3), "R": round(tp / max(1, tp + fn), 3),
            "Fbeta": round(qm.fbeta(tp, fp, fn), 3)}


def main() -> None:
    from corpus_tools.slogans.singles import load_quote_model, model_decision

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev4", type=Path, default=Path("/work/dev4"))
    ap.add_argument("--apart", default="d4_09,d4_10,d4_11,d4_12")
    ap.add_argument("--samples", nargs="*", default=["detections_b.tsv", "detections_c.tsv"])
    args = ap.parse_args()
    apart = set(args.apart.split(","))
    unseen = dict(qm.samples(args.samples))
    if (args.dev4 / "slogans").is_dir():
        unseen.update({k: v for k, v in qm.gold_pages(args.dev4).items() if k not in apart})
    pages = {**qm.labelled_pages([]), **qm.samples(["detections_a.tsv"])}
    extra = qm.silver()
    rule = lambda f: None if "rule=None" in f else "rule"  # noqa: E731
    shipped = load_quote_model()
    rows = [r for group in unseen.values() for r in group]
    print("shipped model on unseen candidates:",
          score([(model_decision(shipped, f, rule(f)) is not None, y) for f, y, _ in rows]))
    print("rules alone:", score([("rule=None" not in f and "flag=label_use" in f, y) for f, y, _ in rows]))
    groups = {**pages, **unseen}
    c, t, rt, oof = qm.choose(groups, extra)
    decided = []
    for left in unseen:
        m = qm.fit(extra + [r for p, group in groups.items() if p != left for r in group], c, t)
        m.rule_threshold = rt
        decided += [(model_decision(m, f, rule(f)) is not None, y) for f, y, _ in unseen[left]]
    print(f"retrained (C={c}, threshold={t}, rule threshold={rt}), each unseen article left out:", score(decided))


if __name__ == "__main__":
    main()
