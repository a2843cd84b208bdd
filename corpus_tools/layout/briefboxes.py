"""A box of briefs under its own head (``简　讯`` over ``■…`` items): the head a rubric, each item an article.

A county page often closes with a box of one-paragraph news items under a short head::

    简　讯

    ■ 青岛街道日前开展消防安全大检查，排查隐患二十
    三处，已全部整改。

    ■ 大绥河镇举办农民实用技术培训班，二百余名农民
    参加培训。

A researcher counting who and what the paper reports wants each item as a row of its own; the head is
the box's rubric, not a headline of the first item, nor a person, nor the title of one article holding
them all. :func:`headed_brief_tags` reads the form alone: a short line without punctuation (the head)
after a finished text, a blank line or the page's top, right over (a blank line at most between) a run of
at least :data:`MIN_ITEMS` items opening on the same item mark, each closed by a sentence end (or a
signature) within :data:`MAX_ITEM_LINES` lines. The head becomes a banner (so the items' section, as a
box's name) and every item opens an article of its own; no words of the head are listed.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BRIEF_MARKS, ends_sentence, is_byline

#: Longest head (characters, spaces left out: ``简讯`` 2, ``要闻简报`` 4, ``乡镇动态简讯`` 6).
HEAD_MAX = 8
#: Fewest items under the head.
MIN_ITEMS = 2
#: Most printed lines of one item.
MAX_ITEM_LINES = 6
_NOT_HEAD_RE = re.compile(r"[，。！？；：、,.!?;:0-9０-９（）()《》“”\"/／" + BRIEF_MARKS + r"▲△【】]")
_PUNCT_RE = re.compile(r"[，。、；：！？,;:!?]")
_SIGNED_RE = re.compile(r"[)）]$")


def _head(text: str) -> bool:
    t = "".join(text.split())
    return 2 <= len(t) <= HEAD_MAX and not _NOT_HEAD_RE.search(t)


def _closes(text: str) -> bool:
    t = text.strip()
    return ends_sentence(t) or bool(_SIGNED_RE.search(t))


def _items(texts: list[str], gaps: list[int], first: int) -> list[tuple[int, int]]:
    """``(first, last)`` lines of each item of the run opening at line ``first``, or []."""
    mark = texts[first][:1] if first < len(texts) else ""
    if not mark or mark not in BRIEF_MARKS:
        return []
    items = []
    k = first
    while k < len(texts) and texts[k].startswith(mark) and (k == first or gaps[k] <= 1):
        last = k
        while not _closes(texts[last]) and last + 1 < len(texts) and last - k + 1 < MAX_ITEM_LINES:
            nxt = texts[last + 1]
            if gaps[last + 1] or nxt.startswith(mark):
                break
            last += 1
        if not _closes(texts[last]):
            break
        if last + 1 < len(texts) and not gaps[last + 1] and texts[last + 1][:1] in "(（" and is_byline(texts[last + 1]):
            last += 1  # (the item's signature on the line under it, ``（常玉兰）``)
        items.append((k, last))
        k = last + 1
    if any(last > first and not _PUNCT_RE.search(texts[first]) and len(texts[first]) < 0.8 * len(texts[first + 1])
           for first, last in items):
        return []  # (an item titled on its own first line, shorter than the text under it: a titled brief's form)
    return items if len(items) >= MIN_ITEMS else []


def headed_brief_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each headed box of briefs read as its head (a banner) and one article per item
    (its first line ``B-para``, its wrapped lines ``cont``). Returns the new tags; *tags* (one a
    non-blank line of *raw_lines*) is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "　　村里修了路。\\n\\n简　讯\\n\\n■东镇建成水厂，\\n供水千户。\\n\\n■西镇新修公路三公里。\\n"
    >>> headed_brief_tags(read_lines(page), ["B-para", "B-title", "para", "cont", "para"])
    ['B-para', 'banner', 'B-para', 'cont', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    texts = [ln.text.strip() for ln in lines]
    gaps = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(len(lines) - MIN_ITEMS):
        if (not _head(texts[i]) or out[i].removeprefix("B-") in ("credit", "byline", "caption") or gaps[i + 1] > 1
                or is_byline(texts[i])):
            continue
        if i and not (gaps[i] or _closes(texts[i - 1]) or out[i - 1].removeprefix("B-") in ("banner", "credit")):
            continue
        items = _items(texts, gaps, i + 1)
        if not items:
            continue
        out[i] = "banner"
        for first, last in items:
            out[first] = "B-para"
            for k in range(first + 1, last + 1):
                out[k] = "byline" if k == last and texts[k][:1] in "(（" and is_byline(texts[k]) else "cont"
        nxt = items[-1][1] + 1
        if nxt < len(out) and out[nxt] == "cont":
            out[nxt] = "para"  # (the text under the box is no wrapped line of its last item)
    return out


def box_heads(units: list) -> set[int]:
    """Indices of banner units that head a box of briefs printed after article text: every article under
    the banner (up to the next banner or the page's end) has no heading and opens on a brief mark (or had
    it dropped as a repair). Such a head is the box's rubric, not the page's section
    (:func:`~corpus_tools.layout.parts.article_parts`).

    Examples
    --------
    >>> from corpus_tools.layout.units import Unit
    >>> u = [Unit("body", [(0, 5)], "村里修了路。", article=0, final="body"),
    ...      Unit("head", [(6, 8)], "简讯", final="banner"),
    ...      Unit("body", [(9, 14)], "■东镇建成水厂。", article=1, final="body"),
    ...      Unit("body", [(15, 20)], "■西镇修路。", article=2, final="body")]
    >>> box_heads(u)
    {1}
    """
    return _heads([(u.final, u.article, u.text.lstrip()[:1] in BRIEF_MARKS or any(r.kind == "mark" for r in u.repairs))
                   for u in units])


def box_head_blocks(layout) -> set[int]:
    """:func:`box_heads` on a page layout's blocks (an item's mark dropped is a ``mark`` repair in its span)."""
    marks = [r.start for r in layout.repairs if r.kind == "mark"]
    return _heads([(b.kind, b.article, b.text.lstrip()[:1] in BRIEF_MARKS or any(b.start <= m < b.end for m in marks))
                   for b in layout.blocks])


def _heads(rows: list[tuple[str, int | None, bool]]) -> set[int]:
    """:func:`box_heads` on ``(kind, article, opens on a mark)`` rows in print order."""
    out = set()
    for i, (kind, _, _) in enumerate(rows):
        if kind != "banner" or not any(a is not None and k == "body" for k, a, _ in rows[:i]):
            continue
        under = []
        for row in rows[i + 1:]:
            if row[0] == "banner":
                break
            if row[1] is not None:
                under.append(row)
        arts = {a for _, a, _ in under}
        if (len(arts) >= MIN_ITEMS and not any(k in ("headline", "kicker", "subtitle") for k, _, _ in under)
                and all(next(m for _, x, m in under if x == a) for a in arts)):
            out.add(i)
    return out
