"""A deictic scope opening a meeting's name stays out of it (全区|经济工作会议, user30b F10).

GUIDE: deictic words (全省, 全县 …) are not annotated. The meeting frames already leave 全县 out
(全县|脱贫攻坚誓师大会, ``event_frames``), but a name found on another path kept 全区 (全区经济工作会议,
全区基层治理工作会议: a district's paper). This last pass trims every local scope the same way.
"""

from __future__ import annotations

from dataclasses import replace

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["LOCAL_SCOPES", "drop_event_scopes"]

#: Deictic scopes of a province, city, county or district's own meetings (全国 names a national one: kept).
LOCAL_SCOPES = ("全省", "全市", "全县", "全区", "全州", "全旗", "全盟")
#: The name left after the scope must be this long (全区大会 stays whole).
_MIN_NAME = 4


def drop_event_scopes(ents: list[Cand], text: str) -> list[Cand]:
    """Trim a local scope off the start of each EVENT.

    Parameters
    ----------
    ents : list of Cand
        The chosen entities.
    text : str
        Their text.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "全区经济工作会议召开"
    >>> [t[c.start:c.end] for c in drop_event_scopes([Cand(0, 8, "EVENT")], t)]
    ['经济工作会议']
    """
    out = []
    for c in ents:
        if c.label == "EVENT" and text.startswith(LOCAL_SCOPES, c.start) and c.end - c.start - 2 >= _MIN_NAME:
            c = replace(c, start=c.start + 2)
        out.append(c)
    return out
