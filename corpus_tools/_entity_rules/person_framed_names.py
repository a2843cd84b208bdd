"""Three-character names framed on both sides whose first two characters read as something else.

A name whose surname and first given character make a place or a word (苏桂兰: 苏桂, a pair of provinces; 韩国华: 韩国;
常俊德: 常 the adverb; 卜庆和: 和 the conjunction) is cut or lost: the place or the two-character name wins. When
the name stands in a person's slot on the left (a title, a noun for a person such as 搬迁户 or 运输户, an age, or
the 的 after a village: 刘染坊村的) and a verb, adverb or preposition starts a word right after it (说, 带领, 主动,
种植: the segmenter's tags), three characters that open with a surname of 百家姓 and go on with a given name
(:func:`~corpus_tools._entity_rules.person_context.given_like`) are the name, and the shorter place or name inside
them gives way.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, not_names
from corpus_tools._entity_rules.names import BAIJIAXING, is_word
from corpus_tools._entity_rules.person_context import given_like
from corpus_tools._entity_rules.person_roles import is_role
from corpus_tools._entity_rules.person_slot_names import person_slot
from corpus_tools.text import CJK_RE

__all__ = ["framed_full_names"]

#: places a person of the page lives in, before the 的 of a description (刘染坊村的苏桂兰)
_HOME_ENDS = frozenset("村镇乡屯寨组")
#: the segmenter's tags of a word that may follow a person's name as its verb (说, 带领, 主动, 种植, 在)
_VERB_TAGS = frozenset(("v", "vd", "d", "ad", "p"))
#: a speech verb right after the name (without the segmenter's tags)
_SPEECH_RE = re.compile(r"(?:说|表示|介绍|告诉)[，。：:“]")
#: a name's last character that makes it a place or a post (苏桂镇, 韩国华村, 保洁员)
_PLACE_LAST = frozenset("镇乡村县市区省路街河湖员")


def _left(text: str, s: int) -> bool:
    return person_slot(text, s) or (s >= 2 and text[s - 1] == "的" and text[s - 2] in _HOME_ENDS)


def _right(text: str, e: int, feats: "list[str] | None") -> bool:
    if _SPEECH_RE.match(text, e):
        return True
    if feats is None or len(feats) != len(text) or e >= len(text):
        return False
    pos, _, tag = feats[e].partition("-")
    return pos in ("B", "S") and tag in _VERB_TAGS


def _name(w: str) -> bool:
    return (len(w) == 3 and all(CJK_RE.match(c) for c in w) and w[0] in BAIJIAXING and given_like(w[1:])
            and not is_word(w) and not is_word(w[1:]) and w not in not_names() and not is_role(w)
            and w[-1] not in _PLACE_LAST)


def framed_full_names(ents: list[Cand], text: str, feats: "list[str] | None" = None) -> list[Cand]:
    """*ents* with the framed three-character names of the module docstring; the PERSON spans inside such a name
    and a two-character place that opens it give way, any other overlapping entity keeps its place.

    Examples
    --------
    >>> t = "”搬迁户韩国华说，新房亮堂。"
    >>> [(t[c.start:c.end], c.label) for c in framed_full_names([Cand(4, 6, "GPE")], t)]
    [('韩国华', 'PERSON')]
    >>> [(t[c.start:c.end], c.label) for c in framed_full_names([Cand(1, 6, "ORG")], t)]
    [('搬迁户韩国', 'ORG')]
    """
    out = list(ents)
    for s in range(1, len(text) - 3):
        e = s + 3
        if text[s] not in BAIJIAXING or not _name(text[s:e]) or not _left(text, s) or not _right(text, e, feats):
            continue
        inside = [c for c in out if c.start < e and s < c.end]
        if any((c.start, c.end) == (s, e) and c.label == "PERSON" for c in inside):
            continue
        if not all(s <= c.start and c.end <= e and (c.label == "PERSON" or c.label in ("GPE", "LOC") and c.start == s)
                   for c in inside):
            continue
        out = [c for c in out if c not in inside] + [Cand(s, e, "PERSON", prio=-1, source="rule")]
    return sorted(out, key=lambda c: c.start)
