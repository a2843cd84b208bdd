"""Per-label counts and errors of the smaller labels (LOC, FAC, EVENT, PROJECT) on OPEN material only.

    PYTHONPATH=. python benchmarks/minor_labels.py [--errors] [--sets dev,seeds,held23] [--json out.json] [--labels L,L]

Open material (studied; errors may be read): the entities-dev tune part (15 reports), the seed pages
000/001, the open reports of dev4..dev9 (texts rebuilt by ``benchmarks/gold_texts.py`` into
``/work/devN``; the kept-apart stems of dev4..dev8 are skipped here and never listed), the invented
report sets in tests/data with full gold (org_held20/21/23, minor_held23 study half, ent_held24 study half with
``--sets …,held24``), and the released page set benchmarks/gold/pages21 read as pages (``--sets pages21``), and
the study half of tests/data/minor_held25 (``--sets …,held25``; ``--held25`` scores its held half, aggregates),
the study half of tests/data/minor_held26 (``--sets …,held26``; ``--held26``: its held half t05-t08, aggregates),
pages23 and pages26o's odd pages read as pages (``--sets …,pages23,pages26o_odd``).
``--held`` scores tests/data/minor_held23's held half (aggregates only unless ``--errors`` is given
at the very end). Prints, per label, gold support, TP/FP/FN, and with ``--errors`` every error with
its pattern (``label`` / ``span too short`` / ``span too long`` / ``missed`` / ``spurious``).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
import json
import os
import sys
import warnings
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", "/work/shared"))
LABELS = ("LOC", "FAC", "EVENT", "PROJECT")
#: Kept-apart stems of dev4..dev8 (the check fold): never read here.
APART = {4: range(9, 13), 5: range(11, 15), 6: range(11, 15), 7: range(11, 15), 8: range(11, 15)}
HELD23 = ("m06", "m07", "m08", "m09", "m10")
#: The study half of tests/data/ent_held24 (h06..h10 are held: never read here)
STUDY24 = ("h01", "h02", "h03", "h04", "h05")
#: The held half of tests/data/minor_held25 (s01..s05 are the study half)
HELD25 = ("s06", "s07", "s08", "s09", "s10")
#: The held half of tests/data/minor_held26 (t01..t04 are the study half)
HELD26 = ("t05", "t06", "t07", "t08")
#: pages26o's odd (studied) pages; its even pages are the held check, never read here
ODD26 = ("p26o_01", "p26o_03", "p26o_05", "p26o_07", "p26o_09")


def _docs(sets: list[str], held: bool, held25: bool = False, held26: bool = False):
    from corpus_tools.scoring.entities import gold_documents

    out = []
    if "dev" in sets:
        out += [d for d in gold_documents(SHARED / "gold" / "entities-dev", source="edev") if d.part == "tune"]
    if "seeds" in sets:
        out += gold_documents(SHARED / "gold" / "entities", source="seeds")
    if "devN" in sets:
        for n in range(4, 10):
            folder = Path(f"/work/dev{n}")
            apart = {f"d{n}_{i:02d}" for i in APART.get(n, ())}
            docs = gold_documents(folder / "entities", pages_dir=folder / "texts", source=f"dev{n}")
            out += [d for d in docs if d.stem not in apart]
    if "tests" in sets:
        for name in ("org_held20", "org_held21", "org_held23"):
            folder = REPO / "tests" / "data" / name
            if (folder / "entities").is_dir():
                out += gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
    folder = REPO / "tests" / "data" / "minor_held23"
    if (folder / "entities").is_dir() and ("held23" in sets or held):
        docs = gold_documents(folder / "entities", pages_dir=folder / "texts", source="minor_held23")
        out += [d for d in docs if (d.stem in HELD23) == held]
    folder = REPO / "tests" / "data" / "ent_held24"
    if (folder / "entities").is_dir() and "held24" in sets and not held:
        docs = gold_documents(folder / "entities", pages_dir=folder / "texts", source="ent_held24")
        # h06..h10 are held: scored by external_gold.py only; the stems are prefixed (org_held21 has h01 too)
        out += [replace(d, stem="ent24_" + d.stem) for d in docs if d.stem in STUDY24]
    folder = REPO / "tests" / "data" / "minor_held25"
    if (folder / "entities").is_dir() and ("held25" in sets or held25):
        docs = gold_documents(folder / "entities", pages_dir=folder / "texts", source="minor_held25")
        out += [replace(d, stem="m25_" + d.stem) for d in docs if (d.stem in HELD25) == held25]
    folder = REPO / "tests" / "data" / "minor_held26"
    if (folder / "entities").is_dir() and ("held26" in sets or held26):
        docs = gold_documents(folder / "entities", pages_dir=folder / "texts", source="minor_held26")
        out += [replace(d, stem="m26_" + d.stem) for d in docs if (d.stem in HELD26) == held26]
    return out


def _page_sets(sets: list[str]):
    """Open page sets read as pages (``benchmarks/gold/pages21``, ``pages23``, ``pages26o_odd``: the odd
    pages of pages26o): (docs, predictions)."""
    from corpus_tools.scoring.entities import gold_documents
    from external_gold import page_entities, read_pages

    docs, pred = [], {}
    for name in ("pages21", "pages23", "pages26o_odd"):
        if name in sets:
            folder = REPO / "benchmarks" / "gold" / name.split("_")[0]
            sub = gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
            sub = [d for d in sub if d.stem in ODD26] if name.endswith("_odd") else sub
            docs += sub
            pred.update(page_entities(read_pages(folder / "texts"), sub))
    return docs, pred


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="dev,seeds,devN,tests,held23")
    ap.add_argument("--held", action="store_true", help="only the held half of minor_held23")
    ap.add_argument("--held25", action="store_true", help="only the held half of minor_held25 (s06-s10)")
    ap.add_argument("--held26", action="store_true", help="only the held half of minor_held26 (t05-t08)")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--json", type=Path, default=None, help="write the predictions here")
    ap.add_argument("--labels", default=",".join(LABELS), help="labels to print (comma-separated; ORG, PERSON … too)")
    args = ap.parse_args(argv)
    labels = tuple(args.labels.split(","))
    from corpus_tools.scoring.entities import error_table, score_entities, tag_documents

    docs = _docs(args.sets.split(","), args.held, args.held25, args.held26)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = tag_documents(docs) if docs else {}
        page_docs, page_pred = _page_sets(args.sets.split(","))
    docs, pred = docs + page_docs, {**pred, **page_pred}
    if args.json:
        args.json.write_text(json.dumps({k: [[t, lab, c] for (t, lab), c in v.items()] for k, v in pred.items()},
                                        ensure_ascii=False))
    for src in sorted({d.source for d in docs}) + ["ALL"]:
        sub = [d for d in docs if src in ("ALL", d.source)]
        t = score_entities({d.stem: pred[d.stem] for d in sub}, {d.stem: d.gold for d in sub})
        t = t[t["label"].isin(labels + ("micro",))]
        cells = [f"{r.label} {int(r.support)}/{int(r.tp)}/{int(r.fp)}/{int(r.fn)} {r.f1:.3f}" for r in t.itertuples()]
        print(f"{src:14s} ({len(sub):2d})  " + "  ".join(cells))
    if args.errors:
        errs = error_table(docs, pred)
        errs = errs[errs["label"].isin(labels)]
        for (kind, label), g in errs.groupby(["kind", "label"], sort=True):
            print(f"\n## {kind} {label}: {int(g['count'].sum())}")
            for r in g.sort_values(["pattern", "text"]).itertuples():
                print(f"  {r.pattern:15s} {r.text} ×{r.count}  [{r.other}]  {r.doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
