"""Build ``corpus_tools/data/entities/uncued_words.txt``: surname-first strings the modern crawl never uses as names.

    /work/venv/bin/python training/ner/build_uncued_words.py [--shared ../shared]

The character NER model reads many common strings that start with a surname character as
names (惠民生, 江干流, 陈规, 茅盾文|学). A personal name, even a famous one, stands where persons
stand in some of its uses: after a title or a role noun (副局长王浩, 合伙人皮蓬), before a report
verb, a colon or an honorific (王浩说, 鲁迅先生, 章锋：), or alone on its line (bylines, lists).
This script counts, in the People's Daily 2019–2020 crawl (the gold pool left out:
``training/crawl.py``), every two- and three-character string whose first character is a
surname of the 百家姓, the articles it occurs in and how many of its occurrences have such a
person context (:func:`corpus_tools._entity_rules.person_forms.cued`). A string found in at least
``MIN_ARTICLES`` articles with a person context in at most ``MAX_CUED`` of its occurrences is
written out. :func:`~corpus_tools._entity_rules.person_forms.settle_persons` drops a model name
that is such a string and has no person context in the text at hand. Research corpus; only the
list of strings ships.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))
OUT = REPO / "corpus_tools" / "data" / "entities" / "uncued_words.txt"
#: a string must occur in at least this many articles of the crawl
MIN_ARTICLES = 5
#: and have a person context in at most this share of its occurrences
MAX_CUED = 0.02
_RUN_RE = re.compile("[\u4e00-\u9fff]+")


def main(argv: list[str] | None = None) -> int:
    from corpus_tools._entity_rules.names import BAIJIAXING
    from corpus_tools._entity_rules.person_forms import cued
    from crawl import read_crawl

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent.parent / "shared")
    args = ap.parse_args(argv)
    path = args.shared / "data" / "people_daily_2019_2020" / "articles.jsonl.xz"
    arts, occ, hit = Counter(), Counter(), Counter()
    for a in read_crawl(path):
        text = a["title"] + "\n" + a["text"]
        seen = set()
        for m in _RUN_RE.finditer(text):
            for i in range(m.start(), m.end() - 1):
                if text[i] not in BAIJIAXING:
                    continue
                for n in (2, 3):
                    if i + n > m.end():
                        break
                    w = text[i:i + n]
                    occ[w] += 1
                    seen.add(w)
                    if cued(text, i, i + n, {}):
                        hit[w] += 1
        arts.update(seen)
    keep = sorted(w for w, k in arts.items() if k >= MIN_ARTICLES and hit[w] <= MAX_CUED * occ[w])
    header = ["# surname-first strings of the People's Daily 2019-2020 crawl seldom in a person context",
              f"# (>= {MIN_ARTICLES} articles, person context in <= {MAX_CUED:.0%} of uses); "
              "built by training/ner/build_uncued_words.py"]
    OUT.write_text("\n".join(header + keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} strings -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
