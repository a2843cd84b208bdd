"""Frames and shapes that make a quoted phrase a nickname, a criticised practice, a variety's code, a ranking title or
a thing's name, not a formula.

:func:`called_before`: a verb of naming right before the quotation (被称为“熊猫县”, 当地人称之为“十七孔桥”, 被誉为
“客家摇篮”, 人称“牛司令”, 被乡亲们称作“桃王”). On the open page sets (pages22 … pages30o, twelve writers)
all 30 quotes so framed are no gold item; in People's Daily 2019-2020 the 345 quotes after such a verb are
nicknames and epithets (“草鞋书记”, “中华水塔”, “小巷总理”) but for known formulae (“两弹一星”, “一带一路”),
which the lexicon takes before this test.

:func:`criticised_before`: a verb that rejects or guards against the practice right before the quotation
(防止搞“形象工程”, 扶贫不能“大水漫灌”, 避免“千村一面”, 决不能“走过场”) or that leaves a bad state behind (摆脱“等靠要”,
破除“唯论文”, 告别“靠天吃饭”, 打破“信息孤岛”). The guide lists scare-quoted metaphors among what is no slogan; a
practice the sentence rejects is one. On the open page sets all seven quotes so framed are no gold item (pages22,
pages24, pages27, pages27o, pages28, pages29 ×2); People's Daily 2019-2020 prints 233, bad practices and states
(“一刀切” 24, “大水漫灌” 13, “花架子”, “走过场”, “政绩工程”, “等靠要”, “信息孤岛”), political terms rejected
(“台独”) and counts (“四风”, “三俗”, “五唯”): a phrase opening with a numeral is left to the numbered tests.

:func:`variety_code`: a quoted name of two to four characters closed by a serial number (“赣莲62”, “西农979”,
“川香优506”, “雪龙2”): a crop variety, a ship or a model, never a formula. No open gold item has this shape; People's
Daily 2019-2020 quotes varieties, ships and rockets so (a year as the number, “净网2019”, names a campaign: not
taken).

:func:`ranked_honour`: a ranking title (“十佳农家乐”, “百佳村医”, “十优支部”): a prize, which the guide lists among
what is no slogan, however its numeral reads as a count. People's Daily 2019-2020 quotes six such titles, all
honours (“十佳婆媳”, “十佳支持单位”); no open gold item opens so (the singles' honour prefixes hold 十佳 already;
this is the numbered path's check).

:func:`thing_name`: a short quote of nouns only (海红果, 草库伦, 调解室, 朱子故里), read by the single-phrase judge
(:func:`~corpus_tools.slogans.singles.judge`) when only a weak cue took it. On the open page sets (pages21 …
pages32o's odd half) the single quotes taken on that cue alone were 44 gold items and 15 false alarms; the veto
takes off five false alarms of five writers (护河, 耍歌堂, 海红果, 草库伦, 朱子故里) and no gold item.
"""

from __future__ import annotations

import re

from corpus_tools.slogans.wordshape import nouns_only

__all__ = ["called_before", "criticised_before", "variety_code", "ranked_honour", "thing_name"]

#: a verb of naming closing the text before the quote (被称为, 称之为, 誉为, 人称, 叫作, 称作, 号称, 俗称)
_CALLED_RE = re.compile(r"(?:称之为|称[其他她它]为|被?称为|被?誉为|被?称作|人称|叫作|叫做|号称|俗称|昵称为?|戏称为?|美称为?)$")

#: a verb rejecting or guarding against a practice (防止, 杜绝, 避免, 不搞, 搞 (not 大搞), 不能, 不要, 摒弃, 反对, 力戒,
#: 克服, 谨防, 严防, 拒绝) or leaving a bad state behind (摆脱, 破除, 告别, 打破)
_CRITICISED_RE = re.compile(r"(?:防止|杜绝|避免|(?<!大)搞|不能|不要|摒弃|反对|力戒|克服|谨防|严防|拒绝|摆脱|破除|告别|打破)了?$")

#: two to four characters, not opening with a numeral, closed by a serial number that is not a year
_VARIETY_RE = re.compile(r"(?![一二两三四五六七八九十百千万双])[\u4e00-\u9fff]{2,4}(?!(?:19|20)\d\d$)\d{1,4}")


def called_before(before: str) -> bool:
    """Whether the text before a quotation ends with a verb of naming (被称为, 称之为, 被誉为, 人称, 叫作).

    Parameters
    ----------
    before : str
        The text right before the opening quotation mark.

    Returns
    -------
    bool
        True when the quote is the name something is called by.

    Examples
    --------
    >>> called_before("当地人称之为"), called_before("被誉为"), called_before("人称"), called_before("按照")
    (True, True, True, False)
    """
    return bool(_CALLED_RE.search(before))


def criticised_before(before: str) -> bool:
    """Whether the text before a quotation ends with a verb rejecting or guarding against a practice
    (防止搞, 不能, 避免, 杜绝, 反对); 大搞 promotes and is not one.

    Parameters
    ----------
    before : str
        The text right before the opening quotation mark.

    Returns
    -------
    bool
        True when the quote names a practice the sentence rejects.

    Examples
    --------
    >>> criticised_before("怎样防止搞"), criticised_before("扶贫不能"), criticised_before("全县大搞"), criticised_before("推行")
    (True, True, False, False)
    """
    return bool(_CRITICISED_RE.search(before))


def variety_code(norm: str) -> bool:
    """Whether a quoted phrase is a name closed by a serial number (a crop variety, a ship, a model).

    Parameters
    ----------
    norm : str
        The quoted phrase, normalised.

    Returns
    -------
    bool
        True for two to four characters (no numeral first) and a number of one to four digits, not a year.

    Examples
    --------
    >>> variety_code("赣莲62"), variety_code("西农979"), variety_code("净网2019"), variety_code("四个100")
    (True, True, False, False)
    """
    return bool(_VARIETY_RE.fullmatch(norm))


def ranked_honour(norm: str) -> bool:
    """Whether a quoted phrase is a ranking title (十佳 / 百佳 / 十优 / 百优 / 十杰 first).

    Parameters
    ----------
    norm : str
        The quoted phrase, normalised.

    Returns
    -------
    bool

    Examples
    --------
    >>> ranked_honour("十佳农家乐"), ranked_honour("十大行动"), ranked_honour("十佳")
    (True, False, False)
    """
    return len(norm) > 2 and norm.startswith(("十佳", "百佳", "十优", "百优", "十杰"))


def thing_name(s: str) -> bool:
    """Whether a short quoted phrase reads as the name of a thing: nouns only (:func:`~corpus_tools.slogans.wordshape.
    nouns_only`: 海红果, 草库伦, 调解室, 问题清单), under five characters, not an institution (积分制, 河长制) or a
    spirit (沂蒙精神).
    Such a phrase taken on a weak cue alone (``role in sentence`` or the quote model) is no slogan unless the page
    names it as a programme, tool or goal (:func:`~corpus_tools.slogans.singles.judge`: 推广“草库伦”建设经验, 把发展“海红果”作为…, 围绕“朱子故里”
    如何做好文章 go; “菜篮子”市长负责制, 为建设“森林武隆” stay).

    Parameters
    ----------
    s : str
        The quoted phrase, normalised.

    Returns
    -------
    bool

    Examples
    --------
    >>> thing_name("调解室"), thing_name("积分制"), thing_name("户户通"), thing_name("乡村振兴示范带")
    (True, False, False, False)
    """
    return len(s) < 5 and not s.endswith(("制", "精神")) and nouns_only(s)
