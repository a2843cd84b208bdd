"""Slots where a province, city or county name is a piece of another word (places30, round 29).

A name of the gazetteer's upper levels also turns up where it is no place: the verb and object of a
development slogan (科教|兴县, :func:`corpus_tools.place_frames.slogan_slot`), the middle of a
four-character idiom (长治久安), a language or people (蒙古语, 朝鲜族), or a county whose first character the segmenter reads as a conjunction before a word of
its own (镇和|县直机关). Both the gazetteer matching (:mod:`corpus_tools._entity_rules.places`) and the
statistical model's GPE spans (:mod:`corpus_tools.entities`) ask :func:`word_slot` before they keep a name.
"""

from __future__ import annotations

from corpus_tools._entity_rules.names import is_idiom, is_word
from corpus_tools.place_frames import slogan_slot

__all__ = ["word_slot"]


def _tag(words: "list[str] | None", k: int) -> str:
    return words[k][2:] if words and 0 <= k < len(words) and len(words[k]) > 2 else ""


def word_slot(text: str, s: int, e: int, words: "list[str] | None" = None, *, own: bool = False) -> bool:
    """Whether the province, city or county name ``text[s:e]`` is a piece of another word here.

    Parameters
    ----------
    text : str
        The text.
    s, e : int
        Bounds of the name.
    words : list of str, optional
        The segmenter's per-character word features (``B-n``, ``S-c`` …) of *text*.
    own : bool, default False
        The name is the page's own county: the reading of its first character as a conjunction is
        then not asked.

    Returns
    -------
    bool

    Examples
    --------
    >>> word_slot("推动全县跨越发展、长治久安。", 9, 11)
    True
    >>> word_slot("用汉语、蒙古语双语宣讲", 4, 6)
    True
    >>> word_slot("察汗乌苏蒙古族乡", 4, 6)
    False
    >>> word_slot("尹灵芝镇和县直机关", 4, 6, ["B-nr", "I-nr", "E-nr", "S-n", "S-c", "B-n", "E-n", "B-n", "E-n"])
    True
    >>> word_slot("来自安徽和县的客商", 4, 6, ["B-v", "E-v", "B-ns", "E-ns", "B-ns", "E-ns", "S-u", "B-n", "E-n"])
    False
    """
    n = e - s
    if n == 2 and slogan_slot(text, words, s):
        return True  # 科教|兴县
    if n == 2 and any(is_idiom(text[k:k + 4]) for k in range(max(0, s - 2), s + 1) if k + 4 <= len(text)):
        return True  # 长治久安
    nxt = text[e:e + 1]
    if nxt == "语" or (nxt == "族" and text[e + 1:e + 2] not in ("乡", "自", "镇", "区")):
        return True  # 蒙古语, 朝鲜族: a language, a people
    if n == 2 and not own and _tag(words, s) in ("c", "p") and words[s][:1] == "S" and is_word(text[s + 1:s + 3]):
        return True  # 和|县直: a conjunction before a word of its own
    return False
