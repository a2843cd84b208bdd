"""Names the rules cut where a joining word or a landform follows or precedes a shorter name.

- A bureau whose name joins two fields with 与 or 和 (县海洋与渔业局, 市国土资源与规划局): the rules
  read 与 as "and" and keep only 渔业局. :func:`joined_names` grows the body back to the level
  character in front (县, 市, 省, 区, 州) when the joined field is a plain word of two to four
  characters with no body head of its own (not 县农业局与林业局: two bodies).
- A "centre" that names a harbour (黄岐国家中心渔港): an ORG ending in 中心 right before a facility
  head (渔港, 码头) is the facility.
- A place's short form before a landform (黄岐半岛, 定海湾): the peninsula or bay named after the
  town or village is a LOC, not the town.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import FAC_HEADS_LONGEST_FIRST, Cand, replace_inside

__all__ = ["joined_names"]

_LEVEL_CHARS = "县市省区州"
_JOINS = "与和"
#: characters a joined field never holds (body heads, function words, level characters)
_NOT_FIELD = frozenset("局委办厅院所站队部处科中心会社司的了在是和与及对把被将从向为等各全本县市省区州乡镇村")
_LANDFORMS = ("半岛", "湾")
#: heads of the government bodies whose names join two fields (海洋与渔业局, 国土资源与规划委员会)
_BUREAU_HEADS = ("局", "厅", "委员会", "委", "办公室", "办")
_PLACE_LABELS = ("TOWNSHIP", "VILLAGE", "GPE")
#: harbour heads, which the facility lexicon lacks, tried before it
_HARBOURS = ("渔港", "港口", "港区", "码头")


def _overlaps(ents: "list[Cand]", s: int, e: int, skip: "Cand | None" = None) -> bool:
    return any(o is not skip and o.label != "_" and o.start < e and s < o.end for o in ents)


def _joined_bureau(ents: "list[Cand]", c: Cand, text: str) -> "Cand | None":
    j = c.start - 1
    if j < 3 or text[j] not in _JOINS or not text.endswith(_BUREAU_HEADS, c.start, c.end):
        return None
    for k in range(j - 2, max(-1, j - 6), -1):
        if text[k] in _LEVEL_CHARS and k < j - 1:
            field = text[k + 1:j]
            if 2 <= len(field) <= 4 and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_FIELD for ch in field):
                if not _overlaps(ents, k, j + 1, c):
                    return Cand(k, c.end, "ORG", prio=c.prio, source=c.source)
            return None
    return None


def joined_names(ents: "list[Cand]", text: str) -> "list[Cand]":
    """*ents* with joined bureaus, harbour centres and landforms of places whole (see the module docstring).

    Examples
    --------
    >>> t = "县海洋与渔业局组织培训。"
    >>> [(t[c.start:c.end], c.label) for c in joined_names([Cand(4, 7, "ORG")], t)]
    [('县海洋与渔业局', 'ORG')]
    >>> t = "黄岐半岛与马祖隔海相望。"
    >>> [(t[c.start:c.end], c.label) for c in joined_names([Cand(0, 2, "TOWNSHIP"), Cand(5, 7, "LOC")], t)]
    [('黄岐半岛', 'LOC'), ('马祖', 'LOC')]
    >>> t = "黄岐国家中心渔港建成。"
    >>> [(t[c.start:c.end], c.label) for c in joined_names([Cand(0, 6, "ORG")], t)]
    [('黄岐国家中心渔港', 'FAC')]
    """
    out = list(ents)
    for c in list(ents):
        new = None
        if c.label == "ORG":
            new = _joined_bureau(out, c, text)
            if new is None and text.endswith("中心", c.start, c.end):
                head = next((h for h in _HARBOURS + FAC_HEADS_LONGEST_FIRST if len(h) >= 2 and text.startswith(h, c.end)), None)
                if head and not _overlaps(out, c.end, c.end + len(head)):
                    new = Cand(c.start, c.end + len(head), "FAC", prio=c.prio, source=c.source)
        elif c.label in _PLACE_LABELS and c.length >= 2 and text[c.end - 1] not in "乡镇村县市区省":
            form = next((f for f in _LANDFORMS if text.startswith(f, c.end)), None)
            if form and text[c.end + len(form):c.end + len(form) + 1] not in ("村", "镇", "乡", "区") \
                    and not _overlaps(out, c.end, c.end + len(form)):
                new = Cand(c.start, c.end + len(form), "LOC", prio=c.prio, source=c.source)
        if new is not None and c in out:
            out = replace_inside([o for o in out if o is not c], new)
    return sorted(out, key=lambda c: (c.start, c.end))
