"""Marked-slogan aggregates of the check fold, never its items: the kept-apart reports of dev4-dev8, the held-apart
slogans-dev reports and pages28o's even pages read as pages (round 27's held check).

    PYTHONPATH=. python training/slogans/check_fold.py [--dev-root /tmp/slogan31]

Prints one line per group (gold / predicted / matched, P / R; strict text and kind, page-level keys as
``tests/data/slogan_held21/score.py`` counts) and nothing about single items. At most three runs a round (RULES).
"""

from __future__ import annotations

import argparse
import os
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))

import corpus_tools as ct  # noqa: E402
from corpus_tools.scoring.slogans import load_slogan_gold, read_text_reports, split_dev_reports  # noqa: E402
from corpus_tools.slogans import page_slogans, slogan_key  # noqa: E402

#: kept-apart stems of dev4-dev8 (their READMEs)
KEPT_APART = {4: [f"d4_{i:02d}" for i in range(9, 13)], **{n: [f"d{n}_{i:02d}" for i in range(11, 15)] for n in (5, 6, 7, 8)}}
PAGES28O_EVEN = [f"p28o_{i:02d}" for i in (2, 4, 6, 8, 10)]


def _count(corpus, gold: dict) -> tuple[int, int, int]:
    n_gold = n_pred = tp = 0
    for issue in corpus:
        if issue.id not in gold:
            continue
        g = {(slogan_key(i["text"]), i["kind"]) for i in gold[issue.id]}
        p = {(slogan_key(r.text), r.kind) for r in page_slogans(issue).itertuples()}
        n_gold, n_pred, tp = n_gold + len(g), n_pred + len(p), tp + len(g & p)
    return n_gold, n_pred, tp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev-root", type=Path, default=Path("/tmp/slogan31"),
                    help="folder holding dev4 ... dev8 rebuilt by benchmarks/gold_texts.py")
    args = ap.parse_args()
    groups = {}
    for n, stems in KEPT_APART.items():
        gold = load_slogan_gold(REPO / "benchmarks" / "gold" / f"dev{n}" / "slogans")
        stems = [s for s in stems if s in gold]
        groups[f"dev{n} kept apart ({len(stems)})"] = (read_text_reports(args.dev_root / f"dev{n}" / "texts", stems),
                                                       {s: gold[s] for s in stems})
    _, held = split_dev_reports(SHARED / "gold" / "slogans-dev")
    dev_gold = load_slogan_gold(SHARED / "gold" / "slogans-dev")
    groups[f"slogans-dev held apart ({len(held)})"] = (read_text_reports(SHARED / "gold" / "entities-dev", held),
                                                       {k: dev_gold[k] for k in held})
    folder = REPO / "benchmarks" / "gold" / "pages28o"
    gold = {k: v for k, v in load_slogan_gold(folder / "slogans").items() if k in PAGES28O_EVEN}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        groups["pages28o even as pages (5)"] = (ct.read_corpus(folder / "texts", manifest=None), gold)
    total = [0, 0, 0]
    for name, (corpus, gold) in groups.items():
        g, p, m = _count(corpus, gold)
        total = [total[0] + g, total[1] + p, total[2] + m]
        print(f"{name:32s} gold {g:3d} predicted {p:3d} matched {m:3d}  P {m / max(1, p):.3f}  R {m / max(1, g):.3f}")
    g, p, m = total
    print(f"{'ALL':32s} gold {g:3d} predicted {p:3d} matched {m:3d}  P {m / max(1, p):.3f}  R {m / max(1, g):.3f}")


if __name__ == "__main__":
    main()
