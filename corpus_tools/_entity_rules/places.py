"""Places: gazetteer matching (the page's county, counties named in the text, chains); the places
found by form, not in the gazetteer, are in :mod:`corpus_tools._entity_rules.unlisted_places`."""

from __future__ import annotations

import operator
import re
from functools import lru_cache

from corpus_tools import county as county_context
from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.admin_levels import TOWNSHIP_SUFFIXES, TOWN_LEVELS, VILLAGE_UNITS
from corpus_tools._entity_rules.former_townships import former_township_length
from corpus_tools._entity_rules.lexicon import Cand, STOPS, all_stops, common_words, frequent2, is_name_char, place_words
from corpus_tools._entity_rules.place_bounds import (AFTER_PLACE, boundary_ok, gz_full, inside_unlisted_village,
                                                     village_after_suffix)
from corpus_tools._entity_rules.place_filters import (bare_form_ok, established_unit, generic_district, natural_feature,
                                                      piece_of_word, village_reading)
from corpus_tools._entity_rules.place_mends import slogan_county
from corpus_tools._entity_rules.township_sites import township_site
from corpus_tools._entity_rules.township_words import established_townships

__all__ = ["PLACE_LABEL", "Names", "bare_form_ok", "child_names", "established_short_forms", "established_unit",
           "find_places", "former_town_of_subdistrict", "match_at", "upper_names"]

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


def _read_as_place(words: "list[str] | None", start: int, end: int) -> bool:
    """Whether the segmenter read ``text[start:end]`` as one place-name word (``B-ns`` … ``E-ns``): an established
    county's short form that is also a frequent word (西华, user32 F5) is the county where the segmenter says so
    (推动|西华|各项工作), not where it is a common noun (绿色|通道)."""
    if not words or end - start < 2 or end > len(words):
        return False
    return words[start] == "B-ns" and words[end - 1] == "E-ns" and all(w == "I-ns" for w in words[start + 1:end - 1])


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


#: a town as a site or a kind (古镇, 小镇, 名镇): 和顺|古镇 is no older name 和顺古镇 of 和顺镇 (三里城镇 is)
_SITE_TOWNS = ("古镇", "小镇", "名镇", "重镇", "强镇")


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


@lru_cache(maxsize=64)
def _town_forms(towns: tuple[tuple[str, str], ...]) -> Names:
    """The table of :func:`~corpus_tools._entity_rules.township_words.established_townships` (shared: do not modify)."""
    out: Names = Names()
    for short, code in towns:
        out.setdefault(short, []).append((code, "township"))
    return out.finish()


def find_places(text: str, county_code: str | None, words: "list[str] | None" = None) -> list[Cand]:
    """Gazetteer matches: upper levels everywhere, the page county's units, and chains.

    *words* are the segmenter's per-character word features of *text* (``B-n``, ``E-n`` …), when
    known: a bare short form must not end inside a longer word (:func:`bare_form_ok`). An ambiguous
    match keeps its readings in ``Cand.alts`` (段村: a township and a village), which its list
    neighbours decide later.
    """
    return _find_places(text, county_code, words)


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
    towns = established_townships(text, county_code)  # 石壁镇 … 石壁: a common word that is the township here
    if towns:
        local = _merged_names(_town_forms(towns), local)
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
            if not chained and ((text[i:i + L] in chain_only and not _read_as_place(words, i, i + L))
                                or not boundary_ok(text, i, i + L)):
                i += 1
                continue
            own = True
        prev = cands[-1] if cands and cands[-1].end == i else None
        if hit is hit1 and slogan_county(text, i, i + L, [c for c, _ in hit], county_code, words):
            i += 1
            continue  # 旅游兴县, 科技富县: a slogan, not 兴县 of Shanxi (user31b)
        if piece_of_word(text, i, L, upper=hit is hit1, own=own, prev=prev, words=words,
                         after_unit=lambda: i == last_end or _opens_child(hit, text, i + 2)):
            i += 1
            continue  # 沿海城市, 产业|兴县战略, 长治久安, 复合肥, 新建|樟树: a piece of other words
        # an official full name beats a short form (段村 is the village 段村, not 段村镇, unless
        # its list says otherwise: see _label_lists); then the higher level wins
        surface = text[i:i + L]
        full = [(c, lv) for c, lv in hit if len(c) <= 6 or gz_full(c) == surface
                or (lv == "township" and former_town_of_subdistrict(surface, gz_full(c), ()))]  # 田镇 (田镇街道)
        levels = {lv for _, lv in (full or hit)}
        for lv in ("province", "city", "county", "township", "village", "community"):
            if lv in levels:
                break
        if lv == "township" and not full and surface + "村" in text \
                and not any(text[m.end():m.end() + 1] not in _SUFFIX_WORD_NEXT  # 宋家沟|乡村旅游 is no township
                            for x in TOWNSHIP_SUFFIXES for m in re.finditer(re.escape(surface + x), text)):
            # 岗上 where the text names 岗上村 and never 岗上镇: the village, also where the gazetteer has no
            # bare village reading of it (宋家沟村 … 走进宋家沟, the county's 宋家沟乡 never named)
            lv = "village"
        codes = [c for c, l in hit if l == lv]
        if lv == "village":
            L = village_reading(text, i, L, words, bool(full))
            if not L:
                i += 1
                continue  # 以前|村里, 面对家人, 移风易俗, 西塞山: a bare village name inside plain words
            surface = text[i:i + L]
        nxt = text[i + L:i + L + 1]
        if lv == "township" and not full and nxt and is_name_char(nxt) and nxt not in AFTER_PLACE \
                and nxt not in STOPS and nxt != "街" and any(surface + nxt + x in text for x in TOWN_LEVELS
                                                            if nxt + x not in _SITE_TOWNS):
            L += 1  # 唐古拉山(镇): the text's older, longer name of 唐古拉镇
            surface = text[i:i + L]
        if not own and lv == "county" and generic_district(codes, surface, text, county_code):
            i += 1
            continue  # 老城区两千户: the old town, not 洛阳's district 老城区 of a city the text never names
        if natural_feature(text, i, L, lv, codes, hit, full=bool(full), own=own, county_code=county_code,
                           cands=cands):
            cands.append(Cand(i, i + L, "LOC", prio=2, source="gazetteer"))
            i += 1
            continue  # 天山北麓, 查干湖 (查干湖镇), 在木兰山: the natural feature the unit is named after
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
            if county_code and not any(c.startswith(k) for c in codes for k in (county_code[:6], *established)):
                codes = []  # 撤销江口乡 on a page of 龙胜 (江口村): no other county's 江口乡 unless the text names it (user31b)
        elif lv == "village" and not full and former_township_length(text, i, i + L):
            lv, L, codes = "township", former_township_length(text, i, i + L), []  # 周台子乡 (周台子村 today)
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
        cand.alts = tuple(hit)
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
            ck.alts = tuple(hk)
            cands.append(ck)
            parent, j = ck.code, j + Lk
        last_end = max(last_end, j)
        i += 1
    return cands
