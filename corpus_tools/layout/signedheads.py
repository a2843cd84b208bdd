"""A heading read as a text line, after a blank line, between two signed texts opens an article.

On a page that prints each paragraph on one line and parts its articles by blank lines, the line model
may read a headline over a text that is not a news lead (``武山湖生态修复工程通过验收`` / ``近日，…``) as that
text's first line, and the article runs on from the one above::

    本报讯 记者幺小燕报道：2005年3月，…开幕。
    …打造乡村旅游品牌。

    武山湖生态修复工程通过验收
    近日，武山湖生态修复工程通过省级验收。…
    文/图 记者 冼振华

:func:`heads_over_signed_blocks` reads the line by its form and place: after a blank line and a finished
sentence, a heading's form (no sentence mark), a text line under it, the article above signed already (a
byline line, a signed lead) and the block under it closing with a byline of its own (an article has one
byline; :func:`~corpus_tools.layout.openings.second_byline`). An in-body subhead has no byline of its own
under it: its article goes on. A photo item's headline over its marked caption (``▲…``) and its credit line
opens one the same way, the caption its text. A heading over two lines takes its second line too, when that line is well
narrower than the column over a text line that fills it.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.openings import second_byline
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, PHOTO_MARK_RE, ends_sentence, heading_form, is_credit

#: Tags (``B-`` dropped) of the heading line and of the text line under it.
_TEXT_TAGS = ("para", "cont")
#: How much narrower than the column (characters) a heading's second line stands.
NARROWER = 4.0


def _between_signatures(lines: Sequence[Line], tags: list[str], i: int) -> bool:
    """Whether heading ``i`` stands right under a text closed by its bracketed signature (``…六成。（冯静宜）``)
    and over a text closed by one of its own before the next article, heading or page credit: two signed items,
    as a column of short items prints them without blank lines (``340家`` / ``今年以来，…（邬建平）``)."""
    if not BYLINE_TAIL_RE.search(lines[i - 1].text.strip()):
        return False
    end = next((k for k in range(i + 1, len(tags)) if tags[k].startswith("B-") or tags[k] in ("banner", "credit")
                or is_credit(lines[k].text)), len(tags))
    return end > i + 1 and bool(BYLINE_TAIL_RE.search(lines[end - 1].text.strip()))


def heads_over_signed_blocks(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    r"""Tags with ``B-title`` on each such heading (see the module's docstring) and ``para`` on the line
    under it. *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("油菜花节开幕\n本报讯 记者幺小燕报道：3月，油菜花节开幕。\n\n武山湖修复工程通过验收\n"
    ...        "近日，武山湖修复工程通过验收。\n文/图 记者 冼振华\n")
    >>> heads_over_signed_blocks(read_lines(raw), ["B-title", "para", "para", "cont", "byline"])
    ['B-title', 'para', 'B-title', 'para', 'byline']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    wrapped = sorted(ln.width for ln, tag in zip(lines, tags[1:]) if tag == "cont")  # (lines their text wraps from)
    column = wrapped[len(wrapped) // 2] if wrapped else 0.0
    gapless = not any(gap[1:])  # (a page printed without blank lines: no gap need stand over the heading)
    for i in range(1, len(lines) - 2):
        photo = out[i + 1] == "caption" and bool(PHOTO_MARK_RE.match(lines[i + 1].text.strip()))
        if (not (gap[i] or gapless) or out[i] not in _TEXT_TAGS
                or out[i + 1].removeprefix("B-") not in _TEXT_TAGS and not photo):
            continue
        text = lines[i].text.strip()
        if ends_sentence(text) or not heading_form(text, strict=True):
            continue
        if photo:
            end = i + 2
            while end < len(lines) and out[end] == "caption" and not PHOTO_MARK_RE.match(lines[end].text.strip()):
                end += 1
            signed = bool(BYLINE_TAIL_RE.search(lines[i - 1].text.strip())) or out[i - 1].removeprefix("B-") == "byline"
            if signed and end < len(lines) and out[end].removeprefix("B-") == "byline":
                # (a photo item's headline after a signed text, over its marked caption and credit line: the
                # caption is the item's text)
                out[i:end] = ["B-title", "para"] + ["cont"] * (end - i - 2)
            continue
        if (gap[i] and second_byline(lines, out, i, gap, byline_lines=True)
                or gapless and _between_signatures(lines, out, i)):
            out[i], out[i + 1] = "B-title", "para"
            if _second_title_line(lines, out, i + 1, column):
                out[i + 1], out[i + 2] = "title", "para"
    return out


def _second_title_line(lines: Sequence[Line], tags: list[str], k: int, column: float) -> bool:
    """Whether line ``k``, under a heading line, is the heading's second line (``前三季度经济运行`` /
    ``交出亮眼“成绩单”`` / ``前三季度，全县…``): a heading's form, narrower than the column by more than
    :data:`NARROWER`, while the text line under it is as wide as the column: a text's first line that wraps
    fills the column."""
    text = lines[k].text.strip()
    return (k + 2 < len(lines) and tags[k + 1].removeprefix("B-") in _TEXT_TAGS and tags[k + 2] == "cont"
            and not ends_sentence(text) and heading_form(text, strict=True)
            and lines[k].width < column - NARROWER <= lines[k + 1].width)
