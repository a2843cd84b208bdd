"""Natural features named by the verb that takes them, the side of a mountain, or a list of sights.

County papers name rivers, mountains and islands no word list holds (星江河, 大鄣山, 黑瞎子岛), and
often the same string is also a township's or village's short form in the gazetteer (大鄣山乡,
夹金山村). Three grammatical frames say that the string is the feature, whatever the lists hold:

- a verb of travel along, up or across a feature (沿|星江河|乘竹筏, 登上|大鄣山, 游览|黑瞎子岛, 横渡|长江):
  the name is the body + a landscape head right after the verb (:func:`travel_features`);
- a known mountain with its side or top after it (夹金山|下, 老君山|顶, 伏牛山|上: a township is no
  mountain one goes below): :func:`mountain_sides`;
- a list of sights closed by 等景区 / 等景点 (老君山、鸡冠洞、重渡沟等景区): an item that ends in a landform
  head (:data:`SCENIC_LANDFORMS`) is a LOC, another one a FAC (:func:`sight_lists`; GUIDE: 景区 is a dropped
  generic word and mountains are LOC, so the name before it is what it names; the blind writers' gold
  disagrees among itself: dev8, pages21, pages22 FAC, pages23 LOC; see benchmarks/minor_recall26.md).

The candidates carry priority 3, so they win over a gazetteer short form of the same length (2).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, STOPS, all_stops, common_or_frequent, is_name_char, nature_names
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.word_bounds import word_end, word_start

__all__ = ["FEATURE_HEADS", "SCENIC_LANDFORMS", "TRAVEL_VERBS", "travel_features", "mountain_sides", "side_features", "headed_features", "sight_lists",
           "framed_features", "consistent_features", "quoted_sights"]

#: one-character heads of rivers, lakes, mountains, islands and caves (longer heads end in them)
FEATURE_HEADS = "河江湖溪山岭峰岛洞峡"
#: endings of a landform's name written before 景区 (崀山, 青龙峡, 重渡沟, 老龙潭): the name is the landform, LOC
SCENIC_LANDFORMS = ("大峡谷", "峡谷", "山脉", "雪山", "草原", "高原", "盆地", "沙漠", "湿地", "瀑布", "天坑") + tuple(FEATURE_HEADS + "海湾谷沟涧潭岩")
#: verbs that take a natural feature as their object or path (沿 takes a river, 登上 a mountain)
TRAVEL_VERBS = ("沿着", "沿", "顺着", "登上", "登临", "攀登", "登顶", "爬上", "游览", "畅游", "泛舟", "横渡", "漂流",
                "徒步穿越", "穿越", "跨过", "跨越", "翻越", "远眺", "眺望", "环游", "环绕", "俯瞰",
                # a river named after its kind or its course (长江支流|童庄河, 汇入|汉江)
                "支流", "干流", "汇入", "注入", "流入")
_TRAVEL_RE = re.compile("|".join(sorted(TRAVEL_VERBS, key=len, reverse=True)))
#: a count or a demonstrative opens no name (沿一条河, 登上这座山, 游览各个岛)
_NOT_START = frozenset("一二两三四五六七八九十几这那每各条座片个该此本着了的得在到从向往和与及全整")
#: plain adjectives that make a two-character kind with a head (大山, 小河, 高山, 深山)
_PLAIN_ADJ = frozenset("大小高深长远群名")
#: the side or top of a mountain right after its name
_MOUNTAIN_SIDES = ("脚下", "山脚", "山顶", "顶上", "下", "上", "顶", "腰", "巅")
#: a bank, side or water right after a feature's head (河|畔, 山|下, 湖|边): 河畔, 山下 are words, yet the name
#: ends at the head
_SIDES = frozenset("畔边岸上下顶脚水滨")
#: a list of sights closed by what they are (…等景区, …等景点, …等5个景区)
_SIGHT_KIND_RE = re.compile(r"等(?:[一二两三四五六七八九十几0-9]+个)?(?:(?:A级|4A级|5A级|旅游|热门|知名)?(?:景区|景点))")
_LIST_SEPS = "、"


def _body_ok(text: str, s: int, e: int) -> bool:
    """The name ``text[s:e]`` (body + head) is made of name characters, opens with no count, demonstrative
    or stop, and is no common word."""
    name = text[s:e]
    if not 2 <= len(name) <= 6 or not all(is_name_char(ch) and not ch.isascii() for ch in name):
        return False
    if name[-2:] in _GENERIC_ENDS or (len(name) == 4 and name[1] in FEATURE_HEADS + "水" and name[3] in FEATURE_HEADS + "水"):
        return False  # 科技高峰, 边关海岛; 万水千山: a saying
    if name[0] in _NOT_START or (len(name) == 2 and name[0] in _PLAIN_ADJ) or any(ch in STOPS for ch in name[:-1]) or name[:2] in all_stops():
        return False
    return name not in common_or_frequent() and not is_word(name)


#: generic landscape words: a name that ends in one is a kind or a metaphor (攀登科技高峰, 登上边关海岛)
_GENERIC_ENDS = frozenset(("高峰", "海岛", "岛屿", "山峰", "高山", "大山", "群山", "河流", "湖泊", "峻山", "青山", "荒山"))
#: word tags of the segmenter that go on a name (a noun after it: 火神山|医院/n)
_NOUN_TAGS = frozenset(("n", "nz", "ns", "nt", "j", "vn", "an", "Ng"))


def _name_ends(text: str, e: int, feats: "list[str] | None") -> bool:
    """Whether a feature's name may end at *e*: punctuation, a bank or side word, a conjunction or particle
    follows; with the segmenter's *feats*, any word that is no noun (登上大鄣山|远眺/v); without them, only
    punctuation, 和与及的 or a side word."""
    nxt = text[e:e + 1]
    if not nxt or not is_name_char(nxt) or nxt in _SIDES or nxt in "和与及的、":
        return True
    if feats is None:
        return False
    return feats[e][:1] in ("B", "S") and feats[e][2:] not in _NOUN_TAGS


def travel_features(text: str, feats: "list[str] | None" = None) -> list[Cand]:
    """A river, mountain, lake or island right after a verb of travel (LOC): 沿|星江河|乘竹筏,
    登上|大鄣山|远眺, 游览|黑瞎子岛|和三江口.

    The name ends at the first landscape head (:data:`FEATURE_HEADS`) within six characters of the verb,
    where the head ends a word (河|乘 is no word; 山|区, 湖|泊 are); with the segmenter's *feats* the
    head must also end the segmenter's word. A second landscape head right after (星江河|河畔) is not
    needed; a place suffix after the head (岛村, 山乡, 河镇) makes it a place, not a feature.

    Examples
    --------
    >>> t = "游客可沿星江河，或登上大鄣山，游览黑瞎子岛和三江口，参观火神山医院"
    >>> [t[c.start:c.end] for c in travel_features(t)]
    ['星江河', '大鄣山', '黑瞎子岛']
    >>> t = "沿一条河走，登上山顶，沿河而行，游览大山深处"
    >>> travel_features(t)
    []
    """
    use_feats = feats is not None and len(feats) == len(text)
    out = []
    for m in _TRAVEL_RE.finditer(text):
        if is_word(text[m.end() - 1:m.end() + 1]) or text[m.end() - 1:m.end() + 1] in common_or_frequent():
            continue  # 沿岸, 沿线, 沿黄: the verb's character starts another word
        s = m.end() + (1 if text[m.end():m.end() + 1] in "了过" else 0)  # 游览了|月亮岛
        while s < len(text):
            c = _travel_item(text, s, feats if use_feats else None)
            if c is None:
                break
            out.append(c)
            if text[c.end:c.end + 1] not in _LIST_JOINS:
                break
            s = c.end + 1  # 游览藏龙百瀑、大竹海和江南天池: the list goes on after the verb
    return out


#: what joins the items of a list of sights after one verb of travel
_LIST_JOINS = "、和与及"
#: heads of the items of such a list: the landscape heads and waterfalls, pools and springs (藏龙百瀑)
_ITEM_HEADS = FEATURE_HEADS + "瀑池潭泉"


def _travel_item(text: str, s: int, feats: "list[str] | None") -> "Cand | None":
    """The feature whose name opens at *s* (after a verb of travel or a list separator), or None."""
    for e in range(s + 2, min(len(text), s + 6) + 1):
        ch = text[e - 1]
        if not is_name_char(ch):
            break
        if ch not in _ITEM_HEADS:
            continue
        nxt = text[e:e + 1]
        if nxt and nxt in FEATURE_HEADS and nxt != ch and e + 1 - s <= 6:
            continue  # 星江|河: the name goes on (not 珠穆朗玛峰|峰顶)
        if not _name_ends(text, e, feats):
            break  # 火神山|医院, 环湖|公路: a longer name or a noun goes on
        if nxt in ("村", "镇", "乡", "县", "市", "区", "街", "路", "屯", "寨", "组", "社", "庄") \
                or (nxt not in _SIDES and (is_word(text[e - 1:e + 1]) or text[e - 1:e + 1] in common_or_frequent())):
            break  # 黑瞎子岛村, 山区, 湖泊: a place or a longer word, no feature here
        if feats is not None and feats[e - 1][:1] not in ("E", "S"):
            continue  # the segmenter's word goes on past the head
        return Cand(s, e, "LOC", prio=3, source="regex") if _body_ok(text, s, e) else None
    return None


def mountain_sides(text: str, known: "frozenset[str] | None" = None) -> list[Cand]:
    """A known mountain (``nature_names``) with its side or top right after it (夹金山|下, 老君山|顶):
    the mountain (LOC), even where a village or township of that name exists; 山下 and 山上 are words, so
    the plain list match leaves these out.

    Examples
    --------
    >>> t = "夹金山下的教堂，伏牛山上积雪"
    >>> [t[c.start:c.end] for c in mountain_sides(t, frozenset({"夹金山", "伏牛山"}))]
    ['夹金山', '伏牛山']
    """
    known = nature_names() if known is None else known
    out = []
    for m in re.finditer("[山岭峰]", text):
        e = m.end()
        if not text.startswith(_MOUNTAIN_SIDES, e) or text[e:e + 2] in ("上午", "上海", "下午", "上级", "下级"):
            continue
        s = next((e - L for L in (5, 4, 3) if e - L >= 0 and text[e - L:e] in known), None)
        if s is not None:
            out.append(Cand(s, e, "LOC", prio=3, source="list"))
    return out


def sight_lists(text: str, places: "list[Cand] | None" = None) -> list[Cand]:
    """The items of a list of sights closed by 等景区 / 等景点 (老君山、鸡冠洞、重渡沟等景区): an item ending in
    a landform head (:data:`SCENIC_LANDFORMS`) is a LOC, another one a FAC (GUIDE: 景区 is dropped). A place found in
    the text at an item, or an item ending in 村/镇/乡, keeps its own label (no candidate); an item must
    be 2 to 6 name characters after the last stop before it.

    Examples
    --------
    >>> t = "老君山、鸡冠洞、重渡沟等景区推出优惠"
    >>> [(t[c.start:c.end], c.label) for c in sight_lists(t)]
    [('老君山', 'LOC'), ('鸡冠洞', 'LOC'), ('重渡沟', 'LOC')]
    >>> t = "呀诺达、南方长城等景区"
    >>> [(t[c.start:c.end], c.label) for c in sight_lists(t)]
    [('呀诺达', 'FAC'), ('南方长城', 'FAC')]
    """
    spans = {(p.start, p.end) for p in places or ()}
    out = []
    for m in _SIGHT_KIND_RE.finditer(text):
        end = m.start()
        items = []
        while end > 0:
            start = end
            while start > 0 and is_name_char(text[start - 1]) and not text[start - 1].isascii() \
                    and text[start - 1] not in _LIST_SEPS and end - start < 8:
                start -= 1
            s = start
            for j in range(end - 2, start, -1):  # the item starts after the last stop in it (推出|A)
                if text[j - 1] in STOPS or text[max(start, j - 2):j] in all_stops():
                    s = j
                    break
            items.append((s, end))
            if start == 0 or text[start - 1] not in _LIST_SEPS:
                break
            end = start - 1
        if len(items) < 2:
            continue  # one item before 等景区 is read by the scenic-area rule
        for s, e in items:
            name = text[s:e]
            if not 2 <= len(name) <= 6 or name in common_or_frequent() or (s, e) in spans \
                    or name[0] in _NOT_START or name[-1] in "村镇乡":
                continue
            out.append(Cand(s, e, "LOC" if name.endswith(SCENIC_LANDFORMS) else "FAC", prio=3, source="list"))
    return sorted(out, key=lambda c: c.start)


#: one or more quoted names right before a scenic-area word (“呀诺达”“槟榔谷”景区)
_QUOTED_SIGHTS_RE = re.compile(r"((?:“[^“”\n]{2,6}”[、和与及]?){1,4})(?:(?:国家)?[0-9A-Z]*级?)?(?:旅游)?(?:景区|景点|风景区)")


def quoted_sights(text: str) -> list[Cand]:
    """Names in quotes right before 景区, 景点 or 风景区 (GUIDE: the quotes and 景区 are dropped): each
    quoted name of three to six name characters that is no dictionary word is a FAC, a LOC when it ends in a
    landform head (two characters in quotes before 景点 are as often a vogue word: “网红”景点).

    Examples
    --------
    >>> t = "“呀诺达”“槟榔谷”景区获评示范，“十里画廊”景点，“网红”景点，“金山银山”理念"
    >>> [(t[c.start:c.end], c.label) for c in quoted_sights(t)]
    [('呀诺达', 'FAC'), ('槟榔谷', 'LOC'), ('十里画廊', 'FAC')]
    """
    out = []
    for m in _QUOTED_SIGHTS_RE.finditer(text):
        for q in re.finditer(r"“([^“”\n]{2,6})”", m.group(1)):
            s, e = m.start(1) + q.start(1), m.start(1) + q.end(1)
            name = text[s:e]
            if len(name) >= 3 and all(is_name_char(ch) for ch in name) and name not in common_or_frequent() \
                    and not is_word(name):
                out.append(Cand(s, e, "LOC" if name.endswith(SCENIC_LANDFORMS) else "FAC", prio=3, source="regex"))
    return out


#: what a mountain's name is followed by: its foot, side, top or inner part (月亮山|下, 元宝山|脚下)
_MOUNTAIN_AFTER = ("脚下", "山脚", "山麓", "深处", "之巅", "山顶", "顶上", "下", "顶", "腰", "巅")
#: what a river's or lake's name is followed by: its banks, course or basin (汶河|流域, 沱江|两岸, 练江|畔)
_WATER_AFTER = ("两岸", "沿岸", "岸边", "之畔", "流域", "上游", "下游", "中游", "干流", "支流", "沿线", "畔")
#: characters that make a feature's name part of a place after it (山下|村, 兰溪|镇, 西河|村); tested with
#: ``startswith``, so the text's end is no such character (``"" in "村镇"`` would be)
_PLACE_AFTER = tuple("村镇乡屯寨组社区街路县市")
#: the segmenter's tags of a name body before a landscape head (月亮/n|山, 老寨/n|山, 元/q|宝山)
_BODY_TAGS = frozenset(("n", "ns", "nr", "nz", "j"))


def side_features(text: str, feats: "list[str] | None") -> list[Cand]:
    """A mountain, river or lake the text names by its side, bank or course (LOC): 月亮山|下, 元宝山|下,
    汶河|流域, 沱江|两岸. The name is the segmenter's word that ends in the landscape head (汶河, 宝山 with a
    one-character word before it: 元|宝山), or the noun word before a head that starts its own word
    (月亮|山下, 老寨|山); the side word must not go on into a place (山下村). Without the segmenter's
    words, nothing.

    Examples
    --------
    >>> t = "月亮山下开幕，沱江两岸灯火"
    >>> f = ["B-n", "E-n", "B-s", "E-s", "B-v", "E-v", "S-w", "B-ns", "E-ns", "B-n", "E-n", "B-n", "E-n"]
    >>> [t[c.start:c.end] for c in side_features(t, f)]  # (月亮 is a common word: 月亮山 needs another frame)
    ['沱江']
    """
    if feats is None or len(feats) != len(text):
        return []
    out = []
    for m in re.finditer("[山岭峰岩河江溪湖]", text):
        h, e = m.start(), m.end()
        after = _MOUNTAIN_AFTER if m.group() in "山岭峰岩" else _WATER_AFTER
        side = next((a for a in after if text.startswith(a, e)), None)
        if side is None or text.startswith(_PLACE_AFTER, e + len(side)):
            continue
        ws = word_start(feats, h)
        if ws < h:  # the head ends the word: 汶河, 宝山 (元|宝山: one character more before it)
            if feats[h][:1] not in ("E",) or h - ws > 4:
                continue
            s = ws
            if h - ws == 1 and ws >= 1 and feats[ws - 1][:1] == "S" and feats[ws - 1][2:] in ("q", "m", "n", "a") \
                    and text[ws - 1] not in _NOT_START:
                s = ws - 1
            elif h - ws == 1 and ws >= 1 and feats[ws - 1][:1] == "S" and is_name_char(text[ws - 1]) \
                    and text[ws - 1] not in _NOT_START and text[ws - 1] not in STOPS:
                continue  # 无|定河|流域: a lone character before a two-character name may be its first (无定河)
        else:  # the head opens a word (山下, 山): the noun word before it is the body
            if ws == 0 or feats[h - 1][:1] not in ("E",):
                continue
            s = word_start(feats, h - 1)
            if feats[s][2:] not in _BODY_TAGS or not 2 <= h - s <= 3 or text[h - 1] in "山岭峰岩河江溪湖" \
                    or text[s:h] in common_or_frequent():
                continue  # 大觉山|山顶 (a second head), 矿区|山下, 果园|山脚 (a common noun, no name; review)
        if e - s >= 2 and _body_ok(text, s, e):
            out.append(Cand(s, e, "LOC", prio=3, source="regex"))
    return out


#: landscape words the segmenter writes as a word of their own after a name (兰溪|瀑布, 老寨|山): the heads of
#: ``training/ner/build_site_words.NATURE_HEADS`` that name one feature (not 山区, 平原, 走廊: regions and kinds)
_HEAD_WORDS = frozenset(("山", "岭", "峰", "岩", "河", "江", "溪", "湖", "峡", "瀑布", "草原", "湿地", "峡谷", "大峡谷", "雪山",
                         "冰川", "林海"))
#: kind words after a feature's name that the guide drops (兰溪瀑布|景区)
_SIGHT_WORDS = ("景区", "景点", "风景区")


def headed_features(text: str, feats: "list[str] | None") -> list[Cand]:
    """A natural feature written as a name word and a landscape word of its own (LOC, priority 1: a place
    of the gazetteer or a listed site of the same span wins): 兰溪|瀑布, 老寨|山, 野三河|大峡谷. The name
    word is a noun of two or three characters (``n``, ``ns``, ``nr``, ``nz``) that is no common or frequent
    word (大|山, 月亮|山, 空中|草原 are kinds or need another frame) and does not open with a landscape
    character (白杨|河大|峡谷: the segmenter cut through the name), and no noun goes on after the
    landscape word (湖|公园, 山|村). Without the segmenter's words, nothing.

    Examples
    --------
    >>> t = "游客可以看到兰溪瀑布和老寨山。"
    >>> f = ["B-n", "E-n", "B-v", "E-v", "B-v", "E-v", "B-n", "E-n", "B-n", "E-n", "S-c", "B-n", "E-n", "S-n", "S-w"]
    >>> [t[c.start:c.end] for c in headed_features(t, f)]
    ['兰溪瀑布', '老寨山']
    """
    if feats is None or len(feats) != len(text):
        return []
    out = []
    i, n = 0, len(text)
    while i < n:
        if feats[i][:1] not in ("B", "S"):
            i += 1
            continue
        j = word_end(feats, i)
        if text[i:j] in _HEAD_WORDS and i >= 2:
            s = word_start(feats, i - 1)
            body = text[s:i]
            if feats[s][2:] in _BODY_TAGS and 2 <= len(body) <= 3 and feats[i - 1][:1] in ("E", "S") \
                    and body[0] not in FEATURE_HEADS \
                    and body not in common_or_frequent() and _body_ok(text, s, j) \
                    and (text.startswith(_SIGHT_WORDS, j) or _name_ends(text, j, feats)) \
                    and not text.startswith(_PLACE_AFTER, j):
                out.append(Cand(s, j, "LOC", prio=1, source="regex"))
        i = max(j, i + 1)
    return out


def framed_features(text: str, feats: "list[str] | None" = None, places: "list[Cand] | None" = None) -> list[Cand]:
    """:func:`travel_features`, :func:`mountain_sides`, :func:`side_features`, :func:`headed_features`,
    :func:`sight_lists` and :func:`quoted_sights` together."""
    return (travel_features(text, feats) + mountain_sides(text) + side_features(text, feats) + headed_features(text, feats)
            + sight_lists(text, places) + quoted_sights(text))


def consistent_features(ents: list[Cand], text: str) -> list[Cand]:
    """Once a frame of this module names a string a natural feature (夹金山|下), its other mentions that
    the gazetteer read as a bare village or township short form (至夹金山的公路) are the feature too:
    one document names one thing by one string. Runs on the resolved entities; a mention with its
    level word (夹金山村, 大鄣山乡) is a longer span and stays the place.

    Examples
    --------
    >>> t = "夹金山下的教堂，至夹金山的公路"
    >>> ents = [Cand(0, 3, "LOC", prio=3, source="list"), Cand(9, 12, "VILLAGE", prio=2, source="gazetteer")]
    >>> [(t[c.start:c.end], c.label) for c in consistent_features(ents, t)]
    [('夹金山', 'LOC'), ('夹金山', 'LOC')]
    """
    framed = {text[c.start:c.end] for c in ents if c.label == "LOC" and c.prio >= 3 and c.source in ("list", "regex")
              and text[c.end - 1:c.end] in FEATURE_HEADS}
    if not framed:
        return ents
    return [Cand(c.start, c.end, "LOC", prio=c.prio, source="document")
            if c.label in ("VILLAGE", "TOWNSHIP") and c.source == "gazetteer" and text[c.start:c.end] in framed else c
            for c in ents]
