"""Former townships printed with their level word where a village of today bears their name (user36b F1).

撤乡并镇 merged many townships into their neighbours; the seat village of such a township usually keeps
its name (周台子乡 gone, 周台子村 today). The gazetteer holds today's divisions only, so the place matcher
finds the village's short form 周台子 in ``周台子乡退耕还林`` and would cut the 乡 off and link the village.
A name printed with 乡 or 镇 is a township: when no township of today (of any county) is called so, it is
a former township, the span keeps its level word and gets no code (the place tables then link it to its
successor through a merger sentence, or say it is not in today's gazetteer). The same holds for a list of
stems closed by a count of townships (纪畔等四乡并入相邻镇, 纪畔、黄湾两乡).

:func:`former_township_length` is the hook :func:`~corpus_tools._entity_rules.places.find_places` calls
after it has read a village's short form.
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz

__all__ = ["former_township_length"]

#: after 乡 or 镇 these make a word of it (乡村, 乡镇, 乡亲, 镇村, 乡风): no township suffix then
_WORD_NEXT = frozenset("村镇亲土贤下里愁音情风俗邻")
#: a list of stems closed by a count of townships: 纪畔等四乡, 纪畔、黄湾两乡, 纪畔等4个乡
_COUNTED = re.compile(r"(?:[、和与及][\u4e00-\u9fff]{2,4})*等?(?:[两二三四五六七八九十]|[2-9２-９])个?乡(?:镇)?")


def former_township_length(text: str, start: int, end: int) -> int:
    """The length of the former township printed at ``text[start:end]`` (a village's short form read by the
    gazetteer), else 0: ``end - start + 1`` when 乡 or 镇 follows and no township of today bears the name
    (周台子|乡 → 周台子乡), ``end - start`` when a list counted in townships follows (纪畔|等四乡).

    Examples
    --------
    >>> former_township_length("周台子乡退耕还林", 0, 3), former_township_length("纪畔等四乡并入相邻镇", 0, 2)
    (4, 2)
    >>> former_township_length("周台子乡村旅游", 0, 3), former_township_length("周台子村", 0, 3)
    (0, 0)
    """
    level = text[end:end + 1]
    if level in ("乡", "镇"):
        if text[end + 1:end + 2] in _WORD_NEXT and text[end + 1:end + 2] != "":
            return 0
        if gz.lookup(text[start:end] + level, level="township"):
            return 0  # a township of today (of another county): the place matcher decides
        return end - start + 1
    if _COUNTED.match(text, end):
        return end - start
    return 0
