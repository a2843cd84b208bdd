"""What a county report writes right after a village's name: the short form of one of its bodies (凤凰村村委,
石桥村支部, 红旗村村两委) or the number of a village split from it (阿克亚2村).

County reports name a village committee or Party branch by short forms as well as in full (村委 for
村委会, 支部 or 村支部 for 村党支部), and the committees together as 两委. The segmenter glues the village's
村 to the 村 of the short form (红旗|村村|委, 村村 = every village), so neither the village rules nor the
organisation head rules see the name, and the whole mention is lost (红旗村村委班子, 红旗村村两委).

GUIDE.md keeps a village body with its village as one ORG (孟山村党支部, 通化二村村委会); the gold writes
the short forms the same way (凤凰村村委 in dev9, 秀富里支部 in the entities-dev reports). The two
committees together are no one body (the gold never tags X村两委), so there only the village is named.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.unlisted_places import generic_village, phrase_stem
from corpus_tools.text import CJK_RE

__all__ = ["numbered_villages", "village_bodies"]

#: The village's 村, then the short form of one of its bodies (an ORG with the village) or of its two
#: committees (the village alone). 村委会 and 村党支部 are the head rules' (they read them whole).
_BODY_RE = re.compile(r"村(?:(?P<org>村委(?![会员])|村?支部)|(?P<two>村?两委|村?“两委”))")
#: Stem lengths of a village name tried before its 村, longest first.
_STEMS = (4, 3, 2)
#: Characters no village name opens with: a scope or a deictic word (全村, 各村, 该村), a level.
_NOT_STEM_FIRST = frozenset("各全本该每这那其某个村乡镇县市")


def _village_start(text: str, k: int, e: int, ents: list[Cand], feats: "list[str] | None") -> "int | None":
    """Start of the village whose 村 is at *k* (its mention ends at *e*): a VILLAGE the rules found, else a
    stem of two to four characters that the segmenter starts as a word and reads as nouns only (红旗|村村委;
    not 当上了|村支部: :func:`~corpus_tools._entity_rules.unlisted_places.phrase_stem`), right after an
    entity (岳壁乡|梁村) or a word, the longest such stem that is no kind of village."""
    for c in ents:
        if c.label == "VILLAGE" and c.end == k + 1 and k - c.start >= 1:
            return c.start
    if feats is None or len(feats) != len(text):
        return None
    for n in _STEMS:
        s = k - n
        if s < 0 or any(c.start < k + 1 and s < c.end and not (s <= c.start and c.end <= e) for c in ents):
            continue
        w = text[s:k + 1]
        if (feats[s][:1] not in ("B", "S") or w[0] in _NOT_STEM_FIRST or not all(CJK_RE.match(ch) for ch in w)
                or generic_village(w) or phrase_stem(feats, len(text), s, k)):
            continue
        return s
    return None


def village_bodies(ents: list[Cand], text: str, feats: "list[str] | None" = None) -> list[Cand]:
    """*ents* with each village named before the short form of its body made one ORG with it (凤凰村村委,
    石桥村支部), and the village of its two committees (红旗村村两委 → VILLAGE 红旗村) found.

    An entity inside the new span (the model's 村村委, the village alone) gives way to it; one that
    crosses it keeps its place and the mention is left as it was.

    Examples
    --------
    >>> text = "红旗村村委班子很团结"
    >>> feats = ["B-n", "E-n", "B-n", "E-n", "S-j", "B-n", "E-n", "S-d", "B-a", "E-a"]
    >>> [(text[c.start:c.end], c.label) for c in village_bodies([], text, feats)]
    [('红旗村村委', 'ORG')]
    >>> text = "碗窑乡凤凰村村两委开会"
    >>> ents = [Cand(0, 3, "TOWNSHIP"), Cand(3, 6, "VILLAGE")]
    >>> [(text[c.start:c.end], c.label) for c in village_bodies(ents, text)]
    [('碗窑乡', 'TOWNSHIP'), ('凤凰村', 'VILLAGE')]
    """
    out = list(ents)
    for m in _BODY_RE.finditer(text):
        k = m.start()
        e = m.end() if m.group("org") else k + 1
        s = _village_start(text, k, e, out, feats)
        if s is None:
            continue
        if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in out):
            continue  # an entity crosses the mention (a person named right after it, a longer name)
        new = Cand(s, e, "ORG" if m.group("org") else "VILLAGE", prio=1, source="rule")
        if any((c.start, c.end, c.label) == (new.start, new.end, new.label) for c in out):
            continue
        out = [c for c in out if not (s <= c.start and c.end <= e)] + [new]
    return sorted(out, key=lambda c: (c.start, c.end))


#: The number of a village split from an older one, in Arabic digits, and its 村 (阿克亚|2村; 车江一村 with
#: a Chinese numeral is one word and the place rules read it whole).
_NUMBER_RE = re.compile(r"[0-9０-９]{1,2}村(?![民委])")


def numbered_villages(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each VILLAGE read from its short form (阿克亚, of 阿克亚村) and written with a number and 村
    right after it grown over them: Xinjiang and other counties split a village into numbered ones (阿克亚2村),
    and the gold writes the numbered village whole.

    Examples
    --------
    >>> text = "洋大曼乡阿克亚2村有了美发店"
    >>> [(text[c.start:c.end], c.label) for c in numbered_villages([Cand(0, 4, "TOWNSHIP"), Cand(4, 7, "VILLAGE")], text)]
    [('洋大曼乡', 'TOWNSHIP'), ('阿克亚2村', 'VILLAGE')]
    """
    starts = {c.start for c in ents}
    out = []
    for c in ents:
        m = _NUMBER_RE.match(text, c.end) if c.label == "VILLAGE" and not text.endswith("村", c.start, c.end) else None
        if m is not None and not any(c.end <= k < m.end() for k in starts):
            c = Cand(c.start, m.end(), c.label, c.prio, None, c.source)
        out.append(c)
    return out
