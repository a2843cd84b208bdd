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
    level = PLACE_LEVEL.get(c.label, "")
    if level in ("village", "community"):
        chained = chain_link(text, c.start, c.end, level, county_code)
        if chained:
            return chained  # 东升镇金凤村: that township's village, whatever the page's county (user35b F2)
    if c.code:
        return c.code
    if level == "":
        return None
    name = text[c.start:c.end]
    context = text[max(0, c.start - 40):c.end + 40]
    try:
        return gz.link_place(name, county_code=county_code, level=level, context=context, document=text)
    except ValueError:
        return None


#: Longest township name looked for right before a village (内蒙古 苏木 names run long).
_MAX_TOWNSHIP = 8
_TOWNSHIP_ENDS = ("镇", "乡", "街道", "苏木", "办事处")


def chain_link(text: str, start: int, end: int, level: str, county_code: str | None = None) -> str | None:
    """The code of the village (or community) ``text[start:end]`` when a township is printed right before it
    (东升镇金凤村) and has exactly one unit of that name: the chain decides per mention, so two same-name villages
    of two counties in one article (蓬安县锦屏镇金凤村 visits 东升镇金凤村) each get their own code. Among
    townships of the same name, those of the county printed before the township, else of *county_code*, come
    first. None when no township is printed there, the chain leaves two candidates, or the one it leaves lies in
    a county that is neither *county_code* nor named in *text*.

    Examples
    --------
    >>> t = "蓬安县锦屏镇金凤村干部来到东升镇金凤村参观"
    >>> chain_link(t, 6, 9, "village", "511322"), chain_link(t, 16, 19, "village", "511322")
    ('511323101209', '511322102231')
    >>> chain_link(t, 16, 19, "village", "511323") is None   # 营山县 neither the page's nor named
    True
    >>> chain_link("金凤村干部", 0, 3, "village") is None
    True
    """
    name = text[start:end]
    towns = gz.township_names()
    for length in range(min(_MAX_TOWNSHIP, start), 1, -1):
        town = text[start - length:start]
        if not town.endswith(_TOWNSHIP_ENDS) or town not in towns:
            continue
        found = [d.code for t in towns[town] for d in gz.lookup(name, within=t, level=level) if d.name == name]
        if len(found) > 1:  # the county printed before the township, else the page's, decides among them
            before = text[max(0, start - length - 12):start - length]
            named = [c for c in found if any(before.endswith(n) for n in _county_forms(c[:6]))]
            found = named or [c for c in found if county_code and c.startswith(county_code[:6])] or found
        if len(found) != 1:
            return None
        own = county_code is not None and found[0].startswith(county_code[:6])
        # a county neither the page's nor named in the text is a namesake (龙河镇 of 1998 is 万佛湖镇 today)
        return found[0] if own or any(f in text for f in _county_forms(found[0][:6])) else None
    return None


def _county_forms(code: str) -> tuple[str, ...]:
    """A county's name and short forms (蓬安县, 蓬安)."""
    d = gz.division(code)
    return (d.name, *gz.short_forms(d.name, d.level))


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
