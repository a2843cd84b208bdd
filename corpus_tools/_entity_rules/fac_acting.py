"""Names the facility head rules read that are something else: a 文化馆 or 文化大院 that has staff or runs
things is an organisation; a reservoir (X水库) is a body of water, LOC like the lakes.

The head rules read 蛟河市文化馆, 靠山村文化大院 as facilities. Where the text gives the institution a
head, staff or a role in an event (蛟河市文化馆馆长, 文化大院的负责人, 县文化馆承办), the annotators read it
as ORG in every mention; a facility name is never so followed in the open gold (0 of 65). Museums and
memorials stay FAC whatever follows them (GUIDE: museums are FAC). The role words are few and read after
any mention.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.fac_kinds import relabel_names
from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["acting_institutions", "water_bodies"]

#: heads of public institutions the head rules read as buildings: the cultural centre and the village
#: culture yard (museums, memorials and galleries stay FAC, GUIDE: museums; the crawl's 浏阳市博物馆馆长 too)
_INSTITUTION_ENDS = ("文化馆", "文化大院")
#: institutions that are ORG in every open gold mention, whatever follows (县文化馆 组织/举办/在…展出: pages22 ×2,
#: pages28, pages30o, three writers, 0 FAC); the cultural centre is a public body with staff
_ALWAYS_ORG = ("文化馆",)
#: what follows an institution's name and not a building's: its head, staff, or a role in an event
_ROLE_RE = re.compile(r"(?:的)?(?:馆长|院长|副馆长|副院长|负责人|工作人员|讲解员|党支部|职工|员工|承办|主办|协办|牵头)")
#: what follows an institution that is the agent of what it does, where no 在/到 puts it as the place (县文化馆组织群众演唱,
#: 县文化馆在凯堡村举办演出; not 在县文化馆开展培训): three writers' open pages (orgvil31)
_AGENT_RE = re.compile(r"(?:还|又|也|近日|日前)?(?:在[\u4e00-\u9fff]{2,12}?)?(?:组织|举办|开展|邀请|联合)")
_PLACE_BEFORE = frozenset("在到去来进于")


def acting_institutions(cands: list[Cand], text: str) -> list[Cand]:
    """*cands* with each 文化馆 facility, and each 文化大院 facility whose name the text follows by a head, staff
    or an event role (:data:`_ROLE_RE`) or by what it does as an agent (:data:`_AGENT_RE`) at any mention,
    relabelled ORG.

    Examples
    --------
    >>> t = "蛟河市文化馆馆长说，蛟河市文化馆很大。博物馆的展品多。"
    >>> out = acting_institutions([Cand(0, 6, "FAC"), Cand(10, 16, "FAC"), Cand(19, 22, "FAC")], t)
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('蛟河市文化馆', 'ORG'), ('蛟河市文化馆', 'ORG'), ('博物馆', 'FAC')]
    """
    def acts(name: str) -> bool:
        if name.endswith(_ALWAYS_ORG) and len(name) > 3:
            return True
        return any(name.endswith(h) and len(name) > len(h) for h in _INSTITUTION_ENDS) and any(
            _ROLE_RE.match(text, m.end()) or (_AGENT_RE.match(text, m.end()) and text[m.start() - 1:m.start()]
                                                not in _PLACE_BEFORE) for m in re.finditer(re.escape(name), text))

    return relabel_names(cands, text, acts, "ORG")


def water_bodies(cands: list[Cand], text: str) -> list[Cand]:
    """*cands* with each facility ending in 水库 relabelled LOC (the open gold: 丹江口水库 is LOC), after
    the facility rules have cut its clause (占|丹江口水库).

    Examples
    --------
    >>> t = "卧龙水库和龙潭公园"
    >>> [(t[c.start:c.end], c.label) for c in water_bodies([Cand(0, 4, "FAC"), Cand(5, 9, "FAC")], t)]
    [('卧龙水库', 'LOC'), ('龙潭公园', 'FAC')]
    """
    out = []
    for c in cands:
        if c.label == "FAC" and c.end - c.start > 2 and text.endswith("水库", c.start, c.end):
            c = Cand(c.start, c.end, "LOC", prio=c.prio, code=c.code, source=c.source)
        out.append(c)
    return out
