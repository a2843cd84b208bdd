"""Mine the words that end a clause before an organisation name, from People's Daily 1998.

    /work/venv/bin/python training/ner/build_org_words.py [--shared ../shared] [--min-count 2]

Writes two lists of ``corpus_tools/data/entities/`` used by
:mod:`corpus_tools._entity_rules.orgparts`:

* ``org_inside_verbs.txt``: fewer than 1 % of the bracketed ``[…]nt`` organisations of
  ``people_daily_1998/199801.txt`` contain a word tagged ``v`` (a verb, not the nominal ``vn``
  of 扶贫开发办公室); the verbs of those that do, seen in at least ``--min-count`` of them
  (驻 in 驻华使馆, 反 in 反贪局), may sit inside a name.
* ``org_clause_words.txt``: words seen at least ``--min-count`` times in the corpus (one
  character: 20 times) and tagged ``v``, ``d`` or ``p`` (verb, adverb, preposition) in at least
  80 % of their occurrences (办起, 入股, 已, 在; not 种植, tagged ``vn`` too often), and locatives
  of two characters or more tagged ``f`` as often (之后, 以来: 之后|公司 is no name). The head rules start a name after the last of them in its body
  (办起|家具合作社); a word the segmenter tags ``v`` but 1998 does not know as one (an unknown
  trade name: 丰金, 传化) does not cut.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
DATA = REPO / "corpus_tools" / "data" / "entities"


def count_words(path: Path) -> tuple[Counter, dict[str, Counter]]:
    """Verbs (tag ``v``) inside the organisation spans of the 1998 corpus with their counts, and
    the tags of every word."""
    from train_org_span import read_1998

    out: Counter = Counter()
    tags: dict[str, Counter] = {}
    for _day, text, feats, spans in read_1998(path, guide=False):
        i, n = 0, len(text)
        while i < n:
            j = i + 1
            while j < n and feats[j][:1] in ("I", "E"):
                j += 1
            tags.setdefault(text[i:j], Counter())[feats[i][2:]] += 1
            i = j
        for a, b in spans:
            i = a
            while i < b:
                j = i + 1
                while j < b and feats[j][:1] in ("I", "E"):
                    j += 1
                if feats[i][2:] == "v":
                    out[text[i:j]] += 1
                i = j
    return out, tags


#: Share of v/d/p tags a clause word needs: 种植 (v 53, vn 30) sits inside 蔬菜种植家庭农场.
CLAUSE_SHARE = 0.8
#: One-character words need this many occurrences: a rare one (绣 in 一品绣) is more often a name's.
ONE_CHAR_MIN = 20


def _clause_word(w: str, tags: Counter, min_count: int) -> bool:
    n = sum(tags.values())
    if n < (ONE_CHAR_MIN if len(w) == 1 else min_count):
        return False
    # a locative of two or more characters (之后, 以来, 之间) closes a clause too; one-character
    # locatives (上, 中, 东) and directions (东北, 中西部) sit inside names
    return tags["v"] + tags["d"] + tags["p"] >= CLAUSE_SHARE * n or (
        len(w) >= 2 and w[0] not in _PLACE_FIRST and tags["f"] >= CLAUSE_SHARE * n)


#: First characters of locatives that open names (东北大学, 西部汽车城, 中西部): they never cut.
_PLACE_FIRST = set("东西南北上下中内外前后左右里旁侧两华")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    counts, tags = count_words(args.shared / "data" / "people_daily_1998" / "199801.txt")
    inside = sorted(w for w, c in counts.items() if c >= args.min_count)
    clause = sorted(w for w, c in tags.items() if w not in inside and _clause_word(w, c, args.min_count))
    for name, ws, what in (("org_inside_verbs", inside, f"verbs (tag v) inside >= {args.min_count} bracketed nt "
                            "organisations of People's Daily 1998"),
                           ("org_clause_words", clause, f"words seen >= {args.min_count} times in People's Daily 1998, "
                            "(one character: >= 20), tagged v/d/p (or f, two characters or more) in >= 80 % of them, "
                            "not in org_inside_verbs")):
        (DATA / f"{name}.txt").write_text(f"# built by training/ner/build_org_words.py: {what}\n"
                                          + "\n".join(ws) + "\n", encoding="utf-8")
        sys.stderr.write(f"{len(ws)} words -> {DATA / name}.txt\n")


if __name__ == "__main__":
    main()
