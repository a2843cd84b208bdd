"""GPE, COMMUNITY and TOWNSHIP errors on OPEN page sets read as pages, by stage (places30, round 29).

Usage: ``PYTHONPATH=. python benchmarks/places_errors.py SET[:stem,stem] ... [--labels GPE,LOC] [--json OUT]``;
e.g. ``pages27 pages30o pages31o:p31o_01,p31o_03,p31o_05,p31o_07,p31o_09``. Only the odd pages of pages31o are
open (the even pages are round 30's held check); blind and sealed sets are refused. ``--labels`` adds LOC
(natural features, places31, round 30).

Errors are :func:`~corpus_tools.scoring.entities.error_table`'s (texts compared with spaces deleted), for misses
and false alarms of the three place labels. Stage of a miss: ``label:X`` (the same text is tagged X),
``bounds:X`` (a mention X lies inside or around it), ``none`` (nothing near). Stage of a false alarm:
``label:X`` (gold has the text as X), ``inside:X`` (a gold mention X lies inside or around it), ``spurious``.
Each row carries the sentence (false alarm) or a short context (miss).
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import warnings
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LABELS = ("GPE", "COMMUNITY", "TOWNSHIP")


def read_open_set(name: str, stems: "set[str] | None"):
    """Gold documents, the corpus read from a folder holding only the selected pages (no manifest) and its
    entity table: the page reading :mod:`external_gold` scores (shared with ``evloc_errors27.py``)."""
    import corpus_tools as ct
    from corpus_tools.scoring.entities import gold_documents

    folder = Path(name) if "/" in name else REPO / "benchmarks" / "gold" / name
    docs = [d for d in gold_documents(folder / "entities", pages_dir=folder / "texts", source=name)
            if stems is None or d.stem in stems]
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for p in sorted((folder / "texts").glob("*.txt")):
            if stems is None or p.stem in stems:
                shutil.copy(p, tmp / p.name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = ct.read_corpus(tmp, manifest=None)
            df = ct.extract_entities(corpus)
    return docs, corpus, df


def analyse(name: str, stems: set[str] | None, labels: tuple[str, ...] = LABELS) -> list[dict]:
    """Error rows of one set (restricted to *stems* when given) for *labels*."""
    from corpus_tools.scoring.entities import error_table
    from corpus_tools.text import strip_spaces

    docs, corpus, df = read_open_set(name, stems)
    arts = {issue.id: [a.text + "\n" + (a.kicker or "") + "\n" + "\n".join(a.captions)
                       + "\n" + (a.title or "") for a in issue.articles] for issue in corpus}
    preds = {}
    for d in docs:
        sub = df[df["issue_id"] == d.stem]
        preds[d.stem] = Counter(zip(sub["text"], sub["label"]))
    errors = error_table(docs, preds)
    errors = errors[errors["label"].isin(labels)]
    rows = []
    for e in errors.itertuples():
        t, lab = e.text, e.label
        if e.kind == "FN":
            st = ("label:" if e.pattern == "label" else "none" if e.pattern == "missed" else "bounds:") + \
                (e.other if e.pattern != "missed" else "")
            ctx = ""
            for x in arts.get(e.doc, []):
                i = x.find(t)
                if i >= 0:
                    ctx = x[max(0, i - 16):i + len(t) + 12].replace("\n", "/")
                    break
        else:
            sub = df[df["issue_id"] == e.doc]
            r = sub[(sub["text"].map(strip_spaces) == t) & (sub["label"] == lab)]
            ctx = str(r["sentence"].iloc[0])[:70].replace("\n", "/") if len(r) else ""
            if "source" in r and len(r):
                ctx = ",".join(sorted(set(r["source"]))) + " " + ctx
            st = {"label": "label:", "spurious": "spurious"}.get(e.pattern, "inside:") + e.other
        rows.append({"set": name, "stem": e.doc, "kind": e.kind, "label": lab, "text": t, "n": e.count,
                     "stage": st, "ctx": ctx})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--labels", default=",".join(LABELS),
                    help="comma-separated labels to count (default GPE,COMMUNITY,TOWNSHIP; add LOC for natural features)")
    a = ap.parse_args()
    rows = []
    for s in a.sets:
        name, _, st = s.partition(":")
        if "blind" in name or "sealed" in name or name.startswith("pages32"):
            raise SystemExit(f"set {name!r}: not open material")
        stems = set(st.split(",")) if st else None
        if name == "pages31o" and (stems is None or any(int(x[-2:]) % 2 == 0 for x in stems)):
            raise SystemExit("pages31o: give only its odd stems (the even pages are the held check)")
        rows += analyse(name, stems, tuple(a.labels.split(",")))
    for r in rows:
        print(r["set"], r["stem"], r["kind"], r["label"], r["text"], r["n"], r["stage"], r["ctx"], sep="\t")
    if a.json:
        a.json.write_text(json.dumps(rows, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
