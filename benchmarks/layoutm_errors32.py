"""Count the composed development pages' bounded failures by class (thirty-second round, layoutm33).

    python benchmarks/layoutm_errors32.py [--method auto] [--pages 600] [--show CLASS]

For every truth article whose body no predicted article has exactly, find the predicted article
holding the body's start and say what went wrong: ``cut`` (the prediction stops early: at which
kind of truth line the rest went), ``merged`` (the prediction runs on: into what kind of line),
``start_inside`` (the body's start sits inside another predicted body), ``start_lost`` (the
body's start is in no predicted body) or ``other``. Development seeds only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from compose_pages import DEV_SEEDS, compose_page, load_pool  # noqa: E402
from layout import CRAWL  # noqa: E402

from corpus_tools.layout import split_page  # noqa: E402
from corpus_tools.text import strip_spaces  # noqa: E402


def _line_of(page, pos_text: str) -> str:
    """The truth role of the first printed line whose text starts ``pos_text`` (spaces removed)."""
    raw_lines = page.raw.split("\n")
    for ln, t in zip(raw_lines, page.lines):
        if t is not None and strip_spaces(ln) and pos_text.startswith(strip_spaces(ln)[:8]):
            tail = "moved" if t.moved else ""
            return f"{t.role}{'/para' if t.role == 'body' and t.para_start else ''}{'/' + tail if tail else ''}"
    return "?"


def classify(page, t, preds) -> tuple[str, str]:
    body = strip_spaces(t.body)
    bodies = [strip_spaces(a.body) for a in preds]
    start = body[:12]
    owner = [k for k, b in enumerate(bodies) if b.startswith(start)]
    if not owner:
        inside = [k for k, b in enumerate(bodies) if start in b]
        if inside:
            b = bodies[inside[0]]
            at = b.index(start)
            return "start_inside", _line_of(page, body[:20]) + " after " + b[max(0, at - 15):at]
        return "start_lost", body[:20]
    b = bodies[owner[0]]
    if b.startswith(body):
        extra = b[len(body):]
        return "merged", _line_of(page, extra[:20]) + " | " + extra[:20]
    if body.startswith(b):
        rest = body[len(b):]
        return "cut", _line_of(page, rest[:20]) + " | " + rest[:20]
    k = 0
    while k < min(len(b), len(body)) and b[k] == body[k]:
        k += 1
    return "other", f"at {k}/{len(body)} pred:{b[k:k + 15]} truth:{body[k:k + 15]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--method", default="auto")
    ap.add_argument("--pages", type=int, default=len(DEV_SEEDS))
    ap.add_argument("--variety", action="store_true")
    ap.add_argument("--show", default="", help="print the failures of classes starting so")
    args = ap.parse_args()
    pool = load_pool(CRAWL, part="dev")
    classes: Counter = Counter()
    detail: Counter = Counter()
    tags_fail: Counter = Counter()
    tags_all: Counter = Counter()
    shown = defaultdict(int)
    for seed in list(DEV_SEEDS)[: args.pages]:
        page = compose_page(seed, pool, variety=args.variety)
        preds = split_page(page.raw, method=args.method).articles
        bodies = {strip_spaces(a.body) for a in preds}
        for t in page.articles:
            for tag in t.tags | page.tags:
                tags_all[tag] += 1
            if strip_spaces(t.body) in bodies:
                continue
            for tag in t.tags | page.tags:
                tags_fail[tag] += 1
            cls, why = classify(page, t, preds)
            classes[cls] += 1
            detail[(cls, why.split(" ")[0] if cls in ("cut", "merged", "start_inside") else "")] += 1
            if args.show and (args.show == "all" or cls.startswith(args.show)) and shown[cls] < 400:
                shown[cls] += 1
                print(f"seed {seed} [{cls}] {why}  tags={sorted(t.tags)} page={sorted(page.tags)}")
    n = sum(classes.values())
    print(f"bounded failures: {n}")
    for c, k in classes.most_common():
        print(f"  {c}: {k}")
    for (c, w), k in detail.most_common(30):
        print(f"    {c} {w}: {k}")
    print("rows (fail / n):")
    for tag, k in sorted(tags_fail.items(), key=lambda x: -x[1])[:40]:
        print(f"  {tag}: {k} / {tags_all[tag]} ({1 - k / tags_all[tag]:.3f})")


if __name__ == "__main__":
    main()
