"""Column-flow repair: article tails printed away from their article.

A page set in columns can print the last lines of an article after an *earlier* article,
before the next headline (seed page 002): the earlier article then seems to end with
another's sentences while the later one stops mid-sentence. After headlines, bylines and
captions are attached, :func:`repair_flow` looks for such tails and re-attaches them:

* **candidates** — a suffix of an article's body paragraphs (never its first paragraph), or a
  whole run of body paragraphs that got no headline and is printed after another article;
* **destinations** — a titled article whose body is printed after the candidate; one whose
  body ends mid-sentence (no ``。！？…``) needs a continuation. An article printed *before*
  the candidate's article (a tail printed after the next article, 昆山) is a destination only
  when its body ends mid-sentence, the paragraph before the tail ends a sentence, and the tail
  clearly finishes the cut sentence (:data:`BACK_JOIN`, a cut quotation or its attribution);
* **score** — sentence continuity of the join: the log-likelihood ratio of the candidate's
  first characters after the destination's last words against after what is printed before
  it, from the character trigram model of :mod:`~corpus_tools.layout.continuity`
  (``…办学模式改`` + ``革，不断…``); quotation balance (a tail closing a ``“`` that the
  destination's last paragraph leaves open); enumerations (``一是/二是``, ``(三)``,
  ``要切实把握…做强做大``: paragraph openings shared with the destination rather than the
  source; stock news openings such as ``据了解，`` do not count); and content
  (bigram overlap with the destination's body minus the overlap with the candidate's
  alternative home, weighted by rarity on the page and in news text).

A move is made only when the candidate finishes the destination's cut sentence or
quotation, repeats its enumeration, or is a headless run reading more like it than like the
article printed before it. Every move is recorded as a :class:`~corpus_tools.layout.model.Repair` of kind
``"move"`` (nothing removed: ``removed`` is empty; ``start``/``end`` span the moved text) so
nothing is hidden; :func:`~corpus_tools.layout.assemble.check_no_loss` accepts them.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from corpus_tools.layout.bylines import lead_byline
from corpus_tools.layout.continuity import CharLM, default_lm, join_gain, reads_on
from corpus_tools.layout.flowevidence import signed_in_order, verbatim_opening
from corpus_tools.layout.flowsplit import split_merged_tails, unsplit
from corpus_tools.layout.headafter import heads_first
from corpus_tools.layout.model import Repair
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ENUM_RE, ITEM_MARKS, JUMP_LINE_RE, PHOTO_MARK_RE, cjk_bigrams, ends_sentence, is_lead
from corpus_tools.layout.signedtails import same_signer, signed_tail
from corpus_tools.layout.units import Unit

#: Largest number of moves made on one page.
MAX_MOVES = 4
#: A run of at most this many paragraphs under a headline sharing nothing with it may be a tail.
MAX_TAIL_PARAS = 3
#: Minimum score of a move (see :func:`repair_flow`).
MIN_GAIN = 0.5
#: A fragment finishes a cut sentence when it reads on from it by more than this (nats, :func:`~corpus_tools.layout.continuity.join_gain`).
JOIN_MIN = 0.0
#: ... and so clearly that it overrides content evidence above this.
JOIN_STRONG = 3.0
#: A fragment joined to a cut sentence on the page moves only if it reads on better elsewhere by this.
CONT_MARGIN = 2.0
#: A paragraph opening more likely than this (log-likelihood at a paragraph start, nats) is a
#: stock opening (``近年来，`` -5.8, ``习近平强`` -8.6), not an enumeration (``要切实把`` -16.1).
STOCK_OPENING = -12.0
#: Score of a tail that closes the quotation a destination leaves open.
QUOTE_GAIN = 0.3
#: Least content margin (:func:`_cov` above the page's base, destination minus home) of every
#: paragraph of a tail that moves on content alone, with no cut sentence, enumeration or byline.
CONTENT_ALONE = 0.05
#: Least content margin of every paragraph of a signed tail (:func:`~corpus_tools.layout.signedtails.signed_tail`).
SIGNED_CONTENT = 0.045
#: A tail printed after the *next* article goes back only when it reads on from the cut sentence
#: by at least this (nats; a cut word ``长效管护`` + ``机制，每村`` 5.6, ``…大有作为的`` + ``诚然，`` 3.0).
BACK_JOIN = 4.5
#: Weight and cap of the join's log-likelihood ratio in a move's score.
JOIN_WEIGHT, JOIN_CAP = 0.1, 6.0


@functools.lru_cache(maxsize=4096)
def _opening(text: str) -> str:
    """The enumeration key of a paragraph: its marker (``一是``) or first four characters."""
    t = text.strip()
    m = ENUM_RE.match(t)
    if m:
        return "#enum"
    if len(t) < 8:
        return ""
    # a stock opening of news paragraphs (``据了解，``, ``习近平强调``) is no enumeration
    return t[:4] if default_lm().logprob(t[:4]) < STOCK_OPENING else ""


def _opens(text: str, openings: Counter) -> bool:
    """True if ``text`` opens a paragraph: an enumeration marker or an opening shared on the page."""
    key = _opening(text)
    return key == "#enum" or bool(key) and openings.get(key, 0) >= 2


def _open_quotes(text: str) -> int:
    """Quotation marks ``“`` left open at the end of ``text``."""
    depth = 0
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
    return depth


def _closes_quote(text: str) -> bool:
    """True if ``text`` closes a quotation (``”``) before it opens one: it starts inside a quote."""
    close, opening = text.find("”"), text.find("“")
    return close >= 0 and (opening < 0 or close < opening)


#: A sentence that ends in a verb of saying (``…的居民沈玉芬说。``): the attribution after a quotation.
SAYS_RE = re.compile(r"(?:说|表示|介绍|坦言|感慨|感叹|告诉记者|说道|笑道)[。！]")
#: Longest unfinished attribution after a quotation's closing mark (``”在石板街经营``).
ATTRIBUTION_MAX = 20


def _finishes_attribution(left: str, right: str) -> bool:
    """True if ``right`` finishes the attribution that ``left`` leaves cut after a quotation.

    ``left`` ends with a closed quotation and a few words with no sentence end
    (``…越来越多。”在石板街经营``); ``right``'s first sentence holds no quotation and
    ends with a verb of saying (``茶馆的居民沈玉芬说。``).

    Examples
    --------
    >>> _finishes_attribution("“游客也越来越多。”在石板街经营", "茶馆的居民沈玉芬说。")
    True
    >>> _finishes_attribution("游客也越来越多，在石板街经营", "茶馆的居民沈玉芬说。")
    False
    """
    lt, rt = left.strip(), right.strip()
    close = lt.rfind("”")
    if close < 0 or ends_sentence(lt):
        return False
    rest = lt[close + 1:]
    if not rest or len(rest) > ATTRIBUTION_MAX or any(ch in "。！？“" for ch in rest):
        return False
    first = re.match(r"[^。！？]*[。！？]", rt)
    return bool(first and "“" not in first.group() and SAYS_RE.search(first.group())
                and SAYS_RE.search(first.group()).end() == first.end())


def _enum_affinity(tail: list[str], paras: list[str]) -> float:
    """How many tail paragraphs open like a paragraph of ``paras`` (shared 4-char opening; a stock
    sentence repeated word for word, :func:`~corpus_tools.layout.flowevidence.verbatim_opening`, is none)."""
    keys = Counter(_opening(p) for p in paras)
    return float(sum(1 for p in tail if _opening(p) and keys.get(_opening(p), 0) >= 1
                     and (_opening(p) == "#enum" or not verbatim_opening(p, paras))))


def _bodies(units: list[Unit], n: int) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in range(n)]
    for i, u in enumerate(units):
        if u.final == "body" and u.article is not None:
            out[u.article].append(i)
    for seg in out:
        seg.sort(key=lambda i: units[i].rank)
    return out


@dataclass
class _Page:
    """What every candidate move on a page is scored against."""

    units: list[Unit]
    lm: CharLM
    titled: set[int]
    loose: set[int]
    paras: list[int]
    sets: dict[int, set[str]]
    idf: dict[str, float]
    openings: Counter
    heads_first: bool  # most headlines stand above their bodies
    totals: dict[int, float]  # each paragraph's IDF-weighted bigram total (the coverage denominator)
    #: coverage of paragraph i by a group of paragraphs, per group then per i: the same groups are
    #: scored for many candidate moves of one page (a group's tuple is hashed once per _base call)
    memo: dict[tuple[int, ...], dict[int, float]] = field(default_factory=dict)
    groups: dict[tuple[int, ...], set[str]] = field(default_factory=dict)  # bigrams of each group


def _page(units: list[Unit]) -> _Page:
    body_grams: dict[int, set[str]] = {}
    n_paras: Counter = Counter()
    for u in units:
        if u.final == "body" and u.article is not None:
            body_grams.setdefault(u.article, set()).update(cjk_bigrams(u.text))
            n_paras[u.article] += 1
    # an article is titled when a headline names something of its body: a banner or column
    # name matched to a headless run of paragraphs (``将乐新闻`` over a displaced tail) is not
    titled = {u.article for u in units if u.final == "headline"}
    # a short run whose headline shares nothing with it may go whole, but only to finish a cut sentence
    loose = {u.article for u in units if u.final == "headline" and n_paras[u.article] <= MAX_TAIL_PARAS
             and not cjk_bigrams(u.text) & body_grams.get(u.article, set())}
    paras = [i for i, u in enumerate(units) if u.final == "body"]
    sets = {i: cjk_bigrams(units[i].text) for i in paras}
    df = Counter(g for i in paras for g in sets[i])
    lm = default_lm()
    idf = _weights(lm, df, len(paras))
    return _Page(units, lm, titled, loose, paras, sets, idf, Counter(_opening(units[i].text) for i in paras),
                 heads_first(units), {i: sum(idf[g] for g in sets[i]) for i in paras})


def _score(pg: _Page, bodies: list[list[int]], a: int, k: int, b: int) -> tuple[float, bool] | None:
    """Score of moving ``bodies[a][k:]`` to the end of article ``b``: (gain, finishes a cut sentence).

    None when the move is not allowed.
    """
    units, seg, bseg = pg.units, bodies[a], bodies[b]
    tail = seg[k:]
    # (a run signed after a's own signature, displaced from the unsigned article printed before a)
    signed = _printed_before(units, bseg, seg) and signed_tail(units, seg, k, a, bseg, b)
    own = signed and same_signer(units, seg, a, bseg, b)  # (signed by the reporter who signs b's head)
    if (_closed_by_own_byline(units, tail, a, b, bseg) and not signed) or _closed_by_jump(units, tail):
        return None
    if _closed_by_jump(units, bseg[-1:]):
        return None  # (``b`` goes on on another page from its jump mark: no tail printed here ends it)
    t0 = units[tail[0]]
    where = units[seg[k - 1]].text if k else None
    dangling = not ends_sentence(units[bseg[-1]].text)
    join = join_gain(pg.lm, units[bseg[-1]].text, t0.text, where) if dangling else 0.0
    if k > 0 and not signed and (t0.cont or reads_on_where_printed(where, t0.text)) and join < CONT_MARGIN:
        return None  # a cut sentence stays whole unless the tail reads on much better elsewhere
    # the tail finishes b's cut sentence: it reads on from b's last words better than from
    # what is printed before it, and does not open a paragraph the way others on the page
    # do (``必须进一步…``, ``二是…``)
    mid = dangling and join > JOIN_MIN and not _opens(t0.text, pg.openings)
    # ... or finishes b's open quotation: the tail closes a quotation it never opened
    # (``…继续努力。”他说。``) while b's last paragraph leaves one open
    # (or finishes the attribution cut after b's closed quotation, :func:`_finishes_quote`)
    quote = _finishes_quote(units[bseg[-1]].text, t0.text, where)
    mid = mid or quote
    if _printed_before(units, bseg, seg) and not signed and not (
            k > 0 and where is not None and ends_sentence(where) and (quote or mid and join >= BACK_JOIN)):
        # a tail printed after the *next* article goes back to an earlier article only when it
        # clearly finishes that article's cut sentence (a cut word, an attribution, a quotation)
        # and its own article ended a sentence before it
        return None
    enum_b = _enum_affinity([units[i].text for i in tail], [units[i].text for i in bseg])
    enum_a = _enum_affinity([units[i].text for i in tail], [units[i].text for i in seg[:k]])
    # a tail printed after the byline that closes its source article (``…。(张春燕 王瑞琴)`` and
    # then more paragraphs before the next headline) stands apart from that article like a
    # headless run: a byline ends an article
    headless = (k == 0 and a not in pg.titled) or (k > 0 and _after_byline(units, seg[k - 1], tail[0], a))
    enum = enum_b > enum_a and enum_b >= 1
    if k == 0 and a in pg.titled and not mid:
        return None
    if not mid and _item_list(units, bseg) != _item_list(units, tail):
        return None  # a column of marked items (``■…``, a 简讯) goes on with items, and a plain body with text
    if not (mid or enum or headless or (k > 0 and pg.heads_first)):
        return None  # no form cue, and content alone moves a tail only on headline-first pages
    # the alternative home: the paragraphs printed before the tail (its own article's head,
    # or for a headless run the article printed just before it)
    home = seg[:k] if k else _before(units, bodies, tail[0], a)
    bkey, hkey = tuple(bseg), tuple(home)
    skip = set(bseg) | set(tail) | set(home)
    others = [i for i in pg.paras if i not in skip]
    base_b = _base(pg, others, bkey)
    base_h = _base(pg, others, hkey) if home else 0.0
    # coverage above what any other paragraph of the page gets from the same text: a long
    # body covers more of everything
    diffs = [(_cov(pg, i, bkey) - base_b) - (_cov(pg, i, hkey) - base_h)
             for i in tail]
    # ... or, without any form cue, every paragraph of the tail is clearly about the destination
    # (a tail of whole paragraphs printed after an article without a byline)
    # (on a page whose headlines stand above their bodies, where a tail printed after an
    # earlier article is followed by the next article's headline, not by its body)
    # (content similarity alone is no evidence of displacement, :mod:`~corpus_tools.layout.flowevidence`)
    alone = (k > 0 and pg.heads_first and min(diffs) >= CONTENT_ALONE
             and (dangling or not _SPEECH_OPEN_RE.match(units[tail[0]].text.strip()) or _next_article(units, tail, b))
             and not signed_in_order([u.final for u in units], [u.article for u in units], [u.text for u in units],
                                 min(tail), max(tail), a))
    if not (mid or enum or headless or alone):
        return None
    if own:
        return MIN_GAIN + max(sum(diffs), 0.0), mid
    if signed and not mid and min(diffs) < SIGNED_CONTENT:
        return None  # (a signed run goes back only when every paragraph clearly reads like b)
    if k and min(diffs) < 0 and not (mid and (join >= JOIN_STRONG or quote)):
        return None  # every paragraph of a tail reads more like its destination
    content = sum(diffs)
    gain = content + 0.5 * (enum_b - enum_a)
    if mid:
        gain += _mid_bonus(join, quote)
    if (headless or alone) and content > 0:
        gain += MIN_GAIN  # a run with no headline of its own is a tail, not an article
    return gain, mid


def _best_move(pg: _Page, bodies: list[list[int]], live: list[int]) -> tuple[float, int, int, int, bool] | None:
    """The best-scoring allowed move (gain, source, first paragraph, destination, mid-sentence)."""
    units = pg.units
    best = None
    for a in live:
        seg = bodies[a]
        # a titled article keeps at least its first paragraph; a headless run may go whole
        for k in range(1 if a in pg.titled and a not in pg.loose else 0, len(seg)):
            first = seg[k]
            if is_lead(units[first].text) or PHOTO_MARK_RE.match(units[first].text):
                continue  # a lead opens its own article; a marked photo caption (``▲…``) is no text's tail
            if _table_row(units[first].text):
                continue  # (a table's row, cells parted by spaces: no text's cut tail)
            if k == 0 and not any(units[j].final == "body" and units[j].article != a for j in range(first)):
                continue  # a displaced tail is printed after another article's body
            for b in live:
                if b == a or b not in pg.titled:
                    continue
                if units[bodies[b][0]].rank < units[first].rank and not _printed_before(units, bodies[b], seg):
                    continue  # a displaced tail is printed before its own (titled) article's body
                scored = _score(pg, bodies, a, k, b)
                if scored and scored[0] >= MIN_GAIN and (best is None or scored[0] > best[0]):
                    best = (scored[0], a, k, b, scored[1])
        if a in pg.titled and len(seg) >= 2 and _head_may_go(pg, seg[0], a):
            for b in live:  # (a titled article's first paragraph that finishes another's cut sentence)
                gain = _head_gain(pg, bodies, a, b) if b != a and b in pg.titled else None
                if gain is not None and gain >= MIN_GAIN and (best is None or gain > best[0]):
                    best = (gain, a, -1, b, True)
    return best


def reads_on_where_printed(where: str | None, text: str) -> bool:
    """Whether ``text`` goes on with the cut sentence printed right before it (``where`` stops
    mid-sentence and ``text`` reads on from it, :func:`~corpus_tools.layout.continuity.reads_on`): one
    paragraph the line model cut in two (a first line indented and as wide as the column, ``……是协调`` /
    ``推进“四个全面”…``), not a tail printed after a finished text.

    Examples
    --------
    >>> reads_on_where_printed("开展专题教育，是协调", "推进“四个全面”战略布局的重要举措。")
    True
    >>> reads_on_where_printed("专题教育全面启动。", "推进“四个全面”战略布局的重要举措。")
    False
    """
    return bool(where) and not ends_sentence(where) and not BYLINE_TAIL_RE.search(where) and reads_on(where, text)


def _finishes_quote(end: str, text: str, where: str | None = None) -> bool:
    """Whether ``text`` finishes a quotation cut at ``end``: it closes a quotation it never opened
    (``…继续努力。”他说。``) while ``end`` leaves one open (and ``where``, the text printed before it,
    none), or it finishes the attribution cut after ``end``'s closed quotation (``”在石板街经营`` +
    ``茶馆的居民沈玉芬说。``)."""
    return ((_closes_quote(text) and _open_quotes(end) > 0 and not (where and _open_quotes(where) > 0))
            or _finishes_attribution(end, text))


def _mid_bonus(join: float, quote: bool) -> float:
    """What finishing a cut sentence adds to a move's gain: a join of ``join`` nats, a quotation."""
    return 0.3 + JOIN_WEIGHT * min(join, JOIN_CAP) + (QUOTE_GAIN if quote else 0.0)


def _head_may_go(pg: _Page, first: int, a: int) -> bool:
    """Whether body paragraph ``first``, the first of titled article ``a``, may be another article's
    displaced tail (:func:`_head_gain`): no lead, no opening of the page's paragraphs, and printed after
    another article's body."""
    units, text = pg.units, pg.units[first].text
    return (not is_lead(text) and not _opens(text, pg.openings)
            and any(units[j].final == "body" and units[j].article not in (a, None) for j in range(first)))


def _head_gain(pg: _Page, bodies: list[list[int]], a: int, b: int) -> float | None:
    """Score of moving the first body paragraph of titled article ``a`` to the end of ``b``, or None.

    A body never opens mid-sentence: a first paragraph printed after another article's body that
    finishes ``b``'s cut sentence (a join of at least :data:`BACK_JOIN` nats, a cut quotation or
    attribution) is ``b``'s displaced tail, read into the article printed under it (a headline
    printed after its body, ``…一声医`` + ``生。”龙光庆说。``). The caller checks ``a``'s paragraph
    first (:func:`_head_may_go`) and the gain against :data:`MIN_GAIN`.
    """
    units = pg.units
    text, end = units[bodies[a][0]].text, units[bodies[b][-1]].text
    if ends_sentence(end):
        return None
    join = join_gain(pg.lm, end, text, None)
    quote = _finishes_quote(end, text)
    if join < BACK_JOIN and not quote:
        return None
    return _mid_bonus(join, quote)


def _move(units: list[Unit], bodies: list[list[int]], a: int, k: int, b: int, mid: bool) -> tuple[int, int]:
    """Re-attach ``bodies[a][k:]`` to the end of article ``b``; returns the moved span."""
    tail = bodies[a][k:]
    lo, hi = units[bodies[b][-1]].rank, units[bodies[b][-1]].rank + 1.0
    # paragraphs moved to b before, but printed after this tail, follow it (reading order is
    # print order), unless they finish b's cut sentence
    later = [i for i in bodies[b] if units[i].rank != float(i) and i > max(tail)]
    if later and not mid:
        first = min(later, key=lambda i: units[i].rank)
        if not units[first].cont:
            hi = units[first].rank
            lo = max(units[i].rank for i in bodies[b] if units[i].rank < hi)
    for j, i in enumerate(tail):
        units[i].article = b
        units[i].rank = lo + (hi - lo) * (j + 1) / (len(tail) + 1)
    units[tail[0]].cont = mid
    # a byline printed right after the moved tail goes with it
    after = max(tail) + 1
    if after < len(units) and units[after].final == "byline" and units[after].article == a:
        units[after].article = b
    if k == 0:
        for u in units:  # a headless run has nothing else to keep
            if u.article == a and u.final in ("byline", "caption"):
                u.article = b
            elif u.article == a and u.final == "headline":
                u.final, u.article = "banner", None  # the column name it was taken under
    return min(units[i].start for i in tail), max(units[i].end for i in tail)  # a tail may hold moved paragraphs


def _move_head(units: list[Unit], bodies: list[list[int]], a: int, b: int) -> tuple[int, int]:
    """Re-attach the first body paragraph of ``a`` to the end of ``b``, continuing its cut sentence."""
    i = bodies[a][0]
    units[i].article, units[i].rank, units[i].cont = b, units[bodies[b][-1]].rank + 0.5, True
    return units[i].start, units[i].end


def repair_flow(units: list[Unit], n_articles: int, raw: str) -> list[Repair]:
    """Re-attach displaced article tails; returns the ``"move"`` repairs made.

    Changes ``article``, ``cont`` and ``rank`` of the moved units (and of a byline printed
    right after a moved tail). At most :data:`MAX_MOVES` moves, best first. A tail read into the
    paragraph above it is first split off at a line break of the page's ``raw`` text
    (:func:`~corpus_tools.layout.flowsplit.split_merged_tails`; ``units`` gains a unit), and
    joined again when it is not moved.
    """
    repairs: list[Repair] = []
    splits = split_merged_tails(units, raw)
    pg = _page(units)
    for _ in range(MAX_MOVES):
        bodies = _bodies(units, n_articles)
        live = [s for s in range(n_articles) if bodies[s]]
        best = _best_move(pg, bodies, live) if len(live) >= 2 else None
        if best is None:
            break
        gain, a, k, b, mid = best
        if k < 0:  # the first paragraph of a titled article (:func:`_head_gain`)
            n, start, end = 1, *_move_head(units, bodies, a, b)
        else:
            n = len(bodies[a]) - k
            start, end = _move(units, bodies, a, k, b, mid)
        repairs.append(Repair("move", start, end, "",
                              f"column flow: {n} paragraph(s) printed after article body {a} "
                              f"re-attached to the end of article body {b} (score {gain:.2f}"
                              f"{', continuing its cut sentence' if mid else ''})"))
    unsplit(units, splits)
    return repairs


def _table_row(text: str) -> bool:
    """A table's row as a body paragraph (``白马湖 Ⅱ类 2.6``): short cells parted by spaces, a figure, no sentence mark."""
    cells = text.split()
    return (2 <= len(cells) and len(text) <= 40 and any(ch.isdigit() for ch in text)
            and not any(ch in "，,。；;！？!?…" for ch in text))


def _item_list(units: list[Unit], seg: list[int]) -> bool:
    """True if every paragraph of ``seg`` opens with the same item mark (``■``, ``●``: a column of briefs)."""
    marks = {units[i].text.strip()[:1] for i in seg}
    return len(marks) == 1 and marks <= set(ITEM_MARKS)


def _printed_before(units: list[Unit], bseg: list[int], seg: list[int]) -> bool:
    """True if the whole body ``bseg`` is printed before the body ``seg`` starts.

    A tail of ``seg`` may then be the cut ending of ``bseg`` printed after the next article
    (column flow the other way round).
    """
    return bool(bseg and seg) and units[bseg[-1]].rank < units[seg[0]].rank


def _after_byline(units: list[Unit], prev: int, first: int, a: int) -> bool:
    """True if a byline of article ``a`` is printed between its body paragraphs ``prev`` and ``first``."""
    lo, hi = sorted((prev, first))
    return (any(units[j].final == "byline" and units[j].article == a for j in range(lo + 1, hi))
            or bool(BYLINE_TAIL_RE.search(units[prev].text)))


def _closed_by_own_byline(units: list[Unit], tail: list[int], a: int, b: int, bseg: list[int]) -> bool:
    """True if a byline of ``a`` is printed right after ``tail`` while ``b`` has a byline of its own.

    ``b``'s own byline is a byline unit of ``b`` or one in the lead of its first paragraph
    (``本报讯（通讯员 李娜）近日，…``).

    The byline then closes article ``a`` and the paragraphs before it are ``a``'s own ending
    (``会议要求，…`` then ``（记者 高文）``): moving them would give ``b`` two bylines. A displaced
    tail printed with its byline leaves its destination without one.
    """
    after = max(tail) + 1
    if after >= len(units) or units[after].final != "byline" or units[after].article != a:
        return False
    return (any(u.final == "byline" and u.article == b for u in units)
            or bool(bseg and lead_byline(units[bseg[0]].text)))


#: A paragraph opening on a speaker and a verb of speech (``村党支部书记蒋建华说，``): an article's closing
#: quote, which :func:`_next_article` keeps from jumping over another article on content alone.
_SPEECH_OPEN_RE = re.compile(r"^[^，。！？；“”]{2,24}(?:说|表示|介绍|告诉记者|感慨|笑着说)[，：:]")


def _next_article(units: list[Unit], tail: list[int], b: int) -> bool:
    """True if the first headline of another article printed after ``tail`` is ``b``'s.

    A tail opening on a speaker's words (:data:`_SPEECH_OPEN_RE`) moved on content alone (no cut
    sentence, enumeration or byline to say so) goes to an article whose body ends a sentence only if
    that article's headline is printed next (other
    displaced tails may stand between, as on seed page 002): a paragraph that would have to jump
    over another article's headline to reach a finished article it merely shares words with (a
    village secretary's closing quote and a later article about another village's secretary)
    stays where it is printed. A destination cut mid-sentence may be further on (seed page 002's
    third article).
    """
    own = units[tail[0]].article
    for u in units[max(tail) + 1:]:
        if u.article is not None and u.article != own and u.final == "headline":
            return u.article == b
    return False


def _closed_by_jump(units: list[Unit], tail: list[int]) -> bool:
    """True if a jump line (``（下转第2版）``, :data:`~corpus_tools.layout.patterns.JUMP_LINE_RE`) is
    printed right after ``tail``: the text goes on on another page from there, so the paragraphs before
    it are the end of their own article's text on this page, not another article's tail."""
    after = max(tail) + 1
    return after < len(units) and units[after].final == "credit" and bool(JUMP_LINE_RE.match(units[after].text.strip()))


def _before(units: list[Unit], bodies: list[list[int]], i: int, a: int) -> list[int]:
    """Body paragraphs of the article printed just before unit ``i`` (other than ``a``)."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.final == "body" and u.article is not None and u.article != a:
            return bodies[u.article]
    return []


def _weights(lm: CharLM, df: Counter, n_paras: int) -> dict[str, float]:
    """Weight of each character pair: rare on the page and rare in news text (the model's counts)."""
    grams = list(df)
    if not grams:
        return {}
    counts = lm.pair_counts(grams)
    total = float(lm.total_)
    out = {}
    for g, c in zip(grams, counts):
        page = math.log((n_paras + 1) / (df[g] + 0.5))
        # the page's own inverse frequency, scaled by the pair's rarity in news text (0 … 1)
        out[g] = page * math.log(total / (float(c) + 1.0)) / math.log(total)
    return out


def _base(pg: _Page, paras: list[int], group: tuple[int, ...]) -> float:
    """Mean coverage of unrelated paragraphs by the paragraphs *group*."""
    if not (paras and group):
        return 0.0
    memo = pg.memo.setdefault(group, {})
    return sum(memo[i] if i in memo else _cov(pg, i, group, memo) for i in paras) / len(paras)


def _cov(pg: _Page, i: int, group: tuple[int, ...], memo: dict[int, float] | None = None) -> float:
    """IDF-weighted share of paragraph *i*'s bigrams found in the paragraphs *group* (memoised per
    page; *memo*: the group's entry of ``pg.memo`` when the caller has it)."""
    if memo is None:
        memo = pg.memo.setdefault(group, {})
    if i not in memo:
        other = pg.groups.get(group)
        if other is None:
            other = pg.groups[group] = set().union(*(pg.sets[j] for j in group))
        total, idf = pg.totals[i], pg.idf
        memo[i] = sum(idf[g] for g in pg.sets[i] if g in other) / (total + 1.0) if total else 0.0
    return memo[i]
