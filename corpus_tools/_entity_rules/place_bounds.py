"""Word-boundary checks for gazetteer names found in running text: a short place name must stand as a word
(振兴县域 holds no 兴县), a place the segmenter reads as a place word may follow a plain word (来自|四川|凉山), a
name cut out of a plain word or joining two units is none. Used by :func:`~corpus_tools._entity_rules.places.find_places`."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.bare_reading import NAME_TAGS
from corpus_tools._entity_rules.lexicon import EVENT_HEADS, ORG_HEADS, STOPS, common_or_frequent, is_name_char
from corpus_tools._entity_rules.names import is_word
from corpus_tools.text import CJK_RE

AFTER_PLACE = "县市省区镇乡村人籍的和与及、等是在有等片"


def gz_full(code: str) -> str:
    """Official name of a unit (used to tell a full village name from a short form)."""
    try:
        return gz.division(code).name
    except KeyError:
        return ""


def boundary_ok(text: str, s: int, e: int) -> bool:
    """A two-character place name must not sit inside a longer word (振兴县域 is not 兴县)."""
    prev = text[s - 1] if s > 0 else ""
    nxt = text[e] if e < len(text) else ""
    return (not prev or not is_name_char(prev) or prev in STOPS or text[max(0, s - 2):s] in STOPS
            or not nxt or not is_name_char(nxt) or nxt in AFTER_PLACE)



def tag_at(words: list[str], i: int) -> str:
    return words[i][2:] if len(words[i]) > 2 else ""


def segmented_place(words: "list[str] | None", s: int, e: int) -> bool:
    """Whether the segmenter reads ``text[s:e]`` as one place word (``B-ns … E-ns``): 来自|四川|凉山,
    远嫁|山西|太原, where the characters around the name would let a longer word go on.

    Examples
    --------
    >>> segmented_place(["B-v", "E-v", "B-ns", "E-ns", "B-ns", "E-ns"], 2, 4)
    True
    >>> segmented_place(["B-v", "E-v", "B-n", "I-n", "E-n"], 2, 4)
    False
    """
    if not words or e - s < 2 or e > len(words):
        return False
    return (words[s][:1] == "B" and words[e - 1][:1] == "E" and all(words[k][:1] == "I" for k in range(s + 1, e - 1))
            and tag_at(words, s) == "ns")


@lru_cache(maxsize=1)
def body_heads() -> tuple[str, ...]:
    """Heads of two or more characters of organisations and events (公司, 集团公司, 论坛): a place the
    segmenter reads right after one starts the name of a branch or session (铁路青藏集团有限公司|西宁客运段,
    中非合作论坛|北京峰会), not a place of its own."""
    return tuple(sorted({h for h in (*ORG_HEADS, *EVENT_HEADS) if len(h) >= 2}, key=len, reverse=True))


def dict_word(w: str) -> bool:
    return is_word(w) or w in common_or_frequent()


def inside_plain_word(text: str, words: "list[str] | None", s: int) -> bool:
    """Whether a place name starting at *s* is cut out of a plain word: the segmenter's word goes on
    from before *s* into it, is no proper name, and the characters before *s* with its first
    character make a dictionary word (复合|肥 -> no 合肥, 责成|县, 示范|县). A rare name the segmenter
    glues to a level character (安徽|省歙县) stays a place.

    Examples
    --------
    >>> inside_plain_word("施复合肥", ["S-Vg", "B-n", "I-n", "E-n"], 2)
    True
    >>> inside_plain_word("安徽省歙县", ["B-ns", "E-ns", "B-n", "I-n", "E-n"], 3)
    False
    """
    # a place may start inside a proper name word (阜南籍, 平遥县城 read as one)
    if not words or s >= len(words) or words[s][:1] not in ("I", "E") or tag_at(words, s) in NAME_TAGS:
        return False
    ws = s
    while ws > 0 and words[ws][:1] != "B":
        ws -= 1
    return dict_word(text[ws:s + 1])


#: segmenter tags of a word that names an action or a quality, never a place (新建 as in 新建樟树苗圃)
VERB_TAGS = frozenset(("v", "vn", "vd", "a", "ad", "d"))


def verb_word(words: "list[str] | None", s: int, e: int) -> bool:
    """Whether the segmenter reads ``[s, e)`` as one word that is a verb, verbal noun, adjective or adverb:
    another county's short form there may be that word (新建|樟树), not the county; the caller also asks for a
    dictionary word, since the segmenter tags names it does not know as verbs too (甘孜, 君山).

    Examples
    --------
    >>> verb_word(["S-w", "B-v", "E-v", "B-n", "E-n"], 1, 3), verb_word(["B-ns", "E-ns"], 0, 2)
    (True, False)
    """
    if not words or e > len(words) or e - s < 2 or words[s][:1] != "B" or words[e - 1][:1] != "E":
        return False
    if any(words[k][:1] != "I" for k in range(s + 1, e - 1)):
        return False
    return words[s][2:] in VERB_TAGS


#: conjunctions that open a two-character county name (和县, 与县 ...): between two units they join them
JOINING = frozenset("和与及或同跟")


def joins_units(text: str, i: int) -> bool:
    """Whether the name at *i* starts with a conjunction that follows a word (县人社局|和|县妇联): read as
    the conjunction, not as a county such as 和县.

    Examples
    --------
    >>> joins_units("在县人社局和县妇联的帮助下", 5)
    True
    >>> joins_units("和县妇联", 0)
    False
    """
    return text[i] in JOINING and i > 0 and CJK_RE.match(text[i - 1]) is not None


def inside_unlisted_village(text: str, s: int, codes: "list[str]", prev: "object | None") -> bool:
    """Whether a gazetteer village found at *s* is the tail of a longer, unlisted village name that
    starts right after a township: 上兴镇|牛|马塘村, where 马塘村 is a village of another township of
    the county and the text's village 牛马塘村 is not in the gazetteer (the unlisted-village rule then
    reads the whole name). *prev* is the candidate before (a TOWNSHIP ending one or two name
    characters before *s*); none of *codes* may lie under it.

    Examples
    --------
    >>> from types import SimpleNamespace as C
    >>> inside_unlisted_village("溧阳市上兴镇牛马塘村", 7, ["320481001213"], C(end=6, label="TOWNSHIP", code="320481109"))
    True
    >>> inside_unlisted_village("溧阳市上兴镇牛马塘村", 7, ["320481109213"], C(end=6, label="TOWNSHIP", code="320481109"))
    False
    >>> inside_unlisted_village("溧阳市上兴镇和马塘村", 7, ["320481001213"], C(end=6, label="TOWNSHIP", code="320481109"))
    False
    """
    if prev is None or getattr(prev, "label", None) != "TOWNSHIP" or not getattr(prev, "code", None):
        return False
    gap = text[prev.end:s]
    if not 1 <= len(gap) <= 2 or not all(is_name_char(ch) and ch not in AFTER_PLACE and ch not in STOPS for ch in gap):
        return False
    return bool(codes) and not any(c.startswith(prev.code) for c in codes)


#: A village named right after a township's 乡 or 镇 whose first character makes a word with the suffix
#: (石口乡|下蒿城村 read 乡下, 和平乡|里仁村 read 乡里): 上X村, 下X村 are among the commonest village names.
_VILLAGE_AFTER_SUFFIX_RE = re.compile(r"[上下中里][\u4e00-\u9fff]{1,3}?村(?![民里级干务])")


def village_after_suffix(text: str, k: int) -> bool:
    """Whether a village's name (a direction character, one to three name characters and 村) starts at *k*,
    right after a township suffix, so that the suffix ends the township there though the segmenter reads
    it with the next character (乡下, 乡里).

    Examples
    --------
    >>> t = "石口乡下蒿城村。住在乡下的村民。乡里村民"
    >>> village_after_suffix(t, 3), village_after_suffix(t, 11), village_after_suffix(t, 17)
    (True, False, False)
    """
    m = _VILLAGE_AFTER_SUFFIX_RE.match(text, k)
    return m is not None and all(CJK_RE.match(ch) and ch not in STOPS and ch not in "乡镇村" for ch in m.group()[1:-1])
