"""Sites: natural features (LOC), scenic areas and stations (FAC), road codes and festivals.

County reports from other provinces name their lakes, rivers and mountains (洱海, 弥苴河, 罗坪山),
scenic areas (丹霞景区), numbered roads (G312, S213线), stations (临泽南站) and local festivals
(首届洱源梅子节). The finders here add them as candidates; :func:`~corpus_tools._entity_rules.assemble.rule_entities`
resolves them with everything else, so a longer name (黄河大桥, 洱海保护治理工程) still wins.
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.admin_levels import LOCAL_UNIT_SUFFIXES
from corpus_tools._entity_rules.fac_places import ancestral_halls, old_towns, unit_sites
from corpus_tools._entity_rules.feature_frames import SCENIC_LANDFORMS, framed_features
from corpus_tools._entity_rules.festival_verbs import CELEBRATE_VERBS, celebrated_festivals
from corpus_tools._entity_rules.lexicon import (Cand, STOPS, all_stops, common_or_frequent, common_words,
                                                is_name_char, known_features, listed_spans, nature_names)
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.region_spans import (PROVINCE_PART_RE, province_groups, province_parts, region_belts,
                                                     world_regions)
from corpus_tools._entity_rules.rivers import river_sources
from corpus_tools._entity_rules.scan import Scanner
from corpus_tools._entity_rules.unlisted_places import word_starts
from corpus_tools._entity_rules.feature_starts import after_verb_word, river_bank_end

__all__ = ["NATURE_HEADS", "nature_names", "natural_features", "listed_nature", "landscape_tails", "nature_lists", "road_codes", "scenic_areas",
           "stations", "festivals", "place_landforms", "river_sources", "owned_bases", "landmark_words", "find_sites"]

#: landscape words a natural feature ends in (the same as ``training/ner/build_site_words.py``)
NATURE_HEADS = ("大峡谷", "峡谷", "山脉", "雪山", "草原", "高原", "盆地", "沙漠", "湿地", "瀑布",
                "山", "岭", "峰", "河", "江", "湖", "海", "溪", "峡", "湾")


# --------------------------------------------------------------------------- natural features

_FEATURE_BEFORE = ("地处", "位于", "地跨", "横跨", "翻越", "翻过", "穿越", "背靠", "紧邻", "毗邻", "沿着",
                   # facing a river, a river's branch (面朝浔江, 淮河支流灌河; crawl: 面朝长江, 支流渭河, 支流虎渡河)
                   "面朝", "支流")
_FEATURE_AFTER = ("脚下", "山下", "腹地", "深处", "一带", "南麓", "北麓", "东麓", "西麓", "两岸", "沿岸", "河岸", "岸边",
                  "流域", "连片", "山区", "之畔", "源头", "水系",
                  # the bank, the water and the parts of a river, lake or mountain (连樟河边, 毛里湖水, 湘江大堤)
                  "边上", "畔", "之滨", "大堤", "上游", "中游", "下游", "入海口", "主峰", "山顶", "山腰", "山麓",
                  "东岸", "西岸", "南岸", "北岸", "河堤", "江堤", "堤岸",
                  # a river's branches, bed, ice and water (汀江支流, 妫河冰面)
                  "支流", "干流", "冰面", "水域", "河道", "水质",
                  # a river's or lake's works (胶河综合治理; crawl: 永定河综合治理, 唐河治理, 巢湖治理, 北岙溪治理)
                  "综合治理", "治理",
                  # a mountain's forest (芦芽山林区 p37o_09, 灵空山林区 pages33o; crawl: 大兴安岭林区)
                  "林区",
                  # a river running through a place (丹江穿境而过, 许溪穿村而过, 汀江流经)
                  "穿境而过", "穿城而过", "穿村而过", "穿镇而过", "绕城而过", "绕村而过", "流经", "发源于")
#: the edge, surface or water of a river or lake (伊河边, 毛里湖水) — not of a mountain (山边 is a word)
_WATER_EDGE_RE = re.compile("[河江湖溪](?:边|面|水(?![利电泥库产务]))|海边")
#: one-character words a feature's name may follow (往湘江边上走, 沿黄河岸边, 新南村伊河边)
_BEFORE_FEATURE = frozenset("往到在进沿过临傍依靠近从向跨绕村镇乡县")
#: a count or a demonstrative opens no name (一条河边, 这座山下, 小河边)
_NOT_FEATURE_START = frozenset("一二两三四五六七八九十几这那每各条座片个该此本往到在进从向用把被给让对和与及就都也还又沿着了的得")
_COUNT_CHARS = frozenset("一两几万亩个条座片0123456789")
_FEATURE_CHAR_RE = re.compile("[山岭峰河江湖溪峡海]")


def natural_features(text: str) -> list[Cand]:
    """Mountains, rivers and lakes that their context names as such (LOC).

    A name + 山/岭/河/江/湖/溪 … is a natural feature right after 地处, 位于, 横跨 …
    (恩施地处武陵山) or right before 脚下, 腹地, 两岸, 流域, 连片 … (沂山脚下, 大别山腹地,
    九龙溪河岸), even when a village of the same name exists. The name must start a word
    and must not be a common word (深山, 大河).
    """
    common = common_or_frequent()
    known = nature_names()
    out = []
    for m in _FEATURE_CHAR_RE.finditer(text):
        e = m.end()
        s = None
        if text[e - 2:e - 1] == text[e - 1] and _WATER_EDGE_RE.match(text, e - 1):
            continue  # 富春江|江面: the river's name ends before the 江 of 江面
        if text[e:e + 1] == text[e - 1] and _WATER_EDGE_RE.match(text, e):
            s = next((e - L for L in (6, 5, 4, 3, 2) if e - L >= 0 and text[e - L:e] in known or L == 3
                      and e - L >= 0 and all(is_name_char(ch) for ch in text[e - L:e]) and word_starts(text, e - L)), None)
        elif _on_known(text, e, known):
            # 乌鞘岭上, 乌鞘岭地处: a known mountain or river with a word of its place after it
            s = next(e - L for L in (6, 5, 4, 3, 2) if e - L >= 0 and text[e - L:e] in known)
        elif text.startswith(_FEATURE_AFTER, e) or _WATER_EDGE_RE.match(text, e - 1):
            # right context: a known name (远赴黄河上游 -> 黄河), else the longest name of 2 to 4
            # characters that starts a word
            s = next((e - L for L in (6, 5, 4, 3, 2) if e - L >= 0 and text[e - L:e] in known), None)
            s = s if s is not None else next((e - L for L in (4, 3, 2) if e - L >= 0 and all(is_name_char(ch) for ch in text[e - L:e])
                      and (word_starts(text, e - L) or text[e - L - 1:e - L] in _BEFORE_FEATURE
                           or after_verb_word(text, e - L))  # 治理|无定河沿岸
                      and text[e - L] not in STOPS and text[e - L] not in _NOT_FEATURE_START
                      and not (L == 2 and text[e - L] in "大小")
                      and not (L > 2 and text[e - L:e - L + 2] in common)  # 保护长江, 滚滚怒江
                      and not is_word(text[e - L - 1:e - L + 1])  # 了|解阳溪: the first character ends a word
                      and not any(ch in _COUNT_CHARS for ch in text[e - L:e])), None)
        if s is None and _free_right(text, e):
            # left context: 地处 + a name of 2 to 4 characters (位于浙江温岭|市: a town, no mountain)
            s = next((e - L for L in (2, 3, 4) if e - L >= 2 and text[e - L - 2:e - L] in _FEATURE_BEFORE
                      and all(is_name_char(ch) for ch in text[e - L:e])
                      and not (L > 2 and text[e - L:e - L + 2] in common)), None)  # 地处峡谷|山坳
        if s is None:
            continue
        name = text[s:e]
        if len(name) < 2 or name in common or name[:2] in all_stops() or any(ch in STOPS for ch in name[:-1]):
            continue
        if text[e - 1:e + 1] == "山区" and PROVINCE_PART_RE.fullmatch(name[:-1]):
            continue  # 鄂西山区: the mountain area of a region (province_parts), no mountain 鄂西山
        e = river_bank_end(text, s, e)  # 绵江|河畔: the river is 绵江, 河畔 its bank
        out.append(Cand(s, e, "LOC", prio=3, source="regex"))
    return out + _coordinated_features(text, out)


#: what joins the items of a list of features (老哈河、教来河沿岸; 汾河两岸和恢河沿岸 is two clauses)
_FEATURE_JOINERS = frozenset("、和与及")


def _coordinated_features(text: str, found: list[Cand]) -> list[Cand]:
    """Items listed right before a feature its context names (老哈河、教来河沿岸 -> 老哈河 too): an item of two to
    five name characters that ends in the same landscape character (河, 江, 山 …), starts a word and is no
    common word, joined by 、 和 与 及."""
    common = common_or_frequent()
    out = []
    for c in found:
        head, e = text[c.end - 1], c.start - 1
        while e > 0 and text[e] in _FEATURE_JOINERS:
            s = next((e - L for L in (5, 4, 3, 2) if e - L >= 0 and text[e - 1] == head
                      and all(is_name_char(ch) and ch not in STOPS and ch not in _FEATURE_JOINERS for ch in text[e - L:e])
                      and word_starts(text, e - L) and text[e - L] not in _NOT_FEATURE_START), None)
            if s is None or text[s:e] in common or text[s:s + 2] in common:
                break
            out.append(Cand(s, e, "LOC", prio=3, source="regex"))
            e = s - 1
    return out


#: words after a known mountain or river that place something on it or place the feature itself
_KNOWN_AFTER = ("上", "地处", "横亘", "海拔")


def _on_known(text: str, e: int, known: frozenset) -> bool:
    """A known name (``nature_names``) ends at *e* and 上 (not 上午, 上海), 地处 … follows it."""
    if not text.startswith(_KNOWN_AFTER, e) or (text[e] == "上" and (is_word(text[e:e + 2])
                                                                     or text[e:e + 2] in common_or_frequent())):
        return False
    return any(e - L >= 0 and text[e - L:e] in known for L in (6, 5, 4, 3, 2))


def _free_right(text: str, e: int) -> bool:
    """The name is not the first part of a place of another level (洱海村, 黄河乡)."""
    return text[e:e + 1] not in ("村", "镇", "乡", "县", "市", "区", "州", "路", "街", "屯", "寨", "组", "社")


def listed_nature(text: str) -> list[Cand]:
    """Mentions of the mined nature names (LOC, low priority: gazetteer places of the same length win).
    The last character must not start a word with the next one (中国海|洋大学, 黄河|水量 stay out),
    and the text must not name a town or village of that name (龙头山镇 … 龙头山整体跨越)."""
    names = nature_names()
    out = []
    units: dict[str, bool] = {}
    for i, L in listed_spans(text, names, 6):
        w = text[i:i + L]
        if _free_right(text, i + L) and text[i + L - 1:i + L + 1] not in common_or_frequent() \
                and not (L == 2 and text[i - 1:i + 1] in common_or_frequent()):  # 万里|海天
            if w not in units:  # the text names a town or village of that name (龙头山镇): no mountain
                units[w] = any(w + sfx in text for sfx in LOCAL_UNIT_SUFFIXES)
            if not units[w]:
                out.append(Cand(i, i + L, "LOC", prio=1, source="list"))
    return out


#: a list of features closed by what they are: 茈碧湖、西湖、海西海等高原湖泊; 罗坪山和马鞍山两座大山
_NATURE_KIND_RE = re.compile(r"(?:等|[两三四五六七八九十几]+[座条个处片])[^，。；、\n]{0,4}?(?:湖泊|河流|江河|山峰|大山|高山|"
                             r"雪山|山脉|河湖|湖|河|山|峡谷|湿地|草原)")
_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{1,5}$")


def nature_lists(text: str) -> list[Cand]:
    """Items of a list of lakes, rivers or mountains (A、B和C等湖泊): each item ending in a landscape
    word is a LOC, even when a township or village has the same short name (茈碧湖)."""
    out = []
    for m in _NATURE_KIND_RE.finditer(text):
        k = m.start()
        # walk the list leftwards over items separated by 、 和 与 及
        end = k
        while end > 0:
            start = end
            while start > 0 and is_name_char(text[start - 1]) and not text[start - 1].isascii() \
                    and text[start - 1] not in "、和与及" and end - start < 6:
                start -= 1
            item = text[start:end]
            head = next((h for h in NATURE_HEADS if item.endswith(h)), None)
            if head is None or len(item) <= len(head):
                break
            # the item starts after the last stop word in it (境内有茈碧湖 -> 茈碧湖)
            s = start
            for j in range(end - len(head) - 1, start, -1):
                if text[j - 1] in STOPS or text[max(start, j - 2):j] in all_stops():
                    s = j
                    break
            if _ITEM_RE.match(text[s:end]) and text[s:end] not in common_words():
                out.append(Cand(s, end, "LOC", prio=4, source="list"))
            if start == 0 or text[start - 1] not in "、和与及":
                break
            end = start - 1
    return out


#: national, provincial and county road codes: G108, S221线, 318国道 (with the road word after it)
_ROAD_CODE_RE = re.compile(r"(?<![A-Za-z0-9０-９])([GSXYZ][0-9]{1,4}|[0-9]{3}(?=国道|省道))(线|国道|省道|县道)?(?![A-Za-z0-9])")


#: a road code written out with its road word first: 国道317线, 省道203线 (pages26), 国道104 (dev9 国道104明光绕城线)
_WORD_CODE_RE = re.compile(r"(?:国道|省道|县道)[0-9]{1,4}线?(?![0-9])")


def road_codes(text: str) -> list[Cand]:
    """Numbered roads (FAC): G108国道, S213线, 318国道, 国道317线 (the road word stays, like 东夏线).

    >>> t = "国道317线炉霍段和G108国道"
    >>> [t[c.start:c.end] for c in road_codes(t)]
    ['国道317线', 'G108国道']
    """
    out = [Cand(m.start(), m.end(), "FAC", prio=3, source="regex") for m in _WORD_CODE_RE.finditer(text)
           if m.group().endswith("线") or not "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff"]  # 国道104明光绕城线: a name goes on
    for m in _ROAD_CODE_RE.finditer(text):
        after = text[m.end():m.end() + 2]
        road_word = re.match(r"高速|公路|沿线|[段至—]", after) is not None
        if text[m.end():m.end() + 1] in ("次", "列", "型", "号"):
            continue  # G9401次: a train, not a road
        if not m.group(2) and not road_word and not (len(m.group(1)) >= 4 and m.group(1)[0] in "GS"):
            continue  # S1 of a list of sizes, X2 of a product: a short code stands before a road word
        e = m.end()
        out.append(Cand(m.start(1), e, "FAC", prio=3, source="regex"))
    return out


_SCENIC_RE = re.compile(r"(?:国家级|省级|国家)?(?:[0-9A-Z]+级)?(?:旅游)?(?:风景名胜区|风景区|景区|旅游区|度假区)")
_SCENIC_GENERIC = frozenset("""
该 各 全 本 此 这个 那个 核心 重点 旅游 红色 乡村 生态 文化 热门 知名 著名 周边 新 老 大 小 A 级 国家 省级 市级 县级
这些 一些 各个 多个 全域 城市 农业 山区 湖区 整个 景点 其他 其它 民宿 度假 休闲
""".split())
_SCENIC_STOPS = frozenset(("到", "在", "去", "游", "逛", "进", "入", "走进", "来到", "前往", "游览", "参观", "打造", "建设",
                           "建成", "创建", "位于", "的", "和", "与", "及", "住", "入住"))


#: a count inside the words before a head is no name (作为一个大景区, 两座小公园)
_COUNTED_RE = re.compile("[一二两三四五六七八九十几数多每这那][个座处片条家所]")


def _verb_before(feats: "list[str] | None", text: str, s: int, h0: int) -> bool:
    """The segmenter's last word before the head at *h0* (inside ``text[s:h0]``) is a verb, adverb
    or adverbial adjective that is no place of the gazetteer: a clause, not a site's name."""
    if feats is None or len(feats) != len(text) or h0 <= s:
        return False
    a = h0 - 1
    if feats[a][:1] not in ("E", "S"):
        return False  # the head starts inside a word: read elsewhere
    while a > s and feats[a][:1] not in ("B", "S"):
        a -= 1
    return feats[a][2:] in ("v", "ad", "d") and not gz.lookup(text[a:h0])


def scenic_areas(text: str, sc: Scanner, place_ends: dict) -> list[Cand]:
    """Names before 景区, 风景区, 旅游区 (GUIDE: the trailing 景区 is dropped): 丹霞景区 -> 丹霞.

    A name of 2 to 6 characters after the place that owns it (临泽县丹霞景区 -> 丹霞); FAC, or LOC when it ends
    in a landform head (崀山景区 -> 崀山, 青龙峡景区: GUIDE, mountains are LOC and 景区 a dropped generic word;
    ``feature_frames.SCENIC_LANDFORMS``).
    """
    out = []
    for m in _SCENIC_RE.finditer(text):
        h0 = m.start()
        s = sc.left(h0, max_len=8, extra_stops=_SCENIC_STOPS)
        # the places in front own the site: 临泽县丹霞景区 -> 丹霞
        k = s
        while k in place_ends and place_ends[k][0] < h0:
            k = place_ends[k][0]
        name = text[k:h0]
        if not 2 <= len(name) <= 6 or any(w in _SCENIC_GENERIC for w in (name, name[:1], name[:2], name[-2:])):
            continue
        if name in common_or_frequent() or name[-1] in "些个多少每各" or not all(is_name_char(ch) for ch in name) \
                or any(ch in "变成为是把被让化" for ch in name) or _COUNTED_RE.search(name):
            continue  # 很多景区, 这些景区, 社区变景区, 一个大景区
        if _verb_before(sc.words, text, k, h0):
            continue  # 合理|控制|景区, 故意|毁坏|景区: the head is a verb's object
        # before 景区 a short place name is the site (卢氏县双龙湾景区: not the town 双龙湾镇)
        out.append(Cand(k, h0, "LOC" if name.endswith(SCENIC_LANDFORMS) else "FAC", prio=3, source="regex"))
        out.append(Cand(h0, m.end(), "_", prio=2))  # the head itself is no entity
    return out


_STATION_RE = re.compile(r"[东西南北]?站(?![长点位务岗在起出稳上住立队着])")


def stations(text: str, place_ends: dict) -> list[Cand]:
    """A station named by its city or county: 临泽南站, 大理站 (FAC). Only right after a GPE, so
    工作站 and 服务站 never come here; 站在, 站岗 are verbs."""
    out = []
    for s, (e, label) in place_ends.items():
        if label != "GPE":
            continue
        m = _STATION_RE.match(text, e)
        if m:
            out.append(Cand(s, m.end(), "FAC", prio=3, source="regex"))
    return out


#: holidays and calendar festivals are no events (GUIDE: 春节, 元旦)
_HOLIDAYS = frozenset("""
春节 元旦 元宵节 清明节 端午节 中秋节 重阳节 国庆节 劳动节 儿童节 妇女节 青年节 教师节 护士节 记者节 建军节 七夕节
腊八节 情人节 圣诞节 丰收节 农民丰收节 中国农民丰收节 植树节 母亲节 父亲节 感恩节 小年 寒食节 冬至节
""".split())
_FESTIVAL_RE = re.compile(r"节(?![日目约能水省点奏制庆假气拍奏俭令])")
_ORDINAL_START_RE = re.compile(r"(?:首届|第[一二三四五六七八九十0-9]{1,3}届|(?:19|20)[0-9]{2}(?:年)?)")


def festivals(text: str, sc: Scanner, place_starts: set, place_spans: "dict | None" = None) -> list[Cand]:
    """Local festivals (EVENT): an ordinal or a place, then 2 to 10 characters, then 节
    (首届洱源梅子节, 第三届临泽红枣文化旅游节, 沙河镇芒果节). Holidays are no events, nor is a
    place whose name holds 节 (*place_spans*, start -> (end, label): 贵州省|毕节市)."""
    inside = {k for s0, (e0, _) in (place_spans or {}).items() for k in range(s0, e0)}
    out = []
    for m in _FESTIVAL_RE.finditer(text):
        h1 = m.end()
        if text[m.start() - 1:h1] in common_or_frequent() or m.start() in inside:
            continue  # 季节, 环节, 细节: a word, no festival; 毕节: a place
        s = sc.left(m.start(), max_len=14)
        # an ordinal just before the name opens it: 首届, 第三届, 2020
        o = _ORDINAL_START_RE.search(text, max(0, s - 6), m.start())
        if o is not None and o.end() <= s + 1 and not re.search(r"[，。；、\n]", text[o.start():m.start()]):
            s = o.start()
        elif o is not None and s < o.start() and s not in place_starts and not re.search(r"[，。；、\n]", text[s:m.start()]):
            s = o.start()  # an ordinal inside opens the name; a verb before it stays out (承办|第三届稻田音乐节)
        name = text[s:h1]
        if len(name) < 4 or any(name.endswith(h) for h in _HOLIDAYS):
            continue
        opened = _ORDINAL_START_RE.match(name) is not None or s in place_starts
        if not opened:
            continue
        if any(ch in "，。；、：\n" for ch in name) or any(v in name for v in CELEBRATE_VERBS):
            continue  # 下南乡数万群众欢度|分龙节: a clause, the verb's festival is celebrated_festivals'
        out.append(Cand(s, h1, "EVENT", prio=2, source="regex"))
    return out


_LANDSCAPE_TAIL_RE = re.compile("大峡谷|峡谷|草原|湿地|山脉|山区|林区|盆地|湖区|库区|梯田")


def landscape_tails(text: str, names: frozenset) -> list[Cand]:
    """A known mountain, river or region + a landscape word is one LOC (太行大峡谷, 祁连山脉); a
    mountain's 山 is the first character of 山区 (大凉山 -> 大凉山区), a lake's 湖 that of 湖区
    (洞庭湖 -> 洞庭湖区); terraces take two characters of their own (红山梯田)."""
    out = []
    for m in _LANDSCAPE_TAIL_RE.finditer(text):
        s = next((m.start() - L for L in (6, 5, 4, 3, 2) if text[max(0, m.start() - L):m.start()] in names), None)
        if s is None and m.group() in ("山区", "湖区") and not is_word(text[m.end() - 1:m.end() + 1]):  # 大别山|区域
            # the mountain's 山 or the lake's 湖 is the first character (大凉山区, 洞庭湖区)
            s = next((m.start() + 1 - L for L in (6, 5, 4, 3) if m.start() + 1 - L >= 0
                      and text[m.start() + 1 - L:m.start() + 1] in names), None)
        if s is None and m.group() == "梯田" and m.start() >= 2 and _terrace_name(text, m.start() - 2):
            s = m.start() - 2  # 红山梯田, 加榜梯田: terraces are named by two characters of their own
        if s is not None:
            out.append(Cand(s, m.end(), "LOC", prio=3, source="list"))
    return out


def _terrace_name(text: str, s: int) -> bool:
    """Whether the two characters at *s* name terraces: they start a word, and are no common word,
    count or stop (高标准|梯田, 万亩|梯田, 山区|梯田 are kinds)."""
    w = text[s:s + 2]
    return (all(is_name_char(ch) for ch in w) and word_starts(text, s) and w not in common_or_frequent()
            and not is_word(w[1] + "梯") and not any(ch in _COUNT_CHARS or ch in STOPS for ch in w))


_BASE_RE = re.compile("(?:示范|种植|养殖|生产|培训|产业)?基地(?!站|[\u4e00-\u9fff]{0,1}(?:办|建设者))")
#: a designation conferred, not a site (被命名为陕西省科普教育基地, 成为全省示范基地)
_DESIGNATION_BEFORE = ("命名为", "授予", "评为", "确定为", "认定为", "列为", "成为", "授牌")
#: word tags that never stand inside a base's name (a clause: 我们|在|这里|建|基地)
_BASE_CLAUSE_TAGS = frozenset(("d", "r", "p", "c", "u", "v", "f", "m", "q"))
_PROPER_TAGS = frozenset(("nr", "ns", "nz", "j", "nt"))
#: a nursery's work before 基地: a nursery is a kind, whoever holds it (樟子松育苗基地 pages24, 杨梅育苗基地 pages32o,
#: 脱毒种薯繁育基地 pages22: no FAC in the gold of those writers; facloc33)
_NURSERY_WORDS = ("育苗", "繁育", "育种")


def owned_bases(text: str, sc: Scanner) -> list[Cand]:
    """A base (…基地) named by its owner — a place or a proper name first, as the segmenter tags
    it — is a FAC (杨家坪杨梅基地, 华兴农业香菇种植基地); a base named only by what it does
    (教育基地, 扶贫产业基地) is a kind. Needs the segmenter's words (``sc.words``). Of two places
    in a row only the last owns it (GUIDE); no base after a designation verb (被命名为…基地), none
    owned by just two one-character "name" words (杨|梅 of 杨梅基地; 晏|家|杨|梅 stays), none in 基地站.

    Examples
    --------
    >>> t = "走进晏家杨梅基地"
    >>> sc = Scanner(t)
    >>> sc.words = ["B-v", "E-v", "B-nr", "E-nr", "B-n", "E-n", "B-n", "E-n"]
    >>> [t[c.start:c.end] for c in owned_bases(t, sc)]
    ['晏家杨梅基地']
    >>> sc.words = ["B-v", "E-v", "B-n", "E-n", "B-n", "E-n", "B-n", "E-n"]
    >>> owned_bases(t, sc)
    []
    """
    feats = sc.words
    if feats is None or len(feats) != len(text):
        return []
    out = []
    for m in _BASE_RE.finditer(text):
        h0 = m.start()
        if text.endswith(_NURSERY_WORDS, 0, h0):
            continue
        s = sc.left(h0, max_len=14)
        while s < h0 and feats[s][:1] in ("I", "E"):
            s += 1  # the scan started inside a word
        while s < h0 and feats[s][2:] in _BASE_CLAUSE_TAGS and s not in sc.place_starts:
            s += 1
            while s < h0 and feats[s][:1] in ("I", "E"):
                s += 1
        while s in sc.place_ends and sc.place_ends[s][0] in sc.place_starts and sc.place_ends[s][0] < h0:
            s = sc.place_ends[s][0]  # the immediate owner only (临夏县|东乡族自治县劳务培训基地)
        if h0 - s < 2 or any(feats[i][2:] in _BASE_CLAUSE_TAGS for i in range(s, h0)):
            continue
        if s not in sc.place_starts and (feats[s][2:] not in _PROPER_TAGS
                                         or (h0 - s == 2 and feats[s:h0] == ["S-nr", "S-nr"])):
            continue  # 杨|梅基地: two single characters the segmenter took for a name are a word it did not know
        w_end = s
        while w_end < h0 and feats[w_end][:1] not in ("E", "S"):
            w_end += 1
        if s not in sc.place_starts and w_end + 1 < h0 and feats[w_end + 1] == "S-Ng":
            continue  # 非洲|菊种植基地: the proper word starts a word the segmenter did not know
        if text[max(0, s - 3):s].endswith(_DESIGNATION_BEFORE):
            continue
        out.append(Cand(s, m.end(), "FAC", prio=1, source="regex"))
    return out


#: last characters of facility names the segmenter knows as one place word (天安门, 故宫, 卢沟桥); not 园,
#: which ends as many neighbourhood and village names (南花园) as gardens
_LANDMARK_ENDS = "门宫楼塔寺庙阁桥殿"


def landmark_words(text: str, feats: "list[str] | None", places: list[Cand]) -> list[Cand]:
    """Facility names that the segmenter writes as one word tagged a place or other name and that
    end in a building character (天安门, 故宫, 卢沟桥; a gate also tagged an organisation: 长乐门): FAC, when the word is no
    place of the gazetteer or of the place rules (厦门, 江门), and has three to five characters
    (two-character ones are as often towns and foreign cities: 澳门, 也门, 巴塔, 南桥)."""
    if feats is None or len(feats) != len(text):
        return []
    taken = {(p.start, p.end) for p in places}
    out = []
    for m in re.finditer(f"[{_LANDMARK_ENDS}]", text):
        e = m.end()
        tags = ("ns", "nz", "nt") if m.group() in "门楼塔阁" else ("ns", "nz")  # 长乐门/nt
        if feats[e - 1][:1] != "E" or feats[e - 1][2:] not in tags:
            continue
        a = e - 1
        while a > 0 and feats[a][:1] != "B":
            a -= 1
        w = text[a:e]
        if a > 0 and text[a - 1] in _LANDMARK_ENDS + "村镇乡城":
            continue  # 双林寺|千佛殿, 西海村|龙王庙: a part of a longer name, read by the head rules
        if not 3 <= len(w) <= 5 or (a, e) in taken or gz.lookup(w) or w in common_or_frequent():
            continue
        out.append(Cand(a, e, "FAC", prio=0, source="rule"))
    return out


#: landforms a county or city names after itself (弥渡坝子, 民勤绿洲, 汉中盆地): the place and the word are one LOC
_PLACE_LANDFORMS = ("坝子", "绿洲", "盆地", "平原")


def place_landforms(text: str, places: list[Cand]) -> list[Cand]:
    """A county or city (GPE) right before a landform word of :data:`_PLACE_LANDFORMS` is one LOC (弥渡坝子),
    unless a word goes on from the landform word (绿洲村, 平原区).

    Examples
    --------
    >>> t = "弥渡坝子稻谷飘香，民勤绿洲夹在沙漠之间"
    >>> [t[c.start:c.end] for c in place_landforms(t, [Cand(0, 2, "GPE"), Cand(9, 11, "GPE")])]
    ['弥渡坝子', '民勤绿洲']
    """
    out = []
    for p in places:
        if p.label != "GPE":
            continue
        w = next((w for w in _PLACE_LANDFORMS if text.startswith(w, p.end)), None)
        if w and _free_right(text, p.end + len(w)):
            out.append(Cand(p.start, p.end + len(w), "LOC", prio=3, source="regex"))
    return out


def find_sites(text: str, sc: Scanner, places: list[Cand]) -> list[Cand]:
    """All site candidates of *text*; *places* are the gazetteer and regex places already found."""
    place_ends: dict[int, tuple[int, str]] = {}
    for p in places:
        if p.start not in place_ends or p.end > place_ends[p.start][0]:
            place_ends[p.start] = (p.end, p.label)
    return (listed_nature(text) + nature_lists(text) + landscape_tails(text, known_features()) + road_codes(text) + scenic_areas(text, sc, place_ends)
            + stations(text, place_ends) + festivals(text, sc, set(place_ends), place_ends) + celebrated_festivals(text) + province_parts(text) + world_regions(text, sc.words)
            + province_groups(text, places) + owned_bases(text, sc) + landmark_words(text, sc.words, places)
            + region_belts(text, places) + river_sources(text) + unit_sites(text, sc.words, places) + ancestral_halls(text)
            + old_towns(text, sc.words) + framed_features(text, sc.words, places) + place_landforms(text, places))
