"""Build ``corpus_tools/data/entities/surnames.txt``: one-character surnames.

    /work/venv/bin/python training/ner/build_surnames.py [--shared ../shared]

The People's Daily 1998 corpus splits personal names into surname and given name
(``江/nr 泽民/nr``). Every one-character ``nr`` token directly followed by another ``nr`` token
is a surname when it does not itself follow a name token; those seen at least ``--min-count`` times are written (research corpus; only the
derived character list ships). The rule tagger and the model-span filter use it instead of a
hand list, so rarer surnames (印, 禤, 覃) are accepted.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "corpus_tools" / "data" / "entities" / "surnames.txt"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    counts: Counter = Counter()
    given: Counter = Counter()
    src = args.shared / "data" / "people_daily_1998" / "199801.txt"
    for line in src.read_text(encoding="utf-8").splitlines():
        toks = re.findall(r"([^\s/\[\]]+)/([A-Za-z]+)", line)
        for k, ((w, t), (w2, t2)) in enumerate(zip(toks, toks[1:])):
            if t == "nr" and t2 == "nr" and len(w) == 1 and re.match(r"[\u4e00-\u9fff]", w):
                if k == 0 or toks[k - 1][1] != "nr":
                    counts[w] += 1
            if t == "nr" and t2 == "nr" and len(w) == 1:
                given[w2] += len(w2) == 1  # a one-character given name (李/nr 鹏/nr)
    # a surname starts name pairs far more often than it ends them as a given name (drops 鹏, 伟, 强)
    keep = sorted((c for c, n in counts.items() if n >= args.min_count and n > 2 * given[c]), key=lambda c: -counts[c])
    OUT.write_text("".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} surnames -> {OUT}")


if __name__ == "__main__":
    main()
