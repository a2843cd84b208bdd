"""A project name given as a rank or a pilot's title is no project: 把精准扶贫作为|头号民生工程, 被评为|“公司+农户”旅游扶贫示范项目,
列入全省|农村税费改革试点|县 (facloc33, round 32).

GUIDE: a PROJECT names one particular undertaking; generic heads and kinds are not projects. Two frames give a
project-shaped phrase as what something else is ranked or counted as:

- a verb of ranking or naming (作为, 评为, 获评, 确定为, 当成, 当作) right before it, and the phrase ends the clause
  (a punctuation mark, 来抓, 的) — the thing ranked is the subject, the phrase its rank: 头号民生工程 (pages27),
  天字号工程 (pages26o), 招商引资项目 (dev5), two 示范项目 (dev8); no open gold PROJECT stands in this frame;
- a pilot (…试点) followed by the kind of unit that is the pilot (县, 村, 乡, 镇, 单位): 农村税费改革试点县 (pages24,
  pages29), 社会主义新农村建设试点村 (pages24), 全国旅游标准化试点单位 (dev8), 特色田园乡村建设试点村 (dev9); one
  open gold PROJECT stands there (新型农村合作医疗试点县, pages32o).

:func:`ranked_projects` drops those PROJECT spans.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["ranked_projects"]

#: verbs that give their object as a rank or a name (作为头号民生工程, 被评为…示范项目)
_RANK_RE = re.compile(r"(?:作为|评为|获评|确定为|当成|当作)[“‘]?$")
#: what ends the ranked phrase's clause (作为“天字号工程”来抓, …示范项目；)
_CLAUSE_END_RE = re.compile(r"^[”’]?(?:[，。；、！？,;]|来抓|的)")
#: the unit a pilot is (试点县, 试点村, 试点单位)
_PILOT_UNIT_RE = re.compile(r"^[”’]?(?:县|村|乡|镇|单位|地区|市)")


def ranked_projects(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* without the PROJECT spans that name a rank (after 作为, 评为 …, ending the clause) or a pilot's unit
    (…试点 + 县, 村, 单位).

    Examples
    --------
    >>> t = "镇里把修路作为头号民生工程，实施乡村道路改造工程。该县列入全省养老服务改革试点县。"
    >>> ents = [Cand(7, 13, "PROJECT"), Cand(16, 24, "PROJECT"), Cand(31, 39, "PROJECT")]
    >>> [t[c.start:c.end] for c in ranked_projects(ents, t)]
    ['乡村道路改造工程']
    """
    out = []
    for c in ents:
        if c.label == "PROJECT":
            before, after = text[max(0, c.start - 4):c.start], text[c.end:c.end + 4]
            if _RANK_RE.search(before) and _CLAUSE_END_RE.match(after):
                continue
            if text[c.start:c.end].endswith("试点") and _PILOT_UNIT_RE.match(after):
                continue
        out.append(c)
    return out
