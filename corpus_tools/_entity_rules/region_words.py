"""Region words the segmenter reads inside longer words: 华南|虎, 东亚|飞蝗, 中亚|热带.

A continent, world region or Chinese region (:data:`~corpus_tools._entity_rules.region_spans.WORLD_REGIONS`,
the regions of ``loc_words.txt``) is a LOC, but not where it only starts a species, a pest or a
climate zone named after it. The segmenter's word features tell: the region starts a longer word
that is no place, body or area word (see :func:`regions_in_words`). Species the segmenter's model
does not know are taught through the domain lexicon (``training/segmenter/domain_terms.txt``).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import LOC_WORDS, Cand
from corpus_tools._entity_rules.region_spans import WORLD_REGIONS

__all__ = ["compass_areas", "regions_in_words"]

#: what may follow a region inside one word of the segmenter and leave the region a LOC (东亚地区, 亚洲区)
_REGION_WORD_TAILS = frozenset(("区", "地区", "区域", "国家", "各国", "一带", "平原", "沿海", "大地", "腹地", "内陆"))
#: tags of a segmenter word that names a place, body or area itself (黄河流域/ns, 亚太经济/j, 江边/s): a
#: region at its start stays a LOC
_PLACE_WORD_TAGS = frozenset(("ns", "nt", "j", "s", "f", "b"))
#: last characters of the rivers, lakes, seas and mountains of ``loc_words.txt``, which are sites, not regions: the
#: segmenter's words that start with one still name the site (黄河流域, 长江边), whatever their tag
_WATER_HILL_ENDS = "河江湖海山岭"


#: a compass region (东北: GUIDE LOC, the country's north-east) is a direction before these (东北部, 东北角, 东北方向)
_COMPASS_REGIONS = frozenset(("东北", "西北", "西南", "东南"))
_DIRECTION_TAILS = frozenset("部角方边侧面向郊端隅坡麓岸片")


#: words a direction follows (自西南向东北, 往东北): the compass word is where something goes
_TOWARDS = frozenset("向往朝")


def _compass_direction(c: Cand, text: str, place_ends: frozenset[int]) -> bool:
    """A compass region read as a direction: a direction word follows, also after a list of directions
    (东北部, 东北角, 县城东北方向, 东北、西北片区), a word of going precedes (向东北), or it follows a place
    (修武东北, 连江县东北: north-east of it)."""
    if c.label != "LOC" or text[c.start:c.end] not in _COMPASS_REGIONS:
        return False
    e = c.end
    while text[e:e + 1] in ("、", "和") and text[e + 1:e + 3] in _COMPASS_REGIONS:
        e += 3  # 东北、西北片区: a list of directions closed by a direction word
    return text[e:e + 1] in _DIRECTION_TAILS or text[c.start - 1:c.start] in _TOWARDS or c.start in place_ends


def regions_in_words(cands: list[Cand], text: str, feats: list[str] | None) -> list[Cand]:
    """*cands* without the region words (``WORLD_REGIONS``, the regions of ``loc_words.txt``) that the segmenter's
    word features *feats* read as the start of a longer common word (华南|虎/n, 东亚|飞蝗 once the
    lexicon holds the species, 中亚|热带 the climate zone): a species, pest or climate zone named
    after a region is no LOC. Each such region leaves a blocker (label ``_``) over the word, so the
    NER model does not put it back. A word tagged as a place, body or area (黄河流域/ns, 亚太经济/j)
    or one that only adds an area word to the region (亚洲区, 东亚地区) keeps it.

    Examples
    --------
    >>> t = "华南虎和华南地区的东亚"
    >>> f = ["B-n", "I-n", "E-n", "S-c", "B-ns", "I-ns", "I-ns", "E-ns", "S-u", "B-ns", "E-ns"]
    >>> [(c.label, t[c.start:c.end]) for c in regions_in_words([Cand(0, 2, "LOC"), Cand(4, 6, "LOC")], t, f)]
    [('LOC', '华南'), ('_', '华南虎')]
    """
    n = len(text)
    places = [c for c in cands if c.label in ("GPE", "TOWNSHIP", "VILLAGE")]
    place_ends = frozenset(c.end for c in places)
    directions = [c for c in cands if _compass_direction(c, text, place_ends)]
    if directions:
        cands = [c for c in cands if not _compass_direction(c, text, place_ends)]
        for c in directions:
            if not any(p.start < c.start < p.end for p in places):  # 广东|北部: the province stays, no blocker
                # a blocker over the compass word only: one over 东北部 would be spread by the document
                # pass to 广东北部 and take the province
                cands.append(Cand(c.start, c.end, "_", prio=1))  # over a mention the document pass spreads (prio 0)
    if feats is None or len(feats) != n:
        return cands
    out, blockers = [], []
    for c in cands:
        if (c.label == "LOC" and c.end < n and feats[c.start][:1] == "B" and feats[c.end - 1][:1] in ("B", "I")
                and feats[c.end - 1][2:] not in _PLACE_WORD_TAGS
                and (text[c.start:c.end] in WORLD_REGIONS
                     or (text[c.start:c.end] in LOC_WORDS and text[c.end - 1] not in _WATER_HILL_ENDS))):
            b = c.end
            while b < n and feats[b][:1] == "I":
                b += 1
            if b < n and feats[b][:1] == "E":
                b += 1
            if text[c.end:b] not in _REGION_WORD_TAILS:
                blockers.append(Cand(c.start, b, "_", prio=-2))
                continue
        out.append(c)
    return out + blockers


#: compass regions of the country that 地区 or 一带 follows (西部地区, 中南地区: GUIDE — region + 地区 is
#: the region); 北部 and 南部 name parts of something else (叙北部地区) and stay out
_AREA_REGIONS = ("东部", "西部", "中部", "东北", "西北", "西南", "东南", "中南", "华北", "华东", "华南", "华中", "华西")
_AREA_TAILS = ("地区", "一带")
_COMPASS_RUN_RE = re.compile("[东中西][中西]部|东中西部")


def compass_areas(text: str, feats: list[str] | None, places: list[Cand]) -> list[Cand]:
    """The compass region before 地区 (西部|地区, 中南|地区) as a LOC, where the segmenter's words *feats*
    start a word at it and no place or unit word ends there (连江县东部地区, 中国西部地区, 我县西部地区: a part of that place) and
    no compass character precedes it (中|西部, 晋|东南 are other regions).

    Examples
    --------
    >>> t = "获得了西部地区的项目"
    >>> f = ["B-v", "E-v", "S-u", "B-f", "E-f", "B-n", "E-n", "S-u", "B-n", "E-n"]
    >>> [(t[c.start:c.end], c.label) for c in compass_areas(t, f, [])]
    [('西部', 'LOC')]
    >>> [(c.label, c.start) for c in compass_areas("东西部协作", ["B-j", "I-j", "E-j", "B-vn", "E-vn"], [])]
    [('_', 0)]
    """
    if feats is None or len(feats) != len(text):
        return []
    place_ends = {p.end for p in places}
    out = []
    for word in _AREA_REGIONS:
        i = text.find(word)
        while i >= 0:
            e = i + len(word)
            if (text.startswith(_AREA_TAILS, e) and feats[i][:1] in ("B", "S") and i not in place_ends
                    and text[i - 1:i] not in "东西南北中县市镇乡村区省州旗" and not (i > 0 and feats[i - 1][2:] in ("ns", "j"))):
                out.append(Cand(i, e, "LOC", prio=2, source="regex"))
            i = text.find(word, e)
    # 东西部, 中西部, 东中西部: the pair or triple of regions, no mention of one (the document pass
    # would spread 西部 into them)
    out += [Cand(m.start(), m.end(), "_", prio=1) for m in _COMPASS_RUN_RE.finditer(text)]
    return out
