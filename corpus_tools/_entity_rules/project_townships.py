"""The township printed in front of a project's name is an entity of its own.

GUIDE keeps places out of a PROJECT span where the project is named after its undertaking, not its
place (``平遥县 2023 年水毁抢修恢复工程`` → GPE + PROJECT; the open gold has no PROJECT that opens with a
township's name), and a township that opens a project's name (谭棚镇|恒达智能装备制造基地项目) is a mention
of that township for place counts. The split is made once the spans are chosen: before, the whole
span competes with a body inside it (谭棚镇恒达智能装备制造基地 as a FAC, 杨桥镇宏远冷链物流中心 as an ORG)
and wins as the longest; cut earlier, the project would lose to that body. The places are read as
for facilities (:func:`corpus_tools._entity_rules.heads.after_township`): a township, after its
county if one comes first, with at least two characters of name left before the head.
"""

from __future__ import annotations

from corpus_tools._entity_rules.admin_levels import TOWNSHIP_SUFFIXES
from corpus_tools._entity_rules.heads import after_township
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.places import find_places
from corpus_tools._entity_rules.project_bounds import JOINED_BY

__all__ = ["split_townships", "township_before_name"]


def split_townships(ents: list[Cand], text: str, county_code: "str | None",
                    words: "list[str] | None" = None) -> list[Cand]:
    """*ents* with each PROJECT that opens with a township split into the place(s) and the project.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.
    county_code : str or None
        The page's county (its units are the townships read).
    words : list of str, optional
        The segmenter's per-character word features of *text*, as the place rules read them.

    Returns
    -------
    list of Cand
        The spans, in the same order, with a split PROJECT replaced by its places and the rest.

    Examples
    --------
    >>> t = "其中，谭棚镇恒达智能装备制造基地项目总投资8000万元。"
    >>> [(t[c.start:c.end], c.label) for c in split_townships([Cand(3, 18, "PROJECT")], t, "341221")]
    [('谭棚镇', 'TOWNSHIP'), ('恒达智能装备制造基地项目', 'PROJECT')]
    """
    projects = [c for c in ents if c.label == "PROJECT"]
    # a township split off ends in a township suffix inside the span: without one, the places of the text
    # (read again here) cannot split it
    if not any(suffix in text[c.start:c.end] for c in projects for suffix in TOWNSHIP_SUFFIXES):
        return ents
    places = {p.start: p for p in find_places(text, county_code, words)}
    if not any(c.start in places for c in projects):
        return ents
    ends = {a: (p.end, p.label) for a, p in places.items()}
    out = []
    for c in ents:
        k = after_township(text, c.start, c.end - 2, ends) if c.label == "PROJECT" else c.start
        if k == c.start or text[k] in JOINED_BY:  # (艾亭镇至杨桥镇公路改造工程: the place is part of the name)
            out.append(c)
            continue
        a = c.start
        while a < k:
            p = places[a]
            out.append(Cand(p.start, p.end, p.label, p.prio, p.code, p.source))
            a = p.end
        out.append(Cand(k, c.end, c.label, c.prio, c.code, c.source))
    return out


def township_before_name(name: str, county_code: "str | None") -> "tuple[str | None, str]":
    """A project's name alone, split as :func:`split_townships` splits it in a text: the township right
    before the project's own name (None when the rule splits nothing) and that name. The projects table
    (:func:`corpus_tools.project_places.split_place`) asks this rule rather than one of its own.

    Examples
    --------
    >>> township_before_name("蓬溪县鸣凤镇蓬源冷链物流中心项目", "510921")  # the county before it goes too
    ('鸣凤镇', '蓬源冷链物流中心项目')
    >>> township_before_name("鸣凤镇项目", "510921")  # two characters of name at least before the head
    (None, '鸣凤镇项目')
    """
    parts = split_townships([Cand(0, len(name), "PROJECT")], name, county_code)
    if len(parts) == 1:
        return None, name
    place, project = parts[-2:]
    return name[place.start:place.end], name[project.start:project.end]
