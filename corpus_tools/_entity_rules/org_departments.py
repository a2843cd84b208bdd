"""Departments whose names join two fields with 和 (县住房和城乡建设局, 省文化和旅游厅): where such a name
starts before its head, and whether a name is one (the learned ORG drop keeps them).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.admin_levels import GOVERNMENT_MINORITY_LEVELS
from corpus_tools._entity_rules.lexicon import all_stops, is_name_char
from corpus_tools._entity_rules.names import is_word

__all__ = ["DEPT_HEADS", "DEPT_LEVELS", "is_merged_department", "merged_department_start"]

#: Heads of departments whose names since the 2018 reform join two fields with 和 (县住房和城乡建设局,
#: 省文化和旅游厅, 旗林业和草原局).
DEPT_HEADS = ("委员会", "局", "厅", "委")
#: Level characters that open such a department (县住房和城乡建设局, 旗林业和草原局).
DEPT_LEVELS = GOVERNMENT_MINORITY_LEVELS + "盟"
_FIELD = r"[^\W\d_县市省区旗州盟局委部办厅院会府和的在了是为对把被将与及等]{2,8}"  # 城乡, 城镇 may stand inside
_MERGED = rf"[{DEPT_LEVELS}]{_FIELD}和{_FIELD}(?:{'|'.join(DEPT_HEADS)})"
_MERGED_END_RE = re.compile(_MERGED[:_MERGED.rindex("(?:")] + "$")
_MERGED_UNIT_END_RE = re.compile(_MERGED + "$")  # 林业和草原局|党委: a unit of such a department
_MERGED_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?{_MERGED}")
#: Longest department the two end patterns match: level, two fields of at most 8, 和, a head of at most 3.
_MERGED_MAX = 1 + 8 + 1 + 8 + max(map(len, DEPT_HEADS))


def is_merged_department(name: str) -> bool:
    """*name* is a department of two fields joined by 和, with its level and perhaps its place
    (雁塔区住房和城乡建设局): a name the learned ORG drop keeps.

    Examples
    --------
    >>> is_merged_department("雁塔区住房和城乡建设局"), is_merged_department("县委和县政府")
    (True, False)
    """
    return _MERGED_NAME_RE.fullmatch(name) is not None


def merged_department_start(text: str, s: int, h0: int, place_ends: "dict[int, tuple[int, str]] | None" = None,
                            *, unit: bool = False) -> int:
    """Start of a department whose name joins two fields with 和 right before the head at *h0*
    (县住房和城乡建设局, 县文化广电体育和旅游局), when it starts before *s*: a level character that
    opens a clause, or ends a place of *place_ends* (start -> (end, label); 乌鲁木齐市|人力资源和社会保障局
    starts with the place), then two fields of two to eight characters with no level, head or
    function character; else *s*. With *unit*, the head at *h0* is a unit of such a department
    (和田地区林业和草原局|党委), whose head stands right before *h0*.

    Examples
    --------
    >>> text = "县住房和城乡建设局召开会议"
    >>> merged_department_start(text, 8, 8)  # the head 局 at 8, nothing found before it
    0
    >>> merged_department_start("区域协调发展在党和国家发展全局", 14, 14)
    14
    >>> merged_department_start("推进区块链和大数据局建设", 10, 10)  # 区块 is a word, 区 no level
    10
    """
    m = (_MERGED_UNIT_END_RE if unit else _MERGED_END_RE).search(text, max(0, h0 - _MERGED_MAX), h0)
    if m is None or m.start() >= s:
        return s
    k = m.start()
    # 乌鲁木齐市|人力资源和社会保障局: the level character ends a place, which the name keeps
    place = next((b for b, (e, _) in (place_ends or {}).items() if e == k + 1 and b < k), None)
    if place is None and is_word(text[k:k + 2]):
        return s  # 区块链和大数据局, 乡村医生和…: the level character opens a word, it is no level
    if k == 0 or not is_name_char(text[k - 1]) or text[k - 1] in all_stops():
        return k
    return s if place is None else place
