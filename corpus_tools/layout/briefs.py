"""A column of short news items under a heading of its own (``简讯`` over ``■…`` items).

County pages close with a column of briefs: a short heading line (``简讯``, ``短讯``, ``要闻简报``,
``简　讯``) and under it two or more items, each opening with the same item mark (``■``, ``●``,
``▲``, :data:`~corpus_tools.layout.patterns.ITEM_MARKS`) and wrapped at the column's width. PDF
extraction often prints the heading with no blank line and no indent, so the line-role model reads it
as one more paragraph line of the article above, which then swallows the column. :func:`brief_column_tags`
reads the form alone — a short unpunctuated line after a finished sentence, a blank line or page furniture,
directly over a run of item lines sharing one mark — and opens an article on the heading, each item a
paragraph of it. No heading words are listed: the form is the evidence.

A column's name in black brackets on a line of its own (``【党员心声】``, ``【部门简讯】``) heads the items,
box or article printed under it: :func:`bracketed_column_tags` reads it as a banner wherever the line model
reads it as text or a heading, and opens an article under it; not inside an article printed in labelled
parts (``【现象】当前，…`` / ``【点评】``, a form of People's Daily).
"""

from __future__ import annotations

import re

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.tagged import tagged_lines
from corpus_tools.layout.patterns import ITEM_MARKS, ends_sentence
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE

#: Longest heading of a brief column (characters, spaces left out: ``要闻简报`` 4, ``乡镇动态简讯`` 6).
HEAD_MAX = 8
#: Fewest items under the heading.
MIN_ITEMS = 2
#: A heading prints no sentence punctuation, digits or item marks.
_NOT_HEAD_RE = re.compile(r"[，。！？；：、,.!?;:0-9０-９" + ITEM_MARKS + r"]")
_FURNITURE = ("credit", "banner", "byline")


def _heading(text: str) -> bool:
    t = "".join(text.split())
    return 2 <= len(t) <= HEAD_MAX and not _NOT_HEAD_RE.search(t)


def _items(lines: list[Line], tags: list[str], first: int) -> list[int]:
    """Lines of the item run starting at ``first`` (its item lines and their wrapped lines), or []. A wrapped
    line goes on an unfinished item (no sentence end, no closing bracket of a signature); an indented line or
    one the model opens an article on ends the run."""
    texts = [ln.text.strip() for ln in lines]
    mark = texts[first][:1] if first < len(texts) else ""
    if not mark or mark not in ITEM_MARKS:
        return []
    run = [first]
    for k in range(first + 1, len(texts)):
        if texts[k].startswith(mark) or not (ends_sentence(texts[k - 1]) or texts[k - 1].endswith(("）", ")"))
                                             or lines[k].opens or tags[k].startswith("B-")):
            run.append(k)
        else:
            break
    return run if sum(texts[k].startswith(mark) for k in run) >= MIN_ITEMS else []


def brief_column_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each brief column read as an article of its own: its heading line a title
    opening the article, each item a paragraph and its wrapped lines continuation lines. Returns new tags.

    *raw_lines* (None for a blank line) and *tags* (one a non-blank line, not changed) as
    :func:`~corpus_tools.layout.debris.debris_tags` takes them; ValueError if they do not match.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "　　全县上下以招商引资促发展。\\n简讯\\n■鲖城镇召开推进会，通报\\n进展情况。\\n■瓦店镇排查隐患23处。\\n"
    >>> brief_column_tags(read_lines(page), ["para", "para", "cont", "cont", "cont"])
    ['para', 'B-title', 'para', 'cont', 'para']
    """
    lines = tagged_lines(raw_lines, tags)
    texts = [ln.text.strip() for ln in lines]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(1, len(lines) - MIN_ITEMS):
        if not _heading(texts[i]) or out[i].removeprefix("B-") in _FURNITURE or lines[i].opens:
            continue
        before = next((k for k in range(i - 1, -1, -1) if out[k] not in ("banner", "credit")), None)
        if before is None or not (gap[i] or ends_sentence(texts[before])
                                  or out[before].removeprefix("B-") in _FURNITURE):
            continue
        run = _items(lines, tags, i + 1)
        if not run or any(out[k].removeprefix("B-") in _FURNITURE for k in run):
            continue
        out[i] = "B-title"
        for k in run:
            out[k] = "para" if texts[k][:1] == texts[i + 1][:1] else "cont"
    return out


#: A bracketed label running into its text (``【现象】当前，…``): an article printed in labelled parts.
_RUNIN_LABEL_RE = re.compile(r"【[^【】]{1,10}】\s*[^\s【]")


def _labelled_parts(lines: list[Line], tags: list[str], i: int) -> bool:
    """Whether the article line ``i`` stands in has a bracketed label running into its text above it
    (``【现象】当前，…`` … ``【点评】``): its parts are labelled so, and the bracketed line is its next part's."""
    start = next((k for k in range(i - 1, -1, -1) if tags[k].startswith("B-")), 0)
    return any(_RUNIN_LABEL_RE.search(lines[k].text) for k in range(start, i))


def bracketed_column_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each column name in black brackets on a line of its own
    (:data:`~corpus_tools.layout.runin.BRACKETED_COLUMN_LINE_RE`) a banner, and the line under it, which the line
    model reads as text going on (or as a heading line), opening an article: a box of quoted statements under
    ``【党员心声】`` after an article's last sentence is no part of that article. Every writer of the invented pages
    (benchmarks/gold pages21-pages29o: 64 such lines, 63 of them) gives the name as the section of what it heads.
    Returns the new tags (*tags*, one a non-blank line of *raw_lines*, is not changed).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "　　就是把群众的小事当成大事办。”\\n【党员心声】\\n“我要扎根村里，当好贴心人。”\\n"
    >>> bracketed_column_tags(read_lines(page), ["para", "para", "para"])
    ['para', 'banner', 'B-para']
    """
    lines = tagged_lines(raw_lines, tags)
    out = list(tags)
    for i, ln in enumerate(lines):
        if not BRACKETED_COLUMN_LINE_RE.match(ln.text.strip()) or i + 1 >= len(out) or _labelled_parts(lines, out, i):
            continue
        role, below = out[i].removeprefix("B-"), out[i + 1].removeprefix("B-")
        # (read as a heading, it is left where a heading or byline follows it: a column name over a headline
        # group, headruns and boundaries.column_names_over_titles read that form)
        # (nor as the last line of a headline group printed after its body: it heads what follows it)
        closing = out[i] in ("title", "kicker") and i > 0 and out[i - 1].removeprefix("B-") == "title"
        # (nor as a heading line going on from the text above it, over a headline that opens an article: it
        # would close that text's article; it heads the article below)
        going_on = (out[i] in ("title", "kicker") and i > 0 and out[i - 1].removeprefix("B-") in ("para", "cont")
                    and out[i + 1] in ("B-title", "B-kicker"))
        if (role in ("para", "cont") or role in ("title", "kicker") and below in ("para", "cont") or closing
                or going_on):
            out[i] = "banner"
            if out[i + 1] in ("para", "cont"):
                out[i + 1] = "B-para"
            elif out[i + 1] in ("kicker", "title", "byline"):
                out[i + 1] = "B-" + out[i + 1]
    return out
