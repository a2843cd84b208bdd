"""A firm, co-operative or association keeps the county or province printed right before it
(西吉县火家集马铃薯产销专业合作社, 新疆昆仑红枣制品有限公司).

A registered name opens with the place that registered it, and the GUIDE keeps a county prefix that is
directly attached and belongs to the name (平遥县书法协会). The span rules read such a name as a GPE and a
trade-name ORG after it (the trade name alone is the GUIDE's choice only after a village: 横坡村|硕峰合作社).
Over every open page set the writers keep a county or province before a firm whole 51 times and never
split it; with a township between them (2 whole, 1 split) and after a township or village alone they
differ, so those stay as they are. A chain of places (广东梅州市|梅盛专业合作社, People's Daily dev9) locates the firm
and stays apart.

A township right before a firm follows the GUIDE's trade-name rule, the one the village follows (横坡村|硕峰合作社,
德胜村蔬菜种植专业合作社): a firm named by its kind only (烤烟专业合作社, 水产协会, 茶业有限公司) has the township as its only
distinguishing word and keeps it (朱口镇烤烟专业合作社, 佐坝乡水产协会: 8 whole over the open page sets of round 36); a
firm with a trade name of its own (塔集镇|鑫源电镀厂, user35; 温更镇|绿源牧业专业合作社, pages34o) or opening with its village,
written with 村 or bare as the document or the county's gazetteer names it (微山岛镇|杨村渔民合作社, 池河镇|五爱魔芋专业合作社
beside 五爱村), does not take it: the village or the trade name is the immediate owner's name. A township with a place
right before it (a chain of places) stays apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.firms import only_industry
from corpus_tools._entity_rules.lexicon import Cand, common_words, replace_inside
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.org_coops import coop_name_start, product_elsewhere
from corpus_tools._entity_rules.org_words import COOP_PRODUCTS

__all__ = ["FIRM_TAILS", "place_firms", "township_firms", "trade_named"]

#: an ORG that opens with a place of its own (梅州市|梅盛专业合作社): a place before it makes a chain
_PLACE_OPENING = re.compile(r"[\u4e00-\u9fff]{1,5}[省市县旗]")

#: last words of a registered firm, co-operative or association name
FIRM_TAILS = ("合作社", "联合社", "公司", "协会", "商会", "传习所")
#: last words of a firm a township may stand before: the registered forms and a works or a shop (鑫源电镀厂, 惠民商行)
_TOWNSHIP_FIRM_TAILS = FIRM_TAILS + ("厂", "商行")


def place_firms(ents: "list[Cand]", text: str, feats: "list[str] | None" = None,
                county_code: "str | None" = None) -> "list[Cand]":
    """*ents* with a GPE joined to the firm ORG that follows at once.

    Examples
    --------
    >>> t = "村里成立了西吉县火家集马铃薯产销专业合作社。"
    >>> out = place_firms([Cand(5, 8, "GPE"), Cand(8, 21, "ORG")], t)
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('西吉县火家集马铃薯产销专业合作社', 'ORG')]
    >>> t = "同心县韦州镇丰源肉牛养殖专业合作社"
    >>> len(place_firms([Cand(0, 3, "GPE"), Cand(3, 6, "TOWNSHIP"), Cand(6, 17, "ORG")], t))
    3
    >>> t = "广东梅州市梅盛专业合作社"
    >>> len(place_firms([Cand(0, 2, "GPE"), Cand(2, 5, "GPE"), Cand(5, 12, "ORG")], t))
    3
    >>> len(place_firms([Cand(0, 2, "GPE"), Cand(2, 12, "ORG")], t))
    2
    >>> t = "平遥县委书记"
    >>> len(place_firms([Cand(0, 2, "GPE"), Cand(2, 4, "ORG")], t))
    2
    """
    out = sorted(ents, key=lambda c: (c.start, c.end))
    by_end = {c.end: c for c in out if c.label == "GPE"}
    ends = {c.end for c in out if c.label in ("GPE", "LOC", "TOWNSHIP")}
    for c in list(out):
        if c.label != "ORG" or not text.endswith(FIRM_TAILS, c.start, c.end):
            continue
        before = by_end.get(c.start)
        if before is None or before.label != "GPE" or before.start in ends or _PLACE_OPENING.match(text, c.start, c.end):
            continue  # 广东|梅州市|梅盛专业合作社: a chain of places locates the firm, its name opens after it
        new = Cand(before.start, c.end, "ORG", prio=c.prio, source=c.source)
        out = replace_inside(out, new)
    return township_firms(out, text, feats, county_code)


#: a firm's name that opens with its village (杨村渔民合作社, 红豆村生猪养殖协会): the village owns it
_VILLAGE_OPENING = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:村|嘎查|社区|屯)")
#: a co-operative's or association's body named by its kind only after a township (烤烟专业合作社, 蔬菜协会)
_KIND_FIRM_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:专业合作社|协会)")


def _bare_village(name: str, text: str, county_code: "str | None") -> bool:
    """*name* opens with a village written bare: two or three characters that the document prints with 村
    (五爱 beside 五爱村) or that the county's gazetteer lists as a village (其 short form)."""
    for n in (2, 3):
        v = name[:n]
        if len(name) - n < 3:
            break
        if v + "村" in text:
            return True
        if county_code and any(len(c) > 9 for c in gz.county_index(county_code).get(v, ())):
            return True
    return False


def trade_named(text: str, s: int, e: int, feats: "list[str] | None" = None) -> bool:
    """The firm ``text[s:e]`` opens with a trade name of its own (鑫源电镀厂, 绿源牧业专业合作社), not with what it
    makes or does only (烤烟专业合作社, 水产协会, 茶业有限公司): GUIDE.md's test of whether a place before it stays
    in the name. A co-operative is read by :func:`~corpus_tools._entity_rules.org_coops.coop_name_start` where the
    segmenter ran; otherwise (and where it cannot tell) the first two characters decide: a trade name is no word of
    People's Daily 1998, no common word, no product of the co-operative lists, no mined industry word (茶业) and
    no product the report prints twice elsewhere (鹰嘴 of 鹰嘴蜜桃:
    :func:`~corpus_tools._entity_rules.org_coops.product_elsewhere`).

    Examples
    --------
    >>> trade_named("鑫源电镀厂", 0, 5), trade_named("水产协会", 0, 4), trade_named("茶业有限公司", 0, 6)
    (True, False, False)
    """
    if feats is not None and len(feats) == len(text) and text.endswith("合作社", s, e):
        h0 = e - 3
        k = coop_name_start(text, feats, s, h0)
        if k is not None:
            return k >= 0
    w = text[s:s + 2]
    return not (is_word(w) or w in common_words() or w in COOP_PRODUCTS or only_industry(w)
                or product_elsewhere(text, w, s, e))


def township_firms(ents: "list[Cand]", text: str, feats: "list[str] | None" = None,
                   county_code: "str | None" = None) -> "list[Cand]":
    """*ents* with a TOWNSHIP joined to the firm ORG that follows at once when the firm is named by its kind only
    (:func:`trade_named`), and made one ORG with a co-operative or association body of its kind only that no entity
    covers (朱口镇|烤烟专业合作社); apart when the firm has a trade name, opens with a village (杨村, 五爱 beside
    五爱村) or a place stands right before the township (a chain of places).

    Examples
    --------
    >>> t = "朱口镇烤烟专业合作社"
    >>> [(t[c.start:c.end], c.label) for c in township_firms([Cand(0, 3, "TOWNSHIP"), Cand(3, 10, "ORG")], t)]
    [('朱口镇烤烟专业合作社', 'ORG')]
    >>> [(t[c.start:c.end], c.label) for c in township_firms([Cand(0, 3, "TOWNSHIP")], t)]
    [('朱口镇烤烟专业合作社', 'ORG')]
    >>> t = "同心县韦州镇丰源肉牛养殖专业合作社"
    >>> len(township_firms([Cand(0, 3, "GPE"), Cand(3, 6, "TOWNSHIP"), Cand(6, 17, "ORG")], t))
    3
    >>> t = "微山岛镇杨村渔民合作社"
    >>> len(township_firms([Cand(0, 4, "TOWNSHIP"), Cand(4, 11, "ORG")], t))
    2
    >>> t = "塔集镇鑫源电镀厂"
    >>> [(t[c.start:c.end], c.label) for c in township_firms([Cand(0, 8, "ORG")], t, None, "320831")]
    [('塔集镇', 'TOWNSHIP'), ('鑫源电镀厂', 'ORG')]
    """
    out = sorted(_split_trade_named(ents, text, feats, county_code), key=lambda c: (c.start, c.end))
    starts = {c.start: c for c in out}
    places = {c.end for c in out if c.label in ("GPE", "TOWNSHIP", "LOC")}
    for town in [c for c in out if c.label == "TOWNSHIP"]:
        if town.start in places:
            continue
        c = starts.get(town.end)
        if c is None:
            m = _KIND_FIRM_RE.match(text, town.end)
            if m is None or any(x.start < m.end() and town.end < x.end for x in out) \
                    or trade_named(text, town.end, m.end(), feats) or _VILLAGE_OPENING.match(text, town.end, m.end()) \
                    or _bare_village(m.group(), text, county_code):
                continue
            out = replace_inside(out, Cand(town.start, m.end(), "ORG", source="rule"))
            continue
        name = text[c.start:c.end]
        if c.label != "ORG" or not name.endswith(_TOWNSHIP_FIRM_TAILS) or _VILLAGE_OPENING.match(name) \
                or _bare_village(name, text, county_code) or trade_named(text, c.start, c.end, feats):
            continue
        out = replace_inside(out, Cand(town.start, c.end, "ORG", prio=c.prio, source=c.source))
    return out


def _split_trade_named(ents: "list[Cand]", text: str, feats: "list[str] | None",
                       county_code: "str | None") -> "list[Cand]":
    """An ORG read whole over one of the county's townships and a firm with a trade name of its own (塔集镇鑫源电镀厂)
    or opening with a village, split into the TOWNSHIP and the ORG (the immediate owner's name)."""
    if not county_code:
        return ents
    out = []
    for c in ents:
        name = text[c.start:c.end]
        tw = None
        if c.label == "ORG" and name.endswith(_TOWNSHIP_FIRM_TAILS):
            tw = next((t for t in _townships(county_code) if name.startswith(t)), None)
        rest = name[len(tw):] if tw else ""
        if tw and len(rest) >= 4 and not rest.startswith(tw[:2]) and (
                trade_named(text, c.start + len(tw), c.end, feats) or _VILLAGE_OPENING.match(rest)
                or _bare_village(rest, text, county_code)):
            out += [Cand(c.start, c.start + len(tw), "TOWNSHIP", source="rule"),
                    Cand(c.start + len(tw), c.end, "ORG", source="rule")]
        else:
            out.append(c)
    return out


@lru_cache(maxsize=64)
def _townships(county_code: str) -> tuple[str, ...]:
    """The county's township and 街道 names of its gazetteer index, longest first (sorted once per county)."""
    return tuple(sorted((t for t in gz.county_index(county_code) if t.endswith(("镇", "乡", "街道"))),
                        key=len, reverse=True))
