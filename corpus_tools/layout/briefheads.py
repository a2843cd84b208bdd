"""A headline standing right over a column of titled briefs: not the first brief's title.

On a page that prints headlines after their bodies, the last article before a column of titled briefs
(``◆药山镇建成村级电商服务站　近日，…``, :mod:`~corpus_tools.layout.markitems`) ends with its headline, right over
the column's first brief::

    …拆除违建网箱37处。
    （通讯员 赫连波）
    洋河镇“河长”巡河常态化
    ◆药山镇建成村级电商服务站　近日，药山镇在韭菜沟村…

The reading gives that headline to the first brief (a headline over a body), and the brief then keeps it instead
of its run-in title. A brief titled in its own first line has no headline over it, so
:func:`heads_over_titled_briefs` (units, before the briefs' titles are split off) gives such a headline back to
the headless article whose closed text stands right above it, or, where that article has a headline of its own,
reads it as the column's banner (the briefs' section). Told by form and position only.
"""

from __future__ import annotations

from corpus_tools.layout.markitems import is_titled_item
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ends_sentence
from corpus_tools.layout.runin import column_name_re
from corpus_tools.layout.units import Unit

#: A column's name (``乡镇快讯``, ``【县内简讯】``): the other brief passes read it, this one leaves it alone.
_COLUMN_RE = column_name_re(6)
#: Fewest titled briefs under the headline (the first one included).
MIN_BRIEFS = 2


def _closed(u: Unit) -> bool:
    """Whether a unit closes a text: a byline, or a body ending a sentence or on a signature."""
    t = u.text.strip()
    return u.final == "byline" or u.final == "body" and (ends_sentence(t) or bool(BYLINE_TAIL_RE.search(t)))


def heads_over_titled_briefs(units: list[Unit], raw: str) -> None:
    """Give a headline printed right over a column of titled briefs back to the article above it, in place.

    The headline (one line, no column's name, the only headline unit of its article, no kicker or subtitle with it) stands right under a
    closed text of another article and right over its own article's first body unit, a titled brief, with at
    least :data:`MIN_BRIEFS` titled briefs opening body units from there on, nothing printed between the
    headline and the first brief. It goes to the article above
    when that article has no headline, else it becomes a banner.

    Examples
    --------
    >>> raw = "网箱37处。\\n洋河镇巡河常态化\\n◆药山镇建成服务站　近日建成。\\n◆县博物馆推出剪纸展　昨日开展。\\n"
    >>> units = [Unit("body", [(0, 6)], "网箱37处。", article=0, final="body"),
    ...          Unit("head", [(7, 15)], "洋河镇巡河常态化", article=1, final="headline"),
    ...          Unit("body", [(16, 31)], "◆药山镇建成服务站　近日建成。", article=1, final="body"),
    ...          Unit("body", [(32, 48)], "◆县博物馆推出剪纸展　昨日开展。", article=2, final="body")]
    >>> heads_over_titled_briefs(units, raw)
    >>> [(u.final, u.article) for u in units]
    [('body', 0), ('headline', 0), ('body', 1), ('body', 2)]
    """
    for i in range(1, len(units) - 1):
        h, above, below = units[i], units[i - 1], units[i + 1]
        a = h.article
        if h.final != "headline" or a is None or len(h.pieces) != 1 or below.final != "body" or below.article != a:
            continue
        if _COLUMN_RE.match(h.text.strip()):
            continue
        if above.article in (None, a) or not _closed(above) or raw[h.end:below.start].strip():
            continue  # (a column name between the headline and the briefs: it heads the column, not a brief)
        if any(v.article == a and v.final in ("headline", "kicker", "subtitle") for k, v in enumerate(units) if k != i):
            continue
        briefs = [v for v in units[i + 1:] if v.final == "body" and is_titled_item(raw[v.start:v.end])]
        if not is_titled_item(raw[below.start:below.end]) or len(briefs) < MIN_BRIEFS:
            continue
        if any(v.article == above.article and v.final == "headline" for v in units):
            h.final, h.article = "banner", None
        else:
            h.article = above.article
