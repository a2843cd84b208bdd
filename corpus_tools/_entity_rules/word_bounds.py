"""Where the segmenter's words start and end, read off the per-character word features the NER model reads
(``B-``/``I-``/``E-``/``S-`` + PKU tag, ``""`` for a character no word covers; see
:func:`corpus_tools._charner.word_features`). One source for the rules that grow or cut a name at a word boundary.
"""

from __future__ import annotations

from typing import Iterator, Sequence

__all__ = ["word_start", "word_end", "starts_word", "ends_word", "word_spans"]


def word_start(feats: Sequence[str], i: int) -> int:
    """Start of the segmenter word that holds character *i*.

    Examples
    --------
    >>> feats = ["B-v", "E-v", "B-ns", "I-ns", "E-ns"]   # 来到|田坝村
    >>> word_start(feats, 3), word_start(feats, 2), word_start(feats, 1)
    (2, 2, 0)
    """
    while i > 0 and feats[i][:1] in ("I", "E"):
        i -= 1
    return i


def word_end(feats: Sequence[str], i: int) -> int:
    """End of the segmenter word that holds character *i* (the word *i* starts, or runs on inside).

    Examples
    --------
    >>> feats = ["B-v", "E-v", "B-ns", "I-ns", "E-ns", "S-w"]   # 来到|田坝村|。
    >>> word_end(feats, 0), word_end(feats, 2), word_end(feats, 3), word_end(feats, 5)
    (2, 5, 5, 6)
    """
    n = len(feats)
    if feats[i][:1] in ("S", ""):
        return i + 1
    j = i + 1
    while j < n and feats[j][:1] in ("I", "E"):
        j += 1
        if feats[j - 1][:1] == "E":
            break
    return j


def starts_word(feats: Sequence[str], i: int) -> bool:
    """A segmenter word starts at offset *i* (the text's start and end count as word bounds).

    Examples
    --------
    >>> feats = ["B-v", "E-v", "S-ns"]
    >>> starts_word(feats, 0), starts_word(feats, 1), starts_word(feats, 2), starts_word(feats, 3)
    (True, False, True, True)
    """
    return i == 0 or i >= len(feats) or feats[i][:1] in ("B", "S")


def ends_word(feats: Sequence[str], e: int) -> bool:
    """A segmenter word ends right before offset *e* (the text's end counts as a word bound).

    Examples
    --------
    >>> feats = ["B-v", "E-v", "S-ns"]
    >>> ends_word(feats, 1), ends_word(feats, 2), ends_word(feats, 3)
    (False, True, True)
    """
    return e >= len(feats) or feats[e - 1][:1] in ("E", "S")


def word_spans(feats: Sequence[str], s: int, e: int) -> "Iterator[tuple[int, int, str]]":
    """``(start, end, tag)`` of the segmenter words inside ``[s, e)``, left to right (a word cut by *s* starts at
    *s*, one cut by *e* ends there).

    Examples
    --------
    >>> feats = ["B-v", "E-v", "B-ns", "I-ns", "E-ns"]   # 来到|田坝村
    >>> list(word_spans(feats, 1, 4))
    [(1, 2, 'v'), (2, 4, 'ns')]
    """
    i = s
    while i < e:
        j = i + 1
        while j < e and feats[j][:1] in ("I", "E"):
            j += 1
        yield i, j, feats[i][2:] if len(feats[i]) > 2 else ""
        i = j
