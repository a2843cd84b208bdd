"""Train the layout line-role model (corpus_tools/models/layout/lines.npz).

    python training/layout/train_lines.py                      # seeds 10000-12399, write the model
    python training/layout/train_lines.py --pages 500 --check  # smaller run, print validation only

Pages are composed by ``benchmarks/compose_pages.py`` (with the other papers' forms of
``benchmarks/compose_forms.py``: credited captions, wrapped titles, dashless kickers, ...) from the crawl's development half
(``../shared/data/people_daily_2019_2020``) with composer seeds from the development range
only: training seeds 10000-, validation seeds 20000- (odd seeds with ``variety=True``:
unwrapped pages, mixed column widths, in-body subheads, plain kickers; the benchmark's own development
seeds 0-599 and the held-apart seeds 100000-100999 are never used here). Every line's tag
comes from the composer's truth (:class:`compose_pages.LineTruth`): its role, ``para`` /
``cont`` for body lines, ``B-`` on the first line of an article in print order (a
column-flow tail, a headline or a caption printed away from its article opens a run of its own:
the flow repair and :func:`corpus_tools.layout.assemble.adopt_strays` re-attach them).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from compose_pages import DEV_SEEDS, HELD_SEEDS, compose_page, load_pool  # noqa: E402

from corpus_tools.layout import split_page  # noqa: E402
from corpus_tools.layout.lineroles import MODEL_PATH, TAGS, LineModel, page_features  # noqa: E402
from corpus_tools.layout.lines import read_lines  # noqa: E402

SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
CRAWL = SHARED / "data" / "people_daily_2019_2020" / "articles.jsonl.xz"
TRAIN_START, VALID_START = 10_000, 20_000


def truth_tags(page) -> list[str]:
    """The tag of every non-blank line of a composed page."""
    tags, prev = [], None
    for t in page.lines:
        if t is None:
            continue
        role = t.role if t.role != "body" else ("para" if t.para_start else "cont")
        # a column-flow tail, a headline or a caption printed away from its article opens a run of
        # its own: the flow repair moves a headless tail, assembly joins strays by content
        key = (t.article, t.moved)
        new = t.article is not None and key != prev
        if t.article is not None:
            prev = key
        tags.append(("B-" + role) if new else role)
    return tags


def page_data(seed: int, pool) -> tuple[list[list[str]], list[str]]:
    """Features and truth tags of one composed page (odd seeds: with the seeds' extra variety)."""
    if seed in HELD_SEEDS or seed in DEV_SEEDS:
        raise ValueError(f"seed {seed} is a benchmark seed; train on {TRAIN_START}- only")
    page = compose_page(seed, pool, variety=seed % 2 == 1)
    raw_lines = read_lines(page.raw)
    feats = page_features(raw_lines, split_page(page.raw, method="rules").blocks)
    tags = truth_tags(page)
    if len(feats) != len(tags):
        raise RuntimeError(f"seed {seed}: {len(feats)} lines read, {len(tags)} in the truth")
    return feats, tags


def fit(pages: list[tuple[list[list[str]], list[str]]], *, c: float, min_count: int) -> LineModel:
    counts = Counter(f for feats, _ in pages for fs in feats for f in set(fs))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    vocab = {f: k for k, f in enumerate(names)}
    rows, cols = [], []
    y = []
    r = 0
    for feats, tags in pages:
        for fs, t in zip(feats, tags):
            idx = sorted({vocab[f] for f in fs if f in vocab})
            rows += [r] * len(idx)
            cols += idx
            y.append(TAGS.index(t))
            r += 1
    x = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(r, len(names)))
    y = np.array(y)
    clf = LogisticRegression(C=c, max_iter=400)
    clf.fit(x, y)
    coef = np.zeros((len(names), len(TAGS)), dtype=np.float32)
    inter = np.full(len(TAGS), -30.0, dtype=np.float32)
    for j, cls in enumerate(clf.classes_):
        coef[:, cls] = clf.coef_[j]
        inter[cls] = clf.intercept_[j]
    trans = np.full((len(TAGS), len(TAGS)), 0.01)
    start = np.full(len(TAGS), 0.01)
    for _, tags in pages:
        ids = [TAGS.index(t) for t in tags]
        start[ids[0]] += 1
        for a, b in zip(ids, ids[1:]):
            trans[a, b] += 1
    trans = np.log(trans / trans.sum(axis=1, keepdims=True)).astype(np.float32)
    start = np.log(start / start.sum()).astype(np.float32)
    # drop features whose weights all round to zero
    keep = np.abs(coef).max(axis=1) >= 1e-3
    names = [f for f, k in zip(names, keep) if k]
    return LineModel({f: k for k, f in enumerate(names)}, coef[keep], inter, TAGS, trans, start)


def evaluate(model: LineModel, pages) -> dict:
    n = ok = pages_ok = coarse = 0
    merge = {"cont": "body", "para": "body"}  # a paragraph break inside a body changes no article
    for feats, tags in pages:
        pred = model.decode(feats)
        good = sum(a == b for a, b in zip(pred, tags))
        same = sum(merge.get(a, a) == merge.get(b, b) for a, b in zip(pred, tags))
        n += len(tags)
        ok += good
        coarse += same
        pages_ok += same == len(tags)
    return {"lines": n, "line_accuracy": round(ok / n, 4), "ignoring_paragraph_breaks": round(coarse / n, 4),
            "pages_all_lines_right": round(pages_ok / len(pages), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=2400, help="training pages (seeds from 10000)")
    ap.add_argument("--valid", type=int, default=200, help="validation pages (seeds from 20000)")
    ap.add_argument("--c", type=float, default=12.0, help="inverse regularisation strength (validation: 12 > 4 > 1 > 0.3)")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--check", action="store_true", help="do not write the model")
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--cache", help="pickle of the pages' features and tags: read if present, else written")
    args = ap.parse_args()
    if not CRAWL.is_file():
        raise SystemExit(f"the crawl {CRAWL} is missing; training needs ../shared/data")
    pool = load_pool(CRAWL, part="dev")
    t0 = time.perf_counter()
    if args.cache and Path(args.cache).is_file():
        with open(args.cache, "rb") as fh:
            train, valid = pickle.load(fh)
    else:
        train = [page_data(s, pool) for s in range(TRAIN_START, TRAIN_START + args.pages)]
        valid = [page_data(s, pool) for s in range(VALID_START, VALID_START + args.valid)]
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump((train, valid), fh)
    print(f"features of {len(train)} + {len(valid)} pages: {time.perf_counter() - t0:.0f} s", flush=True)
    model = fit(train, c=args.c, min_count=args.min_count)
    print(f"fitted: {len(model.vocab)} features, {time.perf_counter() - t0:.0f} s")
    print("train", evaluate(model, train[:300]))
    print("valid", evaluate(model, valid))
    if not args.check:
        model.save(args.out)
        print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
