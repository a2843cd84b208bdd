"""A road named only by the townships it links is no facility: 两河镇至望关镇农村公路 is TOWNSHIP 两河镇 + TOWNSHIP 望关镇.

The facility rules read "A镇至B镇(农村)公路" as one FAC. The open page gold never does: three writers (pages22
两河镇至望关镇农村公路, pages27o 义正镇至双河镇公路, pages37o 三岔镇至孙家坪乡农村公路) annotate the two townships only,
as they do for 融水镇至安陲乡道路 and 宜里镇至卧北村的公路, which the rules already read so. A road with a name of its
own before its endpoints (GUIDE.md: 平孟线水磨头村至孟山段公路) and a works on such a road (张华镇至英萃镇公路改建工程:
PROJECT in pages22 and pages30o) stay as they are.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["township_routes"]

#: a road between a township and a township or village, with no name of its own
_ROUTE_RE = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))至([\u4e00-\u9fff]{1,6}?(镇|乡|街道|村))段?"
                       r"(?:农村|乡村|旅游|县乡|通村)?(?:公路|道路|路段|砂石路|水泥路)")


def township_routes(ents: "list[Cand]", text: str) -> "list[Cand]":
    """*ents* with each FAC that is only a road between a township and a township or village split into its
    endpoints (TOWNSHIP, and TOWNSHIP or VILLAGE).

    Examples
    --------
    >>> t = "对红石镇至青山乡农村公路开展排查"
    >>> [(t[c.start:c.end], c.label) for c in township_routes([Cand(1, 12, "FAC")], t)]
    [('红石镇', 'TOWNSHIP'), ('青山乡', 'TOWNSHIP')]
    >>> t = "红石镇至青山乡公路改建工程"
    >>> [(t[c.start:c.end], c.label) for c in township_routes([Cand(0, 13, "PROJECT")], t)]
    [('红石镇至青山乡公路改建工程', 'PROJECT')]
    """
    out = []
    for c in ents:
        m = _ROUTE_RE.fullmatch(text, c.start, c.end) if c.label == "FAC" else None
        if m is None or m.group(1).startswith(("县", "市", "全", "各")):
            out.append(c)
            continue
        out += [Cand(m.start(1), m.end(1), "TOWNSHIP", source="rule"),
                Cand(m.start(2), m.end(2), "VILLAGE" if m.group(3) == "村" else "TOWNSHIP", source="rule")]
    return out
