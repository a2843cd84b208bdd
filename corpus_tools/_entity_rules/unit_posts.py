"""Posts formed from the unit word of an administrative level: the head of a unit is the unit word
plus the head word of its language (旗长, 盟长, 镇长; 苏木达, 嘎查达), and each has a deputy (副旗长, 副苏木达).

A bottom module: it imports only :mod:`admin_levels`. The Han units take 长 (县长, 旗长); the
Mongolian units of Inner Mongolia — 苏木 (a township-level sum) and 嘎查 (a village-level gacha) — take
达 (Mongolian *daruga*, "head"), as their papers print them (苏木达巴图, 嘎查达额尔敦). The posts are added
to the title list (:data:`corpus_tools._entity_rules.lexicon.PERSON_TITLES`) so that a name after
them is read as after 镇长.

Examples
--------
>>> posts = unit_posts()
>>> "苏木达" in posts and "副苏木达" in posts and "嘎查达" in posts and "旗长" in posts
True
>>> "市长" in posts
True
"""

from __future__ import annotations

from corpus_tools._entity_rules.admin_levels import COUNTY_LEVELS, GOVERNMENT_LEVELS

__all__ = ["MONGOLIAN_UNITS", "unit_posts"]

#: Unit words of the Mongolian levels (township-level 苏木, village-level 嘎查); their head is …达.
MONGOLIAN_UNITS = ("苏木", "嘎查")

#: Han level words (one character each) whose head is …长; 盟 and 州 are the league and prefecture.
_HAN_UNITS = "".join(dict.fromkeys(GOVERNMENT_LEVELS + COUNTY_LEVELS + "盟州村"))


def unit_posts() -> tuple[str, ...]:
    """The head posts of every unit word and their deputies.

    Returns
    -------
    tuple of str
        ``X长``/``副X长`` for the Han level words and ``X达``/``副X达`` for :data:`MONGOLIAN_UNITS`,
        in a fixed order.
    """
    heads = [u + "长" for u in _HAN_UNITS] + [u + "达" for u in MONGOLIAN_UNITS]
    return tuple(p for h in heads for p in (h, "副" + h))
