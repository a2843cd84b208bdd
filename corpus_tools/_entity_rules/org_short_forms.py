"""A firm's or co-operative's trade name standing alone once the document names it in full.

A registered firm name is region + trade name + industry + legal form (黑龙江|北大荒|米业|集团有限公司);
a co-operative's is trade name + product + kind + 合作社 (锦禾|水稻|种植|专业合作社); a works' is trade name
+ product + 厂 (广德市|誉华|竹木制品|厂). Once the text names the unit in full, its trade name — alone or
with the industry words and the group or legal word written after it — is the same ORG at its other
mentions: 北京通美晶体技术有限公司 … 通美晶体, 北京首农食品集团 … 首农集团, 锦禾水稻种植专业合作社 … 锦禾,
黑龙江北大荒米业集团有限公司 … 北大荒米业. :func:`firm_short_forms` proposes those mentions; the rules
(:func:`corpus_tools._entity_rules.assemble.rule_entities`) and the late repeats
(:func:`corpus_tools._entity_rules.org_repeats.repeat_orgs`) decide where they fit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.admin_levels import ADMIN_CHARS
from corpus_tools._entity_rules.firms import FIRM_INDUSTRY, industry_words
from corpus_tools._entity_rules.lexicon import STOPS, SURNAMES, Cand, common_or_frequent, is_name_char, occurrences
from corpus_tools._entity_rules.orgparts import COOP_KIND_WORDS, COOP_PRODUCTS

#: A registered firm's legal form at the end of its name.
FIRM_FORM_RE = re.compile(r"(?:股份)?有限(?:责任)?公司$|集团有限公司$|股份公司$")
#: A firm's legal form, its group word or 公司: the short forms drop them (北京亚信集团 … 北京亚信, 梅州农管家公司 … 梅州农管家).
_SHORT_FORM_RE = re.compile(FIRM_FORM_RE.pattern + r"|集团$|公司$")
#: A co-operative's or a works' head: the trade name before its product stands alone later (锦禾 …, 誉华竹木 …).
_UNIT_FORM_RE = re.compile(r"(?:农民)?(?:专业)?合作社$|厂$")
#: Product words of a works' name (竹木制品厂, 农副产品加工厂): what it makes, not its name.
_WORKS_WORDS = ("制品", "加工", "产品")
#: The group or legal word written right after a short form belongs to it (首农集团, 锦禾合作社).
_AFTER_SHORT = ("集团公司", "集团", "公司", "合作社")
#: The last character of a place's own name, not a trade name's (德胜村|蔬菜种植专业合作社: the village).
_PLACE_END = frozenset(ADMIN_CHARS) | frozenset("村屯组社寨庄")


@lru_cache(maxsize=2)
def _tail_words(unit: bool) -> tuple[str, ...]:
    """Industry words a short form drops; for co-operatives and works also their products and kinds."""
    words = set(FIRM_INDUSTRY) | set(industry_words())
    if unit:
        words |= set(COOP_PRODUCTS) | set(COOP_KIND_WORDS) | set(_WORKS_WORDS)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _tail(core: str, unit: bool) -> "str | None":
    """The industry word *core* ends in, leaving two characters or more; an ``X业`` word counts
    however rare (米业, 面业, 乳业)."""
    tail = next((t for t in _tail_words(unit) if core.endswith(t) and len(core) - len(t) >= 2), None)
    if tail is None and len(core) >= 4 and core.endswith("业") and is_name_char(core[-2]):
        tail = core[-2:]
    return tail


def _industry_only(core: str) -> bool:
    """Whether *core* is one industry word or two (信息技术, 电子科技): a kind of firm, no trade name."""
    ws = set(_tail_words(False))
    return core in ws or any(core[:k] in ws and core[k:] in ws for k in range(1, len(core)))


def firm_short_forms(ents: list[Cand], text: str, places: list[Cand]) -> list[Cand]:
    """Other mentions of a firm, co-operative or works by its trade name (see the module docstring).

    The trade name (2 to 4 characters) stands alone where it is no common word (蔬菜|种业) and no
    place's name (德胜村|蔬菜种植专业合作社), and keeps the industry words written after it
    (北大荒米业: 米业, like every ``X业``, is an industry word). A region written right before the trade name stays in the short form as it
    stayed in the full name (北京亚信集团 … 和北京亚信合作); a group or legal word written right after it
    is part of it (首农集团).

    Examples
    --------
    >>> text = "北京首农食品集团签约。首农集团将建厂。"
    >>> [text[c.start:c.end] for c in firm_short_forms([Cand(0, 8, "ORG")], text, [Cand(0, 2, "GPE")])]
    ['首农集团']
    >>> text = "江西骏亚电子科技有限公司的车间不停工，骏亚科技计划新增生产线。"
    >>> [text[c.start:c.end] for c in firm_short_forms([Cand(0, 12, "ORG")], text, [Cand(0, 2, "GPE")])]
    ['骏亚科技']
    """
    gpes = tuple(sorted((p.start, p.end) for p in places if p.label == "GPE"))
    out: list[Cand] = []
    for c in ents:
        if c.label == "ORG":
            inside = tuple((s, e) for s, e in gpes if c.start <= s < c.end)
            out += [Cand(s, e, "ORG", prio=-1, source="document") for s, e in _firm_mentions(text, c.start, c.end, inside)]
    return out


@lru_cache(maxsize=256)
def _firm_mentions(text: str, start: int, end: int, gpes: "tuple[tuple[int, int], ...]") -> "tuple[tuple[int, int], ...]":
    """Spans of the other mentions of the firm ``text[start:end]`` by its trade name (GPE places *gpes*
    inside it). Cached: the rules and the late repeats ask for the same firms of one text."""
    starts = dict(gpes)
    upper = gz.upper_names()
    common = common_or_frequent()
    name = text[start:end]
    unit = False
    if _SHORT_FORM_RE.search(name) or name.endswith(industry_words()):
        core = _SHORT_FORM_RE.sub("", name)  # a legal form or 集团, or trade name + industry (晨鸣纸业 … 晨鸣)
    elif _UNIT_FORM_RE.search(name):
        core, unit = _UNIT_FORM_RE.sub("", name), True
    else:
        return ()
    k = 0
    while True:  # 北京, 山西省晋中市: the region
        L = starts.get(start + k, start + k) - start - k or next(
            (L for L in (4, 3, 2) if core[k:k + L] in upper and len(core) - k - L >= 2), 0)
        if not L:
            break
        k += L
        if core[k - 1] in "县区旗":
            break  # nothing above a county follows it: 安吉县|永兴竹木 (永兴 is also a county) is the trade name
    region, core = core[:k], core[k:]
    tails: list[str] = []
    for _ in range(3):
        tail = _tail(core, unit)
        if not tail:
            break
        core = core[:-len(tail)]
        tails.insert(0, tail)
    if not 2 <= len(core) <= 4 or core == name or not all(is_name_char(ch) for ch in core) or core[-1] in _PLACE_END:
        return ()
    if unit and len(core) <= 3 and core[0] in SURNAMES:
        return ()  # 罗小英蔬菜种植专业合作社 … 罗小英说: a unit named after its owner, who is a PERSON alone
    if core in common or (len(core) == 4 and core[:2] in common and core[2:] in common):
        return ()  # a common word (蔬菜|种业, 北方) or two (城乡|融合) names a kind, not this firm
    found = [m for m in re.finditer(re.escape(core), text) if not start <= m.start() < end]
    if unit and any(is_name_char(text[m.start() - 1:m.start()]) and text[m.start() - 1] not in STOPS for m in found):
        return ()  # 龙灯|彩扎基地 … 彩扎专业合作社: the craft the co-operative is named by, no trade name
    industries = _industries()
    out = []
    for m in found:
        # 天马能源实业有限公司 … 天马能源董事长: the short form keeps the industry words written after it
        e = m.end()
        i = 0
        while i < len(tails):
            tail = tails[i]
            if not text.startswith(tail, e):
                # 骏亚电子科技有限公司 … 骏亚科技: a later industry word written without the ones before it
                j = next((j for j in range(i + 1, len(tails)) if text.startswith(tails[j], e)), None)
                if j is not None:
                    i = j
                    continue
                # 金丰农业科技有限公司 … 金丰农业准备: the part of a compound industry word written
                e += next((len(w) for w in industries if tail.startswith(w) and text.startswith(w, e)), 0)
                break
            e += len(tail)
            i += 1
        e += next((len(w) for w in _AFTER_SHORT if text.startswith(w, e)), 0)  # 首农|集团
        s = m.start()
        if region and text.startswith(region, s - len(region)):
            s -= len(region)  # 北京亚信集团 … 北京亚信合作: the region written with the trade name stays
        out.append((s, e))
    return tuple(out)


@lru_cache(maxsize=1)
def _industries() -> tuple[str, ...]:
    """Industry words, longest first (the part of a compound industry word a short form writes)."""
    return tuple(sorted(FIRM_INDUSTRY + industry_words(), key=len, reverse=True))


def named_by_recurrence(rejected: list[Cand], text: str, feats: "list[str] | None",
                        place_spans: "list[tuple[int, int]]") -> list[Cand]:
    """The firms among ORG candidates a filter took for kinds whose trade name the document also writes
    alone (迎驾集团的配套企业 … 迎驾在开发区内建设): a kind of firm (电子公司, 农业公司) is never written without
    its head, a firm often is. The trade name is what a legal form, 集团 or 公司 leaves (two to four
    characters, no common or frequent word or pair of them, no industry word, no place inside, no
    administrative last character); its other
    mention starts and ends on segmenter word boundaries and is no part of a longer name.

    Examples
    --------
    >>> t = "包括迎驾集团的配套企业。迎驾在开发区内建厂，电子公司也来了，电子产品多。"
    >>> feats = ["B-v", "E-v", "B-vn", "E-vn", "B-n", "E-n", "S-u", "B-a", "E-a", "B-n", "E-n", "S-w", "S-v", "S-v",
    ...          "S-p", "B-n", "I-n", "E-n", "S-f", "S-v", "S-n", "S-w", "B-n", "E-n", "B-n", "E-n", "S-d", "S-v", "S-u",
    ...          "S-w", "B-n", "E-n", "B-n", "E-n", "S-a", "S-w"]
    >>> [t[c.start:c.end] for c in named_by_recurrence([Cand(2, 6, "ORG"), Cand(22, 26, "ORG")], t, feats, [])]
    ['迎驾集团']
    """
    if feats is None or len(feats) != len(text):
        return []
    common = common_or_frequent()
    out = []
    for c in rejected:
        name = text[c.start:c.end]
        if c.label != "ORG" or not _SHORT_FORM_RE.search(name):
            continue
        core = _SHORT_FORM_RE.sub("", name)
        if not 2 <= len(core) <= 4 or not all(is_name_char(ch) for ch in core) or core in common \
                or (len(core) == 4 and core[:2] in common and core[2:] in common) or _industry_only(core) \
                or core[-1] in _PLACE_END or any(a < c.start + len(core) and c.start < b for a, b in place_spans):
            continue  # 信息技术公司 … 信息技术在: common or industry words name a kind
        for s, e in occurrences(text, core):
            if c.start <= s < c.end or feats[s][:1] not in ("B", "S") or (e < len(text) and feats[e][:1] not in ("B", "S")):
                continue
            if is_name_char(text[s - 1:s]) and text[s - 1] not in STOPS:
                continue  # 某迎驾: the string inside a longer name
            out.append(c)
            break
    return out
