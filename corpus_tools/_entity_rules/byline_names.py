"""Entities of an article's byline: its (role, name) pairs name people, or a unit that supplied the article.

A unit credit （县统计局供稿） gives the pair ``("", "县统计局")``: the unit is an organisation (or a township,
大湾乡供稿), never a person. The rules decide from the name alone: a rule entity spanning the whole name labels
it; a name ending in a township suffix is left out (its county is unknown here); anything else is a person.
"""

from __future__ import annotations

from collections.abc import Iterable

from corpus_tools._entity_rules.admin_levels import TOWNSHIP_SUFFIXES
from corpus_tools._entity_rules.assemble import rule_entities


def byline_entities(byline: Iterable | None) -> list[tuple[str, str]]:
    """(name, label) of each byline name: PERSON unless the name is a unit.

    Parameters
    ----------
    byline : iterable of (role, name) pairs or of names, or None
        ``Article.byline``; roles are never names.

    Returns
    -------
    list of (str, str)

    Examples
    --------
    >>> byline_entities([("记者", "王小明"), ("", "县统计局"), ("", "大湾乡")])
    [('王小明', 'PERSON'), ('县统计局', 'ORG')]
    """
    out: list[tuple[str, str]] = []
    for pair in byline or []:
        name = pair if isinstance(pair, str) else pair[1]
        whole = [c for c in rule_entities(name) if c.start == 0 and c.end == len(name) and c.label != "PERSON"]
        if whole:
            out.append((name, whole[0].label))
        elif not name.endswith(TOWNSHIP_SUFFIXES):
            out.append((name, "PERSON"))
    return out
