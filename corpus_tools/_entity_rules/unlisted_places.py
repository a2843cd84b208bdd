"""Places not in the gazetteer: townships and villages found by form (a 乡/镇/街道 or 村 suffix after a
county name, next to a known township or before a merger verb, villages named in sound characters). Items of
lists and coordinations of units are in :mod:`corpus_tools._entity_rules.unit_lists`."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.admin_levels import COUNTY_LEVELS, TOWN_LEVELS, VILLAGE_UNITS
from corpus_tools._entity_rules.lexicon import (Cand, STOPS, all_stops, common_or_frequent, common_words, frequent2, is_name_char, words,
                                                words_tuple)
from corpus_tools._entity_rules.place_bounds import village_after_suffix
from corpus_tools._entity_rules.village_words import place_word_villages
from corpus_tools._entity_rules.names import REPORT_VERBS, is_word, translit_mean, translit_score
from corpus_tools.text import CJK_RE

_TOWNSHIP_RE = re.compile(rf"(?:(?<=原)|(?<=[{COUNTY_LEVELS}]))([\u4e00-\u9fff]{{2,3}}(?:[{TOWN_LEVELS}]|街道))(?![\u4e00-\u9fff]{{0,1}}(?:长|政府|党委|办))")
TOWNSHIP_BAD = words("township_bad")
#: the verb of abolition, which opens the policy words 撤乡并镇, 撤乡建镇, 撤镇设街 and no unit name of the gazetteer
_ABOLISH = "撤"
_VILLAGE_RE = re.compile(r"([\u4e00-\u9fff]{2,3}村)(?=[、，。；和与及\s“”党村委两的是在有]|$)")
VILLAGE_BAD_TAIL = words_tuple("village_bad_tail")
#: a natural village or villagers' group right after its village: 培秀村大寨屯, 龙脊村廖家寨,
#: 金科村沙坪组, 爱春村大瓦遮小组, 坛乐村上寨自然村 (GUIDE: natural villages are VILLAGE; the 组 stays in the name)
_NATURAL_VILLAGE_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?(?:自然村|村民小组|村民组|小组|屯|寨|组))")
#: a natural village named by its landform right after its village, then a particle or a stop (岭头村摩天峪的)
_LANDFORM_VILLAGE_RE = re.compile(r"([\u4e00-\u9fff]{1,2}[峪沟湾坪洼岭坡冲坝垭坳])(?=[的，。、；])")
_DIRECTION_CHARS = frozenset("东西南北前后上下里外中内边头口这那全各每本该")
#: suffixes of a natural village or villagers' group, longest first
NATURAL_SUFFIXES = ("自然村", "村民小组", "村民组", "小组", "屯", "寨", "组")
#: characters after the suffix that make it the start of a word (组织, 组成, 小组长, 寨村)
_AFTER_GROUP = {"组": "织成建团合长员", "小组": "长", "村民组": "长", "村民小组": "长", "寨": "村子", "屯": "子"}
#: stems of working groups, not villagers' groups (帮扶组, 工作组, 党小组, 专家组)
_GROUP_STEM_TAILS = ("工作", "帮扶", "干部", "时任", "自发", "专家", "调研", "督导", "巡查", "领导", "小", "党", "指导", "考核", "宣讲",
                     "服务", "互助", "联络", "网格", "作业", "植保", "技术", "攻坚", "驻村", "扶贫", "检查", "评审", "协调")
_AFTER_UNIT_VILLAGE_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?村)(?:(?=村[民委党两干])|(?!村))")


def _coverage(n: int, spans: "list[tuple[int, int]]") -> bytearray:
    """One byte a character of a text of length *n*, 1 where a span covers it: ``any(cov[s:e])``
    tells in the span's length whether ``[s, e)`` overlaps one (not in the number of spans)."""
    cov = bytearray(n)
    for a, b in spans:
        if a < b:
            cov[a:b] = b"\x01" * (b - a)
    return cov


def word_starts(text: str, s: int) -> bool:
    """Whether a name may start at *s*: after punctuation or a word that ends a name (的, 在)."""
    return (s == 0 or not is_name_char(text[s - 1]) or text[s - 1] in STOPS
            or text[max(0, s - 2):s] in all_stops())


_TOWN_SUFFIX_RE = re.compile(rf"(?:街道|[{TOWN_LEVELS}])")
_LIST_SEP = ("、", "和", "与", "及")


def township_stem_ok(stem: str, suffix: str) -> bool:
    """Whether a stem + 乡/镇/街道 may name a township: the whole is no common word, the stem holds no stop."""
    # the stem may be a word (石门乡, 天堂镇): the context decides; the whole must not be one
    return not (stem + suffix in common_words() or stem[:2] in all_stops() or any(ch in STOPS for ch in stem)
                or stem.startswith(_ABOLISH)
                or any((stem + suffix).endswith(b) for b in TOWNSHIP_BAD))


#: the word that marks a former unit printed before its name (原郑公塔镇)
_FORMER = "原"
#: verbs of a merger sentence after a former township and before the township it joined
_MERGE_VERBS = ("并入", "划归", "合并到", "撤并到", "撤并入")


def unlisted_townships(text: str, places: list[Cand], words: "list[str] | None" = None) -> list[Cand]:
    """Townships the gazetteer no longer has (merged or renamed since the text was written).

    A name + 乡/镇/街道 that is not in the gazetteer is a township when its context says so
    on its own: it stands in a list next to a known township (石门乡、龙山镇), a village
    follows it directly (石门乡高坡村), or a merger verb joins it to a known township
    (里林乡并入田市镇). The stem must start a word and must not be a common
    word (城乡, 乡镇 and 家乡 never pass). With the segmenter's per-character *words*, the suffix
    must not run on into a longer word (美丽|乡村: no 美丽乡). A former township printed with 原
    (原郑公塔镇并入田镇街道, 原太平乡马口村) is found in the same contexts, without the 原 (GUIDE:
    原孟山乡 -> 孟山乡).

    Examples
    --------
    >>> t = "原郑公塔镇并入田镇街道后"
    >>> [t[c.start:c.end] for c in unlisted_townships(t, [Cand(7, 11, "TOWNSHIP")])]
    ['郑公塔镇']
    """
    towns = {(p.start, p.end) for p in places if p.label == "TOWNSHIP"}
    t_starts = {a for a, _ in towns}
    t_ends = {b for _, b in towns}
    # a village's bare short form right before the suffix is no cover: 旧军|镇 of 旧军村 (a township named
    # after its seat village; :func:`without_seat_villages` drops the short form)
    seat = {p.end for p in places if p.label == "VILLAGE" and not text[p.start:p.end].endswith("村")
            and _TOWN_SUFFIX_RE.match(text, p.end)}
    covered = _coverage(len(text), [(p.start, p.end) for p in places if p.end not in seat])
    out = []
    for m in _TOWN_SUFFIX_RE.finditer(text):
        j, e = m.start(), m.end()
        for L in (3, 2):
            s = j - L
            if s < 0 or any(covered[s:e]) or not all(is_name_char(ch) for ch in text[s:j]):
                continue
            if text[s] == _FORMER:
                continue  # 原|太平乡: the 原 is no part of the name (the stem of two is tried next)
            former = text[s - 1:s] == _FORMER and word_starts(text, s - 1)
            if not (word_starts(text, s) or former) or not township_stem_ok(text[s:j], m.group()):
                continue
            if words and len(words) == len(text) and words[e - 1][:1] in ("B", "I"):
                continue  # 美丽乡村: the suffix starts or goes on into a word
            if text[s:j] in common_words() and text[e - 1:e + 1] in common_or_frequent():
                continue  # 美丽乡|村示范 read as one word: still a plain word + 乡村 (places30)
            listed = ((text[e:e + 1] in _LIST_SEP and e + 1 in t_starts)
                      or (text[s - 1:s] in _LIST_SEP and s - 1 in t_ends))
            village = _NEXT_VILLAGE_RE.match(text, e) is not None and text[s] not in VILLAGE_UNITS
            # a merger sentence: 里林乡并入田市镇 (the known township after the verb)
            merged = any(text.startswith(v, e) and e + len(v) in t_starts for v in _MERGE_VERBS)
            if listed or village or merged:
                out.append(Cand(s, e, "TOWNSHIP", prio=1, source="regex"))
                break
    return out


def without_seat_villages(places: list[Cand], townships: list[Cand]) -> list[Cand]:
    """*places* without the bare village short forms that open a township of *townships* (旧军 of 旧军镇)."""
    return [p for p in places if not any(t.start == p.start and p.end < t.end for t in townships)]


#: a village right after a township: a name + 村 that is not the start of a word (村级, 村务, 村财)
_NEXT_VILLAGE_RE = re.compile(r"[\u4e00-\u9fff]{2,3}?村(?![级务财干集容落规庄寨镇])")
_GENERIC_VILLAGE_PARTS = ("党员", "干部", "群众", "企业", "集体", "产业", "示范", "重点", "脱贫", "贫困", "美丽",
                          # where a village lies from another: 就在隔壁村, 附近村 (no name)
                          "隔壁", "邻近", "附近", "周边", "对面", "相邻")
_GENERIC_VILLAGE_TAILS = ("农村", "乡村", "行政村", "自然村", "全村", "各村", "个村", "联建村", "重点村", "联村", "村村")


def generic_village(w: str) -> bool:
    """贫困村, 示范村, 行政村, 发展村: a kind of village, not a name."""
    return (w.endswith(_GENERIC_VILLAGE_TAILS) or any(g in w for g in _GENERIC_VILLAGE_PARTS)
            or any(w.endswith(b) for b in VILLAGE_BAD_TAIL if len(b) >= 2) or w[:2] in STOPS or w[0] in STOPS)


#: characters no village name holds before 村: 咱们村, 俺们村 (pronouns), 诗词之村 (a designation)
_NOT_IN_VILLAGE_STEM = frozenset("们之")
#: adjectives that make 山村 a kind of village (小山村, 小小山村, 大山村), not a name
_SIZE_CHARS = frozenset("小大")


def not_a_village_name(text: str, s: int, e: int, taken: list[tuple[int, int]]) -> bool:
    """Whether the regex village ``text[s:e]`` (a name + 村 not in the county's gazetteer) is no name.

    * its stem holds a pronoun or 之 (咱们村, 前我们村, 诗词之村);
    * its stem is a frequent word and no village in the country is called so (许多村, 专业村);
    * a known place ends where it ends and starts inside it (来|青山村: the match took a verb);
    * it is quoted whole and no village in the country is called so (“无树村”, “民宿村”: a designation);
    * it is a size adjective + 山村 (小山村, 小小山村) or ends in 驻村 (派来驻村).

    Examples
    --------
    >>> t = "咱们村的变化大。许多村的产业好。成了“民宿村”。在湾头村"
    >>> [not_a_village_name(t, t.index(w), t.index(w) + len(w), []) for w in ("咱们村", "许多村", "民宿村", "湾头村")]
    [True, True, True, False]
    """
    w = text[s:e]
    stem = w[:-1]
    if any(ch in _NOT_IN_VILLAGE_STEM for ch in stem) or w.endswith("驻村"):
        return True
    if w.endswith("山村") and w[:-2] and set(w[:-2]) <= _SIZE_CHARS:
        return True
    if any(s < a < e and b == e for a, b in taken):
        return True
    if not gz.lookup(w):
        if stem in common_words() or stem in frequent2():
            return True
        if text[s - 1:s] == "“" and text[e:e + 1] == "”" and not any(b == s - 1 for _, b in taken):
            return True
    return False


@lru_cache(maxsize=1)
def _not_village_stems() -> frozenset[str]:
    """Verbs, adjectives and adverbs no village is named after (training/ner/build_place_words.py)."""
    return words("not_village_stems")


#: segmenter tags of plain words (verb, adjective, adverb, locative, pronoun, numeral ...): a stem
#: read with one of them is a phrase before 村, not a name (多次找|村委会, 普通|山村, 背景下|村村点火)
_PHRASE_TAGS = frozenset(("v", "vn", "a", "ad", "d", "f", "r", "p", "c", "u", "m", "mq", "q", "t"))
#: the tags that count for a one-character word (找 in 多次|找|村委会)
_PHRASE_TAGS_1 = frozenset(("v", "d", "r", "p", "c", "u"))


def phrase_stem(words: "list[str] | None", n: int, s: int, e: int) -> bool:
    """Whether the segmenter reads the stem ``[s, e)`` of a would-be village as running words: it
    starts inside a word (为何|是外村) or holds a verb, adjective, locative, pronoun or numeral.

    Examples
    --------
    >>> phrase_stem(["B-r", "E-r", "B-m", "E-m", "S-v", "B-j"], 6, 2, 5)
    True
    >>> phrase_stem(["S-u", "S-n", "B-n", "E-n", "B-n"], 5, 1, 4)
    False
    """
    if not words or len(words) != n or s >= e:
        return False
    # a one-character adjective, numeral or locative often opens a name (大|井洼村, 前|何村): only words
    # of two characters or more count with those tags
    return words[s][:1] in ("I", "E") or any(
        words[k][2:] in (_PHRASE_TAGS if words[k][:1] != "S" else _PHRASE_TAGS_1) for k in range(s, e))


def _natural_village(text: str, b: int) -> "int | None":
    """End of a natural village or villagers' group named at *b* (see ``_NATURAL_VILLAGE_RE``), else None."""
    m = _NATURAL_VILLAGE_RE.match(text, b)
    if not m:
        m = _LANDFORM_VILLAGE_RE.match(text, b)
        w = m.group(1) if m else ""
        if not m or w[0] in _DIRECTION_CHARS or is_word(w) or is_word(w[-2:]) or w[-2:] in common_words() \
                or not all(is_name_char(ch) and ch not in STOPS for ch in w):
            return None  # 村东沟, 村里的山沟: a direction or a common word, no name
        return m.end(1)  # 岭头村摩天峪的贫困户: a natural village named by its landform
    w = m.group(1)
    sfx = next(x for x in NATURAL_SUFFIXES if w.endswith(x))
    stem = w[:-len(sfx)]
    if len(stem) < 2 or stem in common_words() or "自然" in stem or not all(is_name_char(ch) for ch in stem):
        return None
    if stem[0] in "各每全该本这几" or (stem[0] == "那" and stem[1] in "个些里儿"):
        return None  # 合寨村各自然屯: every natural village
    # 那 (a field in Zhuang names) opens many 屯 names (那恒屯); elsewhere a stop word opens no name
    if (stem[0] != "那" and stem[:2] in all_stops()) \
            or any((ch in STOPS and not (k == 0 and ch == "那")) or ch in "一二三四五六七八九十第0123456789"
                   for k, ch in enumerate(stem)):
        return None  # 第三组, 的沙坪组
    if sfx in ("组", "小组") and (stem.endswith(_GROUP_STEM_TAILS) or stem[-2:] in common_words()):
        return None  # 驻村工作组, 产业帮扶组, 互助小组: a working group
    if stem[0] == "村" or text[m.end(1):m.end(1) + 1] in _AFTER_GROUP.get(sfx, ""):
        return None  # 村村寨寨; 村里还|组织, 村民小组|长: the suffix starts a word
    if sfx == "寨" and stem[-1] in "村山":
        return None  # 村寨, 山寨: the word, no name
    return m.end(1)


def natural_villages(text: str, b: int) -> list[Cand]:
    """Natural villages or villagers' groups right after a village ending at *b*, with the ones
    coordinated after them (上圈湾村直沟组和旧寺沟组 -> 直沟组, 旧寺沟组)."""
    out = []
    e = _natural_village(text, b)
    while e is not None:
        out.append(Cand(b, e, "VILLAGE", prio=1, source="regex"))
        if text[e:e + 1] not in _LIST_SEP:
            break
        b = e + 1
        e = _natural_village(text, b)
        if e is not None and text[e - 1] != text[out[-1].end - 1]:
            break  # 沙坪组和龙潭村: only items of the same kind
    return out


def _suffix_runs_on(words: "list[str]", text: str, i: int, common: "frozenset[str] | set[str]") -> bool:
    """Whether the unit suffix at *i* lies inside a segmenter word (撤乡并镇) or opens a common word
    (乡镇, 乡村); a word the segmenter wrongly opens with it (义和|乡悦园村) does not count."""
    tag = words[i][:1]
    if tag != "B":
        return tag == "I"
    j = i + 1
    while j < len(words) and words[j][:1] == "I":
        j += 1
    return text[i:j + 1] in common


def find_regex_places(text: str, taken: list[tuple[int, int]], words: "list[str] | None" = None) -> list[Cand]:
    """Places not in the gazetteer (renamed or merged units): 原孟山乡, 南汪湛村.

    With the segmenter's per-character *words*, a village the country's gazetteer does not know
    must not be read as a phrase (:func:`phrase_stem`) unless it follows a known unit.
    """
    out = []
    common = common_words()
    taken = list(taken)
    taken_ends = {b for _, b in taken}  # kept in step with taken: a span ending at s is a set test, not a scan
    for m in _TOWNSHIP_RE.finditer(text):
        w = m.group(1)
        s = m.start(1)
        if len(w) >= 4 and s not in taken_ends:
            continue  # three-character names only right after a known county (巴州区梓橦庙镇)
        if w in common or any(w.endswith(b) for b in TOWNSHIP_BAD) or w[:2] in all_stops() or w[0] in STOPS \
                or w.startswith(_ABOLISH):
            continue
        e = m.end(1)
        if words and len(words) == len(text) and words[s][:1] in ("I", "E") and s not in taken_ends:
            continue  # 交易市|场由乡里: the stem starts inside a word (市场), no county before it (places30)
        if words and len(words) == len(text) and _suffix_runs_on(words, text, e - 1, common) \
                and not village_after_suffix(text, e):
            continue  # 县委|撤乡并镇, 十方等|乡镇: the suffix runs on into a word (not 委撤乡, 十方等乡)
        if text[e:e + 1] == "村" and text[e + 1:e + 2] not in "民干党两委":
            continue  # 镇村 is a word (出境和镇村班车): X镇 is a township before 村民, not before 镇村班车
        out.append(Cand(s, m.end(1), "TOWNSHIP", prio=1, source="regex"))
        taken.append((s, m.end(1)))
        taken_ends.add(m.end(1))
    matches = [(m.start(1), m.group(1)) for m in _VILLAGE_RE.finditer(text)]
    seen = {s for s, _ in matches}
    matches += [(s, w) for s, w in place_word_villages(text, words) if s not in seen]  # 大坪村|位于: one ns word
    seen = {s for s, _ in matches}
    for _, b in taken:
        # a natural village (屯) right after its village: 培秀村大寨屯
        if text[b - 1:b] == "村":
            out += natural_villages(text, b)
        # right after a county or township the village may be followed by anything (建始县长岭村最缺产业)
        m = _AFTER_UNIT_VILLAGE_RE.match(text, b)
        if m and b not in seen:
            w = m.group(1)
            # but not a verb or adjective + 村 (梳理村, 任驻村); a frequent word (石门, 发展) only
            # where the village name plainly ends (石门村党支部, 石门村、), not in 发展村级
            ends = text[b + len(w):b + len(w) + 1]
            if ((not generic_village(w) or known_village(w))
                    and w[:-1] not in _not_village_stems() and w[:2] not in _not_village_stems()
                    and (w[:2] not in frequent2() or (ends and ends in "、，。；和与及党委两的是"))
                    and not text.startswith(("村级", "村务", "村财"), b + len(w) - 1)):
                matches.append((b, w))
    not_stems = _not_village_stems()
    taken_set = set(taken)
    for s, w in sorted(matches):
        cut = max(w.rfind(ch) for ch in "的了在是到")
        if 0 <= cut < len(w) - 3:
            s, w = s + cut + 1, w[cut + 1:]  # 相邻的易隆村: the match started at a particle
        inside = next((b for a, b in taken if a < s < b < s + len(w) - 2), None)
        if inside is not None:
            s, w = inside, w[inside - s:]  # 义和乡|悦园村: the match started inside a township
        after_unit = s in taken_ends
        if (w[:2] in STOPS or w[0] in STOPS) and not (after_unit and known_village(w)):
            continue  # 同兴村 right after its township is a village; 同村 is not
        if w.endswith(_GENERIC_VILLAGE_TAILS) or any(ch in w[:-1] for ch in "本该看各全每个的了在和与组织几着过"):
            continue
        if set(w) <= _LEVEL_CHARS:
            continue  # 汉中市|县镇村四级: the levels of administration, no village
        if not_a_village_name(text, s, s + len(w), taken):
            continue
        if w[:-1] in not_stems or w[:2] in not_stems or (w[0] == "原" and (
                (s + 1, s + len(w)) in taken_set or re.search(f"(?<!原){w[1:]}", text))):
            continue  # a verb or adjective + 村 (上访村, 梳理村); 原 + a village named without it (原|金科村党支部)
        # trim to the longest tail that is not a generic word: 伟海南汪湛村 is handled by the list rule
        if any(w.endswith(b) and len(b) >= len(w) - 0 for b in VILLAGE_BAD_TAIL) or w in common:
            continue
        # the character before must end a word: punctuation or a place (岳壁乡小城村)
        prev = text[s - 1] if s > 0 else "\n"
        if is_name_char(prev) and s not in taken_ends and prev not in STOPS:
            continue
        if any(g in w for g in _GENERIC_VILLAGE_PARTS):
            continue
        if any(c.start == s and c.end == s + len(w) for c in out):
            continue  # 水东江镇|同兴村: found from the township and as a list item
        if not after_unit and phrase_stem(words, len(text), s, s + len(w) - 1) and not known_village(w):
            continue  # 为何是外村, 多次找村委会: the segmenter reads running words there
        out.append(Cand(s, s + len(w), "VILLAGE", prio=1, source="regex"))
    out += standalone_groups(text, taken + [(c.start, c.end) for c in out])
    out += national_villages(text, taken + [(c.start, c.end) for c in out], words)
    out += sound_villages(text, taken + [(c.start, c.end) for c in out])
    return [c for c in out if not (c.label == "VILLAGE" and after_list_closer(text, c.start))]


#: a list closed by 等 and a count before the head noun: 等|沿湖村, 等8个|贫困村
_CLOSER_RE = re.compile(r"等(?:[0-9一二三四五六七八九十百几两多]+个)?$")


def after_list_closer(text: str, s: int) -> bool:
    """Whether *s* follows the 等 (and count) that closes a list: what comes there is the kind of the
    items (武山寨村、游家嘴村等|沿湖村, 等8个|重点村), no name of its own.

    Examples
    --------
    >>> t = "武山寨村、游家嘴村等沿湖村，和等8个重点村"
    >>> after_list_closer(t, t.index("沿湖村")), after_list_closer(t, t.index("重点村")), after_list_closer(t, 0)
    (True, True, False)
    """
    return _CLOSER_RE.search(text, max(0, s - 6), s) is not None


def standalone_groups(text: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Villagers' groups named with 村民小组 or 村民组 where no village is written before them (。石马塘村民组是):
    the suffix says what they are, so a two- or three-character name that starts a word is one.

    Examples
    --------
    >>> t = "石马塘村民组是河口村最偏远的地方，第三村民小组在山下，不同类型村民小组"
    >>> [t[c.start:c.end] for c in standalone_groups(t, [])]
    ['石马塘村民组']
    """
    out = []
    covered = _coverage(len(text), taken)
    for m in re.finditer("村民小组|村民组", text):
        for n in (3, 2):
            s = m.start() - n
            stem = text[max(s, 0):m.start()]
            if s < 0 or is_word(stem) or stem in frequent2() or (s > 0 and is_word(text[s - 1:s + 1])):
                continue  # 不同类型|村民小组: a word, or the end of one, before the suffix
            if s >= 0 and not any(covered[s:m.end()]) and word_starts(text, s) and _natural_village(text, s) == m.end():
                out.append(Cand(s, m.end(), "VILLAGE", prio=1, source="regex"))
                break
    return out


def known_village(w: str) -> bool:
    """Whether *w* is the official name of a village somewhere in the country (同兴村, 胡张庄村)."""
    return any(d.level == "village" and d.name == w for d in gz.lookup(w))


#: characters of administrative levels (市县镇村四级, 乡镇村: a list of levels)
_LEVEL_CHARS = frozenset("省市县区乡镇村组街")
#: a count of households or people before 村民 (二十户村民, 三百多名村民)
_COUNT_STEM_RE = re.compile(r"[一二三四五六七八九十百千万几两数多余0-9]+[户个名位家组人]")


def national_villages(text: str, taken: list[tuple[int, int]], words: "list[str] | None" = None) -> list[Cand]:
    """Villages named in full that the gazetteer knows somewhere in the country, though the text's
    county is unknown or another one (胡张庄村地处城郊): the longest official village name that ends
    at a 村 and starts a word. A three-character one (芦岔村, 小岗村) must also look like a name
    where it stands (:func:`_short_national_village`).

    Examples
    --------
    >>> t = "胡张庄村地处城郊"
    >>> [t[c.start:c.end] for c in national_villages(t, [])]
    ['胡张庄村']
    """
    out = []
    common = common_words()
    covered = _coverage(len(text), taken)
    for m in re.finditer("村", text):
        k = m.end()
        for n in (6, 5, 4, 3):
            s = k - n
            if s < 0 or any(covered[s:k]):
                continue
            w = text[s:k]
            if not all(CJK_RE.match(ch) for ch in w) or w in common or generic_village(w):
                continue
            if not word_starts(text, s) or not known_village(w) or _COUNT_STEM_RE.fullmatch(w[:-1]):
                continue  # 全村二十户|村民: a count, though 二十户村 is a village somewhere
            if n == 3 and not _short_national_village(text, s, k, taken, words):
                continue
            out.append(Cand(s, k, "VILLAGE", prio=1, source="regex"))
            break
    return out


def _short_national_village(text: str, s: int, k: int, taken: list[tuple[int, int]],
                            words: "list[str] | None") -> bool:
    """Whether a three-character village name of the country at ``text[s:k]`` (two characters + 村)
    names the village here: its stem is no word (小山村, 空心村, 城中村 are kinds), 村 makes no word
    with the next character (村民, 村里), and the segmenter does not read the stem as running words.

    Examples
    --------
    >>> _short_national_village("在芦岔村插队", 1, 4, [], None), _short_national_village("一个小山村", 2, 5, [], None)
    (True, False)
    """
    stem = text[s:k - 1]
    if is_word(stem) or stem in frequent2() or stem in common_words() or stem in _not_village_stems():
        return False
    if k < len(text) and (is_word(text[k - 1:k + 1]) or text[k - 1:k + 1] in frequent2()):
        return False  # 芦岔村民, 小岗村里: 村 opens a word (the regex of the listed contexts takes those)
    if not_a_village_name(text, s, k, taken):
        return False
    return not phrase_stem(words, len(text), s, k - 1)


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
    covered = _coverage(len(text), taken)
    for m in re.finditer("村", text):
        k = m.start()
        if text[k + 1:k + 2] in ("说", "讲", "道") or text[k + 1:k + 3] in REPORT_VERBS:
            continue  # 扎西江村说: a Tibetan name, not a village
        if k in ends or text[k + 1:k + 2] in ("级", "务", "财", "干", "集", "容", "落", "规", "庄", "寨", "镇"):
            continue
        for n in range(7, 2, -1):
            s = k - n
            if s < 0 or any(covered[s:k]):
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


#: segmenter tags of a word that ends a clause, not a name, before 社区: verb, particle, adverb,
#: preposition, conjunction (忙着|社区, 筑牢|社区, 党员回|社区, 灾区变|社区)
_CLAUSE_TAGS = frozenset(("v", "u", "d", "p", "c"))
#: one-character unit words (村, 镇, 城 ...): a body of these alone names a kind of community
_UNIT_CHARS = frozenset("村镇乡城县市区街")


def community_body_ok(text: str, s: int, h0: int, feats: "list[str] | None") -> bool:
    """Whether ``text[s:h0]`` names a community before 社区 (not in the gazetteer's list).

    A body the country's gazetteer knows (X社区 somewhere) always does. Otherwise the segmenter's
    word just before 社区 must not be a verb, particle, adverb, preposition or conjunction, and the
    body must not be a frequent word (村镇社区, 城乡社区).

    Examples
    --------
    >>> community_body_ok("深入村镇社区", 2, 4, None)
    False
    """
    body = text[s:h0]
    if gz.lookup(body + "社区"):
        return True
    if body in common_words() or body in frequent2() or set(body) <= _UNIT_CHARS:
        return False  # 城乡社区, 村镇社区: unit words name a kind
    if feats is not None and h0 > 0 and len(feats) == len(text):
        tag = feats[h0 - 1][2:]
        if tag in _CLAUSE_TAGS:
            return False
    return True
