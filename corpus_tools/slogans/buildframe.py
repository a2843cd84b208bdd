"""打造“X”: the build frame, a governing verb for a quoted label (user30b F2).

打造 is the commonest verb with which county and district papers adopt a label (打造“红色物业”，…). Not every
quote after it is one: a product or a name follows with its head (打造“六盘山牛”品牌, 打造“红色宁化”研学线路, pages21 and
pages25: not gold), and a short name stands alone (打造“画家村”，…, a nonslogan of pages29o). So the frame governs
only a quote of four or more characters that ends its clause (a comma, a full stop …) or is a goal of 的 (打造“畲乡
共富、景美宁和”的新时代乡村, gold of pages25). On the open sets (pages21-28, 26o-30o) the frame holds 6 such
quotes, all gold; in People's Daily 2019-2020, 42 quotes, most of them goals and labels (智慧军运, 不见面审批,
15分钟便民生活圈). The other cues (a name, an ordinary word, 的 inside) still veto.
"""

from __future__ import annotations

__all__ = ["BUILD_VERBS", "builds_label"]

#: Verbs of the build frame.
BUILD_VERBS = ("打造", "全力打造", "着力打造")
_CLAUSE_END = "，。；、！？：,;"


def builds_label(s: str, before: str, after: str) -> bool:
    """Whether the quoted *s* is a label a build verb governs: 打造“X” with X of four or more characters, the
    quote ending its clause or followed by 的.

    Parameters
    ----------
    s : str
        The quoted phrase.
    before, after : str
        The text before the opening and after the closing quotation mark.

    Returns
    -------
    bool

    Examples
    --------
    >>> builds_label("红色物业", "社区全力打造", "，推动物业服务提质")
    True
    >>> builds_label("红色宁化", "打造", "研学线路"), builds_label("画家村", "打造", "，今年")
    (False, False)
    """
    if len(s) < 4 or not before.endswith(BUILD_VERBS):
        return False
    return not after or after[0] in _CLAUSE_END or after.startswith("的")
