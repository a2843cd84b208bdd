"""A county or county-level city of another province named bare where people go to work (在晋江打工, 前往昆山务工).

The gazetteer opens the short forms of counties only inside the page county's province and for counties the text names
in full (:func:`~corpus_tools._entity_rules.places.find_places`): elsewhere 晋江, 昆山, 义乌 are too often a river, a
mountain or a word. Reports on labour migration name the destinations bare, in one frame: a word of going or being
(在, 到, 去, 赴, 前往, 来到, 留在, 来自) before, a word of working (打工, 务工, 就业, 做工, 上班, 经商, 谋生, 闯荡) right after;
or a word of travelling (前往, 直达, 奔赴) before and the end of the clause after (乘专车前往晋江，), or a list after a
county or city the text names (直达东莞和晋江。).
In that frame a short form that belongs to one county-level unit of the country and is no word, no township name and
no name of a higher level is that county (GPE, with its code).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand, common_words, frequent2
from corpus_tools._entity_rules.names import is_word

__all__ = ["destination_counties", "destination_forms"]

#: words of going to or being at a place, right before the destination
_GOING_RE = re.compile("(?:前往|远赴|奔赴|赶赴|直达|开往|来到|留在|来自|在|到|去|赴|和|与|、)")
#: words of travelling to a place, after which the destination may close its clause (乘专车前往晋江，, 直达东莞和晋江。)
_TRAVEL = ("前往", "远赴", "奔赴", "赶赴", "直达", "开往")
#: what may close a travel destination: punctuation, or 和/与/、 before the next destination
_TRAVEL_CLOSE = frozenset("，。、；！和与及")
#: words of working right after the destination (the 市 of a full name may come between: 晋江市务工 is the gazetteer's)
_WORKING = ("打工", "务工", "就业", "做工", "上班", "经商", "谋生", "闯荡", "找工作")


@lru_cache(maxsize=1)
def destination_forms() -> dict[str, str]:
    """Short form → code of the county-level cities and counties whose short form names one unit of the country and is
    no word, no township name and no name of a province or city (晋江 → 350582).

    Examples
    --------
    >>> destination_forms()["晋江"], "朝阳" in destination_forms()
    ('350582', False)
    """
    df = gz.admin_divisions(level="county")
    seen: dict[str, list[str]] = {}
    for code, name in zip(df["code"], df["name"]):
        if not name.endswith(("市", "县")):
            continue  # districts (朝阳区 → 朝阳) share their short forms with half the country's streets
        for short in gz.short_forms(name, "county"):
            if short != name:
                seen.setdefault(short, []).append(code)
    upper = gz.upper_names()  # every name of a province, city or county: a short form of a city or of two units is out
    blocked = set(gz.township_names()) | set(common_words()) | set(frequent2())
    return {s: codes[0] for s, codes in seen.items()
            if len(codes) == 1 and len(s) >= 2 and s not in blocked and not is_word(s)
            and set(upper.get(s, codes)) == set(codes)}


def _travel_clause(text: str, i: int) -> bool:
    """A word of travelling opens the clause that runs up to *i* (直达东莞|和晋江)."""
    start = max(text.rfind(p, 0, i) for p in "，。；！？\n") + 1
    return any(v in text[start:i] for v in _TRAVEL)


def destination_counties(text: str, places: list[Cand]) -> list[Cand]:
    """GPE candidates for the bare destinations of *text* (module docstring) where no place of *places* overlaps.

    Examples
    --------
    >>> t = "在晋江打工12年的他，去年回乡。乘专车前往晋江\\n务工。在家务工。"
    >>> [(t[c.start:c.end], c.code) for c in destination_counties(t, [])]
    [('晋江', '350582'), ('晋江', '350582')]
    >>> t = "乘专车前往晋江，在义乌。直达东莞和昆山。他和昆山人。"
    >>> [t[c.start:c.end] for c in destination_counties(t, [])]
    ['晋江', '昆山']
    """
    forms = destination_forms()
    taken = [(p.start, p.end) for p in places]
    out = []
    gpe_ends = {p.end for p in places if p.label == "GPE"}
    for m in _GOING_RE.finditer(text):
        s = m.end()
        for n in (3, 2):
            short = text[s:s + n]
            k = s + n
            while text[k:k + 1] in ("\n", " ", "\u3000") and k < s + n + 3:
                k += 1  # 前往晋江|(line break)务工: a line of the column ends between them
            travel = m.group(0) in _TRAVEL or (m.group(0) in "和与、" and (s - 1 in gpe_ends or _travel_clause(text, s - 1)))
            if short in forms and (text.startswith(_WORKING, k) or travel and text[s + n:s + n + 1] in _TRAVEL_CLOSE):
                if not any(a < s + n and s < b for a, b in taken):
                    out.append(Cand(s, s + n, "GPE", prio=1, code=forms[short], source="rule"))
                break
    return out
