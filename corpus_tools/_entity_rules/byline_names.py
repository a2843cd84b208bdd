"""Entities of an article's byline: its (role, name) pairs name people, or a unit that supplied the article.

A unit credit （县统计局供稿） gives the pair ``("", "县统计局")``: the unit is an organisation (or a township,
大湾乡供稿), never a person. The rules decide from the name alone: a rule entity spanning the whole name labels
it; a unit credit's name ending in a township suffix is a TOWNSHIP (（宁厂镇供稿）, （芒部镇　罗光华）: the
township that supplied the article, linked by :func:`byline_code`); a unit credit's name opened by
a level or closed by a body's head is an organisation (县卫计委供稿); a jump line (转第四版) is no name; anything
else is a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.admin_levels import TOWNSHIP_SUFFIXES
from corpus_tools._entity_rules.assemble import rule_entities
from corpus_tools._entity_rules.person_roles import ROLE_WORDS
from corpus_tools.text import strip_spaces


#: a unit credit's name that is a body's by its form (县卫计委, 县民宗委, 市农技站): a level opening it or a body's
#: head closing it, where the rules know no whole entity; or a county's name with more after it (a notice's
#: signer, 某某县第一中学, layout.noticesigners)
_UNIT_FORM_RE = re.compile(r"(?:[县市区旗州省][\u4e00-\u9fff]{2,}"
                           r"|[\u4e00-\u9fff]{2,}(?:委|局|办|站|所|院|会|中心|部|队|社|公司|协会)"
                           r"|[\u4e00-\u9fff]{2,}[县市旗][\u4e00-\u9fff]{3,})")
#: a jump line the layout took for a byline (转第四版, 接第2版): never a name
_JUMP_RE = re.compile(r"[转接续]?第?[一二三四五六七八九十\d]{1,3}版")


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
    [('王小明', 'PERSON'), ('县统计局', 'ORG'), ('大湾乡', 'TOWNSHIP')]
    >>> byline_entities([("", "县卫计委"), ("", "转第四版")])
    [('县卫计委', 'ORG')]
    >>> byline_entities(["孟和", "翻译", "其其格"])
    [('孟和', 'PERSON'), ('其其格', 'PERSON')]
    """
    out: list[tuple[str, str]] = []
    for pair in byline or []:
        name = pair if isinstance(pair, str) else pair[1]
        role = "" if isinstance(pair, str) else pair[0]
        if _JUMP_RE.search(name) or name in ROLE_WORDS or name.endswith("评论员"):
            continue  # a jump line; a role word the layout left among the names (本报记者　孟和　翻译　其其格);
            # an editorial's signature naming no one (本报评论员)
        whole = [c for c in rule_entities(name) if c.start == 0 and c.end == len(name) and c.label != "PERSON"]
        if whole:
            out.append((name, whole[0].label))
        elif not role and not isinstance(pair, str) and _UNIT_FORM_RE.fullmatch(name):
            out.append((name, "ORG"))  # （县卫计委供稿）: a unit's credit
        elif not name.endswith(TOWNSHIP_SUFFIXES):
            out.append((name, "PERSON"))
        elif not role and 3 <= len(name) <= 8 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
            out.append((name, "TOWNSHIP"))  # （宁厂镇供稿）: the township that supplied the article (places30)
    return out


def byline_code(name: str, label: str, county_code: "str | None") -> "str | None":
    """The statistical code of a byline's township (:func:`byline_entities`) in the article's county, else None.

    Examples
    --------
    >>> byline_code("化念镇", "TOWNSHIP", "530426")
    '530426104'
    >>> byline_code("王小明", "PERSON", "530426") is None
    True
    """
    if label != "TOWNSHIP" or not county_code:
        return None
    try:
        return gz.link_place(name, county_code=county_code, level="township")
    except ValueError:
        return None


def without_printed_credits(rows: list[tuple], articles: list, bylines: dict) -> list[tuple]:
    """*rows* without the PERSON rows of an article's text that are its byline's names printed in a credit
    of the text (本报讯（记者 王磊 通讯员刘芳）: a role word before the name in the same clause): the byline
    row counts that mention, so that it is counted once. A name printed with padding (``（通讯员　邱　敏）``) is
    the byline's name without it (邱敏). *bylines*: each article's :func:`byline_entities`, by
    ``(issue_id, article_id)``."""
    names = {key: {strip_spaces(n) for n, lab in ents if lab == "PERSON"} for key, ents in bylines.items()}
    texts = {(a.issue_id, a.id): a.text for a in articles}

    def printed(r: tuple) -> bool:
        key = (r[0], r[1])
        if r[2] != "text" or r[4] != "PERSON" or strip_spaces(r[3]) not in names.get(key, ()):
            return False
        window = texts[key][max(0, r[5] - 40):r[5]]  # long credits: （记者 古丽娜尔·阿布都拉 通讯员王建疆）
        before = re.split("[。，！？；\n]", window)[-1]
        # a bracket, or the line's start: a credit (not 记者王磊看到 inside a sentence)
        opens = ("（" in before or "(" in before or len(before) == len(window) == r[5]
                 or window[-len(before) - 1:][:1] == "\n")
        return opens and any(w in before for w in ROLE_WORDS)

    return [r for r in rows if not printed(r)]
