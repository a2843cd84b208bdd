"""Filters of the gazetteer matching in :func:`~corpus_tools._entity_rules.places.find_places` (split out of
:mod:`~corpus_tools._entity_rules.places`, places31, round 30): whether a name found in the tables is a piece of
other words (沿海|城市, 科教|兴县, 长治久安, 复合肥), a bare village name that is a plain word (以前|村里, 面对家人),
the natural feature a unit is named after (天山|北麓, 查干湖, 在木兰山), and whether a township's or village's
short form names the unit (:func:`bare_form_ok`).
"""

from __future__ import annotations

import re
from typing import Callable

from corpus_tools._entity_rules.admin_levels import COUNTY_LEVELS, LOCAL_UNIT_SUFFIXES
from corpus_tools._entity_rules.bare_reading import (NAME_TAGS, doubled_suffix, inside_formula, mostly_bare,
                                                     named_elsewhere, plain_noun, speaker_surname, starts_in_word,
                                                     titled_after)
from corpus_tools._entity_rules.gpe_slots import word_slot
from corpus_tools._entity_rules.lexicon import LOC_WORDS, Cand, common_or_frequent, nature_names
from corpus_tools._entity_rules.names import is_idiom, is_word
from corpus_tools._entity_rules.place_bounds import (body_heads, boundary_ok, dict_word, gz_full, inside_plain_word,
                                                     joins_units, segmented_place, tag_at, verb_word)

__all__ = ["bare_form_ok", "established_unit", "far_district", "generic_district", "in_short_list", "natural_feature",
           "piece_of_word", "village_reading"]


#: Characters of a natural feature named after a place (西塞山, 白马河).
_FEATURE_NEXT = frozenset("山河湖江溪岭峰")


#: last characters of a short form that names the river, lake or island rather than the unit (龙河 of
#: 龙河镇: 这条龙河), and the character after one that makes it so (永兴|岛, 衢山|岛)
_FEATURE_LAST = frozenset("河江湖岛")


#: segmenter tags of plain words (time, verb, adjective, adverb, numeral ...): a bare short form
#: read as one of these, and not established by the text, is that word (新春, 新建, 新鲜)
_WORD_TAGS = frozenset(("t", "v", "vn", "a", "ad", "d", "m", "mq", "z", "p", "c", "u", "r", "f", "q"))
#: marks around an item of a list or the ends of a road segment (、岳北、, 普洞—旧堡)
_LIST_MARKS = frozenset("、—－～")
#: a village short form before these is the village itself, rebuilt or old (横坡古村, 宋家沟新村)
_VILLAGE_TAILS = ("新村", "古村")


def established_unit(text: str, s: int, e: int, hit: list[tuple[str, str]], prev: "Cand | None") -> bool:
    """Whether the text establishes the township or village of a short form at ``text[s:e]``: its
    official name occurs (青山村 ... 在青山; 唐古拉山镇 ... 唐古拉山牧民), the short form with a unit
    suffix does, it follows a township or county directly (东泉镇孟山), or it is a village of the
    township named up to four characters before in the same clause (东泉镇的孟山).

    Examples
    --------
    >>> established_unit("青山村的人在青山", 6, 8, [], None)
    True
    >>> established_unit("在木兰山设置检查站", 1, 4, [], None)
    False
    """
    names = {gz_full(c) for c, lv in hit if lv in ("village", "township")}
    surface = text[s:e]
    if any(n and n in text for n in names) or any(surface + x in text for x in LOCAL_UNIT_SUFFIXES):
        return True
    if prev is None:
        return False
    if prev.end == s and prev.label in ("TOWNSHIP", "GPE"):
        return True
    # 平等镇的广南, 东泉镇有个孟山: a village of the township named a few characters before, in one clause
    return (prev.label == "TOWNSHIP" and bool(prev.code) and 0 < s - prev.end <= 4
            and not any(ch in "，。；：！？、\n" for ch in text[prev.end:s])
            and any(lv == "village" and c.startswith(prev.code) for c, lv in hit))


#: last characters of a mountain's name: a village named after the mountain that the text never
#: establishes (木兰山 of 木兰山村) is the mountain
_HILL_LAST = frozenset("山岭峰")
#: last characters of a natural feature's name (天山 of 天山区, 西湖 of 西湖区)
_NATURE_LAST = frozenset("山岭峰河江湖溪")


#: words after a mountain or river that tell the feature (天山|北麓, 泰山|脚下)
_FEATURE_CONTEXT = ("脚下", "山下", "山顶", "山脚", "腹地", "深处", "南麓", "北麓", "东麓", "西麓", "山脉", "两岸", "沿岸",
                    "流域", "上游", "下游", "岸边", "湖畔", "湖面", "河畔")


def far_district(codes: list[str], surface: str, text: str, county_code: "str | None", end: int = -1) -> bool:
    """Whether a bare short form names a natural feature rather than a far district named after it: every
    unit it could be is a city district (天山区, 西湖区), none in the page county's city, the text never
    names it in full, and the form is a known mountain, river or lake (``loc_words.txt``: 天山, 泰山) or
    is followed by a word that tells the feature (萧山 stays the district; 天山北麓).

    Examples
    --------
    >>> far_district(["650102"], "天山", "天山北麓麦浪涌", "652325")
    True
    >>> far_district(["650102"], "天山", "乌鲁木齐市天山区", "650102")
    False
    >>> far_district(["410102"], "中原", "在中原崛起中走在前列", "411622")
    True
    """
    if not codes or (surface[-1] not in _NATURE_LAST and surface not in LOC_WORDS):
        return False  # a feature's last character, or a region of loc_words.txt (中原 of 中原崛起, user32 F11)
    if surface not in LOC_WORDS and not (end >= 0 and text.startswith(_FEATURE_CONTEXT, end)):
        return False
    names = [gz_full(c) for c in codes]
    return (all(len(c) == 6 and nm.endswith("区") and nm != surface for c, nm in zip(codes, names))
            and not any(county_code and county_code[:4] == c[:4] for c in codes)
            and not any(nm in text for nm in names))


def in_short_list(text: str, s: int, e: int, prev: "Cand | None") -> bool:
    """Whether ``[s, e)`` is an item of a list of short names (岳北、岳中、岳南) or follows a place
    in one (逢简、右滩); 一层黄泥、身材娇小的 is none."""
    if text[e:e + 1] == "、" and "、" in text[e + 1:e + 6]:
        return True
    return text[s - 1:s] == "、" and ("、" in text[max(0, s - 6):s - 1] or (prev is not None and prev.end == s - 1))


def bare_form_ok(text: str, s: int, e: int, hit: list[tuple[str, str]], prev: "Cand | None",
                 words: "list[str] | None" = None, level: str = "village") -> bool:
    """Whether a township or village short form (no suffix: 岳北, 下党) at ``text[s:e]`` names the unit.

    It does when the text establishes the unit (its official name occurs: 青山村 ... 在青山) or it
    follows a township or county directly (东泉镇孟山). Otherwise it must look like a name on its
    own: not a frequent word (新建, 新鲜), not after a digit (14|万户), not a river, lake or island
    name (这条龙河, 永兴岛), and, with the segmenter's per-character *words*, not ending inside a
    longer word (“金山银山”, 同乐坪水库; 东泉|肉鸡 and 横坡|消夏节 pass) and not read as a plain
    word (a time word, verb or adjective: 新春走基层) — that last test for villages only: a
    township's short form is read whatever its tags (中都 = 中都乡, 中|都 for the segmenter).

    Examples
    --------
    >>> bare_form_ok("通过新建休闲广场", 2, 4, [("310115143205", "village")], None)
    False
    """
    surface = text[s:e]
    noun = level == "village" and plain_noun(words, s, e, len(text))
    if inside_formula(text, words, s):
        return False  # 守护|绿水青山 (tagged ns in a headline), 仙居|山水·共富|先行: inside a formula or a motto
    if speaker_surname(text, s, e):
        return False  # 果农皇甫国强说: a compound surname + a given name before a verb of saying, not 皇甫村
    if titled_after(text, e):
        return False  # 渡头桥镇是姚喆将军的故乡: a title after the form makes it a person's name
    if established_unit(text, s, e, hit, prev):
        if starts_in_word(words, s, len(text), phrase=True):
            return False  # 绿水|青山: inside an idiom or set phrase, though the text names 青山村
        # 年画 of 年画村 in a report on 木版年画 (年画节): a plain word the text mostly uses bare is the word
        in_noun = noun or (level == "village" and words is not None and len(words) == len(text) and e < len(text)
                           and words[s] == "B-n" and words[e] in ("I-n", "E-n") and not text.startswith(_VILLAGE_TAILS, e))
        return not (in_noun and is_word(surface) and mostly_bare(text, surface)
                    and not (prev is not None and prev.end == s and prev.label == "TOWNSHIP"))
    if starts_in_word(words, s, len(text)):
        return False  # 人才创|新园, 等于|城乡: the form starts inside a plain word and the text never names the unit
    if surface in nature_names():
        return False  # 浙江千岛湖: a known lake, mountain or river (nature_names.txt) the text never names as a unit
    if surface in common_or_frequent() or (s > 0 and text[s - 1].isascii() and text[s - 1].isdigit()):
        return False
    listed = prev is not None and prev.label == "VILLAGE" and prev.end == s - 1 and text[s - 1:s] in "、和与及"
    if (surface[-1] in _FEATURE_LAST and not listed) or text[e:e + 1] == "岛":
        return False  # 这条龙河; but 斋郎、黄水、合湖为重点: an item after a village of a list is a village
    if text[e:e + 1].isascii() and text[e:e + 1].isalnum():
        return False  # 阿克亚2村: a numbered name goes on
    if words is None or len(words) != len(text):
        return True
    if e < len(text) and words[e][:1] in ("I", "E") and not text.startswith(_VILLAGE_TAILS, e):
        return False  # 金山|银山, 同乐|坪水库: ends inside a longer word
    if noun and e - s == 2 and not in_short_list(text, s, e, prev):
        # 10个大棚, 一层黄泥、: a two-character plain noun the text never names as a village, unless it
        # is an item of a list of names (岳北、岳中、岳南; 逢简、右滩); longer ones are often names the
        # segmenter does not know (左家堡)
        return False
    if level != "village" or text[s - 1:s] in _LIST_MARKS or text[e:e + 1] in _LIST_MARKS:
        return True  # 、普洞—旧堡等, 、思旺万亩: an item of a list or a road segment, whatever the tags
    if all(words[k][:1] == "S" and words[k][2:] not in NAME_TAGS for k in range(s, e)):
        return False  # 种植|韭|黄: the segmenter reads single plain characters, neither one word nor a name
    # 新春走基层, 新建休闲广场: the segmenter reads a time word, verb or adjective there, not a name
    return not {words[k][2:] for k in range(s, e)} <= _WORD_TAGS


def piece_of_word(text: str, i: int, L: int, *, upper: bool, own: bool, prev: "Cand | None",
                  words: "list[str] | None", after_unit: Callable[[], bool]) -> bool:
    """Whether the gazetteer name ``text[i:i+L]`` is a piece of other words here, not the place.

    Parameters
    ----------
    text : str
        The text.
    i, L : int
        Start and length of the name.
    upper : bool
        The name was matched in the table of provinces, cities and counties (not the page county's units).
    own : bool
        The name is the page's own county (or the city a report is about).
    prev : Cand or None
        The place found right before, ending at *i*, if any.
    words : list of str, optional
        The segmenter's per-character word features of *text*.
    after_unit : callable
        Whether a county name ``text[i:i+2]`` follows a place or opens one of its townships or villages
        (asked only when needed).

    Returns
    -------
    bool

    Examples
    --------
    >>> piece_of_word("推动沿海城市发展", 3, 3, upper=True, own=False, prev=None, words=None, after_unit=lambda: False)
    True
    """
    if L >= 3 and i > 0 and text[i + L - 1] in "市县区镇乡村" and text[i - 1:i + 1] in common_or_frequent() \
            and text[i + L - 2:i + L] in common_or_frequent():
        return True  # 沿海城市: 海城市 is inside two words
    if upper and L <= 4 and not (prev is not None and prev.label == "GPE") \
            and word_slot(text, i, i + L, words, own=own):
        return True  # 长治久安, 蒙古语, “中国畲乡”, 产业|兴县战略: a piece of another word
    if L == 2 and not own and not boundary_ok(text, i, i + 2) and not (text[i + 1] in COUNTY_LEVELS and after_unit()) \
            and not (upper and segmented_place(words, i, i + 2) and not dict_word(text[i - 1:i + 1])
                     and not text.endswith(body_heads(), 0, i)
                     and not dict_word(text[i + 1:i + 3])
                     and (prev is not None or (tag_at(words, i - 1) not in NAME_TAGS and not joins_units(text, i))
                          or text[i + 2:i + 3].isdigit())):  # 新华社|拉萨|10月25日电: a dateline
        return True  # but 山东省莒县, 派驻莒县招贤镇: a full county name after its province or before its township;
        # and 来自|四川|凉山, 比|上海|差: a province, city or county the segmenter reads as a place word after a
        # place or a plain word, no dictionary word across either edge (伟|海南: a name goes on; 医|保定|点: 医保, 定点)
    if upper and not own and inside_plain_word(text, words, i):
        return True  # 复合肥, 责成县, 示范县: the segmenter reads a plain word there
    # 新建|樟树, 安康: another county's short form that is a dictionary word read as a verb or adjective (the
    # segmenter tags rare names as verbs too: 甘孜, 君山 stay)
    return upper and not own and L == 2 and verb_word(words, i, i + 2) and dict_word(text[i:i + 2])


def village_reading(text: str, i: int, L: int, words: "list[str] | None", full: bool) -> int:
    """The length of the village name matched at ``text[i:i+L]`` (one more with its suffix written again:
    张村村), or 0 when the bare name is a piece of plain words here (以前|村里, 面对家人, 移风易俗, 西塞山).

    Examples
    --------
    >>> village_reading("廿八都村、张村村等5个村", 5, 2, None, True), village_reading("为了面对家人", 3, 2, None, False)
    (3, 0)
    """
    surface = text[i:i + L]
    if full and L == 2 and inside_plain_word(text, words, i) and not named_elsewhere(text, words, i, L):
        return 0  # 以前|村里, 其余|村民: a two-character village name (前村) cut out of a dictionary word
    if full and doubled_suffix(text, i, L):
        return L + 1  # 张村村: the village 张村 (张村村委会) with its suffix again
    if L == 2 and not surface.endswith("村") and (
            text[i - 1:i + 1] in common_or_frequent() and text[i + 1:i + 3] in common_or_frequent()):
        return 0  # 面对家人: a bare village name inside two words is none
    if L == 2 and any(is_idiom(text[k:k + 4]) for k in range(max(0, i - 2), i + 1)):
        return 0  # 移风易俗: a bare village name inside an idiom of People's Daily 1998 is none
    if not surface.endswith("村") and text[i + L:i + L + 1] in _FEATURE_NEXT and text[i + L + 1:i + L + 2] != "村":
        return 0  # 西塞山旅游度假区: a bare village name before 山/河/湖 names the mountain or river
    return L


def natural_feature(text: str, i: int, L: int, level: str, codes: "list[str]", hit: "list[tuple[str, str]]",
                    *, full: bool, own: bool, county_code: "str | None", cands: "list[Cand]") -> bool:
    """Whether a bare unit name at ``text[i:i+L]`` names the natural feature the unit is named after: a far
    city district's mountain or river (天山|北麓, :func:`far_district`), the lake or sea of a township or village
    (查干湖 of 查干湖镇, 彝海 of 彝海村), the mountain of a village the text never establishes (在木兰山).

    *cands* are the places found so far in the text (the last one may chain to this name).

    Examples
    --------
    >>> natural_feature("天山北麓麦浪涌", 0, 2, "county", ["650102"], [], full=False, own=False,
    ...                 county_code="652325", cands=[])
    True
    """
    surface = text[i:i + L]
    prev = cands[-1] if cands else None
    if not own and level == "county" and far_district(codes, surface, text, county_code, i + L):
        return True  # 天山北麓: the mountain, not 天山区 of a city the text is not about
    if level in ("village", "township") and not full and surface[-1] in "湖海" \
            and (L >= 3 or surface in nature_names() or surface in LOC_WORDS) \
            and not (prev is not None and prev.end == i and (prev.label == "TOWNSHIP" or len(prev.code or "") == 6)) \
            and not in_short_list(text, i, i + L, prev):
        return True  # 查干湖 (查干湖镇), 彝海 (彝海村): a bare lake's or sea's name is the water the unit is named after
    # 在木兰山、清凉寨等重点林区: the mountain the village 木兰山村 is named after
    return level == "village" and not full and L >= 3 and surface[-1] in _HILL_LAST \
        and not established_unit(text, i, i + L, hit, prev)


#: city districts whose names are plain phrases of the news too (老城区 'the old town': 20 articles of the
#: People's Daily 2019-2020 crawl, none naming 洛阳; 新城区 in 11, 5 naming 西安 or 呼和浩特)
_GENERIC_DISTRICT_RE = re.compile("^[老新古旧]城区$")


def generic_district(codes: "list[str]", surface: str, text: str, county_code: "str | None") -> bool:
    """Whether a district name that is also a plain phrase (老城区, 新城区) names no district here: every unit it
    could be is a city district, none in the page county's city, and the text never names the city (洛阳市, 洛阳).

    Examples
    --------
    >>> generic_district(["410302"], "老城区", "老城区两千户居民将住新房", "360781")
    True
    >>> generic_district(["410302"], "老城区", "洛阳市老城区两千户居民将住新房", None)
    False
    """
    if not _GENERIC_DISTRICT_RE.match(surface) or not codes or any(len(c) != 6 for c in codes):
        return False
    if county_code and any(county_code[:4] == c[:4] for c in codes):
        return False
    cities = {gz_full(c[:4]) for c in codes}
    return not any(nm and (nm in text or (len(nm) > 2 and nm.endswith("市") and nm[:-1] in text)) for nm in cities)
