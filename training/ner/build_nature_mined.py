"""Build ``corpus_tools/data/entities/nature_names_mined.txt``: more names of natural features, with counts.

    /work/venv/bin/python training/ner/build_nature_mined.py [--shared ../shared] [--min-count 2]

``nature_names.txt`` (``build_site_words.py``) takes its names from one month of People's Daily 1998,
jieba's three-character ``ns`` words and CLUENER2020: famous two-character rivers and lakes (湘江,
赣江, 巢湖) and whole landform classes (半岛, 群岛, 海峡, 三角洲, 库区) are missing. This script adds,
for each landscape-word class (山, 岭, 峰, 河, 江, 湖, 海, 溪, 峡, 湾, 岛, 草原, 湿地, 平原, 盆地, 半岛,
群岛, 海峡, 三角洲, 库区 …), the names that

* the MSRA NER corpus (SIGHAN 2006, train + test) tags ``LOC`` at least ``--min-count`` times
  (its ``LOC`` also covers cities and countries: names of the gazetteer stay out, as in
  ``build_site_words.py``), or
* the context rules of :func:`corpus_tools._entity_rules.sites.natural_features` (a name before
  流域, 两岸, 脚下, 畔 … or after 地处, 位于 …) find in at least ``--min-count`` different articles of
  the People's Daily 2019-2020 crawl (gold pool skipped, ``training/crawl.py``), or
* People's Daily 1998 tags ``ns`` in at least half of at least ``--min-count`` uses, for the classes
  ``build_site_words.py`` does not take (岛, 半岛, 群岛, 海峡, 三角洲, 库区).

A name is left out when it is a place of the gazetteer (provinces, cities, counties: 黄山, 佛山, 青岛
are GPE), already in ``nature_names.txt``, a common word of jieba's dictionary with another tag
(海湾, 银河), a common word + the landscape word (石头山: ``build_site_words.jieba_places``), or when
it starts with a verb, adverb or preposition of People's Daily 1998 (``org_clause_words.txt``: 入湖,
跳入河 from 跳入河水) or a number. Each line is ``name<TAB>source:count …``. Runs in about 30 seconds.
Research data: only the derived list ships, never corpus text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus_tools._entity_rules.names import is_idiom  # noqa: E402
OUT = REPO / "corpus_tools" / "data" / "entities" / "nature_names_mined.txt"

#: the landscape words of ``build_site_words.py`` and the landform classes it does not take
NEW_HEADS = ("岛", "半岛", "群岛", "海峡", "三角洲", "库区")
_NATURE_CHARS = frozenset("山水海江湖河岭峰溪峡湾岛")
_CJK_RE = re.compile(r"^[\u4e00-\u9fff]+$")
_NUMBER_CHARS = frozenset("一二两三四五六七八九十百千万几0123456789")
#: jieba tags of names (jieba tags some lakes and rivers ``nr``: 洪泽湖, 钱塘江)
_NAME_TAGS = frozenset(("ns", "nz", "nr", "nrt", "nrfg", "nt"))


def msra_locations(folder: Path) -> Counter:
    """``LOC`` spans of the MSRA NER corpus (``char<TAB>BIO tag`` lines) with their counts."""
    out: Counter = Counter()
    for name in ("msra_train_bio.txt", "msra_test_bio.txt"):
        path = folder / name
        if not path.exists():
            continue
        cur: list[str] = []
        with path.open(encoding="utf-8") as fh:
            for ln in fh:
                ch, _, tag = ln.rstrip("\n").partition("\t")
                if tag == "I-LOC" and cur:
                    cur.append(ch)
                    continue
                if cur:
                    out["".join(cur)] += 1
                cur = [ch] if tag == "B-LOC" else []
        if cur:
            out["".join(cur)] += 1
    return out


def crawl_features(shared: Path, base: frozenset[str]) -> Counter:
    """Names the context rules of ``sites.natural_features`` find in the crawl, counted once per article.

    The rules read the list of known names; they are given *base* (``nature_names.txt``) so that a
    second run gives the same list."""
    import crawl
    from corpus_tools._entity_rules import sites

    sites.nature_names = lambda: base  # the shipped list without this script's names
    out: Counter = Counter()
    for art in crawl.read_crawl(shared / crawl.CRAWL):
        text = art["text"]
        out.update({text[c.start:c.end] for c in sites.natural_features(text)})
    return out


def _head(w: str, heads: tuple[str, ...]) -> str | None:
    return next((h for h in sorted(heads, key=len, reverse=True) if w.endswith(h)), None)


#: Names the filters keep that are no natural feature (code review of round 17): foreign cities named like a
#: mountain, which MSRA tags LOC, and a common noun.
NOT_FEATURES = {
    "釜山": "a Korean city", "蔚山": "a Korean city", "檀香山": "Honolulu, a US city",
    "矸石山": "a heap of coal-mining waste (common noun)",
}


def keep_names(sources: dict[str, Counter], *, heads: tuple[str, ...], excluded: set[str], known: frozenset[str],
               jieba_tags: dict[str, str], common: set[str], clause_words: frozenset[str],
               min_count: int = 2) -> dict[str, dict[str, int]]:
    """The names of *sources* (source -> name counts) that pass the filters of the module docstring,
    each with its counts per source."""
    from build_site_words import idiom_like

    out: dict[str, dict[str, int]] = {}
    for src, counts in sources.items():
        for w, n in counts.items():
            if n < min_count or not (2 <= len(w) <= 6 and _CJK_RE.match(w)) or w in excluded or w in known:
                continue
            head = _head(w, heads)
            if head is None or len(w) == len(head):
                continue
            body = w[:len(w) - len(head)]
            if jieba_tags.get(w, "ns") not in _NAME_TAGS or body in common or w[0] in _NUMBER_CHARS \
                    or set(body) <= _NATURE_CHARS or is_idiom(w) or idiom_like(w):
                continue  # 银河, 海湾: common words; 石头山: a common word + the landscape word; 崇山峻岭
            if any(w.startswith(c) for c in clause_words if c == body or 2 <= len(c) <= len(body)):
                continue  # 入湖 (入湖河道), 去湖 (去湖边): a verb or preposition, no name
            if any((w[:k] in known or w[:k] in excluded or jieba_tags.get(w[:k]) == "ns") and w[k:] not in heads
                   for k in range(2, len(w) - 1)):
                continue  # 滇池全湖, 广东雷州半岛: a known name or a place + more (山东半岛 stays)
            if src == "msra" and len(w) == 2 and w not in jieba_tags:
                continue  # a two-character span no dictionary knows (an abbreviation: 喀岛)
            out.setdefault(w, {})[src] = n
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    from build_site_words import NATURE_HEADS, corpus_1998, jieba_words
    from corpus_tools import gazetteer as gz
    from corpus_tools._entity_rules.lexicon import words

    excluded = set(gz.upper_names()) | {"台湾"} | set(NOT_FEATURES)
    known = words("nature_names")
    jieba_tags, common = {}, set()
    for w, f, tag in jieba_words():
        jieba_tags[w] = tag
        if (tag[:1] not in ("n", "") or tag == "n") and f >= 100:
            common.add(w)
    ns, total, _ = corpus_1998(args.shared / "data" / "people_daily_1998" / "199801.txt")
    ns_new = Counter({w: n for w, n in ns.items() if _head(w, NEW_HEADS) and n * 2 >= total[w]})
    sources = {"msra": msra_locations(args.shared / "data" / "ner_msra"),
               "crawl": crawl_features(args.shared, known),
               "pd1998": ns_new}
    keep = keep_names(sources, heads=tuple(NATURE_HEADS) + NEW_HEADS, excluded=excluded, known=known,
                      jieba_tags=jieba_tags, common=common, clause_words=words("org_clause_words"),
                      min_count=args.min_count)
    lines = [f"{w}\t" + " ".join(f"{s}:{n}" for s, n in sorted(c.items())) for w, c in sorted(keep.items())]
    OUT.write_text("# generated by training/ner/build_nature_mined.py: names of natural features missing from\n"
                   "# nature_names.txt (MSRA LOC spans, crawl feature contexts counted per article, 1998 ns\n"
                   "# islands and landforms; no gazetteer place, no common word). name<TAB>source:count ...\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} mined nature names -> {OUT}")


if __name__ == "__main__":
    main()
