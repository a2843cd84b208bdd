"""A column's name printed over a title, read as the title's first line.

A county paper prints its recurring column names (a kicker, ``引题``) right over a headline: ``乡村行`` /
``某村旧貌换新颜``. The line model reads the two heading lines as one title printed over two lines and glues
them (``乡村行某村旧貌换新颜``). The two are told apart by what the article is about, not by the column's
words: a title names its article, so it shares words (character bigrams) with the body under it, while a
column's name shares none; and a title's first line is not shorter than a column's name over a longer title
would be, unless the column's name is of a few characters over a title no shorter, told by the words alone
(:func:`column_kickers`). A title broken over two lines at its width shares words with the body in
its first line too, and is left whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import cjk_bigrams, heading_form

#: The longest column name read over a title.
KICKER_LONGEST = 8
#: How many times longer than the column's name the title under it is.
LONGER = 1.5
#: A line of at most this many characters over a title at least twice as long is a column's name whatever
#: words it shares (``基层党建`` over ``某镇夯实基层战斗堡垒``): no title is broken that early.
SHORT_KICKER = 5


def column_kickers(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    r"""A title of two or three lines (``B-title``, ``title``; no blank line between) whose first line is a short
    heading (at most :data:`KICKER_LONGEST` characters, the lines under it :data:`LONGER` times as long and no
    ``关于…`` document title) sharing no character
    bigram with the article's text under the title (bylines skipped), while the lines under it share one, or
    of at most :data:`SHORT_KICKER` characters over lines twice as long, is a kicker over the title:
    ``B-kicker``, ``title``. Returns the new tags.

    Parameters
    ----------
    raw_lines : sequence of (Line or None)
        The page's lines (None for a blank line).
    tags : list of str
        One line-role tag per non-blank line.

    Returns
    -------
    list of str

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "乡间漫步\n白马村旧貌换新颜\n　　走进白马村，房前屋后干净整洁。\n"
    >>> column_kickers(read_lines(raw), ["B-title", "title", "para"])
    ['B-kicker', 'title', 'para']
    >>> raw = "基层党建\n某镇夯实基层战斗堡垒\n　　全镇推进基层党建。\n"
    >>> column_kickers(read_lines(raw), ["B-title", "title", "para"])
    ['B-kicker', 'title', 'para']
    >>> raw = "让党旗在基层\n一线高高飘扬\n　　全县基层党组织建在一线。\n"
    >>> column_kickers(read_lines(raw), ["B-title", "title", "para"])
    ['B-title', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(tags) != len(lines):
        raise ValueError(f"tags must hold one tag per non-blank line ({len(lines)}), got {len(tags)}")
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(len(lines) - 2):
        if out[i] != "B-title" or out[i + 1] != "title" or gap[i + 1]:
            continue
        stop = i + 1  # (the title's lines under the first: one or two)
        while stop + 1 < len(lines) and out[stop + 1] == "title" and not gap[stop + 1]:
            stop += 1
        if stop > i + 2 or stop + 1 >= len(lines) or out[stop + 1] == "kicker":
            continue
        upper = lines[i].text.strip()
        lower = "".join(lines[k].text.strip() for k in range(i + 1, stop + 1))
        short = len(upper) <= SHORT_KICKER and len(lower) >= len(upper)  # (``百姓身边事`` / ``江边的早晨``: by words)
        if (not 2 <= len(upper) <= KICKER_LONGEST or len(lower) < LONGER * len(upper) and not short
                or lower.startswith("关于")
                or not heading_form(upper, strict=True) or not heading_form(lower, strict=True)):
            continue  # (``某县人民政府`` / ``关于…的通告``: a document's issuer and subject, one title)
        if len(upper) <= SHORT_KICKER and len(lower) >= 2 * len(upper):
            out[i] = "B-kicker"  # (a name of a few characters over a title twice as long)
            continue
        first = next((k for k in range(stop + 1, len(lines)) if out[k] not in ("byline", "subtitle", "credit")),
                     len(lines))
        end = next((k for k in range(first + 1, len(lines)) if out[k].startswith("B-")), len(lines))
        body = set().union(*(cjk_bigrams(lines[k].text) for k in range(first, end)
                             if out[k].removeprefix("B-") in ("para", "cont")))
        if body and not cjk_bigrams(upper) & body and cjk_bigrams(lower) & body:
            out[i] = "B-kicker"
    return out
