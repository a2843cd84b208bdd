"""How the segmenter and the text read a bare township or village short form: as one plain noun
(大棚), as a word the text mostly uses bare (年画 of 年画村), inside a longer word (绿水|青山), or as
the compound surname of a speaker (果农皇甫国强说). :func:`corpus_tools._entity_rules.places.bare_form_ok`
and the bare re-mentions of ``assemble`` ask these; ``find_places`` asks whether the text names a village elsewhere
(前村的村民 … 以前|村里) and whether a name carries its suffix twice (张村村 for the village 张村)."""

from __future__ import annotations

import re

from functools import lru_cache

from corpus_tools._entity_rules.admin_levels import VILLAGE_UNITS
from corpus_tools._entity_rules.names import COMPOUND_SURNAMES, is_idiom
from corpus_tools.nlp import read_lexicon

__all__ = ["NAME_TAGS", "doubled_suffix", "inside_formula", "mostly_bare", "named_elsewhere", "plain_noun", "speaker_surname", "starts_in_word",
           "titled_after"]

#: segmenter tags of proper names: a place may start inside such a word (阜南籍, 平遥县城 read as one)
NAME_TAGS = frozenset(("ns", "nr", "nz", "nt", "j"))

#: one or two given-name characters and a verb of saying (皇甫|国强说)
_SPEAKER_RE = re.compile(r"[\u4e00-\u9fff]{1,2}(?:说|介绍|表示|告诉|坦言|笑着|说道|感慨|回忆)")


def starts_in_word(words: "list[str] | None", s: int, n: int, *, phrase: bool = False) -> bool:
    """Whether the segmenter's per-character *words* (of a text of length *n*) put ``s`` inside a word
    that is no name (绿水青山 ``B-i … E-i``: 青山 starts inside it; 东泉镇孟山 ``…-ns`` is a name); with
    *phrase*, only inside an idiom or set phrase (tags ``i``, ``l``): the segmenter also glues a name
    to the characters before it as one noun (畔访邵伯, 自在山联).

    Examples
    --------
    >>> starts_in_word(["B-i", "I-i", "I-i", "E-i"], 2, 4), starts_in_word(["B-ns", "E-ns"], 1, 2)
    (True, False)
    >>> starts_in_word(["B-n", "I-n", "I-n", "E-n"], 2, 4, phrase=True)
    False
    """
    if words is None or len(words) != n or words[s][:1] not in ("I", "E"):
        return False
    tag = words[s][2:]
    return tag in ("i", "l") if phrase else tag not in NAME_TAGS


@lru_cache(maxsize=1)
def _formulae() -> frozenset[str]:
    """Words of the segmenter's domain lexicon (绿水青山, 乡村振兴, place names): forced whole words."""
    return frozenset(read_lexicon())


def inside_formula(text: str, words: "list[str] | None", s: int) -> bool:
    """Whether ``text[s]`` lies inside (not at the start of) a segmenter word that is a formula of the
    domain lexicon or a four-character idiom (守护|绿水青山, whatever tag the segmenter gives it: ``ns``
    in a headline), or that the segmenter glued across an interpunct (仙居|山水·共富|先行, a motto of two
    halves or a transliterated name): a bare village form that starts there is no village.

    Examples
    --------
    >>> inside_formula("守护绿水青山", ["B-v", "E-v", "B-ns", "I-ns", "I-ns", "E-ns"], 4)
    True
    >>> inside_formula("东泉镇孟山", ["B-ns", "I-ns", "I-ns", "I-ns", "E-ns"], 3)
    False
    """
    n = len(text)
    if words is None or len(words) != n or not 0 < s < n or words[s][:1] not in ("I", "E"):
        return False
    b = s
    while b > 0 and words[b][:1] in ("I", "E"):
        b -= 1
    e = s
    while e < n and words[e][:1] in ("B", "I"):
        e += 1
    word = text[b:e + 1]
    return "·" in word or word in _formulae() or (len(word) == 4 and is_idiom(word))


def speaker_surname(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a compound surname (皇甫, 欧阳) opening a person's name before a verb of
    saying, not the village of that name (皇甫村 … 果农皇甫国强说).

    Examples
    --------
    >>> speaker_surname("果农皇甫国强说", 2, 4), speaker_surname("皇甫村说到做到", 0, 2)
    (True, False)
    """
    # compound surnames are also village names (皇甫村)
    return text[s:e] in COMPOUND_SURNAMES and _SPEAKER_RE.match(text, e) is not None and text[e] not in VILLAGE_UNITS


def plain_noun(words: "list[str] | None", s: int, e: int, n: int) -> bool:
    """Whether the segmenter reads ``[s, e)`` as one common noun (``B-n … E-n``): 大棚, 年画, not a
    place word (``ns``) nor part of a longer word.

    Examples
    --------
    >>> plain_noun(["S-m", "S-q", "B-n", "E-n", "S-w"], 2, 4, 5)
    True
    >>> plain_noun(["S-u", "B-ns", "E-ns", "B-d", "E-d"], 1, 3, 5)
    False
    """
    if not words or len(words) != n or e - s < 2:
        return False
    return (words[s] == "B-n" and words[e - 1] == "E-n" and all(words[k] == "I-n" for k in range(s + 1, e - 1)))


def mostly_bare(text: str, surface: str) -> bool:
    """Whether *surface* stands bare (no 村, 镇, 乡 after it) at least three times as often as with
    a unit suffix: the text uses the word, and names the unit of that name only now and then.

    Examples
    --------
    >>> mostly_bare("贴年画、画年画、木版年画，打造年画村", "年画")
    True
    >>> mostly_bare("河口村第一书记，在河口", "河口")
    False
    """
    total = text.count(surface)
    suffixed = sum(text.count(surface + x) for x in VILLAGE_UNITS)
    return total - suffixed >= 3 * max(1, suffixed)


#: characters after a doubled village suffix that end the name (张村村、张村村等; not 张村村民, 张村村委会)
_AFTER_DOUBLED = frozenset("，。；：！？、）” 人籍的和与及等是在有都也还就已将被把为从")


def named_elsewhere(text: str, words: "list[str] | None", s: int, length: int) -> bool:
    """Whether the text prints ``text[s:s + length]`` again elsewhere where no plain word of the
    segmenter's *words* runs into it (前村的村民 … 以前|村里: the name stands as one there).

    Examples
    --------
    >>> named_elsewhere("以前村里，前村人", ["B-t", "E-t", "B-n", "E-n", "S-w", "B-ns", "E-ns", "S-n"], 1, 2)
    True
    >>> named_elsewhere("以前村里", ["B-t", "E-t", "B-n", "E-n"], 1, 2)
    False
    """
    name = text[s:s + length]
    k = text.find(name)
    while k >= 0:
        if k != s and not starts_in_word(words, k, len(text)):
            return True
        k = text.find(name, k + 1)
    return False


def doubled_suffix(text: str, s: int, length: int) -> bool:
    """Whether the village name ``text[s:s + length]`` ending in 村 (张村, of 张村村委会) is written with
    its suffix again (张村村、), not before a word of the village (张村村民, 张村村委会).

    Examples
    --------
    >>> doubled_suffix("廿八都村、张村村等5个村", 5, 2), doubled_suffix("张村村民说", 0, 2)
    (True, False)
    """
    e = s + length
    return (text[e - 1:e] == "村" and text[e:e + 1] == "村"
            and (e + 1 >= len(text) or text[e + 1] in _AFTER_DOUBLED))


#: titles printed after a person's name (姚喆将军, 王飞书记): a bare short form before one is the person
_TITLES_AFTER = ("将军", "烈士", "同志", "先生", "女士", "院士", "书记", "主任", "老师", "师傅")


def titled_after(text: str, e: int) -> bool:
    """Whether a title printed after a person's name follows ``text[:e]`` (渡头桥镇是姚喆将军的故乡:
    姚喆 is the general, not the village of that short form).

    Examples
    --------
    >>> titled_after("是姚喆将军的故乡", 3), titled_after("孟山村民说", 2)
    (True, False)
    """
    return text.startswith(_TITLES_AFTER, e)
