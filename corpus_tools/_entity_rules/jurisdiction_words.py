"""Words of jurisdiction before a facility's name are no part of it: 社区把|辖区|江堤小区等8个小区划成网格,
|所在|XX广场, |境内|XX大桥. They say whose area the facility lies in, as 全县 or 县城 do
(:mod:`corpus_tools._entity_rules.fac_bounds`), and the same words are generic before 社区
(``community_generic.txt``).
"""

from __future__ import annotations

from dataclasses import replace

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["JURISDICTION_WORDS", "without_jurisdiction"]

#: words that place a facility in an area without naming it (辖区, 所在, 所属, 境内)
JURISDICTION_WORDS = ("辖区", "所在", "所属", "境内")


def without_jurisdiction(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with a leading jurisdiction word cut from FAC spans that keep a name of two characters or more
    before their last character.

    Examples
    --------
    >>> t = "社区把辖区江堤小区等8个小区划成网格"
    >>> [t[c.start:c.end] for c in without_jurisdiction([Cand(3, 9, "FAC")], t)]
    ['江堤小区']
    """
    out = []
    for c in ents:
        if c.label == "FAC":
            w = next((w for w in JURISDICTION_WORDS if text.startswith(w, c.start)), None)
            if w and c.end - c.start - len(w) >= 3:
                c = replace(c, start=c.start + len(w))
        out.append(c)
    return out
