"""China's administrative divisions, shipped with the package, as a gazetteer for linking.

The data are the National Bureau of Statistics 2023 statistical division codes
(统计用区划和城乡划分代码, cut-off 2023-06-30) from github.com/modood/Administrative-divisions-of-China
(WTFPL v2). Codes nest by prefix: 2 digits province, 4 city, 6 county, 9 township
(乡/镇/街道), 12 village or community. Village committee names are normalised to the place
names used in running text (``水磨头村民委员会`` -> ``水磨头村``, ``曙光社区居民委员会`` ->
``曙光社区``); ``corpus_tools/data/admin/build.py`` rebuilds the files.

Everything is loaded lazily on first use and cached: the 44k upper-level units take about
0.1 s, the 620k villages about 1 s; a per-county index is built in milliseconds.

Examples
--------
>>> division("140728").name
'平遥县'
>>> [d.name for d in parents("140728202207")]
['山西省', '晋中市', '平遥县', '岳壁乡']
>>> [d.code for d in lookup("梁村", within="140728")]
['140728202207']
"""

from __future__ import annotations

import bisect
import gzip
import lzma
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd

from corpus_tools.place_forms import short_forms

__all__ = [
    "Division",
    "LEVELS",
    "division",
    "parents",
    "children",
    "lookup",
    "link_place",
    "short_forms",
    "admin_divisions",
    "upper_names",
    "township_names",
    "common_words",
    "unit_names",
    "name_above",
]

#: Level names by code length.
LEVELS = {2: "province", 4: "city", 6: "county", 9: "township", 12: "village"}
_LEVEL_ORDER = ("province", "city", "county", "township", "village", "community")



@dataclass(frozen=True)
class Division:
    """One administrative unit.

    Attributes
    ----------
    code : str
        Statistical code: 2 (province), 4 (city), 6 (county), 9 (township) or 12 digits.
    name : str
        Official name; for villages and communities the committee suffix is stripped.
    level : str
        One of ``province, city, county, township, village, community``.
    """

    code: str
    name: str
    level: str

    @property
    def parent_code(self) -> str | None:
        """Code of the next level up (``None`` for a province)."""
        cut = {4: 2, 6: 4, 9: 6, 12: 9}.get(len(self.code))
        return self.code[:cut] if cut else None


def _level(code: str, name: str) -> str:
    if len(code) == 12 and name.endswith("社区"):
        return "community"
    return LEVELS[len(code)]


def _data_path(name: str):
    return resources.files("corpus_tools").joinpath("data", "admin", name)


@lru_cache(maxsize=1)
def _upper() -> dict[str, str]:
    """code -> name for provinces, cities, counties and townships."""
    with _data_path("divisions.tsv.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh)


@lru_cache(maxsize=1)
def _villages() -> tuple[list[str], list[str]]:
    """Sorted village codes and their names (two parallel lists)."""
    with _data_path("villages.tsv.xz").open("rb") as raw, lzma.open(raw) as fh:
        text = fh.read().decode("utf-8")
    codes, names = [], []
    for line in text.splitlines():
        code, _, name = line.partition("\t")
        codes.append(code)
        names.append(name)
    return codes, names


@lru_cache(maxsize=1)
def _upper_sorted() -> tuple[list[str], list[str]]:
    """The codes of :func:`_upper` sorted, and their names (two parallel lists), for prefix ranges."""
    codes = sorted(_upper())
    return codes, [_upper()[c] for c in codes]


def _village_range(prefix: str) -> range:
    codes, _ = _villages()
    lo = bisect.bisect_left(codes, prefix)
    hi = bisect.bisect_left(codes, prefix + "a")  # every digit sorts before "a"
    return range(lo, hi)


def _check_code(code: str) -> str:
    if not isinstance(code, str) or not code.isdigit() or len(code) not in LEVELS:
        raise ValueError(f"code = {code!r} is invalid; it must be a string of 2, 4, 6, 9 or 12 digits")
    return code


def division(code: str) -> Division:
    """The unit with statistical code *code*.

    Raises
    ------
    KeyError
        When no unit has that code.

    Examples
    --------
    >>> division("140728202")
    Division(code='140728202', name='岳壁乡', level='township')
    """
    _check_code(code)
    if len(code) == 12:
        codes, names = _villages()
        i = bisect.bisect_left(codes, code)
        if i < len(codes) and codes[i] == code:
            return Division(code, names[i], _level(code, names[i]))
    else:
        name = _upper().get(code)
        if name is not None:
            return Division(code, name, _level(code, name))
    raise KeyError(f"no administrative division has code {code!r}")


def parents(code: str) -> list[Division]:
    """The units above *code*, from the province down (the unit itself excluded).

    Levels that do not exist (``市辖区`` rows) are skipped.
    """
    _check_code(code)
    out = []
    for cut in (2, 4, 6, 9):
        if cut < len(code):
            try:
                out.append(division(code[:cut]))
            except KeyError:
                pass
    return out


def children(code: str, *, level: str | None = None) -> list[Division]:
    """All units below *code* (every depth), optionally only those of *level*.

    Examples
    --------
    >>> len(children("140728", level="township"))
    16
    """
    _check_code(code)
    if level is not None and level not in _LEVEL_ORDER:
        raise ValueError(f"level = {level!r} is invalid; it must be one of {_LEVEL_ORDER}")
    codes, names = _upper_sorted()  # the codes below *code* are one run of the sorted codes
    lo, hi = bisect.bisect_right(codes, code), bisect.bisect_left(codes, code + "a")
    out = [Division(codes[i], names[i], _level(codes[i], names[i])) for i in range(lo, hi)]
    if len(code) < 12 and level in (None, "village", "community"):
        codes, names = _villages()
        out += [Division(codes[i], names[i], _level(codes[i], names[i])) for i in _village_range(code)]
    if level is not None:
        out = [d for d in out if d.level == level]
    return sorted(out, key=lambda d: d.code)


def _add(index: dict, key: str, code: str) -> None:
    index.setdefault(key, []).append(code)


@lru_cache(maxsize=1)
def _upper_index() -> dict[str, list[str]]:
    """Names and short forms of provinces, cities and counties -> codes."""
    index: dict[str, list[str]] = {}
    for code, name in _upper().items():
        if len(code) > 6:
            continue
        lvl = LEVELS[len(code)]
        _add(index, name, code)
        for short in short_forms(name, lvl):
            _add(index, short, code)
    return index


def upper_names() -> dict[str, list[str]]:
    """Names and short forms of every province, city and county -> codes (shared; do not modify).

    Examples
    --------
    >>> upper_names()["平遥"]
    ['140728']
    """
    return _upper_index()


@lru_cache(maxsize=1)
def township_names() -> dict[str, list[str]]:
    """Official names of every township (乡, 镇, 街道) in China -> 9-digit codes (shared; do not modify).

    Examples
    --------
    >>> len(township_names()["岳壁乡"])
    1
    """
    index: dict[str, list[str]] = {}
    for code, name in _upper().items():
        if len(code) == 9:
            _add(index, name, code)
    return index


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Place names and short forms that are also common words (一路, 上海 as 'up the sea' …).

    Built by ``data/admin/build.py`` from word frequencies; a match on one of these needs
    other evidence before it counts as a place.
    """
    return frozenset(_data_path("common_words.txt").read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def _townships_by_county() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for code, name in _upper().items():
        if len(code) == 9:
            out.setdefault(code[:6], []).append((code, name))
    return out


@lru_cache(maxsize=512)
def county_index(county_code: str) -> dict[str, list[str]]:
    """Names and short forms of the townships, villages and communities of one county -> codes.

    Cached per county (up to 512 counties, some 65 KiB each, so at most about 33 MiB: county
    inference checks the villages of up to eight candidate counties per text, so a corpus of many
    places would rebuild them over and over with a smaller cache); used by the entity rules of that
    county's pages. The dict returned is the cache's own, shared by every caller: do not modify it
    (a change would reach every later text of that county).
    """
    _check_code(county_code)
    index: dict[str, list[str]] = {}
    for code, name in _townships_by_county().get(county_code, ()):
        _add(index, name, code)
        for short in short_forms(name, "township"):
            _add(index, short, code)
    codes, names = _villages()
    for i in _village_range(county_code):
        code, name = codes[i], names[i]
        lvl = _level(code, name)
        _add(index, name, code)
        for short in short_forms(name, lvl):
            _add(index, short, code)
    return index


@lru_cache(maxsize=32)
def unit_names(areas: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """Official names of the townships, villages and communities below each code in *areas*.

    Village and community names shorter than three characters and common words are left
    out: these units are taken by full name only, outside the page's own county.

    Cached for the last 32 tuples of areas, and per area for 256 areas (:func:`_area_units`: some
    40 KiB a county, 350 KiB a city; at most about 11 MiB for counties, more when many cities are
    named).

    Returns
    -------
    dict
        Name -> list of ``(code, level)``. Shared and cached: for one area it is the cached
        dict of that area itself, for several one merged dict kept for later calls; callers
        (``county.context_names``, ``places._merged_names``) must not modify it, or the change
        would reach every later text that names those areas.

    Examples
    --------
    >>> unit_names(("140728",))["岳壁乡"]
    [('140728202', 'township')]
    """
    if len(areas) == 1:
        return _area_units(areas[0])
    out: dict[str, list[tuple[str, str]]] = {}
    for area in areas:  # the areas' units in order, as one pass over them would add them
        for name, units in _area_units(area).items():
            out.setdefault(name, []).extend(units)
    return out


@lru_cache(maxsize=256)
def _area_units(area: str) -> dict[str, list[tuple[str, str]]]:
    """:func:`unit_names` of one area (cached per area: the texts of a corpus name the same
    counties in ever new combinations)."""
    _check_code(area)
    common = common_words()
    out: dict[str, list[tuple[str, str]]] = {}
    codes, names = _villages()
    for county, towns in _townships_by_county().items():
        if county.startswith(area[:6]):
            for code, name in towns:
                if code.startswith(area) and name not in common:
                    out.setdefault(name, []).append((code, "township"))
    if len(area) < 12:
        for i in _village_range(area):
            name = names[i]
            county, town = _upper().get(codes[i][:6], "-"), _upper().get(codes[i][:9], "-")
            if name.startswith(county):  # 栾川县潭头镇拨云岭村: a chained name -> 拨云岭村
                name = name[len(county) + (len(town) if name.startswith(town, len(county)) else 0):]
            if len(name) >= 3 and name not in common:
                out.setdefault(name, []).append((codes[i], _level(codes[i], name)))
    return out


@lru_cache(maxsize=1)
def _lower_index() -> dict[str, list[str]]:
    """Full names of every township, village and community -> codes (built on demand)."""
    index: dict[str, list[str]] = {}
    for code, name in _upper().items():
        if len(code) == 9:
            _add(index, name, code)
    codes, names = _villages()
    for code, name in zip(codes, names):
        _add(index, name, code)
    return index


def lookup(name: str, *, within: str | None = None, level: str | None = None) -> list[Division]:
    """Units called *name* (official name or short form), optionally below the code *within*.

    Short forms (``平遥``, ``岳壁``, ``横坡``) are matched only for provinces, cities and
    counties nationwide, and for townships and villages when *within* names a county or a
    unit inside one.

    Examples
    --------
    >>> [(d.code, d.level) for d in lookup("岳壁", within="140728")]
    [('140728202', 'township')]
    >>> lookup("平遥")[0].name
    '平遥县'
    """
    if not isinstance(name, str) or not name:
        raise ValueError(f"name = {name!r} is invalid; it must be a non-empty string")
    if level is not None and level not in _LEVEL_ORDER:
        raise ValueError(f"level = {level!r} is invalid; it must be one of {_LEVEL_ORDER}")
    if within is not None:
        _check_code(within)
    codes = list(_upper_index().get(name, []))
    if within is not None and len(within) >= 6:
        codes += county_index(within[:6]).get(name, [])
    elif level not in ("province", "city", "county"):
        codes += _lower_index().get(name, [])
    if within is not None:
        codes = [c for c in codes if c.startswith(within)]
    out = []
    for c in dict.fromkeys(codes):
        d = division(c)
        if level is None or d.level == level:
            out.append(d)
    return out


def link_place(name: str, *, county_code: str | None = None, level: str | None = None,
               context: str = "", document: str = "") -> str | None:
    """Resolve a place name to one statistical code, or ``None`` when unknown or ambiguous.

    Candidates inside the page's county (*county_code*) win; among several, the one whose
    township (or county, for names outside the county) is named in *context* wins; a name
    that stays ambiguous is not guessed.

    Parameters
    ----------
    name : str
        The place as printed (大兴村, 暖泉镇, 平遥).
    county_code : str, optional
        The page's county (6 digits or longer): its units and their short forms come first.
    level : str, optional
        The level the name must have (``township``, ``village`` …).
    context : str, optional
        The words around the name (a sentence): a candidate whose township (or county) it names wins.
    document : str, optional
        The whole article: consulted for a village of the page's county that two or more of its
        townships have, when *context* names none of their townships; the one township the
        article names decides (新化县 大兴村 of 温塘镇 in an article about 温塘镇), two or none leave
        the name unlinked.

    Returns
    -------
    str or None
        The code, or None.

    Examples
    --------
    >>> link_place("梁村", county_code="140728")
    '140728202207'
    >>> link_place("梁村") is None   # dozens of 梁村 in China
    True
    >>> link_place("大兴村", county_code="431322") is None   # 白溪镇 and 温塘镇 both have one
    True
    >>> link_place("大兴村", county_code="431322", document="温塘镇修通产业路……大兴村的柑橘外运")
    '431322115233'
    """
    def named_parent(cands: list[Division], parent_len: int, text: str) -> list[Division]:
        hits = []
        for d in cands:
            par = next((p for p in parents(d.code) if len(p.code) == parent_len), None)
            if par is not None and any(f in text for f in [par.name, *short_forms(par.name, par.level)]):
                hits.append(d)
        return hits

    def pick(cands: list[Division], parent_len: int, *, need_context: bool = False, wider: str = "") -> str | None:
        if len(cands) == 1 and not need_context:
            return cands[0].code
        hits = named_parent(cands, parent_len, context)
        if not hits and wider:
            hits = named_parent(cands, parent_len, wider)
        return hits[0].code if len(hits) == 1 else None

    if county_code:
        local = lookup(name, within=county_code[:6], level=level)
        if local:
            # an official full name beats a short form (段村 the village, not 段村镇);
            # then a township beats a village of the same name
            local = [d for d in local if d.name == name] or local
            by_level = sorted(local, key=lambda d: _LEVEL_ORDER.index(d.level))
            top = [d for d in by_level if d.level == by_level[0].level]
            return pick(top, 9, wider=document)
    cands = lookup(name, level=level)
    if not cands:
        return None
    by_level = sorted(cands, key=lambda d: _LEVEL_ORDER.index(d.level))
    top = [d for d in by_level if d.level == by_level[0].level]
    # a township or village outside the page's county is linked only when the context
    # names its county: a unique name elsewhere in China is not evidence enough
    need = bool(county_code) and len(top[0].code) > 6
    return pick(top, 6 if len(top[0].code) > 6 else max(2, len(top[0].code) - 2), need_context=need)


def admin_divisions(*, level: str | None = None, within: str | None = None) -> pd.DataFrame:
    """The shipped divisions as a table.

    Parameters
    ----------
    level : str, optional
        Keep one level (``province, city, county, township, village, community``).
    within : str, optional
        Keep units below this code (e.g. ``"140728"`` for 平遥县).

    Returns
    -------
    DataFrame
        Columns ``code, name, level, parent_code, province, city, county, township``
        (parent names; empty string where a level does not apply).

    Examples
    --------
    >>> df = admin_divisions(level="township", within="140728")
    >>> len(df), df.loc[0, "county"]
    (16, '平遥县')
    """
    if level is not None and level not in _LEVEL_ORDER:
        raise ValueError(f"level = {level!r} is invalid; it must be one of {_LEVEL_ORDER}")
    if within is not None:
        divs = children(_check_code(within), level=level)
    else:
        divs = [Division(c, n, _level(c, n)) for c, n in _upper().items()]
        if level in (None, "village", "community"):
            codes, names = _villages()
            divs += [Division(c, n, _level(c, n)) for c, n in zip(codes, names)]
        if level is not None:
            divs = [d for d in divs if d.level == level]
    rows = [(d.code, d.name, d.level, d.parent_code or "", *(name_above(d.code, cut) for cut in (2, 4, 6, 9)))
            for d in divs]
    return pd.DataFrame(rows, columns=["code", "name", "level", "parent_code", "province", "city", "county", "township"])


def name_above(code: str, cut: int) -> str:
    """The name of the unit whose code is the first *cut* digits of *code*, "" when *code* is not below one.

    >>> name_above("140728202207", 9), name_above("140728", 6)
    ('岳壁乡', '')
    """
    return _upper().get(code[:cut], "") if len(code) > cut else ""
