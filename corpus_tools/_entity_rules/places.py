"""Places: gazetteer matching (the page's county, counties named in the text, chains); the places
found by form, not in the gazetteer, are in :mod:`corpus_tools._entity_rules.unlisted_places`."""

from __future__ import annotations

import operator
from dataclasses import replace
from functools import lru_cache

from corpus_tools import county as county_context
from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.admin_levels import COUNTY_LEVELS, LOCAL_UNIT_SUFFIXES, TOWNSHIP_SUFFIXES, TOWN_LEVELS, VILLAGE_UNITS
from corpus_tools._entity_rules.lexicon import (LOC_WORDS, Cand, STOPS, all_stops,
                                                common_or_frequent, common_words, frequent2, is_name_char, place_words)
from corpus_tools.place_frames import slogan_slot
from corpus_tools._entity_rules.gpe_slots import word_slot
from corpus_tools._entity_rules.township_sites import township_site
from corpus_tools._entity_rules.lexicon import nature_names
from corpus_tools._entity_rules.bare_reading import (NAME_TAGS, doubled_suffix, mostly_bare, named_elsewhere, titled_after,
                                                     inside_formula, plain_noun, speaker_surname, starts_in_word)
from corpus_tools._entity_rules.names import is_idiom, is_word
from corpus_tools._entity_rules.place_bounds import (AFTER_PLACE, body_heads, boundary_ok, dict_word, gz_full,
                                                     inside_plain_word, inside_unlisted_village, joins_units, verb_word,
                                                     segmented_place, tag_at, village_after_suffix)

# --------------------------------------------------------------------------- place matching

class Names(dict):
    """Surface -> [(code, level)], with the two-character prefixes and the name lengths
    (longest first) that :func:`match_at` needs to skip most positions at once."""

    prefix2: frozenset = frozenset()
    lengths: tuple = ()

    def finish(self) -> "Names":
        self.prefix2 = frozenset(map(operator.itemgetter(slice(0, 2)), self))
        self.lengths = tuple(sorted((L for L in set(map(len, self)) if L >= 2), reverse=True))
        return self


@lru_cache(maxsize=1)
def _upper_entries() -> tuple[tuple[str, str, str, bool], ...]:
    """``(surface, code, level, own_province_only)`` for :func:`upper_names`, in its order (built once).

    The national table is the same for every province except the short forms of counties,
    which count only in the page's own province: those entries carry ``own_province_only``.
    """
    common = common_words() - place_words()
    out: list[tuple[str, str, str, bool]] = []
    for code, name in gz._upper().items():
        if len(code) > 6:
            continue
        level = gz.LEVELS[len(code)]
        if name in ("城区", "郊区", "矿区", "新区", "开发区"):
            continue
        # two-character county names (莒县, 兴县) too: find_places checks their word boundaries
        out.append((name, code, level, False))
        for short in gz.short_forms(name, level):
            if short not in common:
                # county short forms only in *province*; informal full names (融水县, 科右前旗) everywhere
                out.append((short, code, level, level == "county" and short[-1] not in "县旗"))
    return tuple(out)


@lru_cache(maxsize=64)
def upper_names(province: str | None) -> dict[str, list[tuple[str, str]]]:
    """Surface -> [(code, level)] for provinces, cities and counties (shared: do not modify; ~1 MiB each).

    Full names everywhere; short forms of provinces and cities everywhere, short forms of
    counties only in *province* (the page's own province, or a 4-digit city), common words excluded unless
    they are mostly places (:func:`~corpus_tools._entity_rules.lexicon.place_words`).
    """
    national, order = _national_names()
    own: dict[str, list[tuple[int, tuple[str, str]]]] = {}
    for k, (surface, code, level, own_only) in enumerate(_upper_entries()):
        if own_only and province is not None and code.startswith(province):
            own.setdefault(surface, []).append((k, (code, level)))
    if not own:
        return national
    out: Names = Names(national)  # the national table + the province's own short forms, each list in entry order
    for surface, added in own.items():
        out[surface] = [u for _, u in sorted(list(zip(order.get(surface, ()), national.get(surface, ()))) + added)]
    out.prefix2 = national.prefix2 | frozenset(s[:2] for s in own)
    out.lengths = tuple(sorted(set(national.lengths) | {len(s) for s in own if len(s) >= 2}, reverse=True))
    return out


@lru_cache(maxsize=1)
def _national_names() -> tuple[Names, dict[str, list[int]]]:
    """:func:`upper_names` of no province, and the positions in :func:`_upper_entries` of each surface's units."""
    out: Names = Names()
    order: dict[str, list[int]] = {}
    for k, (surface, code, level, own_only) in enumerate(_upper_entries()):
        if not own_only:
            out.setdefault(surface, []).append((code, level))
            order.setdefault(surface, []).append(k)
    return out.finish(), order


@lru_cache(maxsize=256)
def child_names(code: str, *, short: bool) -> dict[str, list[tuple[str, str]]]:
    """Surface -> [(code, level)] for townships/villages/communities below *code* (shared: do not modify);
    below a city (four digits), its townships by full name (南阳市|红泥湾镇: a chain without the county)."""
    common = common_words()
    out: Names = Names()
    if len(code) == 4:
        for d in gz.children(code, level="township"):
            if len(d.name) >= 3 and d.name not in common:
                out.setdefault(d.name, []).append((d.code, "township"))
                if d.name.endswith("街道") and len(d.name) >= 4:  # 玉树|结古镇 for 结古街道 (renamed)
                    for old in (d.name[:-2] + "镇", d.name[:-2] + "乡"):
                        out.setdefault(old, []).append((d.code, "township"))
        return out.finish()
    county = code[:6]
    for name, codes in gz.county_index(county).items():
        for c in codes:
            if not c.startswith(code) or c == code:
                continue
            d = gz.division(c)
            if d.level in ("village", "community") and name.startswith(_county_name(county)):
                # 栾川县潭头镇拨云岭村: a few counties list their villages with the whole chain;
                # the village is 拨云岭村 (the county and township are matched on their own)
                for sub in _unchained(name, county, c):
                    out.setdefault(sub, []).append((c, d.level))
                continue
            is_short = name != d.name
            if is_short and former_town_of_subdistrict(name, d.name, common):
                is_short = False  # 田镇 of 田镇街道: the town the 街道 was, a full name of its own
            if is_short and (not short or name in common or d.level == "community"
                             or (d.level == "township" and d.name.endswith("街道"))):
                continue
            if not is_short and name in common:
                continue
            out.setdefault(name, []).append((c, d.level))
            if d.level == "township" and not is_short and name.endswith("街道") and len(name) >= 4:
                # 蓝村镇 for 蓝村街道: a 街道 that was a town when the text was written
                for old in (name[:-2] + "镇", name[:-2] + "乡"):
                    if old not in gz.county_index(county):
                        out.setdefault(old, []).append((c, d.level))
    return out.finish()


def former_town_of_subdistrict(short: str, name: str, common: "frozenset[str] | set[str]") -> bool:
    """Whether *short* is the town a 街道 *name* was made from (田镇 of 田镇街道, 虢镇 of 虢镇街道): the
    街道's name is a 镇 or 乡 name + 街道, and that name is no common word (城镇) nor a county's (金乡, 桐乡).

    Examples
    --------
    >>> former_town_of_subdistrict("田镇", "田镇街道", set()), former_town_of_subdistrict("城关", "城关街道", set())
    (True, False)
    """
    return (name == short + "街道" and short.endswith(("镇", "乡")) and len(short) >= 2 and short not in common
            and short not in gz.upper_names())


@lru_cache(maxsize=256)
def _county_name(county: str) -> str:
    return gz.division(county).name


def _unchained(name: str, county: str, code: str) -> list[str]:
    """The village's own name and short forms from a chained name (栾川县潭头镇拨云岭村 -> 拨云岭村, 拨云岭)."""
    rest = name[len(_county_name(county)):]
    town = gz.division(code[:9]).name if len(code) > 9 else ""
    if town and rest.startswith(town):
        rest = rest[len(town):]
    if len(rest) < 2 or rest in common_words():
        return []
    level = "village" if rest.endswith("村") else "community"
    return [rest] + [x for x in gz.short_forms(rest, level) if len(x) >= 2 and x not in common_words()]


PLACE_LABEL = {"province": "GPE", "city": "GPE", "county": "GPE", "township": "TOWNSHIP",
                "village": "VILLAGE", "community": "COMMUNITY"}


def match_at(table: "Names", text: str, i: int, max_len: int = 12):
    if text[i:i + 2] not in table.prefix2:
        return 0, None
    n = len(text) - i
    for L in table.lengths:
        if L <= max_len and L <= n:
            hit = table.get(text[i:i + L])
            if hit:
                return L, hit
    return 0, None



def _opens_child(hit: list[tuple[str, str]], text: str, j: int) -> bool:
    """Whether the unit of *hit* (one county) has a township or village named at *j*."""
    codes = [c for c, lv in hit if lv == "county"]
    return len(codes) == 1 and bool(match_at(child_names(codes[0], short=False), text, j)[0])


@lru_cache(maxsize=256)
def established_short_forms(counties: tuple[str, ...]) -> tuple["Names", frozenset[str]]:
    """Short forms of the counties a text establishes (its own, those it names in full) that
    :func:`upper_names` drops as common words: 宁远 (宁远县), 通道 (通道县).

    Returns the table and the surfaces that are frequent words (通道, 和平): those count only
    right after their province or city (湖南通道), the others wherever a word may end (shared: do not modify).
    """
    upper = upper_names(None)
    freq = frequent2()
    out: Names = Names()
    chain_only = set()
    # the counties and their cities (竹溪县 and 竹山县 establish 十堰 as well)
    units = [(c, "county") for c in counties] + [(c[:4], "city") for c in sorted({c[:4] for c in counties})]
    for c, level in units:
        name = gz_full(c)
        for short in gz.short_forms(name, level) if name else ():
            if len(short) < 2 or short in upper or short in all_stops():
                continue
            out.setdefault(short, []).append((c, level))
            if short in freq:
                chain_only.add(short)
    return out.finish(), frozenset(chain_only)


#: after 乡 or 镇 these make a word of it (乡村, 乡镇, 乡亲, 镇村): no township suffix then
_SUFFIX_WORD_NEXT = frozenset("村镇亲土贤下里愁音情")


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


#: a town as a site or a kind (古镇, 小镇, 名镇): 和顺|古镇 is no older name 和顺古镇 of 和顺镇 (三里城镇 is)
_SITE_TOWNS = ("古镇", "小镇", "名镇", "重镇", "强镇")

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
    """
    if not codes or surface[-1] not in _NATURE_LAST:
        return False
    if surface not in LOC_WORDS and not (end >= 0 and text.startswith(_FEATURE_CONTEXT, end)):
        return False
    names = [gz_full(c) for c in codes]
    return (all(len(c) == 6 and nm.endswith("区") and nm != surface for c, nm in zip(codes, names))
            and not any(county_code and county_code[:4] == c[:4] for c in codes)
            and not any(nm in text for nm in names))


def _in_short_list(text: str, s: int, e: int, prev: "Cand | None") -> bool:
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
    if noun and e - s == 2 and not _in_short_list(text, s, e, prev):
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


_NO_NAMES = Names().finish()
_MERGED: dict[tuple[int, int], tuple[dict, dict, Names]] = {}


def _merged_names(first: dict, second: dict) -> Names:
    """``Names({**first, **second}).finish()``, kept for the last 64 pairs of tables (~0.5 MiB each
    with the upper table): both are the shared results of cached functions, never modified (keyed by
    id, safe as the entry holds both), so the table merged for one text serves every text that names
    the same places. The table returned is shared too: callers must not modify it."""
    key = (id(first), id(second))
    got = _MERGED.get(key)
    if got is not None and got[0] is first and got[1] is second:
        return got[2]
    merged = Names({**first, **second}).finish()
    if len(_MERGED) >= 64:
        _MERGED.clear()
    _MERGED[key] = (first, second, merged)
    return merged


#: the last call's arguments and result: the rules and then ``project_townships.split_townships`` read
#: the places of the same text (one tuple, replaced whole)
_last_places: tuple = (None, None, None, ())


def find_places(text: str, county_code: str | None, words: "list[str] | None" = None) -> list[Cand]:
    """Gazetteer matches: upper levels everywhere, the page county's units, and chains.

    *words* are the segmenter's per-character word features of *text* (``B-n``, ``E-n`` …), when
    known: a bare short form must not end inside a longer word (:func:`bare_form_ok`). A second call
    with the same arguments right after the first returns copies of its result without reading again.
    """
    global _last_places
    t, c, w, got = _last_places
    if t == text and c == county_code and (w is words or w == words):
        return [replace(p) for p in got]
    out = _find_places(text, county_code, words)
    _last_places = (text, county_code, None if words is None else list(words),
                    tuple(replace(p) for p in out))
    return out


def _find_places(text: str, county_code: str | None, words: "list[str] | None" = None) -> list[Cand]:
    # county short forms of the page county's province, else of the city the text is about
    # (a report about a prefecture names its counties by their short forms: 雷山, 丹寨)
    province, established = county_context.named_counties(text, county_code)
    upper = upper_names(province)
    est, chain_only = established_short_forms(established)
    if est:
        upper = _merged_names(est, upper)
    local = child_names(county_code[:6], short=True) if county_code else _NO_NAMES
    # every other county the text names (and the city of a report about no single county)
    # opens its townships and villages by full name: 建始县 ... 长岭村 two sentences later
    named = county_context.context_names(text, county_code)
    if named:
        local = _merged_names(named, local)
    cands: list[Cand] = []
    n = len(text)
    i = 0
    last_end = -1
    while i < n:
        if not is_name_char(text[i]):
            i += 1
            continue
        L1, hit1 = match_at(upper, text, i)
        L2, hit2 = match_at(local, text, i)
        if L2 > L1 or (L2 == L1 and L2):
            L, hit = L2, hit2
            if L1 == L2 and any(lv == "county" and c in established for c, lv in hit1):
                L, hit = L1, hit1  # 博白 is the county 博白县, not its seat 博白镇
            elif L1 == L2 and any(lv in ("province", "city") for _, lv in hit1) \
                    and not text.startswith(tuple(VILLAGE_UNITS), i + L):
                L, hit = L1, hit1  # 林芝 is the city 林芝市, not the town 林芝镇 of its district
        else:
            L, hit = L1, hit1
        if not L:
            i += 1
            continue
        own = bool(county_code) and any(county_code.startswith(c) or (len(c) > 6 and gz_full(c) == text[i:i + L])
                                         for c, _ in hit)
        # the city a report is about (no single county decided) is its own place too: 为青岛乡村振兴
        own = own or (not county_code and province is not None and len(province) == 4
                      and any(c == province for c, _ in hit))
        if L == L1 and hit is hit1 and text[i:i + L] in est and text[i:i + L] not in upper_names(province):
            # an established county's short form that is also a word: it must stand as a word,
            # a frequent word only right after its province or city (湖南通道)
            prev = cands[-1] if cands and cands[-1].end == i else None
            chained = prev is not None and prev.label == "GPE" and any(
                c.startswith(prev.code or "-") for c, _ in hit)
            if not chained and (text[i:i + L] in chain_only or not boundary_ok(text, i, i + L)):
                i += 1
                continue
            own = True
        if L >= 3 and i > 0 and text[i + L - 1] in "市县区镇乡村" and text[i - 1:i + 1] in common_or_frequent() \
                and text[i + L - 2:i + L] in common_or_frequent():
            i += 1
            continue  # 沿海城市: 海城市 is inside two words
        if L == 2 and not (cands and cands[-1].end == i) and slogan_slot(text, words, i):
            i += 1
            continue  # 产业兴县战略, 工业强县、文旅兴县: a development slogan's verb and object, not 兴县
        if hit is hit1 and L <= 4 and not (cands and cands[-1].end == i and cands[-1].label == "GPE") \
                and word_slot(text, i, i + L, words, own=own):
            i += 1
            continue  # 长治久安, 蒙古语, “中国畲乡”: a piece of another word
        if L == 2 and not own and not boundary_ok(text, i, i + 2) and not (
                text[i + 1] in COUNTY_LEVELS and (i == last_end or _opens_child(hit, text, i + 2))) \
                and not (hit is hit1 and segmented_place(words, i, i + 2) and not dict_word(text[i - 1:i + 1])
                         and not text.endswith(body_heads(), 0, i)
                         and not dict_word(text[i + 1:i + 3])
                         and ((cands and cands[-1].end == i) or (tag_at(words, i - 1) not in NAME_TAGS
                                                                   and not joins_units(text, i))
                              or text[i + 2:i + 3].isdigit())):  # 新华社|拉萨|10月25日电: a dateline
            i += 1
            continue  # but 山东省莒县, 派驻莒县招贤镇: a full county name after its province or before its township;
            # and 来自|四川|凉山, 比|上海|差: a province, city or county the segmenter reads as a place word after a place or a plain word, no dictionary
            # word across either edge (伟|海南: a name goes on; 医|保定|点: 医保, 定点)
        if hit is hit1 and not own and inside_plain_word(text, words, i):
            i += 1
            continue  # 复合肥, 责成县, 示范县: the segmenter reads a plain word there
        if hit is hit1 and not own and L == 2 and verb_word(words, i, i + 2) and dict_word(text[i:i + 2]):
            i += 1
            continue  # 新建|樟树, 安康: another county's short form that is a dictionary word read as a verb or
            # adjective (the segmenter tags rare names as verbs too: 甘孜, 君山 stay)
        # an official full name beats a short form (段村 is the village 段村, not 段村镇, unless
        # its list says otherwise: see _label_lists); then the higher level wins
        surface = text[i:i + L]
        full = [(c, lv) for c, lv in hit if len(c) <= 6 or gz_full(c) == surface
                or (lv == "township" and former_town_of_subdistrict(surface, gz_full(c), ()))]  # 田镇 (田镇街道)
        levels = {lv for _, lv in (full or hit)}
        for lv in ("province", "city", "county", "township", "village", "community"):
            if lv in levels:
                break
        if lv == "township" and not full and "village" in levels and surface + "村" in text \
                and not any(surface + x in text for x in TOWNSHIP_SUFFIXES):
            lv = "village"  # 岗上 where the text names 岗上村 and never 岗上镇: the village
        codes = [c for c, l in hit if l == lv]
        if lv == "village" and full and L == 2 and inside_plain_word(text, words, i) \
                and not named_elsewhere(text, words, i, L):
            i += 1  # 以前|村里, 其余|村民: a two-character village name (前村) cut out of a dictionary word
            continue
        if lv == "village" and full and doubled_suffix(text, i, L):
            L, surface = L + 1, text[i:i + L + 1]  # 张村村: the village 张村 (张村村委会) with its suffix again
        if lv == "village" and L == 2 and not surface.endswith("村") and (
                text[i - 1:i + 1] in common_or_frequent() and text[i + 1:i + 3] in common_or_frequent()):
            i += 1
            continue  # 面对家人: a bare village name inside two words is none
        if lv == "village" and L == 2 and any(is_idiom(text[k:k + 4]) for k in range(max(0, i - 2), i + 1)):
            i += 1  # 移风易俗: a bare village name inside an idiom of People's Daily 1998 is none
            continue
        if lv == "village" and not surface.endswith("村") and text[i + L:i + L + 1] in _FEATURE_NEXT \
                and text[i + L + 1:i + L + 2] != "村":
            i += 1
            continue  # 西塞山旅游度假区: a bare village name before 山/河/湖 names the mountain or river
        nxt = text[i + L:i + L + 1]
        if lv == "township" and not full and nxt and is_name_char(nxt) and nxt not in AFTER_PLACE \
                and nxt not in STOPS and nxt != "街" and any(surface + nxt + x in text for x in TOWN_LEVELS
                                                            if nxt + x not in _SITE_TOWNS):
            L += 1  # 唐古拉山(镇): the text's older, longer name of 唐古拉镇
            surface = text[i:i + L]
        if not own and lv == "county" and far_district(codes, surface, text, county_code, i + L):
            cands.append(Cand(i, i + L, "LOC", prio=2, source="gazetteer"))
            i += 1
            continue  # 天山北麓: the mountain, not 天山区 of a city the text is not about
        if lv in ("village", "township") and not full and surface[-1] in "湖海" \
                and (L >= 3 or surface in nature_names() or surface in LOC_WORDS) \
                and not (cands and cands[-1].end == i and (cands[-1].label == "TOWNSHIP" or len(cands[-1].code or "") == 6)) \
                and not _in_short_list(text, i, i + L, cands[-1] if cands else None):
            cands.append(Cand(i, i + L, "LOC", prio=2, source="gazetteer"))
            i += 1
            continue  # 查干湖 (查干湖镇), 彝海 (彝海村): a bare lake's or sea's name is the water the unit is named after
        if lv == "village" and not full and L >= 3 and surface[-1] in _HILL_LAST \
                and not established_unit(text, i, i + L, hit, cands[-1] if cands else None):
            cands.append(Cand(i, i + L, "LOC", prio=2, source="gazetteer"))
            i += 1
            continue  # 在木兰山、清凉寨等重点林区: the mountain the village 木兰山村 is named after
        if lv in ("village", "township") and not full and not surface.endswith("村") \
                and not bare_form_ok(text, i, i + L, hit, cands[-1] if cands else None, words, lv):
            i += 1
            continue
        if lv == "village" and inside_unlisted_village(text, i, codes, cands[-1] if cands else None):
            i += 1
            continue  # 上兴镇|牛|马塘村: the tail of an unlisted village of that township, 马塘村 is another's
        towns = gz.lookup(surface + text[i + L], level="township") if lv == "village" and not full and text[
            i + L:i + L + 1] in ("镇", "乡") and text[i + L + 1:i + L + 2] not in _SUFFIX_WORD_NEXT else ()
        if towns:  # 家乡庙前镇: a village's short form + 镇 is a town (of another county), not the village
            lv, L, codes = "township", L + 1, [d.code for d in towns]
        site = township_site(text, i, i + L, [gz_full(c) for c in codes]) if lv == "township" and not full else ""
        if site:
            if site == "site":  # 剑门关景区 … 剑门关将迎来: the landmark the town is named after
                cands.append(Cand(i, i + L, "LOC", prio=2, source="gazetteer"))
            i += 1
            continue  # 柘林|湾, 龙潭|河: the water named after the same place
        if lv == "township" and not full:
            # 茅坪乡 for 茅坪镇, 龙市街道 for 龙市镇: the unit was upgraded (乡 -> 镇 -> 街道) or
            # renamed since the text was written; the short form + another suffix is the same unit
            sfx = next((x for x in TOWNSHIP_SUFFIXES if text.startswith(x, i + L)), None)
            if sfx and (text[i + L + len(sfx):i + L + len(sfx) + 1] not in _SUFFIX_WORD_NEXT  # not 茅坪乡村旅游
                        or village_after_suffix(text, i + L + len(sfx))):  # but 石口乡|下蒿城村
                L += len(sfx)
        if lv == "city" and len(codes) == 1 and surface.endswith("市") and text.startswith("中区", i + L) and any(
                c.startswith(codes[0]) for c, _ in upper_names(None).get("市中区", ())):
            L -= 1  # 乐山|市中区: the city's district named 市中区 follows its short form
        label = "COMMUNITY" if lv == "village" and text.endswith("社区", 0, i + L) else PLACE_LABEL[lv]  # 昔格达社区(村)
        cand = Cand(i, i + L, label, prio=2, code=codes[0] if len(codes) == 1 else None, source="gazetteer")
        if lv == "city" and cand.code and text.startswith(("城区", "市城区", "郊区", "市郊区"), i + L):
            # 阳泉城区, 阳泉市城区: the city's district named 城区 / 郊区
            tail = "城区" if "城区" in text[i + L:i + L + 3] else "郊区"
            extra = 1 if text[i + L] == "市" else 0
            dist = [c for c, nm in gz._upper().items() if len(c) == 6 and c.startswith(cand.code) and nm == tail]
            if len(dist) == 1:
                L += extra + 2
                cand = Cand(i, i + L, "GPE", prio=3, code=dist[0], source="gazetteer")
        cand.alts = hit  # type: ignore[attr-defined]
        cands.append(cand)
        # chains: 礼泉县赵镇, 东泉镇孟山村 — children of a matched county or township
        j = i + L
        parent = cand.code
        while parent and (len(parent) in (6, 9) or (len(parent) == 4 and lv == "city")) and j < n:
            kids = child_names(parent, short=False)
            Lk, hk = match_at(kids, text, j)
            if not Lk:
                break
            lvk = hk[0][1]
            ck = Cand(j, j + Lk, PLACE_LABEL[lvk], prio=3, code=hk[0][0] if len(hk) == 1 else None, source="gazetteer")
            ck.alts = hk  # type: ignore[attr-defined]
            cands.append(ck)
            parent, j = ck.code, j + Lk
        last_end = max(last_end, j)
        i += 1
    return cands
