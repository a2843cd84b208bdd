"""Train the quoted-phrase slogan model (``corpus_tools/data/slogan_quote_model.json``).

    python training/slogans/quote_model.py [--gold DIR ...] [--exclude ID,ID ...] [--free] [--hold-out DIR ...]
                                           [--samples A.tsv ...] [--labels crawl15_labels.tsv ...]
                                           [--hold-out-labels crawl15_holdout_labels.tsv ...] [--no-write]

Candidates are the quoted single phrases and two-part mottos that reach the slogan test of
:mod:`corpus_tools.slogans.singles` (after the hard filters of the detector: speech punctuation,
length, lexicon entries) on

* the seed pages 000/001 and the tuning part of the People's Daily county reports (never the held-apart
  src_rmrb_31-35), labelled by their slogan gold (a candidate is positive when its text is a gold item of
  the page, whatever the kind);
* the hand-written pages of ``tests/slogan_pages.py`` batches 1 and 2 (batch 3 is kept as a test);
* any further gold set given with ``--gold`` (a folder with ``texts/`` and ``slogans/``, as
  ``benchmarks/external_gold.py`` reads it), without the pages named by ``--exclude`` (kept-apart reports:
  never read);
* samples: the hand-labelled detections on unseen People's Daily 2019-2020 county reports of
  ``--samples`` (``sample_detections.py``; default ``detections_a.tsv``), one group per article, only the
  labelled candidates;
* span labels: the hand-labelled crawl samples of ``--labels`` (``crawl15_labels.tsv`` form: every quoted span of
  each article labelled), one group per article; ``--hold-out-labels`` scores the final model on such a sample
  it was not trained on;
* silver: the hand-labelled People's Daily candidates of ``rule_sample_labels.tsv`` (national news,
  drawn from the rules' output, labelled under the guide), always in training.

Both the samples and the silver are articles of the corpus ``data/quote_share.tsv`` was counted on, so
their features leave the article's own mentions out of the quote shares
(:func:`corpus_tools.slogans.quoteshare.share_elsewhere`).

A logistic regression (scikit-learn, L2) over :func:`~corpus_tools.slogans.singles.features`; C and the
two thresholds (three with ``--free``: also one for phrases the page does not use as a label, which
the detector otherwise never takes) are chosen by leave-one-group-out over the gold pages AND the sample articles (silver always
in training), maximising F-beta (beta=0.5: precision on other papers is the weak side) on the out-of-fold
decisions. ``--hold-out DIR`` scores the final model on the candidates of a gold set it was not trained on.
The model file records what it was trained on (``trained_on``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

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


def gold_pages(folder: Path, exclude: "set[str] | frozenset[str]" = frozenset()) -> dict[str, list[tuple[dict, int, str]]]:
    """page id -> [(features, label, phrase)] for a gold set with ``texts/`` and ``slogans/``; the
    pages of *exclude* (kept-apart reports) are never read."""
    from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports

    gold = {k: v for k, v in load_slogan_gold(folder / "slogans").items() if k not in exclude}
    return _label((read_text_reports(folder / "texts", sorted(gold)), gold))


def _label(pool) -> dict[str, list[tuple[dict, int, str]]]:
    from corpus_tools.slogans import slogan_key

    corpus, gold = pool
    out = {}
    for issue in corpus:
        if issue.id in gold:
            keys = {slogan_key(i["text"]) for i in gold[issue.id]}
            out[issue.id] = [(f, int(slogan_key(s) in keys), s) for s, _, f in page_candidates(issue)]
    return out


def labelled_pages(gold_dirs: list[Path] = (), exclude: "set[str] | frozenset[str]" = frozenset(),
                   ) -> dict[str, list[tuple[dict, int, str]]]:
    """page id -> [(features, label, phrase)] for every labelled page of the development data."""
    sys.path.insert(0, str(REPO / "tests"))
    from slogan_pages import PAGES, PAGES_2, as_corpus

    from corpus_tools.loaders import load_seeds
    from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports, split_dev_reports
    from corpus_tools.slogans import slogan_key

    pools = [(load_seeds(), load_slogan_gold(SHARED / "gold" / "slogans"))]
    tune, _ = split_dev_reports(SHARED / "gold" / "slogans-dev")
    dev_gold = load_slogan_gold(SHARED / "gold" / "slogans-dev")
    pools.append((read_text_reports(SHARED / "gold" / "entities-dev", tune), {k: dev_gold[k] for k in tune}))
    pools.append(as_corpus({**PAGES, **PAGES_2}))
    out: dict[str, list[tuple[dict, int, str]]] = {}
    for pool in pools:
        out.update(_label(pool))
    for folder in gold_dirs:
        out.update(gold_pages(folder, exclude))
    return out


def _corpus_texts(ids: set[str]) -> dict[str, str]:
    texts = {}
    for d in read_crawl(SHARED):  # the gold pool skipped (training/crawl.py): no gold report is trained on
        if d["id"] in ids:
            texts[d["id"]] = d["text"]
    return texts


def _labelled_candidates(want: dict[str, dict[str, int]]) -> dict[str, list[tuple[dict, int, str]]]:
    """article id -> [(features, label, phrase)] for the labelled candidates of corpus articles."""
    from corpus_tools.slogans import slogan_key
    from corpus_tools.slogans.detect import Ctx, find_marked
    from corpus_tools.slogans.lexicon import Lexicon
    from corpus_tools.slogans.singles import use_model

    texts = _corpus_texts(set(want))
    lex = Lexicon.build(None)
    out: dict[str, list[tuple[dict, int, str]]] = {}
    use_model(False)
    try:
        for doc, labels in want.items():
            rec: list = []
            find_marked(texts.get(doc, ""), ("numbered", "parallel", "quoted"), Ctx(lex, (), rec, in_corpus=True))
            out[doc] = [(f, labels[slogan_key(s)], s) for s, _, f in rec if slogan_key(s) in labels]
    finally:
        use_model(None)
    return out


def samples(names: list[str]) -> dict[str, list[tuple[dict, int, str]]]:
    """article id -> labelled candidates of the hand-labelled detection samples *names* (files here)."""
    from corpus_tools.slogans import slogan_key

    want: dict[str, dict[str, int]] = {}
    for name in names:
        for ln in (HERE / name).read_text(encoding="utf-8").splitlines()[2:]:
            r = ln.split("\t")
            if len(r) > 4 and r[4].strip() in ("0", "1"):
                want.setdefault(r[0], {})[slogan_key(r[1])] = int(r[4])
    return {doc: rows for doc, rows in _labelled_candidates(want).items() if rows}


def span_labels(names: list[str]) -> dict[str, list[tuple[dict, int, str]]]:
    """article id -> labelled candidates of the hand-labelled crawl samples *names* (files here, in the
    ``crawl15_labels.tsv`` form: ``article, quoted, detector_kind, text, label, recorded``; label ``0`` is
    "not a slogan", a kind is a slogan). Every quoted span of those articles is labelled."""
    from corpus_tools.slogans import slogan_key

    want: dict[str, dict[str, int]] = {}
    for name in names:
        lines = [ln for ln in (HERE / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        for ln in lines[1:]:
            r = ln.split("\t")
            if len(r) >= 5 and r[4].strip():
                key = slogan_key(r[3])
                labels = want.setdefault(r[0], {})
                labels[key] = max(labels.get(key, 0), int(r[4].strip() != "0"))
    return {doc: rows for doc, rows in _labelled_candidates(want).items() if rows}


def silver() -> list[tuple[dict, int, str]]:
    """Features of the hand-labelled People's Daily candidates that reach the single-phrase test."""
    from corpus_tools.slogans import slogan_key

    rows = [ln.split("\t") for ln in (HERE / "rule_sample_labels.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    want: dict[str, dict[str, int]] = {}
    for doc, text, _, label in rows:
        want.setdefault(doc, {})[slogan_key(text)] = int(label)
    return [r for rows in _labelled_candidates(want).values() for r in rows]


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


#: Candidate values of the threshold for phrases the page does not use as a label (None: never taken).
FREE_GRID = (None, 0.5, 0.6, 0.7, 0.8, 0.9)


def choose(pages: dict[str, list[tuple[dict, int, str]]], extra: list, *, free: bool = False,
           ) -> tuple[float, float, float, dict] | tuple[float, float, float, dict, float | None]:
    """C and the thresholds of :func:`~corpus_tools.slogans.singles.model_decision` by
    leave-one-page-out over *pages* (*extra* always in training), maximising F-beta on the
    out-of-fold decisions. With *free* the threshold for phrases not used as a label is chosen
    too (from :data:`FREE_GRID`) and returned fifth."""
    from corpus_tools.slogans.singles import NAME_VETOES

    best = (-1.0, 1.0, 0.5, 0.5, {}, None)
    for c in C_GRID:
        oof: list[tuple[float, bool, bool, bool, int]] = []   # p, rule accepts, label use, vetoed, label
        for left in pages:
            m = fit(extra + [r for p, rows in pages.items() if p != left for r in rows], c)
            for f, lab, _ in pages[left]:
                oof.append((m.proba(f), "rule=None" not in f, "flag=label_use" in f,
                            any(v in f for v in NAME_VETOES) or "flag=ordinary" in f, lab))
        for t in [i / 20 for i in range(6, 15)]:
            for rt in [i / 20 for i in range(2, 11)]:
                for ft in (FREE_GRID if free else (None,)):
                    tp = fp = fn = 0
                    for p, rule, use, vetoed, lab in oof:
                        if not use:
                            hit = ft is not None and not vetoed and p >= ft
                        elif rule:
                            hit = p >= rt
                        else:
                            hit = not vetoed and p >= t
                        tp, fp, fn = tp + (hit and lab), fp + (hit and not lab), fn + (not hit and lab)
                    score = fbeta(tp, fp, fn)
                    if score > best[0] + 1e-12:
                        best = (score, c, t, rt, {"tp": tp, "fp": fp, "fn": fn, "candidates": len(oof)}, ft)
    return best[1:] if free else best[1:5]


def decisions(model, rows: list[tuple[dict, int, str]]) -> dict[str, int]:
    """tp, fp, fn of *model* with the rules on labelled candidate *rows*."""
    from corpus_tools.slogans.singles import model_decision

    tp = fp = fn = 0
    for f, lab, _ in rows:
        hit = model_decision(model, f, None if "rule=None" in f else "rule") is not None
        tp, fp, fn = tp + (hit and lab), fp + (hit and not lab), fn + (not hit and lab)
    return {"tp": tp, "fp": fp, "fn": fn}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, action="append", default=[],
                    help="a further gold set to train on (texts/, slogans/); repeatable")
    ap.add_argument("--hold-out", type=Path, action="append", default=[],
                    help="a gold set to score the final model on, never trained on; repeatable")
    ap.add_argument("--samples", nargs="*", default=["detections_a.tsv"],
                    help="hand-labelled detection samples of this folder to train on")
    ap.add_argument("--labels", nargs="*", default=[],
                    help="hand-labelled crawl samples of this folder (crawl15_labels.tsv form) to train on")
    ap.add_argument("--hold-out-labels", nargs="*", default=[],
                    help="hand-labelled crawl samples to score the final model on, never trained on")
    ap.add_argument("--exclude", default="",
                    help="comma-separated page ids of the --gold sets never to read (their kept-apart reports)")
    ap.add_argument("--free", action="store_true",
                    help="also choose a threshold for phrases the page does not use as a label (FREE_GRID)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    exclude = frozenset(x for x in args.exclude.split(",") if x)
    pages = labelled_pages(args.gold, exclude)
    groups = {**pages, **samples(args.samples), **span_labels(args.labels)}
    extra = silver()
    c, t, rt, oof, ft = choose(groups, extra, free=True) if args.free else (*choose(groups, extra), None)
    n_pos = sum(r[1] for rows in groups.values() for r in rows)
    n_cand = sum(len(r) for r in groups.values())
    print(f"{n_cand} candidates in {len(pages)} gold pages and {len(groups) - len(pages)} sample articles "
          f"({n_pos} slogans), {len(extra)} silver; chosen C={c}, threshold={t}, rule threshold={rt}, "
          f"free threshold={ft}; "
          f"out-of-fold {oof}")
    rows = [r for rows in groups.values() for r in rows]
    hits = [("rule=None" not in f and "flag=label_use" in f, lab) for f, lab, _ in rows]
    print("hand-written rules alone on the same candidates: "
          f"tp {sum(h and y for h, y in hits)}, fp {sum(h and not y for h, y in hits)}, "
          f"fn {sum(y and not h for h, y in hits)}")
    model = fit(extra + rows, c, t)
    model.rule_threshold, model.free_threshold = rt, ft
    for folder in args.hold_out:
        held = [r for rows in gold_pages(folder).values() for r in rows]
        print(f"held out {folder} ({len(held)} candidates): {decisions(model, held)}")
    for name in args.hold_out_labels:
        held = [r for rows in span_labels([name]).values() for r in rows]
        print(f"held out {name} ({len(held)} candidates): {decisions(model, held)}")
    if not args.no_write:
        d = json.loads(model.to_json())
        d["C"] = c
        sets = ["seed pages 000/001", "../shared/gold/slogans-dev tuning part (15 reports)",
                "tests/slogan_pages.py batches 1-2"] + [str(g) for g in args.gold] + \
            [f"training/slogans/{n}" for n in args.samples + args.labels] + ["training/slogans/rule_sample_labels.tsv (silver)"]
        d["trained_on"] = (f"{'; '.join(sets)}: {len(pages)} gold pages and {len(groups) - len(pages)} sample "
                           f"articles ({n_cand} candidates), {len(extra)} silver candidates; "
                           f"leave-one-group-out {oof}"
                           + (f"; kept-apart pages never read: {','.join(sorted(exclude))}" if exclude else "")
                           + ". Not /work/dev2 (gone since the previous model).")
        OUT.write_text(json.dumps(d, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
