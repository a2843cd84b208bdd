"""Bodies the text says were set up: 成立旅游稽查大队, 组建了梯田保护巡查中队、茶产业发展领导小组.

A body named only by its remit (旅游稽查大队, 共享农庄工作领导小组) reads like a kind of body
(劳务公司, 公共卫生室), and the head rules drop such names when no place or trade name owns them. But
a body that the report says was founded (成立, 组建, 设立 …) is one particular body: the object of the
founding verb, and every body coordinated with it in the same list (、, 和, 及), is an ORG when it ends
in an organisation head and says more than a generic word or two before it. Firms, co-operatives and
associations set up are left to :func:`~corpus_tools._entity_rules.words.introduced_kind` (创办油茶产业开发公司
describes a new firm of a kind; the guide leaves such unit words out).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, ORG_GENERIC, ORG_HEADS
from corpus_tools._entity_rules.words import HOME_HEADS, INTRO_HEADS
from corpus_tools._entity_rules.scan import generic_only

#: Verbs that found a body, with an optional aspect mark (成立了, 组建起).
_FOUNDED_RE = re.compile(r"(?:成立|组建|设立|组成|挂牌成立|建立)(?:了|起|起了)?")
#: One list item: Chinese characters and quotes, up to a list separator or any other mark.
_ITEM_RE = re.compile(r"[\u4e00-\u9fff“”‘’]+")
#: Separators of coordinated bodies in one list.
_LIST_SEPS = ("、", "以及", "和", "及")
#: Fewest characters of body before the head (茶产业发展|领导小组; not 巡逻|队, 专业|合作社).
MIN_BODY = 3
#: One-character heads that make a team or a room of anything (广场舞队, 专家团, 活动室): a kind, not a body.
_BARE_KIND_HEADS = frozenset(("队", "团", "组", "室", "部", "厅", "大厅"))
#: A body that opens with a count, a scope or a rank describes bodies of a kind (若干区域医疗中心,
#: 各级安全管理委员会, 一所太极疗养中心, 国家级企业技术中心), or with 由 a clause (由学校…).
_KIND_START_RE = re.compile(r"[一二两三四五六七八九十几多数][个家所座支]|若干|各|每|全球|国家级|省级|市级|县级|由|在")
#: Firms, co-operatives and associations: left to ``words.introduced_kind``.
_FIRM_HEADS = INTRO_HEADS + ("合作社", "家庭农场", "集团")
#: Most items of one list read.
MAX_ITEMS = 8


_HEADS_LONGEST_FIRST = tuple(sorted(ORG_HEADS, key=len, reverse=True))


def _head(item: str) -> str:
    return next((h for h in _HEADS_LONGEST_FIRST if item.endswith(h)), "")


def _names_one_body(item: str, head: str, generic_body: frozenset[str]) -> bool:
    """*item* (ending in *head*) says enough to be one body: not a firm, farm, team or room of any
    kind, a body of at least :data:`MIN_BODY` characters, no list word, count, scope or rank in it."""
    body = item[:len(item) - len(head)].strip("“”‘’")
    return (bool(head) and head not in _BARE_KIND_HEADS and not head.endswith(_FIRM_HEADS + HOME_HEADS)
            and len(body) >= MIN_BODY and not any(ch in body for ch in "和及或等暨")
            and not _KIND_START_RE.match(body) and item not in ORG_GENERIC and not generic_only(body, generic_body))


def founded_bodies(text: str, feats: "list[str] | None", generic_body: frozenset[str],
                   place_starts: "frozenset[int] | set[int]" = frozenset()) -> list[Cand]:
    """ORG candidates for the bodies named as founded (module docstring).

    *feats* are the segmenter's per-character features (a name must end where a word ends);
    *generic_body* the words a kind of body is written with (``org_generic_body.txt``); *place_starts*
    the offsets where a place starts. A team's or a room's one-character head (活动室, 广场舞队), a place inside the body
    (智慧阜南建设工作领导小组: the head rules own placed bodies) or a list word in it (娱乐室和餐厅,
    要素保障等服务…团队) is left alone.

    Parameters
    ----------
    text : str
        The article text.
    feats : list of str or None
        The segmenter's per-character features (``B-n``, ``E-v`` …), or None to skip the word-end check.
    generic_body : frozenset of str
        The words a kind of body is written with (``org_generic_body.txt``).
    place_starts : frozenset of int or set of int, optional
        Offsets where a place starts; a body with a place inside is left alone.

    Returns
    -------
    list of Cand
        One ``ORG`` candidate (``prio=1``, ``source="founded"``) per founded body, in text order.

    Examples
    --------
    >>> text = "相继成立旅游巡回法庭、旅游稽查大队和共享农庄工作领导小组。村里成立了合作社。"
    >>> [text[c.start:c.end] for c in founded_bodies(text, None, frozenset())]
    ['旅游稽查大队', '共享农庄工作领导小组']
    >>> text = "成立工商旅游市场管理分局，组建了村广场舞队"
    >>> [text[c.start:c.end] for c in founded_bodies(text, None, frozenset())]
    ['工商旅游市场管理分局']
    """
    out = []
    for v in _FOUNDED_RE.finditer(text):
        i = v.end()
        for _ in range(MAX_ITEMS):
            m = _ITEM_RE.match(text, i)
            if m is None:
                break
            s, e = m.span()
            # the list goes on at a separator inside the run (旅游稽查大队和共享农庄…)
            # (but 县文化和旅游局: 和 inside a name, with no head before it)
            e = min((k for k in range(s + 1, e) if text[k] in "和及" and _head(text[s:k])), default=e)
            item = text[s:e]
            k = item.rfind("的")
            if k > 0 and "为" not in item[:k]:
                item = ""  # 全流程依法公开的阳光化法院: a clause describes a kind (but 以县长为组长的|…领导小组)
            elif k >= 0:
                s, item = s + k + 1, item[k + 1:]  # 以县委主要领导为组长的|…, 由…组成的|…
            if (_names_one_body(item, _head(item), generic_body) and not any(s < p < e for p in place_starts)
                    and (feats is None or (feats[e - 1][:1] in ("E", "S") and feats[s][:1] in ("B", "S")))):
                out.append(Cand(s, e, "ORG", prio=1, source="founded"))
            sep = next((x for x in _LIST_SEPS if text.startswith(x, e)), "")
            if not sep:
                break
            i = e + len(sep)
    return out
