"""Short firm names listed with one already found (正泰、德力西、华仪纷纷…) are firms too, wherever the
text repeats them.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import ORG_HEADS, Cand, all_stops, common_words, frequent2, occurrences

__all__ = ["mark_mentions", "listed_firms"]


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
