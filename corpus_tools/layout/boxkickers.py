"""The name of a box of briefs (``简讯`` over ``■…`` items) carried by each item as its kicker.

A column of briefs is printed under a heading of its own; each item is an article of its own
(:mod:`~corpus_tools.layout.briefs`), and the heading is no section of the page
(:func:`~corpus_tools.layout.briefboxes.box_heads`). So that the column's name is not lost, each item
under the heading (up to the next banner) that prints no kicker of its own carries it as its kicker:
the heading stands over the items as a kicker stands over a title, while the section stays the page's
(:func:`box_kickers`).
"""

from __future__ import annotations

from corpus_tools.layout.units import Unit


def box_kickers(units: list[Unit], boxed: set[int]) -> dict[int, str]:
    """The box name of each article printed under a box-of-briefs head.

    Parameters
    ----------
    units : list of Unit
        The page's units in print order, with their final kinds and articles.
    boxed : set of int
        Indices of the banner units that head a box of briefs.

    Returns
    -------
    dict
        Article number → the box's name (spaces inside it removed).

    Examples
    --------
    >>> u = [Unit("head", [(0, 2)], "简讯", final="banner"),
    ...      Unit("body", [(3, 9)], "■东镇建成水厂。", article=0, final="body"),
    ...      Unit("body", [(10, 15)], "■西镇修路。", article=1, final="body")]
    >>> box_kickers(u, {0})
    {0: '简讯', 1: '简讯'}
    """
    out: dict[int, str] = {}
    name = None
    for i, u in enumerate(units):
        if u.final == "banner":
            name = "".join(u.text.split()) if i in boxed else None
        elif name and u.article is not None:
            out.setdefault(u.article, name)
    return out
