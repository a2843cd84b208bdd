"""Names with the surname 和 (Naxi 和建华, 和丽军), which the segmenter reads as the conjunction.

和 is among the commonest surnames of the Naxi (纳西族) and is a surname elsewhere too; the
segmenter tags it ``S-c`` (和 = "and") in front of a given name, so ``县长和丽军到现场`` loses the
person. :func:`he_surname_names` puts the name back where the slot says it is one:

- right after a person title (县长和丽军, 乡村医生和文昌, 党支部书记和红说), the given name being one or
  two characters the segmenter does not join to what follows, characters People's Daily 1998 uses in
  given names (:func:`~corpus_tools._entity_rules.person_context.given_like`), and no title, place
  word or stop;
- anywhere else in the text where the same full name (found in a slot, or already a PERSON) is
  printed again and ends at a word boundary (the document's own evidence);
- a firm whose trade name starts with 和 (丽江和顺祥商贸有限公司) when the rules read 和 as "and" and
  cut the firm after it: a firm right after 和, with a place or the clause's start before the 和.

和 as "and" after a title (书记和县长, 村民和游客, 负责人和各乡镇) stays the conjunction: what follows is
a title, a word or no given name.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import (PERSON_AFTER, PERSON_TITLES, Cand, all_stops, common_or_frequent,
                                                is_name_char, place_words, replace_inside)
from corpus_tools._entity_rules.person_context import given_like

__all__ = ["he_surname_names", "he_firms"]

_SURNAME = "和"
#: titles longest first, so 党支部书记 is tried before 书记
_TITLES = tuple(sorted(set(PERSON_TITLES), key=len, reverse=True))
#: what a given name does not start or contain (pronouns, numerals, function and unit characters)
_NOT_GIVEN = frozenset("的了着过们也还就又将已都很这那我你他她它您咱每该其此与及在是把被从对向给让各全本之"
                       "一二两三四五六七八九十百千万个些县乡镇村市区省州局委社站厂所队组办部院校司")
#: word-feature tags of a two-character word that is no given name (verbs, adverbs, function words)
_NOT_NAME_TAGS = frozenset(("v", "vd", "vn", "d", "p", "c", "u", "r", "m", "q", "f", "t", "y", "w"))
#: what may stand before the 和 of a firm's trade name besides a place: the clause's start or a preposition
_FIRM_LEFT = frozenset("，。：；！？“”（(、\n\u3000 由被与向为")
_FIRM_ENDS = ("有限责任公司", "有限公司", "股份公司", "公司", "集团", "合作社", "商行", "酒业", "农庄")


def _tag(words: "list[str] | None", i: int) -> str:
    return words[i].partition("-")[2] if words is not None and 0 <= i < len(words) else ""


def _word_start(words: "list[str] | None", text: str, i: int) -> bool:
    """A word starts at *i* (or the text ends / a non-CJK character stands there)."""
    if i >= len(text) or not is_name_char(text[i]):
        return True
    return words is None or i >= len(words) or words[i][:1] in ("B", "S")


def _title_before(text: str, i: int) -> bool:
    """A person title ends right before *i* (县长|和, 乡村医生|和)."""
    return any(text.endswith(t, max(0, i - len(t)), i) for t in _TITLES)


def _given_ok(text: str, s: int, e: int, words: "list[str] | None") -> bool:
    g = text[s:e]
    if not g or not all(is_name_char(ch) and ch not in _NOT_GIVEN for ch in g):
        return False
    if g in all_stops() or g in place_words() or any(t.startswith(g) for t in _TITLES if len(t) >= len(g)):
        return False
    if text.startswith(_TITLES, s):  # 和副县长, 和村民
        return False
    if len(g) == 2 and words is not None and e - 1 < len(words) and words[s] == "B-" + _tag(words, s) \
            and words[e - 1][:1] == "E" and _tag(words, s) in _NOT_NAME_TAGS:
        return False  # 和|协调: a verb
    return given_like(g) if len(g) == 2 else True


def _slot_name(text: str, i: int, words: "list[str] | None") -> "tuple[int, int] | None":
    """The span of 和 + given name at *i* (text[i] == 和) after a title, or None."""
    if not _title_before(text, i):
        return None
    for k in (2, 1):
        s, e = i + 1, i + 1 + k
        if e > len(text) or not _given_ok(text, s, e, words):
            continue
        nxt = text[e:e + 1]
        if k == 2 and _word_start(words, text, e) and (not nxt or nxt in PERSON_AFTER or not words or
                                                      text[s:e] not in common_or_frequent()
                                                      or _tag(words, e) in ("v", "p", "d", "vn")):
            return i, e
        if k == 1 and (not nxt or nxt in "，。、；：！？）说") and text[s:s + 2] not in common_or_frequent():
            return i, e
    return None


def he_surname_names(ents: "list[Cand]", text: str, words: "list[str] | None" = None) -> "list[Cand]":
    """*ents* with the 和-surname persons of *text* added (see the module docstring).

    Parameters
    ----------
    ents : list of Cand
        The entities found so far (flat).
    text : str
        The text.
    words : list of str, optional
        The segmenter's per-character word features (``B-n``, ``S-c`` …).

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "县长和丽军到现场调研，要求县水务局和施工单位倒排工期。和丽军说，要抓紧。"
    >>> [t[c.start:c.end] for c in he_surname_names([], t)]
    ['和丽军', '和丽军']
    >>> he_surname_names([], "镇长和县财政局负责人参加。村民和游客一起跳舞。")
    []
    """
    if _SURNAME not in text:
        return ents
    names: set[str] = {text[c.start:c.end] for c in ents if c.label == "PERSON" and text.startswith(_SURNAME, c.start)
                       and c.length == 3}  # 和晓燕 of a byline; not a two-character 和平
    found: list[tuple[int, int]] = []
    i = text.find(_SURNAME)
    while i >= 0:
        span = _slot_name(text, i, words)
        if span:
            found.append(span)
            names.add(text[span[0]:span[1]])
        i = text.find(_SURNAME, i + 1)
    for n in names:  # the same full name elsewhere in the text
        j = text.find(n)
        while j >= 0:
            e = j + len(n)
            if _word_start(words, text, e) or text[e:e + 1] in PERSON_AFTER:
                found.append((j, e))
            j = text.find(n, j + 1)
    out = list(ents)
    for s, e in sorted(set(found)):
        if any(c.start <= s and e <= c.end and c.label == "PERSON" for c in out):
            continue
        if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in out):
            continue  # crosses or lies inside another name (和文昌诊所)
        out = replace_inside(out, Cand(s, e, "PERSON", prio=1, source="rule"))
    return sorted(out, key=lambda c: (c.start, c.end))


def he_firms(ents: "list[Cand]", text: str) -> "list[Cand]":
    """*ents* with a firm cut after the 和 of its trade name grown back (丽江和顺祥商贸有限公司).

    A firm (ORG ending in 公司, 集团, 合作社 …) that starts right after 和, where a place entity ends
    right before the 和 (丽江|和|顺祥商贸有限公司: the place joins the firm) or the clause starts there
    (。和顺祥公司负责人).

    Examples
    --------
    >>> t = "该工程由丽江和顺祥商贸有限公司承建。"
    >>> es = [Cand(4, 6, "GPE"), Cand(7, 15, "ORG")]
    >>> [(t[c.start:c.end], c.label) for c in he_firms(es, t)]
    [('丽江和顺祥商贸有限公司', 'ORG')]
    """
    if _SURNAME not in text:
        return ents
    out = list(ents)
    for c in list(ents):
        if c.label != "ORG" or c.start < 1 or text[c.start - 1] != _SURNAME or not text.endswith(_FIRM_ENDS, c.start, c.end):
            continue
        if c.end - c.start < 3:
            continue
        h = c.start - 1
        place = next((p for p in out if p.end == h and p.label in ("GPE", "TOWNSHIP", "VILLAGE")), None)
        if place is not None:
            new = Cand(place.start, c.end, "ORG", prio=c.prio, source=c.source)
        elif h == 0 or text[h - 1] in _FIRM_LEFT:
            new = Cand(h, c.end, "ORG", prio=c.prio, source=c.source)
        else:
            continue
        out = replace_inside(out, new)
    return out
