"""A column's name in black brackets over a headline: settled by its form, no dispute for the rules.

``【民生直通车】`` on its own line, read by the line model as a banner with a headline opening an article
right under it, is a column's name over that article. The rules' layout, which the arbiter may hand such a
stretch to, reads the bracketed line and the headline as the text of the article above (two columns then
become one article). :func:`settled_column_lines` names the lines whose reading is settled by their form.

The rules' own layout matches headings to bodies by their words, and a column's name often shares more words with
the text under it than the headline does (``【易地扶贫搬迁】`` over ``搬出大山　住进新寨`` and a text about a
搬迁 site): it took the column's name as the title and left the headline a banner, or joined the two into one
two-line title (``【驻村日记】阿西家的新房``). :func:`bracketed_banner_units` reads such a line as a banner before
the rules match anything: on the open invented pages (benchmarks/gold pages21-pages37o, pages38o's odd half) every
writer gives a bracketed line over a headline as the section of the article under it.
"""

from __future__ import annotations

from corpus_tools.layout.lines import Line
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE
from corpus_tools.layout.units import Unit

__all__ = ["settled_column_lines", "bracketed_banner_units"]


def settled_column_lines(raw_lines: list[Line | None], tags: list[str]) -> set[int]:
    """Indices (of non-blank lines) of each bracketed column name read as a banner right over a line that
    opens an article as its headline (``B-title``, ``B-kicker``), and of that line.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "　　老街变了。\\n\\n【民生直通车】\\n小铺子大人情\\n　　小区门口新开了一家修鞋铺。\\n"
    >>> sorted(settled_column_lines(read_lines(page), ["B-para", "banner", "B-title", "para"]))
    [1, 2]
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out: set[int] = set()
    for k in range(len(lines) - 1):
        if (tags[k] == "banner" and tags[k + 1] in ("B-title", "B-kicker")
                and BRACKETED_COLUMN_LINE_RE.match(lines[k].text.strip())):
            out |= {k, k + 1}
    return out


def bracketed_banner_units(units: list[Unit]) -> None:
    """Set ``kind = "banner"`` on each heading unit that is a column's name in black brackets on a line of its
    own right over another heading unit (in place): the rules never take it as a title or join it to the title.

    Parameters
    ----------
    units : list of Unit
        The rules' units of a stretch of the page, in page order; changed in place.

    Returns
    -------
    None

    Examples
    --------
    >>> us = [Unit("head", [(0, 6)], "【驻村日记】"), Unit("head", [(7, 13)], "阿西家的新房"),
    ...       Unit("body", [(14, 30)], "今天一早去村里走访。")]
    >>> bracketed_banner_units(us)
    >>> [u.kind for u in us]
    ['banner', 'head', 'body']
    >>> us = [Unit("head", [(0, 6)], "【驻村日记】"), Unit("body", [(7, 30)], "今天一早去村里走访。")]
    >>> bracketed_banner_units(us)
    >>> [u.kind for u in us]
    ['head', 'body']
    """
    for k in range(len(units) - 1):
        u, below = units[k], units[k + 1]
        if (u.kind == "head" and len(u.pieces) == 1 and below.kind == "head"
                and BRACKETED_COLUMN_LINE_RE.match(u.text.strip())):
            u.kind = "banner"
