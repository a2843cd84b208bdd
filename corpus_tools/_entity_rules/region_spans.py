"""Regions: a province's short form with a direction (川西, 陕北), province groups (川渝, 湘鄂赣), continents
and world regions (欧洲, 东南亚) and economic or urban belts (长江经济带): LOC candidates that
:func:`~corpus_tools._entity_rules.sites.find_sites` adds to the site candidates (split from ``sites.py``).
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand, STOPS, common_or_frequent, known_features, words
from corpus_tools._entity_rules.names import is_word
from corpus_tools.text import CJK_RE

__all__ = ["PROVINCE_PART_RE", "WORLD_REGIONS", "province_parts", "province_groups", "world_regions", "region_belts"]

#: a province's one-character short form + a direction (川西, 陕北, 鲁西南, 皖南) or a part of Xinjiang
#: (南疆); the prefecture names among them (湘西, 黔南, 晋中) are gazetteer GPEs of the same length and win
PROVINCE_PART_RE = re.compile("(?:[晋冀鲁豫川渝陕甘苏浙皖闽赣湘鄂粤桂黔滇蒙辽藏琼](?:东南|西南|东北|西北|[东西南北中])|[东西南北]疆)")


def province_parts(text: str) -> list[Cand]:
    """Regions named by a province's short form and a direction (川西, 陕北, 鲁西南) and the parts
    of Xinjiang (南疆, 北疆), where no word goes on into them.

    Examples
    --------
    >>> t = "川西风格的农家院，文明新风吹到南疆村里，在四川西部，皖南山区"
    >>> [t[c.start:c.end] for c in province_parts(t)]
    ['川西', '南疆', '皖南山区']
    """
    out = []
    for m in PROVINCE_PART_RE.finditer(text):
        s, e = m.start(), m.end()
        if s > 0 and CJK_RE.match(text[s - 1]) and text[s - 1] not in "的在到和与从往向赴及是" \
                and text[s - 1] not in STOPS and not (is_word(text[s - 2:s]) and not is_word(text[s - 1:s + 1])):
            continue  # 四川西部: the short form is the end of the full name (地处|鄂西: a word ends before it)
        tail = next((t for t in _REGION_TAILS if text.startswith(t, e)), "")
        if not tail and (text[e:e + 1] in "部方面边侧省市县区人军" or (e < len(text) and text[e - 1:e + 1] in common_or_frequent())) \
                or (e - s == 2 and text[s:e] in gz.upper_names()):
            continue  # 陕西省, 赴陕西延安, 东北部: a province or a direction word; 冀南军区: a command
        out.append(Cand(s, e + len(tail), "LOC", prio=2 if tail else 1))  # 皖南山区 (not 南山区), 赣南革命老区
    return out


#: words that make a region's name longer: its mountains or its old revolutionary base (GUIDE: 吕梁山区)
_REGION_TAILS = ("革命老区", "老区", "山区")
#: one-character province short forms that join into a region (川渝, 湘鄂赣, 江浙沪)
_SHORT_FORMS = "京津冀晋辽苏浙沪皖闽赣鲁豫鄂湘粤桂琼川渝黔滇藏陕甘"
#: a line between provinces, named by its ends (京沪高铁, 京藏高速, 成渝城际, 川藏线)
_ROUTE_WORDS = ("高铁", "铁路", "高速", "城际", "线", "动车", "公路", "客专", "干线", "管道", "航线", "班列")
_PROVINCE_GROUP_RE = re.compile(f"(?:江(?=浙))?[{_SHORT_FORMS}]{{2,3}}")  # 江浙沪: 江 only before 浙


def province_groups(text: str, places: list[Cand]) -> list[Cand]:
    """Two or three province short forms written together name a region (川渝, 湘鄂赣, 苏浙): LOC,
    with 山区 or 革命老区 after it. Not where a place found in the text overlaps it (四川|渝北区),
    where the short forms repeat, where the string is a word, or before a route word (京沪高铁).

    Examples
    --------
    >>> t = "川渝地区和湘鄂赣革命老区，四川渝北区"
    >>> places = [Cand(13, 15, "GPE"), Cand(15, 18, "GPE")]
    >>> [t[c.start:c.end] for c in province_groups(t, places)]
    ['川渝', '湘鄂赣革命老区']
    """
    out = []
    for m in _PROVINCE_GROUP_RE.finditer(text):
        s, e = m.start(), m.end()
        w = m.group()
        if len(set(w)) < len(w) or is_word(w) or w in common_or_frequent() or w in gz.upper_names() \
                or any(p.start < e and s < p.end for p in places):
            continue
        if s > 0 and (is_word(text[s - 1:s + 1]) or text[s - 1:s + 1] in common_or_frequent()):
            continue  # the first short form ends a word before it
        tail = next((t for t in _REGION_TAILS if text.startswith(t, e)), "")
        if not tail and (is_word(text[e - 1:e + 1]) or text[e - 1:e + 1] in common_or_frequent()):
            continue  # the last one starts a word after it
        if text.startswith(_ROUTE_WORDS, e):
            continue  # 京沪高铁, 沪渝高速: the ends of a route, not a region
        out.append(Cand(s, e + len(tail), "LOC", prio=2 if tail else 1, source="list"))
    return out


#: continents and world regions (GUIDE: natural or non-administrative regions are LOC)
WORLD_REGIONS = ("亚洲", "欧洲", "非洲", "美洲", "北美洲", "南美洲", "拉丁美洲", "大洋洲", "南极洲", "北美", "南美", "拉美",
                 "东南亚", "南亚", "东亚", "东北亚", "中亚", "西亚", "中东", "东欧", "西欧", "北欧", "南欧", "中东欧", "欧美",
                 "亚太")
_WORLD_RE = re.compile("|".join(sorted(WORLD_REGIONS, key=len, reverse=True)))


def world_regions(text: str, feats: list[str] | None = None) -> list[Cand]:
    """Continents and world regions (欧洲, 东南亚, 中东) as LOC, unless the first character ends a
    place or word before it (海南|亚龙湾, 广东|亚运), the last one starts a word after it
    (南亚|热带, 中东|部), or the region starts a longer word: one of jieba's (亚洲象, 欧洲杯:
    ``region_words.txt``, ``training/ner/build_region_words.py``), or, with the segmenter's word
    features *feats*, a lone bound morpheme or a lone adjective before another one-character word,
    which the segmenter could not join into a word (非洲|菊/Ng, 南美|白/a|对|虾: a species written
    with its region).

    Examples
    --------
    >>> t = "产品远销欧洲、东南亚，云南亚热带水果，中东部地区，亚洲象"
    >>> [t[c.start:c.end] for c in world_regions(t)]
    ['欧洲', '东南亚']
    >>> t = "非洲菊和欧洲"
    >>> [t[c.start:c.end] for c in world_regions(t, ["B-ns", "E-ns", "S-Ng", "S-c", "B-ns", "E-ns"])]
    ['欧洲']
    >>> t = "南美白对虾，欧洲新能源"
    >>> [t[c.start:c.end] for c in world_regions(t, ["B-ns", "E-ns", "S-a", "S-p", "S-n", "S-w"] + ["B-ns", "E-ns", "S-a", "B-n", "E-n"])]
    ['欧洲']
    """
    out = []
    for m in _WORLD_RE.finditer(text):
        s, e = m.start(), m.end()
        before, after = text[s - 1:s + 1] if s else "", text[e - 1:e + 1]
        if before and (before in gz.upper_names() or is_word(before) or before in common_or_frequent()):
            continue
        if (e < len(text) and text[e] in "部方") or is_word(after) or after in common_or_frequent() \
                or text[s:e + 1] in words("region_words"):
            continue
        if feats is not None and len(feats) == len(text) and e + 1 < len(text) and (
                feats[e] == "S-Ng" or (feats[e] == "S-a" and feats[e + 1][:1] == "S")):
            continue  # 非洲|菊, 南美|白|对|虾 (欧洲|新|能源 stays)
        if text[e:e + 1] in ("江", "河"):
            # 南欧江, 南美河: a river named after the region is one LOC (not the region)
            out.append(Cand(s, e + 1, "LOC", prio=1, source="list"))
            continue
        out.append(Cand(s, e, "LOC", prio=1, source="list"))
    return out


#: what makes a named region an economic or urban belt (长江经济带, 淮河生态经济带, 皖江城市带, 武汉都市圈)
_BELT_RE = re.compile("(?:生态)?(?:经济带|城市带|经济圈|城市群|都市圈)")


def region_belts(text: str, places: list[Cand]) -> list[Cand]:
    """An economic or urban belt named by a region, river or place is one LOC with its name
    (长江经济带, 长三角经济带, 淮河生态经济带, 武汉都市圈): the name is a known river, mountain or
    region, a place found in the text, or a province's short form with a direction or 江 (皖江城市带).
    A bare belt (城市群, 沿江城市带) names none.

    Examples
    --------
    >>> t = "融入长江经济带和皖江城市带，打造沿江城市带"
    >>> [t[c.start:c.end] for c in region_belts(t, [])]
    ['长江经济带', '皖江城市带']
    """
    known = known_features()
    ends = {p.end: p.start for p in places if p.label in ("GPE", "LOC")}
    out = []
    for m in _BELT_RE.finditer(text):
        b = m.start()
        s = next((b - L for L in (6, 5, 4, 3, 2) if b - L >= 0 and text[b - L:b] in known), None)
        if s is None and b in ends:
            s = ends[b]
        if s is None and b >= 2 and text[b - 2] in _SHORT_FORMS and text[b - 1] in "江东西南北中" \
                and text[b - 2:b] not in common_or_frequent():
            s = b - 2
        if s is not None:
            out.append(Cand(s, m.end(), "LOC", prio=3, source="list"))
    return out
