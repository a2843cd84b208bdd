"""Align head-based names with the segmenter's words.

The head rules grow a name leftwards from its head (…工作队, …项目) over name characters and
stop at clause words; they cannot see that the span starts inside a word (这样|点赞 -> 样点赞…,
以奖代补 -> 奖代补项目, 经营主体 -> 营主体提升行动) or with a pronoun, numeral or measure word
(哪种项目, 个观光农业项目). The per-character word features the NER model reads anyway
(``B-``/``I-``/``E-``/``S-`` + PKU tag, :func:`corpus_tools._charner.word_features`) settle it:
a span that starts inside a word either grows to the word's start, when the whole word is a
name word, or starts at the next word; function words at the start are dropped; a span left
with fewer than two characters before its head is dropped.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from corpus_tools._entity_rules.admin_levels import ADMIN_CHARS, GOVERNMENT_LEVELS, GOVERNMENT_MINORITY_LEVELS, UPPER_LEVELS_NO_BANNER
from corpus_tools._entity_rules.lexicon import PERSON_TITLES, Cand, common_or_frequent, words
from corpus_tools._entity_rules.names import char_counts, is_idiom, is_word
from corpus_tools._entity_rules.org_shapes import coined_word
from corpus_tools._entity_rules.orgparts import COOP_PRODUCTS, coop_name_start, unit_owner
from corpus_tools._entity_rules.word_bounds import word_end

def _plain_body(c, text: str, head: str, place_spans) -> bool:
    """No place in or right before the body, no administrative first character, no quotes:
    a body the annotation guide would call distinguished only by its own words."""
    hs = c.end - len(head)
    body = text[c.start:hs]
    if not body or body[0] in GOVERNMENT_MINORITY_LEVELS or any(ch in body for ch in "“”‘’\"") or unit_owner(body):
        return False
    return not any(a <= c.start < b or c.start <= a < hs for a, b in place_spans)


#: Labels whose spans come from head rules and are aligned.
ALIGNED = ("ORG", "PROJECT", "FAC", "EVENT")
#: PKU tags that never start a name: pronoun, measure word, particle, preposition, conjunction,
#: adverb, modal, interjection, onomatopoeia (numerals may: 第三届, 万亩梨园提升工程).
_FUNCTION_TAGS = frozenset(("r", "q", "u", "p", "c", "d", "y", "e", "o", "Rg", "Dg", "Ug", "Qg"))


def descriptive(body: str, extra=(), *, dictionary: bool = True) -> bool:
    """True when *body* is made only of dictionary words (two-character words of People's
    Daily 1998, or *extra* words; only *extra* words without *dictionary*): a description
    (果业, 蔬菜种植专业) rather than a trade name the dictionary does not know (硕峰, 丽人泉池旅游开发).

    Examples
    --------
    >>> descriptive("蔬菜种植专业"), descriptive("硕峰")
    (True, False)
    """
    n = len(body)
    ok = [True] + [False] * n
    for i in range(n):
        if not ok[i]:
            continue
        if dictionary and is_word(body[i:i + 2]):
            ok[min(n, i + 2)] = i + 2 <= n
        for w in extra:
            if body.startswith(w, i):
                ok[i + len(w)] = True
    return n > 0 and ok[n]


#: Words after a body's head inside one segmenter word that leave the body whole (党委|书记,
#: 人大|代表): titles of its people.
_TITLE_TAILS = tuple(sorted(set(PERSON_TITLES) | {"代表", "委员", "干部", "班子", "领导"}, key=len, reverse=True))


#: One-character locatives that the segmenter joins to a road or site (街|上, 路|边, 门|口).
_LOCATIVE_TAILS = frozenset("上下里内外边旁口中前后头间")


def ends_inside_word(text: str, feats: list[str], end: int, start: "int | None" = None) -> bool:
    """True when a name ending at *end* stops inside a segmenter word that is no title
    (民政部|门, 讲什么大道|理, 三只拦路|虎, 下里街|村; not 镇党委|书记, 全国人大|代表, 县委组织部|长,
    nor a locative: 文庙街|上, 西门|口). With *start*, a name that lies wholly inside a title word
    is part of the title (区委常委、组织部长王某: no body named).

    Examples
    --------
    >>> ends_inside_word("民政部门", ["B-n", "I-n", "B-n", "E-n"], 3)
    True
    >>> ends_inside_word("党委书记", ["B-n", "E-n", "B-n", "E-n"], 2)
    False
    """
    if end <= 0 or end >= len(text) or feats[end - 1][:1] not in ("B", "I"):
        return False
    ws = end - 1
    while ws > 0 and feats[ws][:1] == "I":
        ws -= 1
    j = end
    while j < len(text) and feats[j][:1] == "I":
        j += 1
    if j < len(text) and feats[j][:1] == "E":
        j += 1
    word = text[ws:j]
    if _tag(feats, ws) in ("m", "s", "f") or text[end:j] in _LOCATIVE_TAILS:
        return False  # a numeral word the segmenter ran on (二中教), a place word (文庙街|上, 西门|口)
    if word.endswith(_TITLE_TAILS) or text[end:j].startswith(_TITLE_TAILS):
        return start is not None and ws <= start  # 组织部长 alone is a title; 县委|组织部长 names the body
    return True


def _tag(feats: list[str], i: int) -> str:
    return feats[i][2:] if len(feats[i]) > 2 else ""


def quote_filled(c, text: str) -> bool:
    """A PROJECT candidate *c* whose name fills a pair of quotes (“再就业工程”, “百千万工程”): the quotes bound the
    name, so no adverb or number word at its start is cut (open gold, pages29o, pages30o, pages31o)."""
    return c.label == "PROJECT" and text[c.start - 1:c.start] == "“" and text[c.end:c.end + 1] == "”" \
        and not re.match(r"[一二三四五六七八九十两几]+[大项]", text[c.start:c.end])  # “十大工程”, “十项行动”: a count, no name


def align_to_words(cands: list, text: str, feats: list[str], *, heads: dict | None = None,
                   place_ends: "dict[int, int] | None" = None) -> list:
    """Start rule spans of :data:`ALIGNED` labels at a word boundary, without function words.

    *cands* carry ``start``, ``end``, ``label``, ``source`` and ``text_head`` (the head word,
    may be empty); *feats* has one word feature per character of *text*. *place_ends* (start -> end of the
    gazetteer places, :func:`~corpus_tools._entity_rules.place_openings.unit_openings`): a span that such a place
    opens keeps its start where the alignment would cut into the place (正街|社区党委: 正街 read as a pronoun).

    Examples
    --------
    >>> from corpus_tools._entity_rules.lexicon import Cand
    >>> feats = ["B-r", "E-r", "B-v", "E-v", "B-vn", "E-vn", "B-n", "I-n", "E-n"]
    >>> text = "这样点赞扶贫工作队"
    >>> c = Cand(1, 9, "ORG", text_head="工作队")
    >>> [(x.start, x.end) for x in align_to_words([c], text, feats)]
    [(2, 9)]
    """
    if len(feats) != len(text):
        return cands
    out = []
    for c in cands:
        if c.label in ALIGNED and c.source == "rule" and ends_inside_word(text, feats, c.end, c.start):
            continue  # 民政部|门, 大道|理, 护路|员: the head is the start of a longer word
        if c.label not in ALIGNED or c.source != "rule" or c.end - c.start < 3:
            out.append(c)
            continue
        head = getattr(c, "text_head", "") or ""
        head_start = c.end - len(head) if head else c.end - 1
        s = c.start
        if text[s] in "“‘\"《" or quote_filled(c, text):
            out.append(c)  # “再就业工程”: a project's name that fills the quotes keeps its adverb
            continue
        if feats[s][:1] == "E" and c.label == "ORG" and text[s] in "县市省" and head_start - s >= (2 if len(head) < 2 else 1):
            pass  # 配合县|工信局, 和县|妇联: the segmenter glued the department's 县 to the word before it
        elif feats[s][:1] in ("I", "E"):
            s = word_end(feats, s)  # the word that starts before the span is not part of the name
            if s > head_start:
                s = head_start
        while s < head_start and _tag(feats, s) in _FUNCTION_TAGS and feats[s][:1] in ("B", "S") \
                and not (feats[s][:1] == "S" and char_counts(text[s])[3] < 5) and char_counts(text[s])[0] >= 5:
            s = word_end(feats, s)  # a rare character the segmenter left alone (脐), or that opens a word the
            # segmenter tagged a pronoun (渌江|流域…工程, user31 F6), is no function word
        if c.label == "ORG":
            # 孩子上大学: a one-character verb right before the head takes it as its object; but after a level
            # and a one-character word (县|住|建|局, 船营区|住|建|局: user32b F12) it is a department's short name
            k = head_start - 1
            if k >= s and feats[k] == "S-v" and char_counts(text[k])[3] >= 20 \
                    and not (k >= s + 2 and text[k - 2] in GOVERNMENT_LEVELS and feats[k - 1][:1] == "S"):
                s = k + 1
            # 施工单位|江城热力公司, 承办单位|县文化馆 (user32b F12): a unit's role in the works opens no name
            cut = text.rfind("单位", s, head_start)
            if cut >= 0 and head_start - (cut + 2) >= (1 if text[cut + 2] in GOVERNMENT_LEVELS else 2):
                s = cut + 2
        if s == c.start:
            out.append(c)
            continue
        if head_start - s < 2 and not (c.label == "ORG" and head_start - s >= 1 and text[s] in GOVERNMENT_LEVELS):
            continue
        if place_ends and c.start < s < place_ends.get(c.start, -1):
            out.append(c)  # 正街|社区党委 -> 正街社区党委: the place decides where the name starts
            continue
        out.append(replace(c, start=s))
    return out


#: Heads of bodies that are usually generic (巡防队, 宣传队, 村民小组党支部) unless something
#: in the name distinguishes one body: a place, a proper name, a quoted name.
TEAM_HEADS = ("队", "团", "组", "小组", "党支部", "党委", "党总支", "中心", "厂", "办事处", "纪工委")
#: Heads of farms and homes for the elderly: like :data:`TEAM_HEADS`, a kind unless distinguished
#: (有机农场, 乡敬老院), compared whole (家庭农场 carries a trade name, ``heads.TRADE_HEADS``).
HOME_HEADS = ("农场", "幸福院", "敬老院", "养老院")
#: Facility heads that are generic descriptors unless distinguished (GUIDE: 新兴产业园, 食品加工园).
PARK_HEADS = ("产业园", "工业园", "开发区", "园区", "工业园区", "产业园区", "集中区")
#: A zone's body that is only a level (县开发区) or opens with a rank (省级化工园区, 国家级经济开发区).
_LEVEL_BODY_RE = re.compile(rf"(?:[{UPPER_LEVELS_NO_BANNER}]$|(?:国家|[{UPPER_LEVELS_NO_BANNER}])级)")
#: One-character street heads: a two-character body must be distinguished too (党员巷, 水泥路, 致富路).
LANE_HEADS = ("路", "街", "巷")
LANDMARK_CHARS = "庙寺门楼塔桥阁殿祠堂院"
_PROPER_TAGS = frozenset(("nr", "ns", "nt", "nz", "j"))
#: Party and government heads (县委, 政府): MSRA tags these bodies differently from the
#: annotation guide (美国政府 is LOC + O there), so the learned filter does not judge them.
_GOV_HEADS = words("gov_heads")
#: Below this probability (:func:`org_probability`) a candidate is dropped; on MSRA test it
#: keeps 0.99 of the candidates that end a real ORG and drops a third of the others.
ORG_MIN_P = 0.2


#: Units of a firm written after its registered name (…有限公司党委, …集团工会).
FIRM_UNIT_HEADS = ("党委", "党总支", "党支部", "工会", "团委")
_FIRM_FORMS = ("有限公司", "股份公司", "集团公司", "集团")


def undistinguished(c, text: str, feats: list[str], place_spans: list[tuple[int, int]]) -> bool:
    """True for an ORG span of a :data:`TEAM_HEADS` head whose words before the head are all
    common words: no place inside or before it, no proper-name tag (nr, ns, nt, nz, j), no
    quotes, no administrative first character (县, 市 …), no Latin letters.

    Examples
    --------
    >>> from corpus_tools._entity_rules.lexicon import Cand
    >>> text = "党员义务巡防队"
    >>> feats = ["B-n", "E-n", "B-n", "E-n", "B-v", "E-v", "S-n"]
    >>> undistinguished(Cand(0, 7, "ORG", text_head="队"), text, feats, [])
    True
    """
    if len(feats) != len(text):
        return False
    head = getattr(c, "text_head", "") or ""
    if c.label == "ORG" and c.prio >= 2:
        return False  # a listed or mined name (中办, 新希望集团) is distinguished by the list
    if c.label == "ORG" and c.source == "founded":
        return False  # 成立旅游稽查大队: the report sets up this one body (org_founding)
    if c.label == "ORG" and c.prio < 2 and introduced_kind(c, text, feats, head, place_spans):
        return True  # 成立彩扎专业合作社, 创办油茶产业开发公司: a new body described, not named
    if c.label == "ORG" and head.endswith("合作社") and c.prio < 2:
        k = coop_name_start(text, feats, c.start, c.end - len(head))
        if k is not None:
            return k < 0  # 兴旺养牛专业合作社 is one; 花椒种植专业合作社 a kind (orgparts.coop_name_start)
    if c.label == "ORG" and head in FIRM_UNIT_HEADS and text.endswith(_FIRM_FORMS, c.start, c.end - len(head)) \
            and c.end - len(head) - c.start >= 4:
        return False  # 东方电子有限公司党总支: the Party unit of a registered firm is one organisation
    if c.label == "ORG" and head not in _GOV_HEADS and c.prio < 2 and _plain_body(c, text, head, place_spans) \
            and org_probability(c, text, feats, place_spans) < ORG_MIN_P \
            and not (head.endswith(_COINED_HEADS) and coined_word(text, feats, c.start, c.end - len(head))):
        return True  # the learned filter: a kind of body (农民专业合作社, 电子公司), not a name (but 隆藏|炼铁厂)
    if not ((c.label == "ORG" and (head.endswith(TEAM_HEADS) or head in HOME_HEADS)) or (c.label == "FAC" and head in PARK_HEADS)
            or (c.label == "FAC" and head in LANE_HEADS and c.end - c.start <= 3)):
        return False
    hs = c.end - len(head)
    body = text[c.start:hs]
    if c.label == "FAC" and head in PARK_HEADS and _LEVEL_BODY_RE.match(body):
        return True  # 县开发区, 省级化工园区: a level names the zone's rank, not the zone
    if "某" in body:
        return True  # 昌平某农场: a body the text will not name
    if not body or body[0] in GOVERNMENT_MINORITY_LEVELS or any(ch in body for ch in "“”‘’\"") or any(ch.isascii() for ch in body) \
            or unit_owner(body):
        return False
    if any(a <= c.start < b or c.start <= a < hs for a, b in place_spans):
        return False
    if c.label == "FAC" and head in PARK_HEADS and any(b == c.start for _, b in place_spans):
        return False  # 会同县|魔芋产业园, 沙尔沁镇|设施农业园区: the park of the place before it is named by it
    if c.label == "FAC" and body[-1] in LANDMARK_CHARS:
        return False  # a street named after a landmark: 文庙街, 鼓楼街, 南门街
    if c.label == "FAC" and head in PARK_HEADS + ("街",) and coined_body(body):
        return False  # 长胜街, 书铺街, 双福工业园: a coined body names the street or the zone (evfac37)
    return not any(_tag(feats, i) in _PROPER_TAGS
                   and not (c.label == "ORG" and _common_with_head(text, feats, i, c.start, hs))
                   for i in range(c.start, hs))  # 解放路 (one ns word) is a named street


def coined_body(body: str) -> bool:
    """Whether *body* (two Han characters before a street's 街 or a zone's 工业园 …) is coined as a name: no word of
    the dictionaries or the product list, no count (长胜, 书铺, 双福; not 步行, 魔芋, 一环). Roads (路) are left out:
    泥巴路, 机耕路, 断头路 are kinds no dictionary holds (open pages27o, 29, 32, 33).

    Examples
    --------
    >>> coined_body("长胜"), coined_body("步行"), coined_body("二环")
    (True, False, False)
    """
    return len(body) == 2 and all("\u4e00" <= ch <= "\u9fff" and ch not in _COUNT_CHARS for ch in body) \
        and body not in common_or_frequent() and not is_word(body) and body not in words("fac_generic_body") \
        and body not in COOP_PRODUCTS


#: characters of counts and ordinals (一环路, 二环路, 三号街)
_COUNT_CHARS = frozenset("一二三四五六七八九十百千两几0123456789")


#: Heads (and no head: 黑格科技) after which a coined word names a firm (隆藏|炼铁厂, 天|润|农业公司).
_COINED_HEADS = ("", "公司", "厂", "集团", "农场", "合作社")
#: Heads of firms and associations a report may bring in by what they do (成立小杂粮合作社).
#: (Co-operatives are judged by :func:`~corpus_tools._entity_rules.orgparts.coop_name_start`, which reads an
#: adjective as a trade name: 兴旺养牛专业合作社.)
INTRO_HEADS = ("公司", "社", "厂", "协会")
#: A verb that sets up a new body, with 了/起 and a count: 成立了一家, 办起, 创办 (the GUIDE's generic unit words).
_INTRO_RE = re.compile(r"(?:成立|组建|创办|办起|兴办|创建|创立|开办|领办|筹建|注册|创)(?:了|起)?(?:[一两几多][个家所])?$")


def introduced_kind(c: Cand, text: str, feats: list[str], head: str, place_spans: list[tuple[int, int]]) -> bool:
    """True for a firm that a verb of setting up brings in and that only its own common words
    describe (创办油茶产业开发公司): a new body of that kind, which the text has not named. A place,
    a quote, Latin letters, an adjective, a proper-name word or a word the dictionary does not
    know in the body (注册“硕峰”公司, 创办金丰农机公司) name one.

    Examples
    --------
    >>> from corpus_tools._entity_rules.lexicon import Cand
    >>> feats = ["B-v", "E-v", "B-n", "E-n", "B-n", "E-n", "B-vn", "E-vn", "B-n", "E-n"]
    >>> introduced_kind(Cand(2, 10, "ORG"), "创办油茶产业开发公司", feats, "公司", [])
    True
    >>> introduced_kind(Cand(2, 10, "ORG"), "走进油茶产业开发公司", feats, "公司", [])
    False
    """
    if not head.endswith(INTRO_HEADS) or head.endswith("合作社") or not _INTRO_RE.search(text, max(0, c.start - 8), c.start):
        return False
    hs = c.end - len(head)
    if hs - c.start < 2 or not _plain_body(c, text, head, place_spans) or any(ch.isascii() for ch in text[c.start:hs]):
        return False
    if any(_tag(feats, i) in _PROPER_TAGS for i in range(c.start, hs)):
        return False
    i = c.start
    while i < hs:  # every word a dictionary word or a listed product (硕峰, 金丰: a trade name)
        j = word_end(feats, i)
        w = text[i:min(j, hs)]
        if _tag(feats, i) == "a" and len(w) > 1:
            return False  # an adjective is a trade name (兴旺, 富民)
        if not (w in common_or_frequent() or (len(w) == 2 and is_word(w)) or w in COOP_PRODUCTS
                or (len(w) == 1 and _tag(feats, i) in ("a", "b"))):
            return False
        i = j
    return True


#: Time words that say when, not what (夏天|搬进新小区): no part of a facility's name.
_WHEN_WORDS = frozenset(("今年", "去年", "明年", "当年", "今天", "昨天", "春天", "夏天", "秋天", "冬天", "现在", "如今",
                         "当时", "以前", "过去", "每天", "平时"))
#: Measure words of a count (几|公里|路, 一|名|湿地); the segmenter also tags name characters q (百|福|小区).
#: (Not 里: 十里长街, 三里屯, 五里桥 are names.)
_MEASURE_WORDS = frozenset(("个", "名", "位", "条", "座", "家", "所", "处", "栋", "幢", "间", "片", "公里", "千米", "米", "亩"))
#: One-character verbs of building or going that take a road or bridge as object (村“两委”|修|公路).
_ROAD_VERBS = frozenset("修建铺通走过")


def clause_body(c: Cand, text: str, feats: list[str], head: str) -> bool:
    """True for a FAC span whose words before the head are a clause, not a name: a time word
    (夏天搬进新小区), a count with its measure word (几公里路, 一名湿地), or a one-character verb of
    building or going right before the head after other words (村“两委”修公路); not inside
    quotes (“半条被子的温暖”专题陈列馆). The segmenter's
    tags inside unknown names are noisy (唐/nr 都/d 推光漆, 金/nr 柚/v), so other tags decide nothing.

    Examples
    --------
    >>> from corpus_tools._entity_rules.lexicon import Cand
    >>> clause_body(Cand(0, 7, "FAC"), "夏天搬进新小区", ["B-t", "E-t", "B-v", "E-v", "S-a", "B-n", "E-n"], "小区")
    True
    >>> clause_body(Cand(0, 4, "FAC"), "百福小区", ["S-m", "S-q", "B-n", "E-n"], "小区")
    False
    """
    hs = c.end - len(head)
    if c.label != "FAC" or len(feats) != len(text):
        return False
    i, k, prev = c.start, 0, ""
    while i < hs:
        j = word_end(feats, i)
        tag = _tag(feats, i)
        if text.count("“", c.start, i) > text.count("”", c.start, i):
            pass  # a quoted name holds any words (“半条被子的温暖”专题陈列馆)
        elif text[i:j] in _WHEN_WORDS or (tag == "q" and prev == "m" and text[i:j] in _MEASURE_WORDS) or (
                k > 0 and j == hs and j - i == 1 and tag == "v" and text[i] in _ROAD_VERBS):
            return True
        prev, k, i = tag, k + 1, j
    return False


def _common_with_head(text: str, feats: list[str], i: int, s: int, hs: int) -> bool:
    """The segmenter word at *i* runs on into the head from a common word (沙发|厂 read as one
    ``ns`` word in a list, 合作社、沙发厂): its proper-name tag names the kind, not a body."""
    ws = i
    while ws > s and feats[ws][:1] in ("I", "E"):
        ws -= 1
    return word_end(feats, ws) > hs and hs - ws >= 2 and (is_word(text[ws:hs]) or text[ws:hs] in common_or_frequent())


#: Endings of natural features: a place word ending in one of these is a LOC, not a GPE.
NATURE_ENDS = ("山", "岭", "峰", "溪", "河", "江", "湖", "峡", "峡谷", "岛", "湾", "瀑布", "草原", "高原", "盆地", "平原",
               "山脉", "山区", "大峡谷", "沙地", "沙漠", "湿地", "戈壁", "诸岛", "群岛", "半岛")
#: Landscape words that make a natural region of the place or region word before them (羌塘|高原,
#: 东北|平原, 南海|诸岛), when the segmenter reads them as a word of their own.
LANDSCAPE_WORDS = frozenset(("高原", "平原", "盆地", "草原", "沙漠", "沙地", "湿地", "山脉", "山区", "峡谷", "大峡谷", "戈壁",
                             "诸岛", "群岛", "半岛"))
#: a bare compass word (东北/s, 西南/s) is a region before a landscape word; other locative words are not (周边|山区)
_COMPASS = frozenset("东西南北")
#: the last character of a unit's full name: 凤凰县|山区 are the county's mountain parts, no named region
_UNIT_LAST = frozenset(ADMIN_CHARS + "盟")


def _region_before_landscape(text: str, feats: list[str], i: int, j: int) -> int:
    """The end of a landscape word right after the segmenter word ``text[i:j]`` when that word names a
    place or a compass region (ns ≥ 2 characters not ending in a unit suffix, or 东北/s): 羌塘|高原,
    东北|平原, 南海|诸岛; else 0."""
    tag = _tag(feats, i)
    if j - i < 2 or j >= len(text) or text[j - 1] in _UNIT_LAST or feats[j][:1] not in ("B", "S"):
        return 0
    if not (tag == "ns" or (tag == "s" and set(text[i:j]) <= _COMPASS)):
        return 0
    k = word_end(feats, j)
    return k if text[j:k] in LANDSCAPE_WORDS else 0


def nature_words(text: str, feats: list[str], model_spans=()) -> list[tuple[int, int]]:
    """Natural features: a segmenter word tagged ``ns``, or a model LOC span, of three or more
    characters that ends in a :data:`NATURE_ENDS` ending (武陵山, 鸡公岭, 九龙溪); two such
    words joined in parallel (金山银山, 高山大山: the second and fourth characters alike) and a
    four-character idiom of People's Daily 1998 (绿水青山) name no single feature. A place or compass
    word followed by a landscape word of its own (羌塘|高原, 东北|平原: :data:`LANDSCAPE_WORDS`) is one
    natural region.

    Examples
    --------
    >>> nature_words("地处武陵山", ["B-v", "E-v", "B-ns", "I-ns", "E-ns"])
    [(2, 5)]
    >>> nature_words("从东北平原到", ["S-p", "B-s", "E-s", "B-n", "E-n", "S-v"])
    [(1, 5)]
    """
    out = []
    if len(feats) == len(text):
        i, n = 0, len(text)
        while i < n:
            if feats[i][:1] in ("B", "S"):
                j = i + 1 if feats[i][:1] == "S" else word_end(feats, i)
                if _tag(feats, i) == "ns" and j - i >= 3 and text[i:j].endswith(NATURE_ENDS):
                    out.append((i, j))
                elif (k := _region_before_landscape(text, feats, i, j)):
                    out.append((i, k))
                    j = k
                i = max(j, i + 1)
            else:
                i += 1
    for s, e, lab in model_spans:
        if lab == "LOC" and e - s >= 3 and text[s:e].endswith(NATURE_ENDS):
            out.append((s, e))
    return [(s, e) for s, e in out if not (e - s == 4 and (text[s + 1] == text[s + 3] or is_idiom(text[s:e])
                                                           or _paired_landscape(text[s:e])))]


#: landscape characters two of which, second and fourth, make a four-character phrase of paired
#: features (绿水青山, 青山绿水, 千山万水, 名山大川), no name
_PAIRED_LANDSCAPE = frozenset("山水河江湖海川岭峰")


def _paired_landscape(w: str) -> bool:
    """绿水青山, 千山万水: two two-character landscape words side by side, no single feature."""
    return len(w) == 4 and w[1] in _PAIRED_LANDSCAPE and w[3] in _PAIRED_LANDSCAPE


# --------------------------------------------------------------------------- learned ORG filter

def org_features(c, text: str, feats: list[str], place_spans) -> dict[str, int]:
    """Features of an ORG candidate for the learned filter (:func:`org_probability`).

    Head word, body length, what starts the body (an administrative character, a digit, a
    quote), the segmenter's tag of its first word and of the word before it, proper-name tags
    inside it, a place inside it, and whether the body is made only of dictionary words.
    """
    head = getattr(c, "text_head", "") or ""
    hs = c.end - len(head)
    body = text[c.start:hs]
    out = {"head=" + head: 1, "len=" + str(min(len(body), 7)): 1}
    first = body[:1]
    kind = ("admin" if first and first in GOVERNMENT_MINORITY_LEVELS else "digit" if first.isdigit() else
            "quote" if first in "“‘\"" else "none" if not first else "cjk")
    out["first=" + kind] = 1
    if len(feats) == len(text):
        out["tag0=" + (_tag(feats, c.start) or "none")] = 1
        prev = c.start - 1
        out["prev=" + (_tag(feats, prev) if prev >= 0 else "BOS")] = 1
        tags = {_tag(feats, i) for i in range(c.start, hs)}
        if tags & _PROPER_TAGS:
            out["proper"] = 1
        if "ns" in tags:
            out["ns"] = 1
    if any(a < hs and b > c.start for a, b in place_spans):
        out["ns"] = 1
    if body and descriptive(body):
        out["desc"] = 1
        out["desc_head=" + head] = 1
    return out


@lru_cache(maxsize=1)
def _org_filter() -> dict:
    path = resources.files("corpus_tools").joinpath("data", "entities", "org_filter.json")
    return json.loads(path.read_text(encoding="utf-8"))


def org_probability(c, text: str, feats: list[str], place_spans=()) -> float:
    """Probability that an ORG candidate of the head rules names an organisation, from a
    logistic regression trained on MSRA NER (``training/ner/train_org_filter.py``).

    Examples
    --------
    >>> from corpus_tools._entity_rules.lexicon import Cand
    >>> feats = ["B-n", "E-n", "B-n", "E-n", "B-n", "I-n", "E-n"]
    >>> 0.0 < org_probability(Cand(0, 7, "ORG", text_head="合作社"), "农民专业合作社", feats) < 1.0
    True
    """
    m = _org_filter()
    w = m["weights"]
    z = m["intercept"] + sum(w.get(k, 0.0) * v for k, v in org_features(c, text, feats, place_spans).items())
    return 1.0 / (1.0 + math.exp(-z))


#: Tags of a one-word body that describes what a programme does (脱贫|计划, 帮扶|行动, 超常规|行动).
_KIND_TAGS = frozenset(("v", "vn", "b", "a", "ad", "d"))


def one_word_kind(text: str, feats: "list[str] | None", s: int, h0: int, head: str) -> bool:
    """True when the body ``text[s:h0]`` is one dictionary word of the segmenter, unquoted: with
    项目 any such word (农业项目, 入股项目: a kind of project), with 工程/行动/计划/试点 a verb or
    an attribute (脱贫计划, 超常规行动) — a noun there is a named programme (希望工程, 春风行动).
    A word the dictionary does not know (头雁工程, 雪亮工程) names one.

    Examples
    --------
    >>> one_word_kind("农业项目", ["B-n", "E-n", "B-n", "E-n"], 0, 2, "项目")
    True
    >>> one_word_kind("春风行动", ["B-n", "E-n", "B-vn", "E-vn"], 0, 2, "行动")
    False
    """
    if feats is None or len(feats) != len(text):
        return False
    while s < h0 and feats[s][:1] in ("I", "E"):
        s += 1  # 以|上农业: the scan started inside a word, the name starts at the next one
    if h0 - s < 2 or feats[s][:1] != "B" or feats[h0 - 1][:1] != "E":
        return False
    if any(f[:1] in ("B", "S") for f in feats[s + 1:h0]):
        return False
    word = text[s:h0]
    if not (is_word(word) if len(word) == 2 else word in common_or_frequent() or len(word) == 3 and feats[s][2:] == "b"):
        return False
    return head == "项目" or feats[s][2:] in _KIND_TAGS


# --------------------------------------------------------------------------- titles that are plain words

#: Two-character laws and the Party constitution, which are dictionary words but keep their bare
#: re-mentions as the title (longer laws ending in 法 are no dictionary words: 土地管理法).
_LAW_WORDS = frozenset(("宪法", "刑法", "民法", "党章"))

def plain_word_title(name: str) -> bool:
    """Whether a 《》 title is a plain word or a person's title (《决定》, 《第一书记》, 《蝙蝠》): written
    without the marks elsewhere in the text it is that word (3月份决定, 驻村第一书记), not the title
    again. Laws and the Party constitution keep their bare re-mentions (宪法, 党章).

    Examples
    --------
    >>> [plain_word_title(w) for w in ("决定", "第一书记", "宪法", "乡村振兴战略规划", "办法", "土地管理法")]
    [True, True, False, False, True, False]
    """
    if name in _LAW_WORDS or (name.endswith("法") and len(name) >= 3 and not is_word(name)):
        return False  # 宪法, 党章, 土地管理法; 办法, 方法, 做法 are plain words
    return name in PERSON_TITLES or is_word(name) or name in common_or_frequent()


def grown_regions(ents: list, regions: list[tuple[int, int]], text: str) -> list:
    """*ents* with a place or region span replaced by the natural region that starts with it and
    grows it by a landscape word (南海 -> 南海诸岛, 东北 -> 东北平原, 四川 -> 四川盆地), a region
    also by one or two characters (武陵山 -> 武陵山脉, 桂山 -> 桂山岛) and a place by 湾 or 岛 (杭州湾); the
    region span must start where the entity does and cover no other entity. A place before a
    name stays (武汉|火神山, 青岛|灵山湾).

    Examples
    --------
    >>> t = "往返南海诸岛，武汉火神山"
    >>> got = grown_regions([Cand(2, 4, "LOC"), Cand(7, 9, "GPE")], [(2, 6), (7, 12)], t)
    >>> [(t[c.start:c.end], c.label) for c in got]
    [('南海诸岛', 'LOC'), ('武汉', 'GPE')]
    """
    if not regions:
        return ents
    grow = {s: e for s, e in regions}
    out = []
    for k, c in enumerate(ents):
        e = grow.get(c.start, 0)
        tail = text[c.end:e]
        ok = tail in LANDSCAPE_WORDS or (c.label == "LOC" and len(tail) <= 2) or (c.label == "GPE" and tail in ("湾", "岛"))
        if e > c.end and ok and c.label in ("LOC", "GPE") and not any(
                o.start < e and o.end > c.start for j, o in enumerate(ents) if j != k and o.label != "_"):
            out.append(replace(c, end=e, label="LOC"))
        else:
            out.append(c)
    return out
