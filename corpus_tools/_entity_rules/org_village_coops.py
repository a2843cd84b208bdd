"""A co-operative named by its village and its kind only is one organisation: 古井村|花椒种植专业合作社 →
ORG 古井村花椒种植专业合作社.

A farmers' co-operative registers as place + trade name + trade + 专业合作社. When the village stands where the
trade name would, nothing else tells this co-operative apart, so the village belongs to its name (GUIDE.md: "when
the place is the org's only distinguishing word, it stays in the name": 德胜村蔬菜种植专业合作社, 梁村股份经济合作社).
A co-operative with a trade name of its own does not take the village (GUIDE.md: 横坡村|硕峰合作社; 苏苏村|东旺蔬菜专业
合作社): :func:`~corpus_tools._entity_rules.org_coops.coop_name_start` decides, and a body that is no registered name
(not ending in 专业 or 经济: 凉湾村|贫困户入股合作社) is a clause.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_coops import coop_name_start

__all__ = ["village_coops", "village_teams"]

#: the body of a co-operative's name after its village, up to its head (股份经济|合作社, 肉牛养殖专业|合作社)
_BODY_RE = re.compile(r"[\u4e00-\u9fff]{2,10}?合作社")
#: segmenter tags of a trade name of its own (a proper name) or of a clause (a verb, a function word) in the body
_NOT_KIND = frozenset(("nr", "nz", "nt", "ns", "p", "d", "c", "u", "r", "m", "q", "f", "t"))


def _kind_body(text: str, feats: list[str], s: int, e: int) -> bool:
    """``text[s:e]`` (before 合作社) names only a kind: it ends in 专业 or 经济 (a registered name, not a clause such
    as 贫困户入股) and :func:`~corpus_tools._entity_rules.org_coops.coop_name_start` finds no trade name of its own
    in it (金穗种植专业: a name, the village stays apart; 稻蟹种养专业, 股份经济: a kind). A body that is one word the
    dictionary cannot read and the registered kind only (a craft or product it lacks: 苇编|专业, 侗绣|专业,
    卡垫|农民专业) counts as a kind too; an unknown word before a product is a trade name (东旺|蔬菜专业, GUIDE.md).
    The open page gold keeps the village in 16 of 18 village co-operatives' names."""
    if not text.endswith(("专业", "经济"), s, e):
        return False
    k = coop_name_start(text, feats, s, e)
    return k == -1 or (k is None and _CRAFT_RE.fullmatch(text, s, e) is not None and feats[s][:1] == "B"
                       and feats[s + 1][:1] == "E" and not _CLAUSE_CHARS & set(text[s:s + 2]))


#: one two-character word and the registered kind after it (苇编专业, 卡垫农民专业, 侗绣加工专业)
_CRAFT_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:种养|种植|养殖|加工|销售|生产|农民)?专业")
#: characters of a clause, never of a co-operative's name (成立了, 带动的)
_CLAUSE_CHARS = frozenset("的了着过是在和与及把被对向为从到由让给也都就又还已")


#: a village's or township's performing or contest team named by what it does (培秀村芦笙队, 东河镇代表队,
#: 芹泉村农民宣传队): the writers annotate the place only; service units (驻村工作队, 便民修缮队) stay bodies
_TEAM_RE = re.compile(r"([\u4e00-\u9fff]{1,6}?(村|镇|乡|苏木|街道))((?:[\u4e00-\u9fff]{0,6}?)"
                      r"(?:代表|芦笙|花灯|宣传|表演|舞蹈|腰鼓|秧歌|龙舟|篮球|文艺|锣鼓|舞龙|舞狮|合唱|歌舞|演出)队)")


def village_teams(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each ORG that is a village's or township's team named by what it performs or contests
    (X村芦笙队, X镇代表队) replaced by the place (VILLAGE or TOWNSHIP), as GUIDE.md's writers annotate it.

    Examples
    --------
    >>> text = "培秀村芦笙队在排练"
    >>> [(text[c.start:c.end], c.label) for c in village_teams([Cand(0, 6, "ORG")], text)]
    [('培秀村', 'VILLAGE')]
    >>> text = "田坝村驻村工作队"
    >>> [(text[c.start:c.end], c.label) for c in village_teams([Cand(0, 8, "ORG")], text)]
    [('田坝村驻村工作队', 'ORG')]
    """
    out = []
    for c in ents:
        m = _TEAM_RE.fullmatch(text, c.start, c.end) if c.label == "ORG" else None
        if m is None or m.group(1).startswith(("县", "市", "全", "各")):
            out.append(c)
            continue
        label = "VILLAGE" if m.group(2) == "村" else "TOWNSHIP"
        out.append(Cand(c.start, m.end(1), label, prio=c.prio, source=c.source))
    return out


def village_coops(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* with each VILLAGE right before a co-operative whose body names only its trade (an ORG ending in
    合作社 right after it, or no entity up to 合作社) made one ORG with it.

    Examples
    --------
    >>> text = "成立古井村花椒种植专业合作社"
    >>> feats = ["B-v", "E-v", "B-n", "E-n", "S-n", "B-n", "E-n", "B-v", "E-v", "B-n", "E-n", "B-n", "I-n", "E-n"]
    >>> [(text[c.start:c.end], c.label) for c in village_coops([Cand(2, 5, "VILLAGE"), Cand(5, 14, "ORG")], text, feats)]
    [('古井村花椒种植专业合作社', 'ORG')]
    >>> text = "以东伦村股份经济合作社为依托"
    >>> feats = ["B-f", "E-f", "B-v", "E-v", "B-n", "E-n", "B-n", "E-n", "B-n", "I-n", "E-n", "S-v", "B-v", "E-v"]
    >>> [(text[c.start:c.end], c.label) for c in village_coops([Cand(1, 4, "VILLAGE")], text, feats)]
    [('东伦村股份经济合作社', 'ORG')]
    """
    if feats is None or len(feats) != len(text):
        return ents
    ents = sorted(ents, key=lambda c: (c.start, c.end))
    out: list[Cand] = []
    i = 0
    while i < len(ents):
        v = ents[i]
        o = ents[i + 1] if i + 1 < len(ents) else None
        if v.label != "VILLAGE":
            out.append(v)
            i += 1
            continue
        if o is not None and o.label == "ORG" and v.end == o.start and text.endswith("合作社", 0, o.end) \
                and _kind_body(text, feats, o.start, o.end - 3):
            out.append(Cand(v.start, o.end, "ORG", prio=o.prio, source=o.source))
            i += 2
            continue
        m = _BODY_RE.match(text, v.end)
        head = m is not None and o is not None and o.label == "_" and (o.start, o.end) == (m.end() - 3, m.end())
        if m and (o is None or o.start >= m.end() or head) and _kind_body(text, feats, v.end, m.end() - 3):
            out.append(Cand(v.start, m.end(), "ORG", prio=v.prio, source="rule"))
            i += head  # the bare head 合作社 marked as no name is now inside the name
        else:
            out.append(v)
        i += 1
    return out
