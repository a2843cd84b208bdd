"""Place names inside common phrases and formulae: a name the text does not place is no place.

A real village can be named like a common phrase (新农村, a 村委会 of 高州市 云潭镇), and a regular pattern
can read a four-character phrase as a name. These are dropped once the spans are chosen (user29 F2, F11):

- a village, community or township inside a printed known formula, not at its start (社会主义新农村建设: the
  formula of ``data/formulae.tsv``, not the village 新农村); a name printed outside the formula
  (云潭镇新农村村委会) is untouched, and so is a place a formula is named after (枫桥 of 枫桥经验: GUIDE counts
  右玉 in 右玉精神);
- a village or community whose name the segmenter reads as an adjective and the common noun for a village or
  community (新|农村, 和谐|社区, 美丽|乡村), unless the text places it: a township or county right before it
  (云潭镇新农村) or its committee or branch right after it (新农村村委会), at this or another mention, or a
  list of communities that holds a plain name (红星社区、清廉社区等: :mod:`community_siblings`);
- a four-character phrase of two parallel halves, read as a place or facility without a gazetteer code:
  the ABAC shape (村容村貌, 村前村后 → no village 村容村) and the verb–noun pairs whose nouns are both place
  heads (走街串巷, 穿街过巷, 翻山越岭 → no FAC);
- a river or lake of the pattern rules whose name holds a function word and runs into a position word
  (每天傍晚都来河边散步 → no LOC 晚都来河);
- a body named by its level word alone after 各, or in a list that 各 opens (各镇党委书记、街道党工委书记): GUIDE
  annotates 镇党委 when it refers to one specific body, and 各 makes it every one of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.community_siblings import list_neighbours
from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["formula_forms", "phrase_guards"]

#: labels of the places the formula and phrase guards may drop
_PLACES = frozenset(("VILLAGE", "COMMUNITY", "TOWNSHIP"))
#: nouns of place that head the halves of a parallel four-character phrase (走街串巷, 翻山越岭, 进村入户)
_PAIR_HEADS = frozenset("街巷村户山岭水河路城乡镇田")
#: characters of grammar that no river or lake name holds (都, 来, 在 …: 傍晚都来河边)
_FUNCTION_CHARS = frozenset("都来去在也就又还到是的了着过把被让给向往从")
#: position words after a river or lake (河边, 湖畔, 江岸): the common noun, not a name's end
_POSITION_AFTER = frozenset("边畔岸旁")
_HAN = re.compile(r"[\u4e00-\u9fff]{4}")
#: level words that open a body's name with no place (镇党委, 乡镇党委, 街道党工委, 村党支部)
_LEVEL_OPEN = ("乡镇", "镇", "乡", "街道", "村", "社区", "县直", "市直", "苏木乡镇", "苏木", "嘎查", "旗直")  # 各苏木乡镇党委
#: what ends a clause, beyond which 各 does not reach
_CLAUSE_END = re.compile(r"[，。；：！？,;:!?\n（）()“”]")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from corpus_tools.slogans.formulae import load_formula_lexicon  # the slogan layer's own file, read once

    df = load_formula_lexicon()
    names = tuple(str(t) for t in df["text"])
    forms: set[str] = set(names)
    for variants in df["variants"]:
        if isinstance(variants, str) and variants:
            forms.update(v for v in variants.split("|") if v)
    return names, tuple(sorted(forms, key=len, reverse=True))


def formula_forms() -> tuple[str, ...]:
    """Every printed form of the known formulae (``data/formulae.tsv``: texts and variants), longest first.

    Returns
    -------
    tuple of str
    """
    return _lexicon()[1]


@lru_cache(maxsize=4096)
def _forms_holding(name: str) -> tuple[str, ...]:
    """The formula forms that hold *name* after their start; none when a formula's name opens with it (枫桥经验,
    and so 新时代枫桥经验, are named after 枫桥; 新农村建设 is only a wording of 社会主义新农村)."""
    if any(f.startswith(name) for f in _lexicon()[0]):
        return ()
    return tuple(f for f in formula_forms() if name in f[1:])


def _inside_formula(text: str, c: Cand) -> bool:
    """``text[c.start:c.end]`` lies inside a printed known formula, after its first character (line breaks
    ignored). A formula that opens with a place is named after it (枫桥经验, as GUIDE's 右玉精神): the place counts."""
    name = text[c.start:c.end]
    for form in _forms_holding(name):
        off = form.find(name, 1)
        while off >= 0:
            a = c.start - off
            if a >= 0 and text[a:a + len(form)].replace("\n", "") == form:
                return True
            if a >= 0 and "\n" in text[a:a + len(form) + 2]:  # a formula broken at the column
                flat = text[a:a + len(form) + 2].replace("\n", "")
                if flat.startswith(form):
                    return True
            off = form.find(name, off + 1)
    return False


def _parallel_phrase(text: str, c: Cand, words: "list[str] | None" = None) -> bool:
    """A four-character phrase of parallel halves starts at ``c.start`` and holds the span: 村容村|貌 (the span
    cuts it), or a verb–noun pair whose nouns are place heads and which the segmenter reads as an idiom or as
    two one-character verbs with their nouns (走|街|串|巷, 翻山越岭: not the names 西河湾村, 红山梯田)."""
    quad = text[c.start:c.start + 4]
    if c.end > c.start + 4 or not _HAN.fullmatch(quad):
        return False
    if quad[0] == quad[2] and quad[1] != quad[3] and quad[0] in _PAIR_HEADS:
        return c.end < c.start + 4  # 村容村|貌, 村前村|后: the span cuts the phrase (山水山庄 is a name)
    if c.end != c.start + 4 or quad[1] not in _PAIR_HEADS or quad[3] not in _PAIR_HEADS or quad[1] == quad[3]:
        return False
    if words is None or len(words) != len(text):
        return False
    tags = words[c.start:c.end]
    idiom = tags[0] in ("B-i", "B-l") and tags[3] in ("E-i", "E-l") and all(t[2:] == tags[0][2:] for t in tags)
    return idiom or (tags[0] == "S-v" and tags[2] == "S-v")


def _clause_water(text: str, c: Cand) -> bool:
    """A river or lake of the pattern rules whose name holds a function word and runs into 边/畔 (晚都来河|边)."""
    body = text[c.start:c.end - 1]
    return text[c.end - 1:c.end] in ("河", "江", "湖") and text[c.end:c.end + 1] in _POSITION_AFTER \
        and any(ch in _FUNCTION_CHARS for ch in body)


def _each_body(text: str, c: Cand) -> bool:
    """An ORG named by its level word alone (镇党委) after 各, or in a list of such posts or bodies that 各 opens
    within the clause (各镇党委书记、街道党工委书记)."""
    if c.label != "ORG" or not text.startswith(_LEVEL_OPEN, c.start):
        return False
    if text[c.start - 1:c.start] == "各":
        return True
    if text[c.start - 1:c.start] != "、":
        return False
    cut = max((m.end() for m in _CLAUSE_END.finditer(text, 0, c.start)), default=0)
    first = text[cut:c.start].split("、")[0]
    k = first.find("各")
    return k >= 0 and first.startswith(_LEVEL_OPEN, k + 1)


#: common nouns for a village or community: after an adjective they make a phrase, not a name (新|农村)
_COMMON_PLACE_NOUNS = frozenset(("农村", "乡村", "村庄", "社区", "家园", "新村"))
#: what places a village or community when printed right after its name (新农村|村委会, 和谐社区|党支部)
_PLACED_BY = ("村委", "村民委员会", "居委", "居民委员会", "党支部", "党总支", "党委", "村两委", "两委", "村民小组")


def _phrase_name(text: str, c: Cand, words: "list[str] | None") -> bool:
    """The segmenter reads ``text[c.start:c.end]`` as an adjective and a common noun for a village or community
    (新|农村: a, n)."""
    if words is None or len(words) != len(text) or c.end - c.start < 3:
        return False
    k = c.start
    if words[k] == "S-a":
        k += 1
    elif words[k] == "B-a":
        while k < c.end and words[k] != "E-a":
            k += 1
        k += 1
    else:
        return False
    return text[k:c.end] in _COMMON_PLACE_NOUNS and words[k] == "B-n" and words[c.end - 1] == "E-n"


#: a separator a headline prints between a township and its village or community (锡尼镇｜团结社区)
_SEPARATORS = frozenset("｜|·/ 　")


def _placed(text: str, name: str, ents: list[Cand]) -> bool:
    """Some mention of *name* in *text* has a township or county right before it (or before a separator:
    锡尼镇｜团结社区) or a committee after it."""
    ends = {c.end for c in ents if c.label in ("TOWNSHIP", "GPE")}
    k = text.find(name)
    while k >= 0:
        if k in ends or (k - 1 in ends and text[k - 1] in _SEPARATORS) or text.startswith(_PLACED_BY, k + len(name)):
            return True
        k = text.find(name, k + 1)
    return False


def phrase_guards(ents: list[Cand], text: str, words: "list[str] | None" = None) -> list[Cand]:
    """*ents* without the places and facilities that are part of a formula or a common phrase.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.
    words : list of str, optional
        The segmenter's per-character word features of *text* (``B-n``, ``S-a`` …).

    Returns
    -------
    list of Cand
        The spans kept, in the same order.

    Examples
    --------
    >>> t = "扎实推进社会主义新农村建设，云潭镇新农村村委会组织村民修路"
    >>> [t[c.start:c.end] for c in phrase_guards([Cand(8, 11, "VILLAGE"), Cand(17, 20, "VILLAGE")], t)]
    ['新农村']
    >>> t = "坚持和发展枫桥经验"
    >>> [t[c.start:c.end] for c in phrase_guards([Cand(5, 7, "TOWNSHIP")], t)]
    ['枫桥']
    >>> t = "村容村貌焕然一新，网格员走街串巷"
    >>> w = ["B-l", "I-l", "I-l", "E-l"] + ["B-i", "I-i", "I-i", "E-i", "S-w", "B-n", "I-n", "E-n"] + ["S-v", "S-n", "S-v", "S-Ng"]
    >>> phrase_guards([Cand(0, 3, "VILLAGE"), Cand(12, 16, "FAC")], t, w)
    []
    >>> t = "小乡村西河湾村，到山水山庄"
    >>> w = ["S-a", "B-n", "E-n", "S-f", "B-ns", "I-ns", "E-ns", "S-w", "S-v", "B-n", "I-n", "I-n", "E-n"]
    >>> [t[c.start:c.end] for c in phrase_guards([Cand(3, 7, "VILLAGE"), Cand(9, 13, "FAC")], t, w)]
    ['西河湾村', '山水山庄']
    >>> t = "各镇党委书记、街道党工委书记参加，镇党委要抓落实"
    >>> [t[c.start:c.end] for c in phrase_guards([Cand(1, 4, "ORG"), Cand(7, 12, "ORG"), Cand(17, 20, "ORG")], t)]
    ['镇党委']
    """
    out = []
    for c in ents:
        if c.label in _PLACES and _inside_formula(text, c):
            continue
        if c.label in ("VILLAGE", "COMMUNITY") and _phrase_name(text, c, words) \
                and not _placed(text, text[c.start:c.end], ents) \
                and not any(not _phrase_name(text, n, words) for n in list_neighbours(text, c, ents, words)):
            continue  # 红星社区、清廉社区: a list of names places its items (user37b F4)
        if c.label in _PLACES | {"FAC", "LOC"} and not c.code and _parallel_phrase(text, c, words):
            continue
        if c.label == "LOC" and not c.code and _clause_water(text, c):
            continue
        if _each_body(text, c):
            continue
        out.append(c)
    return out
