"""A market place named by its place and its goods is one FAC (三甲集皮毛市场, 和顺县黄牛交易市场, 重坊木材市场).

市场 is mostly the economy (开拓市场, 普洱茶市场持续走俏, 在陇南药材市场上), so it is no head word of its own
(:mod:`corpus_tools._entity_rules.fac_heads`). A market a village, township or county holds and names, with the
goods it trades between the place and 市场, is a facility in four open page sets by three writers (pages26
和顺县黄牛交易市场, pages28 三甲集皮毛市场, pages30o 杭州茶叶市场, pages31o 尚村皮毛市场, 重坊木材市场; one
village's 牛羊交易市场 of pages30o is left out). :func:`place_markets` joins a place entity and the words after it
into one FAC when they end in 市场 and the next character does not make the market the economy (市场上, 市场化,
市场需求, 市场价格, 市场监管).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["place_markets", "province_words"]

#: the suffixes of province-level names, longest first (维吾尔自治区 before 自治区)
_PROVINCE_ENDS = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")


@lru_cache(maxsize=1)
def province_words() -> frozenset[str]:
    """The province-level names of the gazetteer, full and without their suffix (广东省, 广东; 内蒙古自治区, 内蒙古): a
    province's market or port is all of them, no one place (广东电力市场, 广东口岸)."""
    from corpus_tools import gazetteer as gz

    out = set()
    for name in gz.admin_divisions(level="province").name:
        out.add(name)
        end = next((e for e in _PROVINCE_ENDS if name.endswith(e) and len(name) > len(e) + 1), "")
        out.add(name[:len(name) - len(end)] if end else name)
    return frozenset(out)

#: the labels of a place that holds a market
_OWNERS = frozenset(("GPE", "TOWNSHIP", "VILLAGE"))
#: goods and kind between the place and 市场: two to six Chinese characters, no particle or verb of a clause
_MARKET_RE = re.compile(r"[\u4e00-\u9fff]{2,6}?市场")
#: characters in the goods that make a clause, not a name (的, 在, 和 …)
_CLAUSE_CHARS = set("的了在和与及是为把被将对从向到也都已又还要就")
#: segmenter tags of the goods and the kind of a market (皮毛/n, 交易/vn, 黄牛/n; a verb makes a clause: 建成)
_GOODS_TAGS = frozenset(("n", "vn", "nz", "j", "ng"))
#: what after 市场 makes it the economy or a body, not a place: 市场上, 市场化, 市场需求, 市场价格, 市场监管局
_ECONOMY_NEXT = ("上", "化", "需", "价", "行情", "份额", "主体", "经济", "监管", "营销", "开拓", "前景", "走", "占",
                 "销", "竞争", "体系", "机制", "准入", "空间", "潜力", "规模", "供", "波动", "风险", "部", "中心", "管理")


def _nominal(feats: "list[str] | None", s: int, e: int) -> bool:
    """Every segmenter word that starts in ``[s, e)`` is a noun or a verbal noun (皮毛/n, 交易/vn; not 建成/v); True
    without the segmenter's words."""
    if feats is None or len(feats) < e:
        return True
    return all(f[2:] in _GOODS_TAGS for f in feats[s:e] if f[:1] in ("B", "S"))


def place_markets(ents: list[Cand], text: str, feats: "list[str] | None" = None) -> list[Cand]:
    """*ents* with each village, township or county right before a market's goods and 市场 joined to them as one FAC,
    where no other entity lies between and the goods are nouns (*feats*: the segmenter's words, when known).

    Examples
    --------
    >>> t = "进入三月，尚村皮毛市场迎来春季交易旺季；开拓陇南药材市场上的份额"
    >>> ents = [Cand(5, 7, "VILLAGE"), Cand(22, 24, "GPE")]
    >>> [(t[c.start:c.end], c.label) for c in place_markets(ents, t)]
    [('尚村皮毛市场', 'FAC'), ('陇南', 'GPE')]
    >>> t = "广东电力市场交易"
    >>> [(t[c.start:c.end], c.label) for c in place_markets([Cand(0, 2, "GPE")], t)]
    [('广东', 'GPE')]
    """
    ents = sorted(ents, key=lambda c: (c.start, c.end))
    starts = {c.start for c in ents}
    out: list[Cand] = []
    for i, c in enumerate(ents):
        if c.label in _OWNERS and text[c.start:c.end] not in province_words():
            m = _MARKET_RE.match(text, c.end)
            nxt = ents[i + 1].start if i + 1 < len(ents) else len(text)
            if m is not None and m.end() <= nxt and not (set(text[c.end:m.start() + len(m.group()) - 2]) & _CLAUSE_CHARS) \
                    and not text.startswith(_ECONOMY_NEXT, m.end()) and not any(c.end < k < m.end() for k in starts) \
                    and _nominal(feats, c.end, m.end() - 2):
                out.append(Cand(c.start, m.end(), "FAC", prio=c.prio, source="rule"))
                continue
        out.append(c)
    return out
