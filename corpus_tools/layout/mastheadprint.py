"""A masthead's small print at the page's head (``中共某市委机关报`` / ``国内统一刊号：CN64-0034　第886期``)
is page furniture, never an article.

Pages of the 2000s print the paper's name over the organ (机关报), the registration code and the issue number,
each on a line of its own; the line model may read the two lines of small print as a paragraph, which then
opens an untitled article on every such front page, and the paper's name over it becomes the section of
every article of the page (user34b, 青铜峡报 2000–2007: 13 front pages). :func:`masthead_print_units` gives
such a unit back to the furniture (a credit of no article); every printed line must be small print
(:func:`~corpus_tools.layout.patterns.is_masthead_line`), and the unit must stand among the page's first
units, over the first headline.
"""

from __future__ import annotations

from corpus_tools.layout.patterns import is_masthead_line
from corpus_tools.layout.units import Unit

__all__ = ["masthead_print_units", "TOP_UNITS"]

#: The page's first units where a masthead's small print may stand.
TOP_UNITS = 6


def masthead_print_units(units: list[Unit], raw: str) -> None:
    """Units of an article at the page's top whose every printed line is masthead small print become
    credits of no article (in place).

    Parameters
    ----------
    units : list of Unit
        The page's units with their final kinds and articles.
    raw : str
        The page text the units' pieces index.

    Examples
    --------
    >>> raw = "中共某某市委机关报\\n国内统一刊号：CN64-0034　第886期"
    >>> u = Unit("body", [(0, 9), (10, len(raw))], "中共某某市委机关报国内统一刊号：CN64-0034第886期",
    ...          article=0, final="body")
    >>> masthead_print_units([u], raw)
    >>> u.final, u.article
    ('credit', None)
    """
    for u in units[:TOP_UNITS]:
        if u.final == "headline" and u.article is not None and not is_masthead_line(u.text):
            return  # (below the first headline the page's own text begins)
        if u.article is None or u.final not in ("body", "headline", "kicker", "subtitle"):
            continue
        texts = [t.strip() for a, b in u.pieces for t in raw[a:b].splitlines() if t.strip()]
        if texts and all(is_masthead_line(t) for t in texts):
            u.final, u.article = "credit", None
