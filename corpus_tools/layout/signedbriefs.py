"""Untitled briefs under a column's name, each closed by its own signature: one article each.

A county page may print a column of one-paragraph news items with no headline and no item mark, each
closed by its writer's or unit's signature in brackets, right under the column's name::

    【本报简讯】
    　　旗人民医院近日开通农牧区巡回医疗
    车，免费义诊四十多人次。（宫秀梅）
    　　旗第一中学五十三名应届初中毕业生
    的中考成绩达到自治区重点中学录取线。
    （邰志国）

Each item is a piece of its own (its own signature, its own subject); read as one article, the column
keeps only the last signature as its byline and the other items lose theirs. A researcher counting who
reports what wants each item as a row. :func:`signed_item_tags` (line-model tags) reads the form alone:
a column's name (a line the model reads as a banner, or a name in black brackets on its own line), right
under it (no blank line) at least :data:`MIN_ITEMS` items one after the other, each closed by a bracketed
signature after a finished sentence within :data:`MAX_LINES` lines (the bracket may be cut by the column,
``…三百八十余场。（`` / ``古丽娜尔）``); on a page that indents its paragraphs, each item's first line is
indented and its other lines are not. The same column name printed again between two items (a running
header) does not end the run. Every item's first line opens an article; the name stays a banner (the
items' section). :func:`signed_item_articles` (units) names the articles such items open, which the rejoin
of headless bodies leaves apart. No words of the column's name or the items are listed.
"""

from __future__ import annotations

import re

from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BRIEF_MARKS, BYLINE_LINE_RE
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE
from corpus_tools.layout.units import Unit

#: Fewest items in a run.
MIN_ITEMS = 2
#: Most printed lines of one item (its signature's line included).
MAX_LINES = 8
#: A bracketed signature closing a finished sentence at the end of an item's text (group 1: the inside).
_SIGNED_END_RE = re.compile(r"(?<=[。！？!?…”’」』])\s*([(（][^()（）]{2,24}[)）])\s*$")
_BANNERS = ("banner", "B-banner")
#: The tags of a text's lines (an item's lines are text: a titled item's headline is not).
_TEXT_TAGS = ("para", "cont")


def _signed(text: str) -> bool:
    """Whether an item's joined text closes on a bracketed signature after a finished sentence."""
    m = _SIGNED_END_RE.search(text)
    return m is not None and bool(parse_byline(m.group(1)))


def _column_head(lines: list[Line], tags: list[str], i: int) -> bool:
    t = lines[i].text.strip()
    return tags[i] in _BANNERS and len(t) <= 12 or bool(BRACKETED_COLUMN_LINE_RE.match(t))


def _item_end(lines: list[Line], tags: list[str], gaps: list[int], j: int, indenting: bool) -> int | None:
    """The last line of the item opening on line ``j``, or None when no signature closes it in time (or a line
    the model reads as no text comes first: a titled item's headline)."""
    text = ""
    for k in range(j, min(j + MAX_LINES, len(lines))):
        closing = k > j and tags[k] == "byline" and bool(BYLINE_LINE_RE.match(lines[k].text.strip()))
        if tags[k].removeprefix("B-") not in _TEXT_TAGS and not closing:  # (a signature on a line of its own)
            return None
        if k > j and (gaps[k] or indenting and lines[k].opens and not lines[k].text.lstrip().startswith(("（", "("))):
            return None
        text += lines[k].text.strip()
        if _signed(text):
            return k
    return None


def _run(lines: list[Line], tags: list[str], gaps: list[int], head: int, indenting: bool) -> list[tuple[int, int]]:
    """(first, last) lines of the items right under the column's name on line ``head``."""
    name = lines[head].text.strip()
    items: list[tuple[int, int]] = []
    j = head + 1
    while j < len(lines) and not gaps[j]:
        t = lines[j].text.strip()
        if t == name and items:  # (the column's name printed again over the next item)
            j += 1
            continue
        if t[:1] in BRIEF_MARKS or indenting and not lines[j].opens:
            break
        last = _item_end(lines, tags, gaps, j, indenting)
        if last is None:
            break
        items.append((j, last))
        j = last + 1
    return items


def signed_item_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each item of a column of untitled signed briefs opening an article (see the
    module's docstring). Returns the new tags (*tags* has one a non-blank line of *raw_lines*).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "【乡镇简讯】\\n　　东镇建成水厂，供\\n水千户。（李明）\\n　　西镇新修公路三公里。\\n（王芳）\\n"
    >>> signed_item_tags(read_lines(page), ["banner", "B-para", "cont", "cont", "cont"])
    ['banner', 'B-para', 'cont', 'B-para', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    gaps = blank_lines_before(raw_lines)
    indenting = sum(ln.opens for ln in lines) >= 3
    out = list(tags)
    i = 0
    while i < len(lines):
        if not _column_head(lines, tags, i):
            i += 1
            continue
        items = _run(lines, tags, gaps, i, indenting)
        if len(items) < MIN_ITEMS:
            i += 1
            continue
        if out[i] not in _BANNERS:
            out[i] = "B-banner"
        for first, last in items:
            out[first] = "B-para"
            for k in range(first + 1, last + 1):
                out[k] = ("banner" if lines[k].text.strip() == lines[i].text.strip()
                          else "byline" if out[k] == "byline" else "cont")
        i = items[-1][1] + 1
    return out


def signed_item_articles(units: list[Unit]) -> set[int]:
    """Headless articles opening right under a banner or another such article, each with a byline of its own
    (the signature closing its text), in runs of at least :data:`MIN_ITEMS`: the items of a column of
    untitled signed briefs, which the rejoin of headless bodies leaves apart."""
    order: list[int] = []
    for u in units:
        if u.article is not None and (not order or order[-1] != u.article):
            order.append(u.article)
    own: dict[int, list[Unit]] = {}
    for u in units:
        if u.article is not None:
            own.setdefault(u.article, []).append(u)

    def item(a: int) -> bool:
        parts = own[a]
        return (not any(u.final in ("headline", "kicker", "subtitle") for u in parts)
                and any(u.final == "body" for u in parts) and parts[-1].final == "byline")

    found: set[int] = set()
    run: list[int] = []
    for a in order + [None]:
        if a is not None and item(a):
            run.append(a)
            continue
        if len(run) >= MIN_ITEMS:
            found.update(run)
        run = []
    return found
