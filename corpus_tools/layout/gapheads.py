"""Headline groups after a blank line on a page that prints its headlines above their bodies.

On a front page whose first article is printed kicker / headline / byline / body, the line model may
still read the next headline group (after a blank line, right over its ``本报讯`` lead or its
``■特约通讯员　X`` byline) as the headline of the body *above* it, printed after its article: every
title then moves one article up and two reports are glued into one (the user pages of the
thirty-first round, 2000–04 front pages). The page's own first article tells the convention: when
the article above a blank line was printed head first (a kicker or title over its first paragraph),
a headline group standing after that blank line and running on, with no blank line, into a byline or
a paragraph opens a new article (:func:`heads_after_gaps`). A short line of a headline's form over a
byline line, read by the model as the first line of a paragraph, is read as such a headline too.

A line-model tag pass (tags as in :data:`~corpus_tools.layout.lineroles.TAGS`), run by
:func:`~corpus_tools.layout.assemble.split_page` last, before the units are built.
"""

from __future__ import annotations

from corpus_tools.layout.dashgroups import ACTOR_OPENING_RE
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import PLACE_RE, ends_sentence, heading_form, is_byline, is_masthead_line, is_place_line

#: Roles of a headline group's lines.
_HEADS = frozenset({"kicker", "title", "subtitle"})
#: Longest line (characters) read as a headline when the model read it as a paragraph's first line.
MAX_HEAD = 24
#: Longest line (characters) read as a kicker when the model ran it into the body above its title.
MAX_KICKER = 10
#: Longest short kicker (characters) read over a title here (longer ones: :mod:`~corpus_tools.layout.kickerlines`).
SHORT_KICKER = 4
#: Fewest indented paragraph openings for a page to mark its paragraphs by indents, not blank lines.
MIN_INDENTS = 3


def _gaps(raw_lines: list[Line | None]) -> list[bool]:
    """For each non-blank line, whether it stands after a gap: a blank line, or, on a page that indents its
    paragraphs (:data:`MIN_INDENTS`), a flush line after a line that closes a sentence."""
    lines = [ln for ln in raw_lines if ln is not None]
    indenting = sum(ln.opens for ln in lines) >= MIN_INDENTS
    gap: list[bool] = []
    prev_blank = True
    for ln in raw_lines:
        if ln is None:
            prev_blank = True
            continue
        k = len(gap)
        closed = k > 0 and (ends_sentence(lines[k - 1].text) or lines[k - 1].text.rstrip().endswith(("）", ")", "”")))
        gap.append(prev_blank or (indenting and not ln.opens and closed))
        prev_blank = False
    return gap


def _role(tag: str) -> str:
    return tag[2:] if tag.startswith("B-") else tag


def _head_first_above(tags: list[str], k: int) -> bool:
    """Whether the article holding line ``k - 1`` starts with a headline group over its first paragraph."""
    s = k - 1
    while s > 0 and not tags[s].startswith("B-"):
        s -= 1
    if not tags[s].startswith("B-"):
        return False
    saw_head = False
    for t in tags[s:k]:
        r = _role(t)
        if r in _HEADS:
            saw_head = True
        elif r in ("para", "cont"):
            return saw_head and any(_role(x) in ("para", "cont") for x in tags[s:k])
    return False


def _short_kickers(lines: list[Line], out: list[str], gap: list[bool]) -> None:
    """A line of two to :data:`SHORT_KICKER` characters opening an article over a title line at least three
    characters longer (``文化某某`` / ``花灯会开幕``), the title running into its byline or paragraph, is the
    title's kicker, not the first half of a two-line title, which has its longer half first (in place); a
    place or an actor opening a title's first half (``某某镇`` / ``县委``) stays in the title. A line the model read
    as a banner is taken only on a page that parts its text by gaps, and only tight under the text above (a
    section banner stands apart); on a page printing no gap at all nothing tells a column name (``今日某县``,
    ``经济观察``) over a title from a kicker by position, and the model's banner stands."""
    n = len(out)
    parted = any(gap[1:])
    for k in range(n - 2):
        opens = out[k] == "B-title" or (out[k] == "banner" and parted and not gap[k])
        if not opens or out[k + 1] not in ("title", "B-title") or gap[k + 1]:
            continue
        a, b = "".join(lines[k].text.split()), "".join(lines[k + 1].text.split())
        if (2 <= len(a) <= SHORT_KICKER and len(b) >= len(a) + 3 and heading_form(a, strict=True)
                and heading_form(b, strict=True) and not is_masthead_line(a) and not gap[k + 2]
                and _role(out[k + 2]) in ("byline", "para") and not is_place_line(a) and not PLACE_RE.match(a)
                and not ACTOR_OPENING_RE.match(a)):
            out[k], out[k + 1] = "B-kicker", "title"


def _paras_under_heads(lines: list[Line], out: list[str], gap: list[bool]) -> None:
    """A paragraph opened right under its own headline group or byline belongs to that article (in place);
    the lead of a run-in item (printed on its heading's line) is left alone."""
    for k in range(1, len(out)):
        if (out[k] == "B-para" and not gap[k] and not lines[k].indent
                and _role(out[k - 1]) in ("title", "byline", "subtitle")):
            s = k - 1
            while s > 0 and _role(out[s]) in _HEADS | {"byline"} and not out[s].startswith("B-"):
                s -= 1
            heads = [x for x in range(s, k) if _role(out[x]) in _HEADS]
            if (out[s].startswith("B-") and _role(out[s]) in _HEADS and gap[s]
                    and all(heading_form(lines[x].text) for x in heads)):
                out[k] = "para"


def heads_after_gaps(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Open a new article at each headline group after a blank line that the line model gave to the
    article above, on a page whose article above prints its headline first (see the module docstring).

    Parameters
    ----------
    raw_lines : list of Line or None
        The page's lines, None for a blank line.
    tags : list of str
        One tag for each non-blank line.

    Returns
    -------
    list of str
        The new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "大会召开\\n记者 王明\\n日前，全县召开大会。\\n\\n小产业做成大文章\\n本报讯 记者李红报道：全镇增收。\\n"
    >>> heads_after_gaps(read_lines(page), ["B-title", "byline", "B-para", "title", "B-para"])
    ['B-title', 'byline', 'para', 'B-title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = _gaps(raw_lines)
    out = list(tags)
    n = len(out)
    _short_kickers(lines, out, gap)
    _paras_under_heads(lines, out, gap)
    for k in range(1, n):
        if not gap[k] or not _head_first_above(out, k):
            continue
        role = out[k]
        if (role in ("cont", "para") and k + 1 < n and out[k + 1] == "title" and not gap[k + 1]
                and len(lines[k].text.strip()) <= MAX_KICKER and heading_form(lines[k].text, strict=True)):
            out[k] = "B-kicker"  # (a kicker the model ran into the body above: ``文化某某`` / title)
            if k + 2 < n and out[k + 2] == "B-para":
                out[k + 2] = "para"
            continue
        if role in ("kicker", "title"):
            j = k
            while j + 1 < n and not gap[j + 1] and out[j + 1] in _HEADS:
                j += 1
            nxt = j + 1
            if nxt >= n or gap[nxt] or _role(out[nxt]) not in ("para", "byline", "cont"):
                continue
            out[k] = "B-" + role
            if out[nxt] == "B-para":
                out[nxt] = "para"
        elif (role == "para" and k + 2 < n and not gap[k + 1] and not gap[k + 2]
              and len(lines[k].text.strip()) <= MAX_HEAD and heading_form(lines[k].text, strict=True)
              and out[k + 1] in ("cont", "byline") and is_byline(lines[k + 1].text)
              and out[k + 2] in ("cont", "para", "B-para")):
            out[k], out[k + 1], out[k + 2] = "B-title", "byline", "para"
    _paras_under_heads(lines, out, gap)
    return out
