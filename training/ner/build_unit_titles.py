"""Mine the position titles written between an organisation and a person's name, from People's Daily 1998.

    /work/venv/bin/python training/ner/build_unit_titles.py [--shared ../shared] [--min-count 5] [--min-share 0.5]

In ``people_daily_1998/199801.txt`` a bracketed ``[…]nt`` organisation (or an ``nt`` word) is
often followed by the holder's title and name: ``[河北省/ns 林业局/n]nt 局长/n 王/nr 某/nr``.
For every word (optionally with 副 in front) written right before a personal name (``nr``), this
counts how often the word right before it closes an organisation (a bracketed one, or a bare
body the annotation guide counts: 县委, 省政府, as ``train_org_span.read_1998(guide=True)``). A word becomes a *unit title*
when it stands before a name at least ``--min-count`` times and an organisation precedes it in at
least ``--min-share`` of those (局长, 主任, 书记, 院长; not 村民, 记者, 同志, which stand
before names without an organisation). It also writes the last characters of the organisations
that stand before those titles, seen at least ``--min-count`` times (局, 委, 办, 院 …), except the suffixes of places.

Writes ``corpus_tools/data/entities/unit_titles.txt`` and ``unit_finals.txt``, read
by :mod:`corpus_tools._entity_rules.titled_units`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
PLACE_SUFFIXES = "县市省区乡镇村州旗国"
DATA = REPO / "corpus_tools" / "data" / "entities"


def count_titles(path: Path) -> tuple[Counter, Counter, Counter]:
    """Per title word: its count before a name, its count right after an organisation; and the
    final characters of those organisations."""
    from train_org_span import read_1998

    before_name: Counter = Counter()
    after_org: Counter = Counter()
    finals: Counter = Counter()
    for _day, text, feats, spans in read_1998(path, guide=True):
        ends = {b for _, b in spans}
        # word boundaries and tags from the per-character features
        words, i = [], 0
        while i < len(text):
            j = i + 1
            while j < len(text) and feats[j][:1] in ("I", "E"):
                j += 1
            words.append((i, j, feats[i][2:]))
            i = j
        for k in range(1, len(words) - 1):
            a, b, tag = words[k]
            if tag != "n" or words[k + 1][2] != "nr" or not 2 <= b - a <= 4:
                continue
            title = text[a:b]
            start = a
            if words[k - 1][1] - words[k - 1][0] == 1 and text[a - 1] == "副":
                start = a - 1  # 副局长: the title is the word after 副
            before_name[title] += 1
            if start in ends:
                after_org[title] += 1
                finals[text[start - 1]] += 1
    return before_name, after_org, finals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--min-share", type=float, default=0.5)
    args = ap.parse_args(argv)
    before_name, after_org, finals = count_titles(args.shared / "data" / "people_daily_1998" / "199801.txt")
    titles = sorted((t for t, n in before_name.items()
                     if n >= args.min_count and after_org[t] / n >= args.min_share),
                    key=lambda t: (-after_org[t], t))
    # a place suffix closes a place, not a body (中国|主席, 广东省|省长)
    chars = sorted((c for c, n in finals.items() if n >= args.min_count and c not in PLACE_SUFFIXES),
                   key=lambda c: (-finals[c], c))
    opts = f"(--min-count {args.min_count} --min-share {args.min_share})"
    (DATA / "unit_titles.txt").write_text(
        f"# Built by training/ner/build_unit_titles.py from people_daily_1998/199801.txt {opts}: titles written "
        "between an organisation and a person's name.\n" + " ".join(titles) + "\n", encoding="utf-8")
    (DATA / "unit_finals.txt").write_text(
        f"# Built by training/ner/build_unit_titles.py from people_daily_1998/199801.txt {opts}: last characters "
        "of the organisations written before a unit title (place suffixes left out).\n" + " ".join(chars) + "\n",
        encoding="utf-8")
    for t in titles:
        print(t, before_name[t], after_org[t], file=sys.stderr)
    print(" ".join(f"{c}:{finals[c]}" for c in chars), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
