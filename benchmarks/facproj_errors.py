"""FAC and PROJECT errors on OPEN page sets read as pages, each with its stage (facproj27, round 27).

    PYTHONPATH=. python benchmarks/facproj_errors.py [--sets pages24,pages27o_odd,...] [--out errors.tsv]

Sets (all open material): pages21 … pages25, pages26o, pages27o_odd (p27o_01/03/05/07/09) and pages28o_odd
(p28o_01/03/05/07/09; facproj28), pages29o_odd (p29o_01/03/05/07/09; facproj29); the even pages of
pages27o/pages28o/pages29o are held checks and are never listed. Each page is read as a user reads it (``read_corpus`` on a
folder that holds only the selected pages, no manifest) and, apart, tagged as one report (its text with line breaks
deleted, the county from the manifest). Errors are :func:`~corpus_tools.scoring.entities.error_table`'s; an
error's stage is its pattern:

- ``label:X``: the same text is predicted (a FP: is gold) with label X;
- ``short:X`` / ``long:X``: a mention X of any label on the other side lies inside / around it (wrong bounds, or
  covered by another label's mention);
- ``spurious``: a FP with nothing near;

and a miss with nothing near is split by where it was lost:

- ``layout``: the report reading finds the exact mention, the page reading does not (lost in the reading);
- ``rule-rejected``: the FAC/PROJECT rules proposed the exact span, the final output lost it;
- ``none``: no candidate.

``--held27 study|held`` (``--held28 study|held``) scores tests/data/facproj_held27 (facproj_held28) instead (reports, county inferred from the text): the study
half f01-f04 with its errors, the held half f05-f08 as aggregates only.
"""

from __future__ import annotations

import argparse
import functools
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
ODD28 = ("p28o_01", "p28o_03", "p28o_05", "p28o_07", "p28o_09")
ODD29 = ("p29o_01", "p29o_03", "p29o_05", "p29o_07", "p29o_09")
ODD31 = ("p31o_01", "p31o_03", "p31o_05", "p31o_07", "p31o_09")
ODD32 = ("p32o_01", "p32o_03", "p32o_05", "p32o_07", "p32o_09")
ODD33 = ("p33o_01", "p33o_03", "p33o_05", "p33o_07", "p33o_09")
ODD34 = ("p34o_01", "p34o_03", "p34o_05", "p34o_07", "p34o_09")
ODD35 = ("p35o_01", "p35o_03", "p35o_05", "p35o_07", "p35o_09")
ODD = {"pages27o_odd": ("pages27o", ODD27), "pages28o_odd": ("pages28o", ODD28), "pages29o_odd": ("pages29o", ODD29),
       "pages31o_odd": ("pages31o", ODD31), "pages32o_odd": ("pages32o", ODD32),
       "pages33o_odd": ("pages33o", ODD33), "pages34o_odd": ("pages34o", ODD34),
       "pages35o_odd": ("pages35o", ODD35)}


def _set_docs(name: str):
    from corpus_tools.scoring.entities import gold_documents

    base, keep = ODD.get(name, (name, None))
    folder = Path(base) if "/" in base else GOLD / base  # a folder path: e.g. a temp dir of one half's symlinks
    docs = gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
    if keep is not None:
        docs = [d for d in docs if d.stem in keep]
    return folder, docs


def _page_pred(folder: Path, docs) -> dict:
    import corpus_tools as ct

    with tempfile.TemporaryDirectory() as tmp:
        for d in docs:
            os.symlink(folder / "texts" / f"{d.stem}.txt", Path(tmp) / f"{d.stem}.txt")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return page_entities(ct.read_corpus(tmp, manifest=None), docs)


def _stage(e, pred: Counter, rep: Counter, rules) -> str:
    """The stage of an :func:`~corpus_tools.scoring.entities.error_table` row *e*: its pattern, or for a miss with
    nothing near (``missed``) where it was lost (*pred*, *rep*: the page's and the report's spaceless counts;
    *rules*: a callable giving the rules' exact spans)."""
    if e.pattern == "label":
        return "label:" + e.other
    if e.pattern in ("span too short", "span too long"):
        return e.pattern.split()[-1] + ":" + e.other
    if e.pattern == "spurious":
        return "spurious"
    if rep[(e.text, e.label)] > pred[(e.text, e.label)]:
        return "layout"
    return "rule-rejected" if (e.text, e.label) in rules() else "none"


def _held(name: str, half: str) -> int:
    """Score tests/data/*name* (facproj_held27 or facproj_held28): the study half f01-f04 with its errors, the held
    half f05-f08 as aggregates only."""
    from corpus_tools.scoring.entities import error_table, gold_documents, score_entities, tag_documents

    folder = REPO / "tests" / "data" / name
    stems = ("f01", "f02", "f03", "f04") if half == "study" else ("f05", "f06", "f07", "f08")
    docs = [d for d in gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
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
    ap.add_argument("--held28", choices=("study", "held"), default=None)
    ap.add_argument("--labels", default=",".join(LABELS),
                    help="labels to list (default FAC,PROJECT; facproj29 also reads EVENT,LOC)")
    a = ap.parse_args(argv)
    labels = tuple(a.labels.split(","))
    from corpus_tools.scoring.entities import error_table, spaceless_counts, tag_documents
    if a.held27:
        return _held("facproj_held27", a.held27)
    if a.held28:
        return _held("facproj_held28", a.held28)
    from corpus_tools._entity_rules import rule_entities

    rows, tot = [], Counter()
    for name in a.sets.split(","):
        folder, docs = _set_docs(name)
        pred = _page_pred(folder, docs)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rep = tag_documents(docs)
        errors = error_table(docs, pred)
        errors = errors[errors["label"].isin(labels)]
        for d in docs:
            p = spaceless_counts(pred[d.stem])
            r = spaceless_counts(rep[d.stem])
            for lab in labels:
                tot[(name, lab, "gold")] += sum(c for (t, l), c in spaceless_counts(d.gold).items() if l == lab)
                tot[(name, lab, "pred")] += sum(c for (t, l), c in p.items() if l == lab)
            rules = functools.cache(lambda d=d: {(e.text, e.label)
                                                 for e in rule_entities(d.text, d.county_code, keep_blockers=True)})
            for e in errors[errors["doc"] == d.stem].itertuples():
                tot[(name, e.label, e.kind)] += e.count
                i = d.text.find(e.text)
                ctx = d.text[max(0, i - 10):i + len(e.text) + 6] if i >= 0 else ""
                rows.append((name, d.stem, e.kind, e.label, e.text, str(e.count), _stage(e, p, r, rules), ctx))
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    for name in a.sets.split(","):
        for lab in labels:
            gd, pr = tot[(name, lab, "gold")], tot[(name, lab, "pred")]
            fn, fp = tot[(name, lab, "FN")], tot[(name, lab, "FP")]
            tp = gd - fn
            print(f"{name:13s} {lab:8s} gold {gd:3d} pred {pr:3d} tp {tp:3d} fp {fp:3d} fn {fn:3d}")
    print("wrote", a.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
