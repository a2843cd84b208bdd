"""Memorials, sites and pavilions named after an event (GUIDE: spans are flat and maximal; museums and heritage
sites are FAC): 百色起义纪念馆, 遵义会议会址, 秋收起义铜鼓纪念馆 (pages35o), 上海世博会浙江馆 (pages31).

The event rules find the event (百色起义, 上海世博会) and the facility rules then see only a generic head after it
(纪念馆, a kind) or a place and a head (铜鼓纪念馆); the event, the places or facility spans right after it and a
memorial or pavilion head make one FAC. A bare 馆 needs a place between (浙江馆: a province's pavilion).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["event_memorials"]

#: heads of a memorial or a site named after an event, longest first
_HEADS = ("纪念馆", "纪念碑", "纪念园", "纪念亭", "陈列馆", "博物馆", "展览馆", "旧址", "会址", "遗址", "展馆")
#: labels that may stand between the event and the head (a place, the facility the rules found, a blocked kind)
_BETWEEN = frozenset(("GPE", "TOWNSHIP", "VILLAGE", "FAC", "_"))
#: characters after the head that make it part of a longer word (纪念馆长, 遗址公园 is its own facility)
_NOT_AFTER = "长员内公区"


def event_memorials(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* (resolved, blockers included) with each EVENT that a memorial or pavilion head follows, directly or
    after one or two place or facility spans, made one FAC with them.

    Examples
    --------
    >>> t = "参观百色起义纪念馆和秋收起义铜鼓纪念馆"
    >>> ents = [Cand(2, 6, "EVENT"), Cand(6, 9, "_"), Cand(10, 14, "EVENT"), Cand(14, 19, "FAC")]
    >>> [(t[c.start:c.end], c.label) for c in event_memorials(ents, t)]
    [('百色起义纪念馆', 'FAC'), ('秋收起义铜鼓纪念馆', 'FAC')]
    """
    by_start = {c.start: c for c in ents}
    drop: set[int] = set()
    new = []
    for c in ents:
        if c.label != "EVENT":
            continue
        pos, chain = c.end, []
        while len(chain) < 2 and pos in by_start and by_start[pos].label in _BETWEEN:
            chain.append(by_start[pos])
            pos = by_start[pos].end
        end = None
        if chain and text[c.start:pos].endswith(_HEADS):
            end = pos
        else:
            head = next((h for h in _HEADS if text.startswith(h, pos)), None)
            if head is None and chain and chain[-1].label in ("GPE", "TOWNSHIP") and text.startswith("馆", pos):
                head = "馆"  # 上海世博会|浙江|馆: a province's pavilion at an expo
            if head is not None:
                end = pos + len(head)
        if end is None or end <= c.end or (text[end:end + 1] and text[end:end + 1] in _NOT_AFTER):
            continue
        if any(pos <= x.start < end or x.start < pos < x.end for x in ents if x is not c and x not in chain):
            continue  # another span in the head (纪念馆|长) or across the join
        drop.add(id(c))
        drop.update(id(x) for x in chain)
        new.append(Cand(c.start, end, "FAC", prio=2, source="rule"))
    if not new:
        return ents
    return sorted([c for c in ents if id(c) not in drop] + new, key=lambda c: c.start)
