"""Whose body a bare organisation name is: 县委, 区委, 镇党委, 村委会 in the county an article is about.

County papers name their own bodies without the place: 县委 (the county's party committee), 区委 in
a district's paper, 镇党委 (the committee of whichever township the article is about), 县教育局.
:func:`bare_level` finds the level word such a name starts with (none when a place's name stands
first: 镇江市委, 乡宁县委); :func:`owner_code` gives the division the body belongs to in the
article's county (given by the metadata or inferred from the text): the county itself for 县, 区 and
for township- and village-level bodies (镇党委, 乡政府, 村委会: the township or village is not
known, but the county is, so two counties' 镇党委 stay apart), the county-level city or the
prefecture for 市, the province for 省; :func:`place_owner` gives the township, village or community
of the county whose name opens a body (通江口镇党委, 靠山村党支部). :func:`qualified_name` writes the county- (city-, province-)
level owner in front (县委 → 平遥县委, 区委 → 双城区委, 市委 → 晋中市委 or 嵊州市委): the entity
table's ``norm``; the span itself is never rewritten.
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools.county_names import division_name

__all__ = ["bare_level", "owner_code", "named_owner", "place_owner", "qualified_name", "LEVEL_WORDS"]

#: Level words a bare body's name may start with, longest first.
LEVEL_WORDS = ("街道", "社区", "省", "市", "县", "区", "镇", "乡", "村")
#: Level words whose owner is known from the county alone, so the name can be qualified in ``norm``.
_QUALIFIED = ("省", "市", "县", "区")
#: Words that start with a level character but are no level (市场监管局: the market regulator).
_NOT_LEVEL = ("市场", "区域", "乡村振兴", "村镇")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def bare_level(name: str) -> str | None:
    """The level word a bare body's *name* starts with, or None when it names its owner.

    Examples
    --------
    >>> bare_level("县委"), bare_level("区委"), bare_level("镇党委"), bare_level("街道党工委")
    ('县', '区', '镇', '街道')
    >>> bare_level("镇江市委"), bare_level("平遥县委"), bare_level("市场监管局")
    (None, None, None)
    """
    word = next((w for w in LEVEL_WORDS if name.startswith(w)), None)
    if word is None or not _HAN.match(name[len(word):len(word) + 1]) or name.startswith(_NOT_LEVEL):
        return None
    upper = gz.upper_names()
    if any(name[:n] in upper for n in range(2, min(len(name), 8) + 1)):
        return None  # 镇江市委, 乡宁县委: a place's name, not a level
    return word


def owner_code(name: str, county_code: str | None) -> str | None:
    """The code of the division a bare body belongs to, in the article's county *county_code*.

    Returns
    -------
    str or None
        The county for 县 (a county's), 区 (a district's) and township- or village-level bodies
        (镇党委, 村委会); for 市 the county when it is a county-level city, else its prefecture;
        for 省 the province. None when *name* is no bare body, no county is known, or the level
        does not fit the county (县委 in a district's paper).

    Examples
    --------
    >>> owner_code("区委", "230113"), owner_code("镇党委", "532925"), owner_code("县委", "230113")
    ('230113', '532925', None)
    >>> owner_code("市委", "140728"), owner_code("市委", "330683"), owner_code("省委", "140728")
    ('1407', '330683', '14')
    """
    level = bare_level(name)
    if level is None or not county_code:
        return None
    code = str(county_code)[:6]
    county = division_name(code) or ""
    if level == "省":
        return code[:2] if division_name(code[:2]) else None
    if level == "市":
        if county.endswith("市"):
            return code
        return code[:4] if division_name(code[:4]) else None
    if level in ("县", "区"):
        return code if county.endswith(level) else None
    return code if county else None


def named_owner(name: str, county_code: str | None) -> str | None:
    """The article's own county, prefecture or province when the body *name* opens with its full name, so that a
    body printed whole (船营区委) has the owner its bare form (区委) gets from :func:`owner_code` (user32b F13).

    Examples
    --------
    >>> named_owner("船营区委", "220204"), named_owner("吉林市委", "220204"), named_owner("吉林省委", "220204")
    ('220204', '2202', '22')
    >>> named_owner("丰满区委", "220204") is None, named_owner("船营区", "220204") is None
    (True, True)
    """
    if not county_code:
        return None
    code = str(county_code)[:6]
    for unit in (code, code[:4], code[:2]):
        full = division_name(unit)
        if full and len(name) > len(full) and name.startswith(full):
            return unit
    return None


#: Level words that end a township, village or community name opening a body (通江口镇|党委, 靠山村|党支部).
_PLACE_ENDS = {"街道": "township", "镇": "township", "乡": "township", "村": "village", "社区": "community"}


def place_owner(name: str, county_code: "str | None", context: str = "", document: str = "") -> "str | None":
    """The code of the township, village or community of the county *county_code* whose name opens
    the body *name* (通江口镇党委 -> 通江口镇, 靠山村党支部 -> 靠山村), the longest such name first;
    None when no place of the county opens it. *context* (the text around) decides namesakes, else the
    one township of theirs the *document* (the whole article) names (:func:`corpus_tools.gazetteer.link_place`).

    Examples
    --------
    >>> place_owner("岳壁乡梁村党支部", "140728"), place_owner("梁村党支部", "140728"), place_owner("县委", "140728")
    ('140728202', '140728202207', None)
    >>> place_owner("朱河村工作队", "421182"), place_owner("朱河村工作队", "421182", document="龙坪镇选派干部……")
    (None, '421182107204')
    """
    if not county_code:
        return None
    for k in range(len(name) - 2, 1, -1):
        level = next((lv for end, lv in _PLACE_ENDS.items() if name.endswith(end, 0, k)), None)
        if level is None:
            continue
        code = gz.link_place(name[:k], county_code=county_code, level=level, context=context, document=document)
        if code and code.startswith(str(county_code)[:6]):
            return code
    return None


def qualified_name(name: str, county_code: str | None) -> str:
    """*name* with its county-, city- or province-level owner written in front (the ``norm`` of a
    bare body); *name* itself when the owner is not known or is a township or village.

    Examples
    --------
    >>> qualified_name("县委", "140728"), qualified_name("县教育局", "140728"), qualified_name("市委", "140728")
    ('平遥县委', '平遥县教育局', '晋中市委')
    >>> qualified_name("区委", "230113"), qualified_name("镇党委", "532925")
    ('双城区委', '镇党委')
    """
    level = bare_level(name)
    if level not in _QUALIFIED:
        return name
    code = owner_code(name, county_code)
    owner = division_name(code) if code else None
    return owner + name[len(level):] if owner else name
