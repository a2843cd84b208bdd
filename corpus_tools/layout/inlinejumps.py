"""Jump marks printed at the end of a paragraph (``…三管齐下。（下转第2版）``), not on a line of their own.

A jump line of its own is page furniture (:func:`corpus_tools.layout.headforms.jump_lines`). Printed
after the paragraph's last sentence, the mark ends the article's text on this page just the same: it
is split off the paragraph as a credit (:func:`split_jump_marks`), the line printed under it opens
something else (:func:`lines_after_jumps`: the model may run the paragraph on into it, ``【两学一做】``),
and a heading run under it is no in-body subhead (:func:`after_jump`, used by the arbiter). Seen
in two blind writers' pages (pages23: three pages, one mark cut by the column ``…起好步。（`` /
``下转第2版）``; pages26o: ``茴香。（下转第2版）`` over a two-line headline).
"""

from __future__ import annotations

import dataclasses
import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import JUMP_LINE_RE, ends_sentence, heading_form
from corpus_tools.layout.repair import fix_spacing
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE
from corpus_tools.layout.units import Unit, raw_offset

#: A jump mark closing a text (:data:`~corpus_tools.layout.patterns.JUMP_LINE_RE` without its line anchors).
INLINE_JUMP_RE = re.compile(JUMP_LINE_RE.pattern.removeprefix("^").removesuffix("$") + r"\s*$")
#: A jump mark saying where a text comes from, opening it (``（上接第1版）``, ``（接第一版）``).
LEADING_JUMP_RE = re.compile(r"^[(（]\s*(?:上接|接)\s*(?:第?\s*[\d一二三四五六七八九十]{1,3}\s*版|[A-H]\d{1,2}版?)\s*[)）]")
#: A column name printed in lenticular brackets on a line of its own (``【两学一做】``).


#: Fewest characters before a jump mark that cuts a sentence (``…每个村的党员都（下转第二版）``: the text goes on
#: on the other page; ``详见（下转第2版）`` is a pointer, no cut).
MIN_CUT_TEXT = 4
#: How a sentence cut by the page's end may stop: on a Chinese character or a clause mark.
CUT_END_RE = re.compile(r"[\u4e00-\u9fff，、；：“”]$")


def jump_cut(text: str) -> int | None:
    """Where a jump mark closing ``text`` after a finished sentence, or after a sentence the page cuts
    (the text goes on on the other page), starts, or None.

    Examples
    --------
    >>> jump_cut("收成镇兴隆村改种茴香。（下转第2版）")
    11
    >>> jump_cut("要求每个村的党员都（下转第二版）")
    9
    >>> jump_cut("（下转第2版）") is None, jump_cut("详见（下转第2版）") is None
    (True, True)
    """
    m = INLINE_JUMP_RE.search(text)
    before = text[:m.start()].rstrip() if m is not None else ""
    if not before or not (ends_sentence(before) or len(before) >= MIN_CUT_TEXT and CUT_END_RE.search(before)):
        return None
    return m.start()


def closes_on_jump(text: str) -> bool:
    """Whether a line ends with a jump mark after a finished sentence (the text goes on elsewhere)."""
    return jump_cut(text.strip()) is not None


def after_jump(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands right under a paragraph closed by a jump mark, or under a heading
    line standing there (``茴香。（下转第2版）`` / ``收成镇：税费改革`` / ``让农民减负三成``)."""
    return i > 0 and (closes_on_jump(lines[i - 1].text) or i > 1 and heading_form(lines[i - 1].text, strict=True)
                      and closes_on_jump(lines[i - 2].text))


def _lines_before(lines: list[Line], k: int) -> list[Line]:
    """The lines holding the first ``k`` characters of their joined text, the last one cut there (its
    white space at the cut dropped)."""
    out: list[Line] = []
    for ln in lines:
        if k >= len(ln.text):
            out.append(ln)
            k -= len(ln.text)
            continue
        head = ln.text[:k].rstrip()
        if head:
            out.append(dataclasses.replace(ln, end=ln.start + len(head), text=head))
        break
    return out


def _lines_from(lines: list[Line], k: int) -> list[Line]:
    """The lines holding the joined text from character ``k`` on, the first one cut there (its white
    space at the cut dropped)."""
    out: list[Line] = []
    for ln in lines:
        if k >= len(ln.text):
            k -= len(ln.text)
            continue
        if out or not k:
            out.append(ln)
        else:
            tail = ln.text[k:].lstrip()
            if tail:
                out.append(dataclasses.replace(ln, start=ln.end - len(tail), text=tail))
        k = 0
    return out


def leading_jump_end(text: str) -> int | None:
    """Where text starts after a jump mark opening it (``（上接第1版）各单位要…``), or None: the mark says
    where the text comes from, it is no part of it.

    Examples
    --------
    >>> leading_jump_end("（上接第1版）会议要求，全县各级党组织")
    7
    >>> leading_jump_end("（上接第1版）") is None, leading_jump_end("（下转第2版）会议要求") is None
    (True, True)
    """
    m = LEADING_JUMP_RE.match(text)
    return m.end() if m is not None and text[m.end():].strip() else None


def split_jump_marks(lines: list[Line], raw: str) -> tuple[list[Line], list[Unit], list[Unit]] | None:
    """A paragraph's lines without the jump marks printed in them, a mark opening the paragraph
    (:func:`leading_jump_end`) and one closing it after its last sentence (:func:`jump_cut`), and the marks
    as credit units (no article): those printed before the lines and those after them; None when no mark opens
    or closes them. Every character stays in the lines or the credits."""
    joined = "".join(ln.text for ln in lines)
    opened = leading_jump_end(joined)
    before: list[Unit] = []
    after: list[Unit] = []
    if opened is not None:
        at = raw_offset(lines, opened)
        before.append(Unit("credit", [(lines[0].start, at)], fix_spacing(raw[lines[0].start:at].replace("\n", "")),
                            final="credit"))
        lines = _lines_from(lines, opened)
        joined = "".join(ln.text for ln in lines)
    cut = jump_cut(joined)
    if cut is not None:
        body = _lines_before(lines, cut)
        if body:
            at, end = raw_offset(lines, cut), lines[-1].end
            after.append(Unit("credit", [(at, end)], fix_spacing(raw[at:end].replace("\n", "")), final="credit"))
            lines = body
    return (lines, before, after) if (before or after) and lines else None


def lines_after_jumps(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """The line printed under a paragraph closed by a jump mark (the mark may be cut by the column,
    ``…起好步。（`` / ``下转第2版）``) that the line model runs the paragraph on into (``cont``) opens a
    paragraph of its own, or is a column name (``【两学一做】``, a banner). Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> lines_after_jumps(read_lines("开好局。（\\n下转第2版）\\n【两学一做】\\n严田镇：党课开到田间\\n"),
    ...                   ["para", "cont", "cont", "B-title"])
    ['para', 'cont', 'banner', 'B-title']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i, ln in enumerate(lines):
        pair = ln.text.strip() + lines[i + 1].text.strip() if i + 1 < len(lines) and out[i + 1] == "cont" else ""
        cut = jump_cut(pair) if pair else None
        if closes_on_jump(ln.text):
            j = i + 1
        elif cut is not None and cut < len(ln.text.strip()):
            j = i + 2  # (the mark cut by the column)
        else:
            continue
        if j < len(lines) and out[j] == "cont":
            out[j] = "banner" if BRACKETED_COLUMN_LINE_RE.match(lines[j].text.strip()) else "para"
        if (j + 1 < len(lines) and out[j] in ("para", "cont") and out[j + 1] == "title"
                and heading_form(lines[j].text, strict=True)):
            out[j] = "B-title"  # (the first line of the next headline: ``收成镇：税费改革`` / ``让农民减负三成``)
    return out


def texts_after_jumps(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A paragraph printed under a paragraph closed by a jump mark (``…3200元。（下转第4版）``) that the tags run
    on in the same article (``para``) opens an article: the jumped article goes on on another page, so the
    text under its mark is another item's. Returns the new tags (*tags* is not changed).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> texts_after_jumps(read_lines("退还群众3200元。（下转第4版）\\n近日，旅游公路开工。\\n"), ["para", "para"])
    ['para', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(len(lines) - 1):
        if closes_on_jump(lines[i].text) and out[i].removeprefix("B-") in ("para", "cont") and out[i + 1] == "para":
            out[i + 1] = "B-para"
    return out


def under_jump_mark(units: list[Unit], first: int) -> bool:
    """Whether unit ``first`` stands right under a jump mark split off the text above it (a credit,
    ``（下转第2版）``): the text above goes on on another page, so what is printed under the mark is no tail
    of it."""
    return first > 0 and units[first - 1].final == "credit" and bool(JUMP_LINE_RE.match(units[first - 1].text.strip()))
