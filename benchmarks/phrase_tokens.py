"""What keeping known formulae whole (TermFilter.phrases) changes in the word tables, and what it costs.

    python benchmarks/phrase_tokens.py [PAGES] [--pattern '**/*.txt'] [--split-year 2012 2018]

Prints, for the seeds (or PAGES): the keywords by issue (top 10) with ``phrases=()`` (the
segmenter's tokens, the behaviour before) and with the default ``("formulae",)``, the terms that
entered and left; with ``--split-year A B`` the keyness of issues dated <= A against >= B before and
after (top 20); and the time of ``term_frame`` and ``keywords`` on a parsed corpus (best of 3,
CPU seconds; the parse is cached first, so the difference is the phrase merge). The entity
recogniser does not read the term table, so ``extract_entities`` is untouched by construction.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pandas as pd  # noqa: E402

import corpus_tools as ct  # noqa: E402
from corpus_tools.options import ParseOptions, TermFilter  # noqa: E402
from corpus_tools.parsing import term_frame  # noqa: E402


def _best(fn, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("pages", nargs="?", help="a folder of pages (default: the seeds)")
    p.add_argument("--pattern", default="*.txt")
    p.add_argument("--split-year", nargs=2, type=int, metavar=("EARLY", "LATE"))
    p.add_argument("--cache-dir", default=None, help="parse cache (default: a temporary folder)")
    args = p.parse_args()
    warnings.simplefilter("ignore")
    pd.set_option("display.width", 200)
    corpus = ct.read_corpus(args.pages, pattern=args.pattern) if args.pages else ct.load_seeds()
    cache = args.cache_dir or tempfile.mkdtemp(prefix="phrase_tokens_")
    parse = ParseOptions(cache_dir=cache)
    off, on = TermFilter(phrases=()), TermFilter()
    before = ct.keywords(corpus, by="issue", top_n=10, parse=parse, term_filter=off)
    after = ct.keywords(corpus, by="issue", top_n=10, parse=parse, term_filter=on)
    print(f"keywords by issue, top 10, {before['group'].nunique()} issues")
    for group in dict.fromkeys(after["group"]):
        b = before.loc[before["group"] == group, "term"].tolist()
        a = after.loc[after["group"] == group, "term"].tolist()
        if a != b:
            print(f"  {group}: in {[t for t in a if t not in b]}  out {[t for t in b if t not in a]}")
    changed = sum(before.loc[before['group'] == g, 'term'].tolist() != after.loc[after['group'] == g, 'term'].tolist()
                  for g in dict.fromkeys(after['group']))
    print(f"  issues whose top 10 changed: {changed}")
    df = term_frame(corpus, parse=parse, term_filter=on)
    merged = df[df["phrase"]]["term"].astype(str).value_counts()
    print(f"phrase tokens: {int(df['phrase'].sum())} ({len(merged)} distinct); most frequent: "
          + ", ".join(f"{t} {n}" for t, n in merged.head(10).items()))
    if args.split_year:
        lo, hi = args.split_year
        early = corpus.filter(date=lambda d: d is not None and d.year <= lo)
        late = corpus.filter(date=lambda d: d is not None and d.year >= hi)
        for name, filt in (("before (phrases=())", off), ("after (default)", on)):
            k = ct.keyness(early, late, parse=parse, term_filter=filt, top_n=20)
            print(f"keyness <= {lo} vs >= {hi}, {name}:")
            print(k.to_string())
    for name, filt in (("phrases=()", off), ("default", on)):
        tf = _best(lambda: term_frame(corpus, parse=parse, term_filter=filt))
        kw = _best(lambda: ct.keywords(corpus, by="issue", parse=parse, term_filter=filt))
        print(f"cpu s, {name}: term_frame {tf:.3f}  keywords(by='issue') {kw:.3f}")
    n_chars = sum(len(a.text) for a in corpus.articles)
    print(f"corpus: {len(corpus.articles)} articles, {n_chars} characters")


if __name__ == "__main__":
    main()
