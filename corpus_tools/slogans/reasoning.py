"""An unquoted run of clauses that reasons from a condition to its consequences: an argument, not a formula.

:func:`consequence_chain`: two or more items of the run hold the adverb 就 or 也 after their subject (农民收入上不去，
农业就稳不住，农村也难发展: if the first fails the others follow). Such a run spells out why something matters; the
guide's unquoted series name a requirement, goal, principle or method, and no gold series of the open sets, the
development reports or the seeds has an item with 就 or 也 after its first two characters (就业, 就近, 就地 are words:
一户一就业, 就近便利). The series finder may still form the run when a count of the page (“三农”) anchors it.
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["consequence_chain"]

#: 就 or 也 as an adverb after at least two characters of the item (not the words 就业, 就近, 就地 …)
_CONSEQUENCE_RE = re.compile(r"^[\u4e00-\u9fff]{2,}?(?:就(?![业近地医学餐读位诊职])|也)")


def consequence_chain(items: Sequence[str]) -> bool:
    """Whether two or more of *items* go on with 就 or 也 after their subject: a chain of consequences.

    Parameters
    ----------
    items : sequence of str
        The items of a series, separators removed.

    Returns
    -------
    bool
        True when at least two items hold the adverb 就 or 也 after their first two characters.

    Examples
    --------
    >>> consequence_chain(["农民收入上不去", "农业就稳不住", "农村也难发展"])
    True
    >>> consequence_chain(["一村一工厂", "一户一就业", "一乡一特色"]), consequence_chain(["马上就办", "真抓实干", "担当作为"])
    (False, False)
    """
    return sum(bool(_CONSEQUENCE_RE.match(it)) for it in items) >= 2
