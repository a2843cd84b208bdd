"""A status or title given to a village in quotes is no village: 结成“友好村”, 评为“文明村”, 建成“四好村”.

A village's name printed in quote marks right after a verb that confers a status or title (结成, 结为, 评为,
被评为, 命名为, 授予, 荣获, 获评, 建成, 创建, 争创, 称为 …), or followed by 称号 / 荣誉 / 之称, is that status, not a place,
even when some village in China bears the name (47 villages are called 友好村): GUIDE annotates the places a text
names, and the open gold of five writers labels none of the quoted statuses and nicknames (“四好村”, “光棍村”, “江村”,
“靛蓝村”, “农民画村”) as VILLAGE. A name printed in quotes without such a verb is left alone (a headline's quoted
village name).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["status_names", "STATUS_VERBS"]

#: Verbs that confer a status or a title on what follows (结成“友好村”, 被评为“文明村”), longest first.
STATUS_VERBS = ("结成", "结为", "评为", "评选为", "命名为", "授予", "荣获", "获评", "获得", "建成", "创建", "争创", "打造成",
                "称为", "称作", "誉为", "叫做", "成为")
#: Words after the closing quote that make the quoted name a title (“文明村”称号).
_TITLE_AFTER = ("称号", "荣誉", "之称", "的称号", "的荣誉")
_OPEN, _CLOSE = "“「『\"", "”」』\""
_LABELS = frozenset(("VILLAGE", "COMMUNITY"))
#: What a list of quoted titles prints between them (获得“示范村”、“文明村”), how many it skips and how long each is.
_SEPARATORS = frozenset("、 　，,和及")
_MAX_LISTED, _MAX_TITLE = 4, 12


def _conferred(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` fills a pair of quote marks that a status verb opens (over the quoted titles listed
    before it: 获得“示范村”“文明村”) or a title word closes."""
    if start == 0 or end >= len(text) or text[start - 1] not in _OPEN or text[end] not in _CLOSE:
        return False
    if text.startswith(_TITLE_AFTER, end + 1):
        return True
    k = start - 1  # the opening quote
    for _ in range(_MAX_LISTED):
        j = k
        while j > 0 and text[j - 1] in _SEPARATORS:
            j -= 1
        if j == 0 or text[j - 1] not in _CLOSE:
            break
        opened = max(text.rfind(q, 0, j - 1) for q in _OPEN)
        if opened < 0 or j - 1 - opened > _MAX_TITLE:
            break
        k = opened
    return text[max(0, k - 4):k].endswith(STATUS_VERBS)


def status_names(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* without the villages and communities that a quoted status or title stands for.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.

    Returns
    -------
    list of Cand
        The spans kept, in the same order.

    Examples
    --------
    >>> t = "两村结成“友好村”，共谋发展。“桃源村”的春天来了"
    >>> [t[c.start:c.end] for c in status_names([Cand(5, 8, "VILLAGE"), Cand(16, 19, "VILLAGE")], t)]
    ['桃源村']
    >>> t = "该村被评为“文明村”"
    >>> status_names([Cand(6, 9, "VILLAGE")], t)
    []
    >>> t = "先后获得“民族团结示范村”“文明村”等称号"
    >>> status_names([Cand(14, 17, "VILLAGE")], t)
    []
    """
    return [c for c in ents if not (c.label in _LABELS and _conferred(text, c.start, c.end))]
