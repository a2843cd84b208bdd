"""The shape of dotted county mottos (诗画仙居·神仙氧吧) and of dotted titles of events and products.

Shared by the single-quote decision (:mod:`corpus_tools.slogans.singles`) and the detector
(:mod:`corpus_tools.slogans.detect`); no other slogan module is imported here.
"""
from __future__ import annotations

import re

__all__ = ["DOTS_RE", "EPITHET_RE", "dot_motto", "dotted_title"]

# A county motto printed as two phrases of equal length joined by a middle dot (诗画仙居·神仙氧吧, 书香蓬溪·诗意栖居,
# 仙居山水·共富先行: user20's 今日仙居 and 蓬溪报 pages). Speech never takes the dot, so a particle inside is part of a
# word (氧吧); a part shaped XX之X is a place's epithet (书画之乡·水晶之都), a place's name, not a formula.
DOTS_RE = re.compile(r"[·•・∙‧]")
EPITHET_RE = re.compile(r"[\u4e00-\u9fff]{2}之[\u4e00-\u9fff]")


# After a dotted phrase, within the clause and up to eight characters on, the head of what it is the title of: an
# event, show, exhibition, course, column, system or product line (“翰墨丹青·笔墨蓬溪”书画作品展, “船山好物·遂宁礼物”
# 伴手礼系列, “创新名城·盛世绽放”国庆联欢活动, 以“X·Y”为主题), or a dash that opens its subject (“感知中国·大美青海”——
# …艺术展). On People's Daily 2019-2020 most quoted dotted pairs are such titles (slogan29's hand count of what a
# first, shape-only version took outside the gold pool; no script in the repository repeats it). It vetoes only the corpus
# recurrence of a dotted motto (detect): an activity theme the page frames as a label stays as before (the guide
# lists one, 学习宣传贯彻党的二十大精神, as a borderline slogan).
_DOTTED_TITLE_AFTER_RE = re.compile(
    r"(?:[\u4e00-\u9fff\d]{0,8}?(?:活动|(?<![发进开拓施])展|节|(?<![社机将不学体])会|演出|汇演|比赛|大赛|赛事|春晚|课|栏目|专栏|"
    r"系列|策划|系统|平台|品牌|商标|产品|礼盒|主题)|——|\d)")


def dotted_title(s: str, after: str) -> bool:
    """Whether the quoted dotted phrase *s* is the title of the thing named after it (*after*: the text
    right after the closing quote), see ``_DOTTED_TITLE_AFTER_RE``.

    Parameters
    ----------
    s : str
        The quoted phrase, without its quotes.
    after : str
        The text right after the closing quote.

    Returns
    -------
    bool
        True when *s* holds a middle dot and *after* opens with the head of an event, show, column,
        product line or the like (or a dash or a digit).

    Examples
    --------
    >>> dotted_title("庆丰收·促脱贫", "第三届石头鱼美食节，"), dotted_title("诗画仙居·神仙氧吧", "作为县域发展的鲜")
    (True, False)
    """
    return bool(DOTS_RE.search(s)) and bool(_DOTTED_TITLE_AFTER_RE.match(after))


def dot_motto(s: str) -> bool:
    """Whether *s* has the shape of a dotted county motto: two phrases of three to five Chinese characters,
    of equal length, joined by a middle dot (诗画仙居·神仙氧吧), neither a place's epithet (书画之乡).

    Parameters
    ----------
    s : str
        The phrase, without its quotes.

    Returns
    -------
    bool
        True for two equal parts of three to five Chinese characters joined by one middle dot,
        neither shaped like an epithet (XX之X).

    Examples
    --------
    >>> dot_motto("诗画仙居·神仙氧吧"), dot_motto("中国·仙居"), dot_motto("书画之乡·水晶之都")
    (True, False, False)
    """
    parts = DOTS_RE.split(s)
    return (len(parts) == 2 and len(parts[0]) == len(parts[1]) and 3 <= len(parts[0]) <= 5
            and all(re.fullmatch(r"[\u4e00-\u9fff]+", p) and not EPITHET_RE.fullmatch(p) for p in parts))
