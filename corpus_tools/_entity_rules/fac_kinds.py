"""Facility kinds the text counts: 300多座|明清古戏台, 农民文化广场|204个, 各|居民小区, 鲁家滩等|精品公园.

A head rule (:func:`corpus_tools._entity_rules.fac_heads.find_facs`) takes any words before 广场, 小区,
公园, 戏台 … as a name, and a descriptive kind (休闲广场, 居民小区, 精品公园) looks like one. A name
is one place; a kind is what the text counts. Where the document puts the same string after a count
(a number and a classifier, 各, 众多, 一批 …, or 等 closing a list of its members) or right before one
(204个), the string is a kind in every mention of that document, and so is a span that opens with the
count word itself (众多古戏台). Such spans leave a blocker, so that neither the NER model nor the
document pass puts them back.
"""

from __future__ import annotations

import re
from typing import Callable

from corpus_tools._entity_rules.admin_levels import ADMIN_CHARS
from corpus_tools._entity_rules.lexicon import Cand, occurrences
from corpus_tools._entity_rules.words import PARK_HEADS

__all__ = ["NUMBER_RE", "PLANT_HEADS", "count_patterns", "counted_kinds", "is_counted", "ownerless_plants", "relabel_names",
           "station_facilities"]

#: a count before a kind: a number and a classifier (300多座, 两个), a quantifier (各, 众多, 一批), or 等
#: closing a list of the kind's members (江安河、鲁家滩等|精品公园)
#: a number of two or more (一条|绣品街, 一座座 introduce one name)
NUMBER_RE = r"(?:[2-9２-９]|[0-9０-９]{2,}|[二两三四五六七八九十百千万几][0-9０-９一二两三四五六七八九十百千万]*|一[0-9０-９十百千万]+)"


def count_patterns(classifiers: str, words: str, *, after: str = "", few: str = "") -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Regexes of a count before a string (``…$``), opening it (``^…``) and right after it (``^…``):
    a number of two or more with one of *classifiers* (300多座), 多/几/数 with one of *few* (default
    *classifiers*: 几个), or one of *words* (an alternation: 各|众多|等); after the string only a number
    and one of *after* (default *classifiers*: 文化广场|204个). Facilities and projects count with
    their own classifiers (:mod:`corpus_tools._entity_rules.project_kinds`)."""
    count = f"(?:{NUMBER_RE}[多余]?[{classifiers}]|[多几数][{few or classifiers}]|{words})"
    return (re.compile(count + "$"), re.compile("^" + count),
            re.compile("^" + NUMBER_RE + f"[多余]?[{after or classifiers}]"))


_BEFORE_RE, _OPENS_RE, _AFTER_RE = count_patterns(
    "个座处家片条所间", "各|每个|每座|每处|众多|许多|不少|诸多|一批|一些|这些|那些|各类|各种|各个|部分|等", few="个座处家片条所")


def is_counted(text: str, s: int, e: int) -> bool:
    """Whether the string ``text[s:e]`` stands after or before a count here (300多座|明清古戏台,
    文化广场|204个), or opens with one (众多古戏台).

    Examples
    --------
    >>> is_counted("修复了300多座明清古戏台", 8, 13), is_counted("农民文化广场204个", 0, 6)
    (True, True)
    >>> is_counted("人民广场上", 0, 4), is_counted("众多古戏台", 0, 5), is_counted("打造了一条绣品街", 5, 8)
    (False, True, False)
    """
    return bool(_BEFORE_RE.search(text, max(0, s - 6), s) or _AFTER_RE.match(text[e:e + 6])
                or _OPENS_RE.match(text[s:e]))


def counted_kinds(cands: list[Cand], text: str) -> list[Cand]:
    """*cands* with each facility the document counts (:func:`is_counted` at any of its mentions)
    turned into a blocker (label ``_``).

    Examples
    --------
    >>> t = "建成农民文化广场204个。农民文化广场很热闹，人民广场也是。"
    >>> out = counted_kinds([Cand(2, 8, "FAC"), Cand(13, 19, "FAC"), Cand(23, 27, "FAC")], t)
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('农民文化广场', '_'), ('农民文化广场', '_'), ('人民广场', 'FAC')]
    """
    def counted(name: str) -> bool:
        return len(name) >= 3 and (_OPENS_RE.match(name) is not None or any(
            is_counted(text, s, e) for s, e in occurrences(text, name)))

    return relabel_names(cands, text, counted, "_")


def relabel_names(cands: list[Cand], text: str, decide: Callable[[str], bool], label: str, kind: str = "FAC",
                  *, keep_code: bool = True) -> list[Cand]:
    """*cands* with each candidate of label *kind* (FAC; PROJECT for :mod:`.project_kinds`) whose string
    *decide* accepts (asked once per string: a document-wide verdict for every mention) given *label*
    (``_``: a blocker of at least priority 1); the candidate's gazetteer code goes with it unless *keep_code* is
    False (a township's code is not the code of the zone it names).

    Examples
    --------
    >>> [c.label for c in relabel_names([Cand(0, 2, "FAC"), Cand(3, 5, "GPE")], "某桥和某县", lambda n: True, "ORG")]
    ['ORG', 'GPE']
    """
    memo: dict[str, bool] = {}
    out = []
    for c in cands:
        name = text[c.start:c.end]
        if c.label != kind:
            out.append(c)
            continue
        if name not in memo:
            memo[name] = decide(name)
        if not memo[name]:
            out.append(c)
        elif label == "_":
            out.append(Cand(c.start, c.end, "_", prio=max(c.prio, 1)))
        else:
            out.append(Cand(c.start, c.end, label, prio=c.prio, code=c.code if keep_code else None, source=c.source, text=name))
    return out


#: plant-type heads (GUIDE: 县污水处理厂 and 宁固污水处理厂 are FAC, the bare 城区污水处理厂 is not) and
#: compounds named by what is raised there (养殖小区): a facility of this kind needs an owner in front
PLANT_HEADS = ("污水处理厂", "垃圾处理厂", "电厂", "水厂", "发电站", "养殖小区", "养殖场")
#: the segmenter's tags of the common nouns a kind of plant is described by (生物质/n, 肉牛/n 养殖/vn)
_KIND_TAGS = frozenset(("n", "vn", "an"))


def ownerless_plants(cands: list[Cand], text: str, feats: "list[str] | None",
                     place_spans: "list[tuple[int, int]]") -> list[Cand]:
    """*cands* with each plant-type FAC (:data:`PLANT_HEADS`) whose words before the head are all common
    nouns turned into a blocker: no place inside or right before it, only common nouns of two or more
    characters by the segmenter (no proper-name word, no single-character piece, no verb: 宁固/v is an
    unknown village), no administrative level first (:data:`~corpus_tools._entity_rules.admin_levels.ADMIN_CHARS`: 县污水处理厂), no quote or Latin letter (运往开原市的|生物质电厂, 走进|肉牛养殖小区: a kind;
    县污水处理厂, 宁固污水处理厂, 华能电厂 stay). Needs the segmenter's *feats*.

    Examples
    --------
    >>> t = "运往生物质电厂，宁固污水处理厂"
    >>> feats = ["B-v", "E-v", "B-n", "I-n", "E-n", "B-n", "E-n", "S-w", "B-ns", "E-ns", "B-vn", "E-vn", "B-n", "E-n", "S-n"]
    >>> [(t[c.start:c.end], c.label) for c in ownerless_plants([Cand(2, 7, "FAC"), Cand(8, 15, "FAC")], t, feats, [])]
    [('生物质电厂', '_'), ('宁固污水处理厂', 'FAC')]
    """
    if feats is None or len(feats) != len(text):
        return cands
    out = []
    for c in cands:
        name = text[c.start:c.end]
        head = next((h for h in PLANT_HEADS if name.endswith(h)), None)
        hs = c.end - len(head) if head else c.start
        if c.label != "FAC" or head is None or hs <= c.start or name[0] in ADMIN_CHARS \
                or any(ch in name for ch in "“”‘’\"") or any(ch.isascii() for ch in name) \
                or any(a < hs and c.start < b for a, b in place_spans) \
                or any(feats[i][2:] not in _KIND_TAGS or feats[i][:1] == "S" for i in range(c.start, hs)):
            out.append(c)
            continue
        out.append(Cand(c.start, c.end, "_", prio=max(c.prio, 1)))
    return out


#: power stations: plants (GUIDE: plant-type facilities are FAC); every open gold set that names one labels it FAC
#: (pages25 鱼龙村光伏电站, pages26o 二滩水电站, pages28o 万安水电站), the org rules read 站 as a unit's head
_STATION_RE = re.compile(r"(?:水|火|光伏|风|核|发|变|抽水蓄能|蓄能)?电站$")
#: development zones and parks, which the gazetteer lists among a county's townships (宝坻经济开发区,
#: 京津中关村科技城): every open gold set labels such a name FAC (18 names in eight sets of benchmarks/gold, all FAC)
_ZONE_HEADS = PARK_HEADS + ("科技城",)


def station_facilities(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each ORG named as a power station (…水电站, …光伏电站) and each TOWNSHIP named as a development
    zone (…经济开发区, …科技城, …产业园区) relabelled FAC (:func:`relabel_names`).

    >>> t = "万安水电站和宝坻经济开发区"
    >>> [(t[c.start:c.end], c.label) for c in station_facilities([Cand(0, 5, "ORG"), Cand(6, 13, "TOWNSHIP")], t)]
    [('万安水电站', 'FAC'), ('宝坻经济开发区', 'FAC')]
    """
    ents = relabel_names(ents, text, lambda name: len(name) >= 4 and _STATION_RE.search(name) is not None, "FAC", kind="ORG",
                         keep_code=False)
    return relabel_names(ents, text, lambda name: len(name) >= 4 and name.endswith(_ZONE_HEADS), "FAC", kind="TOWNSHIP",
                         keep_code=False)
