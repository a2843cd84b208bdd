"""Places named as items of a list: the items a list's head word declares (天堂、水市、湾井等乡镇) and the
neighbours of a village or township that share its suffix or a coordinated ellipsis (车江一村、忠诚村;
西街、南街、北街街道). Split from :mod:`corpus_tools._entity_rules.unlisted_places`."""

from __future__ import annotations

import re

from corpus_tools import county as county_context
from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.admin_levels import LOCAL_UNIT_SUFFIXES, VILLAGE_UNITS
from corpus_tools._entity_rules.lexicon import Cand, STOPS, frequent2, is_name_char
from corpus_tools._entity_rules.places import PLACE_LABEL, established_short_forms
from corpus_tools._entity_rules.unlisted_places import generic_village, township_stem_ok

__all__ = ["listed_units", "coordinated_units"]

_LIST_HEAD_RE = re.compile(r"(?:(?:等|[两三四五六七八九十]个?)(?:\d+个|[一二三四五六七八九十]+个)?|\d+个(?=(?:贫困|行政|深度贫困)?村))"
                           r"(?:贫困|行政|深度贫困)?(乡镇|镇|乡|街道|社区|村|县区|县市|县)")


def listed_units(text: str, places: list[Cand], county_code: str | None) -> list[Cand]:
    """Items of a list its head word declares: 天堂、水市、湾井等乡镇; 东岭、西岭等村; 竹溪、竹山两县;
    张龙、鸭沟岭、中军岭7个贫困村 (a village with a landscape word is a village here, not the mountain).

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
        level = {"村": "village", "社区": "community", "县": "county", "县区": "county",
                 "县市": "county"}.get(m.group(1), "township")  # 念江、罗里等社区 (places30)
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
                known = any(gz.division(c).level == level for c in (*index.get(name, ()), *(
                    index.get(name + "社区", ()) if level == "community" else ()))) or (
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
            if best is None:
                continue
            if (best[0], b) not in covered:
                out.append(Cand(best[0], b, label, prio=1, source="list"))
            elif covered[(best[0], b)] != label and (
                    (label == "VILLAGE" and covered[(best[0], b)] == "LOC")
                    or (label == "TOWNSHIP" and covered[(best[0], b)] == "VILLAGE")):
                # 鸭沟岭、民主、中军岭…7个贫困村: the list says what its items are, whatever their landscape
                # word; 浦阳、浦南、仙华三个街道: townships, though 浦南 is also the short form of a village
                out.append(Cand(best[0], b, label, prio=3, source="list"))
    return out



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
        suffix = next((x for x in LOCAL_UNIT_SUFFIXES if name.endswith(x)), None)
        if suffix is None or len(name) - len(suffix) < 2:
            continue
        for a, b in _neighbour_items(text, p.start, p.end, suffix):  # same suffix, either side: 车江一村、忠诚村
            w = text[a:b]
            if (a, b) in have or not w.endswith(suffix) or not 3 <= len(w) <= 3 + len(suffix):
                continue
            if suffix == "村" and generic_village(w):
                continue
            if suffix != "村" and not township_stem_ok(w[:-len(suffix)], suffix):
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
    """The list items right before and after text[s:e] (separated by 、; on the right also by 与, 和, 及),
    the one after ending in *suffix*."""
    out = []
    if text[s - 1:s] == "、":
        a = s - 1
        while a > 0 and is_name_char(text[a - 1]) and s - 1 - a < 6:
            a -= 1
        if a < s - 1 and (a == 0 or not is_name_char(text[a - 1])):
            out.append((a, s - 1))
    if text[e:e + 1] in ("、", "与", "和", "及"):
        # the item on the right ends where the suffix does: 、忠诚村组织了; 黑石村与白石村相邻
        m = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?{re.escape(suffix)}").match(text, e + 1)
        if m and (text[e] == "、" or not any(ch in STOPS or ch in VILLAGE_UNITS for ch in text[e + 1:m.end() - len(suffix)])):
            out.append((e + 1, m.end()))
    return out
