"""A county's code from what a user types, and a division's name from its code.

``resolve_county`` reads ``read_corpus(..., county=...)`` and ``--county``: a 6-digit code or a county's
name, with or without its province and city, refusing names several counties (or a county and a city)
share. Split from :mod:`corpus_tools.county` (which reads the county off a text); both read
:mod:`corpus_tools.gazetteer` only.
"""

from __future__ import annotations

from corpus_tools import gazetteer as gz

__all__ = ["division_name", "resolve_county"]


def division_name(code: str | None) -> str | None:
    """The official name of the division *code*, or None when there is no such division."""
    if not code:
        return None
    try:
        return gz.division(code).name
    except (KeyError, ValueError):
        return None


def _not_a_county_code(raw: str) -> str:
    """Why the digits *raw* name no county: a unit of another level (421100 is a city), no unit of the
    2023 list at all (a typo: the counties of the same city are named), or the wrong number of digits.

    Examples
    --------
    >>> _not_a_county_code("14072")
    "a county code has 6 digits (e.g. '140429'), and '14072' has 5"
    >>> _not_a_county_code("421183").startswith("421183 is not a county code of the 2023 division list")
    True
    """
    if len(raw) not in (6, 9, 12):
        return f"a county code has 6 digits (e.g. '140429'), and {raw!r} has {len(raw)}"
    code = raw[:6]
    try:
        d = gz.division(code)
    except KeyError:
        d = None
    if d is not None:
        return f"{code} is {d.name}, a {d.level}, not a county; give the code of one of its counties"
    city = gz.name_above(code, 4)
    if city and code.endswith("00"):
        return f"{code} is the code of {city}, a city, not a county; give the code of one of its counties"
    near = sorted(gz.children(code[:4], level="county") if city else [], key=lambda c: abs(int(c.code) - int(code)))
    listed = "、".join(f"{c.name} {c.code}" for c in sorted(near[:NEAR_CODES], key=lambda c: c.code))
    return (f"{code} is not a county code of the 2023 division list"
            + (f" (the nearest codes of {city}: {listed})" if listed else "") + "; check the digits, or give the county's name")


#: Counties with the nearest codes a message about a code that names none lists.
NEAR_CODES = 3


def resolve_county(value: str | int) -> str:
    """The 6-digit code of a county given by code or by name.

    Parameters
    ----------
    value : str or int
        ``"140429"``, ``"武乡县"``, ``"武乡"``, ``"山西省武乡县"`` or ``"长治市武乡县"``.

    Raises
    ------
    ValueError
        When nothing matches, or when the name is shared by several counties (the message
        lists them with their province and city, so the user can pick one).

    Returns
    -------
    str
        The county's 6-digit code.

    Examples
    --------
    >>> resolve_county("武乡县"), resolve_county(140728), resolve_county("铁岭县")
    ('140429', '140728', '211221')
    >>> resolve_county("铁岭")
    Traceback (most recent call last):
    ...
    ValueError: county = '铁岭' is ambiguous: the county 铁岭县 (211221) or the city 铁岭市, which is no county (give one of its counties); write '铁岭县' or the 6-digit code
    """
    raw = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else None
    if not raw:
        raise ValueError(f"county = {value!r} is invalid; give a 6-digit county code or a county name such as '武乡县'")
    if raw.isdigit():
        if len(raw) in (6, 9, 12):
            try:
                d = gz.division(raw[:6])
            except KeyError:
                d = None
            if d is not None and d.level == "county":
                return raw[:6]
        raise ValueError(f"county = {value!r} is invalid; " + _not_a_county_code(raw))
    upper = gz.upper_names()
    # peel leading province / city names: 山西省长治市武乡县
    prefixes: list[str] = []
    rest = raw
    while True:
        for L in range(min(len(rest) - 1, 10), 1, -1):
            codes = [c for c in upper.get(rest[:L], ()) if len(c) in (2, 4)]
            # what is left must still be a name (铁岭县 is the county, not the city 铁岭 + 县)
            if codes and len(rest) - L >= 2:
                prefixes.append(codes)  # type: ignore[arg-type]
                rest = rest[L:]
                break
        else:
            break
    cands = [c for c in upper.get(rest, ()) if len(c) == 6]
    for codes in prefixes:
        cands = [c for c in cands if any(c.startswith(p) for p in codes)]  # type: ignore[union-attr]
    cities = [c for c in upper.get(rest, ()) if len(c) == 4 and division_name(c)]
    if len(cands) == 1 and cities and not prefixes and gz.division(cands[0]).name != rest:
        # a bare short form that is also a city's (铁岭: 铁岭县 or the prefecture 铁岭市): not guessed
        city = gz.division(cities[0]).name
        county = gz.division(cands[0]).name
        raise ValueError(f"county = {value!r} is ambiguous: the county {county} ({cands[0]}) or the city {city}, "
                         f"which is no county (give one of its counties); write {county!r} or the 6-digit code")
    if len(cands) == 1:
        return cands[0]
    if not cands:  # 安远市 for 安远县: the same stem with another suffix
        stem = rest[:-1] if len(rest) > 2 and rest[-1] in "县市区旗" else rest
        near = sorted({c for c in upper.get(stem, ()) if len(c) == 6})[:5]
        hint = f"; did you mean {', '.join(f'{gz.division(c).name} ({c})' for c in near)}?" if near else ""
        raise ValueError(f"county = {value!r} is invalid; no county of that name in the gazetteer "
                         f"(give the official name such as '武乡县' or a 6-digit code){hint}")
    listed = ", ".join(f"{c} {'/'.join(d.name for d in gz.parents(c))}/{gz.division(c).name}" for c in sorted(cands))
    raise ValueError(f"county = {value!r} is ambiguous: {len(cands)} counties match ({listed}); "
                     "add the province or city (e.g. '山西省武乡县') or give the 6-digit code")
