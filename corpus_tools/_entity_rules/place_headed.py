"""Sights and outlets named after a place: the place and the head are one name of the head's kind (user37b F2).

A county's sights, works and media are named after the county or its river: a cave complex after the county
(X石窟), a themed town after it (X红木小镇), a greenway after the river (X江绿道), the county's news site
(X新闻网). The gazetteer finds the place, but the head words of such names (石窟, 小镇, 绿道, 新闻网) are not
among the facility or organisation heads the head rules know, so the place was read alone (GPE X) and the head
dropped. The GUIDE reads the whole as one name whose kind is the head's: a sight's head makes a FAC, a news
outlet's head an ORG.

Two forms of the language decide, not a list of names:

- **place + head.** A GPE or LOC of two or more characters followed by a sight head, with at most two
  characters of modifier between them (X|红木|小镇) that the segmenter does not read as a verb, adverb,
  preposition, pronoun, numeral or function word (X|新建|绿道 stays apart), or followed directly by a media
  head (X|新闻网), is one FAC or ORG;
- **a works head ends no person's name.** A three-character PERSON whose last character is a water-works head
  (堰 weir, 渠 canal, 坝 dam, 闸 sluice, 陂 pond-weir) is a Chinese given name in no naming convention; the model
  reads surname + two characters as a name (X席堰), the head says it is a FAC.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["MEDIA_HEADS", "SIGHT_HEADS", "WORKS_HEADS", "place_headed"]

#: heads of a sight or a public work named after a place, which the facility head rules do not know
SIGHT_HEADS = ("石窟", "小镇", "绿道", "古道", "步道", "栈道", "古城", "老街", "古街区")
#: heads of a news outlet named after its place (the rules know 日报, 电视台; these are the web era's)
MEDIA_HEADS = ("新闻网", "融媒体中心", "传媒集团", "新闻客户端")
#: last characters of a water work's name: no given name ends in them
WORKS_HEADS = frozenset("堰渠坝闸陂")
#: segmenter tags of a modifier character that make it a clause, not part of a name (新建, 已, 在, 这)
_CLAUSE_TAGS = ("v", "d", "p", "r", "m", "q", "c", "u", "f", "t", "w")
#: characters no name's modifier holds (的 and list marks)
_NOT_MODIFIER = frozenset("的了和与及等、，。；：“”（）在是把被将从到")
_MAX_MODIFIER = 2


def _tag(feats: "list[str] | None", i: int) -> str:
    return feats[i].partition("-")[2] if feats is not None and 0 <= i < len(feats) else ""


def _head_after(text: str, feats: "list[str] | None", end: int) -> "tuple[int, str] | None":
    """The end and label of a sight or media head written from *end* on, after at most two modifier characters."""
    for k in range(_MAX_MODIFIER + 1):
        mod = text[end:end + k]
        if len(mod) < k or any(ch in _NOT_MODIFIER or not ("\u4e00" <= ch <= "\u9fff") for ch in mod):
            return None
        if any(_tag(feats, end + j).startswith(_CLAUSE_TAGS) for j in range(k)):
            return None
        for head in sorted(SIGHT_HEADS, key=len, reverse=True):
            if text.startswith(head, end + k):
                return end + k + len(head), "FAC"
        if k == 0:
            for head in MEDIA_HEADS:
                if text.startswith(head, end):
                    return end + len(head), "ORG"
    return None


def place_headed(ents: list[Cand], text: str, feats: "list[str] | None" = None) -> list[Cand]:
    """*ents* with a place followed by a sight or media head joined to it, and names ending in a works head FAC.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.
    feats : list of str, optional
        The segmenter's per-character tags (``B-v`` …), one per character of *text*.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "游客走进云溪石窟，又到云溪竹编小镇，沿着白江绿道骑行。云溪新闻网报道。"
    >>> ents = [Cand(4, 6, "GPE"), Cand(11, 13, "GPE"), Cand(20, 22, "LOC"), Cand(27, 29, "GPE")]
    >>> [(t[c.start:c.end], c.label) for c in place_headed(ents, t)]
    [('云溪石窟', 'FAC'), ('云溪竹编小镇', 'FAC'), ('白江绿道', 'FAC'), ('云溪新闻网', 'ORG')]
    >>> t = "修缮后的郑石堰仍在灌溉，王石安出席"
    >>> [(t[c.start:c.end], c.label) for c in place_headed([Cand(4, 7, "PERSON"), Cand(12, 15, "PERSON")], t)]
    [('郑石堰', 'FAC'), ('王石安', 'PERSON')]
    >>> t = "云溪的小镇"
    >>> [(t[c.start:c.end], c.label) for c in place_headed([Cand(0, 2, "GPE")], t)]
    [('云溪', 'GPE')]
    """
    out: list[Cand] = []
    made: list[Cand] = []
    ordered = sorted(ents, key=lambda c: (c.start, c.end))
    for i, c in enumerate(ordered):
        if c.label == "PERSON" and c.end - c.start == 3 and text[c.end - 1] in WORKS_HEADS:
            out.append(Cand(c.start, c.end, "FAC", prio=c.prio, source=c.source))
            continue
        if c.label in ("GPE", "LOC") and c.end - c.start >= 2:
            got = _head_after(text, feats, c.end)
            nxt = ordered[i + 1] if i + 1 < len(ordered) else None
            if got is not None and (nxt is None or nxt.start >= got[0] or nxt.end <= got[0]
                                    and nxt.label in ("FAC", "ORG", "_")):
                end, label = got
                made.append(Cand(c.start, end, label, prio=c.prio, source=c.source))
                out.append(made[-1])
                continue
        out.append(c)
    # drop spans now inside a joined name (X|红木小镇 found as a FAC of its own)
    return [c for c in out if not any(j is not c and j.start <= c.start and c.end <= j.end for j in made)]
