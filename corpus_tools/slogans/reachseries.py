"""An unquoted series of the places a campaign reaches (进机关、进社区、进企业): its reach, not its formula.

Outreach is printed as a run of 进 + a kind of unit (宣讲进机关、进乡村、进社区、进企业、进校园). Unquoted, such a run
says where the work goes; the formula, when there is one, is the count the page quotes (“六进”, numbered by the
guide), and the series is then its spelled-out form. So an unquoted 进X series is left out unless the page's text
quotes a count of 进 of as many parts.

Evidence (round 37): on every open page set (pages21-pages35, pages26o-pages38o odd) the series finder took three
unquoted 进X series; one is gold (its page quotes “六进” right after it), two are not (two writers). Quoted 进X series
(“进校园、进社区、进景区”) are judged by the quote rules and are untouched. People's Daily 2019-2020 prints such
runs often (进企业、进车间、进班组; 进家庭、进机关、进社区…), as the reach of an activity; the slogans-dev gold lists none.
"""

from __future__ import annotations

import re
from typing import Sequence

from corpus_tools._validate import check_not_str
from corpus_tools.errors import check_type

from corpus_tools.slogans.core import COUNT_VALUE
from corpus_tools.slogans.wordshape import nouns_only

__all__ = ["reach_series"]

_COUNT_OF_REACH_RE = re.compile(r"“([两二三四五六七八九十])进”")


def reach_series(items: Sequence[str], text: str) -> bool:
    """Whether an unquoted series is the reach of a campaign: three or more items, each 进 and a unit of one to four
    characters the segmenter reads as nouns only (机关, 社区, 校园; not 进得来, a requirement), and no quoted count
    of as many 进 in *text* (“五进”).

    Parameters
    ----------
    items : sequence of str
        The series' items.
    text : str
        The text the series is printed in.

    Returns
    -------
    bool
        True for a series of places reached (to be left out).

    Examples
    --------
    >>> reach_series(["进机关", "进农村", "进学校"], "推动宣讲进机关、进农村、进学校。")
    True
    >>> reach_series(["进机关", "进农村", "进学校"], "开展进机关、进农村、进学校的“三进”活动。")
    False
    >>> reach_series(["进得来", "留得住", "玩得好"], "")
    False
    >>> reach_series(["进机关", "进农村", "进学校"], None)
    Traceback (most recent call last):
    ...
    corpus_tools.errors.ArgumentTypeError: text must be a str, got NoneType
    """
    check_not_str("items", items, "items")
    check_type("text", text, str, "a str")
    parts = [p.strip() for p in items]
    if len(parts) < 3 or not all(p[:1] == "进" and 2 <= len(p) <= 5 for p in parts):
        return False
    if any(COUNT_VALUE[m.group(1)] == len(parts) for m in _COUNT_OF_REACH_RE.finditer(text)):
        return False
    # the word shape is read last (it loads the tagger)
    return all(nouns_only(p[1:]) for p in parts)
