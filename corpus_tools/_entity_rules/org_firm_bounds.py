"""A registered firm's name runs from its province or county to 有限公司: 四川|米仓山茶业集团有限公司 → ORG
四川米仓山茶业集团有限公司, and a part of its premises after it is no part of the name: 陕西紫阳春茗茶业有限公司|加工厂.

A company's registered name opens with the place that registered it (GUIDE.md: an organisation keeps its place
prefix; the pages of several writers annotate 四川米仓山茶业集团有限公司, 云南弥渡绿源果蔬有限公司, 浙江博泰家具有限公司
whole). A place before a short name stays apart (顺德|新宝集团, 梅州市|梅盛专业合作社 on the open gold), so only a
name ending in 有限公司 or 有限责任公司 joins the GPE right before it (a hospital or school after a province,
湖南省|新田县人民医院, never does: it has no legal form). No check looks at what opens the firm's own name: a GPE
is joined whatever follows it, as long as the ORG right after it ends in the legal form. A
workshop, plant or centre of the firm after 有限公司 (加工厂, 分拣中心, 生产车间, 仓库) is where something happens,
not a sub-unit of the organisation (a party branch or a department would be: 有限公司党总支), so the ORG ends at
公司.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["firm_bounds"]

_LEGAL_END = ("有限公司", "有限责任公司")
#: parts of a firm's premises after its name (the ORG ends before them)
_PREMISES_RE = re.compile(r"(?:有限公司|有限责任公司)((?:[\u4e00-\u9fff]{0,4}?)(?:加工厂|加工车间|生产车间|分拣车间|车间|分拣中心|"
                          r"仓储中心|仓库|厂区|厂房|生产线|生产基地|基地|门店|展厅|大楼|工地))$")


def firm_bounds(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with a GPE right before a registered firm's name (an ORG ending in 有限公司) joined to it, and a
    firm's ORG that runs on into its premises cut at 公司.

    Examples
    --------
    >>> text = "引进四川米仓山茶业集团有限公司收购鲜叶"
    >>> [(text[c.start:c.end], c.label) for c in firm_bounds([Cand(2, 4, "GPE"), Cand(4, 15, "ORG")], text)]
    [('四川米仓山茶业集团有限公司', 'ORG')]
    >>> text = "陕西紫阳春茗茶业有限公司加工厂内"
    >>> [(text[c.start:c.end], c.label) for c in firm_bounds([Cand(0, 15, "ORG")], text)]
    [('陕西紫阳春茗茶业有限公司', 'ORG')]
    >>> text = "顺德新宝集团"
    >>> [(text[c.start:c.end], c.label) for c in firm_bounds([Cand(0, 2, "GPE"), Cand(2, 6, "ORG")], text)]
    [('顺德', 'GPE'), ('新宝集团', 'ORG')]
    """
    if not any(c.label == "ORG" and "公司" in text[c.start:c.end] for c in ents):
        return ents
    out: list[Cand] = []
    for c in sorted(ents, key=lambda c: (c.start, c.end)):
        if c.label == "ORG":
            m = _PREMISES_RE.search(text, c.start, c.end)
            if m and m.end() == c.end:
                c = Cand(c.start, m.start(1), "ORG", prio=c.prio, source=c.source)
            prev = out[-1] if out else None
            if (prev is not None and prev.label == "GPE" and prev.end == c.start
                    and text[c.start:c.end].endswith(_LEGAL_END)):
                out[-1] = Cand(prev.start, c.end, "ORG", prio=c.prio, source=c.source)
                continue
        out.append(c)
    return out
