"""A village, community or township named in front of a body owns it (古路坝社区党委, 坪上镇卫生院,
田坝村驻村工作队), and only the immediate owner stays in the name (会理县彰冠镇|三合村党支部).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.admin_levels import COUNTY_LEVELS, TOWN_LEVELS
from corpus_tools._entity_rules.lexicon import Cand, common_words, frequent2
from corpus_tools._entity_rules.org_words import CLAUSE_WORDS
from corpus_tools._entity_rules.word_bounds import word_start

__all__ = ["UNIT_BODY_HEADS", "unit_owner", "own_unit", "village_team", "village_body_owned"]


_UNIT_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:村|社区|镇|乡|街道)")
_NOT_STEM_FIRST = "各全本该每这那其某个"


def unit_owner(body: str) -> bool:
    """True when *body* opens with a named village, community or township (古路坝社区, 坪上镇): its
    stem of two to four characters is no common word and holds none, nor a verb or adverb of
    :data:`CLAUSE_WORDS` (农村, 城乡, 农业农村 are kinds, 挂断时任乡 a clause).

    Examples
    --------
    >>> unit_owner("古路坝社区"), unit_owner("坪上镇"), unit_owner("城乡社区"), unit_owner("农业农村")
    (True, True, False, False)
    """
    m = _UNIT_RE.match(body)
    if m is None:
        return False
    stem = m.group(1)
    if stem[0] in _NOT_STEM_FIRST or stem in common_words():
        return False
    # no common word, verb or adverb inside the stem (农业农|村, 挂断时任|乡, 涉案|村)
    pairs = {stem[i:i + 2] for i in range(len(stem) - 1)}
    return not (pairs & frequent2() or pairs & CLAUSE_WORDS)


#: Heads of the bodies of a village or community (村党支部, 社区居委会): only the unit owns them.
UNIT_BODY_HEADS = ("党支部", "党总支", "党委", "村委会", "居委会", "村民委员会", "居民委员会", "两委", "股份经济合作社",
                   "经济合作社")
_LEVELS = COUNTY_LEVELS + TOWN_LEVELS
_UNIT_BODY_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|社区)$")


def own_unit(c: Cand, text: str, feats: list[str] | None = None) -> Cand:
    """*c* started at the village or community that owns its body when a county or township
    comes first (会理县彰冠镇三合村党支部 -> 三合村党支部). With the segmenter's *feats*, only where
    a word starts (怀柔区帽|山村: the place rules peel the listed places themselves).

    Examples
    --------
    >>> text = "会理县彰冠镇三合村党支部"
    >>> c = own_unit(Cand(0, len(text), "ORG"), text)
    >>> text[c.start:c.end]
    '三合村党支部'
    """
    head = next((h for h in UNIT_BODY_HEADS if text.startswith(h, c.end - len(h))), "")
    if not head:
        return c
    h0 = c.end - len(head)
    for k in range(c.start + 3, h0 - 1):
        if (text[k - 1] in _LEVELS or text[k - 2:k] == "街道") and _UNIT_BODY_RE.fullmatch(text, k, h0) \
                and (feats is None or feats[k][:1] in ("B", "S")):
            return Cand(k, c.end, c.label, c.prio, None, c.source)
    return c



def village_team(c: Cand, text: str, feats: list[str]) -> Cand:
    """*c* (驻村工作队, which the scan stops at 驻) with the village it serves in front: 田坝村驻村工作队.
    The village is the segmenter word that ends in 村 before 驻 (or the word before a lone 村).

    Examples
    --------
    >>> text = "来到田坝村驻村工作队"
    >>> feats = ["B-v", "E-v", "B-nr", "I-nr", "E-nr", "B-n", "I-n", "I-n", "I-n", "E-n"]
    >>> c = village_team(Cand(6, 10, "ORG"), text, feats)
    >>> text[c.start:c.end]
    '田坝村驻村工作队'
    """
    s = c.start
    if s < 4 or text[s - 2:s + 1] != "村驻村" or text[s:c.end] not in ("村工作队", "村帮扶工作队", "村扶贫工作队"):
        return c
    k = s - 2
    a = word_start(feats, k) if feats[k][:1] == "E" else word_start(feats, k - 1)
    if not 2 <= k - a <= 4 or not unit_owner(text[a:k + 1]):
        return c
    return Cand(a, c.end, c.label, c.prio, None, c.source)


#: The body of a village written right after its owner: 合寨村村委会, 田坝村党支部.
_VILLAGE_BODY_RE = re.compile("村(?:委会|民委员会|党支部|党总支|两委|支部)$")
_OWNER_TAGS = frozenset(("ns", "nr", "nz", "j"))


def village_body_owned(c: Cand, text: str, feats: list[str], place_ends=frozenset()) -> bool:
    """False for a village body (…村委会, …村党支部) whose words in front name no village:
    时任|村委会, 现任|村党支部, 第一任|村民委员会, 规定|村民委员会 (the bare body is no name).
    True otherwise (a listed or tagged place, or a word that is no verb, adverb, numeral, measure
    word, pronoun or distinguishing word: 合寨村村委会, 棋盘村党支部).

    Examples
    --------
    >>> village_body_owned(Cand(0, 5, "ORG"), "时任村委会", ["B-n", "E-n", "B-j", "I-j", "E-j"])
    False
    """
    m = _VILLAGE_BODY_RE.search(text, c.start, c.end)
    if m is None or m.end() != c.end:
        return True
    if m.start() == c.start:
        return False  # the bare body (村民委员会是我国农村的基层…): no name
    v = m.start()
    if v in place_ends or v + 1 in place_ends:  # 棋盘|村党支部, 帽山村|党支部
        return True
    if feats[v][:1] in ("I", "E"):  # 合寨村|党支部: the village word ends in the body's 村
        a = v
        while a > c.start and feats[a][:1] in ("I", "E"):
            a -= 1
        word, tag = text[a:v + 1], feats[a][2:]
    else:
        a = v - 1
        while a > c.start and feats[a][:1] in ("I", "E"):
            a -= 1
        word, tag = text[a:v] + "村", feats[a][2:]
    return tag in _OWNER_TAGS or (len(word) >= 3 and tag not in ("v", "b", "q", "m", "d", "p", "r")
                                  and word[:-1] not in CLAUSE_WORDS)
