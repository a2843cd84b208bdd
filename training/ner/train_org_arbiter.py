"""Train the ORG candidate arbiter: ``corpus_tools/data/entities/org_arbiter.json``.

    /work/venv/bin/python training/ner/train_org_arbiter.py [--shared ../shared] [--dev4 /work/dev4] [--dev5 /work/dev5]
        [--dev6 /work/dev6] [--dev7 /work/dev7] [--dev8 /work/dev8] [--silver 1500]

Data: the open development reports only — seed pages 000/001, the tune reports of
``gold/entities-dev`` (never the five held apart), dev4 ``d4_01``–``d4_08`` and dev5
``d5_01``–``d5_10``, dev6 ``d6_01``–``d6_10`` and, when given, dev7 ``d7_01``–``d7_10`` and dev8
``d8_01``–``d8_10`` (never their kept-apart reports). Each report is tagged by
:func:`corpus_tools.entities.find_entities` with the arbiter switched off; every candidate of
:func:`corpus_tools._entity_rules.arbiter.org_candidates` that the arbiter could add
(:func:`~corpus_tools._entity_rules.arbiter.fits`: no organisation yet, cutting into no entity) is
one example, and so is every organisation the rules found; each is labelled 1 when the report's
gold has ``(text, ORG)`` for it. Features:
:func:`~corpus_tools._entity_rules.arbiter.candidate_features`; scikit-learn
``LogisticRegression`` (``--c``, balanced classes off).

Leave-one-report-out: for each report the model is fitted on the others and the arbiter, with
that model, is applied to the report; ORG and micro F1 over all labels are pooled over the held-out
reports, for each pair of an add threshold (:data:`THRESHOLDS`) and a drop threshold
(:data:`DROPS`), next to the same reports without the arbiter. The shipped pair is the one with the
best pooled ORG F1 that does not lower the pooled micro F1 (the choice is made on the same folds,
so the best row is slightly optimistic; the *nested* line scores each report with the setting chosen
on the other reports' out-of-fold results); (1.01, 0.0) switches the arbiter off. The final model is
fitted on all the open reports (and the silver paragraphs, with ``--silver N``).
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
OUT = REPO / "corpus_tools" / "data" / "entities" / "org_arbiter.json"
THRESHOLDS = (0.5, 0.7, 0.9, 1.01)
DROPS = (0.0, 0.05, 0.1, 0.2, 0.3)
OPEN_DEV4 = tuple(f"d4_{i:02d}" for i in range(1, 9))
OPEN_DEV5 = tuple(f"d5_{i:02d}" for i in range(1, 11))
OPEN_DEV6 = tuple(f"d6_{i:02d}" for i in range(1, 11))
OPEN_DEV7 = tuple(f"d7_{i:02d}" for i in range(1, 11))
OPEN_DEV8 = tuple(f"d8_{i:02d}" for i in range(1, 11))


def open_documents(shared: Path, dev4: "Path | None", dev5: "Path | None", dev6: "Path | None" = None,
                   dev7: "Path | None" = None, dev8: "Path | None" = None) -> list:
    """The open development reports (see the module docstring) as GoldDocs."""
    from corpus_tools.scoring.entities import gold_documents

    docs = list(gold_documents(shared / "gold" / "entities"))
    docs += [d for d in gold_documents(shared / "gold" / "entities-dev", source="dev") if d.part == "tune"]
    for folder, stems in ((dev4, OPEN_DEV4), (dev5, OPEN_DEV5), (dev6, OPEN_DEV6), (dev7, OPEN_DEV7), (dev8, OPEN_DEV8)):
        if folder is not None and (folder / "entities").is_dir():
            docs += [d for d in gold_documents(folder / "entities", pages_dir=folder / "texts", source=folder.name)
                     if d.stem in stems]
    return docs


def _candidates(texts, **find_kw):
    """For each ``(key, text, county_code)`` of *texts*: ``(key, text, ents, feats, spans, cands, X)``,
    the entities just before the arbiter and its candidates' features (a text the arbiter never
    sees, e.g. without model spans, is skipped)."""
    from corpus_tools import entities
    from corpus_tools._entity_rules import arbiter

    seen = []
    real = arbiter.arbitrate

    def record(ents, text, feats, model_spans=()):
        seen.append((list(ents), feats, list(model_spans)))
        return ents

    arbiter.arbitrate = record
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for key, text, code in texts:
                seen.clear()
                entities.find_entities(text, county_code=code, **find_kw)
                if not seen:
                    continue
                ents, feats, spans = seen[0]
                cands = [c for c in arbiter.org_candidates(text, ents, feats, spans)
                         if arbiter.fits(c, ents) or "found" in c.sources]
                yield key, text, ents, feats, spans, cands, [arbiter.candidate_features(text, c, ents, feats) for c in cands]
    finally:
        arbiter.arbitrate = real


def collect(docs: list) -> list[dict]:
    """Per report: its text, gold, the entities before the arbiter and the candidates' features."""
    out = []
    for d, text, ents, feats, spans, cands, X in _candidates((d, d.text, d.county_code) for d in docs):
        gold_orgs = {t for (t, lab) in d.gold if lab == "ORG"}
        y = [int(text[c.start:c.end].replace(" ", "") in gold_orgs) for c in cands]
        out.append({"doc": d, "ents": ents, "feats": feats, "spans": spans, "X": X, "y": y})
    return out


def silver_rows(shared: Path, n: int, every: int = 7) -> list[dict]:
    """Silver examples from People's Daily 1998: every *every*-th paragraph of ``199801.txt`` (at
    most *n*), tagged as a report is; a candidate is positive when it is exactly a bracketed
    ``[…]nt`` compound, an ``nt`` word or a bare level body (县委, 市政府) of that paragraph
    (:func:`train_org_span.read_1998`)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_org_span import read_1998

    paras = [p for k, p in enumerate(read_1998(shared / "data" / "people_daily_1998" / "199801.txt"))
             if k % every == 0 and len(p[1]) >= 20][:n]
    out = []
    for spans, _, _, _, _, cands, X in _candidates(((sp, text, None) for _, text, _, sp in paras), infer=False):
        out.append({"doc": None, "X": X, "y": [int((c.start, c.end) in spans) for c in cands]})
    return out


def fit(rows: list[dict], c: float) -> dict:
    """A logistic regression over the feature names of *rows*, as the shipped JSON dict."""
    from sklearn.linear_model import LogisticRegression

    vocab = sorted({f for r in rows for x in r["X"] for f in x})
    index = {f: k for k, f in enumerate(vocab)}
    X = np.zeros((sum(len(r["X"]) for r in rows), len(vocab)), dtype=np.float32)
    y = []
    i = 0
    for r in rows:
        for x, lab in zip(r["X"], r["y"]):
            for f in x:
                X[i, index[f]] = 1.0
            y.append(lab)
            i += 1
    lr = LogisticRegression(C=c, max_iter=2000).fit(X, np.array(y))
    w = {f: round(float(v), 4) for f, v in zip(vocab, lr.coef_[0]) if abs(v) >= 1e-4}
    return {"intercept": round(float(lr.intercept_[0]), 4), "weights": w}


def _pairs(ents, text) -> Counter:
    return Counter((text[c.start:c.end].replace(" ", ""), c.label) for c in ents if c.label != "_")


def _score(pred: Counter, gold: Counter, label: "str | None") -> tuple[int, int, int]:
    if label is not None:
        pred = Counter({k: v for k, v in pred.items() if k[1] == label})
        gold = Counter({k: v for k, v in gold.items() if k[1] == label})
    tp = sum((pred & gold).values())
    return tp, sum(pred.values()) - tp, sum(gold.values()) - tp


def _f1(t: tuple[int, int, int]) -> float:
    tp, fp, fn = t
    return 2 * tp / max(2 * tp + fp + fn, 1)


def cross_validate(rows: list[dict], c: float) -> dict:
    """Pooled (tp, fp, fn) for ORG and micro, without the arbiter and per threshold, leave-one-report-out."""
    from corpus_tools._entity_rules import arbiter

    totals: dict = {}
    per_report: list[dict] = []  # each held-out report's (tp, fp, fn) per setting, for the nested choice

    def bump(key, t):
        a = totals.setdefault(key, [0, 0, 0])
        for k in range(3):
            a[k] += t[k]
        one = per_report[-1].setdefault(key, [0, 0, 0])
        for k in range(3):
            one[k] += t[k]

    for k, r in enumerate(rows):
        d = r["doc"]
        if d is None:
            continue  # silver rows only train
        per_report.append({})
        gold = Counter({(t.replace(" ", ""), lab): v for (t, lab), v in d.gold.items()})
        base = _pairs(r["ents"], d.text)
        bump(("off", "ORG"), _score(base, gold, "ORG"))
        bump(("off", "micro"), _score(base, gold, None))
        model = fit([x for j, x in enumerate(rows) if j != k], c)
        for th in THRESHOLDS:
            for dr in DROPS:
                after = arbiter.learned_arbitrate(r["ents"], d.text, r["feats"], r["spans"], threshold=th, drop=dr,
                                                  score=lambda names: arbiter.probability(names, model),
                                                  units=False)  # the model alone (not unit_names' lower bar)
                pairs = _pairs(after, d.text)
                bump(((th, dr), "ORG"), _score(pairs, gold, "ORG"))
                bump(((th, dr), "micro"), _score(pairs, gold, None))
    totals["nested"] = nested_choice(per_report)
    return totals


def _choose(tallies: dict) -> tuple:
    """The setting with the best ORG F1 that does not lower micro F1 (``off`` when none beats it)."""
    best, best_f = "off", _f1(tallies[("off", "ORG")])
    for th in THRESHOLDS:
        for dr in DROPS:
            key = (th, dr)
            if _f1(tallies[(key, "ORG")]) > best_f + 1e-9 and _f1(tallies[(key, "micro")]) >= _f1(tallies[("off", "micro")]):
                best, best_f = key, _f1(tallies[(key, "ORG")])
    return best


def nested_choice(per_report: list[dict]) -> dict:
    """Each report scored with the setting chosen on the other reports' out-of-fold results (the
    held-out report's outcome never picks its own threshold): pooled ORG and micro (tp, fp, fn) and
    how often each setting was chosen."""
    out = {"ORG": [0, 0, 0], "micro": [0, 0, 0], "chosen": Counter()}
    for k, mine in enumerate(per_report):
        rest: dict = {}
        for j, other in enumerate(per_report):
            if j != k:
                for key, t in other.items():
                    a = rest.setdefault(key, [0, 0, 0])
                    for i in range(3):
                        a[i] += t[i]
        key = _choose(rest)
        out["chosen"][key] += 1
        for lab in ("ORG", "micro"):
            for i in range(3):
                out[lab][i] += mine[(key, lab)][i]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--dev4", type=Path, default=Path("/work/dev4"))
    ap.add_argument("--dev5", type=Path, default=Path("/work/dev5"))
    ap.add_argument("--dev6", type=Path, default=Path("/work/dev6"))
    ap.add_argument("--dev7", type=Path, default=None, help="add dev7's open reports d7_01-d7_10 (e.g. /work/dev7)")
    ap.add_argument("--dev8", type=Path, default=None, help="add dev8's open reports d8_01-d8_10 (e.g. /work/dev8)")
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularisation of the logistic regression")
    ap.add_argument("--no-write", action="store_true", help="cross-validate only")
    ap.add_argument("--silver", type=int, default=0, help="also train on this many People's Daily 1998 paragraphs")
    args = ap.parse_args(argv)
    docs = open_documents(args.shared, args.dev4, args.dev5, args.dev6, args.dev7, args.dev8)
    rows = collect(docs)
    n = sum(len(r["y"]) for r in rows)
    pos = sum(sum(r["y"]) for r in rows)
    print(f"{len(rows)} reports, {n} candidates, {pos} positive")
    if args.silver:
        silver = silver_rows(args.shared, args.silver)
        print(f"silver: {len(silver)} paragraphs, {sum(len(r['y']) for r in silver)} candidates, "
              f"{sum(sum(r['y']) for r in silver)} positive")
        rows += silver
    totals = cross_validate(rows, args.c)
    print("| add threshold, drop below | ORG P | ORG R | ORG F1 | micro F1 |")
    print("|---|---:|---:|---:|---:|")
    best, best_f = (1.01, 0.0), _f1(totals[("off", "ORG")])
    for key in ["off"] + [(th, dr) for th in THRESHOLDS for dr in DROPS]:
        tp, fp, fn = totals[(key, "ORG")]
        micro = _f1(totals[(key, "micro")])
        print(f"| {key} | {tp / max(tp + fp, 1):.3f} | {tp / max(tp + fn, 1):.3f} | {_f1((tp, fp, fn)):.3f} | {micro:.3f} |")
        if key != "off" and _f1((tp, fp, fn)) > best_f + 1e-9 and micro >= _f1(totals[("off", "micro")]):
            best, best_f = key, _f1((tp, fp, fn))
    nested = totals["nested"]
    print(f"nested (setting chosen without the held-out report): ORG F1 {_f1(tuple(nested['ORG'])):.3f}, "
          f"micro F1 {_f1(tuple(nested['micro'])):.3f}; chosen {dict(nested['chosen'])}")
    threshold, drop = best
    print(f"chosen: add at {threshold}, drop below {drop}")
    if not args.no_write:
        model = fit(rows, args.c)
        model.update({"threshold": threshold, "drop": drop, "c": args.c, "reports": len(docs), "candidates": n, "positives": pos, "silver_paragraphs": args.silver,
                      "trained_by": "training/ner/train_org_arbiter.py"})
        OUT.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(model['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
