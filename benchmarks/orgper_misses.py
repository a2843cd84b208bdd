"""List misses (default PERSON/ORG) and false positives (default GPE) of open page sets read as pages, each with its stage.

A study tool for OPEN gold only (benchmarks/gold/pages21, pages22, pages23, pages26o's odd pages, a helper's
open half): it prints per-item errors, so never run it on a held or sealed set.

The pages are read as ``external_gold.py --read pages`` reads them (``read_corpus`` without a manifest, then
``extract_entities``). Each missed occurrence is placed in one stage:

* ``layout``: the name is not in any article part (text, kicker, captions, byline) of the page as read;
* ``byline``: the name is in an article's printed byline text but not among its byline pairs;
* ``label``: an entity with exactly its span has another label;
* ``bounds``: an entity overlaps it (its text and label are shown);
* ``rejected``: the rules or the model proposed exactly this span with this label, a later stage dropped it;
* ``none``: no stage proposed it.

Usage::

    PYTHONPATH=. python benchmarks/orgper_misses.py benchmarks/gold/pages23 [--stems p23_01,p23_03]
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))



def _spaced(name: str) -> re.Pattern:
    return re.compile(r"[\s\u3000]*".join(map(re.escape, name)))


_MODEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--stems", default="", help="comma-separated stems to study (default: all)")
    ap.add_argument("--labels", default="PERSON,ORG", help="labels whose misses are listed (default PERSON,ORG)")
    ap.add_argument("--fp", default="GPE", help="labels whose false positives are listed (default GPE)")
    args = ap.parse_args(argv)
    import corpus_tools as ct
    import corpus_tools.entities as E
    from corpus_tools.scoring.entities import gold_documents
    from corpus_tools.text import strip_spaces

    trace: dict[str, dict] = {}
    real_find, real_rules = E.find_entities, E.rule_entities

    def rules(text, *a, **k):
        out = real_rules(text, *a, **k)
        trace.setdefault(text, {})["rules"] = [(c.start, c.end, c.label) for c in out]
        return out

    def find(text, **k):
        out = real_find(text, **k)
        sp = k.get("spans")
        trace.setdefault(text, {})["model"] = [(a, b, _MODEL.get(c, c)) for a, b, c in sp[0]] if sp else []
        trace[text]["final"] = [(e.start, e.end, e.label) for e in out]
        return out

    E.find_entities, E.rule_entities = find, rules
    stems = {s for s in args.stems.split(",") if s}
    docs = [d for d in gold_documents(args.folder / "entities", pages_dir=args.folder / "texts")
            if not stems or d.stem in stems]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = ct.read_corpus(args.folder / "texts", manifest=None)
        arts = [a for a in corpus.articles if not stems or a.issue_id in stems]
        df = ct.extract_entities(corpus)
    raws = {iss.id: iss.raw for iss in corpus}
    by_page = defaultdict(list)
    for a in arts:
        by_page[a.issue_id].append(a)
    pred = defaultdict(Counter)
    rows = defaultdict(list)
    for r in df.itertuples():
        pred[r.issue_id][(strip_spaces(r.text), r.label)] += 1
        rows[r.issue_id].append(r)
    stages = Counter()
    for d in docs:
        fn_labels, fp_labels = set(args.labels.split(",")), set(args.fp.split(","))
        g = Counter({k: v for k, v in d.gold.items() if k[1] in fn_labels | fp_labels})
        p = Counter({k: v for k, v in pred[d.stem].items() if k[1] in fn_labels | fp_labels})
        gold_texts = {t for t, _ in d.gold}
        print(f"=== {d.stem}")
        for (name, lab), n in sorted((g - p).items(), key=lambda x: x[0][1]):
            if lab not in fn_labels:
                continue
            for stage, note in _placements(name, lab, by_page[d.stem], trace, raws.get(d.stem, ""))[:n]:
                stages[(lab, stage)] += 1
                print(f"  FN {lab:6} {name:14} {stage:8} {note}")
        for (name, lab), n in (p - g).items():
            if lab not in fp_labels:
                continue
            where = [r for r in rows[d.stem] if strip_spaces(r.text) == name and r.label == lab]
            longer = sorted({t for t in gold_texts if name in t and t != name})[:3]
            other = [gl for (t, gl) in d.gold if t == name]
            stage = "part:" + ",".join(sorted({r.part for r in where}))
            stages[(lab + "-FP", "in-gold-longer" if longer else "gold-other-label" if other else "not-gold")] += n
            ctx = where[0].sentence.replace("\n", "⏎")[:60] if where else ""
            print(f"  FP {lab:6} {name:14} x{n} {stage} longer={longer} gold-as={other} | {ctx}")
    print("=== stages")
    for k, v in sorted(stages.items()):
        print(f"  {k[0]:7} {k[1]:18} {v}")
    return 0


def _placements(name: str, lab: str, arts: list, trace: dict, raw: str) -> list[tuple[str, str]]:
    """One (stage, note) per occurrence of *name* on the page that is not found with *lab*."""
    pat = _spaced(name)
    out = []
    found_any = False
    for a in arts:
        parts = [a.text, getattr(a, "kicker", None) or "", "\n".join(getattr(a, "captions", None) or [])]
        for text in parts:
            if not text:
                continue
            t = trace.get(text, {})
            final = t.get("final", [])
            for m in pat.finditer(text):
                found_any = True
                s, e = m.span()
                if (s, e, lab) in final:
                    continue
                same = [x for x in final if (x[0], x[1]) == (s, e)]
                over = [x for x in final if x[0] < e and s < x[1]]
                ctx = text[max(0, s - 12):e + 12].replace("\n", "⏎")
                if same:
                    out.append(("label", f"as {same[0][2]} | {ctx}"))
                elif over:
                    out.append(("bounds", " ".join(f"{text[x[0]:x[1]]}/{x[2]}" for x in over) + f" | {ctx}"))
                elif (s, e, lab) in t.get("rules", []) or (s, e, lab) in t.get("model", []):
                    src = "rules" if (s, e, lab) in t.get("rules", []) else "model"
                    out.append(("rejected", f"by a later stage ({src}) | {ctx}"))
                else:
                    near = [f"{text[x[0]:x[1]]}/{x[2]}" for x in t.get("rules", []) + t.get("model", [])
                            if x[0] < e and s < x[1]]
                    out.append(("none", f"near {near} | {ctx}"))
        bt = getattr(a, "byline_text", None) or ""
        if pat.search(bt):
            found_any = True
            names = [n for _, n in (a.byline or [])]
            if not any(pat.fullmatch(n or "") for n in names):
                out.append(("byline", f"byline_text={bt!r} pairs={a.byline}"))
    if not found_any:
        lines = [ln.strip() for ln in raw.splitlines() if _spaced(name).search(ln)]
        out.append(("layout", f"page lines {lines[:2]}"))
    return out or [("count", "found where read; gold counts more")]


if __name__ == "__main__":
    sys.exit(main())
