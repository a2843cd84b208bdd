"""Bodies written with a bare level and a short head: 县农委, 县教委, 镇林业站, 县黄羊科研所, 县灾后重建办, 县农技中心,
自治区水利厅, 盟行署.

A report names its own county's, township's or region's offices with the level alone in front (县, 旗, 镇, 乡, 盟, 自治区)
and a head of one or two characters: a committee (农委, 发改委), a station (农技站), an institute (科研所), an office
(扶贫办), a department (水利厅), a centre (农技中心), the league office (行署). The department rules read the usual
bureaus (县水利局); :func:`~corpus_tools._entity_rules.org_level_units.level_units` reads a few longer heads (监理所,
总站). The open gold tags such bodies ORG wherever they open a clause or follow a preposition (on the open page sets and
reports: 站 7 of 7, 所 2 of 2, 厅 2 of 2, 办 13 of 13 once 举办/创办 are set aside, 委 every time the body is a
short one, 中心 9 of 11 bar the facilities 健身中心 and 艺术中心), in the pages of eleven writers and two People's
Daily reports, and most of them were missed. Here such a body is an ORG where no entity covers any of it, its level is no
part of a word with the character before it (全县, 城镇) or after it (县城, 乡亲, 市场), its body holds no clause or scope
character, and its head is no part of a word that ends the body (举办, 场所, 大厅, 车站).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import ORG_GENERIC, Cand
from corpus_tools._entity_rules.names import is_word

__all__ = ["level_bodies", "level_body_end"]

#: the levels a report writes bare before its own offices, longest first
_LEVELS = ("自治区", "自治州", "县", "旗", "镇", "乡", "盟", "州")
_UNIT_RE = re.compile(r"(?:自治区|自治州|[县旗镇乡盟州])(?:行署|([\u4e00-\u9fff]{1,6}?)(中心|站|所|厅|局|委|办))")
#: what may stand right before the level besides a character that makes no word with it
_BEFORE = "由在到向和与及经对把、，。：；“”（）\n"
#: segmenter tags of a word that may end right before the level: verb, preposition, conjunction, adverb
_CLAUSE_TAGS = frozenset(("v", "p", "c", "d"))
#: characters before the level that make it a scope or a reference, not a name (各县, 全县, 该县, 本镇, 两乡)
_SCOPE_BEFORE = frozenset("各全本该我这那每此邻两三几多诸原")
#: characters that make the body a clause (县里成立了服务中心; 就 but in 就业), a scope (县各中学) or a longer body's part (县委常委,
#: 县人大办)
_NOT_BODY = frozenset("的了着过是在和与及把被对向为从到由让给也都就又还已将各里内外城乡镇村这那有委党常人政上下")
#: last characters of a body naming people, not an office (镇干部站在, 乡亲们所需)
_PEOPLE_END = frozenset("员部众民们人户")
#: what may not follow each head: a verb or a word the head starts (站在, 所有, 办理, 委员)
_NOT_AFTER = {"站": "起稳出着了上到立好岗", "所": "有以谓得属需能要做想说提带获学用见闻知作为",
              "办": "公理事法学好成起到的了", "委": "员托屈婉", "厅": "", "局": "", "中心": "城区街镇点"}
#: body endings that make a centre a facility (县全民健身中心, 县文化艺术中心), as the gold has them
_FACILITY_CENTRES = ("健身", "艺术", "体育", "活动", "会展", "展览", "展示", "游客", "购物", "会议", "演艺", "客运",
                     "物流", "商业", "文体", "城市", "行政", "培训")
#: body endings that make a station a facility (镇垃圾中转站, 县加油站)
_FACILITY_STATIONS = ("中转", "转运", "加油", "充电", "收费", "换乘", "污水")


def _level_ok(text: str, s: int, level: str, feats: "list[str] | None") -> bool:
    """The level at *s* starts a name: a boundary before it, or (with the segmenter's tags) a verb, preposition or
    conjunction word ending right before it (还请|县…, 接|县…) while the level starts a word (not 祁阳|县, 林|州|市委);
    and it makes no word with the next character (县城, 乡亲, 镇上)."""
    if s:
        before = text[s - 1]
        if before in _SCOPE_BEFORE or before.isdigit():
            return False
        if before not in _BEFORE:
            if feats is None or len(feats) != len(text) or is_word(before + level[0]):
                return False
            if feats[s][:1] not in ("B", "S") or feats[s - 1][:1] not in ("E", "S") \
                    or feats[s - 1][2:] not in _CLAUSE_TAGS:
                return False
    return len(level) > 1 or not is_word(text[s:s + 2])


def _body_ok(text: str, m: "re.Match[str]", level: str) -> bool:
    """Whether the match *m* of a level and a head is an office's name by its body and head (not 举办, 场所, 站在)."""
    s, e = m.span()
    body, head = m.group(1), m.group(2)
    if body is None:
        return True
    if _NOT_BODY & set(body.replace("就业", "")) or body[-1] in _PEOPLE_END or text[e:e + 1] in set(_NOT_AFTER[head]):
        return False
    if head == "委" and len(body) > 3:
        return False
    if head in ("站", "所", "厅", "局", "办") and (len(body) < 2 or is_word(text[e - 2:e])):
        return False  # 举办, 场所, 大厅, 车站, 布局; 县某站
    if head == "中心" and (len(body) < 2 or body.endswith(_FACILITY_CENTRES)):
        return False
    if head == "站" and body.endswith(_FACILITY_STATIONS):
        return False
    return text[s + len(level):e] not in ORG_GENERIC  # 乡便民服务中心, 镇党群服务中心: the kind every township has


def level_body_end(text: str, start: int) -> int:
    """The end of the office written with a bare level at *start* (乡|农经站 of 武峁子乡农经站), judged by its body
    and head only (the level may close a township's name), else 0.

    Examples
    --------
    >>> t = "武峁子乡农经站加强监督，武峁子乡举办培训"
    >>> level_body_end(t, 3), level_body_end(t, 15)
    (7, 0)
    """
    m = _UNIT_RE.match(text, start)
    if m is None:
        return 0
    level = next(lv for lv in _LEVELS if text.startswith(lv, start))
    return m.end() if _body_ok(text, m, level) else 0


def level_bodies(ents: list[Cand], text: str, feats: "list[str] | None" = None) -> list[Cand]:
    """*ents* with each office written with a bare level and a short head (县农委, 镇林业站, 盟行署) an ORG.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.
    feats : list of str, optional
        The segmenter's per-character tags of *text* (``B-v``); without them a level counts only after a boundary.

    Returns
    -------
    list of Cand
        *ents* and the new organisations, by start; an office is added only where no entity overlaps it.

    Examples
    --------
    >>> t = "县农委负责同志介绍，县畜牧兽医站的技术员上门。县委常委会召开，镇干部站在路口，镇农技站在村里办班。"
    >>> [t[c.start:c.end] for c in level_bodies([], t)]
    ['县农委', '县畜牧兽医站', '镇农技站']
    >>> t = "今年以来，镇里举办培训班。全县文化站都开放。盟委、盟行署部署工作，由自治区文物局组织。"
    >>> [t[c.start:c.end] for c in level_bodies([], t)]
    ['盟行署', '自治区文物局']
    """
    out = list(ents)
    for m in _UNIT_RE.finditer(text):
        s, e = m.span()
        level = next(lv for lv in _LEVELS if text.startswith(lv, s))
        if not _level_ok(text, s, level, feats) or not _body_ok(text, m, level):
            continue
        if any(c.start < e and c.end > s for c in out if c.label != "_"):
            continue
        out = [c for c in out if not (c.start < e and c.end > s)] + [Cand(s, e, "ORG", prio=1, source="rule")]
    return sorted(out, key=lambda c: c.start)
