"""Administrative-level characters: the one home of the level sets used by the entity rules.

A bottom module: it imports nothing from ``_entity_rules``. Each constant is a string of single
characters, meant for membership tests of one character (``text[i] in COUNTY_LEVELS``) and for
regex classes (``rf"[{COUNTY_LEVELS}]"``). Sets that differ by even one character are different
sets with different names; the order of characters inside a constant carries no meaning.
The ``*_SUFFIXES`` constants are tuples (some suffixes have two characters), for ``str.endswith``.

Examples
--------
>>> "旗" in COUNTY_LEVELS
True
>>> import re
>>> bool(re.fullmatch(rf"[{VILLAGE_UNITS}]", "乡"))
True
"""

from __future__ import annotations

__all__ = [
    "ADMIN_CHARS",
    "COUNTY_LEVELS",
    "GOVERNMENT_LEVELS",
    "GOVERNMENT_MINORITY_LEVELS",
    "GOVERNMENT_VILLAGE_LEVELS",
    "LOCAL_UNIT_SUFFIXES",
    "TOWNSHIP_SUFFIXES",
    "TOWN_LEVELS",
    "UPPER_LEVELS",
    "UPPER_LEVELS_NO_BANNER",
    "VILLAGE_UNITS",
]

#: County-level units: county, county-level city, district, banner.
COUNTY_LEVELS = "县市区旗"

#: The Han levels that have a government and offices: province, city, county, district, town, township.
GOVERNMENT_LEVELS = "县市省区镇乡"

#: :data:`GOVERNMENT_LEVELS` plus the minority-area prefecture (州) and banner (旗).
GOVERNMENT_MINORITY_LEVELS = GOVERNMENT_LEVELS + "州旗"

#: :data:`GOVERNMENT_LEVELS` plus the village (村).
GOVERNMENT_VILLAGE_LEVELS = GOVERNMENT_LEVELS + "村"

#: First characters of an administrative prefix (县委组织部, 镇政府): a start even where the segmenter
#: glued the character to the verb before it (配合县|工信局). :data:`GOVERNMENT_LEVELS` + 村, 州, 旗 (no 盟).
ADMIN_CHARS = GOVERNMENT_LEVELS + "村州旗"

#: Levels from province down to county, with prefecture and banner (no town, no 盟).
UPPER_LEVELS = "省市县区州旗"

#: :data:`UPPER_LEVELS` without the banner: province, city, county, district, prefecture.
UPPER_LEVELS_NO_BANNER = "省市县区州"

#: The township-level characters: town, township.
TOWN_LEVELS = "镇乡"

#: The units below the county that end a place name: village, town, township.
VILLAGE_UNITS = "村" + TOWN_LEVELS

#: Suffixes of a township-level unit: town, township, subdistrict.
TOWNSHIP_SUFFIXES = tuple(TOWN_LEVELS) + ("街道",)

#: Suffixes of a unit below the county: the village and the :data:`TOWNSHIP_SUFFIXES`.
LOCAL_UNIT_SUFFIXES = ("村",) + TOWNSHIP_SUFFIXES
