"""River sources: the source region of a known river, or of a number of rivers, is one LOC (长江源, 三江源)."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.lexicon import LOC_WORDS, Cand, common_or_frequent, nature_names
from corpus_tools._entity_rules.names import is_word


@lru_cache(maxsize=1)
def _rivers() -> frozenset[str]:
    return frozenset(w for w in nature_names() | LOC_WORDS if w.endswith(("江", "河")) and len(w) >= 2)


def river_sources(text: str) -> list[Cand]:
    """The source region of a known river, or of a number of rivers, is one LOC (长江源, 黄河源,
    三江源), unless a village, town or word goes on from 源 (长江源村, 源头, 发源于).

    Examples
    --------
    >>> t = "保护三江源，深入长江源腹地，来到长江源村，黄河源于此"
    >>> [t[c.start:c.end] for c in river_sources(t)]
    ['三江源', '长江源']
    """
    rivers = _rivers()
    out = []
    for m in re.finditer("源", text):
        e = m.start()
        if text[e + 1:e + 2] in ("村", "镇", "乡", "县", "市", "区", "街", "路") or is_word(text[e:e + 2]) \
                or text[e:e + 2] in common_or_frequent():
            continue
        s = next((e - L for L in (6, 5, 4, 3, 2) if e - L >= 0 and text[e - L:e] in rivers), None)
        if s is None and e >= 2 and text[e - 2] in "两三四五六七八九" and text[e - 1] in "江河":
            s = e - 2
        if s is not None:
            out.append(Cand(s, e + 1, "LOC", prio=3, source="list"))
    return out
