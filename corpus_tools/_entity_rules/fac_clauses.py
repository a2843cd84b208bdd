"""Clauses read into facility names: a verb or an idiom before the head.

A head rule takes the characters before 路, 广场, 机场, 小区 … as the name, so a clause runs in:
只能低头看|路, 直接运往|青岛流亭机场, 国产飞机飞越|天安门广场, 爷俩|走投无路, 骑着自行车|走街串巷.
The organisation rules already cut such clauses with the words People's Daily 1998 tags as verbs,
adverbs or prepositions in at least 80 % of their uses (``org_clause_words.txt``,
``training/ner/build_org_words.py``); :func:`cut_clauses` does the same for FAC spans, on the
segmenter's words tagged as verbs or prepositions (one character only as a preposition, or a verb right before the head; a word the segmenter tags ``v`` but 1998 does not know as a verb, an unknown
name such as 流亭 in 青岛流亭机场, cuts nothing), drops a span the segmenter reads an idiom or set
phrase into that ends in the head (tags ``i``, ``l``: 走投无路, 投石问路) or whose cut leaves one common
word before the head (运往|县城小区). Words that join the ends of a road segment (至, 到) cut nothing.
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools._entity_rules.lexicon import FAC_GENERIC, Cand, words
from corpus_tools._entity_rules.scan import generic_only
from corpus_tools._entity_rules.word_bounds import word_end, word_start

__all__ = ["clause_words", "cut_clauses", "generic_body"]

#: segmenter tags of idioms and set phrases
_IDIOM_TAGS = frozenset(("i", "l"))
#: segmenter tags a clause word must carry, verbs and prepositions (a word of a name keeps its name tag,
#: 流亭/v is no 1998 verb; adverbs are read into unknown names too often: 唐|都|推光漆, 纽约大都会)
_CLAUSE_TAGS = frozenset(("v", "p"))
#: words that join the ends of a road segment, which is one name (GUIDE: 平孟线水磨头村至孟山段公路)
_SEGMENT_WORDS = frozenset(("至", "到", "经", "通"))
#: segmenter tags of the subject of a clause (干部群众|齐聚, 我们|来到)
_SUBJECT_TAGS = frozenset(("n", "r", "nr"))
#: segmenter tags of proper names: a body of one such word names the place (天安门|广场)
_PROPER_TAGS = frozenset(("ns", "nr", "nz", "nt", "j", "nrf", "nrg"))


@lru_cache(maxsize=1)
def clause_words() -> frozenset[str]:
    """Verbs, adverbs and prepositions of People's Daily 1998 (``org_clause_words.txt``)."""
    return words("org_clause_words")


@lru_cache(maxsize=1)
def generic_body() -> frozenset[str]:
    """Kind words a facility's body may consist of without naming one (文体, 县城, 自来水)."""
    return words("fac_generic_body") | FAC_GENERIC


def _tag_of_word_at(feats: list[str], i: int) -> str:
    """The segmenter's tag of the word holding character *i* (its first character carries it)."""
    return feats[word_start(feats, i)][2:]


def _cut(c: Cand, text: str, feats: list[str]) -> Cand | None:
    """*c* without the clause before its name, or None when no name is left."""
    head = getattr(c, "text_head", "") or ""
    hs = c.end - len(head)
    if not head or hs <= c.start or text.count("“", c.start, c.end) or text.count("”", c.start, c.end):
        return c  # no head, or a quoted name, which holds any words (“半条被子的温暖”专题陈列馆)
    if feats[hs][:1] in ("I", "E") and feats[hs - 1][:1] in ("B", "I") and _tag_of_word_at(feats, hs) == "v":
        return None  # 说就|上楼, 掩|路 read as one verb: the head is the end of a verb, no facility
    cut, i = c.start, c.start
    while i < c.end:
        j = word_end(feats, i)
        tag = feats[i][2:]
        if tag in _IDIOM_TAGS and (j - i == 4 or (j - i > 4 and tag == "i")) and j > hs:
            return None  # 走投无路, 投石问路: an idiom that ends in the head word (丝绸之路博物馆 stays; a
            # set phrase of five or more, 魔芋产业园 after 会同县, is a name the segmenter did not know)
        if j <= hs and tag in _CLAUSE_TAGS and text[i:j] in clause_words() and text[i:j] not in _SEGMENT_WORDS \
                and (j - i > 1 or (i > c.start and (tag == "p" or j == hs))):
            # one character inside the span: a preposition (除|太湖…) or a verb right before the head
            # (香河大爱|书院); 合|青高铁, 纽约大都会|艺术博物馆 stay
            cut = j
        elif (j <= hs - 2 and i - c.start >= 2 and j - i == 2 and tag == "v" and feats[i - 1][2:] in _SUBJECT_TAGS
              and text[i:j] not in _SEGMENT_WORDS):
            # a subject and a verb the 1998 list does not know, then a name of two characters or more:
            # 干部群众齐聚|县城文体广场 (a verb right after the span's start or right before the head,
            # 解放|大街, 县城解放|路, may be the name itself)
            cut = j
        i = j
    if cut == c.start:
        return c
    if hs - cut < 2:
        return None  # 低头看|路, 盖起新|楼: nothing or one character left before the head
    if word_end(feats, cut) == hs and feats[cut][2:] not in _PROPER_TAGS:
        return None  # 运往|县城小区: one common word left, a kind of place, no name
    if generic_only(text[cut:hs], generic_body()):
        return None  # 齐聚|县城文体广场: only kind words left
    out = Cand(cut, c.end, c.label, prio=c.prio, code=c.code, source=c.source)
    out.text, out.text_head = text[cut:c.end], head
    return out


def cut_clauses(cands: list[Cand], text: str, feats: list[str] | None) -> list[Cand]:
    """FAC candidates of the head rules with a clause cut off the front (运往|青岛流亭机场 ->
    青岛流亭机场) or dropped (低头看|路, 爷俩|走投无路); other candidates as they are.

    Examples
    --------
    >>> t = "直接运往青岛流亭机场，"
    >>> feats = ["B-ad", "E-ad", "B-v", "E-v", "B-ns", "E-ns", "B-v", "E-v", "B-n", "E-n", "S-w"]
    >>> c = Cand(2, 10, "FAC", text_head="机场")
    >>> [t[x.start:x.end] for x in cut_clauses([c], t, feats)]
    ['青岛流亭机场']
    >>> t = "合青高铁开通"
    >>> len(cut_clauses([Cand(0, 4, "FAC", text_head="高铁")], t, ["S-v", "S-a", "B-n", "E-n", "B-v", "E-v"]))
    1
    >>> t = "只能低头看路。"
    >>> [t[x.start:x.end] for x in cut_clauses([Cand(2, 6, "FAC", text_head="路")], t, ["S-d", "S-v", "B-v", "E-v", "S-v", "S-n", "S-w"])]
    []
    """
    if feats is None or len(feats) != len(text):
        return cands
    out = []
    for c in cands:
        if c.label != "FAC" or c.prio >= 2:
            out.append(c)  # a listed name (prio 2) is one as a whole
            continue
        k = _cut(c, text, feats)
        if k is not None:
            out.append(k)
    return out
