"""Short items closed by a signature among articles with byline lines (line-model tag corrections).

County papers print short items with no byline line under the title and the writer's name closing the
text, ``…确保按时完工。（邱玉兰）``, among articles that print a byline line under their title. Read by
the lines' form and position, not by their words:

* :func:`signature_lines` — a line that is only a bracketed name (``（邱玉兰）``), or such a name cut by
  the column (``（`` / ``谢春华）``), closes the article above: it is never a heading of the next one;
* :func:`items_over_indents` — on a page that indents its paragraphs and separates articles by blank lines, a
  heading-form line after a blank line, under a finished paragraph (or at the page's top under its banner
  lines), over an indented paragraph whose first line runs to the column's width, opens an article:
  it is that article's title, not a line of the article above, a kicker, a section name or the end of a body.

Both are called by ``assemble`` after the other corrections of the line model's tags.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus_tools.layout.lineroles import HEADLINE_ROLES
from corpus_tools.layout.lines import Line
from corpus_tools.layout.openings import titles_over_openings, usual_width
from corpus_tools.layout.patterns import BYLINE_LINE_RE, ENUM_RE, ends_sentence, heading_form

#: Line-model tags of body text.
BODY_TAGS = ("para", "cont")
#: A title is at least this many characters (a section name such as ``综合新闻`` is shorter).
TITLE_SHORTEST = 6
#: A paragraph's first line is "full" when, with its indent (two full-width spaces, :data:`INDENT_WIDTH`), it is at
#: most this much narrower (display width) than the page's usual line.
FULL_SLACK = 3.0
INDENT_WIDTH = 2.0


def _bare(tag: str) -> str:
    return tag.removeprefix("B-")


def signature_spans(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Line spans ``(first, last)`` holding only a bracketed name: one line ``（邱玉兰）`` or two, the name
    cut by the column (``（`` / ``谢春华）``, ``（谢`` / ``春华）``), the first line opening the bracket.

    Parameters
    ----------
    lines : sequence of Line
        The page's lines (no None).

    Returns
    -------
    list of tuple of (int, int)
        The first and last index (inclusive) of each signature, in page order.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> lines = [ln for ln in read_lines("完工。\\n（邱玉兰）\\n县委全会召开\\n（\\n谢春华）\\n") if ln]
    >>> signature_spans(lines)
    [(1, 1), (3, 4)]
    """
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        text = "".join(lines[i].text.split())
        if BYLINE_LINE_RE.match(text):
            out.append((i, i))
        elif (text[:1] in "（(" and len(text) <= 4 and i + 1 < len(lines)
              and BYLINE_LINE_RE.match(text + "".join(lines[i + 1].text.split()))):
            out.append((i, i + 1))
            i += 1
        i += 1
    return out


def signature_lines(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    r"""A bracketed name alone on its line (:func:`signature_spans`) read as a heading closes the text
    above it: it takes the body's tag (``cont``) or, under a byline or caption, ``byline``; a heading line
    right under it, read as the same headline's second line, opens the next article (``B-title``).

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for signatures read as headings: the page's lines
        (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with the signature's lines ``cont`` or ``byline``, a heading under it ``B-``; *tags* is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "县委全会召开\n　　会议强调，要确保按时完工。\n（邱玉兰）\n\n全县干部大会召开\n□记者 孙海燕\n"
    >>> signature_lines(read_lines(raw), ["B-title", "para", "B-title", "title", "byline"])
    ['B-title', 'para', 'cont', 'B-title', 'byline']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for first, last in signature_spans(lines):
        if first == 0 or not any(_bare(out[k]) in HEADLINE_ROLES for k in range(first, last + 1)):
            continue
        above = _bare(out[first - 1])
        for k in range(first, last + 1):
            out[k] = "cont" if above in BODY_TAGS else "byline"
        nxt = last + 1
        if nxt < len(out) and out[nxt] in HEADLINE_ROLES:
            out[nxt] = "B-" + out[nxt]
    return out


def items_over_indents(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    r"""A heading-form line (:func:`~corpus_tools.layout.lines.heading_over_indent`, at least
    :data:`TITLE_SHORTEST` characters, no enumeration) after a blank line, under a finished sentence
    or a bracketed name alone on its line (or at the page's top, only banner and credit lines above), over
    an indented paragraph whose first line runs to the page's usual width, is the title of the article
    that paragraph opens: ``B-title``, the indented line ``para``. Lines the model reads as a title already are left.

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for headings over indented paragraphs: the page's lines
        (:func:`~corpus_tools.layout.lines.read_lines`; None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with ``B-title`` on each such heading, ``para`` on the line under it; *tags* is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = ("天心镇举办农民技能培训班\n本报记者　钟文华\n　　天心镇卫生院为老人开展免费体\n检，建立健康档案"
    ...        "，深入果园指导生\n产。\n\n南坑村：小山村走出致富路\n　　走进天心镇南坑村，一排排新\n房错落有致。\n")
    >>> items_over_indents(read_lines(raw), ["B-title", "byline", "para", "cont", "cont", "para", "cont", "cont"])
    ['B-title', 'byline', 'para', 'cont', 'cont', 'B-title', 'para', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    signed = {k for first, last in signature_spans(lines) for k in range(first, last + 1)}
    usual = usual_width(lines)

    def place(lines: list[Line], out: list[str], gap: list[int], i: int) -> bool:
        if out[i] in ("B-title", "title") and _bare(out[i - 1] if i else "banner") not in BODY_TAGS + ("byline",):
            return False  # (a title where a title stands: the model's reading)
        if out[i] in ("B-title", "byline", "credit") or not gap[i]:
            return False
        text = lines[i].text.strip()
        if not heading_form(text, shortest=TITLE_SHORTEST) or ENUM_RE.match(text):
            return False
        if lines[i + 1].width + INDENT_WIDTH + FULL_SLACK < usual and not ends_sentence(lines[i + 1].text):
            return False  # (an indented short line: a centred headline line, not a paragraph's first)
        top = all(t in ("banner", "credit") for t in out[:i])
        if not top and out[i] == "banner":
            return False
        return top or ends_sentence(lines[i - 1].text) or i - 1 in signed

    return titles_over_openings(raw_lines, tags, place, roles=None)
