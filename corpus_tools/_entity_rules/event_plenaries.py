"""A Party committee's plenary written without its session numbers: 县委全委（扩大）会议, 市委全体会议 (user36b F8).

:mod:`corpus_tools._entity_rules.events` reads a plenary with its term and session (县委十届三次全体（扩大）会议,
旗委十一届四次全委（扩大）会议: EVENT in pages26o and pages29); a county paper also prints the same meeting without
them (县委召开县委全委（扩大）会议), and the committee was then read as an ORG and the meeting lost. Here the committee
(县委, 市委, 旗委, 自治区党委, with 中共… before it or not), 全委 or 全体, an optional （扩大） and 会议 are one EVENT; the
committee's ORG inside it gives way.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["plenary_sessions"]

_PLENARY_RE = re.compile(r"(?:中共[\u4e00-\u9fff]{2,6}?)?(?:自治区党委|[县市区旗州盟]委)"
                         r"全(?:体|委)(?:（扩大）|\(扩大\)|扩大)?会议(?![室厅])")


def plenary_sessions(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each committee's plenary written without session numbers one EVENT (the spans inside it dropped;
    none is added where a span crosses its edge).

    Examples
    --------
    >>> t = "县委召开县委全委（扩大）会议，市委全体会议室"
    >>> [(t[c.start:c.end], c.label) for c in plenary_sessions([Cand(0, 2, "ORG"), Cand(4, 6, "ORG")], t)]
    [('县委', 'ORG'), ('县委全委（扩大）会议', 'EVENT')]
    """
    out = list(ents)
    for m in _PLENARY_RE.finditer(text):
        s, e = m.span()
        if any(c.start < e and c.end > s and (c.start < s or c.end > e) for c in out):
            continue
        out = [c for c in out if not (c.start >= s and c.end <= e)] + [Cand(s, e, "EVENT", prio=2, source="rule")]
    return sorted(out, key=lambda c: c.start)
