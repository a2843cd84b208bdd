"""Score marked-slogan detection on the development gold and time it; write the "slogans" section.

    python benchmarks/slogans.py               # writes the "slogans" section of docs/benchmarks.md
    python benchmarks/slogans.py --errors      # also lists misses and false alarms on the TUNING part

Three sets, kept apart by a fixed rule chosen before any tuning:

* **seed pages** 000 and 001 (``../shared/gold/slogans``), the pages the first rules were written on;
* **dev, tuning part**: the People's Daily county reports of ``../shared/gold/slogans-dev`` except the
  last five by file name (texts in ``../shared/gold/entities-dev``);
* **dev, held apart**: the last five reports by file name, never inspected, scored once per run.

The detector is rule-based: nothing is fitted, so there is no cross-validation to run and the
tuning-part numbers are in-sample (read them as an upper bound). Scores are strict (text and kind),
text (text only) and lenient (containment; borderline items dropped), micro-averaged over pages.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
sys.path.insert(0, str(REPO / "benchmarks"))

from _report import machine_line, write_section  # noqa: E402

from corpus_tools.corpus import load_seeds  # noqa: E402
from corpus_tools.scoring.slogans import (load_slogan_gold, read_text_reports, score_slogans,  # noqa: E402
                                          split_dev_reports)
from corpus_tools.slogans import extract_slogans, page_slogans, slogan_key  # noqa: E402

DEV_GOLD = SHARED / "gold" / "slogans-dev"
DEV_TEXTS = SHARED / "gold" / "entities-dev"
SEED_GOLD = SHARED / "gold" / "slogans"


def sets() -> dict[str, tuple[object, dict]]:
    """name -> (corpus, gold by page) for the three sets."""
    tune, test = split_dev_reports(DEV_GOLD)
    dev_gold = load_slogan_gold(DEV_GOLD)
    seeds = load_seeds()
    seed_gold = load_slogan_gold(SEED_GOLD)
    return {
        "seed pages 000-001": (seeds, seed_gold),
        "dev, tuning part (15 reports)": (read_text_reports(DEV_TEXTS, tune), {k: dev_gold[k] for k in tune}),
        "dev, held apart (5 reports)": (read_text_reports(DEV_TEXTS, test), {k: dev_gold[k] for k in test}),
    }


def predict(corpus, gold, *, lexicon=None) -> dict:
    return {issue.id: page_slogans(issue, lexicon=lexicon) for issue in corpus if issue.id in gold}


def errors(pred: dict, gold: dict) -> list[str]:
    """Misses and false alarms per page (strict), for the tuning part only."""
    out = []
    for page, items in gold.items():
        g = {(slogan_key(i["text"]), i["kind"]) for i in items}
        p = {(slogan_key(r.text), r.kind): r.evidence for r in pred[page].itertuples()}
        for k in sorted(g - set(p)):
            out.append(f"{page}  MISS  {k[1]:9s} {k[0]}")
        for k in sorted(set(p) - g):
            out.append(f"{page}  FALSE {k[1]:9s} {k[0]}   [{p[k]}]")
    return out


def loo_recurrence(candidates=(2, 3, 5, 10, 10 ** 9)) -> list[str]:
    """Leave-one-report-out choice of ``series.RECURRENCE_MIN_DAYS`` over the seed pages and the
    tuning part (never the held-apart part): for each left-out page, the threshold with the best
    micro-F1 on the other pages (ties: the larger, more conservative one) is scored on that page."""
    from corpus_tools.slogans import series

    counts: dict[int, dict[str, tuple[int, int, int]]] = {}
    saved = series.RECURRENCE_MIN_DAYS
    try:
        for k in candidates:
            series.RECURRENCE_MIN_DAYS = k
            counts[k] = {}
            for name, (corpus, gold) in sets().items():
                if "held apart" in name:
                    continue
                pred = predict(corpus, gold)
                for page, items in gold.items():
                    g = {(slogan_key(i["text"]), i["kind"]) for i in items}
                    p = {(slogan_key(r.text), r.kind) for r in pred[page].itertuples()}
                    counts[k][page] = (len(g & p), len(p - g), len(g - p))
    finally:
        series.RECURRENCE_MIN_DAYS = saved

    def f1(k, pages):
        tp, fp, fn = (sum(counts[k][p][i] for p in pages) for i in range(3))
        return 2 * tp / max(1, 2 * tp + fp + fn)

    pages = list(counts[candidates[0]])
    tp = fp = fn = 0
    chosen = []
    for left in pages:
        rest = [p for p in pages if p != left]
        best = max(sorted(candidates, reverse=True), key=lambda k: f1(k, rest))
        chosen.append(best)
        a, b, c = counts[best][left]
        tp, fp, fn = tp + a, fp + b, fn + c
    return [f"LOO over {len(pages)} pages (seeds + tuning part), thresholds {list(candidates)}: chosen "
            f"{sorted(set(chosen))}; strict precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, tp + fn):.3f} "
            f"(tp {tp}, fp {fp}, fn {fn})"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list errors on the tuning part (never the held-apart part)")
    ap.add_argument("--no-write", action="store_true", help="print the table, do not write docs/benchmarks.md")
    ap.add_argument("--tuning", action="store_true",
                    help="development runs: skip the held-apart part entirely (implies --no-write)")
    ap.add_argument("--loo", action="store_true",
                    help="leave-one-report-out choice of the compact-series recurrence threshold (no held-apart)")
    args = ap.parse_args()
    if args.loo:
        print("\n".join(loo_recurrence()))
        return
    lines = []
    if args.tuning:
        args.no_write = True
    for name, (corpus, gold) in sets().items():
        if args.tuning and "held apart" in name:
            continue
        pred = predict(corpus, gold)
        scores = score_slogans(pred, gold)
        allrows = scores[scores.page == "ALL"]
        lines.append(f"\n**{name}**\n")
        lines.append("| mode | gold | predicted | matched | precision | recall | F1 | exact counts |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
        for r in allrows.itertuples():
            lines.append(f"| {r.mode} | {r.n_gold} | {r.n_pred} | {r.tp} | {r.precision:.3f} | {r.recall:.3f} | "
                         f"{r.f1:.3f} | {r.count_exact:.3f} |")
        if args.errors and "held apart" not in name:
            print("\n".join(errors(pred, gold)), file=sys.stderr)
    seeds = load_seeds()
    for issue in seeds:          # layout is not what we time
        issue.all_articles
    t0 = time.perf_counter()
    n = 0
    for _ in range(3):
        n = len(extract_slogans(seeds))
    dt = (time.perf_counter() - t0) / 3
    chars = sum(a.n_chars for a in seeds.articles)
    md = "\n".join([
        "## Slogans (`benchmarks/slogans.py`)",
        "",
        machine_line(),
        "",
        "Marked slogans (quoted, numbered, parallel) against the gold of `../shared/gold/slogans` "
        "(seed pages 000, 001) and `../shared/gold/slogans-dev` (20 People's Daily county reports, "
        "2019-2020). The dev set is split by a fixed rule chosen before tuning: the last five reports "
        "by file name (src_rmrb_31-35) are **held apart** and were never inspected; the rules were "
        "tuned on the seed pages and the other 15 reports. The detector is rule-based and hand-written "
        "on those pages, so the tuning-part numbers are in-sample, an upper bound. The one threshold set "
        "from data, the number of days People's Daily 2019-2020 (unlabelled) must print an unframed "
        "compact series (生产生活生态) for it to count as a fixed formula, was chosen by leave-one-report-out: "
        + " ".join(loo_recurrence()) + ". "
        "Command: `python benchmarks/slogans.py` (add `--errors` to list the tuning part's errors). "
        "Goal on held-back text: recall >= 0.90, precision >= 0.85 (strict).",
        *lines,
        "",
        "History of the held-apart part (strict precision/recall; its errors were never printed): "
        "0.903/0.848 with the detector as it was before this work; 0.867/0.788 on an intermediate "
        "run (printed by mistake; then `--tuning` was added) and 0.839/0.788 on the first full run after tuning; the two changes made "
        "after seeing the drop (a known formula's kind from its structure first, place names from the "
        "gazetteer instead of a suffix pattern) were reasoned from the rules, not from held-apart errors. "
        "The fourth gave 0.875/0.848; the fifth, the table above (unchanged at 0.875/0.848), came after the next round (series with a shared verb and "
        "mixed separators, 一X通, corpus recurrence of compact series), tuned on the tuning part only; "
        "the held-apart part has now been scored five times, so it is no longer blind. "
        "Known-formula layer: see the tests in `tests/test_slogans_formulae.py` (raw-count check on the "
        "seed pages, January 1998 People's Daily).",
        "",
        f"Speed: `extract_slogans(load_seeds())` (both layers) finds {n} slogans in {len(seeds)} pages "
        f"({chars:,} body characters) in {dt:.2f} s ({chars / dt:,.0f} chars/s), layout excluded.",
    ])
    if args.no_write:
        print(md)
        return
    path = write_section("slogans", md)
    print(md)
    print(f"wrote the slogans section of {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
