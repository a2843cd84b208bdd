"""County-level names the 2023 gazetteer spells otherwise: former counties and development zones.

* A county that became a city or a district after the report was written keeps its old suffix in
  the text: 邹平县 (now 邹平市), 长安县 (now 长安区). The gazetteer knows the short form 邹平, so
  the rules would tag 邹平 alone and leave 县 out; :func:`former_units` gives the whole name.
* A development zone named after its city or county (岳阳经开区, 某某高新区, 某某新区) is a
  county-level unit: GPE under the guide, as a whole.
"""

from __future__ import annotations

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand

#: suffixes of county-level units that were 县 before (撤县设市, 撤县设区)
_NEW_SUFFIXES = ("市", "区")
#: development zones after a city or county name
ZONE_TAILS = ("经济技术开发区", "高新技术产业开发区", "经开区", "高新区", "新区")


def _county_codes(name: str) -> list[str]:
    return [c for c in gz.upper_names().get(name, ()) if len(c) == 6]


def former_units(text: str, places: list[Cand]) -> list[Cand]:
    """GPE spans for a short form + 县 that the gazetteer now lists as a city or district, and
    for a city or county + a development-zone word.

    Examples
    --------
    >>> t = "山东邹平县临池镇，湖南岳阳经开区康王乡"
    >>> ps = [Cand(2, 4, "GPE"), Cand(11, 13, "GPE")]
    >>> [(t[c.start:c.end], c.code) for c in former_units(t, ps)]
    [('邹平县', '371681'), ('岳阳经开区', None)]
    """
    upper = gz.upper_names()
    out = []
    for p in places:
        if p.label != "GPE" or p.end - p.start < 2:
            continue
        name = text[p.start:p.end]
        if name.endswith(("省", "市", "县", "区", "州", "旗", "盟")):
            continue
        if text[p.end:p.end + 1] == "县" and name + "县" not in upper:
            codes = [c for c in _county_codes(name) if gz.division(c).name.endswith(_NEW_SUFFIXES)]
            if len(codes) == 1:
                out.append(Cand(p.start, p.end + 1, "GPE", prio=2, code=codes[0], source="gazetteer"))
                continue
        tail = next((t for t in ZONE_TAILS if text.startswith(t, p.end)), None)
        if tail and any(len(c) in (4, 6) for c in upper.get(name, ())):
            out.append(Cand(p.start, p.end + len(tail), "GPE", prio=2, source="gazetteer"))
    return out


#: policy nouns after a "noun + verb + 县" frame: 产业兴县战略, 文旅强市之路
_FRAME_TAILS = ("战略", "之路", "工程", "行动", "目标", "计划", "方略", "理念", "思路", "路子")
_SERIES_SEPS = "、，,；;"
_NOUN_TAGS = frozenset(("n", "vn", "an"))


def _tag(words: list[str], k: int) -> str:
    return words[k][2:] if 0 <= k < len(words) and len(words[k]) > 2 else ""


def slogan_slot(text: str, words: "list[str] | None", i: int) -> bool:
    """Whether the two-character county name at ``text[i:i+2]`` (one stem character + 县/市/旗) is the
    verb and object of a development slogan after a plain noun (文旅|兴县, 产业|兴县): the four characters
    are one item of a series of such items (工业强县、农业稳县、文旅兴县), stand in quotes, or go on with a
    policy noun (产业兴县战略). 吕梁|兴县, 来自|兴县, 革命老区兴县 are left alone.

    Examples
    --------
    >>> w = ["B-n", "E-n", "B-ns", "E-ns", "B-n", "E-n"]
    >>> slogan_slot("文旅兴县战略", w, 2)
    True
    >>> slogan_slot("文旅兴县发展", w, 2)
    False
    >>> slogan_slot("吕梁兴县战略", ["B-ns", "E-ns", "B-ns", "E-ns", "B-n", "E-n"], 2)
    False
    """
    if not words or i < 2 or i + 2 > len(text) or text[i + 1] not in "县市旗":
        return False
    if not (words[i - 2][:1] == "B" and words[i - 1][:1] == "E" and _tag(words, i - 1) in _NOUN_TAGS):
        return False
    end = i + 2
    if text.startswith(_FRAME_TAILS, end):
        return True
    if i >= 3 and text[i - 3] in "“\"「‘" and end < len(text) and text[end] in "”\"」’":
        return True
    before = i >= 7 and text[i - 3] in _SERIES_SEPS and text[i - 4] == text[i + 1] \
        and not any(c in _SERIES_SEPS for c in text[i - 7:i - 3])
    after = end + 5 <= len(text) and text[end] in _SERIES_SEPS and text[end + 4] == text[i + 1] \
        and not any(c in _SERIES_SEPS for c in text[end + 1:end + 5])
    return before or after
