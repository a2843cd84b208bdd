"""A project's place from the subject of its sentence: 今年，李畋镇实施了农村饮水安全工程 (user31 F5).

A county paper most often names where a project is built by making the township, village or community
the subject of the sentence that carries out the project:

* the place, then a verb of carrying out or building, then the project, in one clause
  (*李畋镇实施了农村饮水安全工程*, *白兔潭镇投资建设了…项目*, *王仙镇正加快推进…工程*);
* the place as the subject of the sentence's first clause (after at most a time word, or with a partner:
  *市环保局联合王仙镇…*), and the project's own clause opening with such a
  verb and naming no subject of its own (*王仙镇对澄潭江温泉村段开展巡查，推进澄潭江流域综合治理工程*).

Only township-level and village-level places count here (a county is the paper's own place and says
nothing about where in it a project stands). Used by :func:`corpus_tools.projects.project_investments` for
projects that :mod:`corpus_tools.project_places` left without a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus_tools.project_places import CLAUSE_END_RE
from corpus_tools.text import SENTENCE_END_RE

__all__ = ["LOCAL_SUFFIXES", "subject_places"]

#: suffixes of the places that may be a project's subject here
LOCAL_SUFFIXES = ("镇", "乡", "街道", "村", "社区", "苏木", "嘎查")
#: a verb of carrying out or building a project, with the adverbs and aspect marks around it
_DOING = (r"(?:今年|去年|近年来|先后|已经?|正在?|积极|大力|全面|加快|着力|投资|计划|共|还)*"
          r"(?:实施|建设|推进|启动|开工|新建|兴建|完成|打造|建成|修建|开展|谋划|落实|抓好|争取)(?:了|的)?")
#: between the subject place and its project in one clause, or opening a clause with no subject of its own
_VERB_RE = re.compile(r"\s*" + _DOING + r"\s*$")
#: what may stand before the subject place at the start of its sentence (今年，| 近年来，| 目前，)
#: or a partner it acts with (市环保局联合王仙镇…)
_LEAD_RE = re.compile(r"\s*(?:(?:今年|去年|近年来|近年|目前|日前|近日|连日来|当前|(?:19|20)\d{2}年(?:以来)?)[，,]?)?\s*"
                      r"(?:[\u4e00-\u9fff]{2,10}(?:联合|会同|协同))?$")


def _local(name: str) -> bool:
    return name.endswith(LOCAL_SUFFIXES)


def subject_places(text: str, projects: Sequence[tuple[int, int, str]],
                   places: Sequence[tuple[int, int, str]]) -> dict[int, str]:
    """Places that are the subject of the sentence carrying out a project (see the module docstring).

    Parameters
    ----------
    text : str
        The article's text.
    projects : sequence of (start, end, name)
        The projects of *text*.
    places : sequence of (start, end, name)
        The places of *text* (the entity table's place rows).

    Returns
    -------
    dict
        Project start -> place.

    Examples
    --------
    >>> t = "今年，李畋镇实施了农村饮水安全工程，解决了群众的吃水问题。"
    >>> subject_places(t, [(9, 17, "农村饮水安全工程")], [(3, 6, "李畋镇")])
    {9: '李畋镇'}
    >>> t = "王仙镇对温泉村段开展巡查，推进江河流域综合治理工程。"
    >>> subject_places(t, [(15, 25, "江河流域综合治理工程")], [(0, 3, "王仙镇"), (4, 7, "温泉村")])
    {15: '王仙镇'}
    >>> t = "连日来，市环保局联合王仙镇开展巡查，推进江河流域综合治理工程。"
    >>> subject_places(t, [(t.index("江河"), t.index("。"), "江河流域综合治理工程")], [(10, 13, "王仙镇")])
    {20: '王仙镇'}
    >>> t = "县里表彰了李畋镇，农村饮水安全工程进展顺利。"
    >>> subject_places(t, [(9, 17, "农村饮水安全工程")], [(5, 8, "李畋镇")])
    {}
    """
    local = sorted((p for p in places if _local(p[2])), key=lambda p: p[0])
    out: dict[int, str] = {}
    for s, _e, _name in projects:
        s0 = max((m.end() for m in SENTENCE_END_RE.finditer(text, 0, s)), default=0)
        c0 = max((m.end() for m in CLAUSE_END_RE.finditer(text, s0, s)), default=s0)
        inside = [p for p in local if c0 <= p[0] and p[1] <= s]
        if inside and _VERB_RE.fullmatch(text, inside[-1][1], s):
            out[s] = inside[-1][2]
            continue
        if c0 == s0 or not _VERB_RE.fullmatch(text, c0, s):
            continue
        first = [p for p in local if s0 <= p[0] < c0]
        if first and _LEAD_RE.fullmatch(text, s0, first[0][0]):
            out[s] = first[0][2]  # (the subject opens the sentence, after at most a time word or a partner)
    return out
