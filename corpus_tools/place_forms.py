"""The short names by which papers mention an administrative unit (平遥县 -> 平遥, 融水苗族自治县 -> 融水县,
黎明傈僳族乡 -> 黎明乡): suffixes and the names of peoples stripped by the unit's level.

:func:`short_forms` is re-exported by :mod:`corpus_tools.gazetteer`, whose name indexes it builds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")
_CITY_SUFFIXES = ("自治州", "地区", "盟", "市")
_COUNTY_SUFFIXES = ("自治县", "自治旗", "新区", "县", "市", "区", "旗")
_TOWNSHIP_SUFFIXES = ("民族乡", "街道", "乡", "镇")
_ETHNIC = ("蒙古族", "藏族", "羌族", "彝族", "回族", "苗族", "土家族", "侗族", "布依族", "哈尼族", "傣族",
           "壮族", "瑶族", "白族", "黎族", "朝鲜族", "哈萨克族", "柯尔克孜族", "傈僳族", "景颇族", "纳西族",
           "怒族", "独龙族", "普米族", "拉祜族", "佤族", "仡佬族", "水族", "畲族", "满族", "土族", "撒拉族",
           "保安族", "东乡族", "裕固族", "锡伯族", "达斡尔族", "鄂温克族", "鄂伦春族", "仫佬族", "毛南族",
           "布朗族", "塔吉克族",
           # the autonomous units of Xinjiang name their people without 族 (察布查尔锡伯自治县, 伊犁哈萨克自治州)
           "哈萨克", "柯尔克孜", "塔吉克", "锡伯", "蒙古",
           "各族", "族")


def _strip_peoples(base: str) -> tuple[str, bool]:
    """*base* with the names of peoples at its end taken off (阿坝藏族羌族 -> 阿坝), and whether any was."""
    stripped = False
    changed = True
    while changed:
        changed = False
        for eth in _ETHNIC:
            if base.endswith(eth) and len(base) - len(eth) >= 2:
                base, changed, stripped = base[: -len(eth)], True, True
                break
    return base, stripped


def _strip(name: str, suffixes: Iterable[str], *, min_len: int = 2) -> str | None:
    for sfx in suffixes:
        if name.endswith(sfx) and len(name) - len(sfx) >= min_len:
            return name[: -len(sfx)]
    return None


def short_forms(name: str, level: str) -> list[str]:
    """Short names by which a unit is mentioned in running text.

    Examples
    --------
    >>> short_forms("平遥县", "county")
    ['平遥']
    >>> short_forms("广西壮族自治区", "province")
    ['广西']
    >>> short_forms("岳壁乡", "township"), short_forms("横坡村", "village"), short_forms("梁村", "village")
    (['岳壁'], ['横坡'], [])
    >>> short_forms("融水苗族自治县", "county"), short_forms("科尔沁右翼前旗", "county")
    (['融水', '融水县'], ['科尔沁右翼前', '科右前旗'])
    >>> short_forms("恩施土家族苗族自治州", "city")
    ['恩施', '恩施州']
    >>> short_forms("察布查尔锡伯自治县", "county"), short_forms("伊犁哈萨克自治州", "city")
    (['察布查尔', '察布查尔县'], ['伊犁', '伊犁州'])
    """
    if level == "province":
        base = _strip(name, _PROVINCE_SUFFIXES)
    elif level == "city":
        base = _strip(name, _CITY_SUFFIXES)
    elif level == "county":
        if name.endswith(("城区", "矿区", "郊区", "新区")):
            return []
        base = _strip(name, _COUNTY_SUFFIXES)
    elif level == "township":
        base = _strip(name, _TOWNSHIP_SUFFIXES)
    elif level == "village":
        base = _strip(name, ("村",))
    else:
        return []
    if base is None:
        return []
    if level in ("province", "city", "county"):
        base, _ = _strip_peoples(base)  # 阿坝藏族羌族 -> 阿坝
    out = [base] if base != name and len(base) >= 2 else []
    if level == "township" and name.endswith("族乡"):
        out += _ethnic_township_forms(name)
    if level in ("county", "city") and out:
        # 融水苗族自治县 is written 融水县, 鄂温克族自治旗 鄂温克旗, 恩施土家族苗族自治州 恩施州;
        # 科尔沁右翼前旗 科右前旗
        if name.endswith(("自治县", "自治旗", "自治州")):
            out.append(base + name[-1])
        m = _BANNER_RE.match(name)
        if m:
            out.append(m.group(1)[0] + m.group(2) + m.group(3) + "旗")
    return out


_BANNER_RE = re.compile(r"^(.{2,4}?)([左右])翼([前中后])旗$")


def _ethnic_township_forms(name: str) -> list[str]:
    """The stem + 乡 by which papers name an ethnic township (民族乡): 黎明傈僳族乡 -> 黎明乡.

    Not the bare stem (黎明), which is often also a village's short form (黎明村).

    Examples
    --------
    >>> _ethnic_township_forms("黎明傈僳族乡"), _ethnic_township_forms("大坝彝族苗族乡")
    (['黎明乡'], ['大坝乡'])
    >>> _ethnic_township_forms("和平乡")
    []
    """
    base, stripped = _strip_peoples(name[:-1])
    return [base + "乡"] if stripped else []
