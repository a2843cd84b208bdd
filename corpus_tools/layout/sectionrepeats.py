"""The page's section printed again over its first article: a banner, not the first headline's kicker.

Many papers print the page's name in the running head with the page number (``02　城建``, ``社区　4``,
``2005年6月10日　星期五　第3版　文化``) and again as a banner over the page's first article, often with a
mark (``■ 城建``)::

    02　城建
    船营报　2018年10月2日　星期二

    ■ 城建

    老路换新颜　出行更顺畅

The line model reads the repeated name as the first headline's kicker (the section of every article is
then lost). :func:`section_banner_tags` reads the page's own convention: a heading line near the page's
top, before any article text, whose words (marks and spaces left out) are the name the running head
gives the page is a banner. No section names are listed.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import heading_form, page_name

#: A running head of a page number and the page's name, either way round (``02　城建``, ``社区　4``).
_HEAD_RE = re.compile(r"^(?:第?\s*\d{1,2}\s*版?[ \u3000]+([\u4e00-\u9fff·]{2,8})|([\u4e00-\u9fff·]{2,8})[ \u3000]+第?\d{1,2}版?)$")
#: Lines of the page's top read for its running head.
TOP_LINES = 3
#: Lines of the page's top read for the repeated name.
REPEAT_LINES = 8
_MARKS_RE = re.compile(r"[\s■□●○◆◇▲△★☆▶►【】\[\]]")
_HEADS = ("kicker", "title")


def _name(text: str) -> str | None:
    t = text.strip()
    m = _HEAD_RE.match(t)
    if m:
        return m.group(1) or m.group(2)
    return page_name(t)


def section_banner_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with the page's name printed again over its first article made a banner (see the
    module's docstring); an article the model opened on it opens on the line under it. Returns the new
    tags; *tags* (one a non-blank line of *raw_lines*) is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "02　城建\\n\\n■ 城建\\n\\n老路换新颜　出行更顺畅\\n　　北京路改造工程完工。\\n"
    >>> section_banner_tags(read_lines(page), ["banner", "B-kicker", "title", "para"])
    ['banner', 'banner', 'B-title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    names = {_MARKS_RE.sub("", n) for ln, t in zip(lines[:TOP_LINES], tags) if t == "banner"
             for n in [_name(ln.text)] if n}
    out = list(tags)
    if not names:
        return out
    for k in range(min(REPEAT_LINES, len(lines) - 1)):
        role = out[k].removeprefix("B-")
        if role in ("banner", "credit"):
            continue
        if role not in _HEADS or _MARKS_RE.sub("", lines[k].text) not in names:
            break  # (only before the page's first article text)
        _to_banner(lines, out, k)
        break
    return out


def _to_banner(lines: list[Line], out: list[str], k: int) -> None:
    """Line ``k`` made a banner; the line under it takes the article's opening (and its title, when the model
    read the name as the title and the headline under it as text)."""
    role, nxt = out[k].removeprefix("B-"), out[k + 1]
    if role == "title" and nxt.removeprefix("B-") in ("para", "cont") and heading_form(lines[k + 1].text, strict=True):
        nxt = "title"
    if out[k].startswith("B-") and not nxt.startswith("B-") and nxt.removeprefix("B-") not in ("banner", "credit"):
        nxt = "B-" + nxt
    out[k + 1] = nxt
    out[k] = "banner"


def repeated_name_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with the page's name, printed again as a running head further down the page (after a
    blank line, over a headline), made a banner as :func:`section_banner_tags` makes it at the page's top.
    A name the running head gives the page is no headline wherever the page prints it again alone.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "第3版　城区·社区\\n\\n北路完工\\n　　北京路改造工程完工。\\n\\n城区·社区\\n南站挂牌\\n　　南站日前挂牌。\\n"
    >>> repeated_name_tags(read_lines(page), ["banner", "B-title", "para", "B-title", "para", "cont"])
    ['banner', 'B-title', 'para', 'banner', 'B-title', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    names = {_MARKS_RE.sub("", n) for ln, t in zip(lines[:TOP_LINES], tags) if t in ("banner", "credit")
             for n in [_name(ln.text)] if n}  # (a running head cut over two lines may be read as furniture)
    out = list(tags)
    if not names:
        return out
    gaps = blank_lines_before(raw_lines)
    texts = [k for k, t in enumerate(tags) if t.removeprefix("B-") in ("para", "cont")]
    for k in range(1, len(lines) - 1):
        if (out[k].removeprefix("B-") in _HEADS and gaps[k] and texts and texts[0] < k
                and _MARKS_RE.sub("", lines[k].text) in names and heading_form(lines[k + 1].text, strict=True)):
            _to_banner(lines, out, k)
    return out
