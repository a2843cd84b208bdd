"""Article boundaries from the line model's tags: the layout grammar the tags cannot express.

The line model (:mod:`~corpus_tools.layout.lineroles`) gives every line a role and marks the
first line of each article; :func:`~corpus_tools.layout.assemble.units_from_tags` turns that into
units. These steps then apply what a reader knows about a page's layout:

* :func:`split_at_leads` — a news lead (``本报讯 …``) opens its article's body;
* :func:`subheads_to_body` — heading lines inside one article's body are an in-body subhead
  when the text goes on with the same topic across them, else they are the boundary of two
  articles (the headline group goes with the side whose words it repeats);
* :func:`headline_like_bodies` — an untitled one-line body without punctuation is a headline;
* :func:`adopt_strays` — headline groups and captions printed away from their article join
  the article they are about.
"""

from __future__ import annotations

from corpus_tools.layout.arbiter import shares_topic
from corpus_tools.layout.match import Matcher
from corpus_tools.layout.patterns import CLAUSE_PUNCT, MAX_HEADING_WIDTH, cjk_bigrams, ends_sentence, is_lead, text_width
from corpus_tools.layout.units import Unit

_HEADS = ("kicker", "headline", "subtitle")


def split_at_leads(units: list[Unit], n_articles: int) -> int:
    """A news lead (``本报讯 …``) opens its article's body: an article holding body text before
    a lead is split there.

    Heading lines printed just before the lead go with the new article when the article
    already has a headline elsewhere (headlines above bodies), else they stay (headlines
    below bodies). Returns the new number of articles (renumbered in order).
    """
    cut = False
    for i, u in enumerate(units):
        a = u.article
        if u.final != "body" or a is None or not is_lead(u.text):
            continue
        if not any(v.final == "body" and v.article == a for v in units[:i]):
            continue
        j = i
        while j > 0 and units[j - 1].article == a and units[j - 1].final in _HEADS:
            j -= 1
        first_head = next((k for k, v in enumerate(units) if v.article == a and v.final == "headline"), None)
        start = j if first_head is not None and first_head < j else i
        new = n_articles + 1000 + i  # a fresh id, renumbered below
        for v in units[start:]:
            if v.article == a:
                v.article = new
        cut = True
    return renumber(units) if cut else n_articles


def renumber(units: list[Unit]) -> int:
    """Number the articles 0, 1, … in the order of their first unit; returns how many."""
    order: dict[int, int] = {}
    for u in units:
        if u.article is not None:
            u.article = order.setdefault(u.article, len(order))
    return len(order)


#: Characters of body text read on either side of a heading group inside a body (:func:`subheads_to_body`).
TOPIC_CHARS = 300


def _side_bigrams(units: list[Unit], idx: list[int], *, backward: bool) -> set[str]:
    """Bigrams of about :data:`TOPIC_CHARS` characters of the body units ``idx`` (nearest first):
    their ends when reading ``backward`` from a heading, else their starts."""
    out: set[str] = set()
    left = TOPIC_CHARS
    for k in idx:
        if left <= 0:
            break
        t = units[k].text
        t = t[-left:] if backward else t[:left]
        out |= cjk_bigrams(t)
        left -= len(t)
    return out


def subheads_to_body(units: list[Unit], n_articles: int) -> int:
    """Heading lines with their article's body both above and below them: an in-body subhead,
    or the boundary of two articles.

    An article's headline group stands before or after its body, never inside it (seed 001:
    ``打破人才匮乏`` / ``有序开展社会治理`` between two paragraphs of one article are subheads).
    When the body text after the heading lines does not go on with the topic of the text
    before them (:func:`~corpus_tools.layout.arbiter.shares_topic`, :data:`TOPIC_CHARS` either
    side), the line model missed an article start: the article is split there, and the
    heading group goes with the side whose words it repeats (above: a headline printed after
    its body; else below). Returns the new number of articles (renumbered in order).
    """
    cut = False
    i = 0
    while i < len(units):
        if units[i].final not in _HEADS:
            i += 1
            continue
        j = i
        while j < len(units) and units[j].final in _HEADS and units[j].article == units[i].article:
            j += 1
        a = units[i].article
        above = next((u for u in reversed(units[:i]) if u.final in ("body", *_HEADS)), None)
        below = next((u for u in units[j:] if u.final in ("body", *_HEADS)), None)
        if (a is not None and above is not None and below is not None and above.final == below.final == "body"
                and above.article == below.article == a):
            before = _side_bigrams(units, [k for k in range(i - 1, -1, -1) if units[k].final == "body"
                                           and units[k].article == a], backward=True)
            after = _side_bigrams(units, [k for k in range(j, len(units)) if units[k].final == "body"
                                          and units[k].article == a], backward=False)
            if shares_topic(before, after):
                for u in units[i:j]:
                    u.final, u.kind = "body", "body"
            else:
                heads = set().union(*(cjk_bigrams(u.text) for u in units[i:j]))
                start = j if len(heads & before) > len(heads & after) else i
                new = n_articles + 1000 + i  # a fresh id, renumbered below
                for v in units[start:]:
                    if v.article == a:
                        v.article = new
                cut = True
        i = j
    return renumber(units) if cut else n_articles


def headline_like_bodies(units: list[Unit]) -> None:
    """An untitled article whose whole body is one short line without punctuation is a headline.

    The line model can read a headline printed away from its body as a one-line article
    (seed 000: ``彩灯“绣”古城 共享中国年`` under a banner at the page's end); as a headline it
    is then joined to its body by :func:`adopt_strays`.
    """
    bodies: dict[int, list[Unit]] = {}
    titled = set()
    for u in units:
        if u.article is None:
            continue
        if u.final == "body":
            bodies.setdefault(u.article, []).append(u)
        elif u.final == "headline":
            titled.add(u.article)
    for a, us in bodies.items():
        if a in titled or len(us) != 1 or len(us[0].pieces) != 1:
            continue
        t = us[0].text
        if (text_width(t) <= MAX_HEADING_WIDTH and not ends_sentence(t) and not is_lead(t)
                and not any(ch in CLAUSE_PUNCT for ch in t)):
            us[0].final, us[0].kind = "headline", "head"


#: Least content overlap (:meth:`Matcher.coverage`) for a stray headline to join a body.
_ADOPT_MIN = 0.15


def adopt_strays(units: list[Unit], n_articles: int) -> int:
    """Join headline groups and captions printed away from their article to the article they are about.

    The line model opens an article at a headline group that stands after another article's
    headline (seed 000: body, body, headline, banner, headline) and at a caption printed
    under another article (seed 001). Such an article has no body: a headline group joins,
    best content match first, an article that has a body and no headline of its own; a
    caption joins the article whose text it overlaps most, else the article printed before
    it. Returns the new number of articles (renumbered in order).
    """
    parts: list[dict[str, list[int]]] = [{} for _ in range(n_articles)]
    for i, u in enumerate(units):
        if u.article is not None:
            parts[u.article].setdefault(u.final, []).append(i)
    hosts = [a for a, p in enumerate(parts) if "body" in p]
    strays = [a for a, p in enumerate(parts) if p and "body" not in p]
    if not hosts or not strays:
        return n_articles

    def text(a: int, kinds: tuple[str, ...]) -> str:
        return " ".join(units[i].text for k in kinds for i in parts[a].get(k, []))

    m = Matcher([text(a, ("body", "headline")) for a in hosts])
    target: dict[int, int] = {}
    used: set[int] = set()
    heads = [a for a in strays if "headline" in parts[a]]
    untitled = [j for j, a in enumerate(hosts) if "headline" not in parts[a]]
    pairs = sorted(((m.coverage(text(h, ("headline",)), j), h, j) for h in heads for j in untitled), reverse=True)
    for cov, h, j in pairs:
        if cov >= _ADOPT_MIN and h not in target and j not in used:
            target[h] = hosts[j]
            used.add(j)
    for a in strays:
        if a in target or "headline" in parts[a]:
            continue
        words = text(a, ("caption", "kicker", "subtitle", "byline"))
        cov = [m.coverage(words, j) for j in range(len(hosts))]
        best = max(range(len(hosts)), key=cov.__getitem__)
        earlier = [h for h in hosts if h < a]
        target[a] = hosts[best] if cov[best] >= _ADOPT_MIN else (earlier[-1] if earlier else hosts[0])
    if not target:
        return n_articles
    for u in units:
        if u.article in target:
            u.article = target[u.article]
    return renumber(units)
