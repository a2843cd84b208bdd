"""The end of a counted formula inside running text: 三个代表 is no mention in 三个代表队.

A counted formula (a numeral, a measure and a noun: 三个代表, 四个意识, 八项规定) printed before a character that
makes its last noun part of a longer word counts something else: 三个代表队 (three teams), 两个代表团 (two
delegations), 四个意识形态 … The formula matcher (:mod:`~corpus_tools.slogans.formulae`) asks
:func:`runs_into_word` at every match of such a formula; the answer comes from the shipped segmenter
(:func:`~corpus_tools.slogans.wordshape.word_shape`) reading the noun and the characters after it, so no list of
following words is kept.
"""

from __future__ import annotations

import re

from corpus_tools.slogans.wordshape import word_shape

__all__ = ["counted_noun", "runs_into_word"]

_COUNTED_RE = re.compile(r"[一二两三四五六七八九十百千]+[个项大条种]([\u4e00-\u9fff]{2,4})")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
#: Characters of the text after the noun the segmenter reads with it.
WINDOW = 4


def counted_noun(form: str) -> str:
    """The noun a counted formula ends with (代表 of 三个代表), or ``""`` for a formula of another shape.

    Parameters
    ----------
    form : str
        A printed form of a formula.

    Returns
    -------
    str
        The noun after the numeral and the measure word, or ``""``.

    Examples
    --------
    >>> counted_noun("三个代表"), counted_noun("八项规定"), counted_noun("乡村振兴")
    ('代表', '规定', '')
    """
    m = _COUNTED_RE.fullmatch(form) if isinstance(form, str) else None
    return m.group(1) if m else ""


def runs_into_word(text: str, start: int, form: str) -> bool:
    """Whether the counted formula *form* printed at *start* of *text* ends inside a longer word (三个代表队).

    Parameters
    ----------
    text : str
        The text (spaces removed, as the formula matcher reads it).
    start : int
        Where *form* starts in *text*.
    form : str
        The formula's printed form.

    Returns
    -------
    bool
        True when the form is a counted formula (:func:`counted_noun`), a Chinese character follows it, and the
        segmenter reads the noun and what follows as a word that runs past the formula's end.

    Examples
    --------
    >>> runs_into_word("临城中学等三个代表队进入决赛", 5, "三个代表")
    True
    >>> runs_into_word("践行三个代表重要思想", 2, "三个代表"), runs_into_word("坚持三个代表。", 2, "三个代表")
    (False, False)
    """
    noun = counted_noun(form)
    end = start + len(form)
    if not noun or end >= len(text) or not _CJK_RE.match(text[end]):
        return False
    pos = 0
    for word, _ in word_shape(text[end - len(noun):end + WINDOW]):
        pos += len(word)
        if pos >= len(noun):
            return pos > len(noun)
    return False
