"""A co-operative with a trade name of its own (兴旺养牛专业合作社) is one organisation; one that only says
what it does (花椒种植专业合作社) is a kind.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.admin_levels import ADMIN_CHARS
from corpus_tools._entity_rules.lexicon import common_words
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.org_shapes import shard_pair
from corpus_tools._entity_rules.org_units import unit_owner
from corpus_tools._entity_rules.org_words import CLAUSE_TAGS, CLAUSE_WORDS, COOP_KIND_WORDS, COOP_PRODUCTS

__all__ = ["VILLAGE_PREFIX_RE", "coop_name_start", "product_elsewhere"]

#: Tags of a word that can be a co-operative's own name (字号): an adjective (兴旺), a proper name.
_COOP_NAME_TAGS = frozenset(("a", "nz", "nr", "nt"))


#: what may follow a product in a kind-only body: activities and the registered kind (稻鱼|种养专业, 火腿|加工专业)
_KIND_REST_RE = re.compile(r"(?:种养|种植|养殖|加工|销售|生产|农民)?专业")
#: heads after a trade name's other mentions (东旺合作社, 硕峰公司): such a mention shows a name, not a product
_NAME_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:合作社|公司|集团|专业)")


def product_elsewhere(text: str, w: str, s: int, h0: int) -> bool:
    """The report prints *w* twice or more outside ``text[s:h0]`` with no organisation's head after it (稻蟹米,
    安福火腿, 石雕之乡): a product of the place, not a co-operative's trade name."""
    seen = 0
    k = text.find(w)
    while k >= 0:
        seen += not s <= k < h0 and not _NAME_HEAD_RE.match(text, k + len(w))
        k = text.find(w, k + 1)
    return seen >= 2


#: A village name of one to four characters and 村 opening a name (not 村民, 村委, 村级; shortest first:
#: 张村|村史馆), group 1 the village; shared by the co-operative rule here and ``arbiter.village_unit``.
VILLAGE_PREFIX_RE = re.compile(r"([\u4e00-\u9fff]{1,4}?村)(?![民委级])")


def coop_name_start(text: str, feats: list[str], s: int, h0: int) -> "int | None":
    """Where the name of the co-operative ``text[s:h0]`` + 合作社 starts, if it has a name of its
    own (a trade name, 字号, or a proper name); -1 if it only says what it does.

    The registered name of a farmers' co-operative is place + trade name + trade (product and
    activity) + 专业合作社. A proper name or an adjective before the kind words is a trade name
    (成立了|兴旺养牛专业合作社: the name starts at 兴旺, after the clause's verbs); a body of
    dictionary products and activities only is a kind (-1: 花椒种植专业合作社, 养牛专业合作社,
    农民专业合作社). None when a place or administrative character opens the body, or a word is
    unknown to the dictionary and to :data:`COOP_PRODUCTS` (a trade name such as 茗源): the head
    rules and the span model decide; unless the report prints that word elsewhere with no organisation's head
    after it (稻蟹种养专业 where it sells 稻蟹米): a product, so a kind (-1).

    Examples
    --------
    >>> feats = ["S-u", "B-a", "E-a", "B-v", "E-v", "B-n", "E-n"]
    >>> coop_name_start("了兴旺养牛专业", feats, 0, 7)
    1
    >>> coop_name_start("花椒种植专业", ["B-n", "E-n", "B-vn", "E-vn", "B-n", "E-n"], 0, 6)
    -1
    """
    if len(feats) != len(text) or h0 - s < 2 or feats[s][:1] not in ("B", "S"):
        return None
    if any(ch in text[s:h0] for ch in "“”‘’\"0123456789"):
        return None
    if _KIND_REST_RE.fullmatch(text, s + 2, h0) and not is_word(text[s:s + 2]) \
            and product_elsewhere(text, text[s:s + 2], s, h0):
        return -1  # 水田村|稻蟹种养专业 with 稻蟹米 elsewhere: a product the report names, not a trade name
    ws = []
    i = s
    while i < h0:
        j = i + 1
        while j < h0 and feats[j][:1] in ("I", "E"):
            j += 1
        if ws and len(ws[-1][1]) == 1 and j - i == 1 and ws[-1][1] + text[i] in COOP_PRODUCTS:
            ws[-1] = (ws[-1][0], ws[-1][1] + text[i], "n")  # 中|蜂 shattered: one product
        elif ws and len(ws[-1][1]) == 1 and j - i == 1 and shard_pair(text, feats, i - 1, s):
            ws[-1] = (ws[-1][0], ws[-1][1] + text[i], "nz")  # 兴|农 shattered: a trade name
        else:
            ws.append((i, text[i:j], feats[i][2:]))
        i = j
    while ws and ws[-1][1] in COOP_KIND_WORDS:
        ws.pop()
    if all(w in ("村", "村级", "村集体", "集体", "集体经济", "村民") for _, w, _ in ws):
        return -1  # 农民专业合作社, 村股份经济合作社, 村集体养殖合作社, 集体经济股份合作社: the bare kind
    lead = True  # still in the clause before the name (成立了)
    for i, w, t in ws:
        if lead and (t in CLAUSE_TAGS or t in ("u", "c", "r")) and (len(w) == 1 or w in CLAUSE_WORDS):
            continue
        if lead and (text[i] in ADMIN_CHARS or t == "ns" or unit_owner(text[i:h0])):
            v = VILLAGE_PREFIX_RE.match(text, i, h0)
            if v and (unit_owner(v.group()) or (t == "ns" and text[i:v.end()] == w)) and h0 - v.end() >= 2:
                e = v.end()
                k = coop_name_start(text, feats, e, h0) if feats[e][:1] in ("B", "S") else None
                w = text[e:e + 2]
                if (k is not None and k >= 0) or (k is None and feats[e][:1] == "B" and feats[e + 1][:1] == "E"
                                                  and not is_word(w) and w not in common_words()):
                    return e if k is None else k  # 苏苏村|东旺蔬菜专业合作社: a trade name of its own, the village apart
            return None  # a level or a place in front (金福村村民合作社): the place rules decide
        if len(w) == 1 and t not in ("n", "Ng", "v"):
            return None
        if t in _COOP_NAME_TAGS:
            if any(t2 in ("u", "c", "p", "d", "r", "m", "q", "f") for _, _, t2 in ws[ws.index((i, w, t)) + 1:]):
                return None  # 困难的蔬菜…, 兰英的鹰嘴桃…: a clause, not one name
            return i if lead else ws[0][0]
        lead = False
        if t not in ("n", "vn", "v", "Ng") or (len(w) == 2 and not is_word(w) and w not in COOP_PRODUCTS):
            return None  # an unknown word: a trade name (茗源), unless modern news farms it (中蜂, 油茶)
    return -1
