"""Townships printed with their 乡/镇 head whose stem is a common word (mend31a, user31b finding 1).

The page county's table (:func:`~corpus_tools._entity_rules.places.child_names`) holds today's townships only,
and the national table of :func:`~corpus_tools._entity_rules.places.upper_names` stops at counties: a township
that a county paper of the 2000s prints under its old name (和平乡 before 撤乡建镇, 平等乡 before 乡改镇) is then
read only when its context says so (:func:`~corpus_tools._entity_rules.unlisted_places.unlisted_townships`: a
list, a village after it, a merger verb) and is lost in plain sentences (近年来，和平乡扎实推进……). A stem that
is a common word (和平, 平等, 红旗) is never a short form, but printed WITH its head the whole name is no common
word: when a township somewhere in China bears exactly that official name (the national gazetteer has ten
和平乡, eight 红旗乡) and the segmenter reads it as a word of its own (和平|乡 or 和平乡, not 美丽|乡村), it is a
TOWNSHIP. Such a name is linked only as :func:`corpus_tools.gazetteer.link_place` allows (another county's
township needs that county in the context): an old name of the page's county stays unlinked here and is linked
to its successor by the merger sentences of :mod:`corpus_tools.former_places`.
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import STOPS, Cand, all_stops, common_words, is_name_char
from corpus_tools._entity_rules.unlisted_places import township_stem_ok, word_starts

__all__ = ["headed_townships"]

#: the township heads a name is printed with
_HEADS = "乡镇"
#: after 乡 or 镇 these make a word of it (乡村, 乡镇, 乡亲, 镇村, 乡土): no head then
_WORD_NEXT = frozenset("村镇亲土贤下里愁音情")
#: a village right after the head (和平乡和平村): the head ends the township even before 村-words
_VILLAGE_NEXT_RE = re.compile(r"[\u4e00-\u9fff]{1,3}?村(?![级务财干集容落规庄镇民])")


def _word_edges(words: "list[str] | None", text: str, s: int, e: int) -> bool:
    """Whether the segmenter puts a word boundary at *s* and at *e* (without *words*: a name may start at *s*)."""
    if not words or len(words) != len(text):
        return word_starts(text, s)
    return words[s][:1] in ("B", "S") and words[e - 1][:1] in ("E", "S") and (e == len(text) or words[e][:1] in ("B", "S"))


#: the segmenter's tags of a stem that is no name: verbs, adjectives, adverbs, function words
_PLAIN_TAGS = frozenset(("v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "m", "q", "r", "f"))


def _plain_stem(words: "list[str] | None", text: str, s: int, j: int) -> bool:
    """Whether the segmenter reads the stem ``text[s:j]`` as a word of its own with a plain tag (建设|镇: a verb);
    a stem read in one word with its head (和平乡) is no plain stem."""
    if not words or len(words) != len(text):
        return False
    own_word = words[s][:1] in ("B", "S") and words[j - 1][:1] in ("E", "S")
    return own_word and words[s].partition("-")[2] in _PLAIN_TAGS


def _county_stems(county_code: "str | None") -> dict[str, str]:
    """Stem -> code of the townships of the page's county (平等 -> 平等镇's code): the same stem printed with
    another head (平等乡, before 乡改镇) is the same unit."""
    if not county_code or len(county_code) < 6:
        return {}
    out: dict[str, str] = {}
    for d in gz.children(county_code[:6], level="township"):
        for head in ("街道", "乡", "镇"):
            if d.name.endswith(head) and len(d.name) - len(head) >= 2:
                out[d.name[:-len(head)]] = d.code
                break
    return out


def headed_townships(text: str, places: list[Cand], words: "list[str] | None" = None,
                     county_code: "str | None" = None) -> list[Cand]:
    """TOWNSHIP candidates for official township names of the country printed with their head (和平乡,
    红旗乡, 平等乡) that no place found so far covers.

    Parameters
    ----------
    text : str
        The text.
    places : list of Cand
        The places found so far (gazetteer and context readings): a name overlapping one is left alone.
    words : list of str, optional
        The segmenter's per-character word features of *text*.
    county_code : str, optional
        The page's county: a stem of one of its townships printed with another head (平等乡 for 平等镇) is that
        township (linked), whether or not a township elsewhere bears the name.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "近年来，红旗乡扎实推进社会主义新农村建设。"
    >>> [t[c.start:c.end] for c in headed_townships(t, [])]
    ['红旗乡']
    >>> headed_townships("建设美丽乡村，维护世界和平乡亲们都说好", [])
    []
    """
    names = gz.township_names()
    own = _county_stems(county_code)
    common = common_words()
    covered = bytearray(len(text))
    for p in places:
        covered[p.start:p.end] = b"\x01" * max(0, p.end - p.start)
    out: list[Cand] = []
    last = -1
    for j in (k for k, ch in enumerate(text) if ch in _HEADS):
        for L in (3, 2):
            s, e = j - L, j + 1
            if s < 0 or s < last or any(covered[s:e]):
                continue
            stem, head = text[s:j], text[j]
            name = stem + head
            code = own.get(stem)
            if (name not in names and code is None) or name in common or stem[:2] in all_stops() or stem.startswith("撤") or not all(is_name_char(ch) for ch in stem):
                continue
            stop = any(ch in STOPS for ch in stem)  # 和平乡: a stem with a function character
            if not (stop and words) and not township_stem_ok(stem, head):
                continue  # without the segmenter's words, 和|平安乡 may be a list
            if text[e:e + 1] in _WORD_NEXT and not _VILLAGE_NEXT_RE.match(text, e):
                continue  # 幸福乡村, 团结乡亲: the head opens another word
            if not (_word_edges(words, text, s, e) or (text[s - 1:s] == "原" and not stop)
                    or (code is not None and _word_edges(words, text, s, j))):
                # 走进平等|乡平|等村: the county's own stem as a word of its own is enough
                continue  # 世界和平|乡亲, 美丽|乡村: the segmenter reads other words there
            if code is None and _plain_stem(words, text, s, j):
                continue  # 高标准建设|镇（街道）: a verb before the head, not 建设镇 of another county
            out.append(Cand(s, e, "TOWNSHIP", prio=1, code=code, source="gazetteer"))
            last = e
            break
    return out
