"""River and lake chiefs named after their post (mend35b, user35).

Since 2016 every river and lake has a chief at each level (县级河长, 镇级湖长, 村级河长) and papers print the post
right before the name as they print 县长 (由镇级河长杭建军跟踪销号). The post is in the title list, but the
segmenter often cuts it across the name (镇级河|长|杭|建军), so the title rules miss it. Here: after 河长 / 湖长
(and a colon of a board: 镇级河长：戚红), a name the segmenter reads as one (戚红/nr), or a surname and one word of one or two characters (or one character) the
segmenter does not read as a verb make a PERSON, unless an entity already covers the span. A PERSON that is a
common word of ``not_names`` printed after such a post (河长|公示牌, read by the office slot) is dropped, with its
repeats in the text.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, not_names
from corpus_tools._entity_rules.person_roles import is_surname

__all__ = ["chief_names"]

_POST = re.compile(r"(?:县级|镇级|乡级|村级|市级|区级)?[河湖]长[：:]?")
#: characters after 河长 / 湖长 that continue a word, not a name (河长制, 河长办, 湖长们)
_NOT_NAME_START = frozenset("制办们公会令")
_VERB_TAGS = ("v", "vn", "p", "c", "u", "d", "w", "m", "q")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _name_end(text: str, words: list[str], s: int) -> "int | None":
    """The end of the name whose surname stands alone at *s*: one two-character word after it (杭|建军), else one
    character before a word's start (戚|红|负责, 闵|慧，)."""
    n = len(text)
    if s + 3 <= n and words[s + 1][:1] == "B" and words[s + 2][:1] == "E" and _han(text[s + 2]) \
            and (s + 3 == n or words[s + 3][:1] in ("B", "S")):
        return s + 3
    if words[s + 1][:1] == "S" and _han(text[s + 1]) and words[s + 1][2:] not in _VERB_TAGS \
            and (s + 2 == n or words[s + 2][:1] in ("B", "S")):
        return s + 2
    return None


def chief_names(ents: list[Cand], text: str, words: "list[str] | None") -> list[Cand]:
    """*ents* with the names printed after a river or lake chief's post.

    Examples
    --------
    >>> t = "由镇级河长杭建军跟踪销号，河长制落实。"
    >>> [(t[c.start:c.end], c.label) for c in chief_names([], t, None)]
    [('杭建军', 'PERSON')]
    """
    if words is not None and len(words) != len(text):
        words = None
    posted = {text[m.end():m.end() + k] for m in _POST.finditer(text) for k in (2, 3, 4)}
    out = [c for c in ents if not (c.label == "PERSON" and text[c.start:c.end] in not_names()
                                   and text[c.start:c.end] in posted)]  # 河长|公示牌 … 公示牌立起来了
    n = len(text)
    for m in _POST.finditer(text):
        s = m.end()
        if s + 2 > len(text) or text[s] in _NOT_NAME_START or not _han(text[s]):
            continue
        if words is None:
            if not is_surname(text[s]):
                continue
            e = s + 3 if s + 3 <= len(text) and all(_han(ch) for ch in text[s:s + 3]) else s + 2
        else:
            if words[s] == "B-nr":  # 戚红 read as one name
                e = next((k + 1 for k in range(s + 1, min(n, s + 3)) if words[k] == "E-nr"), None)
            elif (is_surname(text[s]) or words[s][2:] in ("nr", "j")) and words[s][:1] == "S":
                e = _name_end(text, words, s)
            else:
                continue
        if e is None or text[s:e] in not_names() or any(c.start < e and s < c.end for c in out):
            continue
        out.append(Cand(s, e, "PERSON", prio=0, source="rule"))
    return sorted(out, key=lambda c: c.start)
