"""A column-flow tail the line model opened an article on.

When the last lines of an article are printed after an *earlier* article (column flow, see
:mod:`~corpus_tools.layout.flow`), the line-role model may open a new article on the tail's first line
and read the next headline as a line inside that article. A line that opens with punctuation that
only goes on a sentence (``、统一销售，…``, ``，确保…``, ``。”``) cannot open an article: it finishes a
sentence cut somewhere else. :func:`tail_openings` gives the article's opening back to the headline
under the tail and leaves the tail a paragraph of the article printed above, where the column-flow
repair can weigh where it reads on best.
"""

from __future__ import annotations

from corpus_tools.layout.lines import Line
from corpus_tools.layout.tagged import tagged_lines

#: Characters that go on a sentence and never open one.
CONTINUING = "、，。；：！？）」』”…,.;:!?)"
#: Lines of a tail searched for the headline under it.
TAIL_MAX = 8


def tail_openings(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with an article opened on a continuing line (:data:`CONTINUING`, no indent)
    opened instead on the headline printed under it. Returns new tags.

    *raw_lines* (None for a blank line) and *tags* (one a non-blank line, not changed) as
    :func:`~corpus_tools.layout.debris.debris_tags` takes them; ValueError if they do not match.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "园区年产蔬菜1200吨。\\n、统一销售，户均增收1.6万元。\\n西陶镇开展植树活动\\n　　3月12日，西陶镇植树。\\n"
    >>> tail_openings(read_lines(page), ["para", "B-para", "title", "para"])
    ['para', 'para', 'B-title', 'para']
    """
    lines = tagged_lines(raw_lines, tags)
    out = list(tags)
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if i == 0 or out[i] not in ("B-para", "B-cont") or not text or text[0] not in CONTINUING or ln.opens:
            continue
        for j in range(i + 1, min(i + 1 + TAIL_MAX, len(lines))):
            if out[j].startswith("B-"):
                break
            if out[j] == "title":
                out[i], out[j] = "para", "B-title"
                break
    return out
