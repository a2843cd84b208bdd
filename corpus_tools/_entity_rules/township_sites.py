"""Townships named after a landmark: the bare short form names the landmark (places30, round 29).

Many towns carry the name of the pass, mountain, lake or grassland beside them (剑门关镇, 光雾山镇,
坎布拉镇, 柘林镇 on 柘林湾). Written bare, without 镇 or 乡, the name is often the landmark: 剑门关将迎来
“高铁时代”, 光雾山、香炉山等景区, 柘林湾. The guide drops a trailing 景区 (平遥古城景区 → 平遥古城, LOC), so
a form the text also writes before 景区, 国家森林公园, 草原 … names the site, and a form right before a water
word (柘林|湾, 龙潭|河) names the water. :func:`township_site` tells
:func:`corpus_tools._entity_rules.places.find_places` which.
"""

from __future__ import annotations

from corpus_tools._entity_rules.admin_levels import LOCAL_UNIT_SUFFIXES
from corpus_tools._entity_rules.lexicon import FAC_HEADS, STOPS, is_name_char
from corpus_tools._entity_rules.place_bounds import dict_word

__all__ = ["township_site"]

#: words after a landmark's name that make it a site of its own (剑门关景区, 坎布拉国家森林公园, 敕勒川草原)
SITE_WORDS = ("景区", "风景区", "风景名胜区", "旅游区", "国家森林公园", "国家地质公园", "国家湿地公园", "国家级",
              "森林公园", "地质公园", "自然保护区", "草原", "草场", "大峡谷")
#: characters of water right after a town's short form: the bay, river or lake named after the same place
WATER_NEXT = frozenset("湾河湖江溪")
#: last characters of a mountain's or pass's name: 光雾山 of 光雾山镇, 剑门关 of 剑门关镇 (the open gold has every
#: bare X山 as LOC but one town whose text writes a longer name than the gazetteer's: 唐古拉山 of 唐古拉镇)
HILL_LAST = frozenset("山岭峰关")


_HEADS = tuple(FAC_HEADS) + ("站",)


def _name_goes_on(text: str, e: int) -> bool:
    """Whether a facility's name goes on after ``text[:e]`` (剑门关|关楼, 剑门关|站): a facility's head within
    the next three characters, which open no word of their own; a site word, a stop or a plain word (迎来,
    精神, 秋色醉) does not."""
    nxt = text[e:e + 1]
    if not nxt or not is_name_char(nxt) or nxt in STOPS or text.startswith(SITE_WORDS, e):
        return False
    if text.startswith(FAC_HEADS, e):
        return True
    return not dict_word(text[e:e + 2]) and any(text.startswith(_HEADS, k) for k in range(e, e + 3))


def township_site(text: str, s: int, e: int, official: "tuple[str, ...] | list[str]" = ()) -> str:
    """What a township's bare short form at ``text[s:e]`` names when it is not the town.

    Parameters
    ----------
    text : str
        The text.
    s, e : int
        Bounds of the short form (no 镇/乡/街道 after it).
    official : sequence of str, optional
        Official names of the townships the form may be; a form of three characters or more ending like a
        mountain or pass whose town is the form + 镇/乡 (光雾山 of 光雾山镇) is the mountain.

    Returns
    -------
    str
        ``"water"`` (柘林|湾, 龙潭|河: the form starts the water's name), ``"site"`` (the text writes the
        form before a site word: 剑门关景区 … 剑门关将迎来; or a mountain's name: 清凉山 of 清凉山镇) or ``""``
        (the town).

    Examples
    --------
    >>> township_site("柘林湾海域的生蚝", 0, 2)
    'water'
    >>> township_site("游客来到剑门关景区。剑门关将迎来高铁时代", 10, 13)
    'site'
    >>> township_site("光雾山镇的农户说，光雾山的红叶好", 9, 12)
    ''
    >>> township_site("龙潭河村的干部", 0, 2)
    ''
    >>> township_site("清凉山红叶醉游人", 0, 3, ("清凉山镇",)), township_site("唐古拉山牧民", 0, 4, ("唐古拉镇",))
    ('site', '')
    >>> township_site("剑门关景区。剑门关关楼", 6, 9)
    ''

    """
    if text.startswith(LOCAL_UNIT_SUFFIXES, e):
        return ""
    nxt = text[e:e + 1]
    if nxt in WATER_NEXT and not text.startswith(LOCAL_UNIT_SUFFIXES, e + 1):
        return "water"
    surface = text[s:e]
    if _name_goes_on(text, e):
        return ""  # 剑门关关楼, 兰渝铁路剑门关站: a facility's name, read from the place
    if any(surface + w in text for w in SITE_WORDS):
        return "site"
    if len(surface) >= 3 and surface[-1] in HILL_LAST and any(n in (surface + "镇", surface + "乡") for n in official):
        return "site"
    return ""
