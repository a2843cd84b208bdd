"""A local scope word opening an event's name is not part of it: 全旗|牧区工作会议, 全县|旅游工作会议, 全区|经济工作会议.

The scanner stops at 县 (an administrative character), so 全县旅游工作会议 is read from 旅游; it reads on
through 旗 (a word of its own: 红旗, 旗帜), so a banner's 全旗牧区工作会议 kept its scope. The gold writes the
meeting without it (GUIDE; :mod:`event_frames` strips the same scopes when it finds the meeting itself).
``find_entities`` calls it once, on the chosen entities, so a name found on any path loses its scope (全旗牧区工作会议:
user30, a banner's paper; 全区基层治理工作会议: user30b, a district's paper).
"""

from __future__ import annotations

from dataclasses import replace

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["LOCAL_SCOPES", "without_local_scope"]

#: scopes of a county, league, prefecture, township or banner (not 全国: 全国两会 keeps it)
LOCAL_SCOPES = ("全省", "全市", "全县", "全区", "全州", "全旗", "全盟", "全乡", "全镇", "全苏木")


def without_local_scope(text: str, cands: list[Cand]) -> list[Cand]:
    """EVENT candidates with a local scope at their start moved past it, when four characters or more remain.

    Examples
    --------
    >>> t = "全旗牧区工作会议召开"
    >>> [t[c.start:c.end] for c in without_local_scope(t, [Cand(0, 8, "EVENT", prio=1)])]
    ['牧区工作会议']
    """
    out = []
    for c in cands:
        if c.label == "EVENT":
            scope = next((s for s in LOCAL_SCOPES if text.startswith(s, c.start)), "")
            if scope and c.end - c.start - len(scope) >= 4:
                c = replace(c, start=c.start + len(scope), text=c.text[len(scope):] if c.text else c.text)
        out.append(c)
    return out
