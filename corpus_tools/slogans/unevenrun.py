"""An unframed series whose items open with one repeated word and differ in length by one character.

The series finder takes a run of equal items opening with a repeated word of two characters as a formula by its
shape (统一育苗、统一技术、统一销售: guide 2b's repeated word), with no frame before it; items of unequal length
needed a frame (:func:`~corpus_tools.slogans.series.unquoted_series`). A first item one character longer than the
rest is the same shape printed with a longer verb (统一供仔猪、统一防疫、统一销售; 统一供牛犊、统一防疫、统一收购:
pages29o and pages30o, two counties' cooperatives), so :func:`near_even_repeated` lets such a run through on the
even rule's conditions.
"""

from __future__ import annotations

from typing import Sequence

__all__ = ["near_even_repeated"]

#: what may close the run: the end of a clause or sentence
_CLOSE = "，,。；;！？!?\n"


def near_even_repeated(words: Sequence[str], prefix: str, after: str, determiners: Sequence[str] = ()) -> bool:
    """Whether *words* (three or more items, each opening with the same two characters) pass as an unframed
    repeated-word series although their lengths differ.

    Parameters
    ----------
    words : sequence of str
        The items, the repeated word included.
    prefix : str
        The text of the first piece before the repeated word (a subject such as 公司, or nothing).
    after : str
        The text right after the last item.
    determiners : sequence of str
        Opening words that only pick out members (不同, 各个 …): no formula's frame.

    Returns
    -------
    bool
        True when the items are three or four of four to six characters, the first one character longer than the
        others, opened by a word that is no determiner, after no 的, and the run closes a clause.

    Examples
    --------
    >>> near_even_repeated(["统一供仔猪", "统一防疫", "统一销售"], "", "，户均")
    True
    >>> near_even_repeated(["统一供仔猪", "统一防疫", "统一销售"], "", "等服务")
    False
    """
    lengths = [len(w) for w in words]
    if not 3 <= len(words) <= 4 or len(set(lengths[1:])) != 1 or lengths[0] != lengths[1] + 1:
        return False                 # only the first item longer (a last item one longer has the clause's next
        #                              word in it: 统一指挥、统一协调、统一调度下)
    if min(lengths) < 4 or max(lengths) > 6 or len({w[:2] for w in words}) != 1:
        return False
    if words[0].startswith(tuple(determiners)) or prefix.endswith("的") or len(prefix) > 4:
        return False
    return bool(after) and after[0] in _CLOSE
