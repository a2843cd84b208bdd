"""Last mends of places and of names read as people (mend31a, user31b findings 3, 4, 11).

* A natural village named with its settlement head (黄洛瑶寨, 方家屯, 岳家寨) is a VILLAGE, never a PERSON: the
  open gold of nine sets holds twelve names ending in 寨 or 屯, all places (VILLAGE eight, LOC, FAC), none a
  person, while the model reads a surname at their start (黄|洛瑶寨).
* A product noun is no person: a span written before a product head (罗汉果种植) or listed with a mined product
  (罗汉果和辣椒: ``coop_products``) in a text that never frames it as a name (no title before it, no speech verb
  after it); a village's bare short form that opens such a product word (罗汉 of 罗汉村 in 罗汉果种植) goes too.
* 原 (former) is no part of a unit's name (GUIDE: 原孟山乡 -> 孟山乡): a village or township span opening with
  原 loses it unless a unit of the county is officially called so (原家庄村).
* A one-character county name + 县 after a plain word is the slogan's verb and object (旅游兴县, 工业强县,
  科技富县), not 兴县 of Shanxi or 富县 of Shaanxi, on a page of another province.
"""

from __future__ import annotations

import re

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import Cand, occurrences, words as word_list
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.person_products import framed_as_name

__all__ = ["mend_places", "product_noun", "slogan_county"]

#: the heads of a natural village's name (瑶寨, 苗寨, 侗寨 end in 寨 too)
_SETTLEMENT_HEADS = ("寨", "屯")
#: what follows a product noun where the text uses it as the product (罗汉果种植, 罗汉果产业)
_PRODUCT_AFTER_RE = re.compile(r"(?:种植|栽培|育苗|种苗|产业|基地|加工|收购|销售|采摘|丰收|上市|大户|专业合作社|合作社)")
#: what comes before one (种植罗汉果, 晒着罗汉果)
_PRODUCT_BEFORE = ("种植", "采摘", "收购", "销售", "晾晒", "晒着", "晒满", "加工", "品尝", "种上", "种起")
#: list words between two products (罗汉果和辣椒, 辣椒、罗汉果)
_LIST_CHARS = "和、与及"
#: what vouches for a name where it stands: a speech verb after it
#: the segmenter's tags of a verb-like word before a slogan's 兴县 (旅游 vn, 发展 v)
_VERB_TAGS = frozenset(("v", "vn", "vd", "a", "ad", "an"))
#: the one-character county names that are also the verb of a 兴县 / 富县 / 强县 slogan
_SLOGAN_VERBS = "兴富强"


def _listed_with_product(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` stands in a list next to a mined product noun (罗汉果和辣椒, 辣椒、罗汉果)."""
    products = word_list("coop_products")
    after = text[e:e + 1] in _LIST_CHARS and text[e + 1:e + 3] in products
    before = s >= 3 and text[s - 1] in _LIST_CHARS and text[s - 3:s - 1] in products
    return after or before


def product_noun(text: str, s: int, e: int) -> bool:
    """Whether the span ``text[s:e]`` (two to four characters) is a product noun here: some occurrence is
    written before a product head, after a verb of growing or selling, or in a list with a mined product,
    and none follows a title or comes before a speech verb (村民罗汉说).

    Examples
    --------
    >>> product_noun("家家户户门前晒着罗汉果和辣椒。", 8, 11)
    True
    >>> product_noun("村民罗汉果说，今年收成好", 2, 5)
    False
    """
    name = text[s:e]
    if not 2 <= len(name) <= 4:
        return False
    occ = occurrences(text, name)
    if framed_as_name(text, name):
        return False
    return any(_PRODUCT_AFTER_RE.match(text, b) or text.endswith(_PRODUCT_BEFORE, 0, a)
               or _listed_with_product(text, a, b) for a, b in occ)


def _settlement(text: str, c: Cand) -> bool:
    """A PERSON span that is a natural village named with its head (黄洛瑶寨, 方家屯)."""
    return c.label == "PERSON" and 3 <= c.end - c.start <= 5 and text[c.end - 1] in _SETTLEMENT_HEADS


def _former_mark(text: str, c: Cand, county_code: "str | None") -> bool:
    """A village or township span printed with 原 before its name (原上岭村) that no unit of the county bears."""
    name = text[c.start:c.end]
    if c.label not in ("VILLAGE", "TOWNSHIP") or not name.startswith("原") or len(name) < 4:
        return False
    return not (county_code and any(d.name == name for d in gz.lookup(name, within=county_code[:6])))


def slogan_county(text: str, s: int, e: int, codes: "list[str]", county_code: "str | None",
                  words: "list[str] | None" = None) -> bool:
    """Whether the county name ``text[s:e]`` (兴县, 富县: one character + 县) of *codes* is a slogan's verb and
    object after a plain word (旅游兴县, 科技富县) on a page of another province.

    Examples
    --------
    >>> w = ["B-v", "E-v", "B-vn", "E-vn", "B-ns", "E-ns", "B-n", "E-n"]
    >>> slogan_county("坚持旅游兴县战略", 4, 6, ["141123"], "450328", w), slogan_county("山西兴县", 2, 4, ["141123"], "450328")
    (True, False)
    """
    name = text[s:e]
    if len(name) != 2 or name[0] not in _SLOGAN_VERBS or name[1] != "县" or s < 2:
        return False
    if not county_code or any(c.startswith(county_code[:2]) for c in codes):
        return False  # no county known, or the province's own county
    before = text[s - 2:s]
    if not is_word(before) or gz.lookup(before):
        return False  # 山西兴县, 吕梁兴县: a place before it
    tag = words[s - 1].partition("-")[2] if words and len(words) == len(text) else ""
    return tag in _VERB_TAGS  # 旅游|兴县 (vn); 革命老区|兴县 (n) is the county


def _opens_slogan_county(text: str, s: int, county_code: "str | None", words: "list[str] | None") -> bool:
    """Whether a name at *s* opens with a slogan county (旅游兴县|梯田花海: 兴县 is no owner of the place)."""
    codes = [d.code for d in gz.lookup(text[s:s + 2], level="county") if d.name == text[s:s + 2]]
    return bool(codes) and slogan_county(text, s, s + 2, codes, county_code, words)


def mend_places(ents: list[Cand], text: str, county_code: "str | None",
                words: "list[str] | None" = None) -> list[Cand]:
    """*ents* with natural villages read as people made villages, product nouns read as people or villages
    dropped, the 原 of a former unit dropped from its span, and slogan counties (旅游兴县) dropped.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.
    county_code : str or None
        The page's county.
    words : list of str, optional
        The segmenter's per-character word features of *text*.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "黄岭瑶寨的妇女门前晒着罗汉果和辣椒，原石坪村并入新村。"
    >>> ents = [Cand(0, 4, "PERSON"), Cand(11, 14, "PERSON"), Cand(18, 22, "VILLAGE")]
    >>> [(t[c.start:c.end], c.label) for c in mend_places(ents, t, None)]
    [('黄岭瑶寨', 'VILLAGE'), ('石坪村', 'VILLAGE')]
    """
    out: list[Cand] = []
    products: list[tuple[int, int]] = []
    for c in ents:
        if c.label == "PERSON" and product_noun(text, c.start, c.end):
            products.append((c.start, c.end))
            continue
        if _settlement(text, c):
            c = Cand(c.start, c.end, "VILLAGE", prio=c.prio, code=c.code, source="rule")
        elif _former_mark(text, c, county_code):
            c = Cand(c.start + 1, c.end, c.label, prio=c.prio, code=c.code, source=c.source)
        elif c.label == "GPE" and slogan_county(text, c.start, c.end, [c.code or ""], county_code, words):
            continue
        elif c.label in ("FAC", "ORG", "PROJECT", "EVENT", "LOC") and c.end - c.start >= 5 \
                and _opens_slogan_county(text, c.start, county_code, words):
            c = Cand(c.start + 2, c.end, c.label, prio=c.prio, code=c.code, source=c.source)  # 旅游兴县|梯田花海
        out.append(c)
    # a village's bare short form opening a product word (罗汉 of 罗汉村 in 罗汉果种植, 罗汉果和辣椒)
    names = {text[a:b] for a, b in products}
    return [c for c in out if not (c.label == "VILLAGE" and not text[c.start:c.end].endswith(("村",) + _SETTLEMENT_HEADS)
                                   and _opens_product(text, c, names))]


def _opens_product(text: str, c: Cand, names: set[str]) -> bool:
    """Whether the bare village span *c* is the start of a product word: one of *names* (the text's product nouns)
    or the span and the next character written as a product (罗汉果种植)."""
    if any(text.startswith(n, c.start) and len(n) > c.end - c.start for n in names):
        return True
    return c.end < len(text) and not is_word(text[c.start:c.end]) and product_noun(text, c.start, c.end + 1) \
        and _PRODUCT_AFTER_RE.match(text, c.end + 1) is not None
