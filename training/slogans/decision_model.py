"""Train the learned decision over marked-slogan candidates (``corpus_tools/data/slogan_decision_model.json``).

    python training/slogans/decision_model.py            # cross-validate, fit, write the JSON
    python training/slogans/decision_model.py --cv-only  # print the cross-validation only
    python training/slogans/decision_model.py --gold /work/dev7:d7_01,d7_02  # add open reports of a gold folder
    python training/slogans/decision_model.py --cv-only --test /work/dev7:d7_01,d7_02  # score on fresh reports
    python training/slogans/decision_model.py --cv-only --crawl /work/logs/slogan15-crawl  # add the labelled crawl sample
    python training/slogans/decision_model.py --cv-only --by-set --pages pages26 --pages pages25  # page sets, by set

Candidates are what :func:`corpus_tools.slogans.detect.find_marked` proposes with the rules alone (the
rules' finds, quotes of two to four clauses they rejected, unframed unquoted mottos;
:mod:`corpus_tools.slogans.decision`), each with its features. Labels:

* gold pages: the seed pages 000/001, the 15 reports of the tuning part of ``../shared/gold/slogans-dev``, the
  open reports of dev4 (d4_01..d4_08), dev5 (d5_01..d5_10) and dev6 (d6_01..d6_10), the hand-written pages of batches 1-2
  (``tests/slogan_pages.py``): a candidate is positive when its key is a gold item of its page;
* hand-labelled detections on unseen People's Daily 2019-2020 reports (samples A-D,
  ``detections_[a-d].tsv``): a candidate is labelled when its (article, key) is; others are left out.

Never read: dev4 d4_09..d4_12, dev5 d5_11..d5_14, dev6 d6_11..d6_14, hand-written batch 3, any blind set.

Cross-validation is grouped by report (leave one report out for the gold pages; the sample articles in
five folds by article), or with ``--by-set`` by set (leave one SET out: the seeds, the slogans-dev tuning part, each
dev folder, each ``--gold`` folder and each ``--pages`` set is one fold, the hand-written pages one more), so that a
writer's pages never sit on both sides of a fold. ``--pages NAME`` adds an open page set of
``training/slogans/error_stages.py``'s ``PAGE_SETS`` read as pages (layout, no manifest), as a user reads it; a
round's held pages are never among them. Scores are strict page-level precision and recall on the gold pages (the page's
predicted (key, kind) set against its gold, as ``page_slogans`` counts), the rules alone against rules
plus model, and precision on the labelled sample detections.
"""

from __future__ import annotations

import argparse
import json
import re
import zlib
import os
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
OUT = REPO / "corpus_tools" / "data" / "slogan_decision_model.json"
SAMPLES = ("detections_a.tsv", "detections_b.tsv", "detections_c.tsv", "detections_d.tsv")
OPEN = {"dev4": [f"d4_{i:02d}" for i in range(1, 9)], "dev5": [f"d5_{i:02d}" for i in range(1, 11)],
        "dev6": [f"d6_{i:02d}" for i in range(1, 11)]}
C_GRID = (0.03, 0.1, 0.3, 1.0)
KEEP_GRID = (0.0, 0.02, 0.05, 0.08, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
#: The two parts a point must not make worse when the crawl sample is used (``--crawl``): the sample, the rest.
SUBSETS = (lambda g: g.startswith("crawl"), lambda g: not g.startswith("crawl"))
MIN_GAIN = 3   # errors (fp + fn on the gold pages, fp in the samples) the model must save to be switched on


def gold_pages(dev4: Path, dev5: Path, extra: list[str] = (), dev6: Path | None = None, page_sets: list[str] = (),
               by_set: bool = False) -> list[tuple[str, object, list[dict]]]:
    """(group, issue, gold items) for every gold page used in training; *extra* are ``DIR:stem,stem``
    folders with ``texts/`` and ``slogans/`` whose named reports are added (their open part only); *page_sets* are
    names of ``error_stages.PAGE_SETS`` read as pages. The group is the page (leave one report out) or, with
    *by_set*, the set it comes from (leave one set out)."""
    out = _gold_pages(dev4, dev5, extra, dev6, page_sets)
    return [(s if by_set else i.id, i, g) for s, i, g in out]


def _gold_pages(dev4: Path, dev5: Path, extra: list[str], dev6: Path | None, page_sets: list[str]
                ) -> list[tuple[str, object, list[dict]]]:
    """(set name, issue, gold items) of :func:`gold_pages`."""
    from corpus_tools.loaders import load_seeds
    from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports, split_dev_reports

    sys.path.insert(0, str(REPO / "tests"))
    from slogan_pages import PAGES, PAGES_2, as_corpus

    out = []
    g = load_slogan_gold(SHARED / "gold" / "slogans")
    out += [("seeds", i, g[i.id]) for i in load_seeds() if i.id in g]
    g = load_slogan_gold(SHARED / "gold" / "slogans-dev")
    tune, _ = split_dev_reports(SHARED / "gold" / "slogans-dev")  # never the held-apart src_rmrb_31-35
    out += [("slogans-dev", i, g[i.id]) for i in read_text_reports(SHARED / "gold" / "entities-dev", tune)]
    for folder, stems in ((dev4, OPEN["dev4"]), (dev5, OPEN["dev5"]), (dev6, OPEN["dev6"])):
        if folder is None:
            continue
        g = load_slogan_gold(folder / "slogans")
        out += [(folder.name, i, g[i.id]) for i in read_text_reports(folder / "texts", stems)]
    for spec in extra:
        folder, _, stems = spec.partition(":")
        if not stems:
            raise SystemExit(f"--gold {spec!r}: name the open reports, DIR:stem,stem")
        g = load_slogan_gold(Path(folder) / "slogans")
        out += [(Path(folder).name, i, g[i.id]) for i in read_text_reports(Path(folder) / "texts", stems.split(","))]
    if page_sets:
        sys.path.insert(0, str(HERE))
        from error_stages import pages_set

        for name in page_sets:
            for corpus, g in pages_set(name).values():
                out += [(name, i, g[i.id]) for i in corpus if i.id in g]
    corpus, g = as_corpus({**PAGES, **PAGES_2})
    out += [("hand-written", i, g[i.id]) for i in corpus if i.id in g]
    return out


def crawl_pages(folder: Path) -> list[tuple[str, object, list[dict]]]:
    """(fold, issue, gold items) of the hand-labelled crawl sample of ``crawl_sample.py`` / ``crawl_eval.py``
    (slogan15 round): every quoted span and every detector output of 150 unseen reports labelled; the articles
    go to five folds by a hash of their id (``crawl0`` ... ``crawl4``)."""
    sys.path.insert(0, str(HERE))
    import crawl_eval

    corpus = crawl_eval.sample_corpus(folder)
    gold = crawl_eval.gold_items(folder, corpus)
    return [(f"crawl{zlib.crc32(i.id.encode()) % 5}", i, gold[i.id]) for i in corpus]


def shape_features(m) -> dict[str, float]:
    """Word-shape features of a candidate of up to eight characters per part (``--shape``), read by the shipped
    tagger (:mod:`corpus_tools.slogans.wordshape`): a clause (an actor or place, then a verb: 秋冬会战, 景区带村),
    a noun phrase (every word a noun or adjective: 梯田王国, 田秀才), a verb first (守绿护蓝), a verb-object twice
    (V N V N), two parts that are clauses of one shape (小镇带村、村带户)."""
    from corpus_tools.slogans.core import slogan_key
    from corpus_tools.slogans.wordshape import clause, parallel_halves, word_shape

    parts = [p for p in re.split(r"[、，,；;\s]+", slogan_key(m.text)) if p]
    if not parts or max(len(p) for p in parts) > 8:
        return {}
    out: dict[str, float] = {}
    if len(parts) == 1:
        classes = [c for _, c in word_shape(parts[0])]
        if clause(parts[0]):
            out["shape=clause"] = 1.0
        elif classes and all(c in "NA" for c in classes):
            out["shape=noun_phrase"] = 1.0
        if classes[:1] == ["V"]:
            out["shape=verb_first"] = 1.0
        if [c for c in classes if c in "NV"] == ["V", "N", "V", "N"]:
            out["shape=vo_vo"] = 1.0
    elif len(parts) == 2 and parallel_halves(*parts):
        out["shape=parallel_halves"] = 1.0
    return out


#: Set by ``--context``: add :func:`context_features` to every candidate (tried in round 23; not shipped).
CONTEXT = False
_INTRO_NEAR_RE = re.compile(r"(?:提出|实施|打造|推进|开展|推行|组织|启动|探索|创新)[了出]?[的]?$")


def context_features(m, txt: str) -> dict[str, float]:
    """Document-context features of a candidate on its page text *txt* (``--context``): quoted twice or more,
    quoted and also printed unquoted, introduced by 提出/实施/打造/推进/开展 … right before an opening quote."""
    s = m.text
    quoted = txt.count("“" + s + "”") + txt.count("‘" + s + "’")
    out: dict[str, float] = {}
    if quoted >= 2:
        out["ctx_quoted_twice"] = 1.0
    if quoted >= 1 and txt.count(s) > quoted:
        out["ctx_quoted_and_plain"] = 1.0
    k = txt.find("“" + s)
    while k >= 0:
        if _INTRO_NEAR_RE.search(txt[max(0, k - 6):k]):
            out["ctx_intro"] = 1.0
            break
        k = txt.find("“" + s, k + 1)
    return out


def page_candidates(issue) -> list[tuple[object, bool, dict]]:
    """(mention, rule, features) of every candidate of a page, rules alone (as ``page_slogans`` reads it)."""
    from corpus_tools.slogans.core import KINDS
    from corpus_tools.slogans.detect import Ctx, find_marked
    from corpus_tools.slogans.lexicon import Lexicon
    from corpus_tools.slogans.page import county_stems, issue_units

    lex = Lexicon.build(None)
    rec: list = []
    for _, _, txt in issue_units(issue):
        n = len(rec)
        find_marked(txt, KINDS, Ctx(lex, county_stems(issue.meta), candidates=rec, decision=False))
        if CONTEXT:
            rec[n:] = [(m, r, {**f, **context_features(m, txt)}) for m, r, f in rec[n:]]
    return rec


def sample_candidates(data: Path) -> list[tuple[str, list[tuple[object, bool, dict, int]]]]:
    """(article id, labelled candidates) of the hand-labelled samples."""
    sys.path.insert(0, str(HERE))
    from sample_precision import articles, read_labels

    from corpus_tools.slogans.core import KINDS, slogan_key
    from corpus_tools.slogans.detect import Ctx, find_marked
    from corpus_tools.slogans.lexicon import Lexicon

    labels: dict = {}
    for name in SAMPLES:
        labels.update(read_labels(HERE / name))
    sys.path.insert(0, str(HERE.parent))
    from crawl import gold_pool_ids

    # no article a gold set is drawn from (dev4-6, blind sets, entities-dev): those are gold pages or unseen
    texts = articles({k[0] for k in labels} - gold_pool_ids(), data)
    lex = Lexicon.build(None)
    out = []
    for doc in sorted(texts):
        rec: list = []
        find_marked(texts[doc], KINDS, Ctx(lex, (), in_corpus=True, candidates=rec, decision=False))
        if CONTEXT:
            rec = [(m, r, {**f, **context_features(m, texts[doc])}) for m, r, f in rec]
        rec = [rec[i] for i in new_only(rec)]
        rows = [(m, r, f, labels[(doc, slogan_key(m.text))]) for m, r, f in rec
                if (doc, slogan_key(m.text)) in labels]
        out.append((doc, rows))
    return out


def new_only(cands: list) -> list[int]:
    """Indices of the candidates to learn from: every rule find, and the new candidates whose key no rule
    found on the same page (the others change nothing the page reports)."""
    from corpus_tools.slogans.core import slogan_key

    found = {slogan_key(c[0].text) for c in cands if c[1]}
    return [i for i, c in enumerate(cands) if c[1] or slogan_key(c[0].text) not in found]


def vectorise(rows: list[dict], names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, f in enumerate(rows):
        for k, v in f.items():
            if k in index:
                x[r, index[k]] = v
    return x


def fit(feats: list[dict], y: list[int], c: float):
    from sklearn.linear_model import LogisticRegression

    names = sorted({k for f in feats for k in f})
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    clf.fit(vectorise(feats, names), np.array(y))
    return names, clf


def page_result(cands, probs, keep: float, add: float, lex) -> set[tuple[str, str]]:
    """The (key, kind) set a page gets from its candidates and their probabilities."""
    from corpus_tools.slogans.page import group_page, kind_of

    taken = [m for (m, rule, _), p in zip(cands, probs) if p >= (keep if rule else add)]
    return {(k, kind_of(g)) for k, g in group_page(taken, lex).items()}


def fit_both(rows: list[tuple[dict, int]], c: float) -> list:
    """The two models (rules' finds, new candidates) fitted on (features, label) rows; None for a side
    without both labels."""
    out = []
    for side in (True, False):
        feats = [f for f, _ in rows if bool(f.get("rule")) == side]
        y = [v for f, v in rows if bool(f.get("rule")) == side]
        out.append(fit(feats, y, c) if len(set(y)) == 2 else None)
    return out


def predict(models: list, cands: list) -> np.ndarray:
    """Probabilities of the candidates by the model of their side (0 where a side has no model)."""
    p = np.zeros(len(cands))
    for side, fitted in zip((True, False), models):
        idx = [i for i, (_, r, _) in enumerate(cands) if r == side]
        if not idx or fitted is None:
            continue
        names, clf = fitted
        p[idx] = clf.predict_proba(vectorise([cands[i][2] for i in idx], names))[:, 1]
    return p


#: Operating points scored on a test folder (``--test``): the rules alone, taking new candidates, dropping finds.
TEST_POINTS = ((0.0, 1.01), (0.0, 0.7), (0.0, 0.6), (0.0, 0.5), (0.3, 1.01), (0.4, 1.01))


def test_table(spec: str, rows: list[tuple[dict, int]], lex, shape: bool = False) -> list[str]:
    """Strict P/R on the reports ``DIR:stem,stem`` of models fitted on all *rows*, at :data:`TEST_POINTS`."""
    from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports
    from corpus_tools.slogans.core import slogan_key

    folder, _, stems = spec.partition(":")
    names = stems.split(",") if stems else None
    g = load_slogan_gold(Path(folder) / "slogans")
    names = names or sorted(g)
    pages = [(page_candidates(i), {(slogan_key(x["text"]), x["kind"]) for x in g[i.id]})
             for i in read_text_reports(Path(folder) / "texts", names)]
    if shape:
        pages = [([(m, r, {**f, **shape_features(m)}) for m, r, f in cands], gold) for cands, gold in pages]
    out = []
    for c in (0.03, 0.3):
        models = fit_both(rows, c)
        probs = [predict(models, cands) for cands, _ in pages]
        for keep, add in TEST_POINTS:
            tp = fp = fn = 0
            for (cands, gold), p in zip(pages, probs):
                pred = page_result(cands, p, keep, add, lex)
                tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
            out.append(f"test {spec}: C {c} keep {keep} add {add}: P {tp / max(1, tp + fp):.3f} "
                       f"R {tp / max(1, tp + fn):.3f} (tp {tp} fp {fp} fn {fn})")
    return out


def run(args) -> None:
    from corpus_tools.slogans.core import slogan_key
    from corpus_tools.slogans.decision import DecisionModel
    from corpus_tools.slogans.lexicon import Lexicon

    global CONTEXT
    CONTEXT = args.context
    lex = Lexicon.build(None)
    pages = gold_pages(args.dev4, args.dev5, args.gold, args.dev6, args.pages, args.by_set)
    if args.crawl:
        pages += crawl_pages(args.crawl)
    gold_rows = []          # (group, cands, gold set, labels)
    for gid, issue, items in pages:
        cands = page_candidates(issue)
        cands = [cands[i] for i in new_only(cands)]
        if args.shape:
            cands = [(m, r, {**f, **shape_features(m)}) for m, r, f in cands]
        gkeys = {slogan_key(i["text"]) for i in items}
        gold = {(slogan_key(i["text"]), i["kind"]) for i in items}
        labels = [int(slogan_key(m.text) in gkeys or lex.canon.get(slogan_key(m.text)) in gkeys)
                  for m, _, _ in cands]
        gold_rows.append((gid, cands, gold, labels))
    samples = sample_candidates(args.data)
    if args.shape:
        samples = [(doc, [(m, r, {**f, **shape_features(m)}, y) for m, r, f, y in rows]) for doc, rows in samples]
    groups: list[tuple[str, list, list[int], set | None]] = \
        [(g, c, lab, gold) for g, c, gold, lab in gold_rows] + \
        [(f"sample{zlib.crc32(doc.encode()) % 5}", [(m, r, f) for m, r, f, _ in rows], [lab for *_, lab in rows], None)
         for doc, rows in samples if rows]
    # merge the sample articles into five folds
    folds: dict[str, list] = defaultdict(list)
    for g, c, lab, gold in groups:
        folds[g].append((c, lab, gold))
    n_cands = sum(len(c) for g in folds.values() for c, _, _ in g)
    n_pos = sum(sum(lab) for g in folds.values() for _, lab, _ in g)
    print(f"{len(gold_rows)} gold pages, {len(samples)} sample articles, {n_cands} candidates, {n_pos} positive",
          file=sys.stderr)

    def oof(c: float) -> dict[str, list[np.ndarray]]:
        probs: dict[str, list] = {}
        for left in folds:
            rows = [(f, v) for g, rs in folds.items() if g != left for cands, lab, _ in rs
                    for (_, _, f), v in zip(cands, lab)]
            models = fit_both(rows, c)
            probs[left] = [predict(models, cands) for cands, _, _ in folds[left]]
        return probs

    def score(probs, keep, add, only=None):
        tp = fp = fn = stp = sfp = 0
        for g, rows in folds.items():
            if only is not None and only(g) is False:
                continue
            for (cands, lab, gold), p in zip(rows, probs[g]):
                if gold is not None:
                    pred = page_result(cands, p, keep, add, lex)
                    tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
                else:
                    seen = {}
                    for (m, rule, _), pr, y in zip(cands, p, lab):
                        if pr >= (keep if rule else add):
                            seen[slogan_key(m.text)] = y
                    stp, sfp = stp + sum(seen.values()), sfp + len(seen) - sum(seen.values())
        return tp, fp, fn, stp, sfp

    def line(name, s):
        tp, fp, fn, stp, sfp = s
        return (f"{name}: gold pages P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} "
                f"(tp {tp} fp {fp} fn {fn}); samples precision {stp / max(1, stp + sfp):.3f} ({stp}/{stp + sfp})")

    def f1(s):
        tp, fp, fn, stp, sfp = s
        return 2 * (tp + stp) / max(1, 2 * (tp + stp) + fp + sfp + fn)

    rules = {g: [np.array([1.0 if r else 0.0 for _, r, _ in cands]) for cands, _, _ in rows]
             for g, rows in folds.items()}
    base = score(rules, 0.5, 0.5)
    report = [line("rules alone", base)]
    best = None
    for c in C_GRID:
        probs = oof(c)
        for keep in KEEP_GRID:
            for add in ADD_GRID:
                s = score(probs, keep, add)
                tp, fp, fn, stp, sfp = s
                f = 2 * (tp + stp) / max(1, 2 * (tp + stp) + fp + sfp + fn)
                if args.verbose:
                    print(line(f"C {c} keep {keep} add {add}", s), file=sys.stderr)
                # ties go to the most conservative point: the lowest keep, the highest add threshold
                # (keep 0 and add 1.01 leave the rules alone and switch the model off)
                rank = (round(f, 9), -keep, add)
                if args.crawl and not all(f1(score(probs, keep, add, only)) >= f1(score(rules, 0.5, 0.5, only))
                                          for only in SUBSETS):
                    continue         # with the crawl sample: no worse on it nor on the other gold pages
                if best is None or rank > best[0]:
                    best = (rank, c, keep, add, s)
    _, c, keep, add, s = best
    fold_name = "leave-one-set-out" if args.by_set else "leave-one-report-out"
    report.append(line(f"rules + model, {fold_name} (C {c}, keep {keep}, add {add})", s))
    if args.crawl:
        best_probs = oof(c)
        for name, only in (("crawl sample", lambda g: g.startswith("crawl")),
                           ("gold pages without the crawl sample", lambda g: not g.startswith("crawl"))):
            report.append("  " + line(f"{name}, rules alone", score(rules, 0.5, 0.5, only)))
            report.append("  " + line(f"{name}, rules + model (out of fold)", score(best_probs, keep, add, only)))
    # the model is switched on only when it makes MIN_GAIN fewer errors than the rules out of fold (one
    # detection of a few hundred is noise, and a model that changes nothing on the gold pages is no gain)
    errors = lambda r: r[1] + r[2] + r[4]                                    # noqa: E731
    if errors(base) - errors(s) < MIN_GAIN:
        keep, add = 0.0, 1.01
        report.append(f"fewer than {MIN_GAIN} errors saved ({errors(base)} -> {errors(s)}): the model stays off "
                      f"(keep 0.0, add 1.01)")
    print("\n".join(report))
    rows = [(f, v) for rs in folds.values() for cands, lab, _ in rs for (_, _, f), v in zip(cands, lab)]
    for spec in args.test:
        print("\n".join(test_table(spec, rows, lex, args.shape)))
    if args.cv_only:
        return
    (kn, kclf), (an, aclf) = fit_both(rows, c)
    model = DecisionModel(dict(zip(kn, kclf.coef_[0])), dict(zip(an, aclf.coef_[0])),
                          keep_bias=float(kclf.intercept_[0]), add_bias=float(aclf.intercept_[0]),
                          keep_threshold=keep, add_threshold=add, meta={
                              "trained_on": "seed pages 000/001, slogans-dev tuning part (15), dev4 d4_01-08, "
                                            "dev5 d5_01-10, dev6 d6_01-10, hand-written batches 1-2, "
                                            "samples A-D without the gold pool"
                                            + "".join(f", {g}" for g in args.gold),
                              "candidates": len(rows), "positives": int(sum(v for _, v in rows)), "C": c,
                              "cv": report})
    OUT.write_text(model.to_json() + "\n", encoding="utf-8")
    print("wrote", OUT, file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev4", type=Path, default=Path("/work/dev4"))
    ap.add_argument("--dev5", type=Path, default=Path("/work/dev5"))
    ap.add_argument("--dev6", type=Path, default=Path("/work/dev6"), help="dev6 texts; its open d6_01..d6_10 are used")
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "people_daily_2019_2020")
    ap.add_argument("--gold", action="append", default=[],
                    help="DIR:stem,stem: also train on these (open) reports of another gold folder")
    ap.add_argument("--test", action="append", default=[],
                    help="DIR:stem,stem: score operating points of the model fitted on everything on these reports")
    ap.add_argument("--crawl", type=Path, default=None,
                    help="folder of the hand-labelled crawl sample (crawl_sample.py, labels_pos.txt): train on it too")
    ap.add_argument("--pages", action="append", default=[],
                    help="NAME: also train on this open page set of error_stages.PAGE_SETS, read as pages")
    ap.add_argument("--by-set", action="store_true",
                    help="cross-validate by set (leave one set out) instead of by report")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--context", action="store_true",
                    help="add the document-context features of context_features (tried in round 23; not shipped)")
    ap.add_argument("--shape", action="store_true",
                    help="add the word-shape features of shape_features (tried in round 23; not in the shipped model)")
    ap.add_argument("--verbose", action="store_true", help="print the score of every grid point")
    run(ap.parse_args())


if __name__ == "__main__":
    main()
