"""Matching heading lines to article bodies by content and position."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from corpus_tools.layout.patterns import cjk_bigrams
from corpus_tools.layout.units import Unit
from corpus_tools.text import CJK_RE



class Matcher:
    """IDF-weighted character-bigram coverage of a short text by each article body."""

    def __init__(self, bodies: list[str]) -> None:
        self.chars = [set(CJK_RE.findall(b)) for b in bodies]
        cdf = Counter(c for cs in self.chars for c in cs)
        self.char_idf = {c: math.log((len(bodies) + 1) / (k + 1)) for c, k in cdf.items()}
        self.grams = [cjk_bigrams(b) for b in bodies]
        df = Counter(g for gs in self.grams for g in gs)
        n = len(bodies)
        # bigrams found in every body (平遥, 遥县 …) carry no weight
        self.idf = {g: math.log((n + 1) / (c + 1)) for g, c in df.items()}
        self.default = math.log(n + 1)
        self._cache: dict[str, dict[str, float]] = {}

    def _weights(self, text: str) -> dict[str, float]:
        if text not in self._cache:
            self._cache[text] = {g: self.idf.get(g, self.default) for g in cjk_bigrams(text)}
        return self._cache[text]

    def coverage(self, text: str, seg: int) -> float:
        """Weighted share of the text's bigrams found in body ``seg``, shrunk for short texts."""
        w = self._weights(text)
        total = sum(w.values())
        if total <= 0:
            return 0.0
        hit = sum(v for g, v in w.items() if g in self.grams[seg])
        return hit / (total + _SHRINK)  # = share of weight found, times total / (total + k)

    def char_coverage(self, text: str, seg: int) -> float:
        """Weighted share of the text's characters found in body ``seg``."""
        w = {c: self.char_idf.get(c, self.default) for c in set(CJK_RE.findall(text))}
        total = sum(w.values())
        return sum(v for c, v in w.items() if c in self.chars[seg]) / total if total else 0.0


# ---------------------------------------------------------------------------------------
# Headline assignment
# ---------------------------------------------------------------------------------------

#: Weight of position (before/after the body) relative to content overlap.
_ADJ_MAIN, _ADJ_OTHER, _INSIDE, _FAR = 0.35, 0.15, 0.35, 0.25
_MIN_SCORE = 0.2
#: Penalty for a place line above another heading (it is that heading's kicker).
_KICKER = 0.45
#: Bonus for the heading line nearest the body on the page's headline side.
_NEAREST = 0.3
#: Evidence (summed bigram weight) at which a text's overlap counts half.
_SHRINK = 1.0


def position(units: list[Unit], segments: list[list[int]],
              i: int) -> tuple[int | None, int | None, int | None]:
    """For unit ``i``: (segment just before it, segment just after it, segment it is inside)."""
    before = after = inside = None
    for s, seg in enumerate(segments):
        if seg[0] < i < seg[-1]:
            inside = s
        if seg[-1] < i:
            before = s
        if seg[0] > i and after is None:
            after = s
    return before, after, inside


def orientation(units: list[Unit], segments: list[list[int]], m: Matcher) -> str:
    """``"before"`` if this page prints headlines above their bodies, else ``"after"``."""
    vote = 0.0
    for i, u in enumerate(units):
        if u.kind != "head" or u.role == "K":
            continue
        b, a, inside = position(units, segments, i)
        if inside is not None:
            continue
        sb = m.coverage(u.text, b) if b is not None else 0.0
        sa = m.coverage(u.text, a) if a is not None else 0.0
        vote += sa - sb
    if vote == 0.0:
        first = next((u for u in units if u.kind in ("body", "head")), None)
        return "after" if first is not None and first.kind == "body" else "before"
    return "before" if vote > 0 else "after"


def _title_scores(units: list[Unit], segments: list[list[int]], m: Matcher,
                  orient: str) -> tuple[list[int], np.ndarray]:
    cands = [i for i, u in enumerate(units) if u.kind == "head" and not _is_pure_kicker(units, i)]
    score = np.full((len(segments), len(cands)), -1.0)
    for c, i in enumerate(cands):
        u = units[i]
        before, after, inside = position(units, segments, i)
        nxt = _next_head_like(units, i)
        prv = _prev_head_like(units, i)
        struct = 0.1 if u.role == "P" else 0.0
        for s in range(len(segments)):
            sim = m.coverage(u.text, s)
            if u.role == "K" and nxt is not None:
                if units[nxt].role == "P":
                    sim -= 2 * _KICKER  # a place line above a parallel title is its kicker
                elif len(u.text) <= 12 or orient == "before" or m.coverage(units[nxt].text, s) >= 0.25:
                    sim -= _KICKER  # ... and likely so above another heading on the topic
            if inside == s:
                pos = _INSIDE
            elif after == s:  # unit printed before the body
                pos = _ADJ_MAIN if orient == "before" else _ADJ_OTHER
                if _nearest_to(units, i, segments[s][0], +1):
                    pos += _NEAREST if orient == "before" else 0.1
            elif before == s:  # unit printed after the body
                pos = _ADJ_MAIN if orient == "after" else _ADJ_OTHER
                if _nearest_to(units, i, segments[s][-1], -1):
                    pos += _NEAREST if orient == "after" else 0.1
            else:  # further away: penalised per article in between
                near = after if (after is not None and s > after) else before
                hops = abs(s - near) if near is not None else len(segments)
                pos = -_FAR * max(hops, 1)
            total = sim + pos + struct
            if orient == "before" and prv is not None and after == s and units[prv].role == "P" \
                    and u.role != "P" and _nearest_to(units, i, segments[s][0], +1):
                total -= 0.6  # a plain line between a parallel title and its body is a subtitle
            score[s, c] = total
    return cands, score


def _is_pure_kicker(units: list[Unit], i: int) -> bool:
    """A short place or organisation line directly above another heading line."""
    u = units[i]
    return (u.role == "K" and len(u.text) <= 12 and i + 1 < len(units)
            and units[i + 1].kind == "head" and units[i + 1].gap <= 1)


def _next_head_like(units: list[Unit], i: int) -> int | None:
    j = i + 1
    while j < len(units) and units[j].kind in ("caption",):
        j += 1
    return j if j < len(units) and units[j].kind == "head" else None


def _prev_head_like(units: list[Unit], i: int) -> int | None:
    j = i - 1
    return j if j >= 0 and units[j].kind == "head" else None


def _nearest_to(units: list[Unit], i: int, body: int, step: int) -> bool:
    """True if no other heading stands between unit ``i`` and body unit ``body``.

    After a body (``step`` -1) place lines do not count: a kicker stays above its title
    even when the headline group follows the article.
    """
    lo, hi = sorted((i, body))
    return not any(units[j].kind == "head" and not (step < 0 and units[j].role == "K")
                   for j in range(lo + 1, hi))


def assign_titles(units: list[Unit], segments: list[list[int]], m: Matcher,
                   orient: str) -> dict[int, int]:
    """Match heading units to article bodies, best pairs first, one title per article.

    Returns unit index -> article index; pairs scoring below ``_MIN_SCORE`` are not made.
    """
    cands, score = _title_scores(units, segments, m, orient)
    pairs = sorted(((score[s, c], s, c) for s in range(len(segments)) for c in range(len(cands))
                    if score[s, c] >= _MIN_SCORE), key=lambda t: (-t[0], t[1], t[2]))
    used_s: set[int] = set()
    out: dict[int, int] = {}
    for _, s, c in pairs:
        if s not in used_s and cands[c] not in out:
            out[cands[c]] = s
            used_s.add(s)
    return out

