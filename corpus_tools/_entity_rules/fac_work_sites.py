"""Employment and industry sites: a named one has its owner in front (望丰村扶贫车间, 云阳县返乡创业园), a kind has none.

Poverty-alleviation workshops (扶贫车间, 就业车间), start-up parks (创业园, 孵化园) and their bases (创业基地, 就业基地,
孵化基地) are sites where people work; the paper names one by its owner: a village (``X村扶贫车间``, where the village is
the site's only distinguishing word, as ``梁村便民修缮队`` in the GUIDE), a county or its level character
(``X县农民工返乡创业园``, ``县返乡创业园``), a new district or a province's part (``渝东北返乡创业孵化园``). Without an
owner (``建成扶贫车间12个``, ``在社区扶贫车间上班``, ``办起扶贫车间``) the words name a kind of site, which the GUIDE leaves
unannotated. The heads are in ``fac_heads.txt``, so the facility rules find the spans; :func:`owned_work_sites`
starts each span at its owner, or turns it into a blocker when it has none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.region_spans import PROVINCE_PART_RE

__all__ = ["WORK_SITE_HEADS", "owned_work_sites"]

#: heads of employment and industry sites a place in front names (``fac_heads.txt`` lists them too)
WORK_SITE_HEADS = ("扶贫车间", "就业车间", "创业园", "孵化园", "孵化基地", "创业基地", "就业基地")
#: level characters that name the one site of the paper's own county or city (县返乡创业园): no township or village has
#: only one, so 镇扶贫车间 / 村扶贫车间 stay kinds
_OWN_LEVELS = ("县", "市")
#: the end of a zone or district that owns a park in it (群科新区, 经开区, 高新区)
_ZONE_OWNER_RE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:新区|开发区|园区|经开区|高新区)")


def _head(name: str) -> str | None:
    return next((h for h in WORK_SITE_HEADS if name.endswith(h)), None)


def owned_work_sites(cands: list[Cand], text: str, place_spans: "list[tuple[int, int]]") -> list[Cand]:
    """*cands* with each work-site FAC (:data:`WORK_SITE_HEADS`) starting at its owner, or a blocker (label ``_``) where
    it has none.

    The owner is the first place of *place_spans* inside the span before the head (办起|望丰村扶贫车间: the verb is cut
    off), a place or province part (渝东北) opening it, a zone (…新区), the county's level character (县返乡创业园), or a
    place ending right before the span (the county joins it later, village + head stays). A quote names a site too.

    Examples
    --------
    >>> t = "办起望丰村扶贫车间，全县建成扶贫车间12个，入驻县返乡创业园，渝东北创业孵化园"
    >>> cands = [Cand(0, 9, "FAC"), Cand(14, 18, "FAC"), Cand(24, 30, "FAC"), Cand(31, 39, "FAC")]
    >>> [(t[c.start:c.end], c.label) for c in owned_work_sites(cands, t, [(2, 5)])]
    [('望丰村扶贫车间', 'FAC'), ('扶贫车间', '_'), ('县返乡创业园', 'FAC'), ('渝东北创业孵化园', 'FAC')]
    >>> t = "新区拉面产业孵化园"
    >>> [(t[c.start:c.end], c.label) for c in owned_work_sites([Cand(0, 9, "FAC")], t, [])]
    [('新区拉面产业孵化园', '_')]
    """
    out = []
    for c in cands:
        name = text[c.start:c.end]
        head = _head(name) if c.label == "FAC" else None
        if head is None:
            out.append(c)
            continue
        hs = c.end - len(head)
        inside = sorted(a for a, b in place_spans if c.start <= a < hs and b <= hs)
        if inside:
            if inside[0] > c.start:  # 办起|望丰村扶贫车间: the owner opens the name
                c = replace(c, start=inside[0], text=text[inside[0]:c.end])
            out.append(c)
            continue
        owned = (any(b == c.start for _, b in place_spans)
                 or PROVINCE_PART_RE.match(text, c.start, hs) is not None
                 or _ZONE_OWNER_RE.match(text, c.start, hs) is not None
                 or (name.startswith(_OWN_LEVELS) and hs - c.start >= 1)
                 or "“" in text[c.start:hs])
        out.append(c if owned else replace(c, label="_"))
    return out
