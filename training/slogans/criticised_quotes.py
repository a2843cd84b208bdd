"""Build ``corpus_tools/data/criticised_quotes.tsv``: quoted phrases People's Daily names as faults to avoid.

    python training/slogans/criticised_quotes.py [--data ../shared/data]

A county page puts a criticised practice or mentality in quotation marks (扶贫“大水漫灌”, 克服“等靠要”心态, 不搞
“一刀切”): the quotes mark a metaphor or a catchword of the thing the campaign fights, not a formula the page adopts.
People's Daily (January 1998 and five months of 2019-2020, the gold pool skipped as in ``quote_share.py``) prints such
a phrase after a verb of avoidance or criticism (杜绝, 克服, 防止, 不搞 …) or before a fault head (心态, 现象, 倾向,
要不得 …) in a large share of its quoted mentions. A row is kept when at least ``--min-criticised`` quoted mentions
have such a frame and they are at least ``--min-share`` of the quoted mentions. Counts only: no text of the corpora.
The frames are :data:`corpus_tools.slogans.criticised.AVOID_BEFORE_RE` and
:data:`corpus_tools.slogans.criticised.FAULT_AFTER_RE`, the same a page's own frame is tested with.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quote_share import people_daily_1998, people_daily_2019  # noqa: E402

from corpus_tools.slogans.criticised import AVOID_BEFORE_RE, FAULT_AFTER_RE  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
QUOTE_RE = re.compile(r"[“「]([^“”「」\n]{2,12})[”」]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data")
    ap.add_argument("--out", type=Path, default=REPO / "corpus_tools" / "data" / "criticised_quotes.tsv")
    ap.add_argument("--min-criticised", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.4)
    args = ap.parse_args()
    texts = list(people_daily_2019(args.data / "people_daily_2019_2020"))
    texts += list(people_daily_1998(args.data / "people_daily_1998" / "199801.txt", collections.Counter()))
    quoted: collections.Counter = collections.Counter()
    criticised: collections.Counter = collections.Counter()
    for t in texts:
        for m in QUOTE_RE.finditer(t):
            s = m.group(1)
            quoted[s] += 1
            if AVOID_BEFORE_RE.search(t[max(0, m.start() - 6):m.start()]) or FAULT_AFTER_RE.match(t[m.end():m.end() + 4]):
                criticised[s] += 1
    rows = sorted(((s, quoted[s], n) for s, n in criticised.items()
                   if n >= args.min_criticised and n >= args.min_share * quoted[s]), key=lambda r: (-r[2], r[0]))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# Quoted phrases People's Daily (1998-01, 2019-2020 five months) names as faults: times quoted, times\n"
                 "# quoted in a frame of avoidance or criticism. Built by training/slogans/criticised_quotes.py; counts only.\n")
        fh.write("text\tquoted\tcriticised\n")
        fh.writelines(f"{s}\t{q}\t{n}\n" for s, q, n in rows)
    print(f"wrote {len(rows)} phrases to {args.out}")


if __name__ == "__main__":
    main()
