"""Mine the words that open with a numeral and count nothing (七彩, 八路军, 一线, 两岸) from People's Daily 1998.

    python training/slogans/numeral_words.py [--shared ../shared] [--out corpus_tools/data/numeral_words.txt]

People's Daily January 1998 (``people_daily_1998/199801.txt``) is segmented and tagged by hand (PKU). A word of two
characters or more that opens with a Chinese numeral and is tagged a common noun (n), an organisation (nt) or an
adjective (a) is a word of the lexicon whose numeral counts no components (七彩/n, 八路军/n, 一线/n, 两岸/n, 一致/a);
counting formulae are tagged otherwise there (双学双比/j, 两基/j, 一国两制/j, 三讲/j, 五个一工程/nz) or are split into a
numeral and a measure word (三/m 个/q 代表/n). Four rules leave out words the tagging gives as n but whose numeral
counts the parts of a formula or which name one thing (:func:`counting_word`):

* a word the corpus also tags as a person or place name anywhere (三宝/nr, 四海/nr): a county's formula may share it;
* a word opened by an abbreviation the corpus tags j (五保/j → 五保户, 三资/j → 三资企业, 三产/j → 三产型): the
  abbreviation counts its parts (the guide lists 三资 as numbered);
* a numeral, 大 and a noun (四大发明): "the four great X" counts them;
* :data:`COUNTING_WORDS`, counting formulae of the 1990s tagged n with no j form in January 1998: 三废 (废水、废气、
  废渣), 双困户 (a household poor in housing and in income), 双找工 (both spouses seeking work).

三角债 (a chain of debts between firms) is kept: its numeral counts no components.
The list is read by :func:`corpus_tools.slogans.numbered.numbered_item`: a quoted
phrase with one numeral that opens with such a word is no counting formula (“七彩瑶服” is a costume show, “八路军的故乡”
a place's epithet).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NUMERALS = "一二两三四五六七八九十百千万双"
TAGS = ("n", "nt", "a")
#: Counting formulae tagged n in People's Daily January 1998 that no tag reveals (see the module docstring).
COUNTING_WORDS = frozenset(("三废", "双困户", "双找工"))


def _tokens(path: Path):
    """Every ``(word, tag)`` of the tagged corpus at *path*, line by line (the line id dropped)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        for tok in line.split()[1:]:
            tok = tok.lstrip("[").split("]")[0]
            if "/" in tok:
                yield tuple(tok.rsplit("/", 1))


def counting_word(word: str, tags: dict[str, set[str]]) -> bool:
    """Whether *word* counts the parts of a formula or names one thing although tagged n, nt or a (module docstring);
    *tags* maps every word of the corpus to the tags it is given."""
    return (word in COUNTING_WORDS or bool(tags.get(word, set()) & {"nr", "ns"})
            or any("j" in tags.get(word[:k], ()) for k in range(2, len(word)))
            or (len(word) >= 3 and word[1] == "大"))


def mine(path: Path) -> Counter:
    """Count of every numeral-initial word of the tags :data:`TAGS` in the tagged corpus at *path*, less the
    :func:`counting_word` ones."""
    c: Counter = Counter()
    tags: dict[str, set[str]] = defaultdict(set)
    for word, tag in _tokens(path):
        tags[word].add(tag)
        if len(word) >= 2 and word[0] in NUMERALS and tag in TAGS and not re.search(r"[\d０-９]", word) \
                and sum(ch in NUMERALS for ch in word) == 1:
            c[word] += 1
    return Counter({w: n for w, n in c.items() if not counting_word(w, tags)})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "corpus_tools" / "data" / "numeral_words.txt")
    args = ap.parse_args(argv)
    c = mine(args.shared / "data" / "people_daily_1998" / "199801.txt")
    head = ("# Words that open with a numeral and count nothing (one numeral; PKU tag n, nt or a in People's Daily\n"
            "# January 1998; counting words and names left out), one a line with its count there.\n"
            "# Written by training/slogans/numeral_words.py.\n")
    args.out.write_text(head + "".join(f"{w}\t{n}\n" for w, n in sorted(c.items(), key=lambda x: (-x[1], x[0]))),
                        encoding="utf-8")
    print(f"{len(c)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
