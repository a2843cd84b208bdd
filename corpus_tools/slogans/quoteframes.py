"""Quotations the rules rejected that the page still marks as formulae by a frame around them.

:func:`transformation_pairs`: a change from one quoted phrase to the same characters in another order
(变“要我脱贫”为“我要脱贫”, 从“人找信息”到“信息找人”), a property of the page rather than of the quoted words.
``python training/slogans/cue_counts.py`` counts it on People's Daily 2019-2020 (the gold pool skipped, 9,200
articles): eight transformation pairs, seven of them policy catch-phrases (要我富 / 我要富, 重物轻人 / 重人轻物)
and one not (要我练 / 我要练, a running club).

:func:`run_opener`: the quotation whose left context is the frame of a quote in a run of quotes.

:func:`framed_uneven_pair`: a two-part motto whose parts differ in length, taken when the page frames it as a
model, goal or principle and its parts are linked by a shared word (坚持“龙头企业带基地、基地连农户”的经营模式).

:func:`clause_pair`: a two-part motto of two clauses that the sentence adopts as a requirement, model or goal, with
the verb of adoption anywhere in the clause before the quote (推动物业服务企业与社区“双向进入、交叉任职”, 推动“产业在村里、
就业在家门口”): the shape of the parts and the clause's verb, not the characters next to the quote.

A headline-motto frame (a quoted speech opening with the clauses of the headline) was removed in the eleventh
round: it fired once in those 9,200 articles, on a quoted vow rather than a formula, and rested on one
development report.
The quotes are objects with ``open``/``close`` (offsets of the marks), ``start``/``end`` (the inside) and
``depth`` (0 for a quotation not nested in another), as :mod:`~corpus_tools.slogans.detect` finds them.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from corpus_tools.slogans.core import SloganMention, is_cjk
from corpus_tools.slogans.singles import GOVERNING, labels_quote
from corpus_tools.slogans.wordshape import parallel_halves, word_shape

__all__ = ["transformation_pairs", "run_opener", "framed_uneven_pair", "clause_pair", "clause_before", "goal_pair", "ADOPT_RE", "POSITION_AFTER_RE"]

#: Verbs by which a sentence adopts a formula as its own requirement, model or goal (提出, 实施, 推动, 坚持 …). In
#: :func:`clause_pair` they may stand anywhere in the clause before the quote, their object's head coming later.
#: Not 形成 or 建立 (a result or a thing built: 形成“挺茂自然，飘逸豪放”特色, 建立“最密切、最坚固的”伙伴关系; People's
#: Daily 2019-2020, ``training/slogans/pair_frames.py``).
ADOPT_RE = re.compile(r"推动|推行|推进|推广|实施|实行|坚持|要求|提出|倡导|践行|探索|落实|按照|围绕|做到|实现|确保"
                      r"|树立|秉持|遵循|打造|开展|创新|构建|喊出|叫响|打响")
# a question word (谁 is left out: 谁参与、谁受益 is a formula)
_ASK_RE = re.compile(r"怎么|如何|什么|哪")
# a clause that reports speech or a thought: 说, 表示, 认为 … (the pair is then what someone said)
_SPEAK_RE = re.compile(r"说|表示|认为|感叹|感慨|笑道|告诉|称赞|觉得")
# the end of the clause before a quote: a clause or sentence mark, a colon, or a closing quotation mark
_CLAUSE_MARK_RE = re.compile(r"[，,。；;！!？?：:”’\n]")

# 变“A”为“B”, 从“A”到“B”, 由“A”向“B”转变, 从“A”变为“B”
_FROM_RE = re.compile(r"[变从由]$")
_TO_RE = re.compile(r"^(?:为|到|向|变为|变成|转为|转变为)$")
# a word of change after the second quotation: 转变, 的历史性转变, 的伟大跨越, 的蝶变
#: Heads of a place's epithets (煤炭之城, 花椒之乡): a change between two of them describes the place.
_EPITHET_HEADS = ("之城", "之乡", "之都", "之县", "之村", "大县", "强县", "大省", "强省", "名城", "名县")
_CHANGE_AFTER_RE = re.compile(r"^的?[\u4e00-\u9fff]{0,4}?(?:转变|转型|蝶变|跨越|升级)")


def transformation_pairs(text: str, quotes: Sequence[Any], rejected: Sequence[Any] | None = None) -> list[SloganMention]:
    """Two adjacent quotations in a frame of change (变“A”为“B”, 从“A”到“B”, 由“A”向“B”), both catch-phrases:

    * the same three to eight Chinese characters in another order (要我脱贫 / 我要脱贫, 重物轻人 / 重人轻物),
      whatever pronoun they hold; a three-character pair must be of the 要我干 / 我要干 family (others are word
      play: 从“我爱你”到“你爱我”), which also spells the bidding verb 让 or 叫 (从“让我种”到“我要种”);
    * or two phrases built alike (of one length, four to eight characters, with a character in the same
      place), followed by a word of change (转变, 转型, 蝶变, 跨越, 升级,
      after 的 and up to four characters: 由“单兵作战”向“协同作战”转变, 从“被动应付”到“主动作为”的跨越; the
      word of change frames the pair without 从/由 too: “种植大县”到“产业强县”的蝶变); pairs of shorter words
      (从“输血”到“造血”, 从“实体”向“虚拟”转变) are metaphors or descriptions. People's Daily 2019-2020 (gold pool
      skipped, ``training/slogans/cue_counts.py --frames``) prints twelve such pairs of four to eight characters, nearly all
      policy catch-phrases.

    Only the quotations of *rejected* (all of *quotes* when None) are returned: one the rules took already is not
    found twice. Kind ``quoted``; evidence ``"transformation pair"``.

    Parameters
    ----------
    text : str
        The text.
    quotes : sequence
        The text's quotations in order (``open``, ``close``, ``start``, ``end``, ``depth``).
    rejected : sequence or None, optional
        The quotations that may be returned (None: all of *quotes*).

    Returns
    -------
    list of SloganMention
        One ``quoted`` mention per quotation of such a pair.

    Examples
    --------
    >>> from types import SimpleNamespace as Q
    >>> text = "村民变“要我脱贫”为“我要脱贫”。"
    >>> qs = [Q(open=3, close=8, start=4, end=8, depth=0), Q(open=10, close=15, start=11, end=15, depth=0)]
    >>> [m.text for m in transformation_pairs(text, qs)]
    ['要我脱贫', '我要脱贫']
    """
    out = []
    keep = {id(q) for q in (quotes if rejected is None else rejected)}
    for q1, q2 in zip(quotes, quotes[1:]):
        a, b = text[q1.start:q1.end], text[q2.start:q2.end]
        if q1.depth or q2.depth or a == b or not is_cjk(a) or not is_cjk(b):
            continue
        if not _TO_RE.match(text[q1.close + 1:q2.open]):
            continue
        opened = bool(_FROM_RE.search(text[max(0, q1.open - 1):q1.open]))
        anagram = opened and 3 <= len(a) <= 8 and (len(a) > 3 or "要" in a) and sorted(a) == sorted(b)
        # the same family with the bidding verb spelt 让 or 叫 (从“让我种”到“我要种”)
        bidden = re.fullmatch(r"[让叫要]我([\u4e00-\u9fff]{1,6})", a)
        anagram = anagram or (opened and bidden is not None and b == "我要" + bidden.group(1))
        # the word of change is a frame by itself: 实现了“种植大县”到“产业强县”的蝶变
        # ... when the two phrases are built alike: of one length, with a character in the same place (“被动应付”到
        # “主动作为”, “种植大县”到“产业强县”); two unrelated phrases (从“靠天吃饭”到“旱涝保收”的转变, from one role
        # of a person to another) describe a change and name no formula
        # (a place's epithets, “煤炭之城”到“生态之城”, describe the place)
        changed = (4 <= len(a) <= 8 and len(a) == len(b) and any(x == y for x, y in zip(a, b))
                   and not (a[-2:] == b[-2:] and a.endswith(_EPITHET_HEADS))
                   and bool(_CHANGE_AFTER_RE.match(text[q2.close + 1:q2.close + 9])))
        if anagram or changed:
            out += [SloganMention(text[q.start:q.end], "quoted", q.start, q.end, True, "", "transformation pair")
                    for q in (q1, q2) if id(q) in keep]
    return out


_QUESTION_WORD_RE = re.compile(r"谁|怎么|如何|什么|哪")


def run_opener(text: str, q: Any, group: Sequence[Any]) -> Any:
    """The quotation of *group* (the run of adjacent quotes *q* belongs to) whose left context frames *q*.

    Two quotes joined by a conjunction share what precedes the first (坚持“挪穷窝”与“换穷业”并举); in a run printed
    back to back or with 、 the verb before the run governs each quote (实行“一站式服务”“一门式办理”, 坚持“跳第一伞”
    “打第一枪”; slogan15 round, hand labels of 150 unseen reports), except a quoted question (围绕“扶持谁”“谁来扶”
    “怎么扶”: it asks, it names no label). Otherwise *q* itself.

    Parameters
    ----------
    text : str
        The text.
    q : quotation
        The quotation (``open``, ``close``, ``start``, ``end``).
    group : sequence
        The run of adjacent quotations *q* belongs to, in order.

    Returns
    -------
    quotation
        The quotation whose left context frames *q*, or *q*.

    Examples
    --------
    >>> from types import SimpleNamespace as Q
    >>> t = "实行“甲乙”“丙丁”。"
    >>> a, b = Q(open=2, close=5, start=3, end=5), Q(open=6, close=9, start=7, end=9)
    >>> run_opener(t, b, [a, b]) is a
    True
    """
    if len(group) == 2 and group[0].open < q.open and text[group[0].close + 1:q.open] in ("与", "和", "及", "同"):
        return group[0]
    k = next((i for i, g in enumerate(group) if g is q), 0)
    if _QUESTION_WORD_RE.search(text[q.start:q.end]):
        return q
    while k > 0 and text[group[k - 1].close + 1:group[k].open] in ("", "、"):
        k -= 1
    return group[k] if k < len(group) else q


def framed_uneven_pair(items: Sequence[str], before: str, after: str) -> bool:
    """Whether a quoted pair of parts of unequal length is still a two-part motto (guide: ``quoted``): two parts
    joined by 、 of three to eight Chinese characters, lengths within two, and a frame that names the quote as a
    model, goal or requirement (a label head after it, a requirement or governing verb before it); the parts either
    share a word of two characters (parts of four or more: a chain, 龙头企业带基地、基地连农户) or are two clauses of
    one word shape, an actor or place and then a verb (:func:`~corpus_tools.slogans.wordshape.parallel_halves`:
    小镇带村、村带户). Equal parts are judged by the pair rules of :mod:`~corpus_tools.slogans.singles`; a list of
    two things (农家书屋、文化广场) shares no word and has no verb.

    Parameters
    ----------
    items : sequence of str
        The parts of the quoted phrase.
    before : str
        The text before the opening quotation mark.
    after : str
        The text after the closing one.

    Returns
    -------
    bool
        True for such a framed pair.

    Examples
    --------
    >>> framed_uneven_pair(["龙头企业带基地", "基地连农户"], "县里坚持", "的经营模式")
    True
    >>> framed_uneven_pair(["龙头企业带基地", "基地连农户"], "他说，", "。")
    False
    >>> framed_uneven_pair(["农家书屋", "村级文化广场"], "建设", "等设施")
    False
    >>> framed_uneven_pair(["小镇带村", "村带户"], "推行", "的模式")
    True
    """
    parts = [p.strip() for p in items]
    if len(parts) != 2 or not all(re.fullmatch(r"[\u4e00-\u9fff]{3,8}", p) for p in parts):
        return False
    a, b = parts
    if len(a) == len(b) or abs(len(a) - len(b)) > 2:
        return False
    shared = min(len(a), len(b)) >= 4 and any(a[i:i + 2] in b for i in range(len(a) - 1))
    if not (labels_quote(before, after) or any(before.endswith(v) for v in GOVERNING)):
        return False
    # the word shape is read last, and only for a framed pair (it loads the tagger)
    return shared or parallel_halves(a, b)


def clause_before(text: str, open_at: int, *, span: int = 30) -> str:
    """The clause that runs up to the opening quotation mark at *open_at*: the text after the last clause or
    sentence mark (，。；！？：, a closing quotation mark, a line break) within *span* characters.

    Parameters
    ----------
    text : str
        The paragraph.
    open_at : int
        Offset of the opening quotation mark.
    span : int
        Characters to look back at most.

    Returns
    -------
    str
        The clause before the quote (may be empty).

    Examples
    --------
    >>> clause_before("今年以来，界湖街道推动物业服务企业与社区“双向进入、交叉任职”", 20)
    '界湖街道推动物业服务企业与社区'
    """
    head = text[max(0, open_at - span):open_at]
    marks = list(_CLAUSE_MARK_RE.finditer(head))
    return head[marks[-1].end():] if marks else head


def _clause_part(p: str) -> bool:
    """A part of three to eight Chinese characters that is no noun phrase: its word shape holds a word that is
    not a noun, adjective or numeral (a verb: 交叉任职, 山下建家园; a preposition: 产业在村里; a fixed verb phrase:
    干部下基层); a list of things (农家书屋, 村级文化广场) holds none."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{3,8}", p)) and any(c not in "NAM" for _, c in word_shape(p))


def clause_pair(items: Sequence[str], clause: str, after: str) -> bool:
    """Whether a quoted pair is a two-part motto by its shape and its clause: two parts of three to eight Chinese
    characters, lengths within two, each a clause rather than a noun phrase (:func:`_clause_part`, read from
    :func:`~corpus_tools.slogans.wordshape.word_shape`), and a verb
    of adoption (:data:`ADOPT_RE`) in the clause before the quote that reports no speech; a pair before 的 must
    have a label head after it (“X、Y”的模式), since 的 makes it a description otherwise.

    Parameters
    ----------
    items : sequence of str
        The parts of the quoted phrase.
    clause : str
        The clause before the opening quotation mark (:func:`clause_before`).
    after : str
        The text after the closing quotation mark.

    Returns
    -------
    bool
        True for such a pair.

    Examples
    --------
    >>> clause_pair(["双向进入", "交叉任职"], "界湖街道推动物业服务企业与社区", "，目前")
    True
    >>> clause_pair(["双向进入", "交叉任职"], "他说", "，目前")
    False
    >>> clause_pair(["农家书屋", "村级文化广场"], "村里建成", "。")
    False
    """
    parts = [p.strip() for p in items]
    if len(parts) != 2 or abs(len(parts[0]) - len(parts[1])) > 2 or parts[0] == parts[1]:
        return False
    if not ADOPT_RE.search(clause) or _SPEAK_RE.search(clause) or clause.endswith(("到", "于")):
        return False                 # (落实到“清水出芙蓉，天然去雕饰”: a state reached, not a formula adopted)
    if after.startswith(("的", "之")) and not labels_quote(clause, after):
        return False
    if any(p.endswith("的") or _ASK_RE.search(p) for p in parts):
        return False                 # a description (最密切、最坚固的) or a question (如何调整好定位、快速进入工作状态)
    # the word shape is read last (it loads the tagger)
    return all(_clause_part(p) for p in parts)



#: Verbs that set a place's goal right before a quoted pair (打造“世界客家祖地、红色文化名城”, 建设“长寿之乡、柑橘大县”)
_GOAL_VERB_RE = re.compile(r"(?:打造|建设|争创|争当|争做|建成|创建|构建)(?:成为|成)?$")
#: the positioning a quoted pair or series states, named after it (“湾区都市、品质东莞”的战略定位)
POSITION_AFTER_RE = re.compile(r"的?(?:发展|战略|功能)?定位")
#: heads of facilities built (建设“农家书屋、村级文化广场”等设施): a list of things, not a goal
_FACILITY_HEADS = ("屋", "室", "馆", "站", "墙", "广场", "中心", "厅", "楼", "场", "所", "台")


def goal_pair(items: Sequence[str], before: str, after: str) -> bool:
    """Whether a quoted pair joined by 、 is the goal a place sets itself (guide: a requirement or goal, ``quoted``):
    two parts of four to eight Chinese characters, lengths within two, right after a verb of building a goal
    (打造, 建设, 争创, 建成 …) or before a positioning (…定位); not a list of facilities (a part ending in 屋, 广场,
    中心 …) and not a run closed by 等.

    On the open studied gold (pages21-27o, pages28o odd, the open People's Daily reports) every quoted pair or series
    right after such a verb is gold but one list of walls before 等 (15 of 16); four pairs of two writers were
    missed (长寿之乡、柑橘大县, 世界客家祖地、红色文化名城, 畲乡共富、景美宁和). People's Daily 2019-2020 prints 34 such
    quotes after 打造 / 建设 / 建成 / 争当, nearly all goals or models (生态湾区、艺术之湖; 高端产业、绿色新城), the lists
    closed by 等 (党建墙、爱心墙) apart.

    Parameters
    ----------
    items : sequence of str
        The parts of the quoted phrase.
    before : str
        The text before the opening quotation mark.
    after : str
        The text after the closing one.

    Returns
    -------
    bool
        True for a goal pair.

    Examples
    --------
    >>> goal_pair(["世界客家祖地", "红色文化名城"], "宁化县提出打造", "，修缮")
    True
    >>> goal_pair(["农家书屋", "村级文化广场"], "村里建设", "等设施")
    False
    >>> goal_pair(["首府后花园", "乳业新高地"], "聚焦", "定位，推动")
    True
    >>> goal_pair(["世界客家祖地", "红色文化名城"], "他说", "。")
    False
    """
    parts = [p.strip() for p in items]
    if len(parts) != 2 or not all(re.fullmatch(r"[\u4e00-\u9fff]{4,8}", p) for p in parts):
        return False
    if abs(len(parts[0]) - len(parts[1])) > 2 or parts[0] == parts[1] or any("的" in p for p in parts):
        return False
    if after.startswith("等") or any(p.endswith(_FACILITY_HEADS) for p in parts):
        return False
    return bool(_GOAL_VERB_RE.search(before) or POSITION_AFTER_RE.match(after))
