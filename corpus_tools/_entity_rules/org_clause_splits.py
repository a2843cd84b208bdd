"""An organisation glued to the clause it is the subject of (县委宣传部要组织宣讲团, 旗司法局组织普法宣传队).

A body's name ends in a head character (部, 局, 委, 团 …); when a predicate word follows it inside one ORG span
(要, 组织, 代表, 和 + a second unit) the span ran on past the name: the body before the word is the ORG and the
rest, a kind of team without a name of its own (宣讲团, 普法宣传队), is none.
"""

from __future__ import annotations

from dataclasses import replace

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["clause_split", "split_org_clauses"]

#: last characters of a body's name (县委宣传部, 旗司法局, 县委, 讲师团, 县政府办)
_HEADS = frozenset("部局委办院团厅处站所社")
#: words that open a predicate or join a second unit after a body (要组织, 组织, 代表, 和, 联合, 会同)
_CLAUSE = ("要", "组织", "联合", "会同", "牵头", "和", "与", "及", "派出", "邀请", "协调")
#: the rest after the word must hold this many characters, so the word is no part of a head (县委|组织|部)
_MIN_REST = 3


def clause_split(name: str) -> int:
    """Length of the body at the start of *name* that a predicate word follows, or 0.

    Examples
    --------
    >>> [clause_split(w) for w in ("县委宣传部要组织宣讲团", "旗司法局组织普法宣传队", "县委组织部", "县委组织部基层办")]
    [5, 4, 0, 0]
    """
    for k in range(2, len(name) - _MIN_REST):
        if name[k - 1] not in _HEADS:
            continue
        for w in _CLAUSE:
            if name.startswith(w, k) and len(name) - k - len(w) >= _MIN_REST and name[k + len(w)] not in _HEADS:
                return k
    return 0


def split_org_clauses(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each ORG span that runs on into a clause (:func:`clause_split`) cut to its body."""
    out = []
    for c in ents:
        if c.label == "ORG":
            k = clause_split(text[c.start:c.end])
            if k:
                c = replace(c, end=c.start + k)
        out.append(c)
    return out
