"""Column-flow repair: article tails printed away from their article.

A page set in columns can print the last lines of an article after an *earlier* article,
before the next headline (seed page 002): the earlier article then seems to end with
another's sentences while the later one stops mid-sentence. After headlines, bylines and
captions are attached, :func:`repair_flow` looks for such tails and re-attaches them:

* **candidates** — a suffix of an article's body paragraphs (never its first paragraph), or a
  whole run of body paragraphs that got no headline;
* **destinations** — another article; one whose body ends mid-sentence (no ``。！？…``) needs
  a continuation, and a candidate that starts mid-sentence (its first paragraph follows a
  finished sentence but itself reads on from the destination's last words) supplies one;
* **score** — sentence continuity of the join (the character bigram across the join seen
  elsewhere on the page), enumerations (``一是/二是``, ``要切实把握…做强做大``: paragraph
  openings shared with the destination rather than the source) and content (IDF-weighted
  bigram overlap with the destination's body minus the overlap with the rest of the source).

A move is made only when the destination ends mid-sentence or the tail's paragraph
openings repeat the destination's enumeration, and the evidence favours the destination.
Every move is recorded as a :class:`~corpus_tools.layout.model.Repair` of kind ``"move"``
(nothing removed: ``removed`` is empty; ``start``/``end`` span the moved text) so nothing is
hidden; :func:`~corpus_tools.layout.assemble.check_no_loss` accepts them.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from corpus_tools.layout.continuity import CharLM, default_lm
from corpus_tools.layout.model import Repair
from corpus_tools.layout.patterns import cjk_bigrams, ends_sentence, is_lead
from corpus_tools.layout.units import Unit

#: Largest number of moves made on one page.
MAX_MOVES = 4
#: A run of at most this many paragraphs under a headline sharing nothing with it may be a tail.
MAX_TAIL_PARAS = 3
#: Minimum score of a move (see :func:`repair_flow`).
MIN_GAIN = 0.5
#: A fragment finishes a cut sentence when it reads on from it by more than this (nats, :func:`_join`).
JOIN_MIN = 0.0
#: ... and so clearly that it overrides content evidence above this.
JOIN_STRONG = 3.0
#: A fragment joined to a cut sentence on the page moves only if it reads on better elsewhere by this.
CONT_MARGIN = 2.0
#: Weight and cap of the join's log-likelihood ratio in a move's score.
JOIN_WEIGHT, JOIN_CAP = 0.1, 6.0
_TRACE: list | None = None
BG, BG_MIX = True, 0.0
_ENUM_RE = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|[(（]?[一二三四五六七八九十\d]+[)）、.．])")


def _opening(text: str) -> str:
    """The enumeration key of a paragraph: its marker (``一是``) or first four characters."""
    t = text.strip()
    m = _ENUM_RE.match(t)
    if m:
        return "#enum"
    return t[:4] if len(t) >= 8 else ""


def _opens(text: str, openings: Counter) -> bool:
    """True if ``text`` opens a paragraph: an enumeration marker or an opening shared on the page."""
    key = _opening(text)
    return key == "#enum" or bool(key) and openings.get(key, 0) >= 2


def _enum_affinity(tail: list[str], paras: list[str]) -> float:
    """How many tail paragraphs open like a paragraph of ``paras`` (shared 4-char opening)."""
    keys = Counter(_opening(p) for p in paras)
    return float(sum(1 for p in tail if _opening(p) and keys.get(_opening(p), 0) >= 1))


#: Characters of a fragment scored after each left context (see :func:`_join`).
JOIN_CHARS = 4


def _join(lm: CharLM, left: str, right: str, where: str | None) -> float:
    """How much better ``right`` reads after ``left`` than where it is printed.

    Log-likelihood ratio (nats) of the first :data:`JOIN_CHARS` characters of ``right``
    after ``left``'s last words against after ``where`` (the paragraph printed before it;
    None: a paragraph start). ``改`` + ``革，不断`` scores high, ``…底线。`` + ``加快建设`` near 0.
    """
    head = right.strip()[:JOIN_CHARS]
    if not head:
        return 0.0
    return lm.logprob(head, context=left.strip()) - lm.logprob(head, context=where.strip() if where else None)


def _bodies(units: list[Unit], n: int) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in range(n)]
    for i, u in enumerate(units):
        if u.final == "body" and u.article is not None:
            out[u.article].append(i)
    for seg in out:
        seg.sort(key=lambda i: units[i].rank)
    return out


def repair_flow(units: list[Unit], n_articles: int) -> list[Repair]:
    """Re-attach displaced article tails; returns the ``"move"`` repairs made.

    Changes ``article``, ``cont`` and ``rank`` of the moved units (and of a byline printed
    right after a moved tail).
    """
    repairs: list[Repair] = []
    # an article is titled when a headline names something of its body: a banner or column
    # name matched to a headless run of paragraphs (``将乐新闻`` over a displaced tail) is not
    body_grams: dict[int, set[str]] = {}
    n_paras: Counter = Counter()
    for u in units:
        if u.final == "body" and u.article is not None:
            body_grams.setdefault(u.article, set()).update(cjk_bigrams(u.text))
            n_paras[u.article] += 1
    titled = {u.article for u in units if u.final == "headline"}
    # a short run whose headline shares nothing with it may go whole, but only to finish a cut sentence
    loose = {u.article for u in units if u.final == "headline" and n_paras[u.article] <= MAX_TAIL_PARAS
             and not cjk_bigrams(u.text) & body_grams.get(u.article, set())}
    paras = [i for i, u in enumerate(units) if u.final == "body"]
    sets = {i: cjk_bigrams(units[i].text) for i in paras}
    df = Counter(g for i in paras for g in sets[i])
    lm = default_lm()
    idf = _weights(lm, df, len(paras))
    openings = Counter(_opening(units[i].text) for i in paras)
    for _ in range(MAX_MOVES):
        bodies = _bodies(units, n_articles)
        live = [s for s in range(n_articles) if bodies[s]]
        if len(live) < 2:
            break
        best = None
        for a in live:
            seg = bodies[a]
            # a titled article keeps at least its first paragraph; a headless run may go whole
            for k in range(1 if a in titled and a not in loose else 0, len(seg)):
                tail = seg[k:]
                t0 = units[tail[0]]
                if is_lead(t0.text):
                    continue  # a lead opens its own article
                where = units[seg[k - 1]].text if k else None
                if k == 0 and not any(units[j].final == "body" and units[j].article != a for j in range(tail[0])):
                    continue  # a displaced tail is printed after another article's body
                for b in live:
                    if b == a or b not in titled:
                        continue
                    bseg = bodies[b]
                    if units[bseg[0]].rank < units[tail[0]].rank:
                        continue  # a displaced tail is printed before its own article's body
                    dangling = not ends_sentence(units[bseg[-1]].text)
                    join = _join(lm, units[bseg[-1]].text, t0.text, where) if dangling else 0.0
                    if k > 0 and t0.cont and join < CONT_MARGIN:
                        continue  # a cut sentence stays whole unless the tail reads on much better elsewhere
                    # the tail finishes b's cut sentence: it reads on from b's last words better
                    # than from what is printed before it, and does not open a paragraph the way
                    # others on the page do (``必须进一步…``, ``二是…``)
                    mid = dangling and join > JOIN_MIN and not _opens(t0.text, openings)
                    enum_b = _enum_affinity([units[i].text for i in tail], [units[i].text for i in bseg])
                    enum_a = _enum_affinity([units[i].text for i in tail], [units[i].text for i in seg[:k]])
                    headless = k == 0 and a not in titled
                    allowed = not (not mid and not (enum_b > enum_a and enum_b >= 1) and not headless)
                    allowed = allowed and not (k == 0 and a in titled and not mid)
                    if not allowed and _TRACE is None:
                        continue
                    bset = set().union(*(sets[i] for i in bseg))
                    # the alternative home: the paragraphs printed before the tail (its own article's
                    # head, or for a headless run the article printed just before it)
                    home = seg[:k] if k else _before(units, bodies, tail[0], a)
                    hset = set().union(*(sets[i] for i in home)) if home else set()
                    others = [i for i in paras if i not in bseg and i not in tail and i not in home]
                    base_b = _base(others, bset, sets, idf)
                    base_h = _base(others, hset, sets, idf) if home else 0.0
                    # coverage above what any other paragraph of the page gets from the same
                    # text: a long body covers more of everything
                    diffs = [(_cov(sets[i], bset, idf) - base_b) - (_cov(sets[i], hset, idf) - base_h)
                             for i in tail]
                    if k and min(diffs) < 0 and not (mid and join >= JOIN_STRONG):
                        allowed = False  # every paragraph of a tail reads more like its destination
                    content = sum(diffs)
                    gain = content + 0.5 * (enum_b - enum_a)
                    if mid:
                        gain += 0.3 + JOIN_WEIGHT * min(join, JOIN_CAP)
                    if headless and content > 0:
                        gain += MIN_GAIN  # a run with no headline of its own is a tail, not an article
                    if _TRACE is not None:
                        _TRACE.append(dict(a=a, k=k, b=b, tail=tail, dangling=dangling, join=join, mid=mid,
                                           enum=enum_b - enum_a, content=content, mindiff=min(diffs),
                                           headless=headless, gain=gain, cont=t0.cont,
                                           ttext=[units[i].text for i in tail], btext=units[bseg[0]].text,
                                           blast=units[bseg[-1]].text, where=where, allowed=allowed))
                    if allowed and gain >= MIN_GAIN and (best is None or gain > best[0]):
                        best = (gain, a, k, b, mid)
        if best is None:
            break
        gain, a, k, b, dangling = best
        if _TRACE is not None:
            _TRACE.append(dict(chosen=(a, k, b)))
        seg, bseg = bodies[a], bodies[b]
        tail = seg[k:]
        last_rank = units[bseg[-1]].rank
        for j, i in enumerate(tail):
            units[i].article = b
            units[i].rank = last_rank + 1 + j / (len(tail) + 1)
        units[tail[0]].cont = dangling
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
        start, end = units[tail[0]].start, units[tail[-1]].end
        repairs.append(Repair("move", start, end, "",
                              f"column flow: {len(tail)} paragraph(s) printed after article body {a} "
                              f"re-attached to the end of article body {b} (score {gain:.2f}"
                              f"{', continuing its cut sentence' if dangling else ''})"))
    return repairs



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
        out[g] = page * (BG_MIX + math.log(total / (float(c) + 1.0)) / math.log(total)) if BG else page
    return out


def _base(paras: list[int], other: set[str], sets: dict[int, set[str]], idf: dict[str, float]) -> float:
    """Mean coverage of unrelated paragraphs by ``other``."""
    return sum(_cov(sets[i], other, idf) for i in paras) / len(paras) if paras and other else 0.0


def _cov(grams: set[str], other: set[str], idf: dict[str, float]) -> float:
    """IDF-weighted share of a paragraph's bigrams found in ``other``."""
    total = sum(idf[g] for g in grams)
    return sum(idf[g] for g in grams if g in other) / (total + 1.0) if total else 0.0
