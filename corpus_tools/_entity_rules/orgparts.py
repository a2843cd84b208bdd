"""Where an organisation found by its head starts, and where two of them meet.

The head rules (:func:`corpus_tools._entity_rules.heads.find_orgs`) grow a name leftwards from
its head over name characters. On other counties' text that scan crosses clause material the
stop lists do not know: a verb (村里办起|家具合作社, 贫困户已全部入股|村级合作社, 要谢就得谢|政府),
and two bodies written together (县委县政府, 信阳市委市政府, 县人社局和县妇联). The segmenter's
part-of-speech tags (the per-character ``B-v``/``E-n`` features the NER model reads) settle both:

* :func:`after_clause` moves the start after the last verb, adverb or preposition of the body.
  Verbs inside names are rare — fewer than 1 % of the ``[…]nt`` organisations of People's Daily
  1998 hold a word tagged ``v``, and those verbs are listed in ``org_inside_verbs.txt`` (驻, 反);
  nominal verbs (``vn``: 扶贫开发办公室) stay. A word cuts only when 1998 knows it as a verb,
  adverb or preposition (``org_clause_words.txt``): the segmenter tags unknown trade names
  ``v`` too (丰金|中草药种植专业合作社). Both lists are built by ``training/ner/build_org_words.py``.
* :func:`split_bodies` cuts a span where one body's head ends and an administrative level starts
  the next one (县委|县政府, 市委|市政府, 县人社局|和|县妇联).
* :func:`head_in_verb` says that a one-character head is the end of a verb (承办, 督办, 开办).
* :func:`unit_owner` and :func:`own_unit`: a village, community or township named in front of a
  body owns it (古路坝社区党委, 坪上镇卫生院: no generic body, even where the gazetteer lacks the
  place), and only the immediate owner stays in the name (会理县彰冠镇|三合村党支部, as the
  annotation guide's 东泉镇|孟山村党支部).
* :func:`listed_firms`: short firm names listed with one already found (正泰、德力西、华仪) are
  firms too.
* :func:`coop_name_start`: a co-operative with a trade name of its own (兴旺养牛专业合作社) is one
  organisation, one that only says what it does (花椒种植专业合作社) is a kind.
* :func:`after_quoted_clause` starts a name after a quoted sentence that the scan took for part
  of it (“要是几千亩地，咋种？”|绿风农机合作社): a quoted part of a name holds no clause punctuation.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.admin_levels import ADMIN_CHARS, COUNTY_LEVELS, GOVERNMENT_MINORITY_LEVELS, TOWN_LEVELS
from corpus_tools._entity_rules.lexicon import (ORG_HEADS, Cand, all_stops, common_or_frequent, common_words, frequent2, is_name_char,
                                                occurrences, words)
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.org_shapes import JOINERS, LEVEL_CHARS, shard_pair

#: Heads of departments whose names since the 2018 reform join two fields with 和 (县住房和城乡建设局,
#: 省文化和旅游厅, 旗林业和草原局).
DEPT_HEADS = ("委员会", "局", "厅", "委")
#: Level characters that open such a department (县住房和城乡建设局, 旗林业和草原局).
DEPT_LEVELS = GOVERNMENT_MINORITY_LEVELS + "盟"
_FIELD = r"[^\W\d_县市省区旗州盟局委部办厅院会府和的在了是为对把被将与及等]{2,8}"  # 城乡, 城镇 may stand inside
_MERGED = rf"[{DEPT_LEVELS}]{_FIELD}和{_FIELD}(?:{'|'.join(DEPT_HEADS)})"
_MERGED_END_RE = re.compile(_MERGED[:_MERGED.rindex("(?:")] + "$")
_MERGED_UNIT_END_RE = re.compile(_MERGED + "$")  # 林业和草原局|党委: a unit of such a department
_MERGED_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?{_MERGED}")
#: Longest department the two end patterns match: level, two fields of at most 8, 和, a head of at most 3.
_MERGED_MAX = 1 + 8 + 1 + 8 + max(map(len, DEPT_HEADS))


def is_merged_department(name: str) -> bool:
    """*name* is a department of two fields joined by 和, with its level and perhaps its place
    (雁塔区住房和城乡建设局): a name the learned ORG drop keeps.

    Examples
    --------
    >>> is_merged_department("雁塔区住房和城乡建设局"), is_merged_department("县委和县政府")
    (True, False)
    """
    return _MERGED_NAME_RE.fullmatch(name) is not None


def merged_department_start(text: str, s: int, h0: int, place_ends: "dict[int, tuple[int, str]] | None" = None,
                            *, unit: bool = False) -> int:
    """Start of a department whose name joins two fields with 和 right before the head at *h0*
    (县住房和城乡建设局, 县文化广电体育和旅游局), when it starts before *s*: a level character that
    opens a clause, or ends a place of *place_ends* (start -> (end, label); 乌鲁木齐市|人力资源和社会保障局
    starts with the place), then two fields of two to eight characters with no level, head or
    function character; else *s*. With *unit*, the head at *h0* is a unit of such a department
    (和田地区林业和草原局|党委), whose head stands right before *h0*.

    Examples
    --------
    >>> text = "县住房和城乡建设局召开会议"
    >>> merged_department_start(text, 8, 8)  # the head 局 at 8, nothing found before it
    0
    >>> merged_department_start("区域协调发展在党和国家发展全局", 14, 14)
    14
    >>> merged_department_start("推进区块链和大数据局建设", 10, 10)  # 区块 is a word, 区 no level
    10
    """
    m = (_MERGED_UNIT_END_RE if unit else _MERGED_END_RE).search(text, max(0, h0 - _MERGED_MAX), h0)
    if m is None or m.start() >= s:
        return s
    k = m.start()
    # 乌鲁木齐市|人力资源和社会保障局: the level character ends a place, which the name keeps
    place = next((b for b, (e, _) in (place_ends or {}).items() if e == k + 1 and b < k), None)
    if place is None and is_word(text[k:k + 2]):
        return s  # 区块链和大数据局, 乡村医生和…: the level character opens a word, it is no level
    if k == 0 or not is_name_char(text[k - 1]) or text[k - 1] in all_stops():
        return k
    return s if place is None else place


#: Verbs that do sit inside organisation names (People's Daily 1998, see the module docstring).
INSIDE_VERBS = words("org_inside_verbs")
#: Words People's Daily 1998 tags v, d or p at least 80 % of the time (not :data:`INSIDE_VERBS`).
CLAUSE_WORDS = words("org_clause_words")
#: Tags that end a clause before a name: verb, adverb, preposition, and the locatives of
#: :data:`CLAUSE_WORDS` (之后|公司, 以来).
_CLAUSE_TAGS = frozenset(("v", "d", "p", "f"))

#: Heads of two or more characters that end a whole body: a verb right after one is the body's
#: predicate (县供电公司|组织|党员服务队), not a word inside one name.
_BODY_HEADS = tuple(sorted((h for h in ORG_HEADS if len(h) >= 2), key=len, reverse=True))
#: Tags of the word after such a verb when it opens the next body's name (a noun or a name).
_NAME_OPENING_TAGS = frozenset(("n", "nz", "ns", "nr", "nt", "j", "b"))
def _words(feats: list[str], s: int, e: int):
    """``(start, end, tag)`` of the segmenter words inside ``[s, e)`` (a word cut by *s* starts at *s*)."""
    i = s
    while i < e:
        j = i + 1
        while j < e and feats[j][:1] in ("I", "E"):
            j += 1
        yield i, j, feats[i][2:] if len(feats[i]) > 2 else ""
        i = j


def after_clause(text: str, feats: list[str], s: int, h0: int) -> int:
    """The start of the name whose rule span is ``text[s:h0]`` + head: after the last verb,
    adverb or preposition of the body and its one-character complement (*s* when there is
    none, or when the body is quoted).

    Examples
    --------
    >>> text = "办起家具合作社"
    >>> feats = ["S-v", "S-v", "B-n", "E-n", "B-n", "I-n", "E-n"]
    >>> after_clause(text, feats, 0, 4)
    2
    >>> after_clause("县扶贫开发办公室", ["S-n", "B-vn", "E-vn", "B-vn", "E-vn", "B-n", "I-n", "E-n"], 0, 5)
    0
    """
    if len(feats) != len(text) or any(ch in "“”‘’\"" for ch in text[s:h0]):
        return s
    k = best = s
    prev = ""
    for i, j, tag in _words(feats, s, h0):
        if tag == "v" and prev == "nr" and (j - i == 1 or text[i:j] in CLAUSE_WORDS):
            k = best = j  # 王伯祥任|寿光县委: a person's name and a verb make a clause
            prev = tag
            continue
        prev = tag if tag != "nr" or j - i >= 2 else "nr1"  # 龙|透关派出所: one character is no name
        if tag in _CLAUSE_TAGS and text[i:j] in CLAUSE_WORDS and text[i:j] not in INSIDE_VERBS:
            k = j
        elif i == k > s and tag == "v" and j - i == 1:
            k = j  # a one-character complement of the verb: 办|起, 盖|起
        else:
            continue
        if j - i > 1 or _opens_name(text, feats, k, h0):
            best = k
    return best


def _opens_name(text: str, feats: list[str], k: int, h0: int) -> bool:
    """After a one-character verb at *k*, a name follows when an administrative level starts it
    or it holds a word of two or more characters (办起|家具合作社, 报请|县委, 办起|小杂粮合作社), not
    when it is only single characters of an abbreviation the segmenter shattered (县住|建局)."""
    if k >= h0 or text[k] in LEVEL_CHARS:
        return k < h0
    return any(j - i >= 2 for i, j, _ in _words(feats, k, h0))


def split_bodies(c: Cand, text: str, feats: list[str] | None, head_ends: set[int]) -> list[Cand]:
    """*c* cut where one organisation's head ends (an offset of *head_ends*) and an administrative
    level (:data:`LEVEL_CHARS`), possibly after 和/与/及/、, opens the next body.

    Examples
    --------
    >>> text = "县委县政府"
    >>> [(x.start, x.end) for x in split_bodies(Cand(0, 5, "ORG"), text, None, {2, 5})]
    [(0, 2), (2, 5)]
    """
    out = []
    s = c.start
    for k in range(c.start + 2, c.end - 2):
        if k not in head_ends or k - s < 2:
            continue
        if feats is not None and feats[k - 1][:1] not in ("E", "S"):
            continue
        n = k + 1 if text[k] in JOINERS else k
        if text[n] in LEVEL_CHARS and c.end - n >= 3 and (feats is None or level_word(text, feats, n)):
            out.append(Cand(s, k, c.label, c.prio, None, c.source))
            s = n
        elif feats is not None and text.endswith(_BODY_HEADS, s, k) and _predicate_end(text, feats, k, c.end):
            # 县供电公司|组织|党员服务队: a whole body, then its verb; what it acts on is no part of the name
            # and is kept only when a level opens it (县交通局|联合|县公安局)
            out.append(Cand(s, k, c.label, c.prio, None, c.source))
            v = _predicate_end(text, feats, k, c.end)
            if text[v] not in LEVEL_CHARS:
                return out
            s = v
    if not out:
        return [c]
    out.append(Cand(s, c.end, c.label, c.prio, c.code, c.source))
    return out


def level_word(text: str, feats: list[str], i: int) -> bool:
    """Whether the level character at *i* opens a body (县委|县政府, 联合|县|林业局), not a common
    word that holds it (崇左市商务局|市场科: 市场).

    Examples
    --------
    >>> level_word("局市场科", ["E-n", "B-n", "E-n", "S-n"], 1), level_word("局县林业局", ["E-n", "S-n", "B-n", "I-n", "E-n"], 1)
    (False, True)
    """
    if feats[i][:1] == "S" or feats[i][2:] == "ns":
        return True
    k = i
    while k > 0 and feats[k][:1] not in ("B", "S"):
        k -= 1
    e = i + 1
    while e < len(feats) and feats[e][:1] not in ("B", "S"):
        e += 1
    return text[k:e] not in common_or_frequent()


def _predicate_end(text: str, feats: list[str], k: int, end: int) -> int:
    """The end of a verb of two or more characters at *k* that a noun follows inside ``text[k:end]``
    with at least three characters after it (组织|党员服务队), else 0."""
    if len(feats) != len(text) or feats[k][:1] != "B" or feats[k][2:] != "v":
        return 0
    j = k + 1
    while j < end and feats[j][:1] == "I":
        j += 1
    if j >= end or feats[j][:1] != "E":
        return 0
    j += 1
    if text[k:j] in INSIDE_VERBS or end - j < 3 or feats[j][2:] not in _NAME_OPENING_TAGS:
        return 0
    return j


def head_in_verb(feats: list[str], h0: int, head: str) -> bool:
    """True when a one-character *head* at *h0* closes a verb the segmenter read (承办, 督办) or is
    one (怎么|办), or a two-character head is one verb word after an adverb (都|学会|了).

    Examples
    --------
    >>> head_in_verb(["B-n", "E-n", "B-v", "E-v"], 3, "办"), head_in_verb(["B-r", "E-r", "S-v"], 2, "办")
    (True, True)
    >>> head_in_verb(["B-nr", "E-nr", "S-d", "B-v", "E-v"], 3, "学会"), head_in_verb(["B-n", "E-n", "B-n", "E-n"], 2, "学会")
    (True, False)
    >>> head_in_verb(["B-nr", "E-nr", "S-v", "S-v", "S-u"], 2, "办"), head_in_verb(["B-n", "E-n", "S-v", "S-v", "B-n"], 2, "办")
    (True, False)
    """
    if len(head) == 2 and feats[h0:h0 + 2] == ["B-v", "E-v"] and h0 > 0 and feats[h0 - 1][2:] == "d":
        return True  # 米娜|都|学会|了: a verb word after an adverb (县摄影学会 is a noun)
    if len(head) != 1:
        return False
    if feats[h0] == "S-v" and h0 > 0 and feats[h0 - 1][2:] in ("r", "d", "v", "p", "c", "u", "y", "a", "w"):
        return True  # 怎么|办, but 基层|办 (县委组织部基层办)
    if feats[h0] == "S-v" and feats[h0 + 1:h0 + 3] == ["S-v", "S-u"]:
        return True  # 曾兆军|办|起|了: the verb with its complement and particle (not 河长办|的)
    if feats[h0][:1] not in ("I", "E"):
        return False
    k = h0
    while k > 0 and feats[k][:1] in ("I", "E"):
        k -= 1
    return feats[k][2:] in _CLAUSE_TAGS



_CLAUSE_PUNCT = "，。！？；：…"
_CLOSERS = "”’"


def after_quoted_clause(text: str, s: int, h0: int) -> int:
    """After the last closing quote of ``text[s:h0]`` whose quote holds clause punctuation (*s* if none).

    Examples
    --------
    >>> text = "“这里有谁是共产党员？请举手！”科考队"
    >>> text[after_quoted_clause(text, 0, len(text) - 1):]
    '科考队'
    >>> after_quoted_clause("“三人行”党群志愿小分队", 0, 11)
    0
    """
    k = s
    for q in range(s, h0):
        if text[q] in _CLOSERS and any(ch in _CLAUSE_PUNCT for ch in text[k:q]):
            k = q + 1
    if k != s and any(ch in _CLAUSE_PUNCT for ch in text[k:h0]):
        return h0  # the clause runs on after the quote: “‘市场’搞出事来怎么办
    return k


_UNIT_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:村|社区|镇|乡|街道)")
_NOT_STEM_FIRST = "各全本该每这那其某个"


def unit_owner(body: str) -> bool:
    """True when *body* opens with a named village, community or township (古路坝社区, 坪上镇): its
    stem of two to four characters is no common word and holds none, nor a verb or adverb of
    :data:`CLAUSE_WORDS` (农村, 城乡, 农业农村 are kinds, 挂断时任乡 a clause).

    Examples
    --------
    >>> unit_owner("古路坝社区"), unit_owner("坪上镇"), unit_owner("城乡社区"), unit_owner("农业农村")
    (True, True, False, False)
    """
    m = _UNIT_RE.match(body)
    if m is None:
        return False
    stem = m.group(1)
    if stem[0] in _NOT_STEM_FIRST or stem in common_words():
        return False
    # no common word, verb or adverb inside the stem (农业农|村, 挂断时任|乡, 涉案|村)
    pairs = {stem[i:i + 2] for i in range(len(stem) - 1)}
    return not (pairs & frequent2() or pairs & CLAUSE_WORDS)


#: Heads of the bodies of a village or community (村党支部, 社区居委会): only the unit owns them.
UNIT_BODY_HEADS = ("党支部", "党总支", "党委", "村委会", "居委会", "村民委员会", "居民委员会", "两委", "股份经济合作社",
                   "经济合作社")
_LEVELS = COUNTY_LEVELS + TOWN_LEVELS
_UNIT_BODY_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|社区)$")


def own_unit(c: Cand, text: str, feats: list[str] | None = None) -> Cand:
    """*c* started at the village or community that owns its body when a county or township
    comes first (会理县彰冠镇三合村党支部 -> 三合村党支部). With the segmenter's *feats*, only where
    a word starts (怀柔区帽|山村: the place rules peel the listed places themselves).

    Examples
    --------
    >>> text = "会理县彰冠镇三合村党支部"
    >>> c = own_unit(Cand(0, len(text), "ORG"), text)
    >>> text[c.start:c.end]
    '三合村党支部'
    """
    head = next((h for h in UNIT_BODY_HEADS if text.startswith(h, c.end - len(h))), "")
    if not head:
        return c
    h0 = c.end - len(head)
    for k in range(c.start + 3, h0 - 1):
        if (text[k - 1] in _LEVELS or text[k - 2:k] == "街道") and _UNIT_BODY_RE.fullmatch(text, k, h0) \
                and (feats is None or feats[k][:1] in ("B", "S")):
            return Cand(k, c.end, c.label, c.prio, None, c.source)
    return c



def _word_start(feats: list[str], k: int) -> int:
    while k > 0 and feats[k][:1] in ("I", "E"):
        k -= 1
    return k


def village_team(c: Cand, text: str, feats: list[str]) -> Cand:
    """*c* (驻村工作队, which the scan stops at 驻) with the village it serves in front: 田坝村驻村工作队.
    The village is the segmenter word that ends in 村 before 驻 (or the word before a lone 村).

    Examples
    --------
    >>> text = "来到田坝村驻村工作队"
    >>> feats = ["B-v", "E-v", "B-nr", "I-nr", "E-nr", "B-n", "I-n", "I-n", "I-n", "E-n"]
    >>> c = village_team(Cand(6, 10, "ORG"), text, feats)
    >>> text[c.start:c.end]
    '田坝村驻村工作队'
    """
    s = c.start
    if s < 4 or text[s - 2:s + 1] != "村驻村" or text[s:c.end] not in ("村工作队", "村帮扶工作队", "村扶贫工作队"):
        return c
    k = s - 2
    a = _word_start(feats, k) if feats[k][:1] == "E" else _word_start(feats, k - 1)
    if not 2 <= k - a <= 4 or not unit_owner(text[a:k + 1]):
        return c
    return Cand(a, c.end, c.label, c.prio, None, c.source)


#: The body of a village written right after its owner: 合寨村村委会, 田坝村党支部.
_VILLAGE_BODY_RE = re.compile("村(?:委会|民委员会|党支部|党总支|两委|支部)$")
_OWNER_TAGS = frozenset(("ns", "nr", "nz", "j"))


def village_body_owned(c: Cand, text: str, feats: list[str], place_ends=frozenset()) -> bool:
    """False for a village body (…村委会, …村党支部) whose words in front name no village:
    时任|村委会, 现任|村党支部, 第一任|村民委员会, 规定|村民委员会 (the bare body is no name).
    True otherwise (a listed or tagged place, or a word that is no verb, adverb, numeral, measure
    word, pronoun or distinguishing word: 合寨村村委会, 棋盘村党支部).

    Examples
    --------
    >>> village_body_owned(Cand(0, 5, "ORG"), "时任村委会", ["B-n", "E-n", "B-j", "I-j", "E-j"])
    False
    """
    m = _VILLAGE_BODY_RE.search(text, c.start, c.end)
    if m is None or m.end() != c.end:
        return True
    if m.start() == c.start:
        return False  # the bare body (村民委员会是我国农村的基层…): no name
    v = m.start()
    if v in place_ends or v + 1 in place_ends:  # 棋盘|村党支部, 帽山村|党支部
        return True
    if feats[v][:1] in ("I", "E"):  # 合寨村|党支部: the village word ends in the body's 村
        a = v
        while a > c.start and feats[a][:1] in ("I", "E"):
            a -= 1
        word, tag = text[a:v + 1], feats[a][2:]
    else:
        a = v - 1
        while a > c.start and feats[a][:1] in ("I", "E"):
            a -= 1
        word, tag = text[a:v] + "村", feats[a][2:]
    return tag in _OWNER_TAGS or (len(word) >= 3 and tag not in ("v", "b", "q", "m", "d", "p", "r")
                                  and word[:-1] not in CLAUSE_WORDS)


_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
_ITEM_BAD = set("的了和与及等是在有也都")
_ITEM_END = ("、", "等", "纷纷", "，", "。", "和", "与", "及", "都", "也", "均")


def _firm_item(item: str) -> bool:
    """A two-to-four character item that can be a firm's short name: no common word, clause
    word or organisation head, no particle."""
    return (_ITEM_RE.fullmatch(item) is not None and not _ITEM_BAD & set(item) and item not in common_words()
            and item not in frequent2() and item not in all_stops() and not item.endswith(tuple(ORG_HEADS)))


def mark_mentions(text: str, item: str, taken: list[bool]) -> list[Cand]:
    """Each mention of a firm's short name *item* that no taken character overlaps, as a document ORG
    (left to right, not overlapping); the mentions are marked taken.

    Examples
    --------
    >>> t = "正泰、德力西上市，德力西扩产"
    >>> taken = [False] * (len(t) + 1)
    >>> [t[c.start:c.end] for c in mark_mentions(t, "德力西", taken)], sum(taken)
    (['德力西', '德力西'], 6)
    """
    out = []
    for s, e in occurrences(text, item):
        if not any(taken[s:e]):
            out.append(Cand(s, e, "ORG", prio=-1, source="document"))
            taken[s:e] = [True] * (e - s)
    return out


def listed_firms(ents: list[Cand], text: str) -> list[Cand]:
    """Items of a 、-list next to a head-less short firm name already found (正泰、德力西、华仪纷纷…):
    short names of firms too, wherever the text repeats them (and the lists there: 德力西、人民电器).
    Items that overlap another entity are left alone.

    Examples
    --------
    >>> text = "正泰、德力西、华仪纷纷上市"
    >>> [text[c.start:c.end] for c in listed_firms([Cand(0, 2, "ORG")], text)]
    ['德力西', '华仪']
    """
    taken = [False] * (len(text) + 1)
    for c in ents:
        for i in range(c.start, c.end):
            taken[i] = True
    out: list[Cand] = []
    seeds = [c for c in ents if c.label == "ORG"]
    while seeds:
        c = seeds.pop()
        name = text[c.start:c.end]
        if not 2 <= len(name) <= 4 or name.endswith(tuple(ORG_HEADS)):
            continue
        k = c.end
        while text[k:k + 1] == "、":
            m = _ITEM_RE.match(text, k + 1)
            if m is None:
                break
            # 华仪纷纷: the item ends where the list goes on or the clause begins
            e = next((e for e in range(m.end(), m.start() + 1, -1) if text.startswith(_ITEM_END, e)
                      and _firm_item(text[m.start():e])), 0)
            if not e or any(taken[m.start():e]):
                break
            item = text[m.start():e]
            # the item everywhere in the text (德力西、人民电器等 later on), each a seed of its own list
            found = mark_mentions(text, item, taken)
            out += found
            seeds += found
            k = e
    return out


#: Products co-operatives grow that 1998 does not know (中蜂, 弓鱼, 果蔬), mined by
#: ``training/ner/build_firm_words.py`` from People's Daily 2019–2020.
COOP_PRODUCTS = words("coop_products")
#: Words that say what kind of co-operative it is (农民专业合作社法's 行业 part and the legal form):
#: they follow the trade name and the product in a registered name (兴旺|养牛|专业合作社).
COOP_KIND_WORDS = frozenset(("专业", "农民", "种植", "养殖", "股份", "经济", "农机", "劳务", "联合", "生产", "销售",
                             "合作", "农业", "旅游", "电商", "服务", "土地", "资金", "互助", "综合"))
#: Tags of a word that can be a co-operative's own name (字号): an adjective (兴旺), a proper name.
_COOP_NAME_TAGS = frozenset(("a", "nz", "nr", "nt"))


#: A village name of one to four characters and 村 opening a name (not 村民, 村委, 村级; shortest first:
#: 张村|村史馆), group 1 the village; shared by the co-operative rule here and ``arbiter.village_unit``.
VILLAGE_PREFIX_RE = re.compile(r"([\u4e00-\u9fff]{1,4}?村)(?![民委级])")


def coop_name_start(text: str, feats: list[str], s: int, h0: int) -> "int | None":
    """Where the name of the co-operative ``text[s:h0]`` + 合作社 starts, if it has a name of its
    own (a trade name, 字号, or a proper name); -1 if it only says what it does.

    The registered name of a farmers' co-operative is place + trade name + trade (product and
    activity) + 专业合作社. A proper name or an adjective before the kind words is a trade name
    (成立了|兴旺养牛专业合作社: the name starts at 兴旺, after the clause's verbs); a body of
    dictionary products and activities only is a kind (-1: 花椒种植专业合作社, 养牛专业合作社,
    农民专业合作社). None when a place or administrative character opens the body, or a word is
    unknown to the dictionary and to :data:`COOP_PRODUCTS` (a trade name such as 茗源): the head
    rules and the span model decide.

    Examples
    --------
    >>> feats = ["S-u", "B-a", "E-a", "B-v", "E-v", "B-n", "E-n"]
    >>> coop_name_start("了兴旺养牛专业", feats, 0, 7)
    1
    >>> coop_name_start("花椒种植专业", ["B-n", "E-n", "B-vn", "E-vn", "B-n", "E-n"], 0, 6)
    -1
    """
    if len(feats) != len(text) or h0 - s < 2 or feats[s][:1] not in ("B", "S"):
        return None
    if any(ch in text[s:h0] for ch in "“”‘’\"0123456789"):
        return None
    ws = []
    i = s
    while i < h0:
        j = i + 1
        while j < h0 and feats[j][:1] in ("I", "E"):
            j += 1
        if ws and len(ws[-1][1]) == 1 and j - i == 1 and ws[-1][1] + text[i] in COOP_PRODUCTS:
            ws[-1] = (ws[-1][0], ws[-1][1] + text[i], "n")  # 中|蜂 shattered: one product
        elif ws and len(ws[-1][1]) == 1 and j - i == 1 and shard_pair(text, feats, i - 1, s):
            ws[-1] = (ws[-1][0], ws[-1][1] + text[i], "nz")  # 兴|农 shattered: a trade name
        else:
            ws.append((i, text[i:j], feats[i][2:]))
        i = j
    while ws and ws[-1][1] in COOP_KIND_WORDS:
        ws.pop()
    if all(w in ("村", "村级", "村集体", "集体") for _, w, _ in ws):
        return -1  # 农民专业合作社, 村股份经济合作社, 村集体养殖合作社: the bare kind
    lead = True  # still in the clause before the name (成立了)
    for i, w, t in ws:
        if lead and (t in _CLAUSE_TAGS or t in ("u", "c", "r")) and (len(w) == 1 or w in CLAUSE_WORDS):
            continue
        if lead and (text[i] in ADMIN_CHARS or t == "ns" or unit_owner(text[i:h0])):
            v = VILLAGE_PREFIX_RE.match(text, i, h0)
            if v and (unit_owner(v.group()) or (t == "ns" and text[i:v.end()] == w)) and h0 - v.end() >= 2:
                e = v.end()
                k = coop_name_start(text, feats, e, h0) if feats[e][:1] in ("B", "S") else None
                w = text[e:e + 2]
                if (k is not None and k >= 0) or (k is None and feats[e][:1] == "B" and feats[e + 1][:1] == "E"
                                                  and not is_word(w) and w not in common_words()):
                    return e if k is None else k  # 苏苏村|东旺蔬菜专业合作社: a trade name of its own, the village apart
            return None  # a level or a place in front (金福村村民合作社): the place rules decide
        if len(w) == 1 and t not in ("n", "Ng", "v"):
            return None
        if t in _COOP_NAME_TAGS:
            if any(t2 in ("u", "c", "p", "d", "r", "m", "q", "f") for _, _, t2 in ws[ws.index((i, w, t)) + 1:]):
                return None  # 困难的蔬菜…, 兰英的鹰嘴桃…: a clause, not one name
            return i if lead else ws[0][0]
        lead = False
        if t not in ("n", "vn", "v", "Ng") or (len(w) == 2 and not is_word(w) and w not in COOP_PRODUCTS):
            return None  # an unknown word: a trade name (茗源), unless modern news farms it (中蜂, 油茶)
    return -1


#: Words that join a body to the one it belongs to inside one name (复旦大学附属华山医院,
#: 华西医科大学附属第一医院: ``附属/vn`` inside People's Daily 1998's ``[…]nt`` organisations).
AFFILIATION_WORDS = ("附属", "直属")


def join_affiliated(cands: list[Cand], text: str) -> list[Cand]:
    """Two organisations joined by an affiliation word made one (复旦大学 + 附属 + 华山医院).

    Examples
    --------
    >>> text = "复旦大学附属华山医院"
    >>> [text[c.start:c.end] for c in join_affiliated([Cand(0, 4, "ORG"), Cand(6, 10, "ORG")], text)]
    ['复旦大学附属华山医院']
    """
    orgs = sorted((c for c in cands if c.label == "ORG"), key=lambda c: c.start)
    by_start = {c.start: c for c in orgs}
    drop: set[int] = set()
    out = []
    for c in orgs:
        if id(c) in drop:
            continue
        cur = c
        while True:
            w = next((w for w in AFFILIATION_WORDS if text.startswith(w, cur.end)), "")
            nxt = by_start.get(cur.end + len(w)) if w else None
            if nxt is None:
                break
            drop.add(id(nxt))
            cur = Cand(cur.start, nxt.end, "ORG", max(cur.prio, nxt.prio), None, cur.source)
        out.append(cur)
    return [c for c in cands if c.label != "ORG"] + out
