"""Multi-word terms mined from a corpus's own token table: the words the segmenter cuts in two.

A county paper prints its own recurring terms (伏季休渔, 海上牧场, 海洋经济, 琴湾大桥) that no lexicon
holds; the segmenter cuts them (伏季 | 休渔, 海洋 | 经济), so keywords, topics and keyness ranked the
halves (经济 as a year's first keyword). :func:`mine_terms` finds, in the token table
(:func:`corpus_tools.parsing.tokens_frame`), the pairs of adjacent tokens that behave as one word in
*this* corpus, with three tests that need no list of words:

- **cohesion**: the pair is printed together most of the times either half is printed (Dice
  coefficient ``2 c(ab) / (c(a) + c(b))`` at least ``min_dice``);
- **free boundaries**: the words before the pair and after it vary (the entropy of the left and of
  the right neighbour, a sentence edge counting as a new neighbour each time, at least
  ``min_entropy`` bits), so a pair that is only ever the middle of a longer fixed string (a template
  sentence, 海洋与 | 渔业局) is not a term;
- **form**: both halves are CJK words that are not stop words, numerals, measure words, pronouns,
  person or place names (by the pipeline's POS tags when it has them), the first half is not a verb
  (推进 | 乡村振兴 is a phrase, not a term), and the pair is 3–6 characters long.

The terms are joined in the term layer only (``TermFilter(phrases=(..., "mined"))``, on by
default: keywords, TF-IDF, keyness, collocations, topics), as the known formulae are
(:mod:`corpus_tools.phrase_tokens`); :func:`corpus_tools.segment`, the parse cache, entities and
:func:`corpus_tools.keyword_trends` (which counts the terms you give it) are unchanged. Switch it off
with ``TermFilter(phrases=("formulae", "places"))``; see what it joins with :func:`mine_terms`.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

__all__ = ["MINE_DEFAULTS", "mine_terms"]

#: The thresholds of :func:`mine_terms` (tuned on user33's 连江报 pages and checked on the seeds).
MINE_DEFAULTS = {"min_count": 5, "min_articles": 3, "min_dice": 0.5, "min_entropy": 0.8, "max_chars": 6}

_CJK = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")
# pkuseg / CTB tags a half of a term never has: numerals, measure words, pronouns, prepositions,
# particles, conjunctions, adverbs, person and place names, punctuation
_BAD_TAG = re.compile(r"^(m|q|r|p|u|c|d|e|y|o|w|x|nr|ns|NR|CD|M|PN|P|DEC|DEG|AS|CC|AD|PU|LC)")
_VERB_TAG = re.compile(r"^(v$|vd|VV|VC|VE)")


def _entropy(keys: np.ndarray, neighbours: np.ndarray, n_keys: int) -> np.ndarray:
    """Entropy (bits) of the neighbours of each key id ``0 .. n_keys - 1``."""
    pairs = pd.DataFrame({"k": keys, "n": neighbours}).value_counts().reset_index(name="c")
    tot = np.bincount(pairs["k"].to_numpy(), weights=pairs["c"].to_numpy(), minlength=n_keys)
    p = pairs["c"].to_numpy() / tot[pairs["k"].to_numpy()]
    return np.bincount(pairs["k"].to_numpy(), weights=-p * np.log2(p), minlength=n_keys)


def mine_terms(df: pd.DataFrame, *, min_count: int = 5, min_articles: int = 3, min_dice: float = 0.5,
               min_entropy: float = 0.8, max_chars: int = 6) -> tuple[str, ...]:
    """The two-token terms of a token table that pass the tests of the module docstring.

    Parameters
    ----------
    df : pandas.DataFrame
        A token table (:func:`corpus_tools.parsing.tokens_frame`: ``article_id``, ``sent``,
        ``text``, ``tag``, ``is_stop``, in article and token order).
    min_count : int
        Printings of the pair at least.
    min_articles : int
        Articles that print the pair at least.
    min_dice : float
        Cohesion (Dice coefficient of the two halves) at least.
    min_entropy : float
        Entropy in bits of the left and of the right neighbour, each at least.
    max_chars : int
        Length of the joined term at most (at least 3).

    Returns
    -------
    tuple of str
        The joined terms, most printed first.

    Examples
    --------
    >>> rows = []
    >>> for k, (pre, post) in enumerate([("今年", "开始"), ("全县", "期间"), ("落实", "制度"), ("严格", "规定"),
    ...                                  ("做好", "工作"), ("今起", "结束")]):
    ...     for j, w in enumerate([pre, "伏季", "休渔", post, "。"]):
    ...         rows.append(dict(article_id=f"a{k}", sent=0, text=w, tag="n", is_stop=False))
    >>> toks = pd.DataFrame(rows).astype({"article_id": "category", "text": "category", "tag": "category"})
    >>> mine_terms(toks)
    ('伏季休渔',)
    """
    n = len(df)
    if n < 2:
        return ()
    cats = np.asarray(df["text"].cat.categories if isinstance(df["text"].dtype, pd.CategoricalDtype)
                      else pd.Index(df["text"].astype(str).unique()), dtype=object)
    codes = (df["text"].cat.codes.to_numpy() if isinstance(df["text"].dtype, pd.CategoricalDtype)
             else pd.Index(cats).get_indexer(df["text"].astype(str)))
    word_ok = np.fromiter((bool(_CJK.match(str(t))) for t in cats), dtype=bool, count=len(cats))
    ok = word_ok[codes] & ~df["is_stop"].to_numpy(dtype=bool)
    tags = df["tag"].astype(str).to_numpy() if "tag" in df else np.full(n, "", dtype=object)
    tag_cats, tag_codes = np.unique(tags, return_inverse=True)
    bad_tag = np.fromiter((bool(_BAD_TAG.match(t)) for t in tag_cats), dtype=bool, count=len(tag_cats))
    verb = np.fromiter((bool(_VERB_TAG.match(t)) for t in tag_cats), dtype=bool, count=len(tag_cats))
    ok &= ~bad_tag[tag_codes]
    art = (df["article_id"].cat.codes.to_numpy() if isinstance(df["article_id"].dtype, pd.CategoricalDtype)
           else pd.factorize(df["article_id"])[0])
    sent = df["sent"].to_numpy() if "sent" in df else np.zeros(n, dtype=np.int64)
    same = np.r_[(art[1:] == art[:-1]) & (sent[1:] == sent[:-1]), False]  # token k and k + 1 in one sentence
    at = np.flatnonzero(ok[:-1] & ok[1:] & same[:-1] & ~verb[tag_codes[:-1]])
    if not len(at):
        return ()
    key = codes[at].astype(np.int64) * len(cats) + codes[at + 1]
    uniq, pair_id, pair_n = np.unique(key, return_inverse=True, return_counts=True)
    keep = pair_n >= min_count
    if not keep.any():
        return ()
    unigram = np.bincount(codes, minlength=len(cats))
    a, b = uniq // len(cats), uniq % len(cats)
    dice = 2 * pair_n / (unigram[a] + unigram[b])
    length = np.fromiter((len(cats[x]) + len(cats[y]) for x, y in zip(a.tolist(), b.tolist())), dtype=np.int64,
                         count=len(uniq))
    keep &= (dice >= min_dice) & (length >= 3) & (length <= max_chars)
    if not keep.any():
        return ()
    # neighbours: the token before / after the pair in its sentence, or a fresh id at a sentence edge
    edge = -(np.arange(len(at), dtype=np.int64) + 1)
    left = np.where((at > 0) & same[np.maximum(at - 1, 0)], codes[np.maximum(at - 1, 0)], edge)
    right_at = np.minimum(at + 2, n - 1)
    right = np.where((at + 2 < n) & same[at + 1], codes[right_at], edge)
    h_left = _entropy(pair_id, left, len(uniq))
    h_right = _entropy(pair_id, right, len(uniq))
    n_arts = pd.DataFrame({"p": pair_id, "a": art[at]}).drop_duplicates()["p"].value_counts()
    arts = n_arts.reindex(range(len(uniq)), fill_value=0).to_numpy()
    keep &= (h_left >= min_entropy) & (h_right >= min_entropy) & (arts >= min_articles)
    chosen = np.flatnonzero(keep)
    chosen = chosen[np.argsort(-pair_n[chosen], kind="stable")]
    return tuple(str(cats[a[i]]) + str(cats[b[i]]) for i in chosen.tolist())
