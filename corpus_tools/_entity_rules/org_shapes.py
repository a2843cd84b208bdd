"""Two shapes of organisation text the segmenter's words reveal: a name it broke into characters,
and two bodies written together.

* :func:`shattered_name`: the segmenter breaks a trade name it does not know into one-character
  words (天|润|农业公司, 盛世|兴|农合作社); a body holding two such characters that make no dictionary
  word is a name, not a description of a kind of body made of common words (劳务公司).
* :func:`coined_word`: a body holding such a broken-up name, or one segmenter word of two or three
  characters that no dictionary, common-word list or mined product list knows (隆藏|炼铁厂,
  黑格|科技), has a trade name of its own.
* :func:`joins_bodies`: 和, 与, 及 or 、 after a head's last character and before an
  administrative level joins two bodies (丹凤县老促会|和|县慈善协会), which no single name spans.
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools._entity_rules.admin_levels import ADMIN_CHARS, GOVERNMENT_LEVELS
from corpus_tools._entity_rules.lexicon import common_or_frequent, common_words, words
from corpus_tools._entity_rules.names import is_word

#: Words that join two bodies written together (县人社局和县妇联).
JOINERS = "和与及、"
#: First characters of a body named by its administrative level (县政府, 市委, 省人社厅).
LEVEL_CHARS = GOVERNMENT_LEVELS


#: Tags of a one-character segmenter word that may be half of a name the segmenter broke up
#: (天|润, 兴|农): content words, never a function word, numeral, classifier or verbal noun (大|变|局).
_SHARD_TAGS = frozenset(("n", "v", "a", "Ng", "Vg", "Ag", "nr", "ns", "nz", "j", "b", "s"))


def shattered_name(text: str, feats: list[str], s: int, e: int) -> bool:
    """True when ``text[s:e]`` holds two one-character content words in a row that together are no
    dictionary word: the segmenter broke up a name it does not know (天润农业公司 as 天|润|农业,
    盛世兴农合作社 as 盛世|兴|农), so the body is no description made of common words.

    Examples
    --------
    >>> shattered_name("天润农业", ["S-n", "S-v", "B-n", "E-n"], 0, 4)
    True
    >>> shattered_name("花椒种植", ["B-n", "E-n", "B-vn", "E-vn"], 0, 4)
    False
    """
    if len(feats) != len(text):
        return False
    return any(shard_pair(text, feats, i, s) for i in range(max(s, 0), min(e, len(text)) - 1))


def shard_pair(text: str, feats: list[str], i: int, s: int) -> bool:
    """``text[i:i+2]``, inside a body that starts at *s*, is two one-character content words of a
    broken-up name (see :func:`shattered_name`)."""
    a, b = feats[i], feats[i + 1]
    return (a[:1] == "S" and b[:1] == "S" and a[2:] in _SHARD_TAGS and b[2:] in _SHARD_TAGS
            and text[i] not in ADMIN_CHARS and text[i + 1] not in ADMIN_CHARS
            and not is_word(text[i:i + 2]) and text[i:i + 2] not in common_words()
            # but 办|起|小杂粮, 去了|回|大医院: a verb opening the body or completing a verb is a clause
            and not (a[2:] == "v" and (i == s or feats[i - 1][2:] in ("v", "u", "p", "d"))))



#: Last characters of a body's head: 和/与/及/、 right after one joins two bodies (县人社局和县妇联).
_HEAD_LAST = "局委部办厅院会司队社所站心府组"


def joins_bodies(name: str) -> bool:
    """True when *name* holds two bodies joined by 和, 与, 及 or 、: a head's last character
    before the joiner, an administrative level after it (丹凤县老促会和县慈善协会, 县人社局与县妇联),
    not a department whose name joins two fields (县文化和旅游局).

    Examples
    --------
    >>> joins_bodies("丹凤县老促会和县慈善协会"), joins_bodies("县文化和旅游局")
    (True, False)
    """
    return any(name[k] in JOINERS and name[k - 1] in _HEAD_LAST and name[k + 1] in LEVEL_CHARS
               for k in range(2, len(name) - 3))


@lru_cache(maxsize=1)
def _products() -> frozenset[str]:
    """The mined products and activities of co-operatives (``coop_products``: 电商, 枸杞)."""
    return words("coop_products")


#: Segmenter tags of a word that may be a coined trade name (a noun, a distinguishing word, a name).
_COINED_TAGS = frozenset(("n", "nz", "b", "j", "ns", "an"))


def coined_word(text: str, feats: list[str], s: int, e: int) -> bool:
    """True when ``text[s:e]`` holds a coined name (module docstring): a broken-up name
    (:func:`shattered_name`) or a two- or three-character word the dictionaries do not know.

    Examples
    --------
    >>> coined_word("隆藏炼铁", ["B-n", "E-n", "B-n", "E-n"], 0, 4)
    True
    >>> coined_word("电子", ["B-n", "E-n"], 0, 2)
    False
    """
    if len(feats) != len(text):
        return False
    if shattered_name(text, feats, s, e):
        return True
    i = s
    while i < e:
        j = i + 1
        while j < e and feats[j][:1] in ("I", "E"):
            j += 1
        w = text[i:j]
        if (2 <= j - i <= 3 and feats[i][:1] == "B" and feats[j - 1][:1] == "E" and feats[i][2:] in _COINED_TAGS
                and not is_word(w[:2]) and not is_word(w[1:]) and w not in common_or_frequent()
                and w not in _products() and not any(ch in ADMIN_CHARS for ch in w)):
            return True
        i = j
    return False
