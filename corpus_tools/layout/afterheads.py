"""Headlines printed after their bodies, read from the words they share with the text around them.

Some pages print a headline under the body it names (jizhou style: ``…（通讯员 孙佳琪）`` /
``毛家峪村`` / ``山楂红了游客来了`` / ``本报讯 走进…``), often right over the next article's
own headline, and without blank lines. The line model reads every heading as the headline
of the text under it. :func:`titles_after_closed_bodies` corrects the model's line tags
where the form and the words of the page agree:

* a run of short heading lines (no sentence marks, no lead) follows a line that closes a
  body with a bracketed byline, and body text follows the run;
* the body above the run has no headline of its own and opens on a lead (``本报讯…``) after
  a finished sentence or where the model opens an article (a paragraph the model opens
  without a lead may be a tail printed away from its article);
* the first lines of the run (not the model's banners, kickers or subtitles) share more character pairs with that body than with the text
  under the run (at least :data:`LEAST_SHARED` in all).

Those first lines become the body's title; the rest of the run (if any) opens the next
article as its headline.

The other passes here read heading lines between texts from their form and place: a heading over an
item's opening (:func:`heads_over_openings`), one before a blank line (:func:`titles_before_blanks`),
and a heading run under a jump mark (:func:`heads_under_jumps`: ``…情况。（下转第`` / ``2版）`` /
``乡村振兴`` / ``一片白茶叶　富了白族乡`` / ``撰稿：…``), which opens the next article.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from corpus_tools.layout.bylines import lead_byline
from corpus_tools.layout.continuity import reads_on
from corpus_tools.layout.inlinejumps import INLINE_JUMP_RE, closes_on_jump, jump_cut
from corpus_tools.layout.lineroles import HEADLINE_ROLES, blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.spacing import parts_articles_by_blanks
from corpus_tools.layout.patterns import (BYLINE_INNER, BYLINE_TAIL_RE, CLAUSE_PUNCT, ENUM_RE, FINAL_PUNCT, HEAD_DASHES,
                                          JUMP_LINE_RE, cjk_bigrams, ends_sentence, heading_form, is_byline,
                                          is_folio_line, is_lead, opens_item, text_width)

#: Most lines of a heading run after a closed body.
MAX_RUN = 4
#: Longest heading line, in characters.
MAX_WIDTH = 20
#: Least character pairs the moved lines share with the body above them.
LEAST_SHARED = 2
#: A heading line after a body signed in its lead is narrower than this share of the body's column.
FULL_LINE_SHARE = 0.9
#: Least width of a lead line that fills the column, for :func:`_signed_off`.
_LEAD_WIDTH = 10
#: Most lines of the text read under the run when comparing words.
BELOW_LINES = 30
#: A bracketed byline on a line of its own (``（张　伟）``, ``（王　磊 摄）``).
_OWN_BRACKET_RE = re.compile(r"^[(（]\s*" + BYLINE_INNER + r"(?:\s*摄)?\s*[)）]$")
#: What the line model reads under a heading run for the run to stand over a body: its text, or
#: the subtitle or byline of the next article's headline group.
_UNDER_RUN = ("para", "cont", "subtitle", "byline")
def closes_body(lines: list[Line], i: int) -> bool:
    """True if line ``i`` ends a body with a bracketed byline (the bracket may start on the line before)."""
    t = lines[i].text.strip()
    if not t.endswith(("）", ")")):
        return False
    if _OWN_BRACKET_RE.match(t):
        return True
    joined = (lines[i - 1].text.strip() if i > 0 else "") + t
    return bool(BYLINE_TAIL_RE.search(joined))


#: Widest last line of a list item, as a share of the lead line under it (a list line ends short).
LIST_LINE_SHARE = 0.8


def _signed_off(lines: list[Line], tags: list[str], k: int) -> bool:
    """Whether line ``k - 1`` ends the item above the lead on line ``k``: a finished sentence, a byline or
    source line (``（区招商投资促进局供稿）``), a date on
    a line of its own signing a notice off (``2024年9月29日``), or a short line of a list
    (``蒙国华（苗族）　伟江乡中洞村村民``, read as body text, no byline) above a lead line that fills the column."""
    text = lines[k - 1].text
    return (ends_sentence(text) or is_folio_line(text) or tags[k - 1].removeprefix("B-") == "byline"
            or (tags[k - 1] in ("para", "cont") and not is_byline(text)
                and lines[k - 1].width < LIST_LINE_SHARE * lines[k].width and lines[k].width >= _LEAD_WIDTH))


def _body_start(lines: list[Line], tags: list[str], i: int, given: set[int]) -> int | None:
    """First line of the headless body closed right before line ``i``, or None if it has a headline
    (in the tags, or a heading line right above it that was not ``given`` back to the body above it)."""
    k = i - 1
    while k > 0 and not tags[k].startswith("B-") and not (is_lead(lines[k].text) and _signed_off(lines, tags, k)):
        k -= 1
    if tags[k].removeprefix("B-") not in ("para", "cont") or not is_lead(lines[k].text):
        return None
    if (k > 0 and k - 1 not in given and heading_form(lines[k - 1].text, longest=MAX_WIDTH, strict=True)
            and not _closes_above(tags, k)):
        return None
    if any(t.removeprefix("B-") in HEADLINE_ROLES for t in tags[k:i]):
        return None
    return k


def _closes_above(tags: list[str], k: int) -> bool:
    """Whether the heading lines right above line ``k`` are tagged as the close of the article above
    (head tags with no ``B-``, under text of that article): its headline, printed after its body."""
    m = k - 1
    while m >= 0 and tags[m].removeprefix("B-") in HEADLINE_ROLES:
        if tags[m].startswith("B-"):
            return False
        m -= 1
    return m < k - 1 and m >= 0 and tags[m].removeprefix("B-") in ("para", "cont", "byline")


def _column(lines: Sequence[Line]) -> float:
    """The most common width of some lines of a body (the widest of the most common)."""
    counts = Counter(round(ln.width) for ln in lines)
    top = max(counts.values())
    return float(max(w for w, c in counts.items() if c == top))


def _ends_signed_lead(lines: list[Line], tags: list[str], i: int, given: set[int]) -> bool:
    """True if line ``i - 1`` finishes a sentence of a headless body whose lead carries its byline in
    brackets (``本报讯（记者 程　亮）…``): the body is signed at its start, so it closes at a finished
    sentence as another closes with its bracketed byline (the brackets may run on to the lead's second line)."""
    if (i < 2 or not ends_sentence(lines[i - 1].text) or tags[i - 1].removeprefix("B-") not in ("para", "cont")
            or tags[i].startswith("B-")):
        return False  # (a line the model opens an article on heads the text below)
    k = _body_start(lines, tags, i, given)
    if k is None or lines[i].width >= FULL_LINE_SHARE * _column(lines[k:i]) and not _opens_item(lines, i + 1):
        return False  # (a line as wide as the body's is a line of text without punctuation, unless an item opens under it)
    h = k - 1
    while h > 0 and tags[h].removeprefix("B-") == "caption":
        h -= 1
    if (h >= 0 and tags[h].removeprefix("B-") in HEADLINE_ROLES
            and heading_form(lines[h].text, longest=MAX_WIDTH, strict=True)):
        return False  # (the body has its headline above it, a caption between: the run is a subhead)
    return bool(lead_byline("".join(ln.text.strip() for ln in lines[k:min(k + 2, i)])))


def _opens_item(lines: list[Line], j: int) -> bool:
    """Whether line ``j`` opens an item (:func:`~corpus_tools.layout.patterns.opens_item`). A line
    as wide as the column over it, with no punctuation, under a finished sentence, is a heading in a
    narrow column, not a line of text (text runs on into the line under it)."""
    return j < len(lines) and opens_item(lines[j].text)


def _below(lines: list[Line], tags: list[str], j: int) -> str:
    """Text of the body lines from ``j`` up to the next heading or byline line."""
    out = []
    for k in range(j, min(len(lines), j + BELOW_LINES)):
        if k > j and (tags[k].startswith("B-") or heading_form(lines[k].text, longest=MAX_WIDTH, strict=True)):
            break
        out.append(lines[k].text)
        if closes_body(lines, k):
            break
    return "".join(out)


def titles_after_closed_bodies(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    """Line-model tags with headlines printed after their bodies given back to them (see the module docstring).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("本报讯 毛家峪村举办山楂采摘节。（通讯员 孙佳琪）\\n毛家峪村\\n山楂红了\\n"
    ...        "本报讯 府君里社区建成便民菜站。\\n")
    >>> titles_after_closed_bodies(read_lines(raw), ["B-para", "B-title", "title", "para"])
    ['B-para', 'title', 'title', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    given: set[int] = set()
    i = 1
    while i < len(lines):
        if (not heading_form(lines[i].text, longest=MAX_WIDTH, strict=True)
                or not (closes_body(lines, i - 1) or _ends_signed_lead(lines, out, i, given))):
            i += 1
            continue
        j = i
        while j < len(lines) and j - i < MAX_RUN and heading_form(lines[j].text, longest=MAX_WIDTH, strict=True):
            j += 1
        k = _body_start(lines, out, i, given)
        # (the run stands over a body, or at the page's foot over nothing but page furniture)
        foot = all(t in ("credit", "banner") for t in out[j:])
        if k is None or not foot and out[j].removeprefix("B-") not in _UNDER_RUN:
            i = j
            continue
        above = cjk_bigrams("".join(ln.text for ln in lines[k:i]))
        below = cjk_bigrams(_below(lines, out, j))
        cut, shared, named_below = i, 0, False
        for m in range(i, j):
            g = cjk_bigrams(lines[m].text)
            up, down = len(g & above), len(g & below)
            if down > up or out[m].removeprefix("B-") in ("kicker", "subtitle", "banner"):
                named_below = down > up
                break
            if up > down:
                cut, shared = m + 1, shared + up
            elif up == down == 0 and cut == m > i and m + 1 < j and gap[m + 1] and not gap[m]:
                cut = m + 1  # (a last title line sharing no words, parted by a blank line from the next headline)
        if foot and cut == i and j == i + 1 and not named_below and closes_body(lines, i - 1):
            cut, shared = j, LEAST_SHARED  # (at the page's foot, under a closing byline, one line has no other body)
        # (a title group of the model's is not split, the lines of one title staying together,
        # unless the line it would part shares more words with the text below than above)
        if cut == i or shared < LEAST_SHARED or (cut < j and out[cut] == "title" and not named_below):
            i = j
            continue
        if not out[k].startswith("B-"):
            out[k] = "B-para"
        out[i:cut] = ["title"] * (cut - i)
        given.update(range(i, cut))
        if cut < j:
            out[cut:j] = ["title" if t in ("para", "cont") else t for t in out[cut:j]]
            first = next((m for m in range(cut, j) if out[m].removeprefix("B-") in HEADLINE_ROLES), None)
            if first is not None and not out[first].startswith("B-"):
                out[first] = "B-" + out[first]
        elif not foot and not out[j].startswith("B-"):
            out[j] = "B-" + out[j]
        i = j
    return out



def heads_over_openings(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    """A heading-like line (no punctuation, no lead, byline or credit) that the line model reads as text,
    between a finished sentence and a line opening an item (a lead or a dated opening,
    :func:`_opens_item`), is a headline: text runs on into the line under it, a heading does not.
    It opens the article under it; :mod:`~corpus_tools.layout.headshift` gives it to the body above
    when it names that one. Returns the new tags.

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for headings between a finished sentence and an item's opening: the page's lines (:func:`~corpus_tools.layout.lines.read_lines`;
        None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with ``B-title`` on each such heading, ``para`` under it; *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "群众满意率达到99%以上。\\n沙窝镇红色代办跑出为民加速度\\n10月13日，东明县举行运动会。\\n"
    >>> heads_over_openings(read_lines(raw), ["B-para", "para", "cont"])
    ['B-para', 'B-title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines) - 1):
        t = lines[i].text.strip()
        if (out[i] in ("para", "cont") and out[i - 1].removeprefix("B-") in ("para", "cont", "byline")
                and heading_form(t, shortest=4, longest=MAX_WIDTH, strict=True)
                and not any(ch in FINAL_PUNCT + CLAUSE_PUNCT for ch in t)
                and (ends_sentence(lines[i - 1].text) or out[i - 1] == "byline") and _opens_item(lines, i + 1)):
            out[i] = "B-title"
            if out[i + 1] == "cont":
                out[i + 1] = "para"
    return out


#: Most lines (a byline, a caption cut in two) between a headline printed after its body and the blank
#: line that closes the article.
TAIL_LINES = 3


def titles_before_blanks(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    """On a page that parts its articles by blank lines (and not every line: no double spacing), a
    heading-form line (:func:`~corpus_tools.layout.patterns.heading_form`, strict, no last ？ or ！) right under a
    finished sentence, followed by a blank line (the text under it not reading on from the line,
    :func:`~corpus_tools.layout.continuity.reads_on`; not alone at the page's foot), or by at most :data:`TAIL_LINES` byline or caption lines and
    then a blank line, is the headline of the body above it, printed after it (``…已达90%。`` /
    ``秸秆变成“金疙瘩”`` / blank, ``…见到实效。`` / ``毛家店镇扎实推进…`` / ``文/图　本报记者　X`` / blank):
    tagged ``title``, the lines under it keep their tags as that article's (a byline, never read as
    the next article's text), and the first line after the blank opens the next article. The body
    above must have no headline over it. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("　　全镇秸秆综合利用率已达90%。\\n秸秆变成“金疙瘩”\\n\\n　　连日来，后窑镇的田野里\\n十余台收获机来回穿梭。\\n"
    ...        "后窑镇玉米颗粒归仓\\n本报记者　孟凡琪\\n\\n　　10日，县委书记到后窑镇调研。\\n")
    >>> titles_before_blanks(read_lines(raw), ["B-para", "cont", "para", "cont", "cont", "byline", "cont"])
    ['B-para', 'title', 'B-para', 'cont', 'title', 'byline', 'B-cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines) + [1]
    if not parts_articles_by_blanks(gap[:len(lines)]):
        return list(tags)  # (no blank lines, or a page spaced line by line)
    out = list(tags)
    for i in range(1, len(lines)):
        if gap[i] or out[i].removeprefix("B-") not in ("para", "cont", "kicker", "title"):
            continue
        if not ends_sentence(lines[i - 1].text) and not BYLINE_TAIL_RE.search(lines[i - 1].text):
            continue
        if not heading_form(lines[i].text, longest=MAX_WIDTH + 10, strict=True) or lines[i].text.strip()[-1] in "？！?!":
            continue  # (a paragraph's last sentence ``…的呢？`` may stand alone on its line)
        end = next((k for k in range(i + 1, min(i + 2 + TAIL_LINES, len(lines) + 1)) if gap[k]), None)
        if end is None or end > len(lines) or end == len(lines) == i + 1:
            continue  # (at the page's foot a line alone may be a text cut by the page; not one with a byline under it)
        if end < len(lines) and reads_on(lines[i].text, lines[end].text):
            continue  # (the text below the blank line goes on from the line: a paragraph cut by the column)
        tail = range(i + 1, end)
        if any(not (is_byline(lines[k].text) or out[k].removeprefix("B-") in ("byline", "caption")) for k in tail):
            continue
        first = next((k for k in range(i - 1, -1, -1) if gap[k]), 0)
        if any(out[k].removeprefix("B-") in HEADLINE_ROLES for k in range(first, i)):
            continue  # (a headline over this body already: the line is no headline printed after it)
        out[i] = "title"
        for k in tail:
            if out[k].removeprefix("B-") not in ("byline", "caption"):
                out[k] = "byline"
            else:
                out[k] = out[k].removeprefix("B-")
        if end < len(lines) and not out[end].startswith("B-") and out[end] != "banner":
            out[end] = "B-" + out[end]
    return out


def _jump_closes(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` ends a jump mark (``（下转第2版）``): on a line of its own, after a paragraph's
    last sentence, or cut by the column (``…创建情况。（下转第`` / ``2版）``)."""
    text = lines[i].text.strip()
    mark = INLINE_JUMP_RE.search(text)
    if JUMP_LINE_RE.match(text) or closes_on_jump(text) or mark is not None and mark.start() > 0:
        return True  # (a mark at a line's end after unfinished text ends it too: ``…作了发言（下转第2版）``)
    if i == 0:
        return False
    above = lines[i - 1].text.strip()
    cut = jump_cut(above + text)
    return cut is not None and cut < len(above)


#: How much narrower than the column (characters) the last heading line under a jump mark is, on a page
#: indenting no paragraph, when the text under it opens no paragraph by its indent.
SHORT_OF_COLUMN = 4


def heads_under_jumps(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    """The heading run printed right under a jump mark, read by the line model as text, opens the next article.

    A jump mark (:func:`_jump_closes`) says the text above goes on on another page: nothing
    printed under it is more of that text. A run of one to :data:`MAX_RUN` heading lines under it
    (:func:`~corpus_tools.layout.patterns.heading_form`, strict, at most :data:`MAX_WIDTH` characters;
    a plain column name, a two-line title) tagged as text, with a byline or a paragraph under the run
    (its opening indented, or after a blank line), is that article's headline group: tagged
    ``B-title`` / ``title`` (the headline grammar then reads the column name and the title's lines),
    and the line under it goes on in that article. Returns the new tags.

    Parameters
    ----------
    raw_lines, tags : list
        The page's lines (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line) and
        one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with each such run opening an article; *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("全年任务如期完成。（下转第\\n2版）\\n产业振兴\\n一片茶叶富了一个村\\n撰稿：李　明\\n"
    ...        "初夏时节，茶农们忙着修剪茶树。\\n")
    >>> heads_under_jumps(read_lines(raw), ["para", "cont", "para", "para", "byline", "para"])
    ['para', 'cont', 'B-kicker', 'title', 'byline', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines) + [1]
    out = list(tags)
    flush = not any(ln.opens for ln in lines)  # (a page indenting no paragraph: an opening shows no indent)
    widths = sorted(text_width(ln.text.strip()) for ln in lines)
    column = widths[int(0.9 * (len(widths) - 1))] if widths else 0
    for i in range(len(lines) - 2):
        if not _jump_closes(lines, i):
            continue
        j = i + 1
        while (j < len(lines) and j - i <= MAX_RUN and (j == i + 1 or not gap[j])
               and heading_form(lines[j].text, longest=MAX_WIDTH, strict=True)):
            j += 1
        if j == i + 1 or j - i > MAX_RUN or j >= len(lines):
            continue
        if not any(out[k].removeprefix("B-") in ("para", "cont") for k in range(i + 1, j)):
            continue  # (the model reads the run as headings already)
        under = out[j].removeprefix("B-")
        dashed = lines[j].text.strip().startswith(HEAD_DASHES)  # (the title's ``——`` subtitle)
        short = text_width(lines[j - 1].text.strip()) <= column - SHORT_OF_COLUMN
        if not (under == "byline" or is_byline(lines[j].text) or dashed
                or under in ("para", "cont") and (lines[j].opens or gap[j] or ENUM_RE.match(lines[j].text.strip())
                                                  or flush and short)):
            # (a numbered point under the run opens a list: ``1.景白公路改建工程：…``; on a page indenting no
            # paragraph, a run whose last line stops short of the column is no text wrapped into the line under it)
            continue
        out[i + 1:j] = ["B-title"] + ["title"] * (j - i - 2)
        if j - i > 2 and not reads_on(lines[i + 1].text, lines[i + 2].text):
            out[i + 1] = "B-kicker"  # (a column name or lead-in over the title: the title does not read on from it)
        out[j] = "subtitle" if dashed else "byline" if under == "byline" or is_byline(lines[j].text) else "para"
    return out
