"""A headline at the page's top over a byline line, read as the page's banner.

A page cut from its folio line opens on the first article's headline (``渌井镇全面落实河长制　流江河重现水清岸绿`` /
``本报记者　谯雪梅　通讯员　蒋伟`` / text). The line model reads a top line as the page's banner (a section name,
a folio); a two-clause headline then becomes the SECTION of every article on the page and the first article
loses its title. A banner never stands right over a reporter's byline: :func:`titles_over_bylines` gives such a
line back as the headline that opens the article.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.patterns import heading_form

__all__ = ["titles_over_bylines"]

#: A folio's or masthead's marks: a page number, a date, an issue number (a banner, whatever is under it).
_FOLIO_RE = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*[版期]|\d{4}\s*年|\d+\s*月\s*\d+\s*日|星期|版$")
#: Roles of a reporter's byline (a names-only line may be a banner's staff list).
_ROLES = ("记者", "通讯员", "实习生", "特约")


def _reporter_byline(text: str) -> bool:
    pairs = parse_byline(text.strip())
    return bool(pairs) and any(role.startswith(_ROLES) for role, _ in pairs)


def titles_over_bylines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Tags where a line read as a banner, in a headline's form, stands right over a reporter's byline (no
    blank line between) and that over the text: the line is the headline opening that article (``B-title``).
    Returns the new tags; *tags* (one per non-blank line of *raw_lines*) is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "东沟镇落实河长制　东沟河重现清流\\n本报记者　李明\\n　　5日，县级河长到东沟镇巡河。\\n"
    >>> titles_over_bylines(read_lines(page), ["banner", "byline", "para"])
    ['B-title', 'byline', 'para']
    >>> page = "营山报　2005年9月25日　第2版\\n本报记者　李明\\n　　5日，县级河长到东沟镇巡河。\\n"
    >>> titles_over_bylines(read_lines(page), ["banner", "byline", "para"])
    ['banner', 'byline', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gaps = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(len(lines) - 2):
        t = lines[i].text.strip()
        if out[i].removeprefix("B-") != "banner" or gaps[i + 1] or out[i + 1].removeprefix("B-") != "byline":
            continue
        if _FOLIO_RE.search(t) or not heading_form(t, shortest=6) or not _reporter_byline(lines[i + 1].text):
            continue
        if out[i + 2].removeprefix("B-") not in ("para", "cont"):
            continue
        out[i] = "B-title"
        out[i + 1] = "byline"
        if out[i + 2].startswith("B-"):
            out[i + 2] = out[i + 2][2:]
    return out
