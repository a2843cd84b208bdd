"""EVENT/LOC misses and GPE false positives on OPEN page sets read as pages, by stage (evloc27, round 26).

Usage: ``PYTHONPATH=. python benchmarks/evloc_errors27.py SET[:stem,stem] ... [--json OUT]``; e.g.
``pages24 pages27o:p27o_01,p27o_03,p27o_05,p27o_07,p27o_09 pages21 pages22 pages23 pages26o``; a folder path
(``tests/data/evloc_held27:h01,h02,h03,h04``, its study half only) works too. Never give
pages27o's even pages (the held check) or any blind or sealed set.

Errors are :func:`~corpus_tools.scoring.entities.error_table`'s (texts compared with spaces deleted). Stages of a
miss: ``label:X`` (the same text is tagged X), ``bounds:X`` (a mention X of any label lies inside or around it),
and, for a miss with nothing near, ``layout`` (the gold text is in no article part the reading made: cut, merged
or dropped by the layout), ``rejected`` (the rules proposed the exact span with the gold label and a later stage
dropped it), ``none`` (no candidate). False positives (``label:X``, ``inside:X`` for a gold mention inside or
around it, ``spurious``) are listed with the part they come from and their sentence.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
LABELS_MISS = ("EVENT", "LOC")
LABELS_FP = ("GPE", "EVENT", "LOC")


def analyse(name: str, stems: set[str] | None):
    from corpus_tools._entity_rules import rule_entities
    from corpus_tools.entities import infer_county
    from corpus_tools.scoring.entities import error_table
    from corpus_tools.text import strip_spaces
    from places_errors import read_open_set

    docs, corpus, df = read_open_set(name, stems)
    arts = {issue.id: [(a.text, a.kicker or "", "\n".join(a.captions)) for a in issue.articles] for issue in corpus}
    candidates: dict[str, list] = {}  # the rules' candidates of an article part, by its text
    preds = {}
    for d in docs:
        sub = df[df["issue_id"] == d.stem]
        preds[d.stem] = Counter(zip(sub["text"], sub["label"]))
    errors = error_table(docs, preds)
    errors = errors[((errors["kind"] == "FN") & errors["label"].isin(LABELS_MISS))
                    | ((errors["kind"] == "FP") & errors["label"].isin(LABELS_FP))]
    rows = []
    for e in errors.itertuples():
        t, l = e.text, e.label
        parts = arts.get(e.doc, [])
        if e.kind == "FN":
            if e.pattern == "label":
                st = "label:" + e.other
            elif e.pattern != "missed":
                st = "bounds:" + e.other
            else:
                holder = next((p for p in parts if any(t in x for x in p)), None)
                if holder is None:
                    st = "layout"
                else:
                    text = next(x for x in holder if t in x)
                    if text not in candidates:
                        candidates[text] = rule_entities(text, infer_county(text))
                    hit = any(text[c.start:c.end] == t and c.label == l for c in candidates[text])
                    st = "rejected" if hit else "none"
            ctx = ""
            for p in parts:
                for x in p:
                    i = x.find(t)
                    if i >= 0:
                        ctx = x[max(0, i - 14):i + len(t) + 10].replace("\n", "/")
                        break
                if ctx:
                    break
            rows.append({"set": name, "stem": e.doc, "kind": "FN", "label": l, "text": t, "n": e.count,
                         "stage": st, "ctx": ctx})
        else:
            sub = df[df["issue_id"] == e.doc]
            r = sub[(sub["text"].map(strip_spaces) == t) & (sub["label"] == l)]
            part = ",".join(sorted(set(r["part"])))
            sent = str(r["sentence"].iloc[0])[:60].replace("\n", "/") if len(r) else ""
            st = {"label": "label:", "spurious": "spurious"}.get(e.pattern, "inside:") + e.other
            rows.append({"set": name, "stem": e.doc, "kind": "FP", "label": l, "text": t, "n": e.count,
                         "stage": st, "part": part, "ctx": sent})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    rows = []
    for s in a.sets:
        name, _, st = s.partition(":")
        if name.startswith(("blind", "pages25", "pages27", "pages28")) and name != "pages27o":
            raise SystemExit(f"set {name!r}: not open material")
        stems = set(st.split(",")) if st else None
        if name.rstrip("/").endswith("evloc_held27") and (stems is None or stems - {"h01", "h02", "h03", "h04"}):
            raise SystemExit("evloc_held27: give only its study stems h01-h04 (h05-h08 are held)")
        if name == "pages27o" and (stems is None or any(int(x[-2:]) % 2 == 0 for x in stems)):
            raise SystemExit("pages27o: give only its odd stems (the even pages are the held check)")
        rows += analyse(name, stems)
    for r in rows:
        print(r["set"], r["stem"], r["kind"], r["label"], r["text"], r["n"], r["stage"], r.get("part", ""), r["ctx"],
              sep="\t")
    if a.json:
        a.json.write_text(json.dumps(rows, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
