"""Headless runs of body paragraphs: which article they continue, and paragraphs cut at a column's foot.

After the page's units are typed and grouped into articles, a run of body paragraphs without a
headline of its own is given to the article printed before it unless its form says it is an item
of its own (:func:`rejoin_headless_runs`), and a body paragraph cut at a column break continues the one
before it (:func:`join_column_cuts`). Both run in :func:`~corpus_tools.layout.assemble.split_page`'s
rule pipeline, after the column flow is repaired.
"""

from __future__ import annotations

from corpus_tools.layout.bylines import lead_byline
from corpus_tools.layout.inlinejumps import under_jump_mark
from corpus_tools.layout.lines import Chunk, Line, is_continuation, read_lines
from corpus_tools.layout.patterns import is_lead
from corpus_tools.layout.photonews import photo_item_article
from corpus_tools.layout.runin import signed_brief
from corpus_tools.layout.units import Unit


def join_column_cuts(units: list[Unit], raw: str) -> None:
    """A body paragraph continues the one before it across a column break
    (:func:`~corpus_tools.layout.lines.is_continuation`, as the rules read the page). Only
    the paragraph breaks of the article's body change.
    """
    chunks = [Chunk([ln for ln in read_lines(raw[u.pieces[0][0]:u.pieces[-1][1]]) if ln is not None] or
                    [Line(u.pieces[0][0], u.pieces[-1][1], u.text)], u.gap) for u in units]
    for i in range(1, len(units)):
        a, b = units[i - 1], units[i]
        if (a.final == b.final == "body" and a.article == b.article and b.gap > 0 and a.rank == i - 1
                and b.rank == i and is_continuation(chunks, i - 1)):
            b.cont = True


def under_mid_page_banner(units: list[Unit], first: int) -> bool:
    """Whether unit ``first`` stands right under a banner printed after article text or its photo's
    caption (``更　正`` over a correction notice): the item under it is no tail of the article above."""
    return (first >= 2 and units[first - 1].final == "banner"
            and units[first - 2].final in ("body", "byline", "caption") and units[first - 2].article is not None)


def rejoin_headless_runs(units: list[Unit], keep: set[int] = frozenset()) -> None:
    """Give a headless run of body paragraphs to the article whose body is printed just before it,
    unless a banner printed after that article stands over the run (:func:`under_mid_page_banner`)
    or the run opens on a news lead signed in its brackets (``本报虎山讯（记者 孙伟）…``), or on any lead
    after an article whose headline stands above its body: a lead opens an item of its own (on a
    headline-after page, seed 001, a lead's headline follows it and the run rejoins as before).
    A headless run printed right under a headline group (its headline, subtitle or byline) that has
    no body is that group's body."""
    titled = {u.article for u in units if u.final == "headline"}
    firsts: dict[int, int] = {}
    for i, u in enumerate(units):
        if u.final == "body" and u.article is not None and u.rank == i:
            firsts.setdefault(u.article, i)
    bodied = set(firsts)
    for a, first in sorted(firsts.items(), key=lambda t: t[1]):
        above = units[first - 1] if first else None
        if (above is not None and above.article is not None and above.article != a and above.article not in bodied
                and above.final in ("headline", "subtitle", "byline", "caption") and above.article in titled):
            # right under a headline group that has no body: its body (up to a headline the
            # model reads as printed after it, the run's last block; a headline with more of
            # the run's text below is a subhead and goes too)
            own = [k for k in range(first, len(units)) if units[k].article == a]
            last_body = max(k for k in own if units[k].final == "body")
            for k in own:
                if units[k].final == "headline" and k > last_body:
                    break
                units[k].article = above.article
            bodied.add(above.article)
            continue
        if a in titled or a in keep:  # (``keep``: the items of a column of briefs)
            continue
        if (under_mid_page_banner(units, first) or under_jump_mark(units, first)
                or is_lead(units[first].text) and lead_byline(units[first].text)):
            continue  # (a body that opens on a signed news lead is an item of its own, not a tail)
        prev = next((u.article for u in reversed(units[:first]) if u.final == "body" and u.article is not None
                     and u.article != a), None)
        if prev is None or is_lead(units[first].text) and headline_above_body(units, prev):
            continue  # (so is one opening on any lead after an article whose headline stands above it)
        if signed_brief(units, a) and (signed_brief(units, prev) or photo_item_article(units, prev)):
            continue  # (a brief of a column: an item mark, a signature of its own; an article has one byline)
        if photo_item_article(units, a):
            continue  # (photo news: a marked caption and its photographer's credit)
        for u in units:
            if u.article == a:
                u.article = prev


def headline_above_body(units: list[Unit], article: int) -> bool:
    """Whether the article's first headline stands above its first body block (a page whose
    headlines stand above their bodies; on a headline-after page a lead's headline follows it)."""
    heads = [i for i, u in enumerate(units) if u.article == article and u.final == "headline"]
    bodies = [i for i, u in enumerate(units) if u.article == article and u.final == "body"]
    return bool(heads and bodies) and heads[0] < bodies[0]
