"""Facilities named by their place: a county, city, province or country, a few nominal words and a
facility or zone head (明光经济开发区, 秭归长江大桥, 明光通用机场, 中国凹凸棒产业小镇).

The head rules (:func:`corpus_tools._entity_rules.fac_heads.find_facs`) grow a facility's name
leftwards until a clause word; a name whose middle is itself a clause word (通用, 精细) or a zone
head they do not know (开发区, 集中区) is lost, and only the place is left. The guide keeps a place
prefix that is directly attached and owns the facility (平遥县消防救援大队, dev9: 上海市工业综合开发区
with its city inside, 明光市第二污水处理厂), so a GPE (from the gazetteer or the country list) followed
by at most eight characters of nominal words and a head (``data/entities/fac_place_heads.txt``)
that ends a segmenter word is one FAC. A village with its village-history hall (梁家河村史馆) is one
FAC too. A designation (省级现代农业产业园, 首批…) is no name: levels, counts and ordinals in the
middle end it. A river or lake (LOC) owns a facility named right after it (滹沱河大桥: the LOC alone
would win over a head rule that stops at the clause after 桥). Townships are left out: a township before a facility with a name of its own is a
separate entity (GUIDE: 三水区乐平镇郊外公园).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.admin_levels import COUNTY_LEVELS, VILLAGE_UNITS
from corpus_tools._entity_rules.lexicon import (SURNAMES, STOPS, Cand, all_stops, common_or_frequent, is_name_char,
                                                longest_first_re, words, words_tuple)
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.scan import generic_only
from corpus_tools._entity_rules.unlisted_places import word_starts
from corpus_tools._entity_rules.word_bounds import word_start

__all__ = ["ancestral_halls", "landscape_works", "old_towns", "place_heads", "placed_facilities", "unit_sites"]

#: word tags (pkuseg, People's Daily set) that may stand between the place and the head
_NOMINAL_TAGS = frozenset(("n", "nz", "vn", "b", "j", "an", "a", "ns", "nt", "f"))
#: a designation or count in the middle: 省级, 国家级, 首批, 示范, 一号, digits
_DESIGNATION_RE = re.compile(r"级|批|示范|[0-9０-９]|[一二三四五六七八九十几两]个|新建|建设|规划")
#: a clause mark or a particle in the middle ends the name
_BREAK_RE = re.compile(r"[，。、；：！？“”《》（）()\s的和与及在是将把对等]")
_MAX_GAP = 8
#: last characters of a river's or lake's name (a LOC owner: 滹沱河大桥, 东湖公园)
_WATER_ENDS = frozenset("河江湖溪")
#: zones a county names directly (安定工业园, 明光开发区)
_ZONE_HEADS = frozenset(("开发区", "工业园", "产业园", "物流园", "科技园", "工业园区"))
#: words that describe a kind of facility, not one (城区, 老旧, 安置, 生态)
_GENERIC_BODY = words("fac_generic_body") | words("fac_generic") | frozenset(("城区", "老旧", "安置", "棚户区"))


@lru_cache(maxsize=1)
def place_heads() -> tuple[str, ...]:
    """Facility and zone heads a place can own (``data/entities/fac_place_heads.txt``), longest first."""
    return tuple(sorted(words_tuple("fac_place_heads"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _heads_re() -> re.Pattern:
    return longest_first_re(place_heads())


def _nominal(feats: list[str], a: int, b: int) -> bool:
    """Every word touching ``[a, b)`` carries a nominal tag."""
    return all(f[2:] in _NOMINAL_TAGS for f in feats[a:b])


def _headed(text: str, feats: list[str], p: Cand, h0: int) -> "Cand | None":
    """The FAC ``text[p.start:h1]`` when a head starts at *h0* and ends a word, else None."""
    for head in place_heads():
        h1 = h0 + len(head)
        if not text.startswith(head, h0):
            continue
        if p.label == "VILLAGE" and not (head == "史馆" and h0 == p.end and text[p.end - 1] == "村"):
            continue
        if p.label == "LOC" and (h0 != p.end or head in _ZONE_HEADS or head == "史馆"):
            continue  # a river or lake owns only what is built on it, named right after it (滹沱河大桥)
        if p.label not in ("VILLAGE", "LOC") and ((h0 == p.end and head not in _ZONE_HEADS) or head == "史馆"):
            continue  # a bare place + head (明光火车站) is left to the station and head rules; 安定工业园 stays
        if head == "城" and h0 - p.end < 2:
            continue  # 县城, 古城, 长城: a town or a wall, not a trade city (义乌国际商贸城, 中国电工电器城)
        if h0 > p.end and generic_only(text[p.end:h0], _GENERIC_BODY):
            return None  # 内丘县城区污水处理厂, 县老旧小区: the words name a kind
        if feats[h1 - 1][:1] not in ("E", "S") or (h1 < len(text) and feats[h1][:1] in ("I", "E")):
            continue  # the head ends inside a word (开发区域)
        if head != "史馆" and feats[h0][:1] not in ("B", "S") and not (head == "城" and word_start(feats, h0) <= h0 - 2):
            continue  # the head starts inside a word (搬迁|县城, 中法|新城; but 国际|商贸城)
        if not _nominal(feats, p.end, h0):
            return None
        return Cand(p.start, h1, "FAC", prio=2, source="rule")
    return None


def placed_facilities(text: str, feats: "list[str] | None", places: list[Cand]) -> list[Cand]:
    """FAC candidates ``place + nominal words + head`` (see the module docstring).

    Parameters
    ----------
    text : str
        The text.
    feats : list of str or None
        Per-character word features (``B-n``, ``E-ns`` …) of the segmenter; without them nothing
        is found.
    places : list of Cand
        Places already found (GPE, TOWNSHIP, VILLAGE …, countries included) and rivers and lakes (LOC).

    Returns
    -------
    list of Cand
        FAC candidates with priority 2 (a longer span than the place, so the resolver keeps it).

    Examples
    --------
    >>> feats = ["B-ns", "E-ns", "B-n", "E-n", "B-n", "I-n", "E-n"]
    >>> [(c.start, c.end, c.label) for c in placed_facilities("明光经济开发区", feats, [Cand(0, 2, "GPE")])]
    [(0, 7, 'FAC')]
    """
    if feats is None or len(feats) != len(text):
        return []
    starts = sorted({p.start for p in places if p.label != "LOC"})  # 秭归长江大桥: the river is no owner between
    out = []
    for p in places:
        if p.label not in ("GPE", "VILLAGE", "LOC") or p.end - p.start < 2 \
                or (p.label == "LOC" and text[p.end - 1] not in _WATER_ENDS):
            continue
        for h0 in range(p.end, min(len(text), p.end + _MAX_GAP + 1)):
            gap = text[p.end:h0]
            if _BREAK_RE.search(gap) or _DESIGNATION_RE.search(gap) or any(p.end <= s < h0 for s in starts):
                break  # a clause mark, a designation or another place (the facility's owner) in between
            c = _headed(text, feats, p, h0)
            if c is not None:
                if not (c.start > 0 and text[c.start - 1] in "“‘" and text[c.end:c.end + 1] in ("”", "’")):
                    out.append(c)  # a whole name in quotes is a figure (足可称“中国武隆公园”), as in the head rules
                break
    return out


#: a site or landscape word that makes a short unit name the name of something larger: the terraces
#: (龙脊梯田, LOC), an old town, a theme town or a port (和顺古镇, 莲麻小镇, 南沙港: FAC), an ethnic or old
#: hamlet (广南侗寨: VILLAGE)
_UNIT_SITE_RE = re.compile(r"(梯田|水库)|(古镇|小镇|古城|大桥|广场|湿地公园|森林公园|公园|港(?![口区湾务澳台商资股城]))"
                           r"|([侗苗瑶壮彝傣羌]古?寨|古寨)")
_UNIT_SITE_LABEL = ("LOC", "FAC", "VILLAGE")


def unit_sites(text: str, feats: "list[str] | None", places: list[Cand]) -> list[Cand]:
    """A township's or village's short name directly followed by a site or landscape word is the site
    (龙脊|梯田 LOC, 和顺|古镇 FAC, 岚漪|大桥 FAC, 广南|侗寨 VILLAGE), not the unit: one longer candidate over both.

    The place must be written without its unit suffix (龙脊镇梯田 stays the town), a county's or
    city's short form counts before 梯田 and 港 only (元阳梯田, 南沙港), and the word must end a
    segmenter word (古城|区 does not).

    Examples
    --------
    >>> feats = ["B-ns", "E-ns", "B-n", "E-n", "S-v"]
    >>> [(c.start, c.end, c.label) for c in unit_sites("龙脊梯田美", feats, [Cand(0, 2, "TOWNSHIP")])]
    [(0, 4, 'LOC')]
    >>> unit_sites("龙脊镇梯田", None, [Cand(0, 3, "TOWNSHIP")])
    []
    """
    out = []
    for p in places:
        if p.label not in ("TOWNSHIP", "VILLAGE", "GPE") or p.end - p.start < 2 or text[p.end - 1] in VILLAGE_UNITS + COUNTY_LEVELS:
            continue
        m = _UNIT_SITE_RE.match(text, p.end)
        if m is None or (p.label == "GPE" and not (m.group(1) or m.group(2) == "港")):
            continue
        h1 = m.end()
        if m.group(2) == "港" and text[p.start:h1] + "集团" in text:
            continue  # 天津港 … 天津港集团: the text names the port's company, the ORG rules read the short form
        if feats is not None and len(feats) == len(text) and h1 < len(text) and feats[h1][:1] in ("I", "E"):
            continue  # 古城|区, 小镇|上: the word goes on
        label = _UNIT_SITE_LABEL[m.lastindex - 1]
        # a port is also the body that runs it (天津港 ORG): the ORG rules' candidate of the same span wins
        prio = 1 if m.group(2) == "港" else 3
        out.append(Cand(p.start, h1, label, prio=prio, code=p.code if label == "VILLAGE" else None, source="rule"))
    return out


#: an ancestral hall: a person's name or honorific + 公祠 (观寿公祠), a surname + 氏宗祠 / 家祠 (李氏宗祠, 陈家祠)
_HALL_RE = re.compile(r"[\u4e00-\u9fff]{2}公祠|[\u4e00-\u9fff](?:氏宗祠|氏祠堂|家祠(?:堂)?)")


def ancestral_halls(text: str) -> list[Cand]:
    """Ancestral halls named by their family or ancestor (FAC): 观寿公祠, 李氏宗祠, 陈家祠.

    The name must start where a name may start (after punctuation or a particle), so 修缮了观寿公祠
    gives 观寿公祠 and 每年家祠 gives nothing.

    Examples
    --------
    >>> [(c.start, c.end) for c in ancestral_halls("修缮了观寿公祠和李氏宗祠")]
    [(3, 7), (8, 12)]
    """
    out = []
    for m in _HALL_RE.finditer(text):
        s = m.start()
        if s > 0 and is_name_char(text[s - 1]) and text[s - 1] not in STOPS and text[max(0, s - 2):s] not in all_stops():
            continue
        if m.group().endswith("家祠") and text[s] not in SURNAMES:
            continue
        out.append(Cand(s, m.end(), "FAC", prio=2, source="rule"))
    return out


#: the township levels an old town (古镇) or an old walled town (古城) may be named after
_OLD_TOWN_LEVELS = {"古镇": ("镇",), "古城": ("镇", "乡")}


def old_towns(text: str, feats: "list[str] | None") -> list[Cand]:
    """An old town named after a township of the country's gazetteer (FAC; GUIDE: 大佛寺古镇):
    和顺古镇 (和顺镇), 西塘古镇 (西塘镇), wherever the text is from; likewise an old walled town, 古城
    (惠远古城 of 惠远镇, 盐官古城, 丹洲古城: open gold tags every such X古城 FAC, GUIDE: 平遥古城). The name of two
    or three characters must start a word: after punctuation or a particle, or where the segmenter starts one.

    Examples
    --------
    >>> [(c.start, c.end) for c in old_towns("来到和顺古镇考察", None)]
    [(2, 6)]
    >>> old_towns("这是一座千年古镇", None)
    []
    >>> old_towns("漫步在江南古镇", None)
    []
    >>> [(c.start, c.end) for c in old_towns("游客来到惠远古城参观", None)]
    [(4, 8)]
    """
    towns = gz.township_names()
    out = []
    for m in re.finditer("古镇|古城", text):
        h = m.start()
        for L in (3, 2):
            s = h - L
            if s < 0 or not any(text[s:h] + level in towns for level in _OLD_TOWN_LEVELS[m.group()]) \
                    or not all(is_name_char(ch) for ch in text[s:h]):
                continue
            if is_word(text[s:h]) or text[s:h] in common_or_frequent():
                break  # 江南古镇, 文化古镇: a common word before 古镇 describes the town, some 江南镇 elsewhere is not it
            if word_starts(text, s) or (feats is not None and len(feats) == len(text) and feats[s][:1] in ("B", "S")):
                out.append(Cand(s, m.end(), "FAC", prio=3, source="rule"))
                break
    return out


#: works and reserves named after the river, mountain or place they stand on (三峡大坝, 唐家河自然保护区)
_LANDSCAPE_WORKS_RE = re.compile(r"(?:国家级)?自然保护区|大坝(?![区子])|大堤")
#: segmenter tags of a proper place name a reserve or dam may be named after (唐家河/ns, 可可西里/ns)
_PLACE_NAME_TAGS = frozenset(("ns", "nz"))
#: tags of a word before which a name may start: verb, preposition, conjunction, particle, punctuation
_CLAUSE_TAGS = frozenset(("v", "p", "c", "u", "w", "d"))


def landscape_works(text: str, feats: "list[str] | None", cands: list[Cand]) -> list[Cand]:
    """A dam, a dike or a nature reserve named after its river, mountain or place is one FAC (GUIDE: FAC;
    blind gold 三峡大坝, 丹江口大坝, 湘江大堤, 唐家河自然保护区, 可可西里自然保护区), not a LOC or GPE before a word.

    The name before the head is a candidate of the rules (a river or mountain LOC, a county or city
    GPE; a township or village too before a reserve) or, with the segmenter's word features, one word
    of three to five characters tagged as a place (ns) or proper noun (nz) (two-character ones are too
    often fragments or phrases: 可可|西里, 沿湖|大堤). A township before 大坝 or 大堤 is
    left out (黄泥塘镇大坝: the dam of the town, no name), and so is a place whose 坝区 the text names
    (车江坝区 … 车江大坝: the plain of a mountain country, LOC).

    Examples
    --------
    >>> [(c.start, c.end, c.label) for c in landscape_works("三峡大坝和丹江口", None, [Cand(0, 2, "LOC")])]
    [(0, 4, 'FAC')]
    >>> landscape_works("建设自然保护区", None, [])
    []
    """
    out = []
    ends: dict[int, Cand] = {}
    for c in cands:
        if c.label in ("LOC", "GPE", "TOWNSHIP", "VILLAGE") and c.end - c.start >= 2:
            if c.end not in ends or c.start < ends[c.end].start:
                ends[c.end] = c
    has_feats = feats is not None and len(feats) == len(text)
    for m in _LANDSCAPE_WORKS_RE.finditer(text):
        h0, dam = m.start(), not m.group().endswith("保护区")
        p = ends.get(h0)
        s = None
        if dam and text[h0 - 1:h0] in ("镇", "乡", "村", "组", "屯"):
            continue
        if p is not None:
            if dam and p.label not in ("LOC", "GPE"):
                continue
            s = p.start
        elif has_feats and h0 > 0 and feats[h0 - 1][:1] in ("E", "S") and feats[h0 - 1][2:] in _PLACE_NAME_TAGS:
            a = word_start(feats, h0 - 1)
            if a > 0 and a not in ends and feats[a - 1][2:] in _PLACE_NAME_TAGS and h0 - word_start(feats, a - 1) <= 5:
                a = word_start(feats, a - 1)  # 可可|西里: a name the segmenter reads as two place words
            if 3 <= h0 - a <= 5 and feats[a][:1] == "B" and all(is_name_char(ch) for ch in text[a:h0]) \
                    and (a == 0 or not is_name_char(text[a - 1]) or a in ends or feats[a - 1][2:] in _CLAUSE_TAGS):
                s = a  # the name starts where a name may start (拥有|唐家河, 、西阳沟; not 可可|西里 read as a noun and a place)
        if s is None or (dam and text[s:h0] + "坝区" in text):
            continue
        if p is None and (text[s:h0] in common_or_frequent() or is_word(text[s:h0])):
            continue  # 沿湖|大堤: a common word before the head names no dike
        if has_feats and m.end() < len(text) and feats[m.end()][:1] in ("I", "E"):
            continue  # the head goes on inside a word
        out.append(Cand(s, m.end(), "FAC", prio=3, source="rule"))
    return out
