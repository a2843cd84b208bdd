"""A jump line under a continued text's reprinted headline (``全市冬季农田水利建设全面铺开`` /
``（上接第1版）``) is page furniture, never part of the title.

:func:`~corpus_tools.layout.headforms.jump_lines` tags the jump line a credit, but later passes may
still run it into the headline above it (no blank line between: the title ``…全面铺开（上接第1版）``)
or, across a blank line, take the headline for a banner and the jump line for the article's headline
(user34b, 青铜峡报: 6 titles of 23 continued texts). :func:`jump_lines_off_heads` mends both at the end
of the assembly, on the units.
"""

from __future__ import annotations

from corpus_tools.layout.patterns import JUMP_LINE_RE
from corpus_tools.layout.units import Unit, printed_lines

__all__ = ["jump_lines_off_heads", "rerank"]

#: Fewest characters of a banner-read line over a jump line taken for the continued text's title
#: (a page's section name, ``综合新闻``, is shorter).
MIN_TITLE = 6


def rerank(units: list[Unit], home: list[bool]) -> None:
    """Give each unit printed where it reads (``home``) its place as its rank, after units were split or
    inserted (in place): a moved tail keeps the rank of where it reads."""
    for k, (u, at_home) in enumerate(zip(units, home)):
        if at_home:
            u.rank = float(k)


def _compact(text: str) -> str:
    return "".join(text.split())


def _jump(text: str) -> bool:
    return bool(JUMP_LINE_RE.match(text.strip()))


def jump_lines_off_heads(units: list[Unit], raw: str) -> list[Unit]:
    """Units with a jump line split off the headline it closes (a credit of no article), and a
    headline that is nothing but a jump line given back to the banner-read headline printed right
    over it.

    Parameters
    ----------
    units : list of Unit
        The page's units with their final kinds and articles.
    raw : str
        The page text the units' pieces index.

    Returns
    -------
    list of Unit

    Examples
    --------
    >>> raw = "老街改造全面提速\\n（上接第1版）"
    >>> u = Unit("head", [(0, 8), (9, len(raw))], "老街改造全面提速（上接第1版）", article=0, final="headline")
    >>> [(x.final, x.article, x.text) for x in jump_lines_off_heads([u], raw)]
    [('headline', 0, '老街改造全面提速'), ('credit', None, '（上接第1版）')]
    """
    out: list[Unit] = []
    home: list[bool] = []  # (printed where it reads: its rank is its place, :func:`rerank`)
    for k, u in enumerate(units):
        texts = printed_lines(u, raw) if u.final == "headline" and len(u.pieces) >= 2 else None
        if texts is None or not _jump(texts[-1]) or any(_jump(t) for t in texts[:-1]):
            out.append(u)
            home.append(u.rank == k)
            continue
        keep = len(texts) - 1
        out.append(Unit(u.kind, u.pieces[:keep], "".join(texts[:keep]), gap=u.gap, role=u.role,
                        article=u.article, final="headline", rank=u.rank))
        out.append(Unit("credit", u.pieces[keep:], texts[-1], article=None, final="credit", rank=u.rank))
        home += [u.rank == k, u.rank == k]
    rerank(out, home)
    for i in range(1, len(out)):
        u, above = out[i], out[i - 1]
        if (u.final != "headline" or u.article is None or not _jump(u.text) or above.final != "banner"
                or above.article is not None or _jump(above.text) or u.repairs):
            continue
        if (sum(1 for x in out if x.article == u.article and x.final == "headline") != 1
                or len(_compact(above.text)) < MIN_TITLE):
            continue
        above.final, above.article = "headline", u.article
        u.final, u.article, u.kind = "credit", None, "credit"
    return out
