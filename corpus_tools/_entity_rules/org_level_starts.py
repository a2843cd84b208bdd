"""An organisation that starts at its own level word, not at the words before it (round 36, gpeper36).

A county body written with its bare level (县委, 旗公安局, 区委常委会, 县防汛抗旱指挥部办公室) names the
paper's own county; the span rules and the model sometimes reach left over the clause before it and take a verb,
a person or a street into the name: ``报告|县防汛抗旱指挥部办公室``, ``区委书记戚建中代表|区委常委会``,
``宝昌镇红旗街|旗公安局``, ``学习全会精神|旗委``, ``社区联合|县委党史研究室``. :func:`level_starts` cuts such a
span back to its level word when the characters before that word make no place name with it (``会同县公安局``,
``中共五常市委``, ``漾濞彝族自治县委员会`` and the former ``寿光县委`` keep their place: the gazetteer names it) and do not make a word
with it (``城市管理局``, ``红旗渠``).

For 县 and 旗 any body after the level counts; for 区 and 市 only their Party committees (区委, 市委), since
those two characters end many words and zone names (开发区, 示范区, 都市).
"""

from __future__ import annotations

from dataclasses import replace

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import is_word

__all__ = ["level_starts"]

#: Level characters a body of the paper's own county may open with, and what must follow them.
_ANY_BODY = frozenset("县旗")
_COMMITTEE_ONLY = frozenset("区市")
#: Characters after a level character that make it part of a place's name (新旗村, 县城).
_PLACE_NEXT = frozenset("村镇乡屯寨街路巷组社城")
#: Two characters before a level that make it part of an autonomous area's name (自治县, 自治区, 自治旗).
_AUTONOMOUS = "自治"


def _level_at(text: str, s: int, e: int) -> int | None:
    """The last position k in (s, e - 1) where the body of ``text[s:e]`` may start at its level word."""
    upper = gz.upper_names()
    for k in range(e - 2, s, -1):
        ch = text[k]
        if ch in _ANY_BODY:
            pass
        elif ch in _COMMITTEE_ONLY and text[k + 1:k + 2] == "委":
            pass
        else:
            continue
        if text[k - 2:k] == _AUTONOMOUS or is_word(text[k - 1:k + 1]) or text[k + 1:k + 2] in _PLACE_NEXT:
            continue  # 漾濞彝族自治|县, 城|市, 红|旗, 新旗|村党委: the level is inside a name
        if any(text[j:k + 1] in upper or text[j:k] in upper for j in range(s, k)):
            continue  # 会同县公安局, 中共五常市委, 原寿光县委 (寿光市 now): a place the gazetteer names owns the body
        if e - k < 2:
            continue
        return k
    return None


def level_starts(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each ORG that runs on left over a clause cut back to the level word its body opens with.

    Parameters
    ----------
    ents : list of Cand
        Candidates of one text.
    text : str

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "会议听取了区委书记王明代表区委常委会所作的报告"
    >>> [t[c.start:c.end] for c in level_starts([Cand(5, 18, "ORG", prio=1)], t)]
    ['区委常委会']
    >>> t = "会同县公安局民警"
    >>> [t[c.start:c.end] for c in level_starts([Cand(0, 6, "ORG", prio=1)], t)]
    ['会同县公安局']
    """
    out = []
    for c in ents:
        if c.label == "ORG" and c.end - c.start >= 4:
            k = _level_at(text, c.start, c.end)
            if k is not None:
                c = replace(c, start=k, text="", text_head="")
        out.append(c)
    return out
