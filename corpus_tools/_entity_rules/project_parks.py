"""A project located in an industrial park or development zone: the park is a FAC of its own and the project
is what is built there (GUIDE: only the immediate owner stays in a name; parks are FAC).

The head rules grow a project's name leftwards over the park it stands in (上犹工业园区玻纤新材料产业项目,
微山经济开发区新能源电池材料项目, 玉龙工业园区新上项目). The open gold of two writers splits them: FAC
上犹工业园区 + PROJECT 玻纤新材料产业项目 (pages29o), FAC 微山经济开发区 + PROJECT 新能源电池材料项目 and FAC
玉龙工业园区 with no project in 新上项目 (pages27o). Works on the park itself stay one name: its stage
(天马文化旅游产业园一期项目) or its buildings and networks (高新技术产业园标准厂房建设项目, pages29o).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import PROJECT_GENERIC, Cand
from corpus_tools._entity_rules.scan import generic_only

__all__ = ["park_projects"]

#: a park or zone that opens a project's name, the name of the park at least two characters
_PARK_RE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:工业园区|经济技术开发区|经济开发区|高新技术产业开发区|开发区|工业园|工业集中区|产业园区)")
#: words of works on the park itself (its stage, buildings, roads, networks): the project is the park's own
_PARK_WORKS_RE = re.compile(r"期|基础设施|配套|标准厂房|厂房|道路|管网|污水|供水|供热|供电|扩区|建设|改造|扩建|提升")


def park_projects(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each PROJECT that opens with a park or zone (:data:`_PARK_RE`) and goes on with what is
    built there split into a FAC (the park) and a PROJECT (the rest with the head); when the rest is only
    a kind (新上项目) the park stays alone. Works on the park itself (:data:`_PARK_WORKS_RE`) are left whole.

    Examples
    --------
    >>> t = "上犹工业园区玻纤新材料产业项目投产，玉龙工业园区新上项目开工，紫金产业园区标准厂房建设项目"
    >>> out = park_projects([Cand(0, 15, "PROJECT"), Cand(18, 28, "PROJECT"), Cand(31, 45, "PROJECT")], t)
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('上犹工业园区', 'FAC'), ('玻纤新材料产业项目', 'PROJECT'), ('玉龙工业园区', 'FAC'), ('紫金产业园区标准厂房建设项目', 'PROJECT')]
    """
    out = []
    for c in ents:
        m = _PARK_RE.match(text, c.start, c.end) if c.label == "PROJECT" else None
        if m is None:
            out.append(c)
            continue
        name = text[c.start:c.end]
        head = next((h for h in ("项目", "工程") if name.endswith(h)), None)
        rest = text[m.end():c.end - len(head)] if head else ""
        if not head or _PARK_WORKS_RE.search(rest) or "“" in rest or "”" in rest:
            out.append(c)
            continue
        out.append(Cand(c.start, m.end(), "FAC", prio=c.prio, source=c.source))
        if len(rest) >= 3 and not generic_only(rest, PROJECT_GENERIC):
            out.append(Cand(m.end(), c.end, "PROJECT", prio=c.prio, source=c.source))
    return out
