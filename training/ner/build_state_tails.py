"""Build ``corpus_tools/data/entities/state_tails.txt``: the doubled syllables of ABB state words.

    /work/venv/bin/python training/ner/build_state_tails.py [--shared ../shared]

People's Daily 1998 tags descriptive state words ``z`` (金灿灿/z, 红彤彤/z, 沉甸甸/z). Their
doubled tail (灿灿, 彤彤, 甸甸) makes the same kind of word after another first character
(黄灿灿, 红澄澄 → 黄澄澄), which the character NER model can read as a surname and a doubled
given name. The person rules (:func:`corpus_tools._entity_rules.person_forms.settle_persons`)
drop a model name of the form surname + such a tail before 的 or 地. Research corpus; only the
list of tails ships.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "corpus_tools" / "data" / "entities" / "state_tails.txt"
_TOKEN_RE = re.compile(r"([^\s/\[\]]+)/([A-Za-z]+)")


def tails(lines) -> Counter:
    """Doubled tails of the three-character ``z`` words (ABB) of *lines*, with their counts; a tail
    the corpus also writes as a given name (``艳艳/nr``) is left out (张艳艳 is a name).

    Examples
    --------
    >>> sorted(tails(["x/m  金灿灿/z  的/u  红彤彤/z  干干净净/z  金灿灿/z  红艳艳/z  张/nr  艳艳/nr"]).items())
    [('彤彤', 1), ('灿灿', 2)]
    """
    out: Counter = Counter()
    given = set()
    for line in lines:
        for w, t in _TOKEN_RE.findall(line):
            if t == "z" and len(w) == 3 and w[1] == w[2]:
                out[w[1:]] += 1
            elif t == "nr" and len(w) in (2, 3) and w[-1] == w[-2]:
                given.add(w[-2:])
    return Counter({k: v for k, v in out.items() if k not in given})


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args(argv)
    src = args.shared / "data" / "people_daily_1998" / "199801.txt"
    found = tails(src.read_text(encoding="utf-8").splitlines())
    OUT.write_text("# Doubled tails of ABB state words (金灿灿 -> 灿灿), People's Daily 1998 z tags "
                   "(training/ner/build_state_tails.py)\n" + "\n".join(sorted(found)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
