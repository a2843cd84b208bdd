"""A special page's name (专版, 专刊, 特刊): a banner over the page, not the first article's kicker.

A county paper gives a page over to one campaign and names it in a line under the page's slogan banner::

    践行“三严三实”　争做忠诚干净担当的好干部
    ——全旗“三严三实”专题教育专版
    旗委书记为全旗党员干部讲专题党课

or at its top (``脱贫攻坚专刊　　主编：…``). The name heads every article of the page (the writers give it as their
section), so :func:`edition_banners` (line-model tags) reads such a line, which the model takes for a kicker or a
title line, as a banner, and the heading line under it opens the first article. Told by the line's form (a heading
ending on the page kind's word, :data:`EDITION_RE`), never by the campaign's words; the heading lines right over
the name (the page's slogan, read as a title without text) are banners too.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import SENTENCE_MARKS, heading_form
from corpus_tools.layout.tagged import tagged_lines

#: A special page's name: up to 30 characters ending on 专版/专刊/特刊/专页/增刊 (a dash before it, an editor's
#: credit after a wide space allowed).
EDITION_RE = re.compile(r"^\s*(?:——|—|－－)?\s*[^\s，。；！？]{2,28}(?:专版|专刊|特刊|专页|增刊)(?:[\u3000 ]{2,}.*)?$")


def is_edition_name(text: str) -> bool:
    """Whether a line names a special page.

    Examples
    --------
    >>> is_edition_name("——全旗“三严三实”专题教育专版"), is_edition_name("脱贫攻坚专刊　　主编：隆晓峰")
    (True, True)
    >>> is_edition_name("县里出版了抗战胜利纪念特刊。")
    False
    """
    t = text.strip()
    head = re.split(r"[\u3000 ]{2,}", t)[0]
    return bool(EDITION_RE.match(t)) and not any(ch in SENTENCE_MARKS for ch in head)


def edition_banners(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each special page's name read as a kicker or title a banner, the heading line under
    it opening the article it was read as the kicker of. Returns the new tags (*tags* is not changed).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "——全县脱贫攻坚专版\\n书记为党员干部讲党课\\n本报记者 王磊\\n"
    >>> edition_banners(read_lines(page), ["B-kicker", "title", "byline"])
    ['banner', 'B-title', 'byline']
    """
    lines = tagged_lines(raw_lines, tags)
    out = list(tags)
    for i, ln in enumerate(lines):
        if out[i].removeprefix("B-") not in ("kicker", "title", "subtitle") or not is_edition_name(ln.text):
            continue
        out[i] = "banner"
        k = i - 1  # (the page's slogan lines over the name, read as a heading group with no text: banners too)
        while k >= 0 and out[k].removeprefix("B-") in ("kicker", "title") and heading_form(lines[k].text):
            out[k] = "banner"
            k -= 1
        if i + 1 < len(out) and out[i + 1] in ("kicker", "title"):
            out[i + 1] = "B-" + out[i + 1]
    return out
