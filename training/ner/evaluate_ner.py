"""Evaluate the shipped character NER model on MSRA test, People's Daily NER test and CLUENER dev.

    /work/venv/bin/python training/ner/evaluate_ner.py [--shared ../shared] [--limit N]

Exact-span, exact-type micro P/R/F1 over PER/LOC/ORG, the usual CoNLL-style entity score
used for the published MSRA numbers. As at run time, a model trained with word features gets
them from segmenting and tagging each test sentence with ``load_pipeline()`` (included in
the reported characters per second). Prints JSON; ``benchmarks/entities.py`` imports
:func:`evaluate_file`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_ner import read_bio  # noqa: E402

from corpus_tools._charner import char_entities  # noqa: E402

SPLITS = {
    "msra_test": ("ner_msra/msra_test_bio.txt", "\t"),
    "peoples_daily_test": ("ner_peoples_daily/example.test", " "),
}


def training_sentences(shared: Path) -> set[str]:
    """The MSRA training sentences: 2,958 of the 4,636 People's Daily NER test sentences are among
    them verbatim, so that split is scored only on the sentences the model has not seen."""
    return {t for t, _ in read_bio(shared / "data" / "ner_msra" / "msra_train_bio.txt", sep="\t")}


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 from true positive, false positive and false negative counts."""
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": pr, "recall": rc, "f1": 2 * pr * rc / (pr + rc) if pr + rc else 0.0}


def count_by_label(gold: set, pred: set, table: dict, labels) -> None:
    """Add the tp/fp/fn counts of each label's ``(start, end, label)`` spans to ``table[label]``."""
    for lab in labels:
        g = {x for x in gold if x[2] == lab}
        p = {x for x in pred if x[2] == lab}
        row = table.setdefault(lab, [0, 0, 0])
        row[0] += len(g & p)
        row[1] += len(p - g)
        row[2] += len(g - p)


def evaluate_file(nlp, path: Path, sep: str, *, limit: int | None = None, exclude: set[str] | None = None) -> dict:
    data = read_bio(path, sep=sep)
    n_all = len(data)
    if exclude:
        data = [d for d in data if d[0] not in exclude]
    if limit:
        data = data[:limit]
    t0 = time.perf_counter()
    preds = char_entities(nlp, [t for t, _ in data])
    secs = time.perf_counter() - t0
    tp = fp = fn = 0
    per = {}
    for (text, gold), pred in zip(data, preds):
        g, p = set(gold), set(pred)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
        count_by_label(g, p, per, ("PER", "LOC", "ORG"))

    chars = sum(len(t) for t, _ in data)
    return {"sentences": len(data), "excluded_seen_in_training": n_all - len(data), "chars": chars, "chars_per_second": chars / secs if secs else None,
            **prf(tp, fp, fn), "per_label": {k: prf(*v) for k, v in per.items()}}


def evaluate_cluener(nlp, path: Path, *, limit: int | None = None) -> dict:
    """PER and ORG P/R/F1 on CLUENER 2020 (name -> PER; company, government, organization -> ORG).

    Every sentence of *path* is scored, exact span and type; LOC is not scored (CLUENER's
    address and scene spans follow another span convention, see ``modern_data.py``).
    """
    import json

    from modern_data import CLUENER_MAP

    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()][:limit]
    preds = char_entities(nlp, [r["text"] for r in rows])
    counts = {lab: [0, 0, 0] for lab in ("PER", "ORG")}
    for r, pred in zip(rows, preds):
        gold = {(e["entity_index"]["begin"], e["entity_index"]["end"], CLUENER_MAP[e["entity_type"]])
                for e in r["entity_list"] if e["entity_type"] in CLUENER_MAP}
        count_by_label(gold, set(pred), counts, ("PER", "ORG"))

    total = [sum(v[i] for v in counts.values()) for i in range(3)]
    return {"sentences": len(rows), **prf(*total), "per_label": {k: prf(*v) for k, v in counts.items()}}


def evaluate_domain(nlp, path: Path) -> dict:
    """Exact-span P/R/F1 per label on in-domain sentences (``domain_data.py`` output, our labels mapped).

    Gold spans labelled ``-`` (FAC, optional spans) are missing annotation: a predicted span that
    overlaps one is not scored.
    """
    import modern_data

    rows = modern_data.read(path)
    preds = char_entities(nlp, [t for t, _ in rows])
    counts: dict = {}
    for (text, spans), pred in zip(rows, preds):
        missing = [(a, b) for a, b, lab in spans if lab == "-"]
        g = {tuple(x) for x in spans if x[2] != "-"}
        p = {x for x in pred if not any(a < x[1] and x[0] < b for a, b in missing)}
        count_by_label(g, p, counts, ("PER", "LOC", "ORG"))
    total = [sum(v[i] for v in counts.values()) for i in range(3)]
    return {"sentences": len(rows), **prf(*total),
            "per_label": {k: {**prf(*v), "support": v[0] + v[2]} for k, v in counts.items()}}


def evaluate_gold(nlp, folders: list[Path]) -> dict:
    """The model alone on county-news gold (``../shared/gold/entities/GUIDE.md``): PERSON and ORG.

    Each folder holds ``entities/<stem>.json`` with ``texts/<stem>.txt`` (``benchmarks/gold/dev4``
    layout, e.g. ``/work/dev4``) or ``<stem>.json`` next to ``<stem>.txt`` (``gold/entities-dev``).
    Model PER is scored as PERSON and ORG as ORG, per-document (text, label) multisets as in
    :func:`corpus_tools.scoring.entities.score_entities`; aggregates only, so a kept-apart set stays
    unread. The guide's ORG splits place prefixes off (``X镇`` + ``X村党支部``) where MSRA and
    CLUENER keep them, so ORG measures the convention gap as much as the model.
    """
    from corpus_tools.scoring.entities import gold_documents, score_entities

    docs = []
    for folder in folders:
        if (folder / "entities").is_dir():
            docs += gold_documents(folder / "entities", pages_dir=folder / "texts", source=folder.name)
        else:
            docs += gold_documents(folder, pages_dir=folder, source=folder.name)
    preds = char_entities(nlp, [d.text for d in docs])
    names = {"PER": "PERSON", "ORG": "ORG"}
    pred = {d.stem: Counter((d.text[a:b], names[lab]) for a, b, lab in sp if lab in names) for d, sp in zip(docs, preds)}
    gold = {d.stem: Counter({k: v for k, v in d.gold.items() if k[1] in names.values()}) for d in docs}
    table = score_entities(pred, gold)
    return {"reports": len(docs), **{r["label"]: {k: round(float(r[k]), 4) for k in ("support", "precision", "recall", "f1")}
                                     for _, r in table.iterrows()}}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2].parent / "shared")
    ap.add_argument("--model", type=Path, default=None, help="model folder (default: the shipped one)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N sentences of each split")
    ap.add_argument("--splits", nargs="*", default=[*SPLITS, "cluener_dev"],
                    help="msra_test, peoples_daily_test, cluener_dev (PER and ORG only)")
    ap.add_argument("--gold", type=Path, nargs="*", default=[],
                    help="also score the model alone on these county-news gold folders (PERSON, ORG; aggregates)")
    ap.add_argument("--domain", type=Path, nargs="*", default=[],
                    help="also score in-domain sentence files (domain_data.py output), per label")
    args = ap.parse_args(argv)
    import spacy

    from corpus_tools.entities import ner_model_dir

    nlp = spacy.load(args.model or ner_model_dir())
    seen = training_sentences(args.shared) if "peoples_daily_test" in args.splits else set()
    out = {name: evaluate_file(nlp, args.shared / "data" / rel, sep, limit=args.limit, exclude=seen)
           for name, (rel, sep) in SPLITS.items() if name in args.splits}
    if "cluener_dev" in args.splits:
        out["cluener_dev"] = evaluate_cluener(nlp, args.shared / "data" / "ner_cluener2020" / "dev.jsonl", limit=args.limit)
    if args.gold:
        out["gold"] = evaluate_gold(nlp, args.gold)
    for path in args.domain:
        out[path.stem] = evaluate_domain(nlp, path)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
