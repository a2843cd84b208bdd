"""How People's Daily prints quoted phrases that end in 年 (campaign years against festivals and periods).

    PYTHONPATH=. python training/slogans/quoted_years.py [--shared ../shared] [--top 40]

Reads People's Daily January 1998 (``people_daily_1998/199801.txt``, tags removed) and the 2019-2020 crawl (gold
pool skipped, ``training/crawl.py``), finds every quotation “X年” of three to ten characters, and counts them by the
two characters before 年 (the last word of X). It prints, per corpus, the most frequent of those words with examples
so a reader can judge which read as a campaign year (项目建设年, 作风建设年: the year is named after the work it
sets; a county's 作风建设年 is a formula) and which as a festival, period or age (中国年, 丰收年, 本命年, 新年).
The counts behind :func:`corpus_tools.slogans.wordshape.campaign_year` (``benchmarks/slogan_errors35.md``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from crawl import read_crawl  # noqa: E402  (the gold pool skipped)
from formula_era_counts import days_1998  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
QUOTE_YEAR_RE = re.compile(r"[“‘]([\u4e00-\u9fff]{2,9}年)[”’]")


def count(texts) -> tuple[Counter, dict]:
    """(count by the two characters before 年, examples by the same key) over *texts*."""
    c: Counter = Counter()
    ex: dict = defaultdict(Counter)
    for t in texts:
        for m in QUOTE_YEAR_RE.finditer(t):
            q = m.group(1)
            key = q[-3:-1]
            c[key] += 1
            ex[key][q] += 1
    return c, ex


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    data = args.shared / "data"
    corpora = {"1998-01": days_1998(data / "people_daily_1998" / "199801.txt").values(),
               "2019-2020": ((d.get("title") or "") + "\n" + d["text"] for d in read_crawl(data / "people_daily_2019_2020"))}
    for name, texts in corpora.items():
        c, ex = count(texts)
        print(f"## {name}: {sum(c.values())} quotations ending in 年")
        for key, n in c.most_common(args.top):
            print(f"{key}\t{n}\t" + "、".join(q for q, _ in ex[key].most_common(6)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
