"""The body of a head-based project, facility or event name, read with the segmenter's words.

The head rules (:mod:`corpus_tools._entity_rules.heads`) grow a PROJECT, FAC or EVENT name
leftwards from its head (…项目, …小区, …节) over name characters. After
:func:`~corpus_tools._entity_rules.words.align_to_words` has put its start on a word boundary,
the words of the body still show clauses and kinds that name nothing (GUIDE: "leading years,
counts, measured quantities and adjectives are dropped from PROJECT spans"; bare nominal
mentions are not annotated):

- a count of projects or a size before the name (两期|肉羊扩繁项目, 小型|安全饮水项目,
  十大|行动) is dropped, with any clause before the count (争取资金建设|两期|…); what remains
  must still be a name;
- a subject and a one-character verb right before the head make a clause, not a name
  (小区|来|试点, 村民|想|揽|工程, 地方|搞|试点);
- a time or place word and a locative first (平日|里|活动项目, 县域|内|无高速公路) end
  before the name, and a negation opens none (无高速公路, 不通公路, 非试点小区);
- a facility whose body is one determiner, count, idiom, adjective or verbal-noun word is a
  kind of building, not a name (一些小区, 整个小区, 独立小区, 办公大楼, 康庄大道), when that word
  is a dictionary word of People's Daily 1998 (a trade name such as 富瑞家园 is not) and names
  hardly any village or community of the gazetteer (团结, 胜利 name hundreds: 团结小区, 胜利小区
  stay); streets keep such bodies (解放路), so do estates and parks (锦绣家园), and a noun body
  stays (红旗小区, 知青旧居).

Everything is read off the per-character word features (``B-``/``I-``/``E-``/``S-`` + PKU
tag) that the NER model reads anyway, so it works on any county's text with no word list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import common_or_frequent
from corpus_tools._entity_rules.names import char_counts, is_word
from corpus_tools._entity_rules.words import quote_filled

__all__ = ["trim_bodies"]

#: labels whose head-rule spans are read here
_LABELS = ("PROJECT", "FAC", "EVENT")
#: measure words that count projects or their phases (两期, 十个, 一批, 十大): 万亩 measures land
_COUNT_MEASURES = frozenset("期个项批大类座条处家")
#: numerals that count (一 … 十, 两, 几, 多)
_NUMERALS = frozenset("一二两三四五六七八九十几多数")
#: size attributes that describe the kind (GUIDE: 大型农光互补项目 -> 农光互补项目)
_SIZE_WORDS = frozenset(("小型", "大型", "中型", "微型", "超大型", "特大型"))
#: tags of a word that can be the subject of a clause before a verb (村民, 小区, 地方, 上航新村)
_SUBJECT_TAGS = frozenset(("n", "nr", "ns", "nt", "nz", "j", "r", "s", "t"))
#: negations that open no name (无高速公路, 不通公路, 非试点小区)
_NEGATIONS = frozenset("无不非没未")
#: one-word facility bodies with these tags name a kind: determiner, numeral, idiom, adjective,
#: distinguishing attribute, adverb, verbal noun (一些小区, 康庄大道, 独立小区, 整个小区, 办公大楼)
_KIND_BODY_TAGS = frozenset(("r", "m", "i", "a", "b", "d", "vn", "l"))
#: estates and parks take chosen words as their names (锦绣家园, 和平公园)
_ESTATE_HEADS = ("园", "苑", "场")
#: a body word that names at least this many villages or communities of the gazetteer is a
#: naming word (团结, 胜利, 建设: 团结村, 胜利社区 …), not a kind (独立, 办公, 一些: hardly any)
PLACE_NAME_USES = 10
#: street heads keep one-word bodies of any tag (幸福路, 解放街)
_STREET_HEADS = ("路", "街", "巷", "大街", "公路", "高速", "线")


def _names_places(word: str) -> bool:
    """*word* + 村 or 社区 names at least :data:`PLACE_NAME_USES` villages and communities of the
    gazetteer: counties name estates and streets with such words (团结小区, 胜利小区)."""
    return len(gz.lookup(word + "村")) + len(gz.lookup(word + "社区")) >= PLACE_NAME_USES


def _tag(feats: list[str], i: int) -> str:
    return feats[i][2:] if len(feats[i]) > 2 else ""


def _words(feats: list[str], s: int, e: int) -> list[tuple[int, int]]:
    """The segmenter's words between *s* and *e* (a word cut by either edge is cut there too)."""
    out = []
    i = s
    while i < e:
        j = i + 1
        if feats[i][:1] in ("B", "I"):
            while j < e and feats[j][:1] == "I":
                j += 1
            if j < e and feats[j][:1] == "E":
                j += 1
        out.append((i, j))
        i = j
    return out


def _body_start(c, text: str, feats: list[str], hs: int) -> int | None:
    """Where the name of candidate *c* (head starting at *hs*) starts, or None for no name."""
    ws = _words(feats, c.start, hs)
    if not ws:
        return c.start
    # a time or place word and a locative: the name starts after the locative (平日里活动项目)
    for k in range(len(ws) - 1, 0, -1):
        a, b = ws[k]
        if b - a == 1 and _tag(feats, a) == "f" and _tag(feats, ws[k - 1][0]) in ("t", "n", "s") \
                and ws[k - 1][1] - ws[k - 1][0] >= 2:
            ws = ws[k + 1:]
            break
    if not ws:
        return None
    # a subject word, then one or two one-character verbs right before the head: a clause
    k = len(ws) - 1
    verbs = 0
    while k >= 0 and ws[k][1] - ws[k][0] == 1 and _tag(feats, ws[k][0]) == "v" and verbs < 2:
        k -= 1
        verbs += 1
    if verbs and k >= 0 and ws[k][1] - ws[k][0] >= 2 and _tag(feats, ws[k][0]) in _SUBJECT_TAGS:
        return None
    # a count inside the body: what stands before it is a clause (争取资金建设|两期|肉羊扩繁项目);
    # not in a quoted name (做强“三个一”工程)
    quoted = any(q in text[c.start:hs] for q in "“”‘’\"《》")
    for k in range(len(ws) - 2, 0, -1) if not quoted else ():
        if ws[k][1] - ws[k][0] == 1 and ws[k + 1][1] - ws[k + 1][0] == 1 and _tag(feats, ws[k][0]) == "m" \
                and text[ws[k][0]] in _NUMERALS and text[ws[k + 1][0]] in _COUNT_MEASURES and _tag(feats, ws[k + 1][0]) == "q":
            ws = ws[k:]
            break
    s = ws[0][0]
    if text[s] in _NEGATIONS:
        return None
    i = 0
    # a count of the projects (两期, 十个, 一大批, 十大) or a size word (小型) opens no name
    if ws[0][1] - ws[0][0] == 2 and text[ws[0][0]] in _NUMERALS and text[ws[0][0] + 1] in _COUNT_MEASURES:
        i = 1  # 三期 as one word: the phase of a project the text counts
    while i < len(ws) and _tag(feats, ws[i][0]) == "m" and ws[i][1] - ws[i][0] == 1 and text[ws[i][0]] != "第":
        j = i + 1
        while j < len(ws) and ws[j][1] - ws[j][0] == 1 and text[ws[j][0]] in _COUNT_MEASURES | {"大"} \
                and _tag(feats, ws[j][0]) in ("q", "a", "m"):
            j += 1
        if j == i + 1:
            break
        i = j
    if c.label != "FAC" and i < len(ws) and text[ws[i][0]:ws[i][1]] in _SIZE_WORDS:
        i += 1
    if i >= len(ws):
        return None
    s = ws[i][0]
    return s


#: an ordinal that opens an event's name (首届, 第三届)
_ORDINAL_RE = re.compile("首届|第[一二三四五六七八九十百0-9]+届")
#: facility heads that are also the everyday objects of a verb (进小区, 问路, 上街, 下楼): after a subject and
#: a verb they end a clause (快递人员|无法|进|小区); a site head does not (会宁红军会师旧址)
_OBJECT_HEADS = frozenset(("小区", "路", "街", "楼", "巷", "门"))
#: aspect particles after a verb: the verb ends a clause (牵挂着|陵园, 探访过|三峡水电站)
_ASPECT = frozenset("着了过")
#: tags of verbs that open no facility or event name (意味着|博物馆, 回味|吴哥寺, 撷取|首届…论坛)
_VERB_TAGS = frozenset(("v",))


def _plain_verb(text: str, a: int, b: int) -> bool:
    """``text[a:b]``, tagged a verb, is an ordinary verb and no part of a name: a word of People's Daily 1998
    or the common-word lists when it has two or more characters (not 博莱, 横琴), no naming word of
    villages (解放) and no place (定西); a single character that makes no word or place with the next one
    (not 打|卡, 应|县) and takes no complement (望|得见)."""
    word = text[a:b]
    if _names_places(word) or gz.lookup(word):
        return False
    if b - a >= 2:  # 调整, 意味着, 炸掉, 逛逛
        return word in common_or_frequent() or is_word(word) or word[-1] in "着掉了" or word[0] == word[1]
    pair = text[a:a + 2]
    return not (pair in common_or_frequent() or is_word(pair) or gz.lookup(pair)) and text[b:b + 1] not in "得不了着过"


#: a one-character verb opens a body only when People's Daily 1998 writes it as a word on its own in at least
#: this share of its uses (写 0.55, 打 0.25; not 伶 of 伶仃洋, never seen alone)
ALONE_RATE = 0.1


def _stands_alone(word: str) -> bool:
    """*word* has two or more characters, or is a character People's Daily 1998 often writes alone."""
    if len(word) >= 2:
        return True
    total, _, _, single = char_counts(word)
    return total >= 20 and single >= ALONE_RATE * total


def _verb_start(c, text: str, feats: list[str], s: int, hs: int) -> int | None:
    """For a FAC or EVENT body starting at *s*: the start after a verb that opens it (写|盐业博物馆,
    撷取|首届…论坛), *s* when none does, None when a facility's body is only that verb (调整|博物馆,
    炸掉|大桥) or a clause (快递人员|无法|进|小区: a subject, then a verb whose everyday object the head is,
    :data:`_OBJECT_HEADS`; 会宁红军会师旧址 stays). Only ordinary verbs count (:func:`_plain_verb`: 解放路, 定西现代物流园, 应县木塔,
    博莱国际机场 stay whole); a verb-only body of a street stays (骑楼老街), and so does a verb before
    a one-character word (伶仃|洋大桥, 打|卡…). An event loses only a verb before its ordinal; other
    event names hold verbs (庆祝…展览, …陈列展览)."""
    if c.label not in ("FAC", "EVENT") or any(q in text[s:hs] for q in "“”‘’\"《》"):
        return s  # a quoted word inside is part of the name (彩灯“绣”古城灯组展览)
    we = hs  # the body ends before the word that holds the head's first character (炸掉|大桥)
    while we > s and feats[we][:1] in ("I", "E"):
        we -= 1
    ws = _words(feats, s, we)
    verbs = [k for k, (a, b) in enumerate(ws) if _tag(feats, a) in _VERB_TAGS and _plain_verb(text, a, b)]
    if not verbs:
        return s
    if c.label == "FAC":
        # a verb and an aspect particle make a clause: 标志着|辽宁中部环线高速公路, 探访过|三峡水电站
        aspect = [k for k in verbs if k + 1 < len(ws) and ws[k + 1][1] - ws[k + 1][0] == 1
                  and text[ws[k + 1][0]] in _ASPECT and _tag(feats, ws[k + 1][0]) == "u"]
        if aspect:
            k = aspect[-1] + 2
            return ws[k][0] if k < len(ws) else we
    head = text[hs:c.end]
    street = head.endswith(_STREET_HEADS)
    if c.label == "FAC" and head in _OBJECT_HEADS and verbs[-1] == len(ws) - 1 and verbs[-1] > 0 and any(
            _tag(feats, ws[j][0]) in _SUBJECT_TAGS and ws[j][1] - ws[j][0] >= 2 for j in range(verbs[-1])):
        return None  # a subject, then a verb whose object the head is: a clause (进|小区, 问|路, 上|街)
    if verbs[0] != 0 or not _stands_alone(text[ws[0][0]:ws[0][1]]):
        return s
    rest = ws[1:]
    if all(_tag(feats, a) in _VERB_TAGS for a, _ in rest):  # 调整|博物馆, 炸|掉|大桥: only verbs
        return s if (street or c.label == "EVENT") else None
    if rest[0][1] - rest[0][0] < 2 or any(_tag(feats, a) in _VERB_TAGS for a, _ in rest):
        return s
    if c.label == "EVENT" and not _ORDINAL_RE.match(text, rest[0][0]):
        return s
    return rest[0][0]


#: tags of the segmenter that mark a proper name (place, person, organisation, other name, short form)
_PROPER_TAGS = frozenset(("ns", "nr", "nt", "nz", "j"))


def _proper_word(text: str, feats: list[str], a: int, b: int) -> bool:
    """``text[a:b]`` (one segmenter word) may name something: a proper-name tag, a place of the
    gazetteer, a naming word of villages, a digit or Latin letter, a quote, or a word that is
    neither a word of People's Daily 1998 nor of the common-word lists (韩庄, 徒骇)."""
    w = text[a:b]
    if _tag(feats, a) in _PROPER_TAGS or gz.lookup(w) or _names_places(w) or not re.fullmatch(r"[\u4e00-\u9fff]+", w):
        return True
    if b - a == 1:
        return _tag(feats, a) not in ("n", "v", "a", "b", "d", "m", "q", "f", "u", "p", "c", "r", "vn", "ad", "s", "t")
    return not (is_word(w) or w in common_or_frequent())


def _kind_word_only(text: str, feats: list[str], s: int, ws_end: int, hs: int, e: int) -> bool:
    """A facility whose head sits inside a longer common word of the segmenter (铁路, 高速公路,
    航站楼, 大桥 of 路, 楼, 桥) and whose body holds no word that may name something
    (:func:`_proper_word`) is a kind of facility (高原铁路, 普通公路, 航站楼, 铁路大桥), not a name;
    京张铁路, 沈大高速公路, 黄河大桥 and 长安街 (one word, tagged a place) stay."""
    if ws_end >= hs or ws_end < s:
        return False  # the head is a word of its own (人民公园, 年货大街): read by the other tests
    k = ws_end  # the word that holds the head
    j = k + 1
    while j < e and feats[j][:1] == "I":
        j += 1
    if j < len(feats) and feats[j][:1] == "E":
        j += 1
    kind = text[k:e]
    if j != e or _tag(feats, k) in _PROPER_TAGS or gz.lookup(kind) or k == 0 or text[k - 1] in "“‘\"":
        return False  # a word that runs past the head, or a name word: no kind
    pre = text[k:hs]  # 铁 of 铁路, 高速 of 高速公路; 迎薰 of 迎薰门 and 寿圣 of 寿圣寺 make no kind
    if not (is_word(kind) or kind in common_or_frequent() or is_word(pre) or pre in common_or_frequent()
            or (len(pre) == 1 and is_word(text[k:hs + 1]))):
        return False
    if s > 0 and _tag(feats, s - 1) in ("ns", "nz", "j") and feats[s - 1][:1] in ("E", "S"):
        return False  # a place right before the name owns it (那坡县|烈士陵园)
    return not any(_proper_word(text, feats, a, b) for a, b in _words(feats, s, k))


_COUNT_BEFORE_RE = re.compile("(?:[0-9０-９]+|[一二两三四五六七八九十百千万几多数]+)[个座处条片所]$")
_COUNT_AFTER_RE = re.compile("(?:[0-9０-９]+|[一二两三四五六七八九十百千万几多数]+)[个座处条片所]")
#: heads of public spaces that a village or community often has one of (文化广场, 休闲公园)
_VILLAGE_KIND_HEADS = ("广场", "公园", "游园", "小游园")


def _counted_kind(text: str, s: int, e: int) -> bool:
    """The text counts the facility right before or after it (建成3个|口袋公园, 改造口袋公园|8个):
    with a body of common words only, a kind of which there are several, not one named site."""
    return bool(_COUNT_BEFORE_RE.search(text, max(0, s - 6), s)) or bool(_COUNT_AFTER_RE.match(text, e))


def _village_kind(text: str, feats: list[str], ws: list[tuple[int, int]], head: str) -> bool:
    """A village or community, then one common word, then a public-space head (天池口村|文化|广场,
    黄连社区|休闲|公园): the village's square is a kind; the village is the name (pages13)."""
    if head not in _VILLAGE_KIND_HEADS or len(ws) < 2:
        return False
    a, b = ws[-1]
    w = text[a:b]
    if not text.endswith(("村", "社区"), 0, a) or _tag(feats, a) in _PROPER_TAGS:
        return False
    return b - a >= 2 and (is_word(w) or w in common_or_frequent())


#: words of position that end a clause before the facility they place (扎隆沟村紧邻|互助北山国家森林公园)
_RELATION_WORDS = frozenset(("紧邻", "毗邻", "位于", "地处", "背靠", "靠近", "临近", "紧靠", "紧挨", "通往", "直通"))
#: one-character verbs of extent after a direction (西至|栀子路, 南临|桃花岭公园, 北靠|枫林路)
_EXTENT_VERBS = frozenset("至临靠接邻")


def _after_relation(c, text: str, feats: list[str], s: int, hs: int) -> int:
    """For a FAC body: the start after the last word of position inside it (紧邻, 位于) or after a
    direction and a one-character verb of extent (西至, 南临); *s* when there is none (平孟线水磨头村至孟山段公路
    keeps its 至: no direction before it)."""
    if c.label != "FAC":
        return s
    ws = _words(feats, s, hs)
    cut = s
    for k, (a, b) in enumerate(ws):
        w = text[a:b]
        if w in _RELATION_WORDS and b < hs:
            cut = b
        elif b - a == 1 and w in _EXTENT_VERBS and a > 0 and text[a - 1] in "东西南北" and b < hs:
            cut = b
    return cut


def trim_bodies(cands: list, text: str, feats: list[str]) -> list:
    """Head-rule PROJECT, FAC and EVENT candidates with the clause or count in front of the name
    cut off, and those that name only a kind dropped (see the module docstring).

    *cands* carry ``start``, ``end``, ``label``, ``source`` and ``text_head``; *feats* holds one
    word feature per character of *text*; other candidates pass unchanged.

    Examples
    --------
    >>> from corpus_tools._entity_rules.lexicon import Cand
    >>> text = "建设两期肉羊扩繁项目"
    >>> feats = ["B-v", "E-v", "S-m", "S-q", "B-vn", "E-vn", "B-vn", "E-vn", "B-n", "E-n"]
    >>> [text[c.start:c.end] for c in trim_bodies([Cand(2, 10, "PROJECT", text_head="项目")], text, feats)]
    ['肉羊扩繁项目']
    >>> text = "小区来试点"
    >>> trim_bodies([Cand(0, 5, "PROJECT", text_head="试点")], text, ["B-n", "E-n", "S-v", "B-n", "E-n"])
    []
    """
    if len(feats) != len(text):
        return cands
    out = []
    for c in cands:
        head = getattr(c, "text_head", "") or ""
        if c.label not in _LABELS or c.source != "rule" or not head or text[c.start] in "“‘\"《" \
                or quote_filled(c, text) or (c.label == "EVENT" and _ORDINAL_RE.match(text, c.start)):
            # 第六届巴音布鲁克东归那达慕大会: the ordinal opens a numbered event, nothing in it is a clause (pages28)
            out.append(c)
            continue
        hs = c.end - len(head)
        s = _body_start(c, text, feats, hs)
        s = _after_relation(c, text, feats, s, hs) if s is not None else None
        s = _verb_start(c, text, feats, s, hs) if s is not None else None
        if s is None or (s != c.start and hs - s < 2):
            continue
        # the word that holds the head's first character (办公|大楼: the head 楼 is inside 大楼)
        ws_end = hs
        while ws_end > s and feats[ws_end][:1] in ("I", "E"):
            ws_end -= 1
        ws = _words(feats, s, ws_end)
        if not ws and (_tag(feats, s) == "i" or (_tag(feats, s) == "l" and c.end - s <= 4)):
            continue  # 康庄大道: the body and the head are one idiom (会同县|魔芋产业园, one l word of five: a name)
        one_kind = len(ws) == 1 and _tag(feats, s) in _KIND_BODY_TAGS and not feats[s].startswith("S") \
            and (is_word(text[s:ws_end]) or text[s:ws_end] in common_or_frequent()) \
            and not _names_places(text[s:ws_end])  # not a trade name (富瑞) nor a naming word (团结小区)
        if one_kind and (s != c.start or (c.label == "FAC" and not head.endswith(_STREET_HEADS + _ESTATE_HEADS))):
            continue  # 独立小区, 办公大楼, 康庄大道, (平日里)活动项目: a kind, not a name
        if c.label == "FAC" and ((_counted_kind(text, s, c.end) and not any(_proper_word(text, feats, a, b) for a, b in ws))
                                                         or _village_kind(text, feats, ws, head)):
            continue  # 建成3个|口袋公园, 口袋公园|8个, 天池口村|文化|广场: kinds the text counts or a village owns
        if c.label == "FAC" and _kind_word_only(text, feats, s, ws_end, hs, c.end):
            continue  # 高原|铁路, 普通|公路, 航站楼, 铁路|大桥: common words before a kind word
        out.append(c if s == c.start else replace(c, start=s))
    return out
