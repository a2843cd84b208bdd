"""Train the quoted-phrase slogan model (``corpus_tools/data/slogan_quote_model.json``).

    python training/slogans/quote_model.py [--dev2 /work/dev2] [--no-write]

Candidates are the quoted single phrases and two-part mottos that reach the slogan test of
:mod:`corpus_tools.slogans.singles` (after the hard filters of the detector: speech punctuation,
length, lexicon entries) on

* the seed pages 000/001 and the tuning part of the People's Daily county reports (never the held-apart
  src_rmrb_31-35), labelled by their slogan gold (a candidate is positive when its text is a gold item of
  the page, whatever the kind);
* the hand-written pages of ``tests/slogan_pages.py`` batches 1 and 2 (batch 3 is kept as a test);
* the second development set (``--dev2``, 12 People's Daily county reports with slogan gold), when given;
* silver: the hand-labelled People's Daily candidates of ``rule_sample_labels.tsv`` (national news,
  drawn from the rules' output, labelled under the guide).

A logistic regression (scikit-learn, L2) over :func:`~corpus_tools.slogans.singles.features`; C and the
decision threshold are chosen by leave-one-page-out over the labelled pages (silver always in training),
maximising F1 on the out-of-fold probabilities with a precision weight (F-beta, beta=0.5: precision on other papers is the weak side).
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
OUT = REPO / "corpus_tools" / "data" / "slogan_quote_model.json"
C_GRID = (0.03, 0.1, 0.3, 1.0)

BETA = 0.5


def page_candidates(issue, lexicon=None) -> list[tuple[str, str, dict]]:
    """The single-phrase candidates of one page (rules only, so the set does not depend on a model)."""
    from corpus_tools.slogans.detect import Ctx, find_marked
    from corpus_tools.slogans.lexicon import Lexicon
    from corpus_tools.slogans.page import county_stems, issue_units
    from corpus_tools.slogans.singles import use_model

    use_model(False)
    try:
        rec: list = []
        ctx = Ctx(Lexicon.build(lexicon), county_stems(issue.meta), rec)
        for _, _, txt in issue_units(issue):
            find_marked(txt, ("numbered", "parallel", "quoted"), ctx)
    finally:
        use_model(None)
    return rec


def labelled_pages(dev2: Path | None) -> dict[str, list[tuple[dict, int, str]]]:
    """page id -> [(features, label, phrase)] for every labelled page of the development data."""
    sys.path.insert(0, str(REPO / "tests"))
    from slogan_pages import PAGES, PAGES_2, as_corpus

    from corpus_tools.corpus import load_seeds
    from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports, split_dev_reports
    from corpus_tools.slogans import slogan_key

    pools = [(load_seeds(), load_slogan_gold(SHARED / "gold" / "slogans"))]
    tune, _ = split_dev_reports(SHARED / "gold" / "slogans-dev")
    dev_gold = load_slogan_gold(SHARED / "gold" / "slogans-dev")
    pools.append((read_text_reports(SHARED / "gold" / "entities-dev", tune), {k: dev_gold[k] for k in tune}))
    pools.append(as_corpus({**PAGES, **PAGES_2}))
    if dev2 is not None:
        g2 = load_slogan_gold(dev2 / "slogans")
        pools.append((read_text_reports(dev2 / "texts", sorted(g2)), g2))
    out: dict[str, list[tuple[dict, int]]] = {}
    for corpus, gold in pools:
        for issue in corpus:
            if issue.id not in gold:
                continue
            keys = {slogan_key(i["text"]) for i in gold[issue.id]}
            out[issue.id] = [(f, int(slogan_key(s) in keys), s) for s, _, f in page_candidates(issue)]
    return out


def silver() -> list[tuple[dict, int, str]]:
    """Features of the hand-labelled People's Daily candidates that reach the single-phrase test."""
    from corpus_tools.slogans import slogan_key
    from corpus_tools.slogans.detect import Ctx, find_marked
    from corpus_tools.slogans.lexicon import Lexicon
    from corpus_tools.slogans.singles import use_model

    rows = [ln.split("\t") for ln in (HERE / "rule_sample_labels.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    want: dict[str, dict[str, int]] = {}
    for doc, text, _, label in rows:
        want.setdefault(doc, {})[slogan_key(text)] = int(label)
    texts = {}
    with lzma.open(SHARED / "data" / "people_daily_2019_2020" / "articles.jsonl.xz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in want:
                texts[d["id"]] = d["text"]
    out = []
    lex = Lexicon.build(None)
    use_model(False)
    try:
        for doc, labels in want.items():
            rec: list = []
            find_marked(texts.get(doc, ""), ("numbered", "parallel", "quoted"), Ctx(lex, (), rec))
            for s, _, f in rec:
                if slogan_key(s) in labels:
                    out.append((f, labels[slogan_key(s)], s))
    finally:
        use_model(None)
    return out


def fit(rows: list[tuple[dict, int]], c: float, threshold: float = 0.5):
    """A :class:`~corpus_tools.slogans.singles.QuoteModel` fitted on ``(features, label)`` rows."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from corpus_tools.slogans.singles import QuoteModel

    vec = DictVectorizer()
    x = vec.fit_transform([r[0] for r in rows])
    y = [r[1] for r in rows]
    lr = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x, y)
    return QuoteModel(dict(zip(vec.get_feature_names_out(), lr.coef_[0])), bias=float(lr.intercept_[0]),
                      threshold=threshold)


def fbeta(tp: int, fp: int, fn: int, beta: float = BETA) -> float:
    b2 = beta * beta
    return (1 + b2) * tp / max(1e-9, (1 + b2) * tp + b2 * fn + fp)


def choose(pages: dict[str, list[tuple[dict, int, str]]], extra: list) -> tuple[float, float, float, dict]:
    """C and the two thresholds of :func:`~corpus_tools.slogans.singles.model_decision` by
    leave-one-page-out over *pages* (*extra* always in training), maximising F-beta on the
    out-of-fold decisions."""
    from corpus_tools.slogans.singles import model_decision

    best = (-1.0, 1.0, 0.5, 0.5, {})
    for c in C_GRID:
        oof: list[tuple[object, dict, int]] = []
        for left in pages:
            m = fit(extra + [r for p, rows in pages.items() if p != left for r in rows], c)
            oof += [(m, r[0], r[1]) for r in pages[left]]
        for t in [i / 20 for i in range(6, 15)]:
            for rt in [i / 20 for i in range(2, 11)]:
                tp = fp = fn = 0
                for m, f, lab in oof:
                    m.threshold, m.rule_threshold = t, rt
                    rule = None if "rule=None" in f else "rule"
                    hit = model_decision(m, f, rule) is not None
                    tp, fp, fn = tp + (hit and lab), fp + (hit and not lab), fn + (not hit and lab)
                score = fbeta(tp, fp, fn)
                if score > best[0]:
                    best = (score, c, t, rt, {"tp": tp, "fp": fp, "fn": fn, "candidates": len(oof)})
    return best[1], best[2], best[3], best[4]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev2", type=Path, default=None, help="second development set (texts/, slogans/)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    pages = labelled_pages(args.dev2)
    extra = silver()
    c, t, rt, oof = choose(pages, extra)
    n_pos = sum(r[1] for rows in pages.values() for r in rows)
    print(f"{sum(len(r) for r in pages.values())} candidates on {len(pages)} pages ({n_pos} slogans), "
          f"{len(extra)} silver; chosen C={c}, threshold={t}, rule threshold={rt}; out-of-fold {oof}")
    rows = [r for rows in pages.values() for r in rows]
    hits = [("rule=None" not in f, lab) for f, lab, _ in rows]
    print("hand-written rules alone on the same candidates: "
          f"tp {sum(h and y for h, y in hits)}, fp {sum(h and not y for h, y in hits)}, "
          f"fn {sum(y and not h for h, y in hits)}")
    model = fit(extra + [r for rows in pages.values() for r in rows], c, t)
    model.rule_threshold = rt
    if not args.no_write:
        d = json.loads(model.to_json())
        d["C"] = c
        d["trained_on"] = (f"{len(pages)} labelled pages ({sum(len(r) for r in pages.values())} candidates), "
                           f"{len(extra)} silver candidates; leave-one-page-out {oof}")
        OUT.write_text(json.dumps(d, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
