"""Pages that print every headline AFTER its body: each headline group closes the article above it.

Some papers (and some years of one paper) set a page body first: the article's paragraphs, then its
headline (a kicker over it, a byline line under it), then the next article's paragraphs and headline::

    城建                      (banner)
    　　华山路改造工程……          (article 1's body)
    老路换新颜　出行更顺畅         (article 1's headline)
    本报记者　金美玉　姜铁军        (article 1's byline, under its headline)
    　　本报讯（记者…）大东街道……   (article 2's body)
    老旧小区改造全面开工           (article 2's headline)
    责任编辑：…

Read as a headline-before page, every headline opens the NEXT article, the first article has no title
and the last gets two. :func:`regroup_after_page` decides the side per page, from the page's form alone:
the page's first article text (after its banners) is a body with no headline above it; every heading
group (kicker, headline, subtitle and the byline lines right under them) stands right after article text
(a banner, a column's name, may stand between) and, but the last, right over a body; and after the last group no body follows before the page's foot
or a banner (a box of briefs under its own head). Then each group closes the article whose text stands
above it, and the text under a group opens a new article.
"""

from __future__ import annotations

from corpus_tools.layout.units import Unit

_HEADS = ("kicker", "headline", "subtitle")
_TEXT = ("body", "byline", "caption")
#: Fewest heading groups of a headline-after page (one group after one body says nothing of the page).
MIN_GROUPS = 2


def _groups(units: list[Unit]) -> list[tuple[int, int]]:
    """``(first, last)`` unit indices of each heading group with the byline units right under it."""
    out = []
    i = 0
    while i < len(units):
        if units[i].final in _HEADS and units[i].article is not None:
            j = i
            while j + 1 < len(units) and units[j + 1].final in _HEADS and units[j + 1].article is not None:
                j += 1
            while j + 1 < len(units) and units[j + 1].final == "byline" and units[j + 1].article is not None:
                j += 1
            out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def is_after_page(units: list[Unit]) -> bool:
    """Whether the page prints its headlines after their bodies (see the module's docstring).

    Examples
    --------
    >>> u = [Unit("body", [(0, 5)], "正文一。", article=0, final="body"),
    ...      Unit("head", [(6, 9)], "标题一", article=1, final="headline"),
    ...      Unit("body", [(10, 15)], "正文二。", article=1, final="body"),
    ...      Unit("head", [(16, 19)], "标题二", article=1, final="headline")]
    >>> is_after_page(u)
    True
    >>> is_after_page(u[1:] + [Unit("body", [(20, 25)], "正文三。", article=2, final="body")])
    False
    """
    groups = _groups(units)
    if len(groups) < MIN_GROUPS:
        return False
    first_text = next((i for i, u in enumerate(units) if u.article is not None), None)
    if first_text is None or units[first_text].final != "body" or first_text > groups[0][0]:
        return False
    for n, (a, b) in enumerate(groups):
        k = a - 1
        while k > first_text and units[k].final == "banner" and units[k].article is None:
            k -= 1  # (a column's name over the group, read as a banner: 【百姓身边事】)
        above = units[k] if k >= 0 else None
        if above is None or above.final not in _TEXT or above.article is None:
            return False
        below = units[b + 1] if b + 1 < len(units) else None
        if n + 1 < len(groups) and (below is None or below.final != "body"):
            return False
    last = groups[-1][1]
    return last + 1 == len(units) or units[last + 1].article is None


def regroup_after_page(units: list[Unit]) -> bool:
    """On a headline-after page (:func:`is_after_page`), give each heading group to the article whose
    text stands above it and open a new article on the text under it; the units after the last group
    keep their articles. A page whose column flow moved text (a unit read out of print order) is left
    alone. Returns whether the page was regrouped.

    Examples
    --------
    >>> u = [Unit("body", [(10 * i, 10 * i + 5)], "文字", article=a, final=k, rank=float(i))
    ...      for i, (k, a) in enumerate([("body", 0), ("headline", 1), ("body", 1), ("headline", 1)])]
    >>> regroup_after_page(u), [x.article for x in u]
    (True, [0, 0, 2, 2])
    """
    if any(u.rank != i for i, u in enumerate(units)) or not is_after_page(units):
        return False
    groups = _groups(units)
    first = next(i for i, u in enumerate(units) if u.article is not None)
    fresh = max(u.article for u in units if u.article is not None) + 1
    cur = units[first].article
    ends = {b for _, b in groups}
    for i in range(first, groups[-1][1] + 1):
        u = units[i]
        if u.article is not None:
            u.article = cur
        if i in ends:
            cur, fresh = fresh, fresh + 1
    return True
