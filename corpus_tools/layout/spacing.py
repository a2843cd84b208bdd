"""Double-spaced extraction: a blank line after every printed line.

Some PDF-to-text tools (or a PDF set with a line spacing they read as paragraph spacing) print a
blank line after every line of the page, so every wrapped line of a paragraph looks like a paragraph
of its own and the blank lines no longer say where an item ends. :func:`single_spaced` reads such a
page as it was printed: one blank line less in every run of blank lines (a single blank line goes,
a double one, where the page had a real gap, stays as one).

The form is told by the lines, not by the blank lines alone: on a double-spaced page almost no two
lines stand next to each other, and many of the lines a blank line follows are cut inside a
sentence at about the column's width (a paragraph wrapped there), which a blank line never follows
on a page whose blank lines separate paragraphs (nor on one printing a paragraph a line, whose
headlines end no sentence either but are far narrower than its paragraphs).

:func:`parts_articles_by_blanks` is the other spacing test the passes share: whether the blank lines
left on a page (after :func:`single_spaced`) part its articles, not its lines.
"""

from __future__ import annotations

from typing import TypeVar

from corpus_tools.layout.patterns import ends_sentence, is_folio_line, text_width

T = TypeVar("T")

#: Fewest printed lines a page needs before its spacing is read.
MIN_LINES = 8
#: Largest share of adjacent line pairs (no blank line between) a double-spaced page may have.
MAX_ADJACENT = 0.1
#: Smallest share, among the lines a blank line follows, of lines cut inside a sentence.
MIN_CUT = 0.3
#: A line counts as cut when it ends no sentence and is at least this share of the column's width
#: (the width :data:`COLUMN_QUANTILE` of the page's lines reach; a headline or byline line is narrower) ...
CUT_SHARE = 0.8
COLUMN_QUANTILE = 0.9
#: ... which is this wide at least (characters).
CUT_CHARS = 8


def is_double_spaced(texts: list[str | None]) -> bool:
    """Whether a page's lines (None for a blank line) read as double-spaced extraction.

    Parameters
    ----------
    texts : list of (str or None)
        The page's lines in order, stripped; None for a blank line.

    Returns
    -------
    bool
        True when the page has at least :data:`MIN_LINES` lines, at most :data:`MAX_ADJACENT` of
        the pairs of consecutive lines have no blank line between them, and at least
        :data:`MIN_CUT` of the lines a blank line follows are cut inside a sentence at about the
        column's width (:data:`CUT_SHARE`).

    Examples
    --------
    >>> page = ["　　连日来，马营镇的田", None, "间地头到处是挖薯、装袋", None, "的村民。", None] * 3
    >>> is_double_spaced(page)
    True
    >>> is_double_spaced(["　　连日来，马营镇的田间", "地头到处是挖薯、装袋的", "村民。", None] * 4)
    False
    """
    if not isinstance(texts, list):
        raise TypeError(f"texts must be a list of str or None, got {type(texts).__name__}")
    idx = [i for i, t in enumerate(texts) if t is not None and t.strip()]
    if len(idx) < MIN_LINES:
        return False
    adjacent = sum(1 for a, b in zip(idx, idx[1:]) if b == a + 1)
    if adjacent > MAX_ADJACENT * (len(idx) - 1):
        return False
    # (the page's date or page line, often the widest line of a short page, is no column's width)
    widths = sorted(text_width(texts[i].strip()) for i in idx if not is_folio_line(texts[i])) or [0.0]
    column = widths[min(int(COLUMN_QUANTILE * len(widths)), len(widths) - 1)]
    if column < CUT_CHARS:
        return False
    before_blank = [texts[a].strip() for a, b in zip(idx, idx[1:]) if b > a + 1]
    cut = sum(1 for t in before_blank if text_width(t) >= CUT_SHARE * column and not ends_sentence(t))
    return cut >= MIN_CUT * max(len(before_blank), 1)


def single_spaced(lines: list[T | None]) -> list[T | None]:
    """The page's lines with one blank line less in every run of blank lines.

    Parameters
    ----------
    lines : list
        Lines in page order, None for a blank line (as :func:`~corpus_tools.layout.lines.read_lines`
        gives them, before this step).

    Returns
    -------
    list
        The same line objects in the same order; from every run of Nones one None is removed.

    Examples
    --------
    >>> single_spaced(["a", None, "b", None, None, "c", None])
    ['a', 'b', None, 'c']
    """
    out: list[T | None] = []
    for k, ln in enumerate(lines):
        if ln is None and (k + 1 >= len(lines) or lines[k + 1] is not None):
            continue  # (the last None of each run goes)
        out.append(ln)
    return out


def parts_articles_by_blanks(gaps: list[int]) -> bool:
    """Whether a page's blank lines part its articles: some line follows a blank line, and at most half
    of them do (a page whose lines are most of them parted by blank lines is spaced line by line, as
    :func:`is_double_spaced` reads a long page; this also holds for a short or paragraph-spaced one).

    Parameters
    ----------
    gaps : list of int
        Per non-blank line, the blank lines before it
        (:func:`~corpus_tools.layout.lineroles.blank_lines_before`); the first line's is not read.

    Returns
    -------
    bool

    Examples
    --------
    >>> parts_articles_by_blanks([0, 0, 0, 1, 0, 0]), parts_articles_by_blanks([0, 0, 0, 0])
    (True, False)
    >>> parts_articles_by_blanks([0, 1, 1, 0, 1])  # (most lines after a blank line)
    False
    """
    if not isinstance(gaps, list):
        raise TypeError(f"gaps must be a list of int, got {type(gaps).__name__}")
    after = sum(1 for g in gaps[1:] if g)
    return after > 0 and after * 2 <= len(gaps)
