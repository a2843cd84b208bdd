"""Flood-control and emergency works named by their owner (FAC, GUIDE: roads, bridges, plant-type facilities):
dikes (荆江干堤, 汉江大堤, 赤水河东堤), pumping and hydrological stations (金沙湾泵站, 利津水文站), sluices (石洼分洪闸),
resettlement and quarantine sites (八仙安置点, 镇集中隔离点), numbered roads written in Chinese numerals (三一二国道).

The heads come from the 2019–2020 People's Daily articles (``../shared/data/people_daily_2019_2020``: 黄河金沙湾泵站,
利津水文站, 直门达水文站, 油坊节制闸, 石洼分洪闸, 呢噜坪安置点, 纽宾凯酒店隔离点, 灵霓大堤, 黄河大堤) and the 1998
corpus (长江黄广大堤, ``[…]nz``), and from the open gold (八仙安置点, 二级坝船闸 FAC, pages31 / pages33o). A head alone
names nothing (各安置点, 3座泵站, 集中隔离点, 河堤): the name is the place, water or venue the text names right before the
head (an entity candidate ending there), so that the place is inside the facility's name and no separate mention
(flat, maximal spans: 杨家湖|泵站 is no lake mention, 荆南长江干堤 no village 荆南).

A bare sluice name (北闸, 南闸, also the bare form of a village 北闸村) is a structure only with evidence from its
sentence: a verb of guarding or operating a sluice (值守, 检修, 分洪, 开闸, 泄洪) or its gates (闸门, N孔). A bare X堤 is
left alone (黄金堤, 北堤 are villages of many counties); a dike needs a water before it (松滋河堤, 虎渡河东堤).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.word_bounds import starts_word, word_start

__all__ = ["WORKS_SOURCE", "emergency_works", "SLUICE_CUE_RE"]

#: the source of the works found here: their span holds their owner already (no later pass cuts a township off)
WORKS_SOURCE = "works"

#: heads of a dike after the water it guards (长江干堤, 黄河大堤, 虎渡河东堤, 松滋河堤); 堤 starting a word
#: (堤防, 堤岸, 堤坝, 堤顶, 堤脚, 堤内, 堤外, 堤段) is the bank of the river, no named dike
_DIKE_RE = re.compile(r"(?:干堤|大堤|[东西南北]堤|堤)(?![防岸坝顶脚内外段身坡路街村镇乡社区])")
#: characters no river's name holds before its dike: levels and parts of a place or road (城关镇|河堤, 门楼段|河堤)
_NOT_WATER_CHARS = frozenset("镇乡村县市区段路街的和在与及沿")
#: heads of a station, sluice or site named by its owner (bare 泵站 / 安置点 after a count is a kind)
_WORKS_RE = re.compile(r"(?:泵站|电排站|水文站|节制闸|分洪闸|进洪闸|泄洪闸|船闸|安置点|隔离点|核酸检测基地)")
#: words between the owner and a site's head that belong to the name (埠河镇|集中|安置点, 镇|临时|隔离点)
_SITE_MIDDLES = ("集中", "临时")
#: labels of a candidate that can own a dike (a river, a lake)
_WATER_LABELS = ("LOC",)
#: labels of a candidate that can own a station or a site
_OWNER_LABELS = ("LOC", "VILLAGE", "TOWNSHIP", "COMMUNITY", "FAC", "ORG", "GPE")
#: one-character levels that own a county's one site (县核酸检测基地, 县集中隔离点: GUIDE 县污水处理厂)
_LEVELS = "县市区旗镇乡"
#: a road code written in Chinese numerals (二〇七国道, 三一八国道); the Arabic form is sites.road_codes
_CN_ROAD_RE = re.compile(r"(?<![〇零一二三四五六七八九十])[〇零一二三四五六七八九]{3}(?:国道|省道)")
#: a bare sluice name: one or two characters and 闸, after a boundary, before no level or part word
_BARE_SLUICE_RE = re.compile(r"(?:(?<=[在、和与及，。；：“（\s至到经将把])|^)([\u4e00-\u9fff]{1,2}闸)(?![村镇乡口门社区组站街路河港堤])")
#: first characters of a word ending in 闸 that is no name (开闸, 拉闸, 水闸, 船闸, 电闸, 刹闸)
_NOT_SLUICE_FIRST = "开关拉跳提启水船总电道刹落合涵"
#: what a sentence says of a sluice: guarding or working it, its gates (N孔)
SLUICE_CUE_RE = re.compile(r"值守|检修|分洪|开闸|关闸|泄洪|进洪|闸门|启闭|提闸|防守|守护|[0-9０-９一二三四五六七八九十]+孔")
_SENTENCE_END = "。！？；\n"
#: a venue whose name a site takes (荆江大酒店|隔离点, 县一中体育馆|安置点) when no candidate ends there
_VENUE_RE = re.compile(r"(?:大酒店|酒店|宾馆|学校|中学|小学|体育馆|大厦|公寓)$")
#: word tags of the words a venue's name is made of (荆江|大酒店)
_NAME_TAGS = frozenset(("n", "ns", "nz", "nt", "nr", "j", "b", "a", "m"))


def _water_start(text: str, end: int, words: "list[str] | None", cands: "list[Cand]") -> int:
    """Start of a river's or lake's name of three or four characters ending at *end* (虎渡河|东堤), at a word start
    of the segmenter, opening with no common word (境内|江堤) and crossing no candidate (都柳江|河堤); -1 when there
    is none."""
    if words is None or len(words) != len(text) or end < 3 or text[end - 1] not in "河江湖":
        return -1
    for s in (end - 3, end - 4):
        if s >= 0 and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_WATER_CHARS for ch in text[s:end]) \
                and starts_word(words, s) and not is_word(text[s:s + 2]) and "江河" not in text[s:end] \
                and not any(c.start < end and c.end > s for c in cands):
            return s
    return -1


def _venue_start(text: str, end: int, words: "list[str] | None") -> int:
    """Start of a venue's name ending at *end* (荆江大酒店): the noun-like words before its head word; -1 if none."""
    if words is None or len(words) != len(text) or not _VENUE_RE.search(text, 0, end):
        return -1
    k = end
    while k > 0 and end - k < 8:
        j = word_start(words, k - 1)
        if words[j].partition("-")[2] not in _NAME_TAGS:
            break
        k = j
    return k if end - k >= 3 and not _VENUE_RE.fullmatch(text[k:end]) else -1


def _sentence(text: str, i: int) -> str:
    s = max((text.rfind(ch, 0, i) for ch in _SENTENCE_END), default=-1) + 1
    ends = [k for k in (text.find(ch, i) for ch in _SENTENCE_END) if k >= 0]
    return text[s:min(ends) if ends else len(text)]


def _longest_ending(cands: "list[Cand]", end: int, labels: tuple[str, ...]) -> "Cand | None":
    best = None
    for c in cands:
        if c.end == end and c.label in labels and c.end - c.start >= 2 and (best is None or c.start < best.start):
            best = c
    return best


def emergency_works(text: str, cands: "list[Cand]", words: "list[str] | None" = None) -> list[Cand]:
    """Dikes, stations, sluices and sites named by the place, water or venue before their head (FAC).

    *cands* are the candidates found so far (places, rivers, bodies, venues); a head with none of them right
    before it is a kind and gives nothing. With the segmenter's *words*, a river (虎渡河|东堤) or a venue
    (荆江大酒店|隔离点) that no candidate holds may name the work too.

    Examples
    --------
    >>> t = "民工巡守赤水河东堤，技术员在金沙湾泵站值守；各安置点运转正常。西闸开闸泄洪，沿二〇八国道转移。"
    >>> cs = [Cand(4, 7, "LOC"), Cand(14, 17, "VILLAGE")]
    >>> [t[c.start:c.end] for c in emergency_works(t, cs)]
    ['赤水河东堤', '金沙湾泵站', '西闸', '二〇八国道']
    >>> t = "大堤上人来人往，河堤加固，3座泵站建成。"
    >>> emergency_works(t, [])
    []
    """
    out: list[Cand] = []
    for m in _DIKE_RE.finditer(text):
        owner = _longest_ending(cands, m.start(), _WATER_LABELS)
        start = owner.start if owner is not None else _water_start(text, m.start(), words, cands)
        if start < 0:
            continue
        # 荆南|长江|干堤: a bare place before the river names the reach (no level word: 埠河镇 owns no dike name)
        before = _longest_ending(cands, start, ("VILLAGE", "TOWNSHIP", "LOC"))
        if m.group() == "干堤" and before is not None and before.end - before.start <= 3 \
                and text[before.end - 1] not in "村镇乡县市区":
            start = before.start
        out.append(Cand(start, m.end(), "FAC", prio=3, source=WORKS_SOURCE))
    for m in _WORKS_RE.finditer(text):
        end = m.start()
        middle = next((w for w in _SITE_MIDDLES if text.endswith(w, 0, end)), "")
        owner = _longest_ending(cands, end, _OWNER_LABELS) or (
            _longest_ending(cands, end - len(middle), _OWNER_LABELS) if middle else None)
        start = owner.start if owner is not None else _venue_start(text, end - len(middle), words)
        if owner is not None and owner.label in ("ORG", "FAC"):
            # 孟家溪镇|中心学校|安置点: the township that owns the school stays in the name (its immediate owner)
            # (or a body that starts inside it: 孟家溪|镇中心学校)
            start = min([owner.start] + [c.start for c in cands if c.label in ("TOWNSHIP", "VILLAGE", "COMMUNITY")
                                         and c.start < owner.start <= c.end and c.end - c.start >= 2])
        if start >= 0:
            out.append(Cand(start, m.end(), "FAC", prio=3, source=WORKS_SOURCE))
        else:
            s = end - len(middle) - 1  # 县核酸检测基地, 县集中隔离点: the county's one site (not 全县, 各乡)
            if s >= 0 and text[s] in _LEVELS and (s == 0 or not "\u4e00" <= text[s - 1] <= "\u9fff"
                                                  or text[s - 1] in "在和与及到至经于"):
                out.append(Cand(s, m.end(), "FAC", prio=3, source=WORKS_SOURCE))
    for m in _BARE_SLUICE_RE.finditer(text):
        name = m.group(1)
        if name[0] in _NOT_SLUICE_FIRST or not SLUICE_CUE_RE.search(_sentence(text, m.start(1))):
            continue
        out.append(Cand(m.start(1), m.end(1), "FAC", prio=3, source=WORKS_SOURCE))
    for m in _CN_ROAD_RE.finditer(text):
        out.append(Cand(m.start(), m.end(), "FAC", prio=3, source=WORKS_SOURCE))
    return out
