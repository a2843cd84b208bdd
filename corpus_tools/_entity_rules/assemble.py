"""Assembly: all rule candidates of a text resolved into flat, maximal spans, with the
document-level passes (re-mentions, bare village and township forms, lists of villages)."""

from __future__ import annotations

import bisect
import re

from corpus_tools._entity_rules.headed_townships import headed_townships
from corpus_tools._entity_rules.admin_levels import ADMIN_CHARS, TOWNSHIP_SUFFIXES, TOWN_LEVELS, UPPER_LEVELS
from corpus_tools._entity_rules.fac_joins import joined_facilities
from corpus_tools._entity_rules.fac_places import landscape_works, placed_facilities
from corpus_tools._entity_rules.fac_clauses import cut_clauses
from corpus_tools._entity_rules.fac_heads import find_facs
from corpus_tools._entity_rules.fac_acting import acting_institutions, water_bodies
from corpus_tools._entity_rules.destination_counties import destination_counties
from corpus_tools._entity_rules.fac_kinds import counted_kinds, ownerless_plants
from corpus_tools._entity_rules.fac_work_sites import owned_work_sites
from corpus_tools._entity_rules.fac_works import emergency_works
from corpus_tools._entity_rules.gpe_slots import word_slot
from corpus_tools._entity_rules.township_sites import township_site
from corpus_tools._entity_rules.heads import find_communities, find_events, find_orgs, find_projects
from corpus_tools._entity_rules.listed_heads import find_countries, find_docs, find_locs
from corpus_tools._entity_rules.lexicon import (Cand, EVENT_HEADS, FAC_HEADS, ORG_HEADS, PROJECT_HEADS, STOPS,
                                                all_stops, common_or_frequent, common_words, is_name_char, occurrences, place_words,
                                                words)
from corpus_tools._entity_rules.firms import FIRM_INDUSTRY, kind_listed_firms
from corpus_tools._entity_rules.org_short_forms import FIRM_FORM_RE as _FIRM_FORM_RE, firm_short_forms, named_by_recurrence
from corpus_tools._entity_rules.county_words import counties_in_words
from corpus_tools._entity_rules.gpe_forms import former_units
from corpus_tools._entity_rules.place_openings import unit_openings
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.natural_areas import natural_areas, reserve_names
from corpus_tools._entity_rules.landscape_names import sounded_landscapes
from corpus_tools._entity_rules.orgparts import listed_firms
from corpus_tools._entity_rules.persons import find_persons
from corpus_tools._entity_rules.bare_reading import mostly_bare, speaker_surname, starts_in_word
from corpus_tools._entity_rules.places import find_places
from corpus_tools._entity_rules.paper_mentions import paper_mentions
from corpus_tools._entity_rules.province_chains import province_counties
from corpus_tools._entity_rules.unit_lists import coordinated_units, listed_units
from corpus_tools._entity_rules.unlisted_places import (NATURAL_SUFFIXES, find_regex_places, unlisted_townships,
                                                        without_seat_villages)
from corpus_tools._entity_rules.scan import Scanner
from corpus_tools._entity_rules.name_bodies import trim_bodies
from corpus_tools._entity_rules.region_words import compass_areas, regions_in_words
from corpus_tools._entity_rules.sites import find_sites, natural_features
from corpus_tools._entity_rules.events import event_short_forms, orgs_inside_sessions, undated_events
from corpus_tools._entity_rules.feature_frames import consistent_features
from corpus_tools._entity_rules.project_kinds import counted_projects, joined_projects, plain_word
from corpus_tools._entity_rules.project_bounds import facility_works
from corpus_tools._entity_rules.project_lists import mend_named_works
from corpus_tools._entity_rules.project_parks import park_projects
from corpus_tools._entity_rules.project_idioms import plain_projects
from corpus_tools._entity_rules.event_memorials import event_memorials
from corpus_tools._entity_rules.fac_owned import short_form_facilities
from corpus_tools._entity_rules.words import (align_to_words, clause_body, descriptive, plain_word_title,
                                              undistinguished)

# --------------------------------------------------------------------------- assembly

#: one-character river and lake words after a county or city short form (华容河; not 中国|河南)
_RIVER_TAILS = frozenset("河江湖")
_LANDSCAPE = ("大峡谷", "峡谷", "草原", "山脉", "山区", "库区", "高原", "盆地", "平原", "湿地")
ENTERPRISE_HEADS = ("合作社", "公司", "有限公司", "集团", "股份公司")
DESCRIPTOR_START = words("descriptor_start")
#: the head words of each head-based label, longest first (sorted once, not per candidate)
_HEADS_LONGEST_FIRST = {label: tuple(sorted(heads, key=len, reverse=True)) for label, heads in (
    ("ORG", ORG_HEADS), ("FAC", FAC_HEADS), ("EVENT", EVENT_HEADS), ("PROJECT", PROJECT_HEADS))}


def resolve(cands: list[Cand], n: int) -> list[Cand]:
    """Flat, maximal spans: longest first, then priority, then leftmost."""
    taken = [False] * n
    out = []
    for c in sorted(cands, key=lambda c: (-c.length, -c.prio, c.start)):
        if c.start < 0 or c.end > n or c.end <= c.start:
            continue
        if any(taken[c.start:c.end]):
            continue
        for i in range(c.start, c.end):
            taken[i] = True
        out.append(c)
    return sorted(out, key=lambda c: c.start)


#: a co-operative named by what it does (种植专业合作社, 股份经济合作社): no trade name of its own
_DESCRIBED_COOP_RE = re.compile(r"(?:种植|养殖|专业|经济|农机|劳务)合作社$")
_UNIT_ORG_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:社区|村)(?:党委|党支部|党总支|居委会|村委会|委员会|综治中心|服务中心)$")


_CLAUSE_CHARS = frozenset("都也还就又却才已正将曾")
_ONE_CHAR_UNIT_RE = re.compile(r"[\u4e00-\u9fff]村(?:委会|党支部|党总支|两委)$")


#: Last characters of a township, village or community written with its level word (in the place
#: or right after it: 巴润哈岱|乡党委): a short form
#: (长江源 for 长江源村) inside a body is part of its name (格尔木市长江源民族学校), not its owner;
#: a firm or co-operative still drops the county before it (会宁县|红堡子小杂粮农民专业合作社).
_UNIT_SUFFIX_CHARS = "村镇乡道区屯寨查木组庄"


def _peel_places(cands: list[Cand], places: list[Cand], text: str) -> list[Cand]:
    """平遥县城西街道汇通社区党委 -> GPE + TOWNSHIP + ORG 汇通社区党委; 横坡村硕峰合作社 -> VILLAGE + ORG."""
    starts: dict[int, Cand] = {}
    for p in places:
        if p.start not in starts or p.length > starts[p.start].length:
            starts[p.start] = p
    # the places of two or more characters by start, each with its rank in *places* (the first that
    # qualifies wins, as in a scan of the list), so a candidate looks only at the starts it spans
    inner: dict[int, list[tuple[int, int]]] = {}
    for k, p in enumerate(places):
        if p.end - p.start >= 2:
            inner.setdefault(p.start, []).append((k, p.end))
    longest = max((p.end - p.start for p in places), default=0)
    out = []
    for c in cands:
        if c.label in ("ORG", "FAC", "EVENT", "PROJECT") and any(
                b > c.end for a in range(c.start, c.end) for _, b in inner.get(a, ())):
            continue  # never end inside a place name (保合少镇古路|板村 is no road)
        if c.label in ("ORG", "FAC", "EVENT", "PROJECT") and any(
                b < c.end and text[b] in _CLAUSE_CHARS for _, b in inner.get(c.start, ())):
            continue  # a name does not go on from a place with an adverb: 稠城街道都办(起了)
        if c.label == "ORG" and _ONE_CHAR_UNIT_RE.match(text, c.start, c.end) and c.start not in inner:
            continue  # 来村委会 (不用来村委会): one character + 村委会 is a verb and the bare body
        if c.label in ("ORG", "FAC", "EVENT", "PROJECT"):
            # never start inside a place name (县城东街道… -> 城东街道…)
            hits = [(k, b) for a in range(max(0, c.start - longest + 1), c.start) for k, b in inner.get(a, ())
                    if c.start < b < c.end - 1 and not (c.start == a + 1 and text[a] in "和与及")]  # 和|县妇联
            if hits and c.label != "PROJECT":
                b = min(hits)[1]
                c = Cand(b, c.end, c.label, c.prio, c.code, c.source, c.text[b - c.start:], c.text_head)
        if c.label == "COMMUNITY" and c.source == "regex":
            p = starts.get(c.start)
            if p is not None and p.label in ("GPE", "TOWNSHIP") and c.end - p.end >= 4:
                c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source)
        if c.label in ("ORG", "FAC", "EVENT"):
            while True:
                p = starts.get(c.start)
                if p is None or p.end >= c.end:
                    break
                q = starts.get(p.end)
                if q is not None and q.end < c.end and p.label in ("GPE", "TOWNSHIP") and (
                        (q.label in ("TOWNSHIP", "VILLAGE", "COMMUNITY")
                         and (text[q.end - 1] in _UNIT_SUFFIX_CHARS or text[q.end:q.end + 1] in tuple(_UNIT_SUFFIX_CHARS)
                              or c.text.endswith(ENTERPRISE_HEADS))) or (q.label == "GPE" and p.label == "GPE"
                                                                             and not _FIRM_FORM_RE.search(c.text))):
                    # 湖南省新田县人民医院, 包头市青山区纪委: only the immediate owner stays in the name
                    c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source, c.text[p.end - c.start:], c.text_head)
                    continue
                if (c.label == "FAC" and p.label == "COMMUNITY" and c.end - p.end >= 4
                        and not c.text_head.endswith(("庙", "堂", "寺", "祠"))):
                    c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source, c.text[p.end - c.start:], c.text_head)
                    continue
                if p.label in ("GPE", "TOWNSHIP") and _UNIT_ORG_RE.match(c.text[p.end - c.start:]):
                    # 城西街道汇通社区党委: a community or village not in the gazetteer still owns the body
                    c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source, c.text[p.end - c.start:], c.text_head)
                    continue
                if c.label == "ORG" and p.label == "VILLAGE" and c.text_head in ENTERPRISE_HEADS:
                    rest = c.text[p.end - c.start:]
                    # 横坡村硕峰合作社 has a trade name; 大南岔村苹果种植专业合作社, 周田村果业合作社 only describe
                    if (rest[:2] not in DESCRIPTOR_START and len(rest) - len(c.text_head) >= 2
                            and not _DESCRIBED_COOP_RE.search(rest)
                            and not descriptive(rest[:len(rest) - len(c.text_head)], FIRM_INDUSTRY)):
                        c = Cand(p.end, c.end, c.label, c.prio, c.code, c.source, rest, c.text_head)
                        continue
                break
        out.append(c)
    return out


def _label_lists(ents: list[Cand], text: str) -> None:
    """段村、横坡村、普洞村: an ambiguous place takes the level of its list neighbours."""
    for k, c in enumerate(ents):
        alts = c.alts
        if not alts or len({lv for _, lv in alts}) < 2:
            continue
        before, after = text[c.start - 1:c.start], text[c.end:c.end + 1]
        starts_item = before in "、，；。\n：“ " or text[max(0, c.start - 2):c.start] in all_stops() or before in STOPS
        if not starts_item or not (after in "、，；。\n”等和 " or after == ""):
            continue
        for nb in (ents[k - 1] if k else None, ents[k + 1] if k + 1 < len(ents) else None):
            if nb is None:
                continue
            gap = text[min(c.end, nb.end):max(c.start, nb.start)]
            if gap in ("、", "和", "及", "与", "，"):
                want = {"VILLAGE": "village", "TOWNSHIP": "township", "COMMUNITY": "community"}.get(nb.label)
                codes = [co for co, lv in alts if lv == want]
                if want and codes:
                    c.label = nb.label
                    c.code = codes[0] if len(codes) == 1 else None
                    break


def rule_entities(text: str, county_code: str | None = None, *, keep_blockers: bool = False,
                  words: list[str] | None = None) -> list[Cand]:
    """All rule-based entities of *text* (flat, non-overlapping), sorted by offset.

    *words* are per-character word features of *text* (the ones the NER model reads); with
    them, head-based names start at word boundaries (:func:`~corpus_tools._entity_rules.words.align_to_words`).
    """
    n = len(text)
    sc = Scanner(text)
    places = find_places(text, county_code, words)  # words: bare short forms end at a word boundary
    places += province_counties(text, places)  # 贵州|从江: another province's county after its province
    places += destination_counties(text, places)  # 在晋江打工: a county named bare where people go to work (user37)
    cands_papers = paper_mentions(text, places)  # 订阅黎平报: the paper (ORG), not the county
    sc.place_starts = {p.start for p in places}
    sc.place_ends = {p.start: (p.end, p.label) for p in places}
    sc.words = words  # the segmenter's words, for the ORG span model
    cands: list[Cand] = list(places) + cands_papers
    # units the gazetteer lacks: 石门乡 next to 龙山镇, items of 天堂、水市等乡镇
    extra_places = unlisted_townships(text, places, words)
    if extra_places:  # 旧军|镇并入刁镇: a former township named after its seat village (user27)
        places = without_seat_villages(places, extra_places)
        cands = list(places) + cands_papers
    extra_places += listed_units(text, places + extra_places, county_code)
    extra_places += headed_townships(text, places + extra_places, words, county_code)  # 和平乡: a common stem with its head (user31b)
    rplaces = extra_places + find_regex_places(text, [(p.start, p.end) for p in places + extra_places], words)
    rplaces += coordinated_units(text, places + rplaces, county_code)
    cands += rplaces
    places = places + rplaces
    cands += former_units(text, places)  # 黔西县 (now 黔西市), 常德经开区
    for p in places:
        if p.label in ("VILLAGE", "TOWNSHIP"):
            # 宋家沟新村, 横坡古村: a rebuilt or old village, whatever level the stem matched
            for tail in VILLAGE_TAILS:
                if text.startswith(tail, p.end) and not text.startswith(("民", "落"), p.end + len(tail)):  # 新村民, 古村落
                    vcodes = [c for c, lv in p.alts if lv == "village"]
                    code = p.code if p.label == "VILLAGE" else (vcodes[0] if len(vcodes) == 1 else None)
                    cands.append(Cand(p.start, p.end + len(tail), "VILLAGE", prio=2, code=code, source="gazetteer"))
                    break
        if p.label in ("TOWNSHIP", "VILLAGE") and text.startswith("片区", p.end):
            cands.append(Cand(p.start, p.end + 2, "LOC", prio=2))
        if p.label in ("TOWNSHIP", "VILLAGE") and text.startswith("社区", p.end) and text[p.end + 2:p.end + 3] not in "居党":
            # 桐木漯社区: a community named after a place of another level (a former village)
            cands.append(Cand(p.start, p.end + 2, "COMMUNITY", prio=2, source=p.source))
    # 平遥古城 (a county or city short form + 古城) is a facility
    for p in places:
        if p.label == "GPE" and text.startswith("古城", p.end):
            cands.append(Cand(p.start, p.end + 2, "FAC", prio=2))
    cands += _peel_places(find_communities(text, sc), places, text)
    for finder in (find_projects, find_orgs, find_facs, find_events):
        found = finder(text, sc)
        for c in found:
            c.text = text[c.start:c.end]  # type: ignore[attr-defined]
            c.text_head = next((h for h in _HEADS_LONGEST_FIRST.get(c.label, ()) if c.text.endswith(h)), "")  # type: ignore[attr-defined]
        if words is not None:
            found = trim_bodies(align_to_words(found, text, words, place_ends=unit_openings(places)), text, words)
            spans = [(p.start, p.end) for p in places]
            kinds = [c for c in found if undistinguished(c, text, words, spans)]
            kept = named_by_recurrence(kinds, text, words, spans)  # 迎驾集团 … 迎驾在: a firm, not a kind
            found = [c for c in found if (c not in kinds or c in kept)
                     and not clause_body(c, text, words, getattr(c, "text_head", ""))]
            found = cut_clauses(found, text, words)  # 运往|青岛流亭机场, 低头看|路, 爷俩|走投无路
            for c in found:
                c.text = text[c.start:c.end]
        if finder is find_projects:
            found = counted_projects(joined_projects(found, text, lambda k: sc.left(k, max_len=12), lambda s: plain_word(words, s, places)),
                                     text)  # 黑瞎子岛保护与开放开发项目: one name; 十个|行业扶贫专项行动: a kind
            found = plain_projects(found, text)  # “十五”计划, “形象工程”, 陶瓷类项目: a plan, a reproach, a category
        if finder is find_facs:
            found = acting_institutions(counted_kinds(found, text), text)  # 文化馆馆长: ORG; 300多座|明清古戏台, 各|居民小区: kinds, no names
            found = ownerless_plants(found, text, words, [(p.start, p.end) for p in places])  # 运往|生物质电厂: a plant with no owner is a kind
            found = water_bodies(found, text)  # 丹江口水库: LOC
            found = owned_work_sites(found, text, [(p.start, p.end) for p in places])  # 望丰村扶贫车间; 建成|扶贫车间: a kind
        cands += _peel_places(found, places, text)
    # concept terms, not annotated (GUIDE): 中国年, 中国特色社会主义, 中国式现代化, 中国梦, 美丽中国; the
    # historical 新中国 (新中国成立六十周年: no GPE 中国, the writers of pages30, 31o, 34o tag nothing)
    for m in re.finditer("中国年|中国特色社会主义|中国式现代化|中国梦|美丽中国|新中国", text):
        cands.append(Cand(m.start(), m.end(), "_", prio=-2))
    countries = [c for c in find_countries(text) if not word_slot(text, c.start, c.end, words)]  # 蒙古语
    cands += find_docs(text, sc) + find_locs(text) + countries + find_persons(text)
    cands += natural_features(text) + find_sites(text, sc, places)
    # 明光经济开发区, 秭归长江大桥: a county, city or country owning a facility or zone
    cands += placed_facilities(text, words, places + [c for c in countries if text[c.start:c.end] == "中国"]
                               + [c for c in cands if c.label == "LOC"])  # 滹沱河大桥: a river owns its bridge
    cands += landscape_works(text, words, cands)  # 三峡大坝, 唐家河自然保护区
    cands += emergency_works(text, cands, words)  # 荆江干堤, 金沙湾泵站, 镇集中安置点: the place inside is no mention (mend36b)
    cands += reserve_names(text, words)  # 及|八大公山自然保护区: LOC
    # a place + a landscape word is a natural region: 恩施大峡谷, 张北草原, 吕梁山区
    starts = {p.start for p in places}  # 南京|江宁区: no river where another place starts
    for p in places:
        if p.label == "GPE" or (p.label == "TOWNSHIP" and not text[p.start:p.end].endswith(TOWNSHIP_SUFFIXES)):
            # 唐古拉草原: a township's short form names its grassland too
            tail = next((t for t in _LANDSCAPE if text.startswith(t, p.end)), None)
            if tail and text[p.end - 1] in "县市区省旗":
                continue  # 凤凰县山区: the county's mountain parts, no named region (吕梁山区, 张北草原 are)
            if tail:
                cands.append(Cand(p.start, p.end + len(tail), "LOC", prio=2))
            elif p.label == "GPE" and text[p.end:p.end + 1] in _RIVER_TAILS and p.end not in starts \
                    and not (is_word(text[p.end:p.end + 2]) or text[p.end:p.end + 2] in common_or_frequent()) \
                    and not text[p.start:p.end].endswith(tuple(UPPER_LEVELS)):
                cands.append(Cand(p.start, p.end + 1, "LOC", prio=2))  # 华容河: a river named after a county
    cands += sounded_landscapes(text, words)  # 杜尔伯特草原, 浑善达克沙地: a landscape named in sound characters
    cands += compass_areas(text, words, places)  # 西部|地区, 中南|地区: the region
    cands = regions_in_words(cands, text, words)  # 华南|虎, 东亚|飞蝗: a region starting a longer word
    cands = orgs_inside_sessions(facility_works(cands, text), text)  # 通榆站前广场|绿化工程; 十二届|全国人大…代表团 (facproj29)
    # merge 平遥古城 + 迎薰门 / 南城墙 into one facility
    ents = resolve(cands, n)
    merged: list[Cand] = []
    for c in ents:
        if merged and c.label == "FAC" and merged[-1].label == "FAC" and merged[-1].end == c.start and text[merged[-1].start:merged[-1].end].endswith("古城"):
            merged[-1] = Cand(merged[-1].start, c.end, "FAC", 2)
        elif c.label == "FAC" and text.startswith("片区", c.end) and text[c.end - 1] == "街":
            merged.append(Cand(c.start, c.end + 2, "LOC", 1))
        elif (merged and c.label == "FAC" and merged[-1].label == "FAC" and merged[-1].end + 1 == c.start
              and text[merged[-1].end] == "—" and text[c.start:c.end].endswith("公路")):
            merged[-1] = Cand(merged[-1].start, c.end, "FAC", 2)
        else:
            merged.append(c)
    merged = joined_facilities(merged, text)  # 广惠寺华塔, 赣深高铁龙南东站, 龙南至九连山旅游公路: one name
    merged = mend_named_works(merged, text, words)  # 2.五岳水库除险加固工程, 全县|安居富民工程, 巴燕镇文化广场 (facproj27)
    merged = plain_projects(merged, text)  # 全镇“十五”计划 (a scoped plan)
    merged = park_projects(natural_areas(merged, text), text)  # 坎布拉国家森林公园: LOC; 上犹工业园区|玻纤新材料产业项目
    ents = event_short_forms(undated_events(merged, text), text)  # 2024|紫金温泉美食节; the title's 大马哈鱼节 of 第十届中国·抚远大马哈鱼节
    ents = event_memorials(ents, text)  # 百色起义|纪念馆, 秋收起义|铜鼓纪念馆: one FAC (evfac35)
    ents = consistent_features(ents, text)  # 夹金山|下 … 至夹金山: the mountain in every mention
    # propagate: other mentions of the same names (re-mentions of people, projects …)
    # in order of the mentions (a set's order changes with PYTHONHASHSEED, and with it which of two
    # labels a name seen with both would keep)
    seen = dict.fromkeys((text[c.start:c.end], c.label) for c in ents if c.source != "gazetteer" and c.end - c.start >= 2)
    extra = []
    for name, label in seen:
        for s, e in occurrences(text, name):
            if label == "DOC" and text[s - 1:s] not in ("《", "【", "〈") and plain_word_title(name):
                continue  # 《决定》 … 3月份决定就太晚了: the plain word, not the title
            extra.append(Cand(s, e, label, prio=0, source="propagated"))
    if extra:
        ents = resolve(ents + extra, n)
    bare = _bare_forms(ents, text, words) + firm_short_forms(ents, text, places) + level_bare_orgs(ents, text, places)
    if bare:
        ents = resolve(ents + bare, n)
    ents = short_form_facilities(ents, text, words)  # 高定村 … 高定|鼓楼: a village's short form names it (facproj28)
    listed = kind_listed_firms(ents, text)  # 鸿贝科技、创显电子等11家企业
    if listed:
        ents = resolve(ents + listed, n)
    listed = listed_firms(ents, text)  # 正泰、德力西、华仪: after the firms' short forms are known
    if listed:
        ents = resolve(ents + listed, n)
    _label_lists(ents, text)
    ents = counties_in_words(ents, text, words)  # 武穴|市民之家: the county's short form (user27)
    blockers = [c for c in ents if c.label == "_"]
    ents = _list_villages([c for c in ents if c.label != "_"], text)
    return ents + blockers if keep_blockers else ents


#: the rest of a quoted name that a group, account or brand word follows: …一家亲”微信群
_QUOTED_GROUP_RE = re.compile(r"[^“”\n]{0,12}”(?:微信群|群|公众号|品牌|商标|小程序|平台|号)")


#: a village's own body (村委会, 村党支部, 村股份经济合作社) named after it: the village is established by it
_VILLAGE_BODY_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)村(?:村委会|村民委员会|委会|党支部|党总支|党委|两委|股份经济合作社|集体经济合作社|经济合作社)$")

#: the rest of a list of bare village names that the text closes as villages: 、白石两村, 、溪南等村
_VILLAGE_LIST_END_RE = re.compile(r"(?:、[\u4e00-\u9fff]{2,4})*(?:[两三四五六七八九十]个?|等)村")

#: suffixes of a villagers' group that its bare name drops (大瓦遮小组 … 大瓦遮), longest first
_GROUP_SUFFIXES = tuple(x for x in NATURAL_SUFFIXES if x.endswith("组") or x == "自然村")


def _bare_forms(ents: list[Cand], text: str, words: "list[str] | None" = None) -> list[Cand]:
    """Bare re-mentions of a village or township the text has named in full.

    古路板村 … 古路板全村: once 古路板村 (or the villagers' group 大瓦遮小组) is established, 古路板 elsewhere (in a WeChat-group or
    co-operative name too) is the same village; 老X and X书记 stay out. The bare form must not
    be a common word or a clause word (nor a word of People's Daily 1998 the text mostly uses bare:
    年画 of 年画村 in a report on 木版年画), and must not continue a longer word on the right.
    """
    common = common_words()
    stops = all_stops()
    out: list[Cand] = []
    seen: set[str] = set()
    for c in ents:
        name = text[c.start:c.end]
        body = _VILLAGE_BODY_RE.match(name) if c.label == "ORG" else None
        if body:  # 苏家岘村村委会 … 苏家岘的年轻人: the village of its own committee or Party branch
            b = body.group(1)
        elif c.label == "VILLAGE" and name.endswith("村") and len(name) >= 3:
            b = name[:-1]
        elif c.label == "VILLAGE" and name.endswith(_GROUP_SUFFIXES):
            b = name[:-len(next(x for x in _GROUP_SUFFIXES if name.endswith(x)))]  # 大瓦遮小组 … 大瓦遮的梯田
        elif c.label == "TOWNSHIP" and name.endswith(tuple(TOWN_LEVELS)) and len(name) >= 3:
            b = name[:-1]
        else:
            continue
        if b in seen or len(b) < 2:
            continue
        seen.add(b)
        label, code = ("VILLAGE", None) if body else (c.label, c.code)
        # a bare form that is also a word (棋盘 for 棋盘村) counts only where it opens a quoted
        # group, account or brand name: “棋盘中坝一家亲”微信群
        word = b in common or b in stops or b in place_words() or (is_word(b) and mostly_bare(text, b))
        for s, e in occurrences(text, b):
            nxt = text[e:e + 1]
            if nxt in ("村", "镇", "乡", "县", "市", "区") or text.startswith("书记", e) or text[s - 1:s] == "老" \
                    or speaker_surname(text, s, e) or starts_in_word(words, s, len(text), phrase=True):  # 果农皇甫国强说, 绿水|青山
                continue
            if word and not (text[s - 1:s] == "“" and _QUOTED_GROUP_RE.match(text, e)) \
                    and not (label == "VILLAGE" and _VILLAGE_LIST_END_RE.match(text, e)):
                continue  # but 黑石、白石两村: a list the text closes as villages
            if label == "TOWNSHIP" and township_site(text, s, e, (name,)):
                continue  # 柘林镇 … 柘林|湾, 剑门关镇 … 剑门关景区: the water or the landmark
            if label == "VILLAGE" and nxt in ("屯", "寨") and text[e:e + 2] not in common and text[e + 1:e + 2] != "子":
                e += 1  # 火卖屯: the natural village of the same name is a VILLAGE too
            out.append(Cand(s, e, label, prio=-1, code=code, source="document"))
    return out


#: One-character levels that open a body of the page's own unit (镇河长办, 县融媒体中心).
_LEVEL_CHARS = "镇乡县区市"


#: Level words a place name ends in, which stand for that place before its body (自治区生态环境厅).
_PLACE_LEVELS = ("自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "旗", "盟")


def level_bare_orgs(ents: list[Cand], text: str, places: "list[Cand] | None" = None) -> list[Cand]:
    """Re-mentions of a body without its place or level (镇河长办 … 河长办工作人员;
    新疆维吾尔自治区生态环境厅 … 自治区生态环境厅).

    Once the text names a body as a one-character level + its name, the name alone elsewhere is
    the same ORG, unless another level or place character stands right before it (县河长办 is
    another body) or the name before its head is a dictionary or frequent word (人民政府, 财政局:
    kinds as often as this body) or a bare head (卫生院). A body owned by a named place is the
    same ORG where its level word alone stands for the place (自治区生态环境厅), after punctuation
    or a clause word only.

    Parameters
    ----------
    ents : list of Cand
        The entities found so far.
    text : str
        The text they were found in.
    places : list of Cand, optional
        The places of the text (GPE owners of bodies).

    Returns
    -------
    list of Cand
        Added ORG mentions (``source="document"``, low priority).
    """
    common = common_or_frequent()
    out: list[Cand] = []
    for c in ents:
        if c.label != "ORG":
            continue
        owner = next((p for p in places or () if p.label == "GPE" and p.start == c.start and p.end <= c.end - 2), None)
        level = owner and next((lv for lv in _PLACE_LEVELS if text.endswith(lv, owner.start, owner.end)
                                and owner.end - owner.start > len(lv)), None)
        if not level:
            continue
        short = level + text[owner.end:c.end]
        for s, e in occurrences(text, short):
            prev = text[s - 1:s]
            if not (is_name_char(prev) and prev not in STOPS):
                out.append(Cand(s, e, "ORG", prio=-1, source="document"))
    seen: set[str] = set()
    for c in ents:
        name = text[c.start:c.end]
        if c.label != "ORG" or len(name) < 4 or name[0] not in _LEVEL_CHARS:
            continue
        b = name[1:]
        head = max((h for h in ORG_HEADS if b.endswith(h)), key=len, default="")
        body = b[:len(b) - len(head)]
        if b in seen or not head or len(body) < 2 or body in common or is_word(body) or b[0] in _LEVEL_CHARS + "村级各全本该":
            continue  # 河长办 (河长 + 办), not 人民政府, 财政局 or 级政协: a body of common words names a kind
        seen.add(b)
        for s, e in occurrences(text, b):
            if text[s - 1:s] not in ADMIN_CHARS or s == 0:
                out.append(Cand(s, e, "ORG", prio=-1, source="document"))
    return out


VILLAGE_TAILS = ("移民新村", "新村", "古村")
_ITEM_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


def _list_villages(ents: list[Cand], text: str) -> list[Cand]:
    """Unknown names in a list of villages, or at the end of a road segment, are villages.

    岳北、岳中、岳南、西源祠、尹回、梁村 (岳南 and 尹回 merged away since); 古陶二中—闫良; 芦村—南官地.
    """
    if "、" not in text and "—" not in text:
        return ents  # no list and no road segment: nothing to add
    by_start = sorted(ents, key=lambda c: c.start)
    starts = [c.start for c in by_start]
    covered = [False] * len(text)
    for c in ents:
        for i in range(c.start, c.end):
            covered[i] = True
    added: list[Cand] = []
    for clause in re.finditer(r"[^，。；：！？\n（）()]+", text):
        if "、" not in clause.group() and "—" not in clause.group():
            continue  # one item, no road segment
        cs = clause.start()
        items, pos = [], cs
        for part in clause.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        labels = []
        for a, b in items:
            j = bisect.bisect_left(starts, a)
            inside = []
            while j < len(by_start) and by_start[j].start < b:
                if by_start[j].end <= b:
                    inside.append(by_start[j])
                j += 1
            labels.append({c.label for c in inside})
        inner = labels[1:-1]  # the same for every item of the clause (computed once: linear time)
        n_in = sum("VILLAGE" in l for l in inner)
        inner_ok = 2 * n_in >= len(inner) and all(l <= {"VILLAGE"} for l in inner if l)
        for k, (a, b) in enumerate(items):
            segs = text[a:b].split("—")
            if len(segs) == 2:
                # road segment: X—Y
                sa = (a, a + len(segs[0]))
                sb = (a + len(segs[0]) + 1, b)
                for (x0, x1), (y0, y1) in ((sa, sb), (sb, sa)):
                    other = [c for c in ents if c.start >= y0 and c.end <= y1 and c.label in ("FAC", "ORG", "VILLAGE")]
                    if not other:
                        continue
                    name = text[x0:x1]
                    cut = re.search(r"(改造|等|道路|建设|公路)", name)
                    if cut and x0 == sb[0]:
                        name = name[:cut.start()]
                        x1 = x0 + len(name)
                    if x0 == sa[0] and k == 0:
                        continue  # the first item's left edge is unknown
                    if _ITEM_RE.match(name) and not any(covered[x0:x1]):
                        added.append(Cand(x0, x1, "VILLAGE", prio=-1, source="list"))
                continue
            if 0 < k < len(items) - 1 and n_in >= 2 and not labels[k] and inner_ok:
                name = text[a:b]
                if _ITEM_RE.match(name) and not any(covered[a:b]):
                    added.append(Cand(a, b, "VILLAGE", prio=-1, source="list"))
    if not added:
        return ents
    return sorted(ents + added, key=lambda c: c.start)
