"""Evaluate the shipped character NER model on MSRA test and People's Daily NER test.

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
        for lab in ("PER", "LOC", "ORG"):
            gl = {x for x in g if x[2] == lab}
            pl = {x for x in p if x[2] == lab}
            row = per.setdefault(lab, [0, 0, 0])
            row[0] += len(gl & pl)
            row[1] += len(pl - gl)
            row[2] += len(gl - pl)

    def prf(a, b, c):
        pr = a / (a + b) if a + b else 0.0
        rc = a / (a + c) if a + c else 0.0
        return {"precision": pr, "recall": rc, "f1": 2 * pr * rc / (pr + rc) if pr + rc else 0.0}

    chars = sum(len(t) for t, _ in data)
    return {"sentences": len(data), "excluded_seen_in_training": n_all - len(data), "chars": chars, "chars_per_second": chars / secs if secs else None,
            **prf(tp, fp, fn), "per_label": {k: prf(*v) for k, v in per.items()}}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2].parent / "shared")
    ap.add_argument("--model", type=Path, default=None, help="model folder (default: the shipped one)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N sentences of each split")
    args = ap.parse_args(argv)
    import spacy

    from corpus_tools.entities import _model_dir

    nlp = spacy.load(args.model or _model_dir())
    seen = training_sentences(args.shared)
    out = {name: evaluate_file(nlp, args.shared / "data" / rel, sep, limit=args.limit, exclude=seen)
           for name, (rel, sep) in SPLITS.items()}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
