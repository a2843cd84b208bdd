"""Parts printed inside one headline line: a kicker before a bar, a page reference after the title.

* :func:`split_headline_parts` — a headline line ``topic｜title`` (``共富路上｜柳城畲族镇：高山茭白鼓起钱袋子``)
  prints its kicker before the bar: the kicker becomes a block of its own (the bar a recorded
  repair), the title the rest; a title closed by a bracketed reference to another page
  (``…办起“周末集市”（详见第4版）``) keeps the title, the reference a credit block of no article.

* :func:`split_headline_lines` — a headline read over several lines whose first line is a column's name
  (``乡村新貌`` / ``石桥村：茶园变成致富园``, ``看变化·话发展``) or a two-clause lead-in (``守好底线　稳住大局`` /
  ``全县防汛工作会议召开``) that does not read on into the line under it prints its kicker on that line; a
  commentator's signature under the title (``本报评论员``) is its byline, not the title's end.

All are told by the line's form (a short run of characters before a bar, a bracket naming a
page, a short unpunctuated line that does not read on, a signature naming no one), for any paper; every
character stays in exactly one block or a recorded repair.
"""

from __future__ import annotations

import re

from corpus_tools.layout.bylines import COMMENTATOR_RE
from corpus_tools.layout.continuity import continuity
from corpus_tools.layout.model import Repair
from corpus_tools.layout.patterns import PLACE_RE, is_parallel, is_place_line
from corpus_tools.layout.units import Unit, printed_lines

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


#: A column's name on a line of its own, a noun phrase: two to four Chinese characters, five around ``的``
#: (``身边的榜样``), or two such words joined by ``·`` (``看变化·话发展``); never opening on a coverb (``为文化产业`` /
#: ``构建良好生态体系`` is one title). Five characters without ``的`` are too often a title's subject and verb
#: (``人民网召开`` / ``企业对策线上研讨会``, composed development seeds).
COLUMN_LINE_RE = re.compile(r"^(?![为在把让对向从以与将被给])(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,3}的[\u4e00-\u9fff]{1,3}"
                            r"|[\u4e00-\u9fff]{2,5}·[\u4e00-\u9fff]{2,5})$")
#: A column's name over its title reads on into it less than this (:func:`~corpus_tools.layout.continuity.continuity`,
#: nats; the bound of :data:`~corpus_tools.layout.headforms.WRAP_READS_ON`: true kickers over their title have a median
#: of -2.0 and a 90th percentile of 0.9 on development seeds 0-299); a title wrapped at the column reads on more
#: (``以实干担当书`` / ``写发展新篇章``: 4.2).
COLUMN_READS_ON = 1.0
#: A two-clause lead-in over its title reads on less than this (a title's first two clauses wrapped over a third
#: read on from them).
LEAD_IN_READS_ON = -1.0



def _kicker_line(first: str, second: str, rest: str) -> bool:
    """Whether ``first``, printed over the headline lines ``second``… (joined: ``rest``), is the headline's kicker:
    a column's name (:data:`COLUMN_LINE_RE`, shorter than the title, no place name opening it: ``杆洞乡开展`` /
    ``冬季森林防火巡查`` is one title) or a two-clause line (``守好底线　稳住大局``) that does not read on."""
    if is_place_line(first) or PLACE_RE.match(first) or len(rest) < 4:
        return False
    if COLUMN_LINE_RE.match(first):
        return len("".join(rest.split())) >= len(first) + 2 and continuity(first, second) < COLUMN_READS_ON
    return is_parallel(first) and continuity(first, second) < LEAD_IN_READS_ON


def _split_lines(u: Unit, raw: str, kickers: set[int | None]) -> list[Unit] | None:
    """The kicker, title and signature units of a headline read over several lines, or None."""
    if u.final != "headline" or len(u.pieces) < 2:
        return None
    texts = printed_lines(u, raw)
    if texts is None:
        return None
    head, tail = 0, len(texts)
    if COMMENTATOR_RE.match("".join(texts[-1].split())):
        tail -= 1
    if (tail - head >= 2 and u.article not in kickers
            and _kicker_line(texts[0], texts[1], " ".join(texts[1:tail]))):
        head = 1
    if (head, tail) == (0, len(texts)):
        return None

    def unit(a: int, b: int, final: str) -> Unit:
        body = [t for t in texts[a:b]]
        text = body[0] if len(body) == 1 else ("".join(body) if final != "kicker" else " ".join(body))
        return Unit("byline" if final == "byline" else "head", u.pieces[a:b], text, gap=u.gap if a == 0 else 0,
                    role=u.role, article=u.article, final=final, rank=u.rank)

    out = [unit(0, 1, "kicker")] if head else []
    out.append(unit(head, tail, "headline"))
    if tail < len(texts):
        out.append(unit(tail, len(texts), "byline"))
    return out


def split_headline_lines(units: list[Unit], raw: str) -> list[Unit]:
    r"""Units with each headline read over several lines split into its kicker line, title and
    commentator's signature (see the module's docstring); other units unchanged.

    Examples
    --------
    >>> raw = "乡村新貌\n石桥村：茶园变成致富园"
    >>> u = Unit("head", [(0, 4), (5, len(raw))], "乡村新貌石桥村：茶园变成致富园", article=0, final="headline")
    >>> [(x.final, x.text) for x in split_headline_lines([u], raw)]
    [('kicker', '乡村新貌'), ('headline', '石桥村：茶园变成致富园')]
    >>> raw = "在实干中见真章\n本报评论员"
    >>> u = Unit("head", [(0, 7), (8, len(raw))], "在实干中见真章本报评论员", article=0, final="headline")
    >>> [(x.final, x.text) for x in split_headline_lines([u], raw)]
    [('headline', '在实干中见真章'), ('byline', '本报评论员')]
    """
    kickers = {u.article for u in units if u.final == "kicker" and u.article is not None}
    out: list[Unit] = []
    for u in units:
        parts = _split_lines(u, raw, kickers)
        if parts is not None and parts[0].final == "kicker":
            kickers.add(u.article)
        out.extend(parts or [u])
    return out
