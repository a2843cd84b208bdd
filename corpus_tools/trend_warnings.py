"""The warning of :func:`corpus_tools.keyword_trends` when its word count misses many printings of a term.

With ``match="auto"`` a term the segmenter keeps as one token is counted as a token, so it is not counted
inside a longer word: 渔业 in 县海洋与渔业局 and 渔业界 (user33 F6: 214 of the 263 printed 渔业, the years of
the 对台 exchange articles losing most, so the trend's shape changed, not only its level). Which count a
reader wants depends on the term (城镇 in 八面城镇 is no 城镇, 渔业 in 渔业界 is 渔业), so the default stays
and :func:`warn_split_counts` says so, once per call, with the longer words and the exact call that gives the
text count (user37 F2: 返乡 255 as a word, 544 in the text, most in 返乡创业; but 民工 in 农民工 is no 民工 for
a reader who counts the two apart, so a text default would be wrong the other way). The numbers are also
returned, and :func:`corpus_tools.keyword_trends` keeps them in ``df.attrs["split_counts"]`` so that a
script (or a figure's caption) can read them when the warning scrolled past.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from corpus_tools.errors import user_stacklevel
from corpus_tools.text import normalize_text, strip_spaces

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["MISSED_SHARE", "MISSED_MIN", "warn_split_counts"]

#: The text must print the term this much more often than the tokens count it (a share of the token
#: count) and at least :data:`MISSED_MIN` times more, for the warning.
MISSED_SHARE = 0.1
MISSED_MIN = 5


def warn_split_counts(corpus: Corpus, counts: pd.DataFrame, terms: Sequence[str],
                      tokens: pd.DataFrame | None) -> dict[str, dict[str, int]]:
    """Warn once when the text prints some of *terms* clearly more often than their token *counts*.

    Parameters
    ----------
    corpus : Corpus
        The corpus counted.
    counts : pandas.DataFrame
        Token counts, one row per article, one column per term.
    terms : sequence of str
        The terms counted as tokens.
    tokens : pandas.DataFrame, optional
        The token table (its ``term`` column names the longer words in the message).

    Returns
    -------
    dict
        ``{term: {"as_word": n, "in_text": m}}`` for the terms warned about (empty when none).
    """
    texts = [normalize_text(strip_spaces(a.text)) for a in corpus.articles if a.text]
    lines = []
    split: dict[str, dict[str, int]] = {}
    for t in terms:
        by_token = int(counts[t].sum())
        in_text = sum(x.count(t) for x in texts)
        if in_text - by_token >= max(MISSED_MIN, MISSED_SHARE * by_token):
            lines.append(f"{t}: {by_token} as a word, {in_text} in the text{_longer_words(tokens, t)}")
            split[t] = {"as_word": by_token, "in_text": in_text}
    if lines:
        call = f"keyword_trends(corpus, {list(split)!r}, match='text')"
        warnings.warn("keyword_trends(match='auto') counts a term the segmenter keeps whole as a word, not "
                      "inside a longer word; the text prints these more often — " + "; ".join(lines)
                      + f". For the text counts call {call} (CLI: corpus-tools trends … --match text); keep "
                      "match='auto' if the longer words are other words (民工 in 农民工). The numbers are in "
                      "the result's attrs['split_counts'].", UserWarning, stacklevel=user_stacklevel())
    return split


def _longer_words(tokens: pd.DataFrame | None, term: str, n: int = 3) -> str:
    """`` (in 渔业局 34, 渔业界 15)``: the most counted tokens that hold *term*."""
    if tokens is None or tokens.empty or "term" not in tokens:
        return ""
    cats = tokens["term"].cat.categories
    holds = np.fromiter((term in c and c != term for c in cats), dtype=bool, count=len(cats))
    if not holds.any():
        return ""
    freq = np.bincount(tokens["term"].cat.codes.to_numpy(), minlength=len(cats))
    idx = np.flatnonzero(holds)
    idx = idx[np.argsort(-freq[idx], kind="stable")][:n]
    return " (in " + ", ".join(f"{cats[i]} {freq[i]}" for i in idx) + ")"
