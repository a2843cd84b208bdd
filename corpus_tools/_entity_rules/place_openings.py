"""A name opened by a place of the gazetteer keeps that place whole when it is aligned to the segmenter's
words: 正街社区党委 (the segmenter reads 正街 as a pronoun and :func:`~corpus_tools._entity_rules.words.align_to_words`
would start the name at 社区党委, leaving COMMUNITY 正街社区 + ORG 党委) is one ORG, as 刘家巷社区党委 is
(GUIDE: 汇通社区党委). The place decides where the name starts, not a tag of its first word.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["unit_openings"]

_UNITS = ("TOWNSHIP", "VILLAGE", "COMMUNITY")


def unit_openings(places: list[Cand]) -> dict[int, int]:
    """Start -> end of the gazetteer townships, villages and communities of *places*, the ``place_ends`` that
    :func:`~corpus_tools._entity_rules.words.align_to_words` does not cut into.

    Examples
    --------
    >>> unit_openings([Cand(0, 4, "COMMUNITY", source="gazetteer"), Cand(5, 7, "GPE", source="gazetteer")])
    {0: 4}
    """
    return {p.start: p.end for p in places if p.label in _UNITS and p.source == "gazetteer"}
