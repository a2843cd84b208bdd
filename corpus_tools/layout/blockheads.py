"""A headline printed after its body, told by the page's blank lines: the block's head is at its foot.

Pages that set articles apart with blank lines may print an item's headline under its text, right over
the blank line that closes the item, amid articles whose headlines stand above their bodies
(``…（下转第2版）`` / blank / ``10月以来，鹤溪街道…`` … ``（文/李秀琴）`` / ``敕木山下秋茶香`` / blank /
``云中大漈秋意浓`` / ``▲10月22日…``). The line model reads the block's text on as the article above it
(the article above closed: its text cannot go on across its jump mark, byline or finished sentence and
a blank line) and the heading lines either as that article's or as the head of the block below.

:func:`heads_closing_blocks` reads such a block by its form alone:

* the block stands between blank lines, after a block whose last line closes its text (a finished
  sentence, a byline, a jump mark, a photographer's credit), after a block of this form, or under the
  page's furniture; a column's name in black brackets (``【新农村建设】``) may stand over its text (a banner);
* it opens on text (not a heading) that the model gives to the article above (no ``B-`` tag), and has
  at least :data:`LEAST_TEXT` lines of text;
* it ends with one or two heading lines (:func:`~corpus_tools.layout.patterns.heading_form`, no clause mark at
  the end),
  no wider than the block's text column, the last one narrower, right under a finished sentence or a byline;
* what follows the blank line under it cannot take those heading lines as its own: the page ends, or
  the next block opens on a heading, a banner, a marked item or a photo caption, or ends itself on
  heading lines after a finished sentence or byline (a page printing its headlines after their bodies);
  a heading line is narrower than the block's text column (a line as wide as the column may be text cut
  by a column break, on pages that print a blank line between paragraphs).

The block's first text line then opens an article, its heading lines are that article's title and a
byline line over them its byline.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from corpus_tools.layout.inlinejumps import closes_on_jump
from corpus_tools.layout.lines import Line, group_chunks
from corpus_tools.layout.model import PageLayout
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE
from corpus_tools.layout.patterns import (BYLINE_TAIL_RE, CLAUSE_PUNCT, ITEM_MARKS, PHOTO_MARKS, ends_sentence, heading_form, is_byline,
                                          is_subtitle_line, opens_item, text_width)

#: Least lines of text in a block whose headline is printed at its foot.
LEAST_TEXT = 2
#: Most heading lines at a block's foot.
MAX_HEAD = 2
#: The last heading line at a block's foot is narrower than this share of the block's column (a line near
#: the column's width may be text cut by a column break or by the page's end).
LAST_SHARE = 0.9
#: A block whose first line is a heading narrower than this share of its column opens on its own headline.
OPEN_SHARE = 0.8
#: The tags of the heading lines at a block's foot, read as its headline.
_FOOT = ("title", "subtitle")
#: A photo caption's or marked item's opening (the block below stands on its own): an item or photo
#: mark, a hollow star or a bracket opening a column's name.
_ITEM_OPEN_RE = re.compile(r"^\s*[" + re.escape("".join(dict.fromkeys(ITEM_MARKS + PHOTO_MARKS + "☆【〔"))) + "]")


def _blocks(raw_lines: list[Line | None]) -> list[list[int]]:
    """Indices (among the non-blank lines) of the runs of lines between blank lines."""
    blocks: list[list[int]] = []
    k = 0
    for chunk in group_chunks(raw_lines):
        blocks.append(list(range(k, k + len(chunk.lines))))
        k += len(chunk.lines)
    return blocks


def _closed(text: str) -> bool:
    """Whether a line closes an article's text (finished sentence, byline, jump mark, credit)."""
    t = text.strip()
    return ends_sentence(t) or closes_on_jump(t) or is_byline(t) or t.endswith(("）", ")", "摄"))


def _signed_or_finished(texts: Sequence[str], k: int) -> bool:
    """Whether line ``k`` of a block closes its text: a finished sentence, a byline line, or a signature in
    brackets closing the text (``…一倍。（通讯员　马晓英）``), also one the column wrapped over two lines
    (``…128起。（通讯员　沙马拉`` / ``铁　黄　婷）``)."""
    t = texts[k].strip()
    if ends_sentence(t) or is_byline(t):
        return True
    if not t.endswith(("）", ")")):
        return False
    joined = "".join(x.strip() for x in texts[max(0, k - 1):k + 1])
    return bool(BYLINE_TAIL_RE.search(joined)) and (k == 0 or BYLINE_TAIL_RE.search(t) is not None
                                                   or "（" not in t and "(" not in t)


def _closing(raw_lines: list[Line | None], tags: list[str], *, opened: bool) -> list[tuple[list[int], int, int | None]]:
    """The blocks of the form (without a column's name over their text), with the number of heading lines
    at their foot and the column name's line (None if none); ``opened``: those whose first text line ``tags``
    opens as an article (else those it runs on from the article above)."""
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    found = []
    blocks = _blocks(raw_lines)
    for b in range(1, len(blocks)):
        block = blocks[b]
        column = None
        if len(block) > 1 and BRACKETED_COLUMN_LINE_RE.match(lines[block[0]].text.strip()):
            column, block = block[0], block[1:]  # (a column's name in black brackets over the text)
        first = block[0]
        if opened and tags[first] != "B-para" or not opened and tags[first] not in ("para", "cont", "B-para"):
            continue
        prev = blocks[b - 1]
        if not (_closed(lines[prev[-1]].text) or _foot_heads(lines, prev)
                or all(tags[i] in ("banner", "credit") for i in prev)):
            continue
        m = _foot_heads(lines, block)
        if not m or not opened and tags[first] == "B-para" and all(tags[i] in _FOOT for i in block[-m:]):
            continue  # (not of the form, or read so already)
        if b + 1 < len(blocks):
            nxt = blocks[b + 1]
            top = lines[nxt[0]].text
            narrow = _head_line(top) and text_width(top) < max(text_width(lines[i].text) for i in block) - 1
            if not (narrow or _ITEM_OPEN_RE.match(top) or opens_item(top)
                    or tags[nxt[0]] in ("banner", "credit") or _foot_heads(lines, nxt)):
                continue
        found.append((block, m, column))
    return found


def _head_line(text: str) -> bool:
    """A heading line: a heading's form (a ``place：phrase`` colon allowed), not ending on a clause mark, not
    opening or closing a bracket (a byline wrapped by the column: ``(邱英琴 吴玉兰 侯玉`` / ``磊)``)."""
    t = text.strip()
    return heading_form(t) and t[-1:] not in CLAUSE_PUNCT and t[:1] not in "(（" and t[-1:] not in ")）"


def _foot_heads(lines: list[Line], block: list[int]) -> int:
    """How many heading lines end the block (0 if it does not end on a head printed after its text)."""
    return _foot_count(tuple(lines[i].text for i in block))


@lru_cache(maxsize=4096)  # (a block is asked as itself, as the block before and after another, in two passes)
def _foot_count(texts: tuple[str, ...]) -> int:
    """:func:`_foot_heads` of a block's line texts."""
    for m in range(1, MAX_HEAD + 1):
        if len(texts) < m + LEAST_TEXT:
            break
        heads = texts[-m:]
        if not all(_head_line(t) for t in heads):
            break
        if not _signed_or_finished(texts, len(texts) - m - 1):
            continue
        text = [t for t in texts[:-m] if not is_byline(t.strip())]
        if len(text) < LEAST_TEXT:
            return 0
        width = max(text_width(t) for t in text)
        if _head_line(texts[0]) and text_width(texts[0]) < width * OPEN_SHARE:
            return 0  # (the block opens on a heading narrower than its column: its headline stands above it)
        if text_width(heads[-1]) >= width * LAST_SHARE or any(text_width(t) > width for t in heads):
            return 0  # (a last line as wide as the column may be text cut by a column break)
        return m
    return 0


def closing_blocks(raw_lines: list[Line | None], tags: list[str]) -> set[int]:
    """Indices of the lines of every block that ``tags`` read as :func:`heads_closing_blocks` reads it
    (its first line opening an article, its foot its title): lines no longer in dispute with the rules' reading."""
    return {i for block, m, column in _closing(raw_lines, tags, opened=True)
            if all(tags[j] in _FOOT for j in block[-m:]) for i in block + ([column] if column is not None else [])}


def undisputed(raw_lines: list[Line | None], tags: list[str], rules: PageLayout,
               disputed: dict[int, str]) -> dict[int, str]:
    """The arbiter's disputed lines (index among the non-blank lines: kind) less those whose stretch, the
    article of the rules' layout holding the line, reaches a block ``tags`` read as :func:`heads_closing_blocks`
    reads it (the rules run such a block on as the article above it)."""
    settled = closing_blocks(raw_lines, tags)
    if not settled:
        return disputed
    lines = [ln for ln in raw_lines if ln is not None]
    starts = [lines[j].start for j in settled]
    return {i: k for i, k in disputed.items() if not article_reaches(rules, lines[i].start, starts)}


def article_reaches(layout: PageLayout, start: int, offsets: Sequence[int]) -> bool:
    """Whether the article of ``layout`` holding raw offset ``start`` (a line's start) also holds one of
    ``offsets``, or the offset is itself one of them."""
    if start in offsets:
        return True
    art = next((b.article for b in layout.blocks if b.start <= start < b.end), None)
    if art is None:
        return False
    return any(b.article == art and b.start <= x < b.end for b in layout.blocks for x in offsets)


def stretch_reaches(layout: PageLayout, start: int, offsets: Sequence[int]) -> bool:
    """Whether the stretch of ``layout`` holding raw offset ``start`` holds one of ``offsets``: the span of
    the article holding it, widened by every article whose blocks straddle that span, until none does (the
    stretch :func:`~corpus_tools.layout.arbiter.merge_layouts` hands to the rules when a line in it is
    disputed). A line outside every article is its own stretch.

    Examples
    --------
    >>> from corpus_tools.layout.model import Block, PageLayout
    >>> lay = PageLayout([Block("caption", "业发展经验。", 0, 6, 0), Block("caption", "图为群众运", 7, 12, 1),
    ...                   Block("caption", "送烤烟。", 13, 17, 0)], [], [])
    >>> stretch_reaches(lay, 7, [0]), article_reaches(lay, 7, [0])
    (True, False)
    """
    if start in offsets:
        return True
    own = next((b for b in layout.blocks if b.start <= start < b.end), None)
    if own is None or own.article is None:
        return False
    spans: dict[int, tuple[int, int]] = {}
    for b in layout.blocks:
        if b.article is not None:
            a, z = spans.get(b.article, (b.start, b.end))
            spans[b.article] = (min(a, b.start), max(z, b.end))
    lo, hi = spans[own.article]
    while True:
        over = [(a, z) for a, z in spans.values() if a < hi and z > lo]
        new_lo, new_hi = min(a for a, _ in over), max(z for _, z in over)
        if (new_lo, new_hi) == (lo, hi):
            break
        lo, hi = new_lo, new_hi
    return any(lo <= x < hi for x in offsets)


def heads_closing_blocks(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags where a block between blank lines ends on its own headline (see the module's
    docstring): its first line opens an article, the heading lines at its foot are its title. Returns
    the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("县委召开常委会\\n会议强调要抓好落实。（下转第2版）\\n\\n10月以来，敕木山村茶园进入采摘期。\\n"
    ...         "茶农增收300多万元。\\n（文/李秀琴）\\n敕木山下秋茶香\\n\\n云中大漈秋意浓\\n▲游客观景。\\n")
    >>> heads_closing_blocks(read_lines(page), ["B-title", "para", "para", "cont", "byline", "cont",
    ...                                         "B-title", "B-caption"])
    ['B-title', 'para', 'B-para', 'cont', 'byline', 'title', 'B-title', 'B-caption']
    """
    found = _closing(raw_lines, tags, opened=False)
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for block, m, column in found:
        first = block[0]
        out[first] = "B-para"
        if column is not None:
            out[column] = "banner"
        for i in block[1:-m]:
            t = lines[i].text.strip()
            if out[i].removeprefix("B-") in ("para", "cont"):
                out[i] = "byline" if is_byline(t) else out[i].removeprefix("B-")
        for i in block[-m:]:
            out[i] = "subtitle" if is_subtitle_line(lines[i].text) else "title"
        nxt = block[-1] + 1  # (the next block opens an article of its own: the heading lines are not its head)
        if nxt < len(out) and not out[nxt].startswith("B-") and out[nxt] not in ("banner", "credit"):
            out[nxt] = "B-" + {"cont": "para"}.get(out[nxt], out[nxt])
    return out
