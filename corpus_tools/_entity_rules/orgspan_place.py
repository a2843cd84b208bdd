"""Organisations named by a place and a head: 临泽县|治沙试验站, 潭门村|脱贫攻坚中队, 溧阳市|图书馆.

On county reports many organisations are a gazetteer place followed by what the unit does and an
organisation head; the head rules and the arbiter propose no candidate for them when the head is
not one of their heads (试验站, 植检站, 文化站) or the span model scores the start low. This pass
takes every place the earlier passes found (GPE, TOWNSHIP, VILLAGE, COMMUNITY) that is a country
(中国|运载火箭技术研究院) or that the gazetteer knows by that name, and the words right after it, and labels ``place + words`` ORG when

* the words end in an organisation head learned from People's Daily 1998
  (``data/entities/org_place_heads.txt``, ``training/ner/build_org_place_heads.py``): a word that
  heads bracketed ``[…]nt`` compounds often enough (政府, 党委, 图书馆), else a last word of two
  characters or more whose last character often ends such heads (站, 局, 馆; not 会 or 台, whose words
  with a verb stem — 座谈|会, 推进|会, 出|台 — are almost never heads), unless that word is listed as
  rarely a head (车站);
* the place has two characters or more and ends at a segmenter word end, or the rest of the word it
  ends in is the whole tail (江西|省军区; 临泽|县城|图书馆 names nothing), and every word between place and head is a content word (no
  verb, function word, numeral, time, person or place; but a two-character verb word that is not the first may stand
  right before a one-character head the segmenter split off its word: 治沙|试验/v|站, :data:`VERB_INSIDE`), the run holds no punctuation, is at most :data:`MAX_TAIL` characters and ends at a word end;
* the span covers no entity but the place and generic blockers, and overlaps no organisation.

The longest such run is taken (宽甸满族自治县|精神文明建设委员会办公室).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.firms import indefinite_kind
from corpus_tools._entity_rules.lexicon import COUNTRIES, Cand
from corpus_tools._entity_rules.org_shapes import joins_bodies

#: Longest run of characters between the place and the end of the head.
MAX_TAIL = 16
#: Whether one two-character verb word may stand inside the name, between a content word and the head.
VERB_INSIDE = True
#: Labels of the places a name may start with.
PLACES = frozenset(("GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY"))
#: Segmenter tags of words that never sit inside such a name: verbs (渔亭镇|成立|…协会: the place is a
#: subject; a verbal noun stays, 治沙|试验站), function words, numbers, times, persons, places, punctuation.
_BAD_TAGS = frozenset(("v", "p", "c", "u", "d", "r", "m", "q", "f", "t", "w", "y", "e", "o", "nr", "ns", "x", "s",
                       "ad", "vd", "mq"))


@lru_cache(maxsize=1)
def place_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``(word heads, character heads, not heads)`` of ``data/entities/org_place_heads.txt``."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "org_place_heads.txt")
    kinds: dict[str, set[str]] = {"word": set(), "char": set(), "not": set()}
    for ln in path.read_text(encoding="utf-8").splitlines():
        parts = ln.split("\t")
        if len(parts) >= 2 and parts[0] in kinds:
            kinds[parts[0]].add(parts[1])
    return frozenset(kinds["word"]), frozenset(kinds["char"]), frozenset(kinds["not"])


def _words(feats: list[str], start: int, stop: int) -> list[tuple[int, int, str]]:
    """The segmenter words ``(s, e, tag)`` that start in ``[start, stop)``; the first is cut at *start*
    when a word begins before it (tagged as the word's character at *start*)."""
    out: list[tuple[int, int, str]] = []
    i = start
    while i < stop:
        j = i + 1
        while j < len(feats) and feats[j][:1] in ("I", "E"):
            j += 1
        out.append((i, j, feats[i][2:]))
        i = j
    return out


def is_head(tail: str, last_word: str) -> bool:
    """Whether *tail* (the characters after the place) ends in a learned head; *last_word* is its
    last segmenter word.

    Examples
    --------
    >>> is_head("治沙试验站", "试验站"), is_head("图书馆", "图书馆"), is_head("表彰大会", "大会")
    (True, True, False)
    """
    words, chars, nots = place_heads()
    if any(tail[k:] in words for k in range(len(tail) - 1)):
        return True
    return len(last_word) >= 2 and last_word[-1] in chars and last_word not in nots


def place_units(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* with the organisations named by a found place and a learned head added (module docstring).

    Examples
    --------
    >>> place_units([], "", None)
    []
    """
    if feats is None or len(feats) != len(text):
        return ents
    added: list[Cand] = []
    order = sorted(ents, key=lambda x: x.start)
    starts = [x.start for x in order]
    longest = max((x.end - x.start for x in order), default=0)
    last_end = -1  # end of the last name added (places come in text order)
    for p in order:
        name = text[p.start:p.end]
        if p.label not in PLACES or len(name) < 2 or p.start < last_end or not _known(name):
            continue  # a country or a place of the gazetteer (not a span the rules took for one: 新一任村)
        # a place that ends inside a segmenter word names at most the rest of that word (江西|省军区,
        # 泉州|市舶司), never a run beyond it (临泽|县城|图书馆 is not 临泽县 + 城图书馆)
        inside = p.end < len(text) and feats[p.end][:1] not in ("B", "S")
        best = None
        verb = False  # a verb word was passed: only the head word right after it may end the name
        for s, e, tag in _words(feats, p.end, min(len(text), p.end + MAX_TAIL)):
            if e > p.end + MAX_TAIL or not all("\u4e00" <= ch <= "\u9fff" for ch in text[s:e]):
                break
            if tag in _BAD_TAGS:
                # a verb word between a content word and a one-character head is the segmenter splitting
                # the head word (治沙|试验/v|站, 植保|植检/v|站); a verb right after the place is a clause
                # (渔亭镇|成立|协会), and so is one before a longer word (村民|开展|活动室)
                if tag != "v" or verb or inside or s == p.end or e - s < 2 or not VERB_INSIDE:
                    break
                verb = True
                continue
            if verb:  # the verb and a one-character head form the head word (试验|站, 植检|站)
                if e - s == 1 and text[s] in place_heads()[1]:
                    best = e
                break
            if e - p.end >= 2 and is_head(text[p.end:e], text[s:e]):
                best = e
            if inside:
                break
        near = order[bisect_left(starts, p.start - longest):bisect_left(starts, best)] if best is not None else []
        if best is None or _blocked(near, p, best) or joins_bodies(text[p.start:best]) or indefinite_kind(text, p.start, best):
            continue  # 丹凤县老促会|和县慈善协会: two bodies (和县 read as a county word); 沈阳|一家食品公司: a kind
        last_end = best
        added.append(Cand(p.start, best, "ORG", prio=1, source="arbiter"))
    if not added:
        return ents
    firsts = [a.start for a in added]  # added names do not overlap and come in text order

    def covered(x: Cand) -> bool:
        k = bisect_left(firsts, x.start + 1) - 1
        return k >= 0 and x.end <= added[k].end

    return sorted([x for x in ents if not covered(x)] + added, key=lambda x: x.start)


@lru_cache(maxsize=4096)
def _known(name: str) -> bool:
    """A country or a name the gazetteer knows."""
    return name in COUNTRIES or bool(gz.lookup(name))


def _blocked(ents: list[Cand], p: Cand, end: int) -> bool:
    """Whether ``[p.start, end)`` overlaps an organisation, cuts into an entity or covers one
    that is neither the place *p* nor a generic blocker (label ``_``)."""
    for x in ents:
        if x.end <= p.start or x.start >= end or x is p:
            continue
        if x.label == "ORG" or x.start < p.start or x.end > end or x.label != "_":
            return True
    return False
