"""Mentions printed inside a name: 疫情防控 in 县疫情防控指挥部, 疫情防控工作会议, 《关于做好疫情防控工作的通告》.

A formula printed as part of the name of a body, a meeting or a document is the name's use, not the
paper's (user36 F4: 103 of 119 mentions of 疫情防控 in a county paper of the epidemic years were inside the
names of its headquarters, its meetings and its notices; in People's Daily 2019-2020 3% of 5,436 are). The
tables keep counting them, as they count every printed mention (the issue-16 rule: every mention of 乡村振兴
is counted), and say which ones they are: ``in_name`` on :func:`~corpus_tools.slogans.tables.slogan_mentions`
(the head of the name, or ``《》`` for a title in book-title marks), ``n_in_name`` on
:func:`~corpus_tools.slogans.tables.extract_slogans`. Leave them out with
``m[m["in_name"] == ""]``.

A mention is inside a name when the text right after it is the head of a body's, meeting's or notice's name
(:data:`NAME_HEADS`, after an optional 工作 / 应急: 疫情防控工作领导小组), or when it stands inside 《…》 on its
line. The heads are the name heads that follow 疫情防控, 脱贫攻坚, 乡村振兴 and 复工复产 in People's Daily
2019-2020 (指挥部 46, 领导小组 22, 工作组, 专班, 办公室, 推进会 …); generic nouns that also close names
(方案, 预案, 机制, 中心) are left out unless in 《》: 制定疫情防控方案 is no name.
"""

from __future__ import annotations

import re

__all__ = ["NAME_HEADS", "name_around"]

#: Heads of the names of bodies, meetings and notices a formula is printed inside.
NAME_HEADS = ("指挥部", "领导小组", "工作组", "专班", "办公室", "委员会", "会议", "推进会", "部署会", "调度会", "发布会",
              "通告", "公告", "局")

_HEAD_RE = re.compile(r"(?:工作|应急)?(" + "|".join(sorted(NAME_HEADS, key=len, reverse=True)) + r")(?![面势部限])")
_SPAN = 80  # farthest a book-title mark is looked for, on the mention's line


def name_around(text: str, start: int, end: int) -> str:
    """The name the mention ``text[start:end]`` is printed inside: the head after it (``"指挥部"``), ``"《》"``
    for a title in book-title marks, else ``""``.

    Parameters
    ----------
    text : str
        The text the offsets index into.
    start, end : int
        The mention's span.

    Returns
    -------
    str

    Examples
    --------
    >>> s = "县新冠肺炎疫情防控指挥部召开疫情防控工作会议，要求做好疫情防控工作，不放松疫情防控局面。"
    >>> [name_around(s, m.start(), m.end()) for m in re.finditer("疫情防控", s)]
    ['指挥部', '会议', '', '']
    >>> s = "印发《关于做好疫情防控工作的通告》，制定疫情防控方案"
    >>> [name_around(s, m.start(), m.end()) for m in re.finditer("疫情防控", s)]
    ['《》', '']
    """
    m = _HEAD_RE.match(text, end)
    if m:
        return m.group(1)
    line_start = max(text.rfind("\n", 0, start) + 1, start - _SPAN)
    before = text[line_start:start]
    if before.rfind("《") > before.rfind("》"):
        after = text[end:end + _SPAN].split("\n", 1)[0]
        close = after.find("》")
        if close >= 0 and "《" not in after[:close]:
            return "《》"
    return ""
