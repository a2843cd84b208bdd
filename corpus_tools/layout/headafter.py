"""A headline printed after its body on a page whose headlines stand above their bodies.

Most pages print every headline above its body; now and then one article is set the other
way round (顺德: body, photo, byline, then its headline, then the next article's headline
and body). Read in print order, that article's paragraphs then seem to continue the
article above them and its headline seems to open an article with no body.
:func:`heads_after_bodies` gives such a headline back to the paragraphs above it, from the
form of the page alone:

* the page prints most headlines above their bodies (:func:`heads_first`);
* a heading group (kicker, headline, subtitle) opens an article with nothing but headings,
  or is a banner line, or a kicker over another headline, naming what the paragraphs above
  it are about (more than the body under it);
* the group is printed right after a byline (captions may stand between) that closes body
  paragraphs;
* those paragraphs start after another byline that closed the article before them (or
  form a run of their own with no headline).
"""

from __future__ import annotations

from corpus_tools.layout.boundaries import renumber
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BRIEF_MARKS, BYLINE_TAIL_RE, CLAUSE_PUNCT, FINAL_PUNCT, cjk_bigrams, turn_point
from corpus_tools.layout.units import Unit

_HEADS = ("kicker", "headline", "subtitle")
#: Least number of character pairs a banner shares with the paragraphs above it to be their headline.
BANNER_OVERLAP = 2


def heads_first(units: list[Unit]) -> bool:
    """True if most titled articles print their headline before their first body paragraph.

    Examples
    --------
    >>> heads_first([Unit("head", [(0, 2)], "标题", article=0, final="headline"),
    ...              Unit("body", [(3, 9)], "正文正文。", article=0, final="body")])
    True
    """
    first: dict[int, str] = {}
    for u in units:
        if u.article is not None and u.final in ("headline", "body"):
            # (a marked brief, ``■顺宁镇开通程控电话　日前，…``, prints its title, if any, in its text's first
            # line: it does not vote)
            marked = u.final == "body" and u.text.lstrip()[:1] in BRIEF_MARKS
            first.setdefault(u.article, "marked" if marked else u.final)
    votes = [k for k in first.values() if k != "marked"]
    return bool(votes) and sum(k == "headline" for k in votes) > len(votes) / 2


class _Articles:
    """Where each article's units stand, kept up to date as :func:`heads_after_bodies` moves
    units between articles, so that a question about one article costs the size of that
    article, not of the page (the whole pass is linear in the page's units).
    """

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.at: dict[int | None, list[int]] = {}
        for i, u in enumerate(units):
            self.at.setdefault(u.article, []).append(i)

    def of(self, a: int | None) -> list[int]:
        """Positions of the units of article ``a``, in print order."""
        return self.at.get(a, [])

    def first(self, a: int | None, final: str) -> int | None:
        """Position of article ``a``'s first unit of kind ``final``, if any."""
        return next((k for k in self.of(a) if self.units[k].final == final), None)

    def with_final(self, a: int | None, final: str, before: int | None = None) -> list[int]:
        """Positions of article ``a``'s units of kind ``final`` (before position ``before``)."""
        return [k for k in self.of(a) if (before is None or k < before) and self.units[k].final == final]

    def move(self, positions: list[int], target: int | None) -> None:
        """Give the units at ``positions`` to article ``target``."""
        if not positions:
            return
        olds = {self.units[i].article for i in positions}
        for i in positions:
            self.units[i].article = target
        for o in olds - {target}:
            self.at[o] = [k for k in self.at[o] if self.units[k].article == o]
        self.at[target] = sorted(set(self.of(target)) | set(positions))


def _run_above(units: list[Unit], byline: int, arts: _Articles) -> list[int] | None:
    """Body paragraphs and captions closed by the byline ``units[byline]``, when they stand apart.

    They stand apart when another byline of the same article closes the paragraphs before
    them, or when they are an article of their own with no headline. None otherwise.
    """
    a = units[byline].article
    if a is None:
        return None
    run: list[int] = []
    k = byline - 1
    while k >= 0 and units[k].article == a and units[k].final in ("body", "caption"):
        run.append(k)
        k -= 1
    if not any(units[i].final == "body" for i in run):
        return None
    run.reverse()
    if k >= 0 and units[k].article == a and units[k].final == "byline":
        first_body = arts.first(a, "body")
        return run if first_body is not None and first_body < k else None
    titled = arts.first(a, "headline") is not None
    own = arts.of(a)[0] >= run[0] and arts.of(a)[-1] <= byline
    return run if own and not titled else None


def heads_after_bodies(units: list[Unit], n_articles: int) -> int:
    """Give a headline printed after its body back to its paragraphs (see the module docstring).

    Changes ``article`` (and a banner's ``final``) of the units concerned; returns the new
    number of articles (renumbered in print order). Linear in the number of units: what is
    asked of an article is read from an index of its units (:class:`_Articles`).
    """
    if not heads_first(units):
        return n_articles
    arts = _Articles(units)
    changed = False
    g = 1
    while g < len(units):
        u = units[g]
        group = _group_at(units, g, arts)
        if group is None:
            g += 1
            continue
        j = g - 1
        while j >= 0 and units[j].final == "caption":
            j -= 1
        run = _run_above(units, j, arts) if j >= 0 and units[j].final == "byline" else None
        # (a heading group of an article holds every unit of it unless it is a kicker over another headline)
        bodiless = u.final != "banner" and len(arts.of(u.article)) == len(group)
        if run is None and (bodiless or u.final == "kicker") and j >= 0:
            # no byline sets the paragraphs apart: they open where the text turns to the headline's words
            run = _turn(units, g, group, arts)
            j = g
        if run is None or (len(group) == 1 and u.final in ("banner", "kicker") and not _names(units, group, run, arts)):
            g = group[-1] + 1
            continue
        a = units[run[0]].article
        new = n_articles + 1000 + g  # a fresh id, renumbered below
        own_run = arts.of(a)[0] >= run[0]
        if not own_run:
            arts.move(run + list(range(j, g)), new)
        arts.move(group, a if own_run else new)
        if len(group) == 1:  # a banner or kicker line read as the title it is
            units[group[0]].final = "headline"
        changed = True
        g = group[-1] + 1
    return renumber(units) if changed else n_articles


#: Least gain in shared character pairs (:func:`_turn`) at the paragraph where a body turns to a headline's words.
TURN_GAIN = 2


def _turn(units: list[Unit], g: int, group: list[int], arts: _Articles) -> list[int] | None:
    """The last paragraphs of the titled article printed before ``units[g]``, from the one where
    its text turns to the words of the heading ``group`` (character pairs shared with the
    paragraphs from there on, less those shared with the paragraphs before), when that gain
    reaches :data:`TURN_GAIN`; the captions and byline printed among them go with them.
    """
    a = units[g - 1].article
    if a is None:
        return None
    heads = arts.with_final(a, "headline", before=g)
    if not heads:
        return None
    paras = arts.with_final(a, "body", before=g)
    if len(paras) < 2 or heads[0] > paras[0]:
        return None
    grams = set().union(*(cjk_bigrams(units[i].text) for i in group))
    at = turn_point(grams, [cjk_bigrams(units[i].text) for i in paras], range(1, len(paras)), floor=TURN_GAIN - 1)
    if at is None:
        return None
    return [i for i in arts.of(a) if paras[at] <= i < g]


def _group_at(units: list[Unit], g: int, arts: _Articles) -> list[int] | None:
    """The heading group starting at ``g`` that may be a headline printed after its body.

    Either the headings of an article that has nothing else (no body, caption or byline), or
    one banner line standing right before another article's headings.
    """
    u = units[g]
    if units[g - 1].final in _HEADS or (units[g - 1].final == "banner" and u.final == "banner"):
        return None
    nxt = units[g + 1] if g + 1 < len(units) else None
    if u.final == "banner":
        return [g] if nxt is not None and nxt.final in _HEADS else None
    if u.final not in _HEADS or u.article is None:
        return None
    h = u.article
    group = [g]
    while group[-1] + 1 < len(units) and units[group[-1] + 1].article == h and units[group[-1] + 1].final in _HEADS:
        group.append(group[-1] + 1)
    if len(arts.of(h)) > len(group):
        # a kicker over another article's headline (not a lead-in ending in a dash) may be a
        # headline printed after its body if it names the body above
        lead_in = u.text.rstrip().endswith(("—", "-", "：", ":"))
        return [g] if u.final == "kicker" and nxt is not None and nxt.final == "headline" and not lead_in else None
    if not any(units[i].final == "headline" for i in group):
        return None
    return group


def _names(units: list[Unit], group: list[int], run: list[int], arts: _Articles) -> bool:
    """True if the banner or kicker ``group`` names the paragraphs ``run`` above it.

    It shares at least :data:`BANNER_OVERLAP` character pairs with them, and more than with
    the body of the article it was read with (a kicker's own article).
    """
    head = set().union(*(cjk_bigrams(units[i].text) for i in group))
    body = set().union(*(cjk_bigrams(units[i].text) for i in run if units[i].final == "body"))
    own = units[group[0]].article
    below = set().union(*(cjk_bigrams(units[k].text) for k in (arts.with_final(own, "body") if own is not None else [])))
    return len(head & body) >= BANNER_OVERLAP and len(head & body) > len(head & below)


#: Most lines of a headline printed after its body.
AFTER_HEAD_LINES = 3
#: Longest line of such a headline, in characters.
AFTER_HEAD_WIDTH = 20


def titles_after_lead_bodies(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-model tags: a headline printed right after the body it names (``…（通讯员 万晶）`` /
    ``光荣社区：“板凳议事”`` / ``议出和谐邻里``, then a blank line and the next headline), that the
    model reads as lines of that body, is its title.

    The body is an article of its own with no headline (the model opens it on a paragraph) and
    closes with a byline in brackets; one to :data:`AFTER_HEAD_LINES` short lines without a
    sentence's marks follow it, with a blank line and a heading or paragraph after them. Returns
    the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(1, len(lines)):
        if gap[i] or out[i] not in ("cont", "para", "banner", "kicker", "title") or not BYLINE_TAIL_RE.search(lines[i - 1].text):
            continue
        j = i
        while (j < len(lines) and j - i < AFTER_HEAD_LINES and not (gap[j] and j > i)
               and _head_like(lines[j].text)):
            j += 1
        if j == i or j >= len(lines) or not gap[j] or out[j].removeprefix("B-") not in ("kicker", "title", "para"):
            continue
        k = i - 1
        while k > 0 and not out[k].startswith("B-"):
            k -= 1
        if out[k] != "B-para" or any(t.removeprefix("B-") in ("kicker", "title", "subtitle") for t in out[k:i]):
            continue
        out[i:j] = ["title"] * (j - i)
        if not out[j].startswith("B-"):
            out[j] = "B-" + out[j]
    return out


def _head_like(text: str) -> bool:
    t = text.strip()
    return (2 <= len(t) <= AFTER_HEAD_WIDTH and t[-1] not in FINAL_PUNCT + CLAUSE_PUNCT
            and not any(ch in "，,；;。！？!?…" for ch in t))
