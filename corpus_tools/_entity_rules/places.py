"""Places: gazetteer matching (the page's county, counties named in the text, chains) and
regular expressions for townships and villages that are not in the gazetteer."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools import county as county_context
from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import (Cand, STOPS, all_stops, common_or_frequent, common_words, frequent2,
                                                is_name_char, place_words, words, words_tuple)
from corpus_tools._entity_rules.names import REPORT_VERBS, is_idiom, translit_mean, translit_score
from corpus_tools.text import CJK_RE

# --------------------------------------------------------------------------- place matching

class Names(dict):
    """Surface -> [(code, level)], with the two-character prefixes and the name lengths
    (longest first) that :func:`match_at` needs to skip most positions at once."""

    prefix2: frozenset = frozenset()
    lengths: tuple = ()

    def finish(self) -> "Names":
        self.prefix2 = frozenset(k[:2] for k in self)
        self.lengths = tuple(sorted({len(k) for k in self if len(k) >= 2}, reverse=True))
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
    """Surface -> [(code, level)] for provinces, cities and counties.

    Full names everywhere; short forms of provinces and cities everywhere, short forms of
    counties only in *province* (the page's own province, or a 4-digit city), common words excluded unless
    they are mostly places (:func:`~corpus_tools._entity_rules.lexicon.place_words`).
    """
    out: Names = Names()
    for surface, code, level, own_only in _upper_entries():
        if own_only and (province is None or not code.startswith(province)):
            continue
        out.setdefault(surface, []).append((code, level))
    return out.finish()


@lru_cache(maxsize=256)
def child_names(code: str, *, short: bool) -> dict[str, list[tuple[str, str]]]:
    """Surface -> [(code, level)] for townships/villages/communities below *code*."""
    common = common_words()
    out: Names = Names()
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


_AFTER_PLACE = "县市省区镇乡村人籍的和与及、等是在有等片"


def gz_full(code: str) -> str:
    """Official name of a unit (used to tell a full village name from a short form)."""
    try:
        return gz.division(code).name
    except KeyError:
        return ""


def boundary_ok(text: str, s: int, e: int) -> bool:
    """A two-character place name must not sit inside a longer word (振兴县域 is not 兴县)."""
    prev = text[s - 1] if s > 0 else ""
    nxt = text[e] if e < len(text) else ""
    return (not prev or not is_name_char(prev) or prev in STOPS or text[max(0, s - 2):s] in STOPS
            or not nxt or not is_name_char(nxt) or nxt in _AFTER_PLACE)


def _opens_child(hit: list[tuple[str, str]], text: str, j: int) -> bool:
    """Whether the unit of *hit* (one county) has a township or village named at *j*."""
    codes = [c for c, lv in hit if lv == "county"]
    return len(codes) == 1 and bool(match_at(child_names(codes[0], short=False), text, j)[0])


@lru_cache(maxsize=256)
def established_short_forms(counties: tuple[str, ...]) -> tuple["Names", frozenset[str]]:
    """Short forms of the counties a text establishes (its own, those it names in full) that
    :func:`upper_names` drops as common words: 宁远 (宁远县), 通道 (通道县).

    Returns the table and the surfaces that are frequent words (通道, 和平): those count only
    right after their province or city (湖南通道), the others wherever a word may end.
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


def find_places(text: str, county_code: str | None) -> list[Cand]:
    """Gazetteer matches: upper levels everywhere, the page county's units, and chains."""
    # county short forms of the page county's province, else of the city the text is about
    # (a report about a prefecture names its counties by their short forms: 雷山, 丹寨)
    province, established = county_context.named_counties(text, county_code)
    upper = upper_names(province)
    est, chain_only = established_short_forms(established)
    if est:
        upper = Names({**est, **upper}).finish()
    local = child_names(county_code[:6], short=True) if county_code else Names().finish()
    # every other county the text names (and the city of a report about no single county)
    # opens its townships and villages by full name: 建始县 ... 长岭村 two sentences later
    named = county_context.context_names(text, county_code)
    if named:
        local = Names({**named, **local}).finish()
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
                    and not text.startswith(("镇", "乡", "村"), i + L):
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
        if L == 2 and not own and not boundary_ok(text, i, i + 2) and not (
                text[i + 1] in "县区市旗" and (i == last_end or _opens_child(hit, text, i + 2))):
            i += 1
            continue  # but 山东省莒县, 派驻莒县招贤镇: a full county name after its province or before its township
        # an official full name beats a short form (段村 is the village 段村, not 段村镇, unless
        # its list says otherwise: see _label_lists); then the higher level wins
        surface = text[i:i + L]
        full = [(c, lv) for c, lv in hit if len(c) <= 6 or gz_full(c) == surface]
        levels = {lv for _, lv in (full or hit)}
        for lv in ("province", "city", "county", "township", "village", "community"):
            if lv in levels:
                break
        codes = [c for c, l in hit if l == lv]
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
        if lv == "township" and not full:
            # 茅坪乡 for 茅坪镇, 龙市街道 for 龙市镇: the unit was upgraded (乡 -> 镇 -> 街道) or
            # renamed since the text was written; the short form + another suffix is the same unit
            sfx = next((x for x in ("街道", "乡", "镇") if text.startswith(x, i + L)), None)
            if sfx and text[i + L + len(sfx):i + L + len(sfx) + 1] not in _SUFFIX_WORD_NEXT:  # not 茅坪乡村旅游
                L += len(sfx)
        cand = Cand(i, i + L, PLACE_LABEL[lv], prio=2, code=codes[0] if len(codes) == 1 else None, source="gazetteer")
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
        while parent and len(parent) in (6, 9) and j < n:
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


_TOWNSHIP_RE = re.compile(r"(?:(?<=原)|(?<=[县市区旗]))([\u4e00-\u9fff]{2,3}(?:[乡镇]|街道))(?![\u4e00-\u9fff]{0,1}(?:长|政府|党委|办))")
TOWNSHIP_BAD = words("township_bad")
_VILLAGE_RE = re.compile(r"([\u4e00-\u9fff]{2,3}村)(?=[、，。；和与及\s“”党村委两的是在有]|$)")
VILLAGE_BAD_TAIL = words_tuple("village_bad_tail")
_NATURAL_VILLAGE_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?屯)")
_AFTER_UNIT_VILLAGE_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?村)(?:(?=村[民委党两干])|(?!村))")


def word_starts(text: str, s: int) -> bool:
    """Whether a name may start at *s*: after punctuation or a word that ends a name (的, 在)."""
    return (s == 0 or not is_name_char(text[s - 1]) or text[s - 1] in STOPS
            or text[max(0, s - 2):s] in all_stops())


_TOWN_SUFFIX_RE = re.compile(r"(?:街道|[乡镇])")
_LIST_SEP = ("、", "和", "与", "及")


def _township_stem_ok(stem: str, suffix: str) -> bool:
    # the stem may be a word (石门乡, 天堂镇): the context decides; the whole must not be one
    return not (stem + suffix in common_words() or stem[:2] in all_stops() or any(ch in STOPS for ch in stem)
                or any((stem + suffix).endswith(b) for b in TOWNSHIP_BAD))


def unlisted_townships(text: str, places: list[Cand]) -> list[Cand]:
    """Townships the gazetteer no longer has (merged or renamed since the text was written).

    A name + 乡/镇/街道 that is not in the gazetteer is a township when its context says so
    on its own: it stands in a list next to a known township (石门乡、龙山镇), or a village
    follows it directly (石门乡高坡村). The stem must start a word and must not be a common
    word (城乡, 乡镇 and 家乡 never pass).
    """
    towns = {(p.start, p.end) for p in places if p.label == "TOWNSHIP"}
    t_starts = {a for a, _ in towns}
    t_ends = {b for _, b in towns}
    covered = bytearray(len(text))
    for p in places:
        covered[p.start:p.end] = b"\x01" * (p.end - p.start)
    out = []
    for m in _TOWN_SUFFIX_RE.finditer(text):
        j, e = m.start(), m.end()
        for L in (3, 2):
            s = j - L
            if s < 0 or any(covered[s:e]) or not all(is_name_char(ch) for ch in text[s:j]):
                continue
            if not word_starts(text, s) or not _township_stem_ok(text[s:j], m.group()):
                continue
            listed = ((text[e:e + 1] in _LIST_SEP and e + 1 in t_starts)
                      or (text[s - 1:s] in _LIST_SEP and s - 1 in t_ends))
            village = _NEXT_VILLAGE_RE.match(text, e) is not None and text[s] not in "村乡镇"
            if listed or village:
                out.append(Cand(s, e, "TOWNSHIP", prio=1, source="regex"))
                break
    return out


#: a village right after a township: a name + 村 that is not the start of a word (村级, 村务, 村财)
_NEXT_VILLAGE_RE = re.compile(r"[\u4e00-\u9fff]{2,3}?村(?![级务财干集容落规庄寨镇])")
_LIST_HEAD_RE = re.compile(r"(?:等|[两三四五六七八九十]个?)(?:\d+个|[一二三四五六七八九十]+个)?(乡镇|镇|乡|街道|村|县区|县市|县)")


def listed_units(text: str, places: list[Cand], county_code: str | None) -> list[Cand]:
    """Items of a list its head word declares: 天堂、水市、湾井等乡镇; 东岭、西岭等村; 竹溪、竹山两县.

    Each item names a township (or a village, a county): its short form in the gazetteer of
    the page's county (for counties: of a county the text establishes), even when it is also
    a word (天堂 for 天堂镇, 竹溪 for 竹溪县), or, when another item is a known place of that
    level, an unknown name of two to four characters. The first item's left
    edge is where a known name starts, else a word boundary.
    """
    index = gz.county_index(county_code[:6]) if county_code else {}
    established = established_short_forms(county_context.named_counties(text, county_code)[1])[0]
    covered = {(p.start, p.end): p.label for p in places}
    out = []
    for m in _LIST_HEAD_RE.finditer(text):
        level = {"村": "village", "县": "county", "县区": "county", "县市": "county"}.get(m.group(1), "township")
        label = PLACE_LABEL[level]
        k = m.start()
        items = []
        while True:
            lo = max(0, k - 6)
            seg = text[lo:k]
            cut = max(seg.rfind(ch) for ch in "、，。；：！？“”（）\n 　")
            part_start = lo + cut + 1 if cut >= 0 else lo
            items.append((part_start, k))
            if part_start > 0 and text[part_start - 1] == "、" and len(items) < 12:
                k = part_start - 1
                continue
            break
        if len(items) < 2:
            continue
        found = []
        for n, (a, b) in enumerate(items):
            first = n == len(items) - 1
            best = None
            for s in range(a, b - 1):
                name = text[s:b]
                if len(name) > 4 and not first:
                    continue
                known = any(gz.division(c).level == level for c in index.get(name, ())) or (
                    level == "county" and any(lv == "county" for _, lv in established.get(name, ())))
                if known or covered.get((s, b)) == label:
                    best = (s, True)
                    break
            if best is None:
                name = text[a:b]
                if 2 <= len(name) <= 4 and all(is_name_char(ch) for ch in name) and name not in frequent2():
                    best = (a, False)
            found.append((best, b))
        if sum(1 for best, _ in found if best and best[1]) == 0:
            continue
        for best, b in found:
            if best is not None and (best[0], b) not in covered:
                out.append(Cand(best[0], b, label, prio=1, source="list"))
    return out


_GENERIC_VILLAGE_PARTS = ("党员", "干部", "群众", "企业", "集体", "产业", "示范", "重点", "脱贫", "贫困", "美丽")
_GENERIC_VILLAGE_TAILS = ("农村", "乡村", "行政村", "自然村", "全村", "各村", "个村", "联建村", "重点村", "联村", "村村")


def generic_village(w: str) -> bool:
    """贫困村, 示范村, 行政村, 发展村: a kind of village, not a name."""
    return (w.endswith(_GENERIC_VILLAGE_TAILS) or any(g in w for g in _GENERIC_VILLAGE_PARTS)
            or any(w.endswith(b) for b in VILLAGE_BAD_TAIL if len(b) >= 2) or w[:2] in STOPS or w[0] in STOPS)


def coordinated_units(text: str, places: list[Cand], county_code: str | None) -> list[Cand]:
    """List neighbours of a village or township that carry the same suffix or share it.

    车江一村、忠诚村: an item ending in 村 next to a village is a village even when its stem is
    a word (忠诚); 西街、南街、北街街道: earlier items of a coordinated ellipsis are townships
    when the stem + the last item's suffix is a township of the county (or next to one).
    """
    index = gz.county_index(county_code[:6]) if county_code else {}
    have = {(p.start, p.end) for p in places}
    out = []
    for p in places:
        if p.label not in ("VILLAGE", "TOWNSHIP"):
            continue
        name = text[p.start:p.end]
        suffix = next((x for x in ("街道", "村", "镇", "乡") if name.endswith(x)), None)
        if suffix is None or len(name) - len(suffix) < 2:
            continue
        for a, b in _neighbour_items(text, p.start, p.end, suffix):  # same suffix, either side: 车江一村、忠诚村
            w = text[a:b]
            if (a, b) in have or not w.endswith(suffix) or not 3 <= len(w) <= 3 + len(suffix):
                continue
            if suffix == "村" and generic_village(w):
                continue
            if suffix != "村" and not _township_stem_ok(w[:-len(suffix)], suffix):
                continue
            out.append(Cand(a, b, p.label, prio=1, source="list"))
        # coordinated ellipsis, leftwards: 西街、南街、北街街道
        if p.label == "TOWNSHIP" and text[p.end:p.end + 1] not in "、":
            e = p.start
            while e > 0 and text[e - 1] == "、":
                a = next((e - 1 - L for L in (2, 3, 4) if e - 1 - L >= 0 and any(
                    gz.division(c).level == "township" for c in index.get(text[e - 1 - L:e - 1] + suffix, ()))), None)
                if a is None:
                    break
                if (a, e - 1) not in have:
                    out.append(Cand(a, e - 1, "TOWNSHIP", prio=1, source="list"))
                e = a
    return out


def _neighbour_items(text: str, s: int, e: int, suffix: str) -> list[tuple[int, int]]:
    """The list items right before and after text[s:e] (separated by 、), the one after ending in *suffix*."""
    out = []
    if text[s - 1:s] == "、":
        a = s - 1
        while a > 0 and is_name_char(text[a - 1]) and s - 1 - a < 6:
            a -= 1
        if a < s - 1 and (a == 0 or not is_name_char(text[a - 1])):
            out.append((a, s - 1))
    if text[e:e + 1] == "、":
        # the item on the right ends where the suffix does: 、忠诚村组织了
        m = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?{re.escape(suffix)}").match(text, e + 1)
        if m:
            out.append((e + 1, m.end()))
    return out


@lru_cache(maxsize=1)
def _not_village_stems() -> frozenset[str]:
    """Verbs, adjectives and adverbs no village is named after (training/ner/build_place_words.py)."""
    return words("not_village_stems")


def find_regex_places(text: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Places not in the gazetteer (renamed or merged units): 原孟山乡, 南汪湛村."""
    out = []
    common = common_words()
    taken = list(taken)
    for m in _TOWNSHIP_RE.finditer(text):
        w = m.group(1)
        s = m.start(1)
        if len(w) >= 4 and not any(b == s for a, b in taken):
            continue  # three-character names only right after a known county (巴州区梓橦庙镇)
        if w in common or any(w.endswith(b) for b in TOWNSHIP_BAD) or w[:2] in all_stops() or w[0] in STOPS:
            continue
        e = m.end(1)
        if text[e:e + 1] == "村" and text[e + 1:e + 2] not in "民干党两委":
            continue  # 镇村 is a word (出境和镇村班车): X镇 is a township before 村民, not before 镇村班车
        out.append(Cand(s, m.end(1), "TOWNSHIP", prio=1, source="regex"))
        taken.append((s, m.end(1)))
    matches = [(m.start(1), m.group(1)) for m in _VILLAGE_RE.finditer(text)]
    seen = {s for s, _ in matches}
    for _, b in taken:
        # a natural village (屯) right after its village: 培秀村大寨屯
        m = _NATURAL_VILLAGE_RE.match(text, b)
        if m and text[b - 1] == "村" and not common_words() & {m.group(1)[:-1]} and "自然" not in m.group(1) \
                and m.group(1)[0] not in "各每全该本这那几":  # 合寨村各自然屯: every natural village
            out.append(Cand(b, m.end(1), "VILLAGE", prio=1, source="regex"))
        # right after a county or township the village may be followed by anything (建始县长岭村最缺产业)
        m = _AFTER_UNIT_VILLAGE_RE.match(text, b)
        if m and b not in seen:
            w = m.group(1)
            # but not a verb or adjective + 村 (梳理村, 任驻村); a frequent word (石门, 发展) only
            # where the village name plainly ends (石门村党支部, 石门村、), not in 发展村级
            ends = text[b + len(w):b + len(w) + 1]
            if (not generic_village(w) and w[:-1] not in _not_village_stems() and w[:2] not in _not_village_stems()
                    and (w[:2] not in frequent2() or (ends and ends in "、，。；和与及党委两的是"))
                    and not text.startswith(("村级", "村务", "村财"), b + len(w) - 1)):
                matches.append((b, w))
    not_stems = _not_village_stems()
    for s, w in sorted(matches):
        cut = max(w.rfind(ch) for ch in "的了在是到")
        if 0 <= cut < len(w) - 3:
            s, w = s + cut + 1, w[cut + 1:]  # 相邻的易隆村: the match started at a particle
        inside = next((b for a, b in taken if a < s < b < s + len(w) - 2), None)
        if inside is not None:
            s, w = inside, w[inside - s:]  # 义和乡|悦园村: the match started inside a township
        if w[:2] in STOPS or w[0] in STOPS or w.endswith(("联村", "村村")) or any(ch in w[:-1] for ch in "本该看各全每个的了在和与组织几着过"):
            continue
        if w[:-1] in not_stems or w[:2] in not_stems or (w[0] == "原" and (
                (s + 1, s + len(w)) in taken or re.search(f"(?<!原){w[1:]}", text))):
            continue  # a verb or adjective + 村 (上访村, 梳理村); 原 + a village named without it (原|金科村党支部)
        # trim to the longest tail that is not a generic word: 伟海南汪湛村 is handled by the list rule
        if any(w.endswith(b) and len(b) >= len(w) - 0 for b in VILLAGE_BAD_TAIL) or w in common:
            continue
        if any(w.endswith(b) for b in ("农村", "乡村", "行政村", "自然村", "全村", "各村", "个村", "联建村", "重点村")):
            continue
        # the character before must end a word: punctuation or a place (岳壁乡小城村)
        prev = text[s - 1] if s > 0 else "\n"
        if is_name_char(prev) and not any(b == s for a, b in taken) and prev not in STOPS:
            continue
        if any(g in w for g in ("党员", "干部", "群众", "企业", "集体", "产业", "示范", "重点", "脱贫", "贫困", "美丽")):
            continue
        out.append(Cand(s, s + len(w), "VILLAGE", prio=1, source="regex"))
    return out + sound_villages(text, taken + [(c.start, c.end) for c in out])


#: Characters after which a village name may start (深处的|阿土列尔村, 走进|克孜勒古力村).
_BEFORE_VILLAGE = frozenset("的在到了是进去来让和与及、，。：；“”（） \n\u3000")
#: Mean :func:`names.translit_score` of a village name written in sound characters.
SOUND_VILLAGE_MIN = 1.5


def sound_villages(text: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Villages named in sound characters (Uyghur, Yi, Tibetan names) that the gazetteer lacks:
    three to seven characters of a high mean :func:`names.translit_score` before 村, after
    punctuation, a particle or a place (大凉山深处的阿土列尔村).

    Examples
    --------
    >>> t = "记者来到大凉山深处的阿土列尔村。在发展村级经济的同时"
    >>> [t[c.start:c.end] for c in sound_villages(t, [])]
    ['阿土列尔村']
    """
    out = []
    ends = {b for _, b in taken}
    for m in re.finditer("村", text):
        k = m.start()
        if text[k + 1:k + 2] in ("说", "讲", "道") or text[k + 1:k + 3] in REPORT_VERBS:
            continue  # 扎西江村说: a Tibetan name, not a village
        if k in ends or text[k + 1:k + 2] in ("级", "务", "财", "干", "集", "容", "落", "规", "庄", "寨", "镇"):
            continue
        for n in range(7, 2, -1):
            s = k - n
            if s < 0 or any(a < k and b > s for a, b in taken):
                continue  # not across a known place (云南|那洛村)
            stem = text[s:k]
            if not all(CJK_RE.match(c) and c not in _BEFORE_VILLAGE and c != "村" for c in stem):
                continue
            if s > 0 and text[s - 1] not in _BEFORE_VILLAGE and s not in ends:
                continue
            if translit_mean(stem) >= SOUND_VILLAGE_MIN and min(map(translit_score, stem)) > -2.0 \
                    and stem not in common_words():
                out.append(Cand(s, k + 1, "VILLAGE", prio=1, source="regex"))
            break
    return out
