"""Build ``corpus_tools/data/quote_share.tsv``: for short strings, how often People's Daily
(January 1998 and five months of 2019-2020) prints them and how often in quotation marks.

    python training/slogans/quote_share.py [--data ../shared/data]

A formula or coined label is printed in quotation marks most of the times it appears
(放管服 116 of 121, 两个维护 198 of 198); an ordinary word or metaphor put in scare quotes on
one page is printed plain almost everywhere else (明白, 指挥部, 家门口, 乡愁). The shipped
table lets :mod:`corpus_tools.slogans.detect` use that share as evidence without the corpora.

Strings counted: every span of 2-12 characters the two corpora print in quotation marks, and
every word of 2-8 characters of the PKU segmentation of the 1998 corpus. A row is kept when
the string occurs at least ``--min-total`` times. Counts only: no text of the corpora. The
dev and held-back county reports are not in these corpora.
"""

from __future__ import annotations

import argparse
import os
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from crawl import read_crawl  # noqa: E402  (training/crawl.py: the gold pool skipped)

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))
QUOTE_RE = re.compile(r"[“「‘]([^“”「」‘’\n]{2,12})[”」’]")


def people_daily_2019(folder: Path):
    """Article texts of the 2019-2020 crawl, the gold pool skipped (training/crawl.py)."""
    for doc in read_crawl(folder):
        yield doc["text"]


def people_daily_1998(path: Path, words: collections.Counter):
    """Article texts of the PKU-tagged file (tags and brackets removed); counts its words."""
    current, paras = None, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            toks = line.split()
            if not toks:
                continue
            article = toks[0][:15]
            tokens = [t.lstrip("[").rsplit("/", 1)[0] for t in toks[1:]]
            words.update(w for w in tokens if 2 <= len(w) <= 8)
            if article != current and paras:
                yield "\n".join(paras)
                paras = []
            current = article
            paras.append("".join(tokens))
    if paras:
        yield "\n".join(paras)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data")
    ap.add_argument("--out", type=Path, default=REPO / "corpus_tools" / "data" / "quote_share.tsv")
    ap.add_argument("--min-total", type=int, default=5)
    args = ap.parse_args()
    words: collections.Counter = collections.Counter()
    texts = list(people_daily_2019(args.data / "people_daily_2019_2020"))
    texts += list(people_daily_1998(args.data / "people_daily_1998" / "199801.txt", words))
    quoted: collections.Counter = collections.Counter()
    for t in texts:
        quoted.update(m.group(1) for m in QUOTE_RE.finditer(t))
    targets = {s for s in quoted if "\n" not in s} | {w for w, n in words.items() if n >= 2}
    by_len: dict[int, set[str]] = collections.defaultdict(set)
    for s in targets:
        by_len[len(s)].add(s)
    total: collections.Counter = collections.Counter()
    for t in texts:
        for n, strings in by_len.items():
            for k in range(len(t) - n + 1):
                s = t[k:k + n]
                if s in strings:
                    total[s] += 1
    rows = sorted(((s, quoted[s], total[s]) for s in targets if total[s] >= args.min_total),
                  key=lambda r: (-r[2], r[0]))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# Strings of 2-12 characters: times People's Daily (1998-01, 2019-2020 five months) prints them\n"
                 "# in quotation marks and in all. Built by training/slogans/quote_share.py; counts only.\n")
        fh.write("text\tquoted\ttotal\n")
        fh.writelines(f"{s}\t{q}\t{n}\n" for s, q, n in rows)
    print(f"wrote {len(rows)} strings to {args.out}")


if __name__ == "__main__":
    main()
