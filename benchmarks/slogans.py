"""Score slogan extraction on the gold pages and time it; write the "slogans" section.

    python benchmarks/slogans.py        # writes the "slogans" section of docs/benchmarks.md

Scores per page (precision, recall, F1, share of exact counts) with the shipped lexicon and
with the structural rules alone (``lexicon=False``), in the three modes of
``corpus_tools.scoring.slogans`` (strict = text and kind, text = text only, lenient = text
containment and the guide's borderline items dropped). Speed: slogans found per second of
``extract_slogans`` on the five seed pages (layout cached beforehand).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
sys.path.insert(0, str(REPO / "benchmarks"))

from _report import machine_line, write_section  # noqa: E402

from corpus_tools.corpus import load_seeds  # noqa: E402
from corpus_tools.scoring.slogans import score_corpus_slogans  # noqa: E402
from corpus_tools.slogans import extract_slogans  # noqa: E402


def main() -> None:
    gold = SHARED / "gold" / "slogans"
    corpus = load_seeds()
    for issue in corpus:          # layout is not what we time
        issue.all_articles
    lines = []
    for label, lexicon in (("shipped lexicon", None), ("structure only (lexicon=False)", False)):
        scores = score_corpus_slogans(corpus, gold, lexicon=lexicon)
        lines.append(f"\n**{label}**\n")
        lines.append("| page | mode | gold | predicted | matched | precision | recall | F1 | exact counts |")
        lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for r in scores.itertuples():
            lines.append(f"| {r.page[:3] if r.page != 'ALL' else 'all'} | {r.mode} | {r.n_gold} | {r.n_pred} | "
                         f"{r.tp} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | {r.count_exact:.3f} |")
    t0 = time.perf_counter()
    n = 0
    for _ in range(3):
        n = len(extract_slogans(corpus))
    dt = (time.perf_counter() - t0) / 3
    chars = sum(a.n_chars for a in corpus.articles)
    md = "\n".join([
        "## Slogans (`benchmarks/slogans.py`)",
        "",
        machine_line(),
        "",
        "Gold: `../shared/gold/slogans` (pages 000 and 001; the other pages are held back). "
        "Command: `corpus-tools eval slogans ../shared/gold/slogans` (add `--no-lexicon` for the "
        "structural rules alone). Goal per page: recall >= 0.85, precision >= 0.80 (strict).",
        *lines,
        "",
        f"Speed: `extract_slogans(load_seeds())` finds {n} slogans in {len(corpus)} pages "
        f"({chars:,} body characters) in {dt:.2f} s ({chars / dt:,.0f} chars/s), layout excluded.",
        "",
        "Caveat: the rules were developed on these two pages, so these numbers are an upper bound; "
        "pages 002-004 were only inspected by eye (see docs/slogans.md).",
    ])
    path = write_section("slogans", md)
    print(f"wrote the slogans section of {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
