"""A name opened by a place of the gazetteer keeps that place whole when it is aligned to the segmenter's
words: 正街社区党委 (the segmenter reads 正街 as a pronoun and :func:`~corpus_tools._entity_rules.words.align_to_words`
would start the name at 社区党委, leaving COMMUNITY 正街社区 + ORG 党委) is one ORG, as 刘家巷社区党委 is
(GUIDE: 汇通社区党委). The place decides where the name starts, not a tag of its first word.
"""

from __future__ import annotations

from dataclasses import replace

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["keep_place_openings"]

_UNITS = ("TOWNSHIP", "VILLAGE", "COMMUNITY")


def keep_place_openings(before: list[Cand], after: list[Cand], places: list[Cand]) -> list[Cand]:
    """*after* (the aligned spans of *before*) with a start moved back where the alignment cut into a
    gazetteer township, village or community that opened the span.

    Examples
    --------
    >>> org = Cand(0, 6, "ORG", source="rule")
    >>> [(c.start, c.end) for c in keep_place_openings([org], [replace(org, start=2)],
    ...                                               [Cand(0, 4, "COMMUNITY", source="gazetteer")])]
    [(0, 6)]
    """
    opens = {p.start: p.end for p in places if p.label in _UNITS and p.source == "gazetteer"}
    was = {(c.end, c.label): c.start for c in before}
    out = []
    for c in after:
        s0 = was.get((c.end, c.label))
        if s0 is not None and s0 < c.start < opens.get(s0, -1):
            c = replace(c, start=s0)  # 正街|社区党委 -> 正街社区党委
        out.append(c)
    return out
