"""A province followed by the short form of one of its counties or cities (places30, round 29).

County short forms are read only in the page's own province
(:func:`corpus_tools._entity_rules.places.upper_names`): elsewhere 从江, 龙胜 or 黎平 are too often pieces of
words. Right after its province (贵州从江, 广西龙胜、贵州黎平的山歌手) a county's short form is no piece of a
word but the county: the province names whose county it is.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand, is_name_char
from corpus_tools._entity_rules.place_bounds import AFTER_PLACE
from corpus_tools._entity_rules.places import match_at, upper_names

__all__ = ["province_counties"]

#: level characters after a short form: the unit written in full (or by a former full name) is not read here
_LEVELS = frozenset("市县区旗州盟")


def province_counties(text: str, places: list[Cand]) -> list[Cand]:
    """GPE mentions of county and city short forms right after their province.

    Parameters
    ----------
    text : str
        The text.
    places : list of Cand
        The gazetteer's matches of *text* (:func:`~corpus_tools._entity_rules.places.find_places`).

    Returns
    -------
    list of Cand
        New GPE candidates (linked when the short form names one unit of the province), none where a
        match already starts.

    Examples
    --------
    >>> t = "来自广西龙胜、贵州黎平的山歌手"
    >>> ps = [Cand(2, 4, "GPE", code="45"), Cand(7, 9, "GPE", code="52")]
    >>> [(t[c.start:c.end], c.code) for c in province_counties(t, ps)]
    [('龙胜', '450328'), ('黎平', '522631')]
    >>> province_counties("贵州黔东南", [Cand(0, 2, "GPE", code="52"), Cand(2, 5, "GPE", code="5226")])
    []
    """
    starts = {p.start for p in places}
    out: list[Cand] = []
    for p in places:
        if p.label != "GPE" or not p.code or len(p.code) != 2 or p.end in starts:
            continue
        L, hit = match_at(upper_names(p.code), text, p.end, max_len=4)
        if not L:
            continue
        codes = [c for c, lv in hit if lv in ("county", "city") and c.startswith(p.code)]
        e = p.end + L
        nxt = text[e:e + 1]
        if not codes or (nxt and is_name_char(nxt) and nxt not in AFTER_PLACE) or nxt in _LEVELS:
            continue  # 贵州从江县 is the matching's (江苏淮阴市, 北京市密云县: the former units')
        out.append(Cand(p.end, e, "GPE", prio=2, code=codes[0] if len(codes) == 1 else None, source="gazetteer"))
    return out
