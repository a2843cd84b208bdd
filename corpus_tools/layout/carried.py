"""A line's own marks against the headline role the line model gave it.

* :func:`carried_lines` — a line the next one continues is no headline. A PDF-to-text tool cuts a paragraph at the column, and the next line may open with the mark that ends
a clause (``今年1至8月，全镇茶叶产值达1.6亿元`` / ``，带动茶农户均增收1.2万元。``). No headline line
is continued by a clause or sentence mark, so the line over such a line is a text line, whatever the
line model made of it (it reads the short line after a caption inside a body as the next article's title).
* :func:`dash_subtitles` — a ``——`` line under a title, read as the title's second line, is its subtitle.
* :func:`sibling_subheads` — a short heading read as the title of an unsigned article whose text holds
  headings of its length read as text is the first of a body's subheads (``标准化种植提品质`` …
  ``精深加工延链条`` … ``品牌营销拓市场``).
"""

from __future__ import annotations

from corpus_tools.layout.lines import Line
from corpus_tools.layout.tagged import tagged_lines
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ends_sentence, heading_form, is_subtitle_line

#: Marks a line opens with only when it carries on the line above (a clause or sentence mark).
CARRIED_MARKS = "，,、；;。"
#: Headline roles a carried-on line is not.
_HEAD = ("title", "kicker", "subtitle")
_BODY = ("para", "cont")


def carried_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Tags with a headline line (title, kicker, subtitle) whose next line opens with a clause or
    sentence mark (:data:`CARRIED_MARKS`) read as the first line of a paragraph, and that next line as
    its continuation. The paragraph opens an article where the model opened one there, except after a
    caption printed inside a body (its article goes on under the caption). Returns the new tags.

    Parameters
    ----------
    raw_lines : list of Line or None
        The lines of one page (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line).
    tags : list of str
        One line-role tag per non-blank line.

    Returns
    -------
    list of str
        A new list of tags; *tags* is not changed.

    Raises
    ------
    ValueError
        If *tags* does not hold one tag per non-blank line.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "茶园2.3万亩。\\n图为茶农修剪茶树。（樊星　摄）\\n　　今年1至8月，产值达1.6亿元\\n，带动增收。\\n"
    >>> carried_lines(read_lines(raw), ["cont", "caption", "B-title", "para"])
    ['cont', 'caption', 'para', 'cont']
    >>> carried_lines(read_lines("县里召开会议\\n，部署工作。\\n"), ["B-title", "para"])
    ['B-para', 'cont']
    """
    lines = tagged_lines(raw_lines, tags)
    out = list(tags)
    for i in range(len(lines) - 1):
        if out[i].removeprefix("B-") not in _HEAD or not lines[i + 1].text.strip()[:1] in CARRIED_MARKS:
            continue
        in_body_caption = (i >= 2 and out[i - 1] == "caption" and out[i - 2].removeprefix("B-") in _BODY)
        out[i] = "para" if in_body_caption or not out[i].startswith("B-") else "B-para"
        if out[i + 1].startswith("B-") and out[i] == "para" and not in_body_caption:
            out[i] = "B-para"  # (the article the model opened on the next line opens here)
        out[i + 1] = "cont"
    return out


def dash_subtitles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Tags with a line that opens with a dash (:func:`~corpus_tools.layout.patterns.is_subtitle_line`)
    read as a title's next line (``title`` under a title) made the title's ``subtitle``: no title line opens
    with ``——``. Returns the new tags.

    Parameters
    ----------
    raw_lines : list of Line or None
        The lines of one page (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line).
    tags : list of str
        One line-role tag per non-blank line.

    Returns
    -------
    list of str
        A new list of tags; *tags* is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> dash_subtitles(read_lines("让老人安享晚年\\n——渣津镇互助养老见闻\\n"), ["B-title", "title"])
    ['B-title', 'subtitle']
    """
    lines = tagged_lines(raw_lines, tags)
    out = list(tags)
    for i in range(1, len(lines)):
        if out[i] == "title" and out[i - 1].removeprefix("B-") == "title" and is_subtitle_line(lines[i].text):
            out[i] = "subtitle"
    return out


#: Longest in-body subhead (characters), and the most its siblings' lengths may differ from it.
SUBHEAD_MAX, SIBLING_SLACK = 12, 2


def _runs_on(text: str) -> bool:
    """A text line that runs on to the next: a clause mark in it, no sentence end (not a signer or date)."""
    return any(ch in CARRIED_MARKS for ch in text) and not ends_sentence(text)


def sibling_subheads(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Tags with a short heading (at most :data:`SUBHEAD_MAX` characters) that the model reads as the title
    of a new article (``B-title`` over body lines, under a finished sentence of a titled article) made a body
    line of the article above when the text it opens has no byline of its own and holds at least one
    heading line of about its length (:data:`SIBLING_SLACK`) standing alone between a finished sentence
    and a text line running on (a clause mark, no sentence end; as under the heading itself), read as text: the parallel subheads
    of one long article (a column of short items, each a line or two, is left alone). Returns the new tags.

    Parameters
    ----------
    raw_lines : list of Line or None
        The lines of one page (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line).
    tags : list of str
        One line-role tag per non-blank line.

    Returns
    -------
    list of str
        A new list of tags; *tags* is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("一棵人参撑起一方产业\\n九月的长白山，林下参进入采收季。\\n标准化种植提品质\\n近年来，全县推广人参\\n标准化种植。\\n"
    ...        "精深加工延链条\\n在松江河镇的产业园，人参\\n饮品销往全国。\\n")
    >>> sibling_subheads(read_lines(raw), ["B-title", "para", "B-title", "para", "cont", "cont", "cont", "cont"])
    ['B-title', 'para', 'para', 'para', 'cont', 'cont', 'cont', 'cont']
    """
    lines = tagged_lines(raw_lines, tags)
    texts = [ln.text.strip() for ln in lines]
    out = list(tags)
    for i in range(1, len(lines) - 1):
        t = texts[i]
        if (out[i] != "B-title" or out[i + 1] not in _BODY or out[i - 1].removeprefix("B-") not in _BODY
                or not ends_sentence(texts[i - 1]) or not _runs_on(texts[i + 1]) or len(t) > SUBHEAD_MAX
                or not heading_form(t, shortest=4, strict=True)):
            continue
        first = next((k for k in range(i - 1, -1, -1) if out[k].startswith("B-")), None)
        if first is None or out[first] != "B-title":
            continue  # (the text above has no headline of its own)
        end = next((k for k in range(i + 1, len(out)) if out[k].startswith("B-") or out[k] == "banner"), len(out))
        if any(out[k] == "byline" for k in range(i, end)) or BYLINE_TAIL_RE.search(texts[end - 1]):
            continue  # (an article signed of its own)
        siblings = [k for k in range(i + 2, end - 1) if out[k] in _BODY and abs(len(texts[k]) - len(t)) <= SIBLING_SLACK
                    and ends_sentence(texts[k - 1]) and _runs_on(texts[k + 1])
                    and heading_form(texts[k], shortest=4, strict=True)]
        if siblings:
            out[i] = "para"
    return out
