"""Score marked-slogan detection on the development gold and time it; write the "slogans" section.

    python benchmarks/slogans.py               # writes the "slogans" section of docs/benchmarks.md
    python benchmarks/slogans.py --errors      # also lists misses and false alarms (never the held-apart part's)
    python benchmarks/slogans.py --loo         # leave-one-report-out table only
    python benchmarks/slogans.py --held-apart  # adds the held-apart aggregate (once, at the end of a round)

Sets, kept apart by a fixed rule chosen before any tuning:

* **seed pages** 000 and 001 (``../shared/gold/slogans``), the pages the first rules were written on;
* **dev, tuning part**: the People's Daily county reports of ``../shared/gold/slogans-dev`` except the
  last five by file name (texts in ``../shared/gold/entities-dev``);
* **hand-written pages**: fifteen paragraphs in other counties' styles and eras (``tests/slogan_pages.py``);
* **dev, held apart**: the last five reports by file name, read and scored only with ``--held-apart``.

The rules are hand-written on the seed and tuning pages, so their in-sample numbers are an upper
bound. What is set from data (the compact-series recurrence threshold, the quote-share veto) and
the lexicon entries a page's gold would teach are fitted without the scored page in the
leave-one-report-out table (:func:`loo`). Scores are strict (text and kind), text (text only) and
lenient (containment; borderline items dropped), micro-averaged over pages.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
sys.path.insert(0, str(REPO / "benchmarks"))

from _report import machine_line, write_section  # noqa: E402

from corpus_tools.loaders import load_seeds  # noqa: E402
from corpus_tools.scoring.slogans import (load_slogan_gold, read_text_reports, score_slogans,  # noqa: E402
                                          split_dev_reports)
from corpus_tools.slogans import extract_slogans, load_slogan_lexicon, page_slogans, slogan_key  # noqa: E402

DEV2 = Path(os.environ.get("CORPUS_TOOLS_DEV2", REPO.parent / "dev2"))
DEV_GOLD = SHARED / "gold" / "slogans-dev"
DEV_TEXTS = SHARED / "gold" / "entities-dev"
SEED_GOLD = SHARED / "gold" / "slogans"


def sets(*, held_apart: bool = False) -> dict[str, tuple[object, dict]]:
    """name -> (corpus, gold by page). The held-apart reports are read only when *held_apart*."""
    tune, test = split_dev_reports(DEV_GOLD)
    dev_gold = load_slogan_gold(DEV_GOLD)
    out = {
        "seed pages 000-001": (load_seeds(), load_slogan_gold(SEED_GOLD)),
        "dev, tuning part (15 reports)": (read_text_reports(DEV_TEXTS, tune), {k: dev_gold[k] for k in tune}),
        "hand-written pages (15, tests/slogan_pages.py)": fresh_pages(),
    }
    if (DEV2 / "slogans").is_dir():
        g2 = load_slogan_gold(DEV2 / "slogans")
        out[f"dev2 ({len(g2)} reports)"] = (read_text_reports(DEV2 / "texts", sorted(g2)), g2)
    if held_apart:
        out["dev, held apart (5 reports)"] = (read_text_reports(DEV_TEXTS, test), {k: dev_gold[k] for k in test})
    return out


def fresh_pages(batch: int = 12):
    sys.path.insert(0, str(REPO / "tests"))
    from slogan_pages import PAGES, PAGES_2, PAGES_3, as_corpus

    return as_corpus(PAGES_3) if batch == 3 else as_corpus({**PAGES, **PAGES_2})


def fold_models(pages: dict) -> dict:
    """page id -> the quoted-phrase model trained without that page (``training/slogans/quote_model.py``:
    the C and threshold of the shipped model, the silver sample and the labelled detections of
    ``detections_a.tsv`` always in training)."""
    sys.path.insert(0, str(REPO / "training" / "slogans"))
    import quote_model

    from corpus_tools.slogans.singles import load_quote_model

    shipped = load_quote_model()
    if shipped is None:
        return {}
    c = json.loads((REPO / "corpus_tools" / "data" / "slogan_quote_model.json").read_text())["C"]
    cands = {p: [(f, lab, s) for s, lab, f in labelled(issue, items)] for p, (issue, items, _) in pages.items()}
    extra = quote_model.silver() + [r for rows in quote_model.samples(["detections_a.tsv"]).values() for r in rows]
    models = {}
    for left in pages:
        m = quote_model.fit(extra + [r for p, rows in cands.items() if p != left for r in rows], c, shipped.threshold)
        m.rule_threshold, m.free_threshold = shipped.rule_threshold, shipped.free_threshold
        models[left] = m
    return models


def labelled(issue, items) -> list[tuple[str, int, dict]]:
    sys.path.insert(0, str(REPO / "training" / "slogans"))
    import quote_model

    keys = {slogan_key(i["text"]) for i in items}
    return [(s, int(slogan_key(s) in keys), f) for s, _, f in quote_model.page_candidates(issue)]


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


# ------------------------------------------------------------------ leave one report out

#: Candidate values of the two thresholds set from data (each fitted with the other at its default).
RECURRENCE_GRID = (2, 3, 5, 10, 10 ** 9)
VETO_GRID = ((10 ** 9, 0.0), (10, 0.05), (10, 0.1), (20, 0.05), (20, 0.1), (20, 0.2), (50, 0.1), (50, 0.2))


@contextlib.contextmanager
def params(recurrence: int, veto: tuple[int, float]):
    """Set the detector's data-fitted thresholds for the duration of a block."""
    from corpus_tools.slogans import quoteshare, series

    saved = series.RECURRENCE_MIN_DAYS, quoteshare.MIN_TOTAL, quoteshare.MAX_SHARE
    series.RECURRENCE_MIN_DAYS, (quoteshare.MIN_TOTAL, quoteshare.MAX_SHARE) = recurrence, veto
    try:
        yield
    finally:
        series.RECURRENCE_MIN_DAYS, quoteshare.MIN_TOTAL, quoteshare.MAX_SHARE = saved


def lexicon_without(gold_items: list[dict]) -> "pd.DataFrame":
    """The shipped slogan lexicon minus the entries a page's gold would have taught it: an entry equal
    to (or a variant of) a gold item of the page, unless it is a known formula of ``formulae.tsv`` (a
    national 提法 with a dated source, which a reader knows without the page). Exclusions (kind none:
    dates, idioms) stay."""
    from corpus_tools.slogans.formulae import load_formula_lexicon
    from corpus_tools.slogans.lexicon import known_formula_keys

    lex = load_slogan_lexicon()
    known = set(known_formula_keys(load_formula_lexicon()))
    gold = {slogan_key(i["text"]) for i in gold_items}

    def taught(row) -> bool:
        forms = {slogan_key(row.text)} | {slogan_key(v) for v in str(row.variants).split("|") if v.strip()}
        return row.kind != "none" and bool(forms & gold) and not (forms & known)

    return lex[[not taught(r) for r in lex.itertuples()]].reset_index(drop=True)


def loo(pool: dict[str, tuple[object, dict]]) -> tuple[list[str], dict]:
    """Leave-one-report-out over the pages of *pool* (never the held-apart part).

    For each left-out page: the lexicon loses the entries that page's gold would have taught it
    (:func:`lexicon_without`); the compact-series recurrence threshold and the quote-share veto are
    each chosen by micro-F1 on the other pages (ties: the more conservative value) and the page is
    scored with both. The hand-written rules themselves were written on the seed and tuning pages,
    so for those pages this is still optimistic; the hand-written pages were never tuned on."""
    pages = {}
    for corpus, gold in pool.values():
        for issue in corpus:
            if issue.id in gold:
                pages[issue.id] = (issue, gold[issue.id], lexicon_without(gold[issue.id]))
    cache: dict[tuple, tuple[int, int, int]] = {}
    models = fold_models(pages)
    from corpus_tools.slogans.singles import use_model

    def counts(page: str, rec: int, veto: tuple[int, float]) -> tuple[int, int, int]:
        key = (page, rec, veto)
        if key not in cache:
            issue, items, lex = pages[page]
            use_model(models.get(page))
            try:
                with params(rec, veto):
                    pred = page_slogans(issue, lexicon=lex)
            finally:
                use_model(None)
            g = {(slogan_key(i["text"]), i["kind"]) for i in items}
            p = {(slogan_key(r.text), r.kind) for r in pred.itertuples()}
            cache[key] = (len(g & p), len(p - g), len(g - p))
        return cache[key]

    from corpus_tools.slogans import quoteshare, series

    rec0, veto0 = series.RECURRENCE_MIN_DAYS, (quoteshare.MIN_TOTAL, quoteshare.MAX_SHARE)

    def f1(rest, rec, veto):
        tp, fp, fn = (sum(counts(p, rec, veto)[i] for p in rest) for i in range(3))
        return 2 * tp / max(1, 2 * tp + fp + fn)

    total = {"tp": 0, "fp": 0, "fn": 0}
    by_set = {name: [0, 0, 0] for name in pool}
    chosen_rec, chosen_veto = [], []
    for left in pages:
        rest = [p for p in pages if p != left]
        rec = max(sorted(RECURRENCE_GRID, reverse=True), key=lambda k: f1(rest, k, veto0))
        veto = max(sorted(VETO_GRID, key=lambda v: (-v[0], v[1])), key=lambda v: f1(rest, rec0, v))
        chosen_rec.append(rec)
        chosen_veto.append(veto)
        c = counts(left, rec, veto)
        for name, (_, gold) in pool.items():
            if left in gold:
                by_set[name] = [a + b for a, b in zip(by_set[name], c)]
        total = {k: total[k] + c[i] for i, k in enumerate(("tp", "fp", "fn"))}
    lines = []
    for name, (tp, fp, fn) in list(by_set.items()) + [("all", (total["tp"], total["fp"], total["fn"]))]:
        lines.append(f"| {name} | {tp + fn} | {tp + fp} | {tp} | {tp / max(1, tp + fp):.3f} | "
                     f"{tp / max(1, tp + fn):.3f} |")
    info = {"recurrence": sorted(set(chosen_rec)), "veto": sorted(set(chosen_veto)), "pages": len(pages)}
    return lines, info


def table(name: str, pred: dict, gold: dict) -> list[str]:
    scores = score_slogans(pred, gold)
    lines = [f"\n**{name}**\n", "| mode | gold | predicted | matched | precision | recall | F1 | exact counts |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in scores[scores.page == "ALL"].itertuples():
        lines.append(f"| {r.mode} | {r.n_gold} | {r.n_pred} | {r.tp} | {r.precision:.3f} | {r.recall:.3f} | "
                     f"{r.f1:.3f} | {r.count_exact:.3f} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true",
                    help="list errors on the seed, tuning and hand-written pages (never the held-apart part)")
    ap.add_argument("--no-write", "--tuning", dest="no_write", action="store_true",
                    help="print the section, do not write docs/benchmarks.md")
    ap.add_argument("--loo", action="store_true", help="print the leave-one-report-out table only")
    ap.add_argument("--held-apart", action="store_true",
                    help="also score the held-apart reports (aggregate only, never their errors); not written")
    args = ap.parse_args()
    pool = sets()
    loo_lines, info = loo(pool)
    loo_md = ["", "**Leave one report out** (strict; seeds, tuning part, hand-written batches 1-2, and dev2 when present)", "",
              "| set | gold | predicted | matched | precision | recall |", "|---|---:|---:|---:|---:|---:|", *loo_lines,
              "", f"Chosen per fold: recurrence threshold {info['recurrence']}, quote-share veto "
              f"(min. total, max. share) {info['veto']}."]
    if args.loo:
        print("\n".join(loo_md))
        return
    lines = []
    for name, (corpus, gold) in pool.items():
        pred = predict(corpus, gold)
        lines += table(name + ", in-sample", pred, gold)
        if args.errors:
            print("\n".join(errors(pred, gold)), file=sys.stderr)
    corpus, gold = fresh_pages(3)
    name = "hand-written pages, batch 3 (11, tests/slogan_pages.py PAGES_3; never trained or tuned on)"
    lines += table(name, predict(corpus, gold), gold)
    if args.errors:
        print("\n".join(errors(predict(corpus, gold), gold)), file=sys.stderr)
    if args.held_apart:
        name = "dev, held apart (5 reports)"
        corpus, gold = sets(held_apart=True)[name]
        print("\n".join(table(name, predict(corpus, gold), gold)))
        return
    copies = [load_seeds() for _ in range(3)]  # one corpus per timed call: the detection is cached per corpus
    for corpus in copies:
        for issue in corpus:     # layout is not what we time
            issue.all_articles
    seeds = copies[0]
    t0 = time.perf_counter()
    n = 0
    for corpus in copies:
        n = len(extract_slogans(corpus))
    dt = (time.perf_counter() - t0) / 3
    chars = sum(a.n_chars for a in seeds.articles)
    md = "\n".join([
        "## Slogans (`benchmarks/slogans.py`)",
        "",
        machine_line(),
        "",
        "Marked slogans (quoted, numbered, parallel) against the gold of `../shared/gold/slogans` "
        "(seed pages 000, 001), `../shared/gold/slogans-dev` (20 People's Daily county reports, "
        "2019-2020), the second development set `/work/dev2` (12 People's Daily county reports of 2019-2020 "
        "annotated during the formulae4 round; read when present, `CORPUS_TOOLS_DEV2`; that folder was lost "
        "with its machine, so the tables below no longer include it) and "
        "paragraphs written for the tests in other counties' styles and eras (`tests/slogan_pages.py`: "
        "batches 1-2, fifteen pages; batch 3, eleven longer pages dense in quoted names and words; gold fixed "
        "before the detector was run on them). The last five dev reports by file name (src_rmrb_31-35) are "
        "held apart: not scored here (see the history below). The detector is rule-based with one learned "
        "part: a logistic regression over quoted single phrases and two-part mottos "
        "(`corpus_tools/slogans/singles.py`, `data/slogan_quote_model.json`, trained by "
        "`training/slogans/quote_model.py` on the seed pages, the tuning part, hand-written batches 1-2 "
        "and two hand-labelled People's Daily samples; model card `docs/model_card_slogan_quote.md`) that takes "
        "a phrase the rules reject when it is likely enough. A quoted phrase or two-part motto counts only "
        "when the page uses it as a label (a governing verb, a label head, 以X为抓手, counted measures; "
        "`docs/slogans.md`). Its "
        "rules were written on the seed pages and the tuning part, so their in-sample numbers are an upper "
        "bound. Set from data and chosen by leave-one-report-out: the compact-series recurrence threshold "
        "and the quote-share veto; in the leave-one-report-out table each page is also scored with a quote "
        "model trained without it and with the lexicon entries its gold would have taught removed. "
        "First scores, before any change of the formulae4 round: dev2 (12 final reports) strict P 0.676 "
        "(23/34) R 0.548 (23/42); hand-written batch 3 P 0.739 (34/46) R 0.829 (34/41). Both were then "
        "studied, so the later numbers below are not out of sample. "
        "Command: `python benchmarks/slogans.py` (`--errors` lists errors, never the held-apart part's; "
        "`--loo` the cross-validation only). Goal on held-back text: recall >= 0.90, precision >= 0.85 (strict).",
        *loo_md,
        *lines,
        "",
        HISTORY,
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


HISTORY = (
    "History of the held-apart part (strict precision/recall; its errors were never printed): "
    "0.903/0.848 with the detector as it was before the slogan work; 0.867/0.788 on an intermediate "
    "run and 0.839/0.788 on the first full run after tuning; 0.875/0.848 on the fourth and fifth runs "
    "(after the rounds that added a known formula's kind from its structure, gazetteer place names, "
    "series with a shared verb, 一X通 and corpus recurrence of compact series); 0.875/0.848 again on the "
    "sixth run, once, after the generalisation round (leave-one-report-out harness, hand-written pages, "
    "quote-share veto, campaign names in the first person, honour and venue names; `--held-apart`), "
    "before the last rule of that round (a place's practice, 青岛经验, is not a formula); 0.875/0.848 "
    "on the seventh run, once, at the end of the formulae4 round (quote model, name and count cues, uneven "
    "quoted series, repeated-word series); 0.964/0.818 on the eighth run, once, at the end of the formulae6 round (a quoted phrase must be used as a label, numbered and series precision, the quote-share leak fix); 0.900/0.818 before and after the eleventh round's frame rules (a verb shared by two joined quotes, goal frames, a system or network after the quote, quoted questions, services, 季/月 events; aggregate scored by that round's slogan helper, which also saw dev4-dev8's kept-apart aggregate while choosing one rule's form). 0.900/0.818 before and after the fifteenth round's name cues (slogan20: quoted roles, scenic spots, 以“X”闻名, a joint predicate after a series; scored after its first commit, once each, aggregate only; the round's later cues — ranks and titles, 可谓/堪称, ratings, substitutions — were not scored on this part). 0.900/0.818 (27 of 30 predicted, 27 of 33 gold) before and after the twenty-first round's slogan30 changes (a code's head must end its noun, one-takes-on-N counts, framed chain pairs of unequal parts, 让我X/我要X pairs, the quoted-question cue dropped, eight 2012-2019 known formulae; scored once each). Fresh text: dev4 (`benchmarks/gold/dev4`, section dev4) 0.421/0.571 on main before the formulae6 round, 0.875/0.500 on its first score after it; blind4 (scored once) 0.714/0.625. The held-apart part has been scored that often, so it is no longer blind. Known-formula layer: see the tests in "
    "`tests/test_slogans_formulae.py` (raw-count check on the seed pages, January 1998 People's Daily)."
)


if __name__ == "__main__":
    main()
