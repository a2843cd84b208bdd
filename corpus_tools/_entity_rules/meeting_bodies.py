"""The body a meeting belongs to, a visiting team and a meeting venue (user34 F11, F14).

- A session keeps the body that meets (GUIDE no. 18 keeps 市 in 市第二届乡村体育节, as 县委经济工作会议):
  ``政协拜泉县第五届委员会第三次会议`` is one EVENT, not ``拜泉县第五届…`` after a bare 政协; ``县第14届人大常委会第3次会议``
  keeps its 县 when the level character opens the clause (（2015年3月2日县第14届…）).
- A visiting team is no organisation (GUIDE no. 8: 山西社会实践调研团 → GPE 山西, the team itself is not annotated):
  an ORG that is a place and a team word (``克东县考察团``, ``X市代表团``, ``X县学习观摩团``) gives way to the place, a GPE
  (other team names, 中国体育代表团, are left as the rules read them).
- A meeting venue (``县会议中心``, ``X市会展中心``) is a facility: FAC, not ORG.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["meeting_bodies"]

#: words for a team sent on a visit (not a standing body: 县委宣讲团 and 县豫剧团 stay ORG)
TEAM_HEADS = ("考察团", "代表团", "调研团", "观摩团", "学习团", "访问团", "参观团", "慰问团", "学习考察团", "观摩学习团")
#: heads of a meeting venue
VENUE_HEADS = ("会议中心", "会展中心", "国际会议中心")
#: the level a place name ends in before a team word
_PLACE_END_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|旗|州|盟)")
#: what may stand before the level character that opens a session's name: the start, no CJK, or a date's 日
_OPENS_RE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[0-9０-９一二三四五六七八九十]日)$")
#: an EVENT that opens with an edition or the county's name (拜泉县第五届委员会…, 第14届人大常委会…)
_SESSION_START_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|旗))?第[〇一二三四五六七八九十百0-9０-９]{1,4}届")


def meeting_bodies(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with sessions grown to their body, visiting teams read as their place and venues as FAC.

    Examples
    --------
    >>> t = "政协拜泉县第五届委员会第三次会议开幕。克东县考察团在县会议中心座谈。"
    >>> ents = [Cand(2, 16, "EVENT"), Cand(19, 25, "ORG"), Cand(26, 31, "ORG")]
    >>> [(t[c.start:c.end], c.label) for c in meeting_bodies(ents, t)]
    [('政协拜泉县第五届委员会第三次会议', 'EVENT'), ('克东县', 'GPE'), ('县会议中心', 'FAC')]
    >>> t = "（县第14届人大常委会第3次会议通过）"
    >>> [t[c.start:c.end] for c in meeting_bodies([Cand(2, 16, "EVENT")], t)]
    ['县第14届人大常委会第3次会议']
    """
    out = []
    taken = [(c.start, c.end) for c in ents if c.label != "_"]
    for c in ents:
        name = text[c.start:c.end]
        if c.label == "EVENT" and _SESSION_START_RE.match(name):
            s = c.start
            if text.endswith("政协", 0, s):
                s -= 2
            elif name.startswith("第") and s >= 1 and text[s - 1] in "县市区旗" and _OPENS_RE.search(text, 0, s - 1):
                s -= 1
            if s < c.start and not any(a < c.start and b > s for a, b in taken if (a, b) != (c.start, c.end)):
                c = Cand(s, c.end, "EVENT", c.prio, c.code, c.source)
        elif c.label == "ORG" and name.endswith(TEAM_HEADS):
            m = _PLACE_END_RE.match(name)
            head = next(h for h in TEAM_HEADS if name.endswith(h))
            if m and m.end() == len(name) - len(head):
                c = Cand(c.start, c.start + m.end(), "GPE", c.prio, None, c.source)
        elif c.label == "ORG" and name.endswith(VENUE_HEADS):
            c = Cand(c.start, c.end, "FAC", c.prio, c.code, c.source)
        out.append(c)
    return out
