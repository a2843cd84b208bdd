"""A county's (or city's) library, museum or archive named by its level alone is a public body: 县图书馆, 旗图书馆,
县博物馆, 万年县博物馆 are ORG.

The open page gold labels a library or a museum that only its level or its county names ORG in every mention (pages32
县博物馆, pages33o 旗图书馆, pages36o 万年县博物馆, pages37o 县图书馆: four writers), like the cultural centre (县文化馆,
:mod:`~corpus_tools._entity_rules.fac_acting`), while a museum named by what it shows (淹城遗址博物馆, 县瑶族博物馆,
马文化博物馆) stays a FAC (GUIDE.md: museums). The head rules read the county's museum as a FAC and its library as
nothing.
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["level_institutions"]

#: the institutions a level owns and names alone
_HEADS = ("图书馆", "博物馆", "档案馆")
#: a bare level right before one (县图书馆, 旗图书馆, 市档案馆)
_LEVEL_RE = re.compile(r"[县旗市区省州盟](?:图书馆|博物馆|档案馆)")
#: characters before a bare level that make it part of a word or a place (城区, 新区, 全县, 郊县)
_NOT_BEFORE = frozenset("城新郊全各本该我外市县州省区")
#: a facility read whole over a county's or city's name and the institution (万年县博物馆)
_PLACE_HEAD_RE = re.compile(r"([\u4e00-\u9fff]{1,8}[县市旗区])(?:图书馆|博物馆|档案馆)")


def _placed(name: str) -> bool:
    """*name* is a county's or city's gazetteer name and one of the institutions (万年县博物馆)."""
    m = _PLACE_HEAD_RE.fullmatch(name)
    return m is not None and any(d.level in ("county", "city") for d in gz.lookup(m.group(1)))


def level_institutions(ents: "list[Cand]", text: str) -> "list[Cand]":
    """*ents* with each library, museum or archive named by a bare level or by a GPE written right before it made
    one ORG (over a FAC read on it).

    Examples
    --------
    >>> t = "他常去县图书馆借书，万年县博物馆收藏了一批文物。"
    >>> out = level_institutions([Cand(10, 16, "FAC")], t)
    >>> [(t[c.start:c.end], c.label) for c in sorted(out, key=lambda c: c.start)]
    [('县图书馆', 'ORG'), ('万年县博物馆', 'ORG')]
    >>> t = "淹城遗址博物馆"
    >>> [(t[c.start:c.end], c.label) for c in level_institutions([Cand(0, 7, "FAC")], t)]
    [('淹城遗址博物馆', 'FAC')]
    """
    spans = []
    for m in _LEVEL_RE.finditer(text):
        if text[m.start() - 1:m.start()] not in _NOT_BEFORE:
            spans.append((m.start(), m.end()))
    for g in ents:
        if g.label == "GPE" and text.startswith(_HEADS, g.end):
            spans.append((g.start, g.end + 3))
        elif g.label == "FAC" and _placed(text[g.start:g.end]):
            spans.append((g.start, g.end))
    for s, e in spans:
        over = [c for c in ents if c.start < e and s < c.end]
        if any(c.start < s or c.end > e for c in over if c.label != "FAC") or any(c.label == "ORG" for c in over):
            continue  # a longer name crosses it, or an organisation already holds it
        if any(c.label == "FAC" and (c.start < s or c.end > e) for c in over):
            continue  # a facility named longer (县博物馆新馆)
        ents = [c for c in ents if c not in over] + [Cand(s, e, "ORG", source="rule")]
    return ents
