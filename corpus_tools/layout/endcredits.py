"""A line of printed role words and names closing an article is its byline, not its last text line.

Some county papers close an article with its credits on a line of their own, without brackets
(``撰稿　陈昌华　摄影　李　涛``, ``撰稿　肖春燕``). The line model, which learned bylines in brackets or under
the title, may read such a line as the last line of the body. :func:`closing_credit_lines` reads it as the
article's byline when every name on it follows a printed role word
(:func:`~corpus_tools.layout.bylines.parse_byline`), the line above ends a sentence and the line below opens
something else (an article, a headline, page furniture) or the page ends.

Told by the line's form (role words before names, its place after a finished sentence), never by the names.
"""

from __future__ import annotations

from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import ends_sentence

#: Tags of a line that opens something else after an article's last line.
_AFTER = ("banner", "credit", "title", "kicker")


def closing_credit_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags where an unbracketed line of role words and names closing an article is a byline.
    Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "水库水更清了。\\n撰稿　陈昌华　摄影　李　涛\\n全县春茶开采\\n"
    >>> closing_credit_lines(read_lines(page), ["para", "cont", "B-title"])
    ['para', 'byline', 'B-title']
    >>> closing_credit_lines(read_lines("水库水更清了。\\n陈昌华　李　涛\\n"), ["para", "cont"])
    ['para', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out = list(tags)
    for i in range(1, len(lines)):
        text = lines[i].text.strip()
        if out[i] not in ("para", "cont") or text[:1] in "(（" or not ends_sentence(lines[i - 1].text.strip()):
            continue
        if i + 1 < len(lines) and not (out[i + 1].startswith("B-") or out[i + 1] in _AFTER):
            continue
        pairs = parse_byline(text)
        if pairs and all(role for role, _ in pairs):
            out[i] = "byline"
    return out
