"""A county's name whose level character opens the next word is no county name there: 武穴|市民之家 (the
segmenter reads 市民, citizens), 武穴|市场监管局. The county is then named by its short form (武穴), as a
county name before a product or a demonym is (GUIDE: 平遥模式, 岚县人). Words of the county's own area keep
the full name: 霍山县城, 六安市区 (gold: GPE 霍山县).
"""

from __future__ import annotations

from dataclasses import replace

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import is_word

__all__ = ["counties_in_words"]

#: level characters that end a county-level name
_LEVELS = "市县区"
#: words the level character opens that still name the county's own area (霍山|县城 is GPE 霍山县 in gold)
_AREA_WORDS = frozenset(("县城", "市区", "城区", "县域", "市域", "区域", "县内", "市内", "区内", "县里", "市里",
                         "区里", "县外", "市外", "区外"))


def counties_in_words(places: list[Cand], text: str, words: "list[str] | None") -> list[Cand]:
    """*places* (the resolved entities) with a GPE whose last character and the next one make a dictionary
    word the segmenter reads (市民, 市场) cut to its short form, unless an entity starts right after it
    (乌兰察布市|民政局: the segmenter's 市民 is wrong there).

    *words* are the segmenter's per-character tags (``B-n`` opens a word); without them nothing changes.

    Examples
    --------
    >>> t = "在武穴市民之家举办招聘会"
    >>> w = ["S-p", "B-ns", "E-ns", "B-n", "E-n", "S-u", "S-n", "B-v", "E-v", "B-n", "I-n", "E-n"]
    >>> [(t[c.start:c.end], c.code) for c in counties_in_words([Cand(1, 4, "GPE", code="421182")], t, w)]
    [('武穴', '421182')]
    """
    if not words or len(words) != len(text):
        return places
    starts = {p.start for p in places}
    out = []
    for p in places:
        e = p.end
        if (p.label == "GPE" and e - p.start >= 3 and e + 1 < len(text) and text[e - 1] in _LEVELS
                and words[e - 1][:1] == "B" and words[e][:1] == "E" and is_word(text[e - 1:e + 1])
                and text[e - 1:e + 1] not in _AREA_WORDS and e not in starts and e + 1 not in starts):
            p = replace(p, end=e - 1)  # 武穴|市民: the short form names the county
        out.append(p)
    return out
