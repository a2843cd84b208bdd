"""Rivers and lakes the gazetteer and the lists lack, read from the document: a water listed with a known one,
then every free mention of a water the text names (evfac34, round 33).

Two-character rivers and lakes of a county (清江, 涪江, 渠江, 汾湖, 湟水) are in no list the tagger has and the
segmenter reads them as verbs or plain nouns (清江/v|两岸), so no rule proposes them. Two document signals do:

- **a list of waters.** A name ending in a water head (江, 河, 湖, 溪) that stands in a 、-list right next to a
  water the tagger found (嘉陵江、涪江、渠江; 清江、招徕河沿岸; 汾湖、东太湖) is a water of the same kind
  (pages31, pages34o odd: three writers' lists);
- **one name, one reading.** A water the text names once as a LOC is the same water where the text writes it
  again (清江 six times in one report, pages31), as the GUIDE reads names document-wide; a place's level
  character after it (清江镇, 清江村) or a longer word of the segmenter around it stops the reading.

A candidate is one segmenter word (or the place's short form the tagger left unread), two to four characters,
not a word of People's Daily 1998 (江河, 山河), not a place of the gazetteer, and opening with no water character
(河湖, 江湖).
"""

from __future__ import annotations

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.word_bounds import word_end, word_start

__all__ = ["WATER_HEADS", "listed_waters"]

#: last characters of a river's or lake's name
WATER_HEADS = frozenset("江河湖溪")
#: characters after a water's name that make it a place's or a road's (清江镇, 汾湖路, 涪江村)
_PLACE_NEXT = frozenset("村镇乡县市区州旗屯寨组社街路港站庄坊大")
#: characters that open no river's own name (河湖, 江湖, 水河)
_WATER_CHARS = frozenset("江河湖溪水海")
#: the shortest and longest water name read from a list
_MIN, _MAX = 2, 4
#: segmenter tags of a one-character word before a listed water that the next item repeats (沿|长江、环|西凉湖)
_LEAD_TAGS = ("p", "v")


def _water_name(w: str) -> bool:
    """*w* may be a river's or lake's own name: two to four Han characters ending in a water head, no word of
    People's Daily 1998, no place of the gazetteer, not opening with a water character."""
    return (_MIN <= len(w) <= _MAX and w[-1] in WATER_HEADS and w[0] not in _WATER_CHARS
            and all("\u4e00" <= ch <= "\u9fff" for ch in w) and not is_word(w) and not gz.lookup(w))


def _free(taken: list[bool], s: int, e: int) -> bool:
    return 0 <= s < e <= len(taken) and not any(taken[s:e])


def _neighbours(text: str, c: Cand, words: list[str]) -> list[tuple[int, int]]:
    """The words on the other side of a 、 before and after entity *c*; when a one-character preposition or
    verb stands before *c* (沿|长江), the item after it opens with one too and it is left out (、环|西凉湖)."""
    out = []
    if c.start >= 2 and text[c.start - 1] == "、":
        e = c.start - 1
        out.append((word_start(words, e - 1), e))
    if c.end < len(text) - 1 and text[c.end] == "、":
        s = c.end + 1
        e = word_end(words, s)
        if c.start > 0 and words[c.start - 1][:1] == "S" and words[c.start - 1][2:] in _LEAD_TAGS and e - s > _MIN:
            s += 1
        out.append((s, e))
    return out


def listed_waters(ents: list[Cand], text: str, words: "list[str] | None") -> list[Cand]:
    """*ents* with the waters listed next to a known water, and the free repeats of every water the text
    names as a LOC, added as LOC (see the module docstring). Without the segmenter's words, *ents*.

    Examples
    --------
    >>> t = "巡查嘉陵江、涪江、渠江的水域"
    >>> f = ["B-v", "E-v", "B-ns", "I-ns", "E-ns", "S-w", "B-n", "E-n", "S-w", "B-n", "E-n", "S-u", "B-n", "E-n"]
    >>> [(t[c.start:c.end], c.label) for c in listed_waters([Cand(2, 5, "LOC")], t, f)]
    [('嘉陵江', 'LOC'), ('涪江', 'LOC'), ('渠江', 'LOC')]
    """
    if words is None or len(words) != len(text):
        return ents
    taken = [False] * len(text)
    for c in ents:
        for i in range(c.start, c.end):
            taken[i] = True
    out = list(ents)
    queue = [c for c in ents if c.label == "LOC" and text[c.end - 1] in WATER_HEADS]
    names = set()
    while queue:
        c = queue.pop()
        names.add(text[c.start:c.end])
        for s, e in _neighbours(text, c, words):
            if _free(taken, s, e) and _water_name(text[s:e]) and text[e:e + 1] not in _PLACE_NEXT:
                new = Cand(s, e, "LOC", prio=0, source="document")
                out.append(new)
                queue.append(new)
                for i in range(s, e):
                    taken[i] = True
    for name in sorted((n for n in names if _MIN <= len(n) <= _MAX), key=len, reverse=True):
        i = text.find(name)
        while i >= 0:
            e = i + len(name)
            if _free(taken, i, e) and words[i][:1] in ("B", "S") and text[e:e + 1] not in _PLACE_NEXT \
                    and (e == len(text) or words[e][:1] in ("B", "S", "")):
                out.append(Cand(i, e, "LOC", prio=0, source="document"))
                for k in range(i, e):
                    taken[k] = True
            i = text.find(name, e)
    return sorted(out, key=lambda c: c.start)
