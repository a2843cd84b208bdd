"""Owners written in front of an organisation that are entities of their own.

Only the immediate owner stays in an organisation's name (``../shared/gold/entities/GUIDE.md``):
a foreign country before a non-government body (日本|神户大学) and a province before one of its own
cities or counties (山东|菏泽家政职业学院) are peeled off; the place finders tag them.
"""

from __future__ import annotations

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules import firms
from corpus_tools._entity_rules.lexicon import COUNTRIES, Cand, words

#: Heads of government and Party bodies (``gov_heads.txt``).
GOV_HEADS = words("gov_heads")


def after_country(c: Cand, text: str) -> Cand:
    """日本|神户大学: a foreign country in front of a non-government body is an entity of its own."""
    for L in (4, 3, 2):
        w = text[c.start:c.start + L]
        if (w in COUNTRIES and w not in ("中国", "香港", "澳门", "台湾") and c.end - c.start - L >= 4
                and not text.endswith(tuple(GOV_HEADS), 0, c.end)):
            return Cand(c.start + L, c.end, c.label, c.prio, c.code, c.source)
    return c


def after_province(c: Cand, text: str) -> Cand:
    """山东|菏泽家政职业学院: a province written before one of its own cities or counties is not part
    of the body (only the immediate owner stays, as 湖南省|新田县人民医院); registered firms keep
    their region (firms.LEGAL_FORMS).

    Examples
    --------
    >>> text = "山东菏泽家政职业学院"
    >>> c = after_province(Cand(0, len(text), "ORG"), text)
    >>> text[c.start:c.end]
    '菏泽家政职业学院'
    >>> text = "山东省人民医院"
    >>> c = after_province(Cand(0, len(text), "ORG"), text)
    >>> text[c.start:c.end]
    '山东省人民医院'
    """
    if text.endswith(firms.LEGAL_FORMS, c.start, c.end):
        return c
    upper = gz.upper_names()
    for L in (4, 3, 2):
        prov = {x for x in upper.get(text[c.start:c.start + L], ()) if len(x) == 2}
        if not prov:
            continue
        q0 = c.start + L
        for M in (4, 3, 2):
            if c.end - q0 - M >= 2 and any(len(x) > 2 and x[:2] in prov for x in upper.get(text[q0:q0 + M], ())):
                return Cand(q0, c.end, c.label, c.prio, c.code, c.source)
        break
    return c
