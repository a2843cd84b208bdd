"""Parts printed inside one headline line: a kicker before a bar, a page reference after the title.

* :func:`split_headline_parts` — a headline line ``topic｜title`` (``共富路上｜柳城畲族镇：高山茭白鼓起钱袋子``)
  prints its kicker before the bar: the kicker becomes a block of its own (the bar a recorded
  repair), the title the rest; a title closed by a bracketed reference to another page
  (``…办起“周末集市”（详见第4版）``) keeps the title, the reference a credit block of no article.

Both are told by the line's form (a short run of characters before a bar, a bracket naming a
page), for any paper; every character stays in exactly one block or a recorded repair.
"""

from __future__ import annotations

import re

from corpus_tools.layout.model import Repair
from corpus_tools.layout.units import Unit

#: ``topic｜title`` on one headline line: a kicker of two to ten characters, a bar, the title.
BAR_KICKER_RE = re.compile(r"^([\u4e00-\u9fff·“”]{2,10})\s*([｜|])\s*(?=\S{4,})")
#: A bracketed reference to another page closing a title (``（详见第4版）``, ``（相关报道见A3版）``, ``(下转第2版)``).
PAGE_REF_RE = re.compile(r"\s*[（(][\u4e00-\u9fff]{0,6}(?:见|转|接)\s*(?:第\s*[\d一二三四五六七八九十]{1,3}|[A-H]\d{1,2})"
                         r"\s*版[）)]\s*$")


def _one_line_headline(u: Unit, raw: str) -> bool:
    return u.final == "headline" and len(u.pieces) == 1 and raw[u.start:u.end].strip() == u.text.strip()


def _bar_kicker(u: Unit, raw: str, kickers: set[int | None]) -> list[Unit] | None:
    """The kicker and title units of a ``topic｜title`` headline line, or None."""
    m = BAR_KICKER_RE.match(u.text)
    if m is None or u.article in kickers or not _one_line_headline(u, raw):
        return None
    line = raw[u.start:u.end]
    bar = u.start + line.index(m.group(2))
    after = bar + 1
    while after < u.end and raw[after].isspace():
        after += 1
    kicker = Unit("head", [(u.start, bar + 1)], m.group(1), gap=u.gap, role=u.role, article=u.article,
                  final="kicker", rank=u.rank,
                  repairs=[Repair("mark", bar, bar + 1, raw[bar], "bar between a kicker and its title removed")])
    title = Unit("head", [(after, u.end)], u.text[m.end():], role=u.role, article=u.article, final="headline",
                 rank=u.rank)
    return [kicker, title]


def _page_ref(u: Unit, raw: str) -> list[Unit] | None:
    """The title and page-reference units of a headline closed by a bracketed page reference, or None."""
    m = PAGE_REF_RE.search(u.text)
    if m is None or m.start() < 4 or not _one_line_headline(u, raw):
        return None
    line = raw[u.start:u.end]
    ref = line.rstrip()
    k = len(ref) - len(m.group().strip())
    if not ref.endswith(m.group().strip()):
        return None
    cut = u.start + k
    title = Unit("head", [(u.start, cut)], u.text[:m.start()].rstrip(), gap=u.gap, role=u.role, article=u.article,
                 final="headline", rank=u.rank)
    note = Unit("credit", [(cut, u.start + len(ref))], m.group().strip(), final="credit", rank=u.rank)
    return [title, note]


def split_headline_parts(units: list[Unit], raw: str) -> list[Unit]:
    """Units with each ``topic｜title`` headline line split into kicker and title, and each title's
    closing page reference split off as a credit (see the module's docstring).

    Examples
    --------
    >>> raw = "共富路上｜高山茭白鼓起钱袋子"
    >>> u = Unit("head", [(0, len(raw))], raw, article=0, final="headline")
    >>> [(x.final, x.text) for x in split_headline_parts([u], raw)]
    [('kicker', '共富路上'), ('headline', '高山茭白鼓起钱袋子')]
    >>> raw = "新店村办起“周末集市”（详见第4版）"
    >>> u = Unit("head", [(0, len(raw))], raw, article=0, final="headline")
    >>> [(x.final, x.text) for x in split_headline_parts([u], raw)]
    [('headline', '新店村办起“周末集市”'), ('credit', '（详见第4版）')]
    """
    kickers = {u.article for u in units if u.final == "kicker" and u.article is not None}
    out: list[Unit] = []
    for u in units:
        parts = _bar_kicker(u, raw, kickers)
        if parts is not None:
            kickers.add(u.article)
        parts = parts or [u]
        if parts[-1].final == "headline":
            parts = parts[:-1] + (_page_ref(parts[-1], raw) or parts[-1:])
        out.extend(parts)
    return out
