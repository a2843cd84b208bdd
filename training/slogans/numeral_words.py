"""Mine the words that open with a numeral and count nothing (七彩, 八路军, 一线, 两岸) from People's Daily 1998.

    python training/slogans/numeral_words.py [--shared ../shared] [--out corpus_tools/data/numeral_words.txt]

People's Daily January 1998 (``people_daily_1998/199801.txt``) is segmented and tagged by hand (PKU). A word of two
characters or more that opens with a Chinese numeral and is tagged a common noun (n), an organisation (nt) or an
adjective (a) is a word of the lexicon whose numeral counts no components (七彩/n, 八路军/n, 一线/n, 两岸/n, 一致/a);
counting formulae are tagged otherwise there (双学双比/j, 两基/j, 一国两制/j, 三讲/j, 五个一工程/nz) or are split into a
numeral and a measure word (三/m 个/q 代表/n). Names of persons and places (nr, ns: 三宝, 三峡) are left out: a
county's formula may share them. The list is read by :func:`corpus_tools.slogans.numbered.numbered_item`: a quoted
phrase with one numeral that opens with such a word is no counting formula (“七彩瑶服” is a costume show, “八路军的故乡”
a place's epithet).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NUMERALS = "一二两三四五六七八九十百千万双"
TAGS = ("n", "nt", "a")


def mine(path: Path) -> Counter:
    """Count of every numeral-initial word of the tags :data:`TAGS` in the tagged corpus at *path*."""
    c: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        for tok in line.split()[1:]:
            tok = tok.lstrip("[").split("]")[0]
            if "/" not in tok:
                continue
            word, tag = tok.rsplit("/", 1)
            if len(word) >= 2 and word[0] in NUMERALS and tag in TAGS and not re.search(r"[\d０-９]", word) \
                    and sum(ch in NUMERALS for ch in word) == 1:
                c[word] += 1
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "corpus_tools" / "data" / "numeral_words.txt")
    args = ap.parse_args(argv)
    c = mine(args.shared / "data" / "people_daily_1998" / "199801.txt")
    head = ("# Words that open with a numeral and count nothing (one numeral; PKU tag n, nt or a in People's Daily\n"
            "# January 1998), one a line with its count there. Written by training/slogans/numeral_words.py.\n")
    args.out.write_text(head + "".join(f"{w}\t{n}\n" for w, n in sorted(c.items(), key=lambda x: (-x[1], x[0]))),
                        encoding="utf-8")
    print(f"{len(c)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
