"""A line's own marks against the headline role the line model gave it.

* :func:`carried_lines` — a line the next one continues is no headline. A PDF-to-text tool cuts a paragraph at the column, and the next line may open with the mark that ends
a clause (``今年1至8月，全镇茶叶产值达1.6亿元`` / ``，带动茶农户均增收1.2万元。``). No headline line
is continued by a clause or sentence mark, so the line over such a line is a text line, whatever the
line model made of it (it reads the short line after a caption inside a body as the next article's title).
* :func:`dash_subtitles` — a ``——`` line under a title, read as the title's second line, is its subtitle.
"""

from __future__ import annotations

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import is_subtitle_line

#: Marks a line opens with only when it carries on the line above (a clause or sentence mark).
CARRIED_MARKS = "，,、；;。"
#: Headline roles a carried-on line is not.
_HEAD = ("title", "kicker", "subtitle")
_BODY = ("para", "cont")


def _lines(raw_lines: list[Line | None], tags: list[str]) -> list[Line]:
    """The page's non-blank lines, one a tag (ValueError otherwise)."""
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} lines; one tag a non-blank line is allowed")
    return lines


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
    lines = _lines(raw_lines, tags)
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
    lines = _lines(raw_lines, tags)
    out = list(tags)
    for i in range(1, len(lines)):
        if out[i] == "title" and out[i - 1].removeprefix("B-") == "title" and is_subtitle_line(lines[i].text):
            out[i] = "subtitle"
    return out
