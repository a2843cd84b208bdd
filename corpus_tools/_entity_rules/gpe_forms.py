"""County-level names the 2023 gazetteer spells otherwise: former counties and development zones.

* A county that became a city or a district after the report was written keeps its old suffix in
  the text: 邹平县 (now 邹平市), 长安县 (now 长安区). The gazetteer knows the short form 邹平, so
  the rules would tag 邹平 alone and leave 县 out; :func:`former_units` gives the whole name.
* A development zone named after its city or county by its short form (岳阳经开区, 某某高新区, 某某新区)
  is a county-level unit: GPE under the guide, as a whole (dev gold: 常德经开区, 西海岸新区). The full
  form (龙南经济技术开发区, 明光经济开发区) is a FAC in the gold, like every zone with 开发区
  (:mod:`corpus_tools._entity_rules.fac_places`).
"""

from __future__ import annotations

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand

#: suffixes of county-level units that were 县 before (撤县设市, 撤县设区)
_NEW_SUFFIXES = ("市", "区")
#: development zones after a city or county name
ZONE_TAILS = ("经开区", "高新区", "新区")


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
