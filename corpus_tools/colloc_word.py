"""Why ``collocations(word=X)`` came back empty: the word is printed only inside longer tokens, or is too rare.

The word tables count the segmenter's tokens. 治理 printed only inside 综合治理 (实施夹沟河综合治理工程 →
夹沟 | 河 | 综合治理 | 工程) is never a token of its own, so its partner table is empty although ``kwic`` finds it
(user35 F11). :func:`word_note` says which case holds, naming the word, how often it is a token, and the tokens
that hold it, so an empty table is never silent. The table itself still counts tokens (documented in
``docs/analysis.md``): to count the printed word, add it with ``TermFilter(words=[...])`` only where it is a word
of its own, or read its contexts with ``kwic``, or pair the printed word with ``collocations(word=X, match="text")``
(:func:`fold_word`: every kept token that prints the word stands for it).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

__all__ = ["word_note", "fold_word"]

#: How many of the longer tokens holding the word the note names.
SHOWN = 5


def word_note(word: str, cats: Sequence[str], unigrams: np.ndarray, *, min_count: int, window: int) -> str:
    """The message for an empty :func:`~corpus_tools.concordance.collocations` table with ``word=``.

    Parameters
    ----------
    word : str
        The word asked for.
    cats : sequence of str
        The corpus's terms (the term frame's categories).
    unigrams : numpy.ndarray
        Kept-token count of each term, aligned with *cats* (0 for a filtered term).
    min_count : int
        The pair count asked for.
    window : int
        The window asked for.

    Returns
    -------
    str

    Examples
    --------
    >>> note = word_note("治理", ["综合治理", "工程", "治理体系"], np.array([7, 9, 2]), min_count=2, window=3)
    >>> "never a token of its own" in note, "综合治理 (7)、治理体系 (2)" in note
    (True, True)
    """
    counts = {str(t): int(n) for t, n in zip(cats, unigrams)}
    own = counts.get(word, 0)
    if own:
        return (f"collocations(word={word!r}): {word} is a token {own} times, but none of its pairs within "
                f"window={window} reaches min_count={min_count}; lower min_count or widen the window")
    holders = sorted(((n, t) for t, n in counts.items() if word in t and t != word and n), reverse=True)
    if not holders:
        return (f"collocations(word={word!r}): {word} is not a kept token of this corpus (not printed, or "
                f"dropped by the term filter: a stop word, shorter than min_chars, a tag outside pos)")
    shown = "、".join(f"{t} ({n})" for n, t in holders[:SHOWN])
    total = sum(n for n, _ in holders)
    return (f"collocations(word={word!r}): {word} is never a token of its own in this corpus: it is printed "
            f"{total} times inside {len(holders)} longer token{'s' if len(holders) > 1 else ''} ({shown}{'…' if len(holders) > SHOWN else ''}), "
            f"so no pair holds it; ask for one of those tokens (word={holders[0][1]!r}), or read its contexts with "
            f"kwic(corpus, {word!r})")


def fold_word(word: str, cats: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """``collocations(word=X, match="text")``: every kept token that prints *word* (疫情防控 for 疫情) stands for
    *word*, so the pairs count the printed word with the tokens beside the token holding it (user36 F4).

    Parameters
    ----------
    word : str
        The word asked for.
    cats : numpy.ndarray
        The corpus's terms (the term frame's categories), object dtype.
    codes : numpy.ndarray
        Each token's term code, -1 for a filtered token.

    Returns
    -------
    (numpy.ndarray, numpy.ndarray, int)
        The terms (*word* added when it is no term), the codes with every token holding *word* recoded as *word*,
        and how many tokens were recoded (those that print *word* inside a longer token).

    Examples
    --------
    >>> cats, codes, n = fold_word("疫情", np.array(["疫情防控", "指挥部", "疫情"], dtype=object), np.array([0, 1, 2, 0, -1]))
    >>> [cats[c] if c >= 0 else None for c in codes], n
    (['疫情', '指挥部', '疫情', '疫情', None], 2)
    """
    hold = np.fromiter((word in str(c) for c in cats), dtype=bool, count=len(cats))
    at = np.flatnonzero(np.asarray(cats, dtype=object) == word)
    if len(at):
        target = int(at[0])
    else:
        cats = np.append(np.asarray(cats, dtype=object), word)
        hold = np.append(hold, True)
        target = len(cats) - 1
    mask = (codes >= 0) & hold[np.maximum(codes, 0)] & (codes != target)
    codes = np.where(mask, target, codes)
    return cats, codes, int(mask.sum())
