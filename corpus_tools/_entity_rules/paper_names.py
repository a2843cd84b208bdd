"""Where a paper's printed name ends, and the issue date printed right after it: one source for the page's
furniture (:mod:`~corpus_tools._entity_rules.page_furniture`) and the papers named in the text and on the banner
(:mod:`~corpus_tools._entity_rules.mastheads`).

A county paper's name is a place's name or short form (the gazetteer's upper names: 扎赉特, 巫溪县) and a media
word (报, 日报, 新闻, …), or 今日 and a place (今日永新); an issue date may be glued to it (巫溪报2025年7月4日).
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz

__all__ = ["ISSUE_DATE_RE", "MAX_OWNER", "paper_name_end"]

#: The issue date a banner or page line gives right after the paper's name (宽甸报2024年4月3日).
ISSUE_DATE_RE = re.compile(r"[ \u3000]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
#: Longest owner written before the media word (a county name with its suffix: 长阳土家族自治县).
MAX_OWNER = 8
_TODAY_RE = re.compile(r"今日([\u4e00-\u9fff]{2,4})")


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
