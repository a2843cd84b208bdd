"""Heading lines the line model ran into the paragraph under them.

On pages without blank lines the line model sometimes reads a short headline printed between
two articles as the first line of the next paragraph (``…命题、新挑战。`` / ``做科技交流的倡导者实践者`` /
``2月14日，德国总统``, tagged ``para`` / ``cont``): the headline then sits inside a paragraph
unit, where :func:`~corpus_tools.layout.boundaries.headings_in_bodies` and
:func:`~corpus_tools.layout.boundaries.subheads_to_body` (which split an article at a heading
line when the text leaves the topic) never see it. :func:`paragraphs_under_heading_lines` opens a
new paragraph under such a line, so that it stands as a one-line unit and those passes judge it by
topic as they judge every heading line inside a body.
"""

from __future__ import annotations

from typing import Sequence

from corpus_tools.layout.continuity import continuity
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import (BYLINE_TAIL_RE, CLAUSE_PUNCT, FINAL_PUNCT, MAX_HEADING_WIDTH,
                                          ends_sentence, is_lead, text_width)

#: Least difference of display width between the heading line and the column around it: the lines of
#: a paragraph fill the column, a headline is narrower or wider than it.
WIDTH_DIFF = 1.5
#: Shortest heading line (characters).
MIN_CHARS = 4
#: Fewest lines near the heading line as wide as the column: the page is set in columns.
MIN_FILLED = 5


def _heading_form(text: str) -> bool:
    """A line a headline may be: no clause or sentence mark (a title may list with ``、``), no lead."""
    t = text.strip()
    return (len(t) >= MIN_CHARS and text_width(t) <= MAX_HEADING_WIDTH and not is_lead(t)
            and not any(ch in FINAL_PUNCT or (ch in CLAUSE_PUNCT and ch != "、") for ch in t))


def _column(lines: Sequence[Line], i: int, window: int = 4) -> float:
    """The column's width around line ``i``: the median width of the lines near it (``i`` left out)."""
    near = sorted(ln.width for k, ln in enumerate(lines[max(0, i - window):i + window + 1], max(0, i - window))
                  if k != i)
    return near[len(near) // 2] if near else lines[i].width


def _filled(lines: Sequence[Line], i: int, col: float, window: int = 4) -> int:
    """How many lines near line ``i`` are as wide as the column ``col`` (within one character)."""
    lo = max(0, i - window)
    return sum(1 for k, ln in enumerate(lines[lo:i + window + 1], lo) if k != i and abs(ln.width - col) < 1.0)


def paragraphs_under_heading_lines(raw_lines: Sequence[Line | None], tags: Sequence[str]) -> list[str]:
    """Open a paragraph under a heading-form line read as the start of a paragraph.

    A line tagged as body text (``para`` / ``cont``, no ``B-``), not indented, after a finished sentence or a
    byline, in heading form (:func:`_heading_form`), whose next line is tagged ``cont`` but does
    not read on from it (:func:`~corpus_tools.layout.continuity.continuity` below 0), the line itself
    narrower or wider than the column around it (:data:`WIDTH_DIFF`), on a page set in columns (the
    next line and at least :data:`MIN_FILLED` lines near it as wide as the column; a page printed a
    paragraph per line, or a notice's sign-off ``某某县人民政府`` / ``二〇〇六年四月十日``, is left alone):
    the next line is tagged ``para``, and the line itself ``para``.

    Parameters
    ----------
    raw_lines : sequence of Line or None
        The page's lines (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line).
    tags : sequence of str
        Per non-blank line, its tag (:data:`~corpus_tools.layout.lineroles.TAGS`).

    Returns
    -------
    list of str
        The new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("会议强调，要汇聚智力\\n资源，共同应对时代提\\n出的新命题和新挑战。\\n做科技交流的倡导者实践者\\n"
    ...        "近日，德国总统在慕尼\\n黑会见了国务委员兼外\\n长王毅，双方交换了意\\n见。\\n")
    >>> paragraphs_under_heading_lines(read_lines(raw), ["para", "cont", "cont", "para", "cont", "cont", "cont", "cont"])
    ['para', 'cont', 'cont', 'para', 'para', 'cont', 'cont', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines) - 1):
        if tags[i] not in ("para", "cont") or tags[i + 1] != "cont":
            continue
        prev, t, nxt = lines[i - 1].text.strip(), lines[i].text.strip(), lines[i + 1].text.strip()
        if lines[i].opens or not _heading_form(t) or not (ends_sentence(prev) or BYLINE_TAIL_RE.search(prev)):
            continue  # (an indented line opens a paragraph of text, not a headline)
        col = _column(lines, i)
        if abs(lines[i].width - col) < WIDTH_DIFF or continuity(t, nxt) >= 0:
            continue
        # the text is set in a column (its lines, the one under the heading among them, as wide as it),
        # not printed a paragraph per line, where widths say nothing
        if abs(lines[i + 1].width - col) >= 1.0 or _filled(lines, i, col) < MIN_FILLED:
            continue
        out[i], out[i + 1] = "para", "para"
    return out
