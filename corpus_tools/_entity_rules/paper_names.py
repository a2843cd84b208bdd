"""Where a paper's printed name ends, and the issue date printed right after it: one source for the page's
furniture (:mod:`~corpus_tools._entity_rules.page_furniture`) and the papers named in the text and on the banner
(:mod:`~corpus_tools._entity_rules.mastheads`).

A county paper's name is a place's name or short form (the gazetteer's upper names: 扎赉特, 巫溪县) and a media
word (报, 日报, 新闻, …), or 今日 and a place (今日永新); an issue date may be glued to it (巫溪报2025年7月4日).
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools.layout.patterns import PAGE_NUMBER_RE, is_folio_line

__all__ = ["ISSUE_DATE_RE", "MAX_OWNER", "page_line_field", "paper_name_end"]

#: The issue date a banner or page line gives right after the paper's name (宽甸报2024年4月3日).
ISSUE_DATE_RE = re.compile(r"[ \u3000]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
#: Longest owner written before the media word (a county name with its suffix: 长阳土家族自治县).
MAX_OWNER = 8
_TODAY_RE = re.compile(r"今日([\u4e00-\u9fff]{2,4})")
#: a page number standing as a field of its own anywhere on a page line (综合新闻　第2版　沧源报)
_PAGE_FIELD_RE = re.compile(r"(?:^|(?<=[ \u3000]))第[\d一二三四五六七八九十]{1,3}版(?=[ \u3000·]|$)")


def paper_name_end(line: str, s: int, words: "tuple[str, ...]") -> int:
    """End of a paper's name that starts at *s* in *line*: a place of the gazetteer (up to :data:`MAX_OWNER`
    characters, the longest first) and the first of *words* (media words, tried in the order given) after it,
    or 今日 + a place; 0 when none starts there.

    Parameters
    ----------
    line : str
        A banner or page line.
    s : int
        Where the name would start.
    words : tuple of str
        Media words that close a paper's name, in the order they are tried (longest first where one holds another).

    Returns
    -------
    int
        The name's end offset in *line*, or 0.

    Examples
    --------
    >>> paper_name_end("巫溪报2025年7月4日", 0, ("日报", "报"))
    3
    >>> paper_name_end("今日永新　第3版", 0, ("报",)), paper_name_end("综合新闻", 0, ("新闻",))
    (4, 0)
    """
    upper = gz.upper_names()
    m = _TODAY_RE.match(line, s)
    if m and m.group(1) in upper:
        return m.end()
    for n in range(MAX_OWNER, 1, -1):
        if line[s:s + n] not in upper:
            continue
        word = next((w for w in words if line.startswith(w, s + n)), None)
        if word:
            return s + n + len(word)
    return 0


def page_line_field(line: str, words: "tuple[str, ...]") -> "tuple[int, int] | None":
    """Span of the paper's name printed as a field of its own (between spaces, perhaps with the issue date glued
    after it) on a date or page line: a line :func:`~corpus_tools.layout.patterns.is_folio_line` reads as one, a
    line that opens with the page number (第01版　蓬溪报　要闻) or holds it as a field of its own (综合新闻　　第2版　　沧源报).

    Parameters
    ----------
    line : str
        A line of a page or of a text.
    words : tuple of str
        Media words that close a paper's name (:func:`paper_name_end`).

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the first field that is a paper's name, None when the line is no page line or has none.

    Examples
    --------
    >>> page_line_field("综合新闻　　第2版　　沧源报", ("新闻", "报"))
    (11, 14)
    >>> page_line_field("第3版　综合　巫溪报2025年7月4日　星期五", ("新闻", "报"))
    (7, 10)
    >>> page_line_field("本报讯 沧源报记者 第2版", ("新闻", "报")) is None
    True
    """
    if not (is_folio_line(line) or PAGE_NUMBER_RE.match(line) or _PAGE_FIELD_RE.search(line)):
        return None
    for f in re.finditer(r"[^ \u3000]+", line):
        e = paper_name_end(line, f.start(), words)
        if e and (e == f.end() or ISSUE_DATE_RE.match(line, e)):
            return f.start(), e
    return None
