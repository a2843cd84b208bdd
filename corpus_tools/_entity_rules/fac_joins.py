"""Facility names the resolved entities hold in pieces: a site and its part, the ends of a road.

The GUIDE keeps a facility's immediate owner inside its name and one road segment as one name:
镇国寺万佛殿, 平遥古城迎薰门 (a temple or old town and a hall or gate of it), 平孟线水磨头村至孟山段公路,
平遥古城—沁源旅游公路 (a road between two ends; dev8: 五指山—保亭—海棠湾高速公路). The head rules find
the pieces one by one, so the resolved entities read 广惠寺 + (nothing) for 广惠寺华塔 and 龙南 (GPE) +
九连山旅游公路 for a road from 龙南 to 九连山. :func:`joined_facilities` joins them:

* a FAC that ends in a site head (寺, 庙, 观, 宫, 祠, 古城 …) followed directly by one to three name
  characters and a structure head (塔, 殿, 楼, 阁, 亭, 门) that ends there (广惠寺华塔, 镇国寺万佛殿);
* places or facilities, each followed by 至, 到 or —, then a FAC that ends in a road head (公路, 高速,
  铁路, 快速通道, 大道, 专线): the road from one end to the other (龙南至九连山旅游公路).

A station stays apart from its line (dev9 gold: 合青高铁 + 明光北站).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand, is_name_char

__all__ = ["joined_facilities"]

#: heads of a site that has parts (a temple, a palace, an old town)
_SITE_HEADS = ("寺", "庙", "观", "宫", "祠", "庵", "古城", "书院", "陵")
#: structure heads of a part of a site (华塔, 万佛殿, 迎薰门)
_STRUCTURES = "塔殿楼阁亭门"
#: marks between the ends of a road (龙南至九连山, 五指山—保亭—海棠湾)
_SEGMENT_MARKS = "至到—"
#: heads of a road that runs between two ends
_ROAD_HEADS = ("公路", "高速", "高速公路", "铁路", "快速通道", "大道", "专线", "旅游公路")
#: labels of the end a road starts from
_END_LABELS = frozenset(("GPE", "TOWNSHIP", "VILLAGE", "FAC", "LOC"))
#: verbs a part never opens with (灵岩寺|关门后: a verb and its object, no gate)
_PART_VERBS = "关开闭出进登入把"
#: characters after a part that leave it a part (广惠寺华塔周边, 万佛殿和)
_PART_NEXT = "周和与及的等、，。；前后内外上下里旁边也都已将被"


def _part_end(text: str, c: Cand, nxt: "Cand | None") -> int:
    """End of the structure that follows the site *c* right after it, else ``c.end``."""
    if not text.endswith(_SITE_HEADS, c.start, c.end):
        return c.end
    for k in (2, 3, 4):
        part = text[c.end:c.end + k]
        after = text[c.end + k:c.end + k + 1]
        if (len(part) < k or part[-1] not in _STRUCTURES or part[0] in _PART_VERBS
                or not all(is_name_char(ch) and ch not in _PART_NEXT for ch in part)):
            continue
        if (after in _PART_NEXT or not is_name_char(after)) and (nxt is None or nxt.start >= c.end + k):
            return c.end + k
    return c.end


def joined_facilities(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* (resolved, sorted, flat) with a site and its part, and a road and the ends it runs from,
    joined into one FAC (module docstring).

    Examples
    --------
    >>> t = "广惠寺华塔周边整治，抓好龙南至九连山旅游公路和五指山—保亭—海棠湾高速公路建设"
    >>> ents = [Cand(0, 3, "FAC"), Cand(12, 14, "GPE"), Cand(15, 22, "FAC"), Cand(23, 26, "LOC"), Cand(27, 29, "GPE"),
    ...         Cand(30, 37, "FAC")]
    >>> [t[c.start:c.end] for c in joined_facilities(ents, t)]
    ['广惠寺华塔', '龙南至九连山旅游公路', '五指山—保亭—海棠湾高速公路']
    """
    out: list[Cand] = []
    for k, c in enumerate(ents):
        if c.label == "FAC" and text.endswith(_ROAD_HEADS, c.start, c.end):
            start, n = c.start, len(out)
            while n and out[n - 1].label in _END_LABELS and out[n - 1].end + 1 == start and text[start - 1] in _SEGMENT_MARKS:
                n -= 1  # 龙南至|九连山旅游公路, 五指山—保亭—|海棠湾高速公路
                start = out[n].start
            if start < c.start and text[start - 1:start] != "从":  # (从北京到上海大道两旁: a route, no road's name)
                del out[n:]
                c = Cand(start, c.end, "FAC", c.prio, source=c.source)
        elif c.label == "FAC":
            end = _part_end(text, c, ents[k + 1] if k + 1 < len(ents) else None)
            if end > c.end:
                c = Cand(c.start, end, "FAC", c.prio, source=c.source)
        out.append(c)
    return out
