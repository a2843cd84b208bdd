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

The clause and body rules and :func:`join_affiliated` are here; the merged departments
(:mod:`~corpus_tools._entity_rules.org_departments`), the owning units
(:mod:`~corpus_tools._entity_rules.org_units`), the listed firms (:mod:`~corpus_tools._entity_rules.org_listed`),
the co-operatives (:mod:`~corpus_tools._entity_rules.org_coops`) and the word lists
(:mod:`~corpus_tools._entity_rules.org_words`) have modules of their own, and their names are importable from here.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import ORG_HEADS, Cand, common_or_frequent
from corpus_tools._entity_rules.org_coops import VILLAGE_PREFIX_RE, coop_name_start
from corpus_tools._entity_rules.org_departments import (DEPT_HEADS, DEPT_LEVELS, is_merged_department,
                                                        merged_department_start)
from corpus_tools._entity_rules.org_listed import listed_firms, mark_mentions
from corpus_tools._entity_rules.org_shapes import JOINERS, LEVEL_CHARS
from corpus_tools._entity_rules.org_units import UNIT_BODY_HEADS, own_unit, unit_owner, village_body_owned, village_team
from corpus_tools._entity_rules.org_words import (CLAUSE_TAGS as _CLAUSE_TAGS, CLAUSE_WORDS, COOP_KIND_WORDS,
                                                  COOP_PRODUCTS, INSIDE_VERBS)
from corpus_tools._entity_rules.word_bounds import word_spans

# the parts of this module's concern kept in their own modules, still importable from here
__all__ = ["DEPT_HEADS", "DEPT_LEVELS", "is_merged_department", "merged_department_start", "INSIDE_VERBS", "CLAUSE_WORDS",
           "after_clause", "split_bodies", "level_word", "head_in_verb", "after_quoted_clause", "unit_owner",
           "UNIT_BODY_HEADS", "own_unit", "village_team", "village_body_owned", "mark_mentions", "listed_firms",
           "COOP_PRODUCTS", "COOP_KIND_WORDS", "VILLAGE_PREFIX_RE", "coop_name_start", "AFFILIATION_WORDS",
           "join_affiliated"]

#: Heads of two or more characters that end a whole body: a verb right after one is the body's
#: predicate (县供电公司|组织|党员服务队), not a word inside one name.
_BODY_HEADS = tuple(sorted((h for h in ORG_HEADS if len(h) >= 2), key=len, reverse=True))
#: Tags of the word after such a verb when it opens the next body's name (a noun or a name).
_NAME_OPENING_TAGS = frozenset(("n", "nz", "ns", "nr", "nt", "j", "b"))
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
    for i, j, tag in word_spans(feats, s, h0):
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
    return any(j - i >= 2 for i, j, _ in word_spans(feats, k, h0))


#: A building named after a department of the organisation in front of it (门诊|楼, 门诊|综合楼, 住院|大楼):
#: the department's word is then no head (旗人民医院|新门诊楼, 县人民医院|门诊综合楼, as four writers' gold).
_BUILDING_RE = re.compile("(?:综合|医技|业务|办公|教学)?大?楼")


#: Levels that open the second of two bodies written together: the government levels and the banner, league and
#: prefecture of the minority regions (旗委|旗政府, 盟委|盟行署, 州委|州政府).
_SPLIT_LEVELS = LEVEL_CHARS + "旗盟州"


def split_bodies(c: Cand, text: str, feats: list[str] | None, head_ends: set[int]) -> list[Cand]:
    """*c* cut where one organisation's head ends (an offset of *head_ends*) and an administrative
    level (:data:`LEVEL_CHARS`), possibly after 和/与/及/、, opens the next body; a span that runs from
    one organisation's head into the name of its building (县医院|门诊楼) ends at that head.

    Examples
    --------
    >>> text = "县委县政府"
    >>> [(x.start, x.end) for x in split_bodies(Cand(0, 5, "ORG"), text, None, {2, 5})]
    [(0, 2), (2, 5)]
    >>> [(x.start, x.end) for x in split_bodies(Cand(0, 5, "ORG"), "旗委旗政府", None, {2, 5})]
    [(0, 2), (2, 5)]
    >>> text = "旗人民医院新门诊楼投入使用"
    >>> [text[x.start:x.end] for x in split_bodies(Cand(0, 8, "ORG"), text, None, {5, 8})]
    ['旗人民医院']
    """
    if _BUILDING_RE.match(text, c.end):
        k = max((k for k in head_ends if c.start + 2 <= k <= c.end - 2), default=None)
        if k is not None and text.endswith(_BODY_HEADS, c.start, k):
            return [Cand(c.start, k, c.label, c.prio, c.code, c.source)]
    out = []
    s = c.start
    for k in range(c.start + 2, c.end - 2):
        if k not in head_ends or k - s < 2:
            continue
        if feats is not None and feats[k - 1][:1] not in ("E", "S"):
            continue
        n = k + 1 if text[k] in JOINERS else k
        if text[n] in _SPLIT_LEVELS and c.end - n >= 3 and (feats is None or level_word(text, feats, n)):
            out.append(Cand(s, k, c.label, c.prio, None, c.source))
            s = n
        elif n > k and _joined_named_body(text, feats, s, k, n, c.end):
            out.append(Cand(s, k, c.label, c.prio, None, c.source))  # 云南大学|和|昆明理工大学
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


#: Tags of a word that opens a named body after a joiner (昆明|理工大学, 清华大学, 中国|农业大学, 西北|师范大学: a
#: place word).
_NAMED_OPENING_TAGS = frozenset(("ns", "nt", "nz", "j", "nr", "s"))


def _joined_named_body(text: str, feats: "list[str] | None", s: int, k: int, n: int, end: int) -> bool:
    """Whether ``text[s:end]`` is two named bodies joined at ``text[k:n]`` (和, 与, 及): the first ends in a
    head of two or more characters (大学, 医院, 公司), a proper name opens the second (a place, an organisation
    or an abbreviation: 北京大学|和|清华大学), and the second also ends in such a head. A department that joins two
    fields (县文化和旅游局) has no whole body before its joiner.

    Examples
    --------
    >>> text = "云南大学和昆明理工大学"
    >>> _joined_named_body(text, ["B-ns", "E-ns", "B-n", "E-n", "S-c", "B-ns", "E-ns", "B-n", "E-n", "B-n", "E-n"],
    ...                    0, 4, 5, len(text))
    True
    """
    if feats is None or len(feats) != len(text) or text[k] == "、" or end - n < 4:
        return False
    return (text.endswith(_BODY_HEADS, s, k) and text.endswith(_BODY_HEADS, n, end)
            and feats[n][:1] in ("B", "S") and feats[n][2:] in _NAMED_OPENING_TAGS)


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
