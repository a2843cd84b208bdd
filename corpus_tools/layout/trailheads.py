"""A body after a closing byline and a headline printed after the body above opens an article.

On a page whose headlines follow their bodies, each article runs: body, its closing byline (``（记者 冶文斌）``),
its headline group. The line model may read the headline group as the article above's (``title`` without
``B-``) and then read the next body on as the same article, so that two or three articles become one with
their headlines inside. A body cannot go on after its closing byline and a headline printed after it:
:func:`bodies_after_trailing_heads` opens an article on the first paragraph line after such a group.

Told by the tags' order and the byline's form, never by the words.
"""

from __future__ import annotations

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BYLINE_LINE_RE, is_byline

#: Roles of a headline group printed after its body.
_HEAD = ("title", "subtitle", "kicker")
#: Most lines of such a group.
_MAX_GROUP = 4


def bodies_after_trailing_heads(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags where a paragraph line after ``closing byline, headline group`` (the group's lines all
    without ``B-``: the model gave them to the article above) opens an article. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "安置点建成。\\n（记者 冶文斌）\\n从山上到川里\\n拉面走出去三十年。\\n（记者 冶文斌）\\n拉面馆里走出\\n"
    >>> bodies_after_trailing_heads(read_lines(page), ["B-para", "byline", "title", "para", "byline", "title"])
    ['B-para', 'byline', 'title', 'B-para', 'byline', 'title']

    On such a page (two bodies or more opened so), a one-line head over the first body, under the page's
    furniture only, is the section's banner:

    >>> page = "脱贫攻坚\\n誓师大会召开。\\n（记者 冶文斌）\\n立下军令状\\n安置点建成。\\n（通讯员 卓玛吉）\\n从山上到川里\\n拉面走出去。\\n"
    >>> bodies_after_trailing_heads(read_lines(page), ["B-title", "para", "byline", "title", "para", "byline",
    ...                                                "title", "para"])
    ['banner', 'B-para', 'byline', 'title', 'B-para', 'byline', 'title', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out = list(tags)
    opened = []
    for i in range(1, len(lines)):
        if out[i] != "para":
            continue
        k = i - 1
        while k >= 0 and out[k] in _HEAD and i - k <= _MAX_GROUP:
            k -= 1
        if k == i - 1 or k < 0 or out[k] != "byline" or out[k + 1] != "title":
            continue
        closing = lines[k].text.strip()
        if BYLINE_LINE_RE.match(closing) or (is_byline(closing) and closing[:1] in "(（"):
            out[i] = "B-para"
            opened.append(k)
    if len(opened) >= 2:  # (a page printing headlines after bodies: the one-line head over the first body,
        # under the page's furniture only, is its section's banner, the body's headline following its byline)
        first = next((j for j, t in enumerate(out) if t != "banner"), None)
        close = next((b for b in range((first or 0) + 1, len(out)) if out[b] == "byline"), None)
        if (first is not None and close is not None and out[first] == "B-title" and out[first + 1] == "para"
                and all(t in ("para", "cont") for t in out[first + 2:close])
                and close + 1 < len(out) and out[close + 1] == "title"):
            out[first], out[first + 1] = "banner", "B-para"
    return out
