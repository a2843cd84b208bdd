"""A quoted two-part motto the page names as its method: “X、Y”的办法 / 的做法 / 的路子.

A pair of two clauses of one length, quoted and followed by a head that names a way of working (办法, 做法, 路子,
方法, 经验), is a formula the page adopts as its method (guide: a working model or principle, ``quoted``), whatever
verb comes before it (摸索出“大稳定、小调整”的办法, 推广“以湖兴村、以村护湖”的做法, 走“以煤兴工、以工促农”的路子).

Evidence (round 37): on every open page set (pages21-pages35, pages26o-pages38o odd) the seven quoted pairs before
such a head are gold in six writers' sets; the rules took six of them by their verb or shape and missed the one
after 摸索出. The head must follow the quote at once (with or without 的): a longer gap leaves the head to another
noun.
"""

from __future__ import annotations

import re
from typing import Sequence

from corpus_tools._validate import check_not_str
from corpus_tools.errors import check_type

__all__ = ["METHOD_HEAD_RE", "method_pair"]

#: a head naming a way of working, right after the closing quotation mark
METHOD_HEAD_RE = re.compile(r"的?(?:办法|做法|路子|方法|经验)")


def method_pair(items: Sequence[str], after: str) -> bool:
    """Whether a quoted pair is a method the page names: two parts of two to eight Chinese characters, of one
    length, different, and a method head (:data:`METHOD_HEAD_RE`) right after the quote. Two names (党建墙、爱心墙)
    are left out before this is asked (:func:`~corpus_tools.slogans.quotetest.classify_quote`'s name test).

    Parameters
    ----------
    items : sequence of str
        The parts of the quoted phrase (normalised).
    after : str
        The text after the closing quotation mark.

    Returns
    -------
    bool
        True for such a pair.

    Examples
    --------
    >>> method_pair(["大稳定", "小调整"], "的办法，然后")
    True
    >>> method_pair(["大稳定", "小调整"], "。")
    False
    >>> method_pair(["一户一策", "分类施策的"], "的办法")
    False
    >>> method_pair("大稳定、小调整", "的办法")
    Traceback (most recent call last):
    ...
    corpus_tools.errors.ArgumentTypeError: items must be an iterable of parts (a list, tuple or set), got the string '大稳定、小调整'; wrap it in a list: ['大稳定、小调整']
    """
    check_not_str("items", items, "parts")
    check_type("after", after, str, "a str")
    parts = [p.strip() for p in items]
    if len(parts) != 2 or parts[0] == parts[1] or len(parts[0]) != len(parts[1]):
        return False
    if not all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", p) for p in parts):
        return False
    return bool(METHOD_HEAD_RE.match(after))
