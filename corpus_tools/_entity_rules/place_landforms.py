"""A landform named by a place: a village, township or county short form with a landform head right after it
(天姥|山, 享堂|峡, 阳曲|山上, 浩坤|湖的, 拉法|山) is one natural feature, LOC (facloc33, round 32).

The gazetteer reads the place's short form (天姥 VILLAGE, 阳曲 GPE) and the one-character head after it stays
outside every span, so the mountain, gorge or lake the place is named after is lost. In the open gold a place's
short form + 山, 峡, 湖 … is a LOC in four sets by four writers (pages26 阳曲山, pages30 拉法山, pages30o 天姥山,
pages31o 享堂峡) and no other label; the place itself with its level word (天姥山村, 享堂峡口 is no level) is a
longer name. :func:`placed_landforms` joins the place and the head when

- the place is a short form of two or more characters (no level word 村, 镇, 县 … at its end) and no province;
- the head starts no other word than a side of the feature (山上, 湖畔, 峡口; not 山参, 河池, 江山, 江岸: the
  segmenter's words tell them apart) and no entity starts or runs at it;
- no level or place character follows the head (天姥山村, 阳曲山乡 stay the place), and no brand's closing
  quote (“凉泉河”商标).
"""

from __future__ import annotations

from corpus_tools._entity_rules.fac_markets import province_words
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.word_bounds import word_end, word_start

__all__ = ["LANDFORM_HEADS", "placed_landforms"]

#: one-character heads of a mountain, gorge, lake, river or ridge named after a place
LANDFORM_HEADS = frozenset("山峡湖河江溪岭峰")
#: labels of the place the landform is named after
_PLACES = frozenset(("VILLAGE", "TOWNSHIP", "GPE"))
#: a level character at the end of the place (天姥山村: the place in full is no short form)
_LEVEL_END = frozenset("村镇乡县市区旗州省盟屯寨")
#: a character after the head that makes the head part of a place's or road's name (天姥山村, 阳曲山乡, 浩坤湖路)
_PLACE_NEXT = frozenset("村镇乡县市区州旗屯寨组社街路港站庄坊")
#: two-character words that open with the head and name the feature's side, top or water (阳曲|山上, 浩坤|湖畔)
_SIDE_WORDS = frozenset(("山上", "山下", "山脚", "山顶", "山腰", "山间", "山中", "山里", "山区", "山麓", "山头", "山坡",
                         "湖畔", "湖边", "湖岸", "湖上", "湖中", "湖里", "湖水", "湖面", "河畔", "河边", "河岸", "河里",
                         "河水", "河道", "河谷", "江畔", "江边", "江水", "江面", "峡口", "峡谷", "溪边", "溪畔", "溪水",
                         "岭上", "峰顶"))


def _head_free(text: str, h: int, words: "list[str] | None") -> bool:
    """The head at *h* is a word of its own, ends the word the place opens (拉法山/l), or opens a side word (山上)."""
    if words is None or len(words) != len(text):
        return True
    tag = words[h][:1]
    if tag in ("S", "E"):
        return True
    if tag == "B":
        return text[h:word_end(words, h)] in _SIDE_WORDS
    return False  # I: the head runs inside a longer word


def placed_landforms(ents: list[Cand], text: str, words: "list[str] | None" = None) -> list[Cand]:
    """*ents* with each place short form that a landform head follows replaced by the landform, LOC.

    Parameters
    ----------
    ents : list of Cand
        The chosen spans of *text*.
    text : str
        The text.
    words : list of str, optional
        The segmenter's per-character tags of *text* (``B-ns``, ``E-n`` …); without them the head is taken as free.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "游客登上天姥山，天姥山村的村民"
    >>> ents = [Cand(4, 6, "VILLAGE"), Cand(8, 12, "VILLAGE")]
    >>> [(t[c.start:c.end], c.label) for c in placed_landforms(ents, t)]
    [('天姥山', 'LOC'), ('天姥山村', 'VILLAGE')]
    """
    n = len(text)
    starts = {c.start for c in ents}
    out = []
    for c in ents:
        h = c.end
        if c.label in _PLACES and c.end - c.start >= 2 and h < n and text[h] in LANDFORM_HEADS \
                and text[h - 1] not in _LEVEL_END and h not in starts \
                and not (h + 1 < n and text[h + 1] in _PLACE_NEXT) \
                and not text.startswith(("”商标", "”牌", "”品牌"), h + 1) \
                and text[c.start:c.end] not in province_words() \
                and (words is None or len(words) != n or word_start(words, h) >= c.start) \
                and _head_free(text, h, words):
            out.append(Cand(c.start, h + 1, "LOC", prio=c.prio, source="rule"))
        else:
            out.append(c)
    return out
