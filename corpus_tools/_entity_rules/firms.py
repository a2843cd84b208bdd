"""Firms named by a trade name and an industry, without a legal form: 晨鸣纸业, 伊利乳业, 三一重工.

A registered firm name is region + trade name + industry + legal form (山东晨鸣纸业集团股份有限
公司). The head rules (:func:`corpus_tools._entity_rules.heads.find_orgs`) find the names that
end in a legal form or another organisation head; news text also shortens a firm to its trade
name and industry (发展壮大了晨鸣纸业等一批骨干企业). :func:`trade_firms` finds those:

* the industry is a word of ``data/entities/firm_industry.txt``, mined by
  ``training/ner/build_firm_words.py`` from People's Daily 1998 and 2019–2020 and CLUENER 2020:
  nouns that mostly close firm names (药业, 乳业, 控股, 重工, 纸业), not the industries that are
  mostly common nouns (农业, 科技, 旅游);
* the trade name in front of it is two to four characters that the segmenter read as one
  word, or two single characters (an unknown name: 晨|鸣), that are no common word, no place,
  no clause word and, from three characters on, not only dictionary words (中小企业), and that
  a word boundary opens (现代|农业, 安居|乐业 and 贵州 are no trade names);
* no organisation head or legal form follows (康源药业有限公司, 股份合作社: the head rules'
  names).

:func:`named_businesses` finds the shops, homestays and restaurants a report names in quotes
(搞起特色民宿，名叫“游家小院”; 一家名为“渔樵湘里”的农家乐): a quoted name after a naming verb,
with a kind of business (:data:`BUSINESS_KINDS`) right after it (“X”的农家乐) or in the clause
before the verb. A quoted nickname, title or slogan has no business next to it.

:func:`mined_trade_names` finds the trade names that the 2019–2020 articles often write before
集团 (新希望, 中储粮), with or without 集团.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from corpus_tools._entity_rules.lexicon import (ORG_HEADS, STOPS, Cand, all_stops, common_or_frequent, common_words,
                                                counted_names, frequent2, is_name_char, longest_first_re, words)
from corpus_tools._entity_rules.orgparts import CLAUSE_WORDS, COOP_PRODUCTS, mark_mentions
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.scan import Scanner
from corpus_tools._entity_rules.words import FIRM_UNIT_HEADS, descriptive
from corpus_tools._entity_rules.word_bounds import word_start

#: Industry words of a registered firm name (region + trade name + industry + legal form).
FIRM_INDUSTRY = tuple(sorted(set("""
技术 科技 实业 发展 投资 开发 贸易 农业 食品 生物 旅游 文化 传媒 能源 新能源 材料 新材料 电子 建设 建材 环保 制造 服务
管理 信息 网络 医药 化工 机械 物流 商贸 工贸 经贸 置业 房地产 电力 矿业 农牧 牧业 养殖 种植 农产品 水泥 钢铁 汽车 装备
智能 数字 光电 电器 纺织 服饰 酒业 茶业 果业 工程 生态 科创 产业 集团 控股 咨询 供应链 电子商务 农业科技 生物科技
""".split()), key=len, reverse=True))
#: Legal forms that end a registered firm name (陇原农业发展有限责任公司).
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司")


def only_industry(body: str) -> bool:
    """True when *body* is made only of industry words (农业科技, 农业发展): no trade name.

    Examples
    --------
    >>> only_industry("农业科技"), only_industry("富民农业科技")
    (True, False)
    """
    return descriptive(body, FIRM_INDUSTRY + industry_words(), dictionary=False)


#: An indefinite count right before a kind of firm (一家|食品公司, 几家|企业): no name.
_INDEFINITE_RE = re.compile(r"[一两几某每各这那][家个所]$")
_KIND_HEADS = ("有限公司", "公司", "企业", "工厂", "厂")


def indefinite_kind(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` ends in industry words and a firm head written right after an indefinite
    count, inside the span or before it (沈阳一家食品公司: a kind of firm, not its name).

    Examples
    --------
    >>> t = "运往沈阳一家食品公司"
    >>> indefinite_kind(t, 6, 10), indefinite_kind(t, 2, 10), indefinite_kind("运往沈阳金禾食品公司", 4, 10)
    (True, True, False)
    """
    head = next((h for h in _KIND_HEADS if text.endswith(h, s, e)), None)
    if head is None:
        return False
    k = e - len(head)
    return any(_INDEFINITE_RE.search(text, max(0, j - 2), j) is not None and only_industry(text[j:k]) for j in range(s, k - 1))


#: Tags of a segmenter word that cannot be (the end of) a trade name.
_NOT_TRADE_TAGS = frozenset(("v", "d", "p", "r", "m", "q", "c", "u", "f", "t", "y", "w", "ad", "vd"))
#: Tags of a single character that cannot be part of a shattered trade name (a verb can: the
#: segmenter tags unknown names ``v``).
_NOT_SINGLE_TAGS = frozenset(("d", "p", "r", "m", "q", "c", "u", "f", "t", "y", "w"))
#: Characters that never open a trade name (a particle, a pronoun, a numeral's classifier).
_NOT_FIRST = frozenset("的了和与及等是在有也都这那各每本该全其此个家")
#: What follows a firm's short name when the head rules take the whole name instead.
_LEGAL_NEXT = ("公司", "有限", "股份", "集团", "总公司", "分公司", "厂")


_ORG_HEAD_RE = re.compile("|".join(map(re.escape, sorted(ORG_HEADS, key=len, reverse=True))))


@lru_cache(maxsize=1)
def industry_words() -> tuple[str, ...]:
    """The mined industry words that are not organisation heads already (longest first)."""
    heads = set(ORG_HEADS)
    return tuple(sorted((w for w in words("firm_industry") if w not in heads), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _industry_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, industry_words())))


def trade_start(text: str, feats: list[str], h0: int, covered: frozenset[int] | set[int] = frozenset()) -> int:
    """Start of the trade name that ends at *h0* (the industry word's start), or -1.

    *covered* holds offsets inside a place name (no trade name crosses or is a place).

    Examples
    --------
    >>> text = "壮大了晨鸣纸业等"
    >>> feats = ["B-v", "E-v", "S-u", "S-v", "S-v", "B-n", "E-n", "S-u"]
    >>> trade_start(text, feats, 5)
    3
    """
    if h0 < 2:
        return -1
    if feats[h0][:1] in ("B", "S"):
        a = word_start(feats, h0 - 1)
        if feats[a][:1] == "S":
            # an unknown name the segmenter shattered into single characters (晨|鸣)
            while a > 0 and h0 - a < 2 and feats[a - 1][:1] == "S" and feats[a - 1][2:] not in _NOT_SINGLE_TAGS \
                    and text[a - 1] not in _NOT_FIRST and is_name_char(text[a - 1]):
                a -= 1
    else:
        a = word_start(feats, h0)  # 晨鸣纸业 read as one word (not an idiom: 子承父业)
        if feats[a][2:] in ("i", "l") or feats[a][2:] in _NOT_TRADE_TAGS:
            return -1
    L = h0 - a
    if not 2 <= L <= 4:
        return -1
    name = text[a:h0]
    tag = feats[a][2:]
    if (not all(is_name_char(ch) and "\u4e00" <= ch <= "\u9fff" for ch in name) or name[0] in _NOT_FIRST
            or name in common_or_frequent() or name in CLAUSE_WORDS or name in all_stops()
            or name.endswith(industry_words()) or (L >= 3 and descriptive(name))
            or (feats[a][:1] == "B" and tag in _NOT_TRADE_TAGS) or any(i in covered for i in range(a, h0))):
        return -1
    if L == 2 and feats[a][:1] == "B" and tag in ("n", "vn", "b", "an") and is_word(name):
        return -1  # a dictionary noun is a field, not a trade name (村级|股份, 华文|传媒, 场馆|物业)
    if L == 2 and feats[a][:1] == "S" and (feats[a][2:] in _NOT_SINGLE_TAGS or feats[a + 1][2:] in _NOT_SINGLE_TAGS
                                           or text[a] in CLAUSE_WORDS):
        return -1  # 还|有, 就|是: two function words
    return a


def trade_firms(text: str, feats: list[str] | None,
                place_spans: Sequence[tuple[int, int]] = ()) -> list[Cand]:
    """``ORG`` candidates trade name + industry word (see the module docstring).

    *feats* are the segmenter's per-character features; *place_spans* ``(start, end)`` pairs of
    the places found (no trade name overlaps one).

    Examples
    --------
    >>> text = "壮大了晨鸣纸业等"
    >>> feats = ["B-v", "E-v", "S-u", "S-v", "S-v", "B-n", "E-n", "S-u"]
    >>> [text[c.start:c.end] for c in trade_firms(text, feats)]
    ['晨鸣纸业']
    """
    if feats is None or len(feats) != len(text) or not industry_words():
        return []
    covered = {i for a, b in place_spans for i in range(a, b)}
    out = []
    for m in _industry_re().finditer(text):
        h0, h1 = m.start(), m.end()
        if feats[h1 - 1][:1] not in ("E", "S") or text.startswith(_LEGAL_NEXT, h1) or _ORG_HEAD_RE.match(text, h1):
            continue  # the industry starts a longer word, or a legal form follows (the head rules' name)
        if h1 < len(text) and feats[h1][:1] in ("I", "E"):
            continue
        s = trade_start(text, feats, h0, covered)
        if s >= 0:
            out.append(Cand(s, h1, "ORG", prio=1, source="rule"))
    for m in _COMMON_INDUSTRY_RE.finditer(text):
        h0, h1 = m.start(), m.end()
        if (h0 < 2 or feats[h0][:1] != "B" or feats[h1 - 1][:1] != "E" or text.startswith(_LEGAL_NEXT, h1)
                or _ORG_HEAD_RE.match(text, h1) or (h1 < len(text) and feats[h1][:1] in ("I", "E"))
                or text.startswith(_INDUSTRY_COMPOUNDS, h1)):
            continue  # (新款电子|产品, 原创性科技|成果, 纳金科技|产业园: the industry modifies a thing)
        s = trade_start(text, feats, h0, covered)
        if s >= 0 and _coined(text, feats, s, h0) and not any(
                text.startswith(_LEGAL_NEXT, x.end()) for x in re.finditer(re.escape(text[s:h1]), text)):
            # (the text writes the firm in full elsewhere, 正泰电器股份有限公司: its short forms follow that name)
            out.append(Cand(s, h1, "ORG", prio=1, source="rule"))
    return out


#: Industries that mostly stand in common phrases (现代农业, 依靠科技): after a coined trade name
#: only (黑格科技, 韦禾农业, 鑫源食品). Not 物流: modern terms the dictionaries lack stand before it (冷链物流).
_COMMON_INDUSTRY_RE = re.compile("科技|农业|食品|化工|电子|医药|商贸|生物|涂料|电器")
#: Words after such an industry that make it part of a thing, not a firm's name (电子产品, 科技成果).
_INDUSTRY_COMPOUNDS = ("产品", "成果", "产业", "园", "企业", "行业", "市场", "设备", "技术", "领域", "创新", "项目",
                       "工程", "基地", "人才", "知识", "发展")
#: Last characters of a descriptor, not a trade name (原创性, 现代化, 新型, 新款, 中式).
_DESCRIPTOR_ENDS = tuple("性化型式款类级")


def _coined(text: str, feats: list[str], s: int, h0: int) -> bool:
    """``text[s:h0]`` is one segmenter word of two or three characters that no dictionary, common-word
    list or mined product list (``coop_products``: 电商, 枸杞) knows and that the segmenter does not read as a person or a verb: a coined
    trade name (黑格, 鑫源), not a field (现代, 智慧) or a person (张华)."""
    name = text[s:h0]
    return (2 <= len(name) <= 3 and feats[s][:1] == "B" and not name.endswith(_DESCRIPTOR_ENDS) and feats[h0 - 1][:1] == "E"
            and feats[s][2:] not in ("nr", "v", "vn")
            and not is_word(name) and not is_word(name[:2]) and name not in common_words()
            and name not in frequent2() and name not in COOP_PRODUCTS and not descriptive(name))  # 电商|物流, 枸杞|科技


#: What closes a list of firms: 等 + a count + a kind of firm (等27家企业, 等一批知名涂料企业, 等5家公司).
_FIRM_KIND_CLOSE_RE = re.compile(r"等(?P<count>(?:[0-9]+|[一二两三四五六七八九十百几多]+)余?[家个批]|多家|众多)?"
                                 r"(?P<fill>[\u4e00-\u9fff]{0,6}?)(?:企业|公司|厂家|厂商)")
#: Characters of a clause, not of a kind of firm, between 等 and 企业 (等方面给予民营企业, 等地生产企业).
_NOT_KIND_CHARS = frozenset("的地方面式域标资种对给与和及在向为把将")
#: Characters a list's first item follows (the clause starts there).
_LIST_BOUND = frozenset("，。；：！？（）“”《》\n")
_PLACE_LABELS = frozenset(("GPE", "TOWNSHIP", "LOC"))
_ITEM_BAD_CHARS = frozenset("的了和与及等是在有也都")


def _described(item: str) -> bool:
    """Only two-character dictionary words (电子信息, 现代农业): a field, not a trade name."""
    return len(item) % 2 == 0 and all(is_word(item[i:i + 2]) for i in range(0, len(item), 2))


def kind_listed_firms(ents: list[Cand], text: str) -> list[Cand]:
    """Items of a 、-list that a kind of firm closes (鸿贝科技、创显电子等11家企业; 嘉宝莉、保立佳、
    河北衡光等一批知名涂料企业): each item is a firm's short name, at each of its mentions. The list
    needs a count of firms (等11家, 一批, 多家) or an item that ends in an industry word (创显电子);
    products and fields (口罩、呼吸机等生产企业; 信息技术、物流运输等企业) have neither. A place in front
    of an item is its own entity (河北|衡光); an item that overlaps another entity, is a common or
    dictionary word or a field (电子信息) is left alone, and so is a first item whose start no
    punctuation marks.

    Examples
    --------
    >>> text = "，鸿贝科技、创显电子等11家企业成功升规"
    >>> [text[c.start:c.end] for c in kind_listed_firms([], text)]
    ['鸿贝科技', '创显电子']
    """
    taken = [False] * (len(text) + 1)
    places = {}
    for c in ents:
        if c.label in _PLACE_LABELS:
            places[c.start] = c.end
            continue
        for i in range(c.start, c.end):
            taken[i] = True
    out: list[Cand] = []
    for m in _FIRM_KIND_CLOSE_RE.finditer(text):
        if _NOT_KIND_CHARS & set(m.group("fill")):
            continue
        items, end = [], m.start()
        while True:
            s = end
            while s > 0 and text[s - 1] != "、" and text[s - 1] not in _LIST_BOUND and end - s < 10:
                s -= 1
            items.append((s, end))
            if s > 0 and text[s - 1] == "、" and s > 1:
                end = s - 1
                continue
            break
        if len(items) < 2:
            continue
        if items[-1][0] > 0 and text[items[-1][0] - 1] not in _LIST_BOUND:
            items.pop()  # the first item's start is unknown (the clause runs on into it)
        if not m.group("count") and not any(_trade_and_industry(text[s:e]) for s, e in items):
            continue
        for s, e in reversed(items):
            if places.get(s, e) < e - 1:
                s = places[s]  # 河北|衡光
            item = text[s:e]
            if not (2 <= len(item) <= 6 and _short_firm(item)) or _described(item) or any(taken[s:e]):
                continue
            out += mark_mentions(text, item, taken)
    return out


def _trade_and_industry(item: str) -> bool:
    """A trade name the dictionary does not know and an industry word (创显电子; not 用工服务)."""
    for w in FIRM_INDUSTRY + industry_words():
        if item.endswith(w) and len(item) - len(w) >= 2:
            pre = item[:-len(w)]
            return not is_word(pre) and pre not in common_or_frequent() and pre not in common_words()
    return False


def _short_firm(item: str) -> bool:
    """Two to six characters that can be a firm's short name (三棵树涂料): no common word, clause
    word, organisation head or particle."""
    return (re.fullmatch(r"[\u4e00-\u9fff]{2,6}", item) is not None and not _ITEM_BAD_CHARS & set(item)
            and item not in common_words() and item not in frequent2() and item not in all_stops()
            and not is_word(item) and not item.endswith(tuple(ORG_HEADS)))


#: Fewest uses before 集团 in the 2019–2020 articles for a mined trade name to be taken alone.
MIN_TRADE_USES = 3
_GROUP_FORMS = ("集团公司", "集团", "股份公司")


@lru_cache(maxsize=1)
def _mined_trade_re() -> "re.Pattern | None":
    return longest_first_re(k for k, n in counted_names("trade_names").items() if n >= MIN_TRADE_USES)


def mined_trade_names(text: str, feats: list[str] | None) -> list[Cand]:
    """Trade names the 2019–2020 articles write before 集团 at least :data:`MIN_TRADE_USES` times
    (``data/entities/trade_names.txt``, mined by ``training/ner/build_arbiter_names.py``): with
    集团/集团公司/股份公司 after them one firm (新希望集团, which the span model reads as common
    words), alone a short firm name (中储粮, 蒙牛) where the segmenter's words begin and end there
    and the name is no dictionary word (浪潮, 红豆 alone are a tide and a bean).

    Examples
    --------
    >>> text = "新希望集团和中储粮"
    >>> feats = ["S-a", "B-n", "E-n", "B-n", "E-n", "S-c", "B-j", "I-j", "E-j"]
    >>> [text[c.start:c.end] for c in mined_trade_names(text, feats)]
    ['新希望集团', '中储粮']
    """
    rx = _mined_trade_re()
    if rx is None or feats is None or len(feats) != len(text):
        return []
    out = []
    for m in rx.finditer(text):
        s, e = m.span()
        if feats[s][:1] not in ("B", "S") or (s > 0 and text[s - 1] in "的"):
            continue
        form = next((f for f in _GROUP_FORMS if text.startswith(f, e)), "")
        if form:
            # prio 2: the mined name outweighs the generic-body filter (新希望 is two common words)
            out.append(Cand(s, e + len(form), "ORG", prio=2, source="rule"))
        elif (feats[e - 1][:1] in ("E", "S") and not (e < len(text) and feats[e][:1] in ("I", "E"))
              and m.group() not in common_or_frequent()
              and _bare_context(text, feats, s, e)):  # 浪潮 alone is a tide, 浪潮集团 a firm
            out.append(Cand(s, e, "ORG", prio=1, source="rule"))
    return out


_BARE_PREV = frozenset("和与及、同向为把被让给由从在对跟")
_BARE_NEXT = frozenset("和与及、等的在将是也都已从向为把对与")


def _bare_context(text: str, feats: list[str], s: int, e: int) -> bool:
    """A bare trade name stands alone: punctuation, a conjunction, a preposition or a verb on
    each side (中储粮收购, 和蒙牛), not a noun that makes it a product (茅台酒, 鲜红豆沙包)."""
    prev = text[s - 1] if s > 0 else "，"
    nxt = text[e] if e < len(text) else "，"
    left = not is_name_char(prev) or prev in _BARE_PREV or feats[s - 1][2:3] == "v"
    right = not is_name_char(nxt) or nxt in _BARE_NEXT or feats[e][2:3] in ("v", "d", "p")
    return left and right


#: Kinds of business a report names in quotes (the shops, homestays and restaurants of village
#: tourism and e-commerce): a closed class of nouns, not names.
BUSINESS_KINDS = ("农家乐", "民宿", "客栈", "饭店", "餐馆", "餐厅", "饭馆", "面馆", "茶馆", "酒店", "宾馆", "超市",
                  "商店", "小店", "网店", "门店", "店铺", "作坊", "工坊", "店")
_NAMING_RE = re.compile(r"(?:名叫|取名为?|起名为?|叫作|叫做|名为|取名叫|(?:店名|名字|招牌)(?:就|也|便)?(?:叫|是))“([^“”，。！？；：、\n]{2,8})”")
#: What follows a quoted product, brand or app rather than a business.
_NOT_BUSINESS_NEXT = ("商标", "品牌", "的应用", "的软件", "的手机", "的产品", "的APP", "的App", "的app", "的小程序")


def named_businesses(text: str) -> list[Cand]:
    """``ORG`` spans of quoted business names introduced by a naming verb (see the module docstring).

    Examples
    --------
    >>> text = "他搞起特色民宿，名叫“游家小院”，生意红火。"
    >>> [text[c.start:c.end] for c in named_businesses(text)]
    ['游家小院']
    >>> named_businesses("老师给他取名“建国”，希望他成才。")
    []
    """
    out = []
    for m in _NAMING_RE.finditer(text):
        after = text[m.end():m.end() + 6]
        before = text[max(0, m.start() - 12):m.start()]
        before = re.split(r"[。！？；\n]", before)[-1]
        if after.startswith(_NOT_BUSINESS_NEXT):
            continue
        if (after.startswith("的") and after[1:].startswith(BUSINESS_KINDS)) or any(k in before for k in BUSINESS_KINDS):
            out.append(Cand(m.start(1), m.end(1), "ORG", prio=1, source="rule"))
    return out


#: A registered firm name with its region in brackets after the trade name: 捷普电子（广州）有限公司.
_BRACKETED_RE = re.compile(r"（(?:中国|[\u4e00-\u9fff]{2,3})）(?:股份有限公司|有限责任公司|集团有限公司|有限公司|股份公司)")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]+")


def bracketed_firms(text: str, feats: "Sequence[str] | None") -> list[Cand]:
    """``ORG`` spans of registered firms whose region stands in brackets after the trade name
    (the form foreign and group-owned subsidiaries are registered under: 三星电子（天津）有限公司),
    with a Party or union unit written after the name (…有限公司党总支).

    The trade name is the run of words right before the bracket that are no verb, function word or
    clause word (:data:`_NOT_TRADE_TAGS`, ``org_clause_words.txt``), two to ten characters.

    Examples
    --------
    >>> t = "与三星电子（天津）有限公司签约。"
    >>> f = ["S-p", "B-nz", "E-nz", "B-n", "E-n", "S-w", "B-ns", "E-ns", "S-w", "B-n", "I-n", "I-n", "E-n", "B-v", "E-v", "S-w"]
    >>> [t[c.start:c.end] for c in bracketed_firms(t, f)]
    ['三星电子（天津）有限公司']
    """
    if feats is None or len(feats) != len(text):
        return []
    out = []
    for m in _BRACKETED_RE.finditer(text):
        s = m.start()
        while s > 0 and m.start() - s < 10:
            k = s - 1
            while k > 0 and feats[k][:1] in ("I", "E"):
                k -= 1  # the start of the word that ends at s
            if feats[k][2:] in _NOT_TRADE_TAGS or text[k:s] in CLAUSE_WORDS or not _HAN_RE.fullmatch(text[k:s]):
                break
            s = k
        if m.start() - s < 2 or text[s:m.start()] in ORG_HEADS:
            continue  # 公司（集团）: no trade name
        e = m.end()
        unit = next((u for u in FIRM_UNIT_HEADS if text.startswith(u, e)), "")
        out.append(Cand(s, e + len(unit), "ORG", prio=2, source="rule"))
    return out


def registered_start(text: str, sc: Scanner, s: int, h0: int) -> int:
    """The start of a registered firm name (region + trade name + industry + legal form).

    Parameters
    ----------
    text : str
        The text.
    sc : Scanner
        Its scanner, with ``place_ends`` (start -> (end, label)) set by the place rules.
    s : int
        Where the head rules' scan stopped.
    h0 : int
        Start of the head (…有限公司).

    Returns
    -------
    int
        The name's start: *s*, or the start of a place before it.

    Notes
    -----
    浙江嘉鸿供销再生|资源有限公司, 湖南富民开发|建设有限公司: a verb of
    :data:`~corpus_tools._entity_rules.lexicon.ORG_STOPS` may sit inside a registered name; when the plain scan (without those verbs) reaches back to a
    province, city or county (a GPE the place rules found) before *s*, and no clause word
    (:func:`~corpus_tools._entity_rules.lexicon.all_stops`) follows the place, the name starts there.
    """
    wide = sc.left(h0, max_len=20, stops=STOPS)
    ends = sc.place_ends
    clause = all_stops()
    for a in range(s - 1, wide - 1, -1):
        pe, label = ends.get(a, (0, ""))
        if label == "GPE" and pe <= s and not any(text[pe:pe + L] in clause for L in (1, 2, 3, 4)):
            return gpe_chain_start(ends, a)  # the word after the place is the trade name, not a verb (湖南|引进…)
    return gpe_chain_start(ends, s) if ends.get(s, (0, ""))[1] == "GPE" else s


def gpe_chain_start(place_ends: "dict[int, tuple[int, str]]", s: int) -> int:
    """The start of the chain of provinces, cities and counties (GPE places found by the place
    rules, each ending where the next starts) that ends at *s*: 广州市|天河区|… -> 广州市.

    A registered firm name keeps its whole region prefix (广州市从化区荔农果业有限公司).

    Examples
    --------
    >>> gpe_chain_start({0: (3, "GPE"), 3: (6, "GPE")}, 6), gpe_chain_start({0: (3, "TOWNSHIP")}, 3)
    (0, 3)
    """
    by_end = {e: a for a, (e, label) in place_ends.items() if label == "GPE"}
    while s in by_end and by_end[s] < s:
        s = by_end[s]
    return s
