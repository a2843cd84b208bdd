"""Facilities found by their head word (路, 桥, 公园, 纪念馆, 高铁 ...): the name grows leftwards from
the head over the words a facility's name is made of (GUIDE: FAC), with the guards that keep kinds,
clauses and figures of speech out. Facilities a place owns (明光经济开发区) are
:mod:`corpus_tools._entity_rules.fac_places`."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.fac_markets import province_words
from corpus_tools._entity_rules.heads import after_township
from corpus_tools._entity_rules.lexicon import (CN_NUM, COUNTRIES, Cand, FAC_GENERIC, FAC_HEADS, FAC_STOPS,
                                                PROJECT_GENERIC, ROAD_LINE_BAD, ROAD_LINE_RE, STOPS, STREET_STOPS,
                                                SURNAMES, common_or_frequent, is_name_char, longest_first_re, words)
from corpus_tools._entity_rules.scan import Scanner, generic_only, strip_quotes
from corpus_tools.text import CJK_RE

_FAC_RE = longest_first_re(FAC_HEADS)
_SINGLE_OK_NEXT = "和与及的等段口以为是在上内外里下前后旁边也都已将被把对向从于至开举"
NOT_ROADS = words("not_roads")
#: one-character levels that own a venue of three or more characters (县影剧院, 市体育馆; a banner's 旗影剧院, pages28)
_LEVEL_BODIES = ("县", "市", "旗")
#: open grounds a county names by its level and a plain word (县文化广场 pages31, 县人民广场 pages29; GUIDE:
#: 县污水处理厂): the county's one ground, a FAC, where the plain word alone (文化广场) is a kind
_LEVEL_GROUNDS = ("广场", "公园", "体育场", "陵园")
#: one-character heads of a temple, whose name the segmenter reads as one word before the next (净居寺|迎来)
_TEMPLE_HEADS = "寺庙宫"
#: one-character heads whose name the segmenter may read as one word before the next: temples and bridges
#: (净居寺|迎来, 双龙桥|观赏, 秋香江大桥|建成: pages29, pages29o)
_WORD_END_HEADS = _TEMPLE_HEADS + "桥"
#: words before 宫 that name no temple or palace: a youth or workers' centre run as a body, figures of speech
_NOT_TEMPLE_BODIES = ("少年", "水晶", "广寒")


def _word_after(sc: Scanner, h1: int) -> bool:
    """The segmenter ends a word of three or more characters at *h1* and starts a new word there."""
    feats = getattr(sc, "words", None)
    if feats is None or len(feats) != len(sc.text) or h1 >= len(feats) or h1 < 3:
        return False
    return feats[h1 - 1][:1] == "E" and feats[h1 - 2][:1] in ("B", "I") and feats[h1][:1] in ("B", "S")
def _named_bridge(sc: Scanner, h1: int) -> bool:
    """The bridge ending at *h1* is one segmenter word of three or more characters (双龙桥) or a two-character word after
    a word that is no common word (秋香江|大桥, 泠江|三桥); 铁路|大桥 after a common word is a kind, and a word the segmenter
    tags as a person's name (李金桥|说) no bridge."""
    feats = sc.words
    if sc.text.startswith(("社区", "村", "镇", "乡", "街道", "居委"), h1):
        return False  # 牛咡桥|社区, 石桥|村: a place named after a bridge
    k = h1 - 1
    while k > 0 and feats[k][:1] in ("I", "E"):
        k -= 1
    if feats[k][2:] in ("nr", "nrf", "nrg"):
        return False  # 村民李金桥|说: a person's name that ends in 桥
    if h1 - k >= 3:
        return True
    if k == 0:
        return False
    j = k - 1
    while j > 0 and feats[j][:1] in ("I", "E"):
        j -= 1
    return sc.text[j:k] not in common_or_frequent()  # 泠江|三桥 (an unknown name) but not 铁路|大桥


def _after_last_verb(sc: Scanner, s: int, h0: int, lead: bool = False) -> int:
    """Where ``text[s:h0]`` goes on after the last segmenter word tagged as a plain verb (``v``) that starts
    after *s* and ends by *h0* (大王村|通|上|水泥路, 小侗布|织|出|“网红”致富路, 统一|接入|古丈县污水处理厂: a
    clause before the facility), with *lead* also after a one-character verb that opens it (跑|十里路); *s*
    itself when there is none (解放路, 迎宾路: a verb word that opens the name is the name)."""
    feats = getattr(sc, "words", None)
    if feats is None or len(feats) != len(sc.text):
        return s
    k, i = s, s
    while i < h0:
        j = i + 1
        while j < len(feats) and feats[j][:1] in ("I", "E"):
            j += 1
        if j <= h0 and feats[i][2:] == "v" and (i > s or (lead and feats[i][:1] == "S")):
            k = j
        i = j
    return k


def _verb_inside(sc: Scanner, s: int, h0: int) -> bool:
    """A segmenter word tagged as a verb, adverb, preposition or conjunction lies wholly inside ``text[s:h0]``
    (布什|造访|白宫: a clause, not a temple's name)."""
    feats = getattr(sc, "words", None)
    if feats is None or len(feats) != len(sc.text):
        return False
    i = s
    while i < h0:
        j = i + 1
        while j < len(feats) and feats[j][:1] in ("I", "E"):
            j += 1
        if j <= h0 and feats[i][2:] in ("v", "d", "p", "c"):
            return True
        i = j
    return False


_FAC_BAD_NEXT = {
    "路": "线径面口上灯段基网况费标演子过人边旁由数军", "街": "道头巷区坊景面市舞", "门": "票诊类户口前外里框槛店面派生徒下",
    "楼": "房盘市层梯道顶上下宇", "桥": "梁头段面下上", "塔": "吊尖", "阁": "楼下", "殿": "堂下", "寺": "院庙", "庙": "会宇", "宫": "殿廷女墙中里门颈灯外内寒保",
    "苑": "", "巷": "道口子", "公路": "局段网", "高速": "公发增度运行驾机冲推前奔飞移航旋转", "高铁": "站列票网",
}


FAC_GENERIC_BODY = words("fac_generic_body")
#: verbs of building that may stand inside a facility span without naming it (要建公路, 修通水泥路)
_FAC_VERBS = ("要建", "修通", "修建", "新建", "扩建", "改建", "在建", "建成", "建好", "铺设", "翻建", "重建", "兴建", "修好")


def _after_verb(body: str) -> str:
    """What follows the last building verb in *body* (哪里要建 -> '', 建养殖 -> 养殖, 修柏油 -> 柏油; 福建 stays)."""
    k = max((body.rfind(v) + len(v) if v in body else -1) for v in _FAC_VERBS)
    if k < 0 and body.startswith(("建", "修")) and not body.startswith(("建设", "建国", "建新", "建华", "修水", "修文", "修武")):
        k = 1  # 建养殖, 修柏油 (修水县, 修文县 stay)
    return body[k:] if k >= 0 else body


#: one-character abbreviations of the provinces (京沪, 皖赣)
_PROVINCE_CHARS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇云藏陕秦甘陇青宁新港澳台"


@lru_cache(maxsize=1)
def _line_chars() -> frozenset[str]:
    """Characters a rail line's name is made of: the first characters of provinces and
    prefecture-level cities of the gazetteer (合肥 + 青岛 -> 合青, 郑州 + 阜阳 -> 郑阜) and the
    provinces' one-character abbreviations."""
    from corpus_tools import gazetteer as gz

    return frozenset(_PROVINCE_CHARS) | frozenset(d.name[0] for d in gz.admin_divisions(level="city").itertuples()) \
        | frozenset(d.name[0] for d in gz.admin_divisions(level="province").itertuples())


def _line_name(text: str, feats: "list[str] | None", s: int, h0: int) -> bool:
    """A rail line's name before 高铁: two or three characters, each the first character of a city
    or province (京沪, 合青, 广深港, 郑阜), not one verb or adverb word of the segmenter (开通高铁),
    not a country (中国高铁 is the network)."""
    body = text[s:h0]
    if not 2 <= len(body) <= 3 or body in COUNTRIES or not set(body) <= _line_chars():
        return False
    if feats is not None and len(feats) == len(text) and feats[s][:1] == "B" and feats[h0 - 1][:1] == "E" \
            and feats[s][2:] in ("v", "d", "vd", "a", "ad"):
        return False
    return True


#: memorial heads whose quoted name is still the facility (GUIDE item 11: a memorial named after a
#: person is one name; dev9: “朱彦夫事迹展览馆”); other quoted facilities are figures of speech
_MEMORIAL_HEADS = frozenset(("纪念馆", "展览馆", "陈列馆", "故居", "旧居", "纪念园", "纪念碑"))
_DEICTIC = ("当地", "本地", "该地", "这条", "那条", "这座", "那座")


def _after_coordinated(text: str, s: int, h0: int) -> int:
    """Where the last of coordinated facilities starts: 京沪高铁和|合青高铁 (a conjunction right
    after another facility head in the body starts the name)."""
    for k in range(h0 - 2, s, -1):
        if text[k] in "和与及" and text.endswith(FAC_HEADS, s, k):
            return k + 1
    return s


#: titles a memorial writes after the person it remembers (向警予同志纪念馆, 刘志丹烈士陵园: pages28o, pages27o)
_MEMORIAL_TITLE_RE = re.compile(r"(?:同志|烈士|先生|将军)$")


def _titled_person_start(text: str, s: int, h0: int) -> int:
    """Start of a memorial's name that opens with a person and a title (向警予同志|纪念馆, 刘志丹烈士|陵园), when the
    left scan stopped inside it (同 and 向 are stop characters); else *s*. The person is two or three characters
    opening with a surname, the three-character reading first.

    >>> t = "来到向警予同志纪念馆"
    >>> t[_titled_person_start(t, 6, 7):10]
    '向警予同志纪念馆'
    >>> _titled_person_start("这座纪念馆", 2, 2)
    2
    """
    m = _MEMORIAL_TITLE_RE.search(text, max(0, h0 - 2), h0)
    if m is None:
        return s
    for n in (3, 2):
        a = m.start() - n
        if a >= 0 and a < s and text[a] in SURNAMES and all(is_name_char(ch) for ch in text[a:m.start()]):
            return a
    return s


def find_facs(text: str, sc: Scanner) -> list[Cand]:
    out = []
    for m in _FAC_RE.finditer(text):
        h0, h1 = m.start(), m.end()
        head = m.group()
        nxt = text[h1:h1 + 1]
        if nxt and (nxt in _FAC_BAD_NEXT.get(head, "") or (len(head) == 1 and nxt in "街路巷")):
            continue
        if len(head) == 1 and head not in "路街巷" and nxt and is_name_char(nxt) and nxt not in _SINGLE_OK_NEXT \
                and not (head in _WORD_END_HEADS and _word_after(sc, h1) and (head in _TEMPLE_HEADS or _named_bridge(sc, h1))):
            continue  # 寺院, 楼房; but 净居寺|迎来, 靖远寺|日前, 双龙桥|观赏: a name ends a word the next one follows
        if text[h0 - 1:h1] in NOT_ROADS:
            continue
        # 藏鸡“飞”出致富路: the road a verb of going out opens is a figure (闯出新路 never gets here: 新路 is in
        # not_roads.txt)
        if head == "路" and "出" in text[max(0, h0 - 3):h0 - 1]:
            continue
        if head == "街" and text[h0 - 1:h0] in ("大", "条"):
            continue
        extra = FAC_STOPS | (STREET_STOPS if head in ("路", "街", "巷", "大道", "大街", "门") else frozenset())
        max_len = 4 if head in ("门", "楼", "塔", "阁") else 14
        s = sc.left(h0, max_len=max_len, extra_stops=extra)
        s, e = strip_quotes(text, s, h1)
        s = after_township(text, s, h0, sc.place_ends)
        s = _after_coordinated(text, s, h0)
        if text.startswith(_DEICTIC, s) and h0 - s > 3:
            s += 2  # 当地|虹港路: a deictic word is no part of a name
        if h0 - s > 3 and sc.place_ends.get(s + 1, (0, ""))[1] in ("GPE", "TOWNSHIP") and s not in sc.place_starts:
            s += 1  # 占|丹江口水库: one character before a county or township that starts the name
        titled = (head in _MEMORIAL_HEADS or head == "陵园") and _titled_person_start(text, s, h0) < s
        if titled:  # 向警予同志|纪念馆, 刘志丹烈士|陵园: the person named with a title (no body trim: 向 is no preposition)
            s = _titled_person_start(text, s, h0)
            out.append(Cand(s, e, "FAC", prio=1, source="regex"))
            continue
        if head == "路" and _after_last_verb(sc, s, h0, lead=True) > s:
            rest = text[_after_last_verb(sc, s, h0, lead=True):h0]
            if len(rest) < 2 or rest[0] in CN_NUM or rest[0].isdigit() or "“" in rest \
                    or generic_only(rest, PROJECT_GENERIC | FAC_GENERIC | FAC_GENERIC_BODY):
                continue  # 大王村通上水泥路, 不用跑十里路, 织出“网红”致富路: a clause, the road no name
            s = _after_last_verb(sc, s, h0)
        name = text[s:e]
        body = text[s:h0]
        if head == "宫" and (body.endswith(_NOT_TEMPLE_BODIES) or h0 - s < 2 or _verb_inside(sc, s, h0)):
            continue  # 少年宫, 水晶宫; 天宫, 迷宫, 子宫 (one character before it); 布什造访白宫: no temple or palace
        if "某" in body:
            continue  # 北京某小区, 西峡县某小区: an unnamed facility
        if name in FAC_GENERIC or len(name) < 2:
            out.append(Cand(s, e, "_", prio=1))
            continue
        if head == "门":
            if not (re.fullmatch(r"大?[东西南北]门|[\u4e00-\u9fff]{2}门", name) and not name.endswith(("部门", "专门", "热门", "衙门"))):
                continue
            if len(name) == 3 and not name.startswith("大") and text[s - 2:s] not in ("古城", "城墙") and name[0] not in "东西南北":
                if not name.endswith(("薰门", "熏门", "德门", "和门", "安门", "阳门", "胜门", "平门")):
                    continue
        elif len(body) < 2 and not (head == "护城河" and body in "东西南北") and not (body in _LEVEL_BODIES and len(head) >= 3):
            continue
        kinds = PROJECT_GENERIC | FAC_GENERIC | FAC_GENERIC_BODY
        level_ground = body[:1] in _LEVEL_BODIES and head in _LEVEL_GROUNDS and len(body) <= 4 and text[s - 1:s] != "全"
        if body not in _LEVEL_BODIES and not level_ground and (generic_only(_after_verb(body), kinds) or any(
                ch in "修建铺盖" and body[k + 1:] and generic_only(body[k + 1:], kinds) for k, ch in enumerate(body))):
            # 要建公路, 建养殖小区, 全部修通水泥路: a verb and then a generic kind is no name
            out.append(Cand(s, e, "_", prio=1))
            continue
        if s > 0 and text[s - 1] in "“‘" and text[e:e + 1] in ("”", "’") and (head not in _MEMORIAL_HEADS
                                                                            or text[s] in CN_NUM):
            continue  # “连心桥”, “灯光隧道”, “线上动物园”: a quoted facility is a figure; “朱彦夫事迹展览馆” is a memorial
        if head == "口岸" and (body in province_words() or body in COUNTRIES):
            continue  # 广东口岸, 中国口岸: all the ports of a province or a country, no one port
        if head == "高铁" and not _line_name(text, sc.words, s, h0):
            continue  # 坐高铁, 迈入高铁, 中国高铁: no line's name
        out.append(Cand(s, e, "FAC", prio=1))
    for m in re.finditer(r"[东西南北](?:外环|内环)|(?<!万里)长城(?![\u4e00-\u9fff]{0,1}(?:杯|牌|汽车|宽带|公司))", text):
        out.append(Cand(m.start(), m.end(), "FAC", prio=1))
    for m in ROAD_LINE_RE.finditer(text):
        w = m.group(1)
        s = m.start(1)
        if w in ROAD_LINE_BAD:
            continue
        if s > 0 and is_name_char(text[s - 1]) and text[s - 1] not in STOPS:
            continue
        nxt = text[m.end():m.end() + 1]
        if nxt and CJK_RE.match(nxt) and nxt not in "改和与、及的等—至段公":
            continue
        out.append(Cand(s, m.end(1), "FAC", prio=1))
    return out
