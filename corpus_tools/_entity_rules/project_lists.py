"""Names the head scans cut short, mended from the form of the text around them (round 27).

County papers print works in three forms the left scans of :mod:`corpus_tools._entity_rules.heads` read badly:

* **a numbered list of works**, one per item (``2.五岳水库除险加固工程，总投资…``, ``②察布查尔县人民医院综合楼建设项目，``,
  ``一、红崖山水库加高扩建工程：``, ``——三百门港区5号泊位工程：``): the segmenter glues the enumerator to the first
  characters of the name (``2.五``, ``②察布``, ``1.特克斯河``) or reads them as an adverb or a verb (``4.光|新公路``,
  ``④定居|兴牧工程``), so the scan stops inside the name. The item between its enumerator and the first clause mark is
  the name when it ends in a PROJECT or FAC head and a name the rules found ends with it or starts it;
* **a named programme after a deictic scope** (``全旗退耕还林工程``, ``今年全县安居富民工程任务``): the scope is no part of
  the name (GUIDE, as for meetings), but the head rule drops the whole span as the works of a scope (全区…试点);
* **a facility a township or community owns and names** (``巴燕镇文化广场``, ``香花镇辣椒批发市场``), or a village its
  temple (``西海村龙王庙``): when the place is the only distinguishing word before a generic facility, it stays in the
  name (GUIDE: the place that is an org's only distinguishing word stays; temples keep their village); a village's
  other facilities stay apart (``沿江村|朝鲜族文化活动室``), see :mod:`corpus_tools._entity_rules.fac_owned`.

The township in front of a project is split off later (:mod:`corpus_tools._entity_rules.project_townships`).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.fac_bounds import facility_bounds
from corpus_tools._entity_rules.fac_context import sites_of_works
from corpus_tools._entity_rules.fac_owned import owned_facilities
from corpus_tools._entity_rules.fac_clauses import generic_body
from corpus_tools._entity_rules.lexicon import (FAC_HEADS_LONGEST_FIRST, PROJECT_GENERIC, Cand, ending_head,
                                                replace_inside, words_tuple)
from corpus_tools._entity_rules.project_bounds import after_output, economic_plan, firm_bounds, stage_bounds
from corpus_tools._entity_rules.scan import Scanner, generic_only
from corpus_tools._entity_rules.words import one_word_kind

__all__ = ["listed_items", "mend_named_works", "scoped_programmes"]

#: an enumerator that opens a list item: 2. ② 一、 （3） —— (after a clause end, a space or the text's start)
_ENUM_RE = re.compile(r"(?:(?<=[：:；;。！？\s\u3000])|^)(?:[0-9０-９]{1,2}[.．、](?![0-9０-９])|[①-⑳]|"
                      r"[一二三四五六七八九十]{1,3}、|[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]|——)")
#: the item's name ends at the first clause mark
_ITEM_END_RE = re.compile(r"[：:，,；;。（(\s\u3000！？]")
#: characters a listed name is made of (CJK, digits of 5号泊位, quotes inside a name)
_ITEM_CHARS_RE = re.compile(r"[\u4e00-\u9fff0-9０-９“”]+")
_MAX_ITEM = 28
_PROJECT_HEADS = ("项目", "工程", "行动", "计划", "试点")
#: the farthest (characters) a sibling PROJECT item of the same list starts
_SIBLING_SPAN = 160
#: labels a listed name may hold inside it (its place, river, firm, hospital …), replaced by the one name
_INNER = frozenset(("GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY", "LOC", "FAC", "ORG", "PROJECT", "_"))
#: a deictic scope before a programme: 全县, 全旗 (not 各县, 每村: the works of each, a kind)
_SCOPE_RE = re.compile(r"全[县旗区市镇乡州]")
_SCOPED_HEAD_RE = re.compile(r"工程|行动|计划")
#: a quoted programme name that closes right before its head, within a scope's body (全县广播电视“村村通”工程; the
#: qualifier stays, as pages25 and pages27o print it, against pages28o: 农业产业化“三个一批”工程 → “三个一批”工程)
_QUOTED_END_RE = re.compile(r"“[^“”，。；：\s]{2,12}”")
_PROJECT_VERBS = words_tuple("project_verbs")


def listed_items(ents: list[Cand], text: str) -> list[Cand]:
    """Each item of a numbered list of works as one PROJECT or FAC (see the module docstring).

    An item is the text from its enumerator to the first clause mark, 4 to 28 name characters ending in a
    PROJECT head (项目, 工程 …) or a FAC head. It becomes one name when a PROJECT or FAC the rules found ends
    with it (the scan stopped inside it) or, for a PROJECT or a building, when a place, river, facility or
    organisation starts it (特克斯河|防洪工程, 县人民医院门诊|综合楼). An item opening with a verb (加快推进…),
    a generic body (重点项目) or a span crossing its bounds is left alone.

    Examples
    --------
    >>> t = "进展如下：2.五岳水库除险加固工程，总投资6200万元。"
    >>> [(t[c.start:c.end], c.label) for c in listed_items([Cand(8, 17, "PROJECT")], t)]
    [('五岳水库除险加固工程', 'PROJECT')]
    >>> t = "1.特克斯河防洪工程：新建堤防12公里"
    >>> [(t[c.start:c.end], c.label) for c in listed_items([Cand(2, 6, "LOC")], t)]
    [('特克斯河防洪工程', 'PROJECT')]
    """
    out = ents
    items: list[tuple[int, int, str]] = []  # the works items no name ends or opens: (start, end, label)
    bounds: list[tuple[int, int]] = []  # every item's span
    for m in _ENUM_RE.finditer(text):
        a = m.end()
        end = _ITEM_END_RE.search(text, a, a + _MAX_ITEM + 1)
        if end is None:
            continue
        b = end.start()
        bounds.append((a, b))
        item = text[a:b]
        if len(item) < 4 or not _ITEM_CHARS_RE.fullmatch(item) or item.startswith(_PROJECT_VERBS):
            continue
        head = next((h for h in _PROJECT_HEADS if item.endswith(h)), "")
        label = "PROJECT" if head else "FAC"
        head = head or ending_head(item, FAC_HEADS_LONGEST_FIRST)
        if not head or len(head) == len(item):
            continue
        body = item[:-len(head)].replace("“", "").replace("”", "")
        if generic_only(body, PROJECT_GENERIC if label == "PROJECT" else generic_body()):
            continue
        inside = [c for c in out if c.start >= a and c.end <= b and c.label in _INNER]
        ends_it = any(c.end == b and c.label == label for c in inside)
        if label == "PROJECT":
            a = after_output(text, a, b - len(head))  # 年产5000吨|火腿深加工项目: the product is the name
        # a place, river or facility opens the item (特克斯河|防洪工程); an organisation opens a project only
        # (县人民医院|住院楼 is the hospital's building: ORG 县人民医院 in pages23 and pages27o)
        named_start = any(c.start == a and c.end < b and (c.label in ("GPE", "TOWNSHIP", "VILLAGE", "LOC", "FAC")
                                                          or (c.label == "ORG" and label == "PROJECT"))
                          for c in inside)
        if not ends_it and not named_start:
            items.append((a, b, label))
            continue
        if any(c.start == a and c.end == b and c.label == label for c in inside):
            continue
        out = replace_inside(out, Cand(a, b, label, prio=2, source="list"))
    return _list_siblings(out, items, bounds)


def _list_siblings(ents: list[Cand], items: list[tuple[int, int, str]], bounds: list[tuple[int, int]]) -> list[Cand]:
    """*ents* with each PROJECT item of a numbered list (*items*: the items nothing named) made one PROJECT when two
    other items of the list (*bounds*: every item's span) within :data:`_SIBLING_SPAN` characters are PROJECTs
    exactly (①…项目，②…项目，④新能源储能电池包项目: the segmenter's 储|能|电池|包 stopped the scan, the list says
    what the item is)."""
    out = ents
    for a, b, label in items:
        if label != "PROJECT":
            continue
        whole = {(c.start, c.end) for c in out if c.label == "PROJECT"}
        siblings = [(x, y) for x, y in bounds if x != a and abs(x - a) <= _SIBLING_SPAN and (x, y) in whole]
        if len(siblings) >= 2:
            out = replace_inside(out, Cand(a, b, "PROJECT", prio=2, source="list"))
    return out


def scoped_programmes(ents: list[Cand], text: str, words_: "list[str] | None") -> list[Cand]:
    """A named programme after a deictic scope (全县安居富民工程 -> 安居富民工程), when the head scan from
    工程, 行动 or 计划 reaches the scope and the body is no generic kind (全县重点工程) nor a single word of a
    kind (全县脱贫计划).

    Examples
    --------
    >>> t = "今年全县安居富民工程任务2000户。"
    >>> [(t[c.start:c.end], c.label) for c in scoped_programmes([], t, None)]
    [('安居富民工程', 'PROJECT')]
    >>> scoped_programmes([], "全县重点工程进展顺利", None)
    []
    >>> t = "全县“三个一批”工程建设取得成效"
    >>> [t[c.start:c.end] for c in scoped_programmes([], t, None)]
    ['“三个一批”工程']
    """
    out = ents
    sc = None
    for m in _SCOPE_RE.finditer(text):
        s0 = m.end()
        h = _SCOPED_HEAD_RE.search(text, s0 + 2, s0 + 15)
        if h is None:
            continue
        h0, h1 = h.span()
        if text[h1:h1 + 1] in ("部", "办", "处", "科", "组", "师", "队", "院", "局") or economic_plan(text, h0):
            continue  # 全旗经济和社会发展“十五”计划: the government's plan, no programme
        quoted = _QUOTED_END_RE.search(text, s0, h0)
        if quoted and quoted.end() == h0 and re.fullmatch(r"[\u4e00-\u9fff]{0,8}", text[s0:quoted.start()]):
            pass  # 全县“三个一批”工程, 全县广播电视“村村通”工程: the quoted programme with its qualifier (pages25, pages27o)
        else:
            if sc is None:
                sc = Scanner(text)
                sc.words = words_
            s = sc.left(h0, max_len=24, in_word=True)
            if s > s0:
                continue  # the scan stopped inside the body: a clause, no name
            body = text[s0:h0]
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", body) or generic_only(body, PROJECT_GENERIC):
                continue
            if one_word_kind(text, words_, s0, h0, h.group()):
                continue
        if any(c.start <= s0 < c.end or c.start < h1 <= c.end for c in out if c.label == "PROJECT"):
            continue
        out = replace_inside(out, Cand(s0, h1, "PROJECT", prio=1, source="scope"))
    return out


def mend_named_works(ents: list[Cand], text: str, words_: "list[str] | None") -> list[Cand]:
    """The facility bounds of :func:`~corpus_tools._entity_rules.fac_bounds.facility_bounds`, :func:`listed_items`,
    :func:`scoped_programmes`, the owned facilities of :func:`~corpus_tools._entity_rules.fac_owned.owned_facilities`
    and the sites of works of :func:`~corpus_tools._entity_rules.fac_context.sites_of_works`, in that order, applied
    to the resolved spans *ents*."""
    ents = facility_bounds(ents, text)
    ents = listed_items(ents, text)
    ents = scoped_programmes(ents, text, words_)
    ents = owned_facilities(ents, text, words_)
    ents = firm_bounds(stage_bounds(ents, text, words_), text)
    return sites_of_works(ents, text)
