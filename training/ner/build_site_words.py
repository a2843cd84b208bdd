"""Build ``corpus_tools/data/entities/nature_names.txt``: names of mountains, rivers and lakes.

    /work/venv/bin/python training/ner/build_site_words.py [--shared ../shared]

A natural feature is a place name (``ns``) that ends in a landscape word (山, 河, 湖, 海 …).
The list collects such names from jieba's dictionary (MIT licence; ``ns`` words of three or more
characters) and two tagged corpora (research use; only the derived word list ships): the People's
Daily 1998 corpus (single ``ns`` words and bracketed ``[...]ns`` compounds
seen at least ``--min-count`` times, tagged ``ns`` in at least half of their occurrences, so
common words such as 深山 and 大河 stay out) and the ``scene`` spans of CLUENER2020. Names of
provinces, cities and counties in the gazetteer (黄山, 佛山, 泰山: the rules call them GPE) are
left out, and so are two-character CLUENER spans seen once (火山).
It also writes ``not_sound_names.txt``: four-character words of sound characters (斯里兰卡,
布鲁塞尔) that jieba or People's Daily 1998 tag as something other than a personal name, which
the repeated-sound-name rule for PERSON must not take. Runs in about 10 seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "corpus_tools" / "data" / "entities" / "nature_names.txt"

#: landscape words a natural feature's name ends in (longest first when matching)
NATURE_HEADS = ("山", "岭", "峰", "河", "江", "湖", "海", "溪", "峡", "湾", "泉", "瀑布", "草原", "高原", "盆地", "沙漠",
                "湿地", "山脉", "雪山", "峡谷", "大峡谷", "林海", "冰川", "湖泊", "走廊", "戈壁", "山区", "平原")
_TOKEN_RE = re.compile(r"([^\s/\[\]]+)/([A-Za-z]+)")
_BRACKET_RE = re.compile(r"\[([^\]]+)\]ns")
_CJK_RE = re.compile(r"^[\u4e00-\u9fff]+$")


#: PKU tags of words that act or describe, and of idioms and set phrases
_NOT_PLACE_TAGS = frozenset(("v", "vn", "vd", "a", "ad", "an", "d", "i", "l"))


def corpus_1998(path: Path) -> tuple[Counter, Counter, Counter]:
    """``ns`` counts, total counts and verb/adjective/idiom counts of every word and bracketed
    ``ns`` compound."""
    ns, total, other = Counter(), Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        for w, tag in _TOKEN_RE.findall(line):
            total[w] += 1
            ns[w] += tag == "ns"
            other[w] += tag in _NOT_PLACE_TAGS
        for inner in _BRACKET_RE.findall(line):
            w = "".join(x for x, _ in _TOKEN_RE.findall(inner))
            total[w] += 1
            ns[w] += 1
    return ns, total, other


def cluener_scenes(folder: Path) -> Counter:
    """``scene`` spans of CLUENER2020 (train and dev)."""
    out: Counter = Counter()
    for name in ("train.jsonl", "dev.jsonl"):
        path = folder / name
        if not path.exists():
            continue
        for ln in path.read_text(encoding="utf-8").splitlines():
            for e in json.loads(ln).get("entity_list", []):
                if e.get("entity_type") == "scene":
                    out[e["entity"]] += 1
    return out


_NATURE_CHARS = frozenset("山水海江湖河岭峰")


def idiom_like(w: str) -> bool:
    """Four-character sayings that jieba tags ns: 上山下海, 临水登山 (two landscape characters in
    parallel), 三座大山, 上刀山 (a count or a verb first)."""
    return (len(w) == 4 and w[1] in _NATURE_CHARS and w[3] in _NATURE_CHARS) or w[0] in "上下登临过翻爬" \
        or (w[0] in "一二两三四五六七八九十百千万" and w[1] in "座条个")


def jieba_words() -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of jieba's dictionary (MIT licence)."""
    import os

    import jieba

    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        return [(w, int(f), t) for w, f, t in (ln.split() for ln in fh)]


def jieba_places(*, min_common: int = 100) -> set[str]:
    """Words jieba's dictionary (MIT licence) tags ``ns``, except a common word + a landscape word
    (石头山, 沙河: a noun, verb or adjective of frequency >= *min_common* before the head)."""
    places, common = set(), set()
    for w, f, tag in jieba_words():
        if tag == "ns":
            places.add(w)
        elif (tag[:1] not in ("n", "") or tag == "n") and f >= min_common:
            common.add(w)
    heads = sorted(NATURE_HEADS, key=len, reverse=True)
    out = set()
    for w in places:
        head = next((h for h in heads if w.endswith(h)), "")
        if w[:len(w) - len(head)] not in common:
            out.add(w)
    return out


def nature_names(ns: Counter, total: Counter, scenes: Counter, excluded: set[str], *, min_count: int = 2,
                 dictionary: set[str] = frozenset(), other: Counter | None = None) -> list[str]:
    """Names of 2 to 6 Chinese characters ending in a :data:`NATURE_HEADS` word, not in *excluded*.

    From *dictionary* (jieba's ``ns`` words) only names of three or more characters that People's
    Daily 1998 does not use mostly as a verb, adjective or idiom (*other*: 开山 is a verb there)."""
    other = other if other is not None else Counter()
    keep = set()
    for w in set(ns) | set(scenes) | set(dictionary):
        if not (2 <= len(w) <= 6 and _CJK_RE.match(w)) or w in excluded:
            continue
        head = next((h for h in sorted(NATURE_HEADS, key=len, reverse=True) if w.endswith(h)), None)
        two_places = any(w[:k] in excluded and w[k:] in excluded and w[k:] not in NATURE_HEADS
                         for k in range(2, len(w) - 1))
        if head is None or len(w) == len(head) or two_places:
            continue  # 广西北海: two places, no lake (三江平原 stays: 平原 is a landscape word)
        from_dict = w in dictionary and len(w) >= 3 and other[w] * 2 < max(total[w], 1) \
            and not idiom_like(w)
        if from_dict or (scenes[w] and len(w) >= 3) or (total[w] >= min_count and ns[w] * 2 >= total[w]):
            keep.add(w)
    return sorted(keep)


OUT_SOUND = REPO / "corpus_tools" / "data" / "entities" / "not_sound_names.txt"


def sound_words(dictionary_words: dict[str, str], tagged: dict[str, Counter]) -> list[str]:
    """Four-character words of sound characters that are no personal names: jieba words with a tag
    other than ``nr`` and People's Daily 1998 words tagged other than ``nr`` (斯里兰卡, 布鲁塞尔, 云冈石窟).
    :func:`corpus_tools._entity_rules.sound_chars.sound_names` must not take them."""
    from corpus_tools._entity_rules.sound_chars import SOUND_REPEAT_MIN, sound_name
    from corpus_tools._entity_rules.names import translit_mean

    words = {w for w, t in dictionary_words.items() if t != "nr"}
    words |= {w for w, tags in tagged.items() if tags and tags.most_common(1)[0][0] != "nr"}
    # four-character pieces of longer place names (亚的斯亚贝巴 -> 斯亚贝巴)
    words |= {w[k:k + 4] for w, t in dictionary_words.items() if t in ("ns", "nz", "nt") and len(w) > 4
              for k in range(len(w) - 3)}
    return sorted(w for w in words if len(w) == 4 and sound_name(w, 0, 4) and translit_mean(w) >= SOUND_REPEAT_MIN)


def _four_char_tags(path: Path) -> tuple[dict[str, str], dict[str, Counter]]:
    jw = {w: t for w, _, t in jieba_words() if len(w) >= 4}
    tagged: dict[str, Counter] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        for w, tag in _TOKEN_RE.findall(line):
            if len(w) == 4:
                tagged.setdefault(w, Counter())[tag] += 1
    return jw, tagged


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from corpus_tools import gazetteer as gz

    # provinces, cities and counties (黄山, 佛山, 临海, 泰山) are GPE for the rules
    excluded = set(gz.upper_names()) | {"台湾"}
    ns, total, other = corpus_1998(args.shared / "data" / "people_daily_1998" / "199801.txt")
    scenes = cluener_scenes(args.shared / "data" / "ner_cluener2020")
    keep = nature_names(ns, total, scenes, excluded, min_count=args.min_count, dictionary=jieba_places(),
                        other=other)
    OUT.write_text("# generated by training/ner/build_site_words.py: names of mountains, rivers, lakes (ns words of\n"
                   "# People's Daily 1998 and jieba, CLUENER2020 scene spans, ending in a landscape word; no GPE)\n"
                   + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} nature names -> {OUT}")
    sound = sound_words(*_four_char_tags(args.shared / "data" / "people_daily_1998" / "199801.txt"))
    OUT_SOUND.write_text("# generated by training/ner/build_site_words.py: four-character words of sound characters that\n"
                         "# jieba or People's Daily 1998 tag as no personal name (places, firms, sites)\n"
                         + "\n".join(sound) + "\n", encoding="utf-8")
    print(f"{len(sound)} sound-character words that are no names -> {OUT_SOUND}")


if __name__ == "__main__":
    main()
