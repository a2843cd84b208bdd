"""Other mentions of an organisation that a late pass found once: 亿创公司 … 为亿创公司 … 亿创公司得知.

The rules propagate every name they find to its other mentions (:func:`assemble.rule_entities`),
but the passes after them — the ORG arbiter and units named by a title — add one mention at a
time, where the learned score or the context is high enough; the same firm
written again in a plainer sentence is missed (on unlabelled county reports, a firm named seven
times was found once). :func:`repeat_orgs` gives each such name's other mentions the ORG label
where they cut into no entity and no segmenter word.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.words import ends_inside_word

#: Sources of the late passes whose names are repeated.
LATE_SOURCES = frozenset(("arbiter", "titled"))
#: Shortest name repeated (two-character names are too often parts of words).
MIN_LEN = 3


def _free(s: int, e: int, ents: list[Cand]) -> bool:
    """``[s, e)`` cuts into no entity and is no organisation yet (it may cover whole entities)."""
    for c in ents:
        if c.end <= s or c.start >= e:
            continue
        if c.start < s or c.end > e or c.label == "ORG":
            return False
    return True


def _word_start(feats: "list[str] | None", s: int) -> bool:
    return feats is None or s == 0 or feats[s][:1] in ("B", "S")


def repeat_orgs(ents: list[Cand], text: str, feats: "list[str] | None" = None) -> list[Cand]:
    """*ents* with the other mentions of the organisations the late passes found.

    Examples
    --------
    >>> text = "亿创公司得知消息。为亿创公司解决难题。"
    >>> out = repeat_orgs([Cand(0, 4, "ORG", source="arbiter")], text)
    >>> [(text[c.start:c.end], c.source) for c in out]
    [('亿创公司', 'arbiter'), ('亿创公司', 'document')]
    """
    names = dict.fromkeys(text[c.start:c.end] for c in ents
                          if c.label == "ORG" and c.source in LATE_SOURCES and c.end - c.start >= MIN_LEN)
    if feats is not None and len(feats) != len(text):
        feats = None
    out = list(ents)
    added = False
    for name in names:
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if not _free(s, e, out) or not _word_start(feats, s):
                continue
            if feats is not None and ends_inside_word(text, feats, e):
                continue
            out = [x for x in out if x.end <= s or x.start >= e] + [Cand(s, e, "ORG", prio=1, source="document")]
            added = True
    return sorted(out, key=lambda x: x.start) if added else ents
