"""Frames that make a quoted phrase a name of a place or thing rather than a formula.

:func:`epithet_after`: a quotation followed by the word that presents it as a place's or a person's epithet
(素有“陇上江南”之称, 享有“卡垫之乡”的美誉, 依托“侗族文化活化石”的名声, 打响“中国最美丹霞”这张名片, 守住“千年万亩
古茶园”这块金字招牌). On the open page sets (pages22 … pages28o, seven writers) all eleven quotes so framed are no gold
item; in People's Daily 2019-2020 the quotes before 之称 / 的美誉 / 的名声 are epithets (“亚洲水塔”之称, “天府之国”的
美誉, “大包干”的名声), and the two formulae before 这张名片 there (平安中国, 智慧党建) are a known formula (read before
this test) and one programme.

:func:`china_title`: 中国 and a place's honour (“中国香都”, “中国畲乡”, “中国党参之乡”, “中国现代民间绘画画乡”): a title
the state or a trade body grants a county, not a formula. Of the twelve quotes opening with 中国 on the open page sets,
the ten of this shape are no gold item (pages21, 22, 25, 26, 27, 28o); the two gold ones are 中国梦 and a theme line.

:func:`compass_region`: a count of compass points names a region (“三北”防护林: 东北、华北、西北), never a formula; People's
Daily 2019-2020 prints “三北” five times, each of the region (“三北”地区, “三北”防护林).
"""

from __future__ import annotations

import re

__all__ = ["epithet_after", "compass_region", "china_title", "festival_name"]

#: what follows a quoted epithet: 之称, (的)美誉, 的名声, 这张(金)名片, 这块(金字)招牌 / 牌子
_EPITHET_AFTER_RE = re.compile(r"^(?:之称|的?美誉|的名声|这[张块]金?名片|这块(?:金字)?(?:招牌|牌子))")


def epithet_after(after: str) -> bool:
    """Whether the text after a closing quotation mark presents the quote as an epithet (之称, 的美誉, 的名声,
    这张名片, 这块金字招牌).

    Parameters
    ----------
    after : str
        The text right after the closing quotation mark.

    Returns
    -------
    bool
        True when the quote is framed as an epithet.

    Examples
    --------
    >>> epithet_after("之称，全镇"), epithet_after("这张名片，我县"), epithet_after("的名声，发展"), epithet_after("的要求")
    (True, True, True, False)
    """
    return bool(_EPITHET_AFTER_RE.match(after))


def compass_region(norm: str) -> bool:
    """Whether a quoted numbered phrase counts compass points (三北: 东北、华北、西北), a region's name.

    Parameters
    ----------
    norm : str
        The quoted phrase, normalised.

    Returns
    -------
    bool
        True for a numeral followed by compass points only.

    Examples
    --------
    >>> compass_region("三北"), compass_region("三农"), compass_region("两不愁")
    (True, False, False)
    """
    return bool(re.fullmatch(r"[两三四五][东南西北]{1,2}", norm))


#: 中国 + what the county is known for + a place's head: 乡 (之乡, 畲乡, 画乡), 都 (香都), 城
_CHINA_TITLE_RE = re.compile(r"中国[\u4e00-\u9fff]{1,10}[乡都城]")


def china_title(norm: str) -> bool:
    """Whether a quoted phrase is a national title of a place (中国 … 乡 / 都 / 城: “中国香都”, “中国板栗之乡”).

    Parameters
    ----------
    norm : str
        The quoted phrase, normalised.

    Returns
    -------
    bool
        True for 中国, one to ten characters and 乡, 都 or 城.

    Examples
    --------
    >>> china_title("中国香都"), china_title("中国马铃薯之乡"), china_title("中国梦"), china_title("美丽中国")
    (True, True, False, False)
    """
    return bool(_CHINA_TITLE_RE.fullmatch(norm))


# Festivals and seasons a quoted name is built on (粽情端午, 欢乐春节, 新春走基层, 山花节“夏日篇”): the guide's names of
# festivals and events. No gold item of the open sets (seeds, slogans-dev, dev4-dev9, pages21-30o, pages31o's odd pages,
# the tests/data sets) holds one of these words, while four false alarms of four writers do (粽情端午 pages26, 夏日篇
# pages28o, 新春走基层 dev4; People's Daily 2019-2020 prints 43 quoted activity names with them, 欢乐春节 ×14, all events).
_FESTIVALS_RE = re.compile("端午|中秋|春节|元宵|重阳|七夕|新春|元旦|除夕|腊八|冬至|夏日|年货|国庆")
_SEPARATOR_RE = re.compile(r"[、，,；;\s]")


def festival_name(norm: str) -> bool:
    """Whether the quoted *norm*, one phrase (no separator), is named after a festival or season: an event's or a
    product's name, no formula.

    Parameters
    ----------
    norm : str
        The quoted text (normalised).

    Returns
    -------
    bool
        True when a festival or season word is part of it.

    Examples
    --------
    >>> festival_name("粽情端午"), festival_name("新春走基层"), festival_name("我为群众办实事")
    (True, True, False)
    >>> festival_name("迎新春 写春联 送祝福")      # a series: the guide's parallel example, judged as one
    False
    """
    return _FESTIVALS_RE.search(norm) is not None and not _SEPARATOR_RE.search(norm)
