"""FAC and PROJECT errors on OPEN page sets read as pages, each with its stage (facproj27, round 27).

    PYTHONPATH=. python benchmarks/facproj_errors.py [--sets pages24,pages27o_odd,...] [--out errors.tsv]

Sets (all open material): pages21, pages22, pages23, pages24, pages26o and pages27o_odd (p27o_01/03/05/07/09; the
even pages are the held check and are never listed). Each page is read as a user reads it (``read_corpus`` on a
folder that holds only the selected pages, no manifest) and, apart, tagged as one report (its text with line breaks
deleted, the county from the manifest). An error's stage:

- ``layout``: the report reading finds the exact mention, the page reading does not (lost in the reading);
- ``label:X``: the same text is predicted with label X;
- ``short`` / ``long``: a FAC/PROJECT prediction lies inside / around the gold span (wrong bounds);
- ``covered:X``: a prediction of another label lies inside or around it;
- ``rule-rejected``: the FAC/PROJECT rules proposed the exact span, the final output lost it;
- ``none``: no candidate.

``--held27 study|held`` scores tests/data/facproj_held27 instead (reports, county inferred from the text): the study
half f01-f04 with its errors, the held half f05-f08 as aggregates only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from external_gold import page_entities  # noqa: E402  (the page reading external_gold scores)
GOLD = REPO / "benchmarks" / "gold"
LABELS = ("FAC", "PROJECT")
ODD27 = ("p27o_01", "p27o_03", "p27o_05", "p27o_07", "p27o_09")


def _set_docs(name: str):
    from corpus_tools.scoring.entities import gold_documents

    folder = GOLD / ("pages27o" if name == "pages27o_odd" else name)
    docs = gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
    if name == "pages27o_odd":
        docs = [d for d in docs if d.stem in ODD27]
    return folder, docs


def _page_pred(folder: Path, docs) -> dict:
    import corpus_tools as ct

    with tempfile.TemporaryDirectory() as tmp:
        for d in docs:
            os.symlink(folder / "texts" / f"{d.stem}.txt", Path(tmp) / f"{d.stem}.txt")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return page_entities(ct.read_corpus(tmp, manifest=None), docs)


def _stage(t: str, lab: str, pred: Counter, rep: Counter, rules: set, kind: str) -> str:
    if kind == "FN" and rep[(t, lab)] > pred[(t, lab)]:
        return "layout"
    other = [l for (x, l), c in pred.items() if x == t and l != lab and c > 0]
    if other:
        return "label:" + other[0]
    same = [x for (x, l), c in pred.items() if l == lab and c > 0 and x != t and (x in t or t in x)]
    if same:
        x = same[0]
        short = x in t if kind == "FN" else t in x
        return ("short:" if short else "long:") + x
    cov = [(x, l) for (x, l), c in pred.items() if c > 0 and x != t and (x in t or t in x) and len(x) > 1]
    if cov:
        return f"covered:{cov[0][1]}:{cov[0][0]}"
    if kind == "FN" and (t, lab) in rules:
        return "rule-rejected"
    return "none" if kind == "FN" else "spurious"


def _held27(half: str) -> int:
    from corpus_tools.scoring.entities import error_table, gold_documents, score_entities, tag_documents

    folder = REPO / "tests" / "data" / "facproj_held27"
    stems = ("f01", "f02", "f03", "f04") if half == "study" else ("f05", "f06", "f07", "f08")
    docs = [d for d in gold_documents(folder / "entities", pages_dir=folder / "texts", source="facproj_held27")
            if d.stem in stems]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = tag_documents(docs)
    t = score_entities({d.stem: pred[d.stem] for d in docs}, {d.stem: d.gold for d in docs})
    for r in t[t["label"].isin(LABELS + ("micro",))].itertuples():
        print(f"{half} {r.label:8s} {int(r.support)}/{int(r.tp)}/{int(r.fp)}/{int(r.fn)} "
              f"P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}")
    if half == "study":
        e = error_table(docs, pred)
        print(e.to_string())
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="pages24,pages27o_odd,pages21,pages22,pages23,pages26o")
    ap.add_argument("--out", type=Path, default=Path("/tmp/facproj27/errors.tsv"))
    ap.add_argument("--held27", choices=("study", "held"), default=None)
    a = ap.parse_args(argv)
    from corpus_tools.scoring.entities import spaceless_counts, tag_documents
    if a.held27:
        return _held27(a.held27)
    from corpus_tools._entity_rules import rule_entities

    rows, tot = [], Counter()
    for name in a.sets.split(","):
        folder, docs = _set_docs(name)
        pred = _page_pred(folder, docs)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rep = tag_documents(docs)
        for d in docs:
            g = spaceless_counts(d.gold)
            p = spaceless_counts(pred[d.stem])
            r = spaceless_counts(rep[d.stem])
            rules = {(e.text, e.label) for e in rule_entities(d.text, d.county_code, keep_blockers=True)}
            for lab in LABELS:
                tot[(name, lab, "gold")] += sum(c for (t, l), c in g.items() if l == lab)
                tot[(name, lab, "pred")] += sum(c for (t, l), c in p.items() if l == lab)
            for kind, x, y in (("FN", g, p), ("FP", p, g)):
                for (t, lab), c in sorted(x.items()):
                    if lab not in LABELS:
                        continue
                    miss = c - min(c, y[(t, lab)])
                    if miss <= 0:
                        continue
                    tot[(name, lab, kind)] += miss
                    st = _stage(t, lab, p if kind == "FN" else g, r, rules, kind)
                    i = d.text.find(t)
                    ctx = d.text[max(0, i - 10):i + len(t) + 6] if i >= 0 else ""
                    rows.append((name, d.stem, kind, lab, t, str(miss), st, ctx))
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    for name in a.sets.split(","):
        for lab in LABELS:
            gd, pr = tot[(name, lab, "gold")], tot[(name, lab, "pred")]
            fn, fp = tot[(name, lab, "FN")], tot[(name, lab, "FP")]
            tp = gd - fn
            print(f"{name:13s} {lab:8s} gold {gd:3d} pred {pr:3d} tp {tp:3d} fp {fp:3d} fn {fn:3d}")
    print("wrote", a.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
