"""A co-operative named by its village and its trade only is one organisation: 水田村|稻蟹种养专业合作社 →
ORG 水田村稻蟹种养专业合作社.

A farmers' co-operative registers as place + trade name + trade + 专业合作社. When the village stands where the
trade name would, nothing else tells this co-operative apart, so the village belongs to its name (GUIDE.md: an
organisation keeps its immediate owner, like 梁村党支部; the pages of several writers annotate 车田村火腿加工专业合作社,
东伦村股份经济合作社, 水田村稻蟹种养专业合作社 whole). The segmenter's tags decide what the body is: a word tagged as a proper name (a trade
name the segmenter knows) or a function word keeps the village apart, and so does a verb first (赵楼村|成立合作社).
A trade name the segmenter tags as a common noun is joined too (苏苏村东旺蔬菜专业合作社, which dev5's annotator split):
on the open gold, village + co-operative is one name seven times out of eight.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["village_coops"]

#: the body of a co-operative's name after its village, up to its head (股份经济|合作社, 肉牛养殖专业|合作社)
_BODY_RE = re.compile(r"[\u4e00-\u9fff]{2,10}?合作社")
#: segmenter tags of a trade name of its own (a proper name) or of a clause (a verb, a function word) in the body
_NOT_KIND = frozenset(("nr", "nz", "nt", "ns", "p", "d", "c", "u", "r", "m", "q", "f", "t"))


def _kind_body(feats: list[str], s: int, e: int) -> bool:
    """``[s, e)`` names only a trade: no word tagged as a proper name or a function word, and no verb first
    (水田村|成立合作社 is a clause)."""
    tags = [feats[i][2:] for i in range(s, e) if feats[i][:1] in ("B", "S")]
    return bool(tags) and feats[s][:1] in ("B", "S") and tags[0] != "v" and not set(tags) & _NOT_KIND


def village_coops(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* with each VILLAGE right before a co-operative whose body names only its trade (an ORG ending in
    合作社 right after it, or no entity up to 合作社) made one ORG with it.

    Examples
    --------
    >>> text = "成立水田村稻蟹种养专业合作社"
    >>> feats = ["B-v", "E-v", "B-n", "E-n", "S-n", "B-n", "E-n", "B-v", "E-v", "B-n", "E-n", "B-n", "I-n", "E-n"]
    >>> [(text[c.start:c.end], c.label) for c in village_coops([Cand(2, 5, "VILLAGE"), Cand(5, 14, "ORG")], text, feats)]
    [('水田村稻蟹种养专业合作社', 'ORG')]
    >>> text = "以东伦村股份经济合作社为依托"
    >>> feats = ["B-f", "E-f", "B-v", "E-v", "B-n", "E-n", "B-n", "E-n", "B-n", "I-n", "E-n", "S-v", "B-v", "E-v"]
    >>> [(text[c.start:c.end], c.label) for c in village_coops([Cand(1, 4, "VILLAGE")], text, feats)]
    [('东伦村股份经济合作社', 'ORG')]
    """
    if feats is None or len(feats) != len(text):
        return ents
    ents = sorted(ents, key=lambda c: (c.start, c.end))
    out: list[Cand] = []
    i = 0
    while i < len(ents):
        v = ents[i]
        o = ents[i + 1] if i + 1 < len(ents) else None
        if v.label != "VILLAGE":
            out.append(v)
            i += 1
            continue
        if o is not None and o.label == "ORG" and v.end == o.start and text.endswith("合作社", 0, o.end) \
                and _kind_body(feats, o.start, o.end - 3):
            out.append(Cand(v.start, o.end, "ORG", prio=o.prio, source=o.source))
            i += 2
            continue
        m = _BODY_RE.match(text, v.end)
        if m and (o is None or o.start >= m.end()) and _kind_body(feats, v.end, m.end() - 3):
            out.append(Cand(v.start, m.end(), "ORG", prio=v.prio, source="rule"))
        else:
            out.append(v)
        i += 1
    return out
