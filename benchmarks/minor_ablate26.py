"""Which of round 24's smaller-label mechanisms gain and which lose: each switched off alone (monkeypatched,
no library change), scored on open material with per-item errors allowed.

    PYTHONPATH=. python benchmarks/minor_ablate26.py [--sets held25,pages21,pages23,pages26o_odd] [--only NAME,NAME]

Written for the base of round 25 (main 9a0d80f, where every mechanism is present); on a later tree a
mechanism that was removed is simply not switched (its rows read +0).

For every mechanism and set it prints, for LOC/FAC/EVENT/PROJECT summed, the mentions the mechanism gains
(TP with it minus TP without it), the false alarms it adds and the misses it adds (negative = it removes),
and the (text, label) items that differ. Sets: tests/data/minor_held25 (both halves, read as reports: the
held half's per-item lines are printed only as counts), benchmarks/gold/pages21 and pages23 read as pages,
pages26o's odd (studied) pages read as pages. pages26o's even pages are never read here.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import warnings
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
LABELS = ("LOC", "FAC", "EVENT", "PROJECT")
HELD25 = ("s06", "s07", "s08", "s09", "s10")
ODD26 = ("p26o_01", "p26o_03", "p26o_05", "p26o_07", "p26o_09")


def _patches():
    """name -> list of (object, attribute, replacement) that switch one mechanism off."""
    from corpus_tools._entity_rules import event_frames as ef, feature_frames as ff, sites, lexicon
    from corpus_tools._entity_rules.lexicon import Cand

    def scenic_loc(text, sc, place_ends, _orig=sites.scenic_areas):
        return [Cand(c.start, c.end, "LOC", prio=c.prio, source=c.source)
                if c.label == "FAC" and text[c.start:c.end].endswith(sites.NATURE_HEADS) else c
                for c in _orig(text, sc, place_ends)]

    def sight_loc(text, places=None, _orig=ff.sight_lists):
        return [Cand(c.start, c.end, "LOC", prio=c.prio, source=c.source)
                if text[c.start:c.end].endswith(sites.NATURE_HEADS) else c for c in _orig(text, places)]

    hand_only = lambda: tuple(dict.fromkeys(lexicon.EVENT_HEADS))  # noqa: E731
    return {
        "scenic_fac": [(sites, "scenic_areas", scenic_loc), (ff, "sight_lists", sight_loc),
                       (ff, "scenic_sites", lambda ents, text: ents)],
        "headed_events": [(ef, "headed_events", lambda text, sc: [])],
        "mined_heads": [(ef, "event_heads", hand_only), (ef, "_heads_re", lambda: lexicon.longest_first_re(hand_only()))],
        "verb_meetings": [(ef, "_verb_meetings", lambda text, feats: [])],
        "nature_opens_event": [(ef, "_nature_at", lambda text, p, h0: False)],
        "joined_events": [(ef, "joined_end", lambda text, end: end)],
        "side_features": [(ff, "side_features", lambda text, feats: [])],
        "headed_features": [(ff, "headed_features", lambda text, feats: [])],
        "travel_lists": [(ff, "_LIST_JOINS", ""), (ff, "_ITEM_HEADS", ff.FEATURE_HEADS)],
        "quoted_sights": [(ff, "quoted_sights", lambda text: [])],
    }


@contextlib.contextmanager
def switched_off(patches):
    patches = [(o, a, v) for o, a, v in patches if hasattr(o, a)]  # a mechanism removed since the base
    old = [(o, a, getattr(o, a)) for o, a, _ in patches]
    try:
        for o, a, v in patches:
            setattr(o, a, v)
        yield
    finally:
        for o, a, v in old:
            setattr(o, a, v)


def _sets(names):
    from corpus_tools.scoring.entities import gold_documents
    from external_gold import read_pages

    out = {}
    if "held25" in names:
        f = REPO / "tests" / "data" / "minor_held25"
        docs = gold_documents(f / "entities", pages_dir=f / "texts", source="minor_held25")
        out["held25_study"] = ("reports", [d for d in docs if d.stem not in HELD25], None)
        out["held25_held"] = ("reports", [d for d in docs if d.stem in HELD25], None)
    for name, stems in (("pages21", None), ("pages23", None), ("pages26o_odd", ODD26)):
        if name in names:
            f = REPO / "benchmarks" / "gold" / name.split("_")[0]
            docs = gold_documents(f / "entities", pages_dir=f / "texts", source=name)
            if stems:
                docs = [d for d in docs if d.stem in stems]
            corpus = read_pages(f / "texts")
            out[name] = ("pages", docs, corpus)
    return out


def _predict(kind, docs, corpus):
    from corpus_tools.scoring.entities import tag_documents
    from external_gold import page_entities

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return tag_documents(docs) if kind == "reports" else page_entities(corpus, docs)


def _tpfpfn(pred, docs):
    from corpus_tools.scoring.entities import score_entities

    t = score_entities({d.stem: pred[d.stem] for d in docs}, {d.stem: d.gold for d in docs})
    t = t[t["label"].isin(LABELS)]
    return {r.label: (int(r.tp), int(r.fp), int(r.fn)) for r in t.itertuples()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="held25,pages21,pages23,pages26o_odd")
    ap.add_argument("--only", default="")
    args = ap.parse_args(argv)
    sets = _sets(args.sets.split(","))
    patches = _patches()
    only = [n for n in args.only.split(",") if n] or list(patches)
    base = {name: _predict(*v) for name, v in sets.items()}
    for name, (kind, docs, corpus) in sets.items():
        print(f"BASE {name}: " + "  ".join(f"{lab} {tp}/{fp}/{fn}" for lab, (tp, fp, fn) in _tpfpfn(base[name], docs).items()))
    for mech in only:
        with switched_off(patches[mech]):
            for name, (kind, docs, corpus) in sets.items():
                off = _predict(kind, docs, corpus)
                b, o = _tpfpfn(base[name], docs), _tpfpfn(off, docs)
                d = [sum(b.get(lab, (0, 0, 0))[k] - o.get(lab, (0, 0, 0))[k] for lab in LABELS) for k in range(3)]
                per = "  ".join(f"{lab} {b[lab][0] - o[lab][0]:+d}/{b[lab][1] - o[lab][1]:+d}/{b[lab][2] - o[lab][2]:+d}"
                                for lab in LABELS if lab in b and lab in o and b[lab] != o[lab])
                print(f"{mech:20s} {name:14s} TP {d[0]:+d} FP {d[1]:+d} FN {d[2]:+d}   {per}")
                if name == "held25_held":
                    continue
                for doc in docs:
                    diff = Counter(base[name][doc.stem]) - Counter(off[doc.stem])
                    lost = Counter(off[doc.stem]) - Counter(base[name][doc.stem])
                    items = [f"+{t}/{lab}" for (t, lab), n in diff.items() for _ in range(n)]
                    items += [f"-{t}/{lab}" for (t, lab), n in lost.items() for _ in range(n)]
                    if items:
                        print(f"    {doc.stem}: " + " ".join(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
