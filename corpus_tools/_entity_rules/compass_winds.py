"""Winds in a weather line: 东北风3—4级 names a wind's direction, no region (evfac36, round 35).

County papers print the day's weather in the masthead or page line (阴转多云　东北风3—4级). The region
rules read 东北 there as the LOC of Northeast China (GUIDE: 华北, 江南 are LOC). A compass word of two
directions right before 风 is the wind's direction, and the wind word is no region: open gold leaves every
such 东北风 / 东南风 bare (pages33o, pages35o).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["compass_winds"]

#: compass words of two directions the region rules may read as a region
_COMPASS = frozenset(("东北", "西北", "东南", "西南"))


def compass_winds(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* without the LOC compass words that name a wind (东北|风).

    Examples
    --------
    >>> t = "阴转多云，东北风3级；东北地区降温"
    >>> [t[c.start:c.end] for c in compass_winds([Cand(5, 7, "LOC"), Cand(11, 13, "LOC")], t)]
    ['东北']
    >>> compass_winds([Cand(11, 13, "LOC")], t)[0].start
    11
    """
    return [c for c in ents
            if not (c.label == "LOC" and text[c.start:c.end] in _COMPASS and text[c.end:c.end + 1] == "风")]
