"""A township's office written right after its name: 武峁子乡|农经站, 杨井镇|林业站 (user36b F1).

:func:`~corpus_tools._entity_rules.org_level_bodies.level_bodies` reads an office written with a bare level (乡农经站)
where the level starts a word; after a township's name (武峁子乡农经站) the level closes the name, so the office was
lost and only the township was kept. The annotation guide makes the township's office one ORG (X乡党委, X镇人民政府,
X乡农经站): here a TOWNSHIP span ending in 乡 or 镇 that is followed by such an office's body and head becomes one ORG
over both (the place tables still count the township inside it) when the office's body is two characters (a longer
run after the name was a clause or a facility on six open page sets: 沙尖子镇|建立专家工作站, 糯良乡|茶叶初制所).
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.org_level_bodies import level_body_end

__all__ = ["township_bodies"]

#: the office's body and head after the level, at most (农经|站, 林业|站, 财政|所, 计生|办): a longer run after a
#: township's name is a clause (沙尖子镇|建立专家工作站) or a facility (桃镇|程控电话交换站) in the open page sets
_MAX_BODY = 3


def township_bodies(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each TOWNSHIP span followed by its office (乡|农经站) replaced by one ORG over both.

    Examples
    --------
    >>> t = "武峁子乡农经站加强监督，武峁子乡举办培训。桃镇建起棉花收购站"
    >>> out = township_bodies([Cand(0, 4, "TOWNSHIP", prio=2), Cand(12, 16, "TOWNSHIP", prio=2),
    ...                        Cand(21, 23, "TOWNSHIP", prio=2)], t)
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('武峁子乡农经站', 'ORG'), ('武峁子乡', 'TOWNSHIP'), ('桃镇', 'TOWNSHIP')]
    """
    out = list(ents)
    for c in ents:
        if c.label != "TOWNSHIP" or text[c.end - 1:c.end] not in ("乡", "镇"):
            continue
        end = level_body_end(text, c.end - 1)
        if not end or end - c.end > _MAX_BODY or any(o is not c and o.start < end and o.end > c.end - 1 and o.label != "_" for o in out):
            continue
        out = [o for o in out if o is not c] + [Cand(c.start, end, "ORG", prio=1, source="rule")]
    return sorted(out, key=lambda c: c.start)
