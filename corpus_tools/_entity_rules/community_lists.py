"""Communities (社区) that their sentence names without 社区 after each, and a community's name with a word run on
before it.

City pages list the communities of a town or district by their bare names and say once, after the list, what they
are: 铁西、铁东两个社区, 解放路、八一路两个社区, X、Y等社区 (in the page gold of several writers each item is a
COMMUNITY). The bare names are often a district's short form (铁西 of 铁西区) or a street's name (解放路), so the
earlier passes read them as a GPE or a FAC; the list decides.

A community's name found by its head (``heads.find_communities``) may start a word early (家住凤凰社区): when the
same text names the community alone (凤凰社区居民), the longer span is cut to that name (two or three characters
before it are a verb or a higher place, which the GUIDE keeps apart too).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.village_lists import list_items

__all__ = ["listed_communities", "trimmed_communities"]

#: the close of a community list: 等 and/or a count, then 社区
_CLOSE_RE = re.compile(r"(?:等|等(?:[0-9]{1,3}|[一二三四五六七八九十两几]{1,3})个|(?:[0-9]{1,3}|[一二三四五六七八九十两几]{1,3})个)社区")
#: labels a listed item may carry before and still be read as a community (a short form, a street)
_WEAK = frozenset(("PERSON", "LOC", "FAC", "GPE", "VILLAGE", "_"))
#: last characters of a place written with its level (such an item is no community)
_LEVEL_ENDS = frozenset("省市县区旗州盟镇乡村")


def listed_communities(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each item of a bare community list (see the module) a COMMUNITY, when some item is read as a
    name, every entity over an item is of a weak label and of exactly its span (a GPE short form, a street) and no
    item ends in a level; a FAC run from a township into the first item (象湖镇解放路) is parted first.

    Examples
    --------
    >>> t = "市里把铁西、铁东两个社区列为改造重点"
    >>> [(t[c.start:c.end], c.label) for c in listed_communities([Cand(3, 5, "GPE"), Cand(6, 8, "GPE")], t)]
    [('铁西', 'COMMUNITY'), ('铁东', 'COMMUNITY')]
    >>> t = "涉及象湖镇解放路、八一路两个社区的居民"
    >>> [(t[c.start:c.end], c.label) for c in listed_communities([Cand(2, 8, "FAC")], t)]
    [('象湖镇', 'TOWNSHIP'), ('解放路', 'COMMUNITY'), ('八一路', 'COMMUNITY')]
    >>> listed_communities([], "走访了张三、李四等社区居民")
    []
    """
    out = list(ents)
    opens = frozenset([c.end for c in ents if c.label in ("TOWNSHIP", "GPE")]
                      + [m.end() for m in re.finditer("镇|乡|街道", text)])  # 象湖镇|解放路
    for m in _CLOSE_RE.finditer(text):
        items = list_items(text, m.start(), opens)
        if not items or any(text[e - 1] in _LEVEL_ENDS for _, e in items):
            continue
        out = _township_heads(out, text, items[0])
        hits = [[c for c in out if c.start < e and c.end > s] for s, e in items]
        if not any(h for h in hits):
            continue  # no item read as a name by any pass: too little to call the run a list of communities
        if any(c.label not in _WEAK or (c.start, c.end) != it for h, it in zip(hits, items) for c in h):
            continue
        gone = {id(c) for h in hits for c in h}
        out = [c for c in out if id(c) not in gone] + [Cand(s, e, "COMMUNITY", prio=1, source="rule") for s, e in items]
    return sorted(out, key=lambda c: c.start)


def _township_heads(ents: list[Cand], text: str, first: tuple[int, int]) -> list[Cand]:
    """*ents* with a FAC that runs from a township's name into the list's *first* item (象湖镇解放路) parted into
    the TOWNSHIP and the item (a FAC of its own, for the list to judge)."""
    s, e = first
    out = []
    for c in ents:
        if c.label == "FAC" and c.start < s and c.end == e and text[c.start:s].endswith(("镇", "乡", "街道")) \
                and s - c.start >= 2:
            out += [Cand(c.start, s, "TOWNSHIP", prio=c.prio, source=c.source), Cand(s, e, "FAC", prio=c.prio,
                                                                                    source=c.source)]
        else:
            out.append(c)
    return out


def trimmed_communities(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each COMMUNITY that is two or three characters (家住, 来到) + a community the text names alone cut
    to that name.

    Examples
    --------
    >>> t = "凤凰社区居民很期待。家住凤凰社区的教师说"
    >>> [t[c.start:c.end] for c in trimmed_communities([Cand(0, 4, "COMMUNITY"), Cand(10, 16, "COMMUNITY")], t)]
    ['凤凰社区', '凤凰社区']
    """
    names = {text[c.start:c.end] for c in ents if c.label == "COMMUNITY"}
    out = []
    for c in ents:
        name = text[c.start:c.end]
        cut = next((k for k in (2, 3) if c.label == "COMMUNITY" and len(name) - k >= 4 and name[k:] in names), 0)
        if cut:
            c = Cand(c.start + cut, c.end, c.label, prio=c.prio, code=c.code, source=c.source)
        out.append(c)
    return out
