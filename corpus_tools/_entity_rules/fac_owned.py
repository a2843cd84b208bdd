"""A facility a township, village or community owns and names: the place + a generic facility is one FAC.

The head rules keep a generic facility (文化广场, 批发市场, 文化活动室) out as a kind, and the place rules keep a
county's facilities (:mod:`corpus_tools._entity_rules.fac_places`); a township's or village's own square, market,
bridge or hall is then left as the bare place (巴燕镇|文化广场, 香花镇|辣椒批发市场, 沿江村|朝鲜族文化活动室,
兴隆洼|遗址). When the place is the facility's only distinguishing word, it stays in the name (GUIDE: an org keeps
the place that is its only distinguishing word; temples keep their village: 西海村龙王庙). The words between the
place and the head must be nominal segmenter words (辣椒, 朝鲜族文化, 程控电话), no verb (大王村|通上|水泥路), no
other place (the facility's owner is then the nearer place), and the head must end a word (村路口, 镇街道 are no
facilities). A one-character head (桥, 街) needs two characters between (北村古街 is not named this way), so a
bare place + 路 or 街 stays a place. A temple or ancestral hall carries its village or township, even a short form
right before 寺 or 庙 (GUIDE: 西赵观音堂, 西海村龙王庙; pages27o: 和日寺); a village's other generic facilities stay
apart (the open page sets disagree on them: 沿江村朝鲜族文化活动室 one FAC in pages24, 屈原岗村|文化广场 only the
village in pages22, 北村|古街 in pages23).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import FAC_HEADS, Cand, common_or_frequent, longest_first_re, replace_inside
from corpus_tools._entity_rules.word_bounds import word_spans, word_start

__all__ = ["owned_facilities", "short_form_facilities"]

#: the labels of an owning place: townships and communities (the open page sets disagree on a village's generic
#: facility: 沿江村朝鲜族文化活动室 one FAC in pages24, 屈原岗村|文化广场 only the village in pages22, 北村|古街 in
#: pages23; a township's is one FAC in pages26o and no set has it otherwise)
_OWNERS = frozenset(("TOWNSHIP", "COMMUNITY"))
#: word tags (pkuseg, People's Daily set) that may stand between the place and the head
_NOMINAL_TAGS = frozenset(("n", "nz", "vn", "b", "j", "an", "a", "m", "f", "nt"))
_MAX_GAP = 8
_HEADS_RE = longest_first_re(FAC_HEADS)
#: heads of a temple or an ancestral hall, which carries its village or township in its name (GUIDE: 西赵观音堂,
#: 西海村龙王庙, 北牛池村解氏家庙)
_TEMPLE_HEADS = frozenset(("寺", "庙", "祠", "祠堂", "家庙", "神庙", "观音堂", "清真寺"))
#: a clause mark or particle in the middle ends the name
_BREAK_RE = re.compile(r"[^\u4e00-\u9fff]|[的和与及在是将把对等了]")
#: heads that name a region or a wider unit after a place (镇区, 村庄), not a facility of it
#: a township's road (东坑镇|农村公路 pages25, 两河镇至望关镇|农村公路 pages22, 义正镇至双河镇|公路 pages27o, 虹梯关乡|公路
#: pages29o: the places only, in four sets; no open gold FAC is a township + 公路)
_NOT_AFTER_PLACE = frozenset(("家园", "小区", "花园", "大院", "园区", "开发区", "集中区", "水库", "湿地", "花海", "故里",
                              "公路"))


def _short(text: str, p: Cand) -> bool:
    """The place is a short form, without its unit suffix (和日 of 和日镇, 西赵 of 西赵村)."""
    return text[p.end - 1] not in "镇乡村区县旗道"


def _ends_word(feats: list[str], h1: int) -> bool:
    return feats[h1 - 1][:1] in ("E", "S") and (h1 >= len(feats) or feats[h1][:1] not in ("I", "E"))


def _plain(text: str, feats: list[str], a: int, b: int) -> bool:
    """Every segmenter word of ``text[a:b]`` is a common word (辣椒, 文化): a kind's body, no name of its own."""
    common = common_or_frequent()
    return all(text[i:j] in common for i, j, _ in word_spans(feats, a, b))


def owned_facilities(ents: list[Cand], text: str, feats: "list[str] | None", short_only: bool = False) -> list[Cand]:
    """*ents* with each township or community + nominal words + generic facility head made one FAC.

    Parameters
    ----------
    ents : list of Cand
        The resolved spans of *text* (flat), blockers ``_`` included.
    text : str
        The text.
    feats : list of str or None
        Per-character word features of the segmenter; without them nothing changes.
    short_only : bool
        Only places written without their unit suffix (高定 of 高定村) own a facility: the pass run again once
        the bare re-mentions of villages are known (:func:`short_form_facilities`).

    Returns
    -------
    list of Cand
        The spans, sorted, with the place and the spans inside the facility replaced by one FAC.

    Examples
    --------
    >>> t = "大会在巴燕镇文化广场召开"
    >>> f = ["B-n", "E-n", "S-p", "B-ns", "I-ns", "E-ns", "B-n", "E-n", "B-n", "E-n", "B-v", "E-v"]
    >>> [(t[c.start:c.end], c.label) for c in owned_facilities([Cand(3, 6, "TOWNSHIP")], t, f)]
    [('巴燕镇文化广场', 'FAC')]
    """
    if feats is None or len(feats) != len(text):
        return ents
    out = ents
    place_names = {text[c.start:c.end] for c in ents
                   if c.label in ("GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY") and c.end - c.start >= 2}
    for p in [c for c in ents if c.label in _OWNERS | {"VILLAGE"} and c.end - c.start >= 2]:
        for m in _HEADS_RE.finditer(text, p.end, min(len(text), p.end + _MAX_GAP + 4)):
            h0, h1 = m.span()
            gap = text[p.end:h0]
            if len(gap) > _MAX_GAP or _BREAK_RE.search(gap):
                break
            head = m.group()
            short = _short(text, p)
            if short_only and not short:
                break
            temple = head in _TEMPLE_HEADS
            if p.label not in _OWNERS and not temple and not short:
                continue  # a village owns its temple in the name (GUIDE), its other facilities stay apart
            if head in _NOT_AFTER_PLACE or (len(head) == 1 and len(gap) < (1 if short else 2) and not (temple and short)):
                continue
            if not _ends_word(feats, h1) or not (feats[h0][:1] in ("B", "S") or ((temple or short) and word_start(feats, h0) >= p.start)):
                continue
            one_word = short and word_start(feats, h0) == p.end  # 高定|鼓楼 (鼓楼/v by the segmenter): one word, no clause
            if not one_word and any(f[2:] not in _NOMINAL_TAGS for f in feats[p.end:h0]):
                break  # a verb or an adverb in between: a clause (大王村|通上|水泥路)
            if any(text.startswith(nm, k) for k in range(p.end, h0) for nm in place_names):
                break  # another place in between owns it (龙潭镇|水西村文化活动中心), named here or elsewhere
            if any(c.start < h1 and c.end > h1 for c in out):
                break  # a longer name goes on over the head (…污水处理厂扩建项目)
            inner = [c for c in out if c.start >= p.start and c.end <= h1]
            if not short and any(c is not p and c.label != "_" and not (c.label == "FAC" and _plain(text, feats, c.start, h0))
                                 for c in inner):
                break  # a facility with a name of its own (木门镇|木门军事会议纪念馆): the township stays apart
            out = replace_inside(out, Cand(p.start, h1, "FAC", prio=2, source="owned"))  # unchanged if a span crosses
            break
    return out


def short_form_facilities(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* with each place written without its unit suffix + a facility head made one FAC (高定|鼓楼,
    程阳|永济桥, 南岗|千年瑶寨): run after the bare re-mentions of villages are known (高定村 … 高定鼓楼).

    A place's short form right before a facility is the first part of the facility's name in every open page set
    that prints it (pages22 高迁古民居, pages24 南岗千年瑶寨, pages25 高定鼓楼 and 程阳永济桥, pages27o 和日寺), even
    where the facility has a name of its own; the full form stays apart (木门镇|木门军事会议纪念馆).

    >>> t = "高定村的鼓楼，高定鼓楼迎客"
    >>> f = ["B-ns", "I-ns", "E-ns", "S-u", "B-n", "E-n", "S-w", "B-ns", "E-ns", "B-n", "E-n", "B-v", "E-v"]
    >>> [(t[c.start:c.end], c.label) for c in short_form_facilities([Cand(0, 3, "VILLAGE"), Cand(7, 9, "VILLAGE")], t, f)]
    [('高定村', 'VILLAGE'), ('高定鼓楼', 'FAC')]
    """
    return owned_facilities(ents, text, feats, short_only=True)
