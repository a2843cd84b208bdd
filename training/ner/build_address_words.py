"""Build ``corpus_tools/data/entities/address_words.txt``: words that address a person by surname.

    /work/venv/bin/python training/ner/build_address_words.py [--shared ../shared]

People's Daily 1998 splits personal names into surname and given name (``王/nr 大爷/n`` is a
surname with a form of address, ``江/nr 泽民/nr 主席/n`` a full name with a title). A noun of two
or more characters is an *address word* (师傅, 女士, 大爷, 老汉) when the corpus writes it

- after a lone surname at least ``--min-count`` times,
- after a lone surname in at least ``--min-lone`` of the cases where it follows a name (a title
  such as 同志 or 教授 mostly follows a full name), and
- before a name in at most ``--max-before`` of its occurrences (office titles such as 书记,
  主席, 市长 stand before names: 市长 王某).

The tagger (:func:`corpus_tools._entity_rules.person_context.settle_persons`) counts such a
form (戴师傅, 顾阿姨) as a PERSON only when the document names a person with that surname in
full (GUIDE: familiar forms of a named person). Research corpus; only the word list ships.

It also prints how many of the corpus's quoted strings of two to four characters (“…”, ‘…’) are
personal names (all tokens ``nr``): the evidence for dropping a model name that only ever stands
alone between quotation marks (27 of 4,154).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "corpus_tools" / "data" / "entities" / "address_words.txt"
_TOKEN_RE = re.compile(r"([^\s/\[\]]+)/([A-Za-z]+)")


def count(lines) -> tuple[Counter, Counter, Counter, Counter]:
    """(after a lone surname, after a full name, before a name, all) counts of the ``n`` words.

    Examples
    --------
    >>> lone, full, before, total = count(["x/m  王/nr  师傅/n  说/v  ，/w  市长/n  李/nr  明/nr  同志/n"])
    >>> lone["师傅"], full["同志"], before["市长"], total["师傅"]
    (1, 1, 1, 1)
    """
    lone: Counter = Counter()
    full: Counter = Counter()
    before: Counter = Counter()
    total: Counter = Counter()
    for line in lines:
        toks = _TOKEN_RE.findall(line)
        for k, (w, t) in enumerate(toks):
            if t != "n":
                continue
            total[w] += 1
            if k + 1 < len(toks) and toks[k + 1][1] == "nr":
                before[w] += 1
            if k >= 1 and toks[k - 1][1] == "nr":
                if k >= 2 and toks[k - 2][1] == "nr":
                    full[w] += 1
                elif len(toks[k - 1][0]) == 1:
                    lone[w] += 1
    return lone, full, before, total


def quoted_names(lines) -> tuple[int, int]:
    """(quoted strings of two to four characters whose tokens are all ``nr``, all such strings).

    Examples
    --------
    >>> quoted_names(["x/m  “/w  李/nr  宁/nr  ”/w  “/w  小康/n  ”/w"])
    (1, 2)
    """
    names = total = 0
    for line in lines:
        toks = _TOKEN_RE.findall(line)
        for k, (w, _) in enumerate(toks):
            if w not in ("“", "‘"):
                continue
            j = k + 1
            while j < len(toks) and toks[j][0] not in ("”", "’") and j - k <= 4:
                j += 1
            inner = toks[k + 1:j]
            if j < len(toks) and toks[j][0] in ("”", "’") and 2 <= len("".join(x for x, _ in inner)) <= 4:
                total += 1
                names += all(t == "nr" for _, t in inner)
    return names, total


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--min-lone", type=float, default=0.25)
    ap.add_argument("--max-before", type=float, default=0.05)
    args = ap.parse_args(argv)
    src = args.shared / "data" / "people_daily_1998" / "199801.txt"
    lines = src.read_text(encoding="utf-8").splitlines()
    lone, full, before, total = count(lines)
    keep = sorted((w for w, n in lone.items()
                   if len(w) >= 2 and n >= args.min_count and n / (n + full[w]) >= args.min_lone
                   and before[w] <= args.max_before * total[w]), key=lambda w: (-lone[w], w))
    OUT.write_text("# Words that address a person by surname (戴师傅, 杨女士), mined from People's Daily 1998\n"
                   "# by training/ner/build_address_words.py; one a line, most frequent first.\n"
                   + "\n".join(keep) + "\n", encoding="utf-8")
    names, quoted = quoted_names(lines)
    print(f"{len(keep)} address words -> {OUT}; {names} of {quoted} quoted 2-4 character strings are nr names")


if __name__ == "__main__":
    main()
