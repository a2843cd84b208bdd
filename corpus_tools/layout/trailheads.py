"""A body after a closing byline and a headline printed after the body above opens an article.

On a page whose headlines follow their bodies, each article runs: body, its closing byline (``（记者 冶文斌）``),
its headline group. The line model may read the headline group as the article above's (``title`` without
``B-``) and then read the next body on as the same article, so that two or three articles become one with
their headlines inside. A body cannot go on after its closing byline and a headline printed after it:
:func:`bodies_after_trailing_heads` opens an article on the first paragraph line after such a group.

Told by the tags' order and the byline's form; :func:`heads_after_signed_bodies` also by the words a
headline shares with the text above it.
"""

from __future__ import annotations


from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BYLINE_LINE_RE, BYLINE_TAIL_RE, cjk_bigrams, heading_form, is_byline, is_lead
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE

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


#: Least share of a headline's character bigrams that the paragraph above it must repeat, and lines
#: under the headline compared, for :func:`heads_after_signed_bodies`.
ECHO_ABOVE = 0.5
_BELOW = 3
#: What may stand right above such a paragraph: the end of the item before it.
_CLOSED = ("byline", "credit", "banner", "caption")


def _share(head: set[str], text: str) -> float:
    return len(head & cjk_bigrams(text)) / len(head) if head else 0.0


def _signed(lines: list[Line], first: int, last: int) -> bool:
    """Whether the paragraph of lines ``first``..``last`` closes on its signature (``…不断。（古丽娜尔）``)."""
    text = "".join(ln.text.strip() for ln in lines[first:last + 1])
    return bool(BYLINE_TAIL_RE.search(text))


def _trailing(lines: list[Line], tags: list[str], h: int) -> bool:
    """Whether heading line ``h`` is one line printed right under a text closed by its signature and over
    text (``…三百多名居民参加。（谭晓梅）`` / ``望涪社区举办“邻里节”`` / ``江北街道…``): a headline printed after
    its item, as every item of a column of briefs may print it; the text under it is the next item's."""
    return (h > 0 and tags[h - 1].removeprefix("B-") in ("para", "cont")
            and bool(BYLINE_TAIL_RE.search(lines[h - 1].text.strip()))
            and heading_form(lines[h].text, strict=True))


def heads_after_signed_bodies(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A headline printed after its body on a page whose other headlines stand above theirs: a one-line
    heading right under a paragraph closed by its signature (``…“实”字托底。（记者　逄丽娟）``, or a
    bracketed byline line), or standing last on the page over its furniture only, whose words the
    paragraph repeats (:data:`ECHO_ABOVE` of its character bigrams, and more than the lines under it):
    the paragraph is an item of its own and the heading its headline (``县委中心组专题研讨“严以律己”``); the
    line under the heading opens the next item. A column's name over the paragraph (``【三严三实】``)
    is a banner. Told by the words a headline shares with its text, as a reader tells it. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "（记者 王明）\\n县农业局在定城镇举办冬季瓜菜培训班，专家授课。（王小妹）\\n县农业局举办冬季瓜菜培训班\\n▲游客观光。\\n"
    >>> heads_after_signed_bodies(read_lines(page), ["byline", "para", "title", "B-para"])
    ['byline', 'B-para', 'title', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    n = len(lines)
    for h in range(1, n):
        if not heading_form(lines[h].text, strict=True):
            continue
        if out[h].removeprefix("B-") not in ("title", "kicker") and not (
                out[h].removeprefix("B-") in ("para", "cont") and BYLINE_TAIL_RE.search(lines[h - 1].text.strip())):
            continue  # (the model may run the paragraph on into it after the signature)
        if h + 1 < n and out[h + 1] in ("title", "subtitle"):
            if not out[h].startswith("B-") or out[h + 1] == "subtitle":
                continue  # (a headline of two lines, or with its subtitle)
        last = h - 1
        byline = out[last] == "byline" and (BYLINE_LINE_RE.match(lines[last].text.strip())
                                             or lines[last].text.strip()[:1] in "(（" and is_byline(lines[last].text.strip()))
        if byline:
            last -= 1
        if last < 0 or out[last].removeprefix("B-") not in ("para", "cont"):
            continue
        first = last
        while first > 0 and out[first] == "cont":
            first -= 1
        if out[first].removeprefix("B-") != "para":
            continue
        foot = all(t in ("credit", "banner") for t in out[h + 1:])
        if not (byline or foot or _signed(lines, first, last)):
            continue
        above = first - 1
        # (a column's name in black brackets, read as a heading or as body text; a bare short line may be a headline)
        column = above >= 0 and bool(BRACKETED_COLUMN_LINE_RE.match(lines[above].text.strip())) and out[above] != "credit"
        if (above >= 0 and out[above].removeprefix("B-") in ("title", "subtitle", "kicker") and not column
                and not _trailing(lines, out, above)):
            continue  # (the paragraph's own headline stands above it, unless that one trails a signed text itself)
        head = cjk_bigrams(lines[h].text)
        text = "".join(ln.text for ln in lines[first:last + 1])
        if above >= 0 and not column and (out[above].removeprefix("B-") not in _CLOSED
                                          and not BYLINE_TAIL_RE.search(lines[above].text.strip())
                                          and not _trailing(lines, out, above)):
            continue  # (the paragraph may be the last of a longer text whose headline follows it)
        below = "".join(lines[j].text for j in range(h + 1, min(n, h + 1 + _BELOW)) if out[j] not in ("credit", "banner"))
        if (_share(head, text) < ECHO_ABOVE or _share(head, below) >= ECHO_ABOVE / 2
                or h + 1 < n and is_lead(lines[h + 1].text)):
            continue  # (a headline over a lead, or over a text on its subject: the text above may be its tail)
        if column:
            out[above] = "banner"
        out[first] = "B-para"
        out[h] = "title"
        if h + 1 < n and not out[h + 1].startswith("B-") and out[h + 1] not in ("credit", "banner"):
            out[h + 1] = "B-" + ("para" if out[h + 1] == "cont" else out[h + 1])
    return out
