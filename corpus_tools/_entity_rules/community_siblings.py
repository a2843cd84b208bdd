"""The communities a 、-list of …社区 names holds beside one of them (user37b F4).

The phrase guard drops a community whose name the segmenter reads as an adjective and 社区 (清廉|社区, 和谐|社区),
since the same words make campaign titles (建设清廉社区, 打造和谐社区: a kind of community, no name), unless the text
places it. A list of names places its items too: the items of ``A社区、B社区等`` are of one kind, so when A社区 is
a plain name (a community of the gazetteer, 红星社区), B社区 is a community whatever word its body is. The list is
read item by item, left and right, across 、 and 和 / 与 / 及; each item is two to four Chinese characters ending
in 社区 (before a found item: the longest such body that opens a segmenter word which is no verb, adverb or
preposition, so 走访|清廉社区 keeps the verb out). Campaign titles listed together (打造和谐社区、平安社区) have no
plain name beside them and stay dropped.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["list_neighbours"]

#: a community name's body before 社区 (two to four Chinese characters)
_BODY_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: the marks between items of a list
_JOINS = ("、", "和", "与", "及")
_HEAD = "社区"


def _tag(feats: "list[str] | None", i: int) -> str:
    return feats[i] if feats is not None and 0 <= i < len(feats) else ""


def _item_before(text: str, start: int, feats: "list[str] | None") -> "tuple[int, int] | None":
    """The span of a …社区 item right before the list mark at *start* - 1, or None: its body is the longest run of
    two to four Chinese characters before 社区 that opens a segmenter word which is no verb, adverb or preposition
    (走访|清廉社区: the verb stays out)."""
    if start < 1 or text[start - 1] not in _JOINS or not text.endswith(_HEAD, 0, start - 1):
        return None
    end = start - 1
    h0 = end - len(_HEAD)
    for k in (4, 3, 2):
        s = h0 - k
        body = text[s:h0] if s >= 0 else ""
        if not _BODY_RE.fullmatch(body):
            continue
        tag = _tag(feats, s)
        if feats is not None and (not tag.startswith(("B-", "S-")) or tag[2:3] in ("v", "p", "d")):
            continue
        if feats is None and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _JOINS:
            continue  # without the segmenter the body must start after a mark
        return s, end
    return None


def _item_after(text: str, end: int, feats: "list[str] | None") -> "tuple[int, int] | None":
    """The span of a …社区 item right after the list mark at *end*, or None."""
    if text[end:end + 1] not in _JOINS:
        return None
    s = end + 1
    if feats is not None and _tag(feats, s)[2:3] in ("v", "p", "d"):
        return None  # 、开展社区活动: a clause, no item
    for k in range(2, 5):
        if text.startswith(_HEAD, s + k) and re.fullmatch(r"[\u4e00-\u9fff]+", text[s:s + k]):
            return s, s + k + len(_HEAD)
    return None


def list_neighbours(text: str, c: Cand, ents: list[Cand], feats: "list[str] | None" = None) -> list[Cand]:
    """The COMMUNITY spans of *ents* standing in the same 、-list of …社区 items as *c* (*c* itself left out).

    Examples
    --------
    >>> t = "东升社区、勤俭社区、平安社区等"
    >>> ents = [Cand(0, 4, "COMMUNITY"), Cand(5, 9, "COMMUNITY"), Cand(10, 14, "COMMUNITY")]
    >>> [t[n.start:n.end] for n in list_neighbours(t, ents[1], ents)]
    ['平安社区', '东升社区']
    """
    by_span = {(e.start, e.end): e for e in ents if e.label == "COMMUNITY"}
    out: list[Cand] = []
    for step in (lambda s, e: _item_after(text, e, feats), lambda s, e: _item_before(text, s, feats)):
        span = step(c.start, c.end)
        while span is not None and span in by_span:
            out.append(by_span[span])
            span = step(*span)
    return out
