"""Headline groups between two articles, given to the one they name.

A headline group printed between two bodies names the body above it (the headline printed
after its article) or the body under it (printed before). The line model decides from the
lines' form around the group, which in a narrow column or on a page mixing both orders
(a feature and a notice set headline-first, news items headline-after) it misreads. Where the
page's structure leaves an article without a headline, :func:`headlines_by_structure` corrects the
units, by the form around the group and the words it shares with each body:

* a short line with no punctuation read as body text after the byline that closes an article,
  with more text under it, opens a new article as its headline (``…摄`` / ``全县秋粮收获进度过半`` /
  ``截至9月10日…``); on a page that prints most headlines above their bodies, so does such a line
  run into the paragraph under it (a headline as wide as a narrow column) when it shares words with it;
* a second headline group printed after the byline or last sentence of an article that already has a
  headline above its body, right over the body of an article with none, is that article's headline;
* a headline group over an article's body, right under a closed article with no headline, that
  shares at least :data:`LEAST_SHARED` character pairs with the body above and more than
  :data:`ABOVE_RATIO` times as many as with the body under it, is the headline of the body above;
  the article under it, now without a headline, is read the same way in turn (a move that leaves
  it without any headline in the end is undone);
* a banner line right after a closed article left without a headline, sharing words with its body,
  is its headline.
"""

from __future__ import annotations

from corpus_tools.layout.boundaries import renumber
from corpus_tools.layout.headafter import heads_first
from corpus_tools.layout.patterns import CLAUSE_PUNCT, FINAL_PUNCT, cjk_bigrams, ends_sentence, is_lead, opens_item
from corpus_tools.layout.units import Unit

_HEADS = ("kicker", "headline", "subtitle")
#: Longest body line read as a headline after a closing byline, in characters.
MAX_HEAD_LINE = 24
#: A first line at least this share of its paragraph's widest line fills the column.
FULL_LINE_SHARE = 0.9
#: Least character pairs a headline shares with the body above it to be its headline.
LEAST_SHARED = 2
#: How many times more pairs the headline shares with the body above than with the body under it.
ABOVE_RATIO = 2.0


def _head_line(u: Unit) -> bool:
    t = u.text.strip()
    return (u.final == "body" and len(u.pieces) == 1 and 2 <= len(t) <= MAX_HEAD_LINE and not is_lead(t)
            and not any(ch in FINAL_PUNCT or ch in CLAUSE_PUNCT for ch in t) and "\n" not in t)


def _bodies(units: list[Unit]) -> dict[int, str]:
    out: dict[int, str] = {}
    for u in units:
        if u.final == "body" and u.article is not None:
            out[u.article] = out.get(u.article, "") + u.text
    return out


def _titled(units: list[Unit]) -> set[int]:
    return {u.article for u in units if u.final == "headline" and u.article is not None}


def _first_line_head(units: list[Unit], i: int, raw: str) -> bool:
    """On a headline-first page, split off the first line of body unit ``i`` as a headline unit when
    it is short, has no punctuation, is narrower than the paragraph's column or stands over an item's
    opening (:func:`~corpus_tools.layout.patterns.opens_item`), and shares :data:`LEAST_SHARED` character
    pairs with its article's text under it (a headline run into its body by the line model)."""
    u = units[i]
    piece = raw[u.start:u.end]
    cut = piece.find("\n")
    first = piece[:cut].strip() if cut > 0 else ""
    if not first or first != u.text[:len(first)] or len(first) > MAX_HEAD_LINE or is_lead(first) \
            or any(ch in FINAL_PUNCT or ch in CLAUSE_PUNCT for ch in first) or not heads_first(units):
        return False
    rest = u.text[len(first):]
    widest = max(len(x.strip()) for x in piece.split("\n"))
    if len(first) >= FULL_LINE_SHARE * widest and not opens_item(rest.lstrip()):
        return False  # (a line as wide as the column runs on into the next, unless an item opens there)
    below = rest + "".join(v.text for v in units[i + 1:] if v.article == u.article and v.final == "body")
    if len(cjk_bigrams(first) & cjk_bigrams(below)) < LEAST_SHARED:
        return False
    start = u.start + cut + 1
    start += len(raw[start:u.end]) - len(raw[start:u.end].lstrip())
    head = Unit("head", [(u.start, u.start + len(piece[:cut].rstrip()))], first, gap=u.gap, article=u.article,
                final="headline")
    body = Unit("body", [(start, u.end)], rest.lstrip(), article=u.article, final="body", rank=u.rank,
                repairs=list(u.repairs))
    units[i:i + 1] = [head, body]
    return True


def _lines_after_bylines(units: list[Unit], n: int, raw: str) -> int:
    """A short unpunctuated body line after an article's closing byline, text under it: a new article's
    headline (or the headline of the article with none that the line opens)."""
    titled = _titled(units)
    i = 1
    while i < len(units) - 1:
        u, prev = units[i], units[i - 1]
        a = u.article
        same = prev.article == a
        if (a is None or u.final != "body" or prev.final != "byline" or prev.article is None
                or not same and (a in titled or any(v.article == a for v in units[:i])) or not any(
                    v.final == "body" and v.article == prev.article for v in units[:i - 1])):
            i += 1
            continue  # (a byline under the headline, over the body, is followed by the body's first line)
        if _head_line(u) and units[i + 1].final == "body" and units[i + 1].article == a:
            u.final, u.kind = "headline", "head"
        elif not (len(u.pieces) == 1 and _first_line_head(units, i, raw)):
            i += 1
            continue
        if same:
            for v in units[i:]:
                if v.article == a:
                    v.article = n
            n += 1
        titled.add(units[i].article)
        i += 1
    return renumber(units)


def _group(units: list[Unit], i: int) -> list[int]:
    """The heading group (kicker, headline, subtitle units of one article) starting at ``i``."""
    out = [i]
    while (out[-1] + 1 < len(units) and units[out[-1] + 1].final in _HEADS
           and units[out[-1] + 1].article == units[i].article):
        out.append(out[-1] + 1)
    return out


def _closed(u: Unit) -> bool:
    return u.final == "byline" or u.final == "body" and ends_sentence(u.text)


def _second_heads(units: list[Unit]) -> None:
    """A headline group after a titled article's body, over a headless body: that body's headline."""
    i = 1
    while i < len(units):
        u = units[i]
        if u.final not in _HEADS or u.article is None or (i > 0 and units[i - 1].final in _HEADS
                                                          and units[i - 1].article == u.article):
            i += 1
            continue
        g = _group(units, i)
        a, below = u.article, g[-1] + 1
        titled = _titled(units)
        if (below < len(units) and units[below].final == "body" and units[below].article not in (a, None)
                and units[below].article not in titled and _closed(units[i - 1]) and units[i - 1].article == a
                and any(units[k].final == "headline" and units[k].article == a for k in range(i) if k not in g)
                and any(units[k].final == "body" and units[k].article == a for k in range(i))):
            for k in g:
                units[k].article = units[below].article
        i = g[-1] + 1


def _naming_prefix(units: list[Unit], g: list[int], above: str, below: str) -> list[int]:
    """The first units of heading group ``g`` that name the body ``above`` (sharing :data:`LEAST_SHARED`
    character pairs with it, more than :data:`ABOVE_RATIO` times as many as with the body ``below``),
    up to the first unit that names the body below (a kicker line printed after the body it names, over
    the headline of the next article)."""
    up_pairs, down_pairs = cjk_bigrams(above), cjk_bigrams(below)
    cut, up_all, down_all = 0, 0, 0
    for m, k in enumerate(g):
        heads = cjk_bigrams(units[k].text)
        up, down = len(heads & up_pairs), len(heads & down_pairs)
        if down > up:
            break
        cut, up_all, down_all = m + 1, up_all + up, down_all + down
    if up_all >= LEAST_SHARED and up_all > ABOVE_RATIO * down_all:
        return g[:cut]
    return []


def _shift_up(units: list[Unit]) -> list[tuple[list[int], int, int, list[str]]]:
    """A headline group over a body, under a closed headless article it names: that article's headline.

    The group's first lines alone move when only they name the body above (the rest stays the
    headline under them). Returns the moves (units, from, to, their kinds before) for :func:`_undo_headless`.
    """
    bodies = _bodies(units)
    heads_of: dict[int, set[int]] = {}
    for k, u in enumerate(units):
        if u.final == "headline" and u.article is not None:
            heads_of.setdefault(u.article, set()).add(k)
    moves: list[tuple[list[int], int, int, list[str]]] = []
    i = 1
    while i < len(units):
        u = units[i]
        if u.final not in _HEADS or u.article is None or units[i - 1].final in _HEADS:
            i += 1
            continue
        g = _group(units, i)
        a, below, prev = u.article, g[-1] + 1, units[i - 1]
        if (below < len(units) and units[below].final == "body" and units[below].article == a
                and prev.article not in (a, None) and not heads_of.get(prev.article) and _closed(prev)):
            moved = _naming_prefix(units, g, bodies.get(prev.article, ""), bodies.get(a, ""))
            if moved:
                finals = [units[k].final for k in moved]
                if all(f != "headline" for f in finals):
                    units[moved[-1]].final = "headline"  # (a kicker line alone is the headline above)
                for k in moved:
                    units[k].article = prev.article
                heads = {k for k in moved if units[k].final == "headline"}
                heads_of[a] = heads_of.get(a, set()) - heads
                heads_of[prev.article] = heads
                moves.append((moved, a, prev.article, finals))
        i = g[-1] + 1
    return moves


def _undo_headless(units: list[Unit], moves: list[tuple[list[int], int, int, list[str]]]) -> None:
    """Undo the moves of :func:`_shift_up` that left their article without any headline, last first."""
    titled = _titled(units)
    for moved, donor, receiver, finals in reversed(moves):
        if donor not in titled:
            for k, f in zip(moved, finals):
                units[k].article, units[k].final = donor, f
            titled.add(donor)
            titled.discard(receiver)


def _banners_after(units: list[Unit]) -> None:
    """A banner line right after a closed article with no headline, sharing :data:`LEAST_SHARED` character
    pairs with its body, is that article's headline printed after it."""
    bodies = _bodies(units)
    titled = _titled(units)
    for i in range(1, len(units)):
        u, prev = units[i], units[i - 1]
        if (u.final == "banner" and u.article is None and prev.article is not None and prev.article not in titled
                and _closed(prev) and prev.article in bodies
                and len(cjk_bigrams(u.text) & cjk_bigrams(bodies[prev.article])) >= LEAST_SHARED):
            u.final, u.kind, u.article = "headline", "head", prev.article
            titled.add(prev.article)


def headlines_by_structure(units: list[Unit], n_articles: int, raw: str) -> int:
    """Units with headline groups given to the articles they name (see the module docstring);
    returns the number of articles.

    Parameters
    ----------
    units : list of Unit
        The page's units with their articles, changed in place.
    n_articles : int
        The number of articles so far.
    raw : str
        The page text.

    Returns
    -------
    int
        The number of articles after the moves.

    Examples
    --------
    >>> us = [Unit("body", [(0, 9)], "本报讯 招聘会吸引86家企业。", article=0, final="body"),
    ...       Unit("head", [(10, 20)], "86家企业送来岗位", article=1, final="headline"),
    ...       Unit("body", [(21, 40)], "本报讯 沙窝镇服务队走进村里。", article=1, final="body"),
    ...       Unit("head", [(41, 50)], "沙窝镇服务队进村", article=1, final="headline")]
    >>> headlines_by_structure(us, 2, ""), [u.article for u in us]
    (2, [0, 0, 1, 1])
    """
    n = _lines_after_bylines(units, n_articles, raw)
    _second_heads(units)
    moves = _shift_up(units)
    _banners_after(units)
    _undo_headless(units, moves)
    return renumber(units)
