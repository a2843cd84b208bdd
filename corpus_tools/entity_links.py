"""An entity's admin code and its norm (the form it is counted by): the link of a place candidate to the national
gazetteer, and the names that stand for one entity (a padded person's name, a place's official name, an organisation
qualified by its county: 县教育局 -> 平遥县教育局). Used by :func:`corpus_tools.entities.find_entities`.
"""

from __future__ import annotations

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules import Cand
from corpus_tools.org_owners import qualified_name
from corpus_tools.text import strip_spaces

#: The gazetteer level a place label links at (None: any level).
PLACE_LEVEL = {"GPE": None, "TOWNSHIP": "township", "VILLAGE": "village", "COMMUNITY": "community"}


def link_candidate(c: Cand, text: str, county_code: str | None) -> str | None:
    """The admin code of candidate *c* of *text*: its own code, or the gazetteer's link of a place label in its
    context (None for other labels and for a place the gazetteer cannot link)."""
    if c.code:
        return c.code
    level = PLACE_LEVEL.get(c.label, "")
    if level == "":
        return None
    name = text[c.start:c.end]
    context = text[max(0, c.start - 40):c.end + 40]
    try:
        return gz.link_place(name, county_code=county_code, level=level, context=context, document=text)
    except ValueError:
        return None


def entity_norm(c: Cand, name: str, code: str | None, county_code: str | None) -> str:
    """The norm of candidate *c* printed as *name* with admin *code*.

    Examples
    --------
    >>> entity_norm(Cand(0, 3, "PERSON"), "王　刚", None, None)
    '王刚'
    """
    if c.label == "PERSON":
        return strip_spaces(name)  # a padded name (王　刚) is the same person as 王刚
    if code and c.label in ("TOWNSHIP", "VILLAGE", "COMMUNITY", "GPE"):
        try:
            return gz.division(code).name
        except KeyError:
            return name
    if c.label in ("ORG", "EVENT", "FAC") and county_code:
        return qualified_name(name, county_code)  # 县委 -> 平遥县委, 区委 -> 双城区委, 县教育局 -> 平遥县教育局
    return name
