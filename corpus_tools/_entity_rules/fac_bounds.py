"""Bounds of facility spans that the head scan draws too wide: a stretch between two facilities, and the town.

* ``锦江大桥至滨江广场一段堤岸``, ``顺德大道至瑶族博物馆路段``: the scan from the last head runs over 至 to the first
  facility. A stretch between two named facilities is two names (a road between two places stays one name:
  龙南至九连山旅游公路, :mod:`corpus_tools._entity_rules.fac_joins`), so the span is split at 至/到 when both sides
  end in a facility head and the right one is no road.
* ``明代石拱桥``, ``古代都城遗址``: an age and a kind of facility describe one, they name none (a blocker).
* ``县城滨江广场``, ``县城人民路``: 县城 (the county town) is where the facility is, a deictic like 全县, not part
  of its name; so are the words of jurisdiction ``社区把辖区江堤小区…``, ``所在``, ``所属``, ``境内`` (whose area the
  facility lies in; the same words are generic before 社区, ``community_generic.txt``).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import FAC_GENERIC, FAC_HEADS, Cand

__all__ = ["facility_bounds"]

#: area words before a facility name that place it without naming it (each two characters)
_TOWN_PREFIXES = ("县城", "城区", "辖区", "所在", "所属", "境内")
#: scopes before a kind of facility (全区老旧小区): the whole unit's facilities of that kind, no name
_SCOPES = ("全县", "全区", "全市", "全镇", "全乡", "全村")
_ROAD_HEADS = ("路", "公路", "高速", "铁路", "快速通道", "大道", "专线", "线", "街", "大街")
_JOINS = "至到"
#: ages before a kind of facility (明代石拱桥, 古代都城遗址: pages31o): a description, no name; no open gold FAC
#: starts with one
_ERAS = ("古代", "近代", "明代", "清代", "宋代", "唐代", "元代", "汉代", "明清", "唐宋")


def _headed(name: str) -> bool:
    return len(name) >= 3 and name.endswith(FAC_HEADS)


def facility_bounds(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with FAC spans split at 至 between two facilities and without a leading 县城 or 辖区 (an area word);
    an age and a kind (明代石拱桥) leave a blocker.

    Examples
    --------
    >>> t = "图为锦江大桥至滨江广场一段堤岸，县城顺德大道封闭"
    >>> [(t[c.start:c.end], c.label) for c in facility_bounds([Cand(2, 11, "FAC"), Cand(16, 22, "FAC")], t)]
    [('锦江大桥', 'FAC'), ('滨江广场', 'FAC'), ('顺德大道', 'FAC')]
    >>> [c.label for c in facility_bounds([Cand(0, 5, "FAC")], "明代石拱桥")]
    ['_']
    >>> [c.label for c in facility_bounds([Cand(0, 6, "FAC")], "辖区老旧小区")]
    ['_']
    """
    out: list[Cand] = []
    for c in ents:
        if c.label != "FAC":
            out.append(c)
            continue
        name = text[c.start:c.end]
        if name.startswith(_ERAS) and len(name) - 2 <= 5 and _headed(name[2:]):
            out.append(Cand(c.start, c.end, "_", c.prio, source=c.source))  # 明代石拱桥, 古代都城遗址: a kind of an age
            continue
        parts = [c]
        for k, ch in enumerate(name):
            if ch in _JOINS and _headed(name[:k]) and _headed(name[k + 1:]) and not name.endswith(_ROAD_HEADS):
                parts = [Cand(c.start, c.start + k, "FAC", c.prio, source=c.source),
                         Cand(c.start + k + 1, c.end, "FAC", c.prio, source=c.source)]
                break
        for p in parts:
            if text.startswith(_TOWN_PREFIXES + _SCOPES, p.start) and _headed(text[p.start + 2:p.end]):
                if text[p.start + 2:p.end] in FAC_GENERIC:  # 辖区|老旧小区, 全区|老旧小区 (user32b F14): a kind, no name
                    p = Cand(p.start, p.end, "_", p.prio, source=p.source)
                elif not text.startswith(_SCOPES, p.start):  # a scope before a name is left as it was
                    p = Cand(p.start + 2, p.end, "FAC", p.prio, source=p.source)
            out.append(p)
    return out
