"""A list printed as an item of its own after an article: a heading (``全县重点项目进展一览``), perhaps a dated
note (``（截至11月15日）``), numbered or tabulated rows, closed by the supplying unit's credit
(``（县发展和改革局供稿）``).

The line model reads such a heading after a finished article as a line of that article (or as a headline
trailing it), and the rows run on in the article's body. Three blind writers print the form (pages21 twice,
pages22, pages26o); their truths make it an article: the heading its title, the rows its body, the unit its
byline. :func:`headed_lists` corrects the tags.
"""

from __future__ import annotations

import re

from corpus_tools.layout.bylines import UNIT_CREDIT_RE, lead_byline, parse_byline
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ENUM_RE, ends_sentence, heading_form, is_lead

#: A dated note under a list's heading: ``（截至11月15日）``, ``（4月16日）``.
DATE_NOTE_RE = re.compile(r"^[(（]\s*(?:截至|截止)?[^()（）]{0,12}[月日年][^()（）]{0,6}[)）]$")
#: A table row: words, a wide space, then a figure (``特级（一芽一叶初展）　80—100元/斤``).
_ROW_RE = re.compile(r"^\S.*?[\u3000]+\S*\d")
#: Most lines from the heading to the unit's credit, and least rows.
MAX_LINES = 16
MIN_ROWS = 2


def _row(text: str) -> bool:
    t = text.strip()
    return not is_lead(t) and bool(ENUM_RE.match(t) or _ROW_RE.match(t))


def _closed_before(lines: list[Line], tags: list[str], h: int) -> bool:
    """Whether the text above line ``h`` is finished: a byline, page furniture, or a sentence's end of an
    article already signed (a byline line or a lead's bracketed byline since its headline: an unsigned
    article's subhead over a numbered list, closed by the article's own unit credit, is no list box)."""
    if h == 0:
        return True
    role = tags[h - 1].removeprefix("B-")
    if role in ("byline", "credit"):
        return True
    if role not in ("para", "cont") or not ends_sentence(lines[h - 1].text):
        return False
    for j in range(h - 1, -1, -1):
        r = tags[j].removeprefix("B-")
        if r == "byline" or r in ("para", "cont") and (lead_byline(lines[j].text) or BYLINE_TAIL_RE.search(lines[j].text)):
            return True
        if r in ("title", "kicker", "subtitle", "banner"):
            return False
    return True  # (the article's head is on another page or column)


def headed_lists(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Tags where a list item after a finished article (see the module docstring) opens an article: its
    heading (one or two lines without a sentence mark) the title, a dated note under it the subtitle, at
    least :data:`MIN_ROWS` numbered or tabulated rows and any text under them its body, the unit's credit
    that closes it within :data:`MAX_LINES` lines its byline. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("记者　汪　洋\\n鲜叶收购参考价\\n（4月16日）\\n特级　80—100元/斤\\n一级　60—80元/斤\\n"
    ...         "（县茶产业发展中心供稿）\\n")
    >>> headed_lists(read_lines(page), ["byline", "para", "cont", "cont", "cont", "byline"])
    ['byline', 'B-title', 'subtitle', 'para', 'para', 'byline']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    n = len(lines)
    h = 0
    while h < n:
        role = out[h].removeprefix("B-")
        text = lines[h].text.strip()
        if (role not in ("para", "cont", "title", "kicker") or not heading_form(text, strict=True)
                or _row(text) or not _closed_before(lines, out, h)):
            h += 1
            continue
        j = h + 1
        second = (j < n and heading_form(lines[j].text, strict=True) and not _row(lines[j].text)
                  and not DATE_NOTE_RE.match(lines[j].text.strip()) and out[j].removeprefix("B-") in ("title", "cont", "para"))
        j += second
        note = j < n and bool(DATE_NOTE_RE.match(lines[j].text.strip()))
        j += note
        c = next((k for k in range(j, min(n, h + MAX_LINES)) if UNIT_CREDIT_RE.match(lines[k].text.strip())), None)
        if (c is None or sum(_row(lines[k].text) for k in range(j, c)) < MIN_ROWS or not _row(lines[j].text)
                or any(out[k].removeprefix("B-") not in ("para", "cont", "title") for k in range(j, c))
                or not parse_byline(lines[c].text.strip())):
            h += 1
            continue
        out[h] = "B-title"
        if second:
            out[h + 1] = "title"
        if note:
            out[j - 1] = "subtitle"
        for k in range(j, c):  # (rows: each a paragraph, an enumerated row's wrapped line runs on)
            out[k] = "para" if k == j or _row(lines[k].text) or ends_sentence(lines[k - 1].text) else "cont"
        out[c] = "byline"
        h = c + 1
    return out
