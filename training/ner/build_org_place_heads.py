"""Mine the organisation heads that follow a place (``data/entities/org_place_heads.txt``) from People's Daily 1998.

    /work/venv/bin/python training/ner/build_org_place_heads.py [--shared ../shared]

A bracketed compound ``[临泽/ns 县/n 气象局/n]nt`` of ``199801.txt`` ends in its head word. For every word
the script counts how often it is the last word of such a compound (``nt``) and how often it occurs at
all (``all``); for every character, how often it ends the last word (two characters or more) of a
compound and how often it ends any word of two characters or more. Written, with their counts:

* ``word`` — a word that is the head of at least :data:`MIN_WORD` compounds and of at least
  :data:`WORD_SHARE` of its occurrences (政府, 党委, 委员会, 图书馆, 中队);
* ``char`` — a character that ends at least :data:`MIN_CHAR` heads and at least :data:`CHAR_SHARE` of the
  words it ends (局, 站, 馆: 植检站, 文化站), unless it is an event suffix: of the words it ends that
  no ``word`` head ends and whose stem is a verb (tagged ``v``/``vn`` in at least half of its own uses:
  座谈|会, 推进|会, 出|台), at least :data:`MIN_NOT` word types and under :data:`NOT_SHARE` of them are
  ever a head or a whole ``nt`` word (会, 台 go; 所, 站, 馆 stay: 管理所, 加油站);
* ``not`` — a word that ends in such a character but is rarely a head: at least :data:`MIN_NOT`
  occurrences and under :data:`NOT_SHARE` of them a head or a whole ``nt`` word (大会, 车站; 村委会 stays).

:mod:`corpus_tools._entity_rules.orgspan_place` reads them. Counts, not hand lists.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "corpus_tools" / "data" / "entities" / "org_place_heads.txt"
MIN_WORD, WORD_SHARE = 3, 0.2
MIN_CHAR, CHAR_SHARE = 20, 0.15
MIN_NOT, NOT_SHARE = 5, 0.05
_BRACKET = re.compile(r"\[([^\]]*)\]nt")


def count(path: Path) -> tuple[Counter, Counter, Counter, Counter, Counter, Counter]:
    """``(word heads, word occurrences, char heads, char word-ends, words tagged nt, words tagged v/vn)``
    of the 1998 file."""
    head_w, all_w, head_c, all_c, alone, verb = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        for m in _BRACKET.finditer(line):
            ws = [w.rsplit("/", 1)[0] for w in m.group(1).split()]
            if len(ws) >= 2:
                head_w[ws[-1]] += 1
                if len(ws[-1]) >= 2:
                    head_c[ws[-1][-1]] += 1
        for tok in re.sub(r"\[|\]\w+", " ", line).split():
            w, _, tag = tok.rpartition("/")
            all_w[w] += 1
            alone[w] += tag == "nt"
            verb[w] += tag in ("v", "vn")
            if len(w) >= 2:
                all_c[w[-1]] += 1
    return head_w, all_w, head_c, all_c, alone, verb


def event_chars(chars: set[str], words: set[str], head_w: Counter, all_w: Counter, alone: Counter,
                verb: Counter) -> set[str]:
    """The characters of *chars* whose words with a verb stem (座谈|会, 出|台), other than words ending in a
    *words* head, are at least :data:`MIN_NOT` types and under :data:`NOT_SHARE` of them ever a head."""
    types, heads = Counter(), Counter()
    for w in all_w:
        stem = w[:-1]
        if len(w) < 2 or w[-1] not in chars or 2 * verb[stem] < all_w[stem] or not verb[stem]:
            continue
        if any(w[k:] in words for k in range(len(w) - 1)):
            continue
        types[w[-1]] += 1
        heads[w[-1]] += bool(head_w.get(w, 0) + alone[w])
    return {c for c, n in types.items() if n >= MIN_NOT and heads[c] / n < NOT_SHARE}


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args(argv)
    head_w, all_w, head_c, all_c, alone, verb = count(args.shared / "data" / "people_daily_1998" / "199801.txt")
    rows = ["# organisation heads after a place, mined from People's Daily 1998 [...]nt compounds",
            "# by training/ner/build_org_place_heads.py: kind<TAB>head<TAB>times a compound's head<TAB>occurrences"]
    words = [(w, k) for w, k in head_w.items() if k >= MIN_WORD and k / all_w[w] >= WORD_SHARE and len(w) >= 2]
    rows += [f"word\t{w}\t{k}\t{all_w[w]}" for w, k in sorted(words, key=lambda x: (-x[1], x[0]))]
    chars = {c for c, k in head_c.items() if k >= MIN_CHAR and k / all_c[c] >= CHAR_SHARE}
    chars -= event_chars(chars, {w for w, _ in words}, head_w, all_w, alone, verb)
    rows += [f"char\t{c}\t{head_c[c]}\t{all_c[c]}" for c in sorted(chars, key=lambda c: -head_c[c])]
    nots = [w for w, n in all_w.items() if len(w) >= 2 and w[-1] in chars and n >= MIN_NOT
            and (head_w.get(w, 0) + alone[w]) / n < NOT_SHARE]
    rows += [f"not\t{w}\t{head_w.get(w, 0)}\t{all_w[w]}" for w in sorted(nots, key=lambda w: (-all_w[w], w))]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(words)} words, {len(chars)} characters, {len(nots)} not heads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
