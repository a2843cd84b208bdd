"""Learned organisation spans: where a name that ends in an organisation head starts.

The head rules (:func:`corpus_tools._entity_rules.heads.find_orgs`) grow a name leftwards from
its head (…党支部, …局, …医院) until a clause word stops them; on unseen text that scan both
stops too early (a village prefix split off: 河口村|党支部) and runs too far (率队, 上大学
swallowed). This module scores every possible start of an organisation that ends at a head:
each word start up to :data:`MAX_BODY` characters to the left (never across punctuation) is one
candidate, described by the head word, the words and part-of-speech tags of the segmenter (the
per-character ``B-n``/``E-ns`` features the NER model reads anyway), the word before it, and
whether a place (gazetteer or ``ns`` word) starts the candidate or ends right before it. A
logistic regression (``data/entities/org_span.json``, trained by
``training/ner/train_org_span.py`` on the bracketed ``[…]nt`` organisations and ``nt`` words of
People's Daily 1998) gives the probability that ``text[start:end]`` is exactly one
organisation. :func:`span_scores` returns the scores; the head rules decide how to use them.
"""

from __future__ import annotations

import json
import math
import threading
from functools import lru_cache
from importlib import resources

from corpus_tools._entity_rules.admin_levels import ADMIN_CHARS
from corpus_tools._entity_rules.word_bounds import word_start

#: Longest body (characters before the head) a candidate may have.
MAX_BODY = 16
#: Characters that may sit inside a name although they are not name characters.
_INSIDE = "“”‘’·()（）"
#: First characters the ``c0`` feature keeps as themselves, besides :data:`ADMIN_CHARS` (national,
#: determiners, numerals, an opening quote); shared by the span model and the arbiter's model
#: (``arbiter``), whose trained weights name these values: change both models or neither.
C0_CHARS = "中国全各本该这那每一二三四五六七八九十两几“"


def first_char_kind(c0: str) -> str:
    """The ``c0`` feature of a name's first character.

    Examples
    --------
    >>> first_char_kind("县"), first_char_kind("每"), first_char_kind("8"), first_char_kind("A"), first_char_kind("红")
    ('县', '每', 'd', 'a', 'c')
    """
    return c0 if c0 in ADMIN_CHARS or c0 in C0_CHARS else "d" if c0.isdigit() else "a" if c0.isascii() else "c"
_PROPER = frozenset(("nr", "ns", "nt", "nz", "j"))


@lru_cache(maxsize=1)
def span_model() -> dict:
    """The shipped weights (``{"intercept", "weights", "vocab", ...}``)."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "org_span.json")
    return json.loads(path.read_text(encoding="utf-8"))


def word_starts(feats: list[str]) -> list[str]:
    """Per character: the PKU tag of the word starting there, or ``""`` inside a word."""
    return [f[2:] if f[:1] in ("B", "S") else "" for f in feats]


def _word_at(text: str, feats: list[str], i: int) -> str:
    """The segmenter word starting at *i*."""
    j = i + 1
    if feats[i][:1] == "B":
        n = len(feats)
        while j < n and feats[j][:1] == "I":
            j += 1
        j += 1
    return text[i:j]


def candidate_starts(text: str, feats: list[str], h0: int, *, is_name=None) -> list[int]:
    """Word starts left of the head at *h0*, nearest first, not across punctuation or a line end.

    Administrative characters (:data:`ADMIN_CHARS`) are starts even inside a segmenter word.
    """
    out = []
    lo = max(0, h0 - MAX_BODY)
    k = h0 - 1
    while k >= lo:
        ch = text[k]
        if not (ch.isalnum() or ch in _INSIDE):
            break
        f = feats[k]
        if f[:1] in ("B", "S") or ch in ADMIN_CHARS:
            out.append(k)
        k -= 1
    return out


def span_features(text: str, feats: list[str], s: int, h0: int, head: str, place_starts=frozenset(),
                  place_ends=frozenset(), vocab=frozenset()) -> list[str]:
    """Feature names of the candidate ``text[s:h0 + len(head)]`` (see the module docstring).

    *place_starts*/*place_ends* are offsets where a gazetteer place starts/ends; *vocab* the
    words that the model knows by their form (others are described by their tag only).
    """
    body = text[s:h0]
    L = h0 - s
    out = ["h=" + head, "L=" + str(L if L < 9 else 9)]
    h1 = h0 + len(head)
    if feats[h1 - 1][:1] not in ("E", "S"):
        out.append("head_in_word")  # 局面, 部分: the head is the start of a longer word
        out.append("head_in_word=" + head)
    if feats[h0][:1] not in ("B", "S"):
        out.append("head_glued")  # 党建办: the head continues the word before it
    t0 = feats[s][2:] if feats[s][:1] in ("B", "S") else "glued"
    w0 = _word_at(text, feats, s) if t0 != "glued" else text[s]
    if len(w0) > h0 - s:
        w0 = body
    out.append("t0=" + t0)
    out.append("w0=" + (w0 if w0 in vocab else "?"))
    out.append("t0h=" + t0 + "|" + head)
    c0 = text[s]
    out.append("c0=" + first_char_kind(c0))
    if s == 0:
        out.append("prev=BOS")
    else:
        pc = text[s - 1]
        if not (pc.isalnum() or pc in _INSIDE):
            out.append("prev=P" + (pc if pc in "、，。：；“”（）\n" else "x"))
        else:
            p = word_start(feats, s - 1)  # the word that ends right before s
            tp = feats[p][2:]
            wp = text[p:s]
            out.append("tp=" + tp)
            out.append("wp=" + (wp if wp in vocab else "?"))
            out.append("tph=" + tp + "|" + head)
            if s in place_ends or tp == "ns":
                out.append("after_place")
    nw = 0
    tags = set()
    last = ""
    for i in range(s, h0):
        f = feats[i]
        if f[:1] in ("B", "S"):
            nw += 1
            last = f[2:]
            tags.add(last)
    out.append("nw=" + str(nw if nw < 6 else 6))
    for t in tags:
        out.append("in=" + t)
    if last:
        out.append("tl=" + last)
    if s in place_starts or t0 == "ns":
        out.append("place0")
        out.append("place0h=" + head)
    if any(p in place_ends for p in range(s + 1, h0 + 1)):
        out.append("place_in")
    if h0 in place_ends:
        out.append("place_last")
    if tags & _PROPER:
        out.append("proper")
    if "“" in body:
        out.append("quote")
    return out


def probability(names: list[str], model: dict | None = None) -> float:
    m = model or span_model()
    w = m["weights"]
    z = m["intercept"]
    for k in names:
        z += w.get(k, 0.0)
    return 1.0 / (1.0 + math.exp(-z))


def span_scores(text: str, feats: list[str], h0: int, head: str, place_starts=frozenset(),
                place_ends=frozenset()) -> dict[int, float]:
    """Probability that ``text[s:h0 + len(head)]`` is one organisation, for each candidate start *s*.

    Examples
    --------
    >>> text = "河口村党支部书记"
    >>> feats = ["B-ns", "I-ns", "E-ns", "B-n", "I-n", "E-n", "B-n", "E-n"]
    >>> p = span_scores(text, feats, 3, "党支部")
    >>> max(p, key=p.get)
    0
    """
    if len(feats) != len(text):
        return {}
    m = span_model()
    vocab = m.get("_vocab_set")
    if vocab is None:
        vocab = m["_vocab_set"] = frozenset(m.get("vocab", ()))
    # the head rules and the arbiter score many heads of a text alike: kept for the last text
    # (the same str, feature list and model objects; a new text starts again)
    memo = getattr(_LOCAL, "memo", None)
    if memo is None or memo[0] is not text or memo[1] is not feats or memo[2] is not m:
        memo = _LOCAL.memo = [text, feats, m, {}]
    try:
        key = (h0, head, place_starts, place_ends)
        got = memo[3].get(key)
    except TypeError:  # unhashable place containers: no reuse
        key, got = None, None
    if got is None:
        got = {s: probability(span_features(text, feats, s, h0, head, place_starts, place_ends, vocab), m)
               for s in candidate_starts(text, feats, h0)}
        if key is not None:
            memo[3][key] = got
    return dict(got)


#: per thread, :func:`span_scores` of the last text: its str, feature list, model and
#: ``{(h0, head, starts, ends): scores}``
_LOCAL = threading.local()
