"""Works, actions and ways the segmenter's words show as plain phrases, not names (evfac37, round 36).

The head rules take the words before 行动, 试点, 路 … as a name. Three shapes of fresh county pages are phrases
of the sentence instead, read off the segmenter's word tags (``feats``), not off lists of names:

- **a manner of acting**: 行动 after one word the segmenter tags as an adjective, adverb or distinguishing word
  (``a``, ``ad``, ``d``, ``b``): 用|实际行动|诠释, 采取|统一行动 (People's Daily 2019–2020: 实际行动 ×293, 迅速行动,
  积极行动, 自觉行动, 统一行动 … are the most frequent X行动, none a programme); and 行动 as the subject of a
  predicate adjective (老人行动不便). Named programmes have a noun or a clause before 行动 (春风行动, 兴边富民行动,
  农村人居环境整治三年行动) or quotes (“清河”行动) and stay;
- **a pilot at one place**: X社区|试点, X村|试点 (在小西门社区试点“院落自治”: 试点 is the verb of the sentence, or
  the trial at that place); the GUIDE's 试点 names a reform (能源革命综合改革试点, 新型农村合作医疗试点), which
  stays;
- **a way measured by its length**: 有|六里|山路, 十五里|山路 (a count, a unit of length and one word: the GUIDE drops
  measured quantities from names, and a bare 山路 names nothing). 七里半边街, 十七孔桥 (孔 is no length) stay.

Listed names (prio 2), quoted names and spans of the gazetteer are left alone.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, left_as_chosen
from corpus_tools._entity_rules.word_bounds import word_end, word_start

__all__ = ["plain_works"]

#: marks that make a span a quoted or titled name, which holds any words
_MARKS = "“”‘’《》\"'"
#: segmenter tags of a word that says how one acts (实际, 迅速, 统一), not what the action is
_MANNER_TAGS = frozenset(("a", "ad", "d", "b"))
#: a place unit before 试点: the pilot is that place's (小西门社区, 三五三九社区, 东关村)
_PLACE_PILOT = re.compile(r"[\u4e00-\u9fff]{1,6}(?:社区|村|镇|乡|街道)试点")
#: units of length a count before a way may carry (六里山路, 三公里村道)
_LENGTH_UNITS = frozenset(("里", "公里", "米", "千米", "华里"))


def _tag(feats: list[str], i: int) -> str:
    """The segmenter's tag of the word holding character *i*."""
    return feats[word_start(feats, i)][2:]


def _manner_action(c: Cand, text: str, feats: list[str]) -> bool:
    """Whether PROJECT *c* is 行动 after one manner word (实际行动) or before a predicate adjective (行动不便)."""
    if not text.endswith("行动", c.start, c.end) or c.end - c.start < 3:
        return False
    hs = c.end - 2
    if word_start(feats, hs) != hs:
        return False
    if word_start(feats, c.start) == c.start and word_end(feats, c.start) == hs \
            and _tag(feats, c.start) in _MANNER_TAGS:
        return True  # 实际|行动, 统一|行动: one manner word
    return c.end < len(text) and feats[c.end][:1] in ("B", "S") and _tag(feats, c.end) == "a"  # 老人行动|不便


def _measured_way(c: Cand, text: str, feats: list[str]) -> bool:
    """Whether FAC *c* is a count, a unit of length and one word (六|里|山路)."""
    if _tag(feats, c.start) != "m" or word_start(feats, c.start) != c.start:
        return False
    u = word_end(feats, c.start)
    if u >= c.end:
        return False
    w = word_end(feats, u)
    return text[u:w] in _LENGTH_UNITS and w < c.end and word_end(feats, w) == c.end


def plain_works(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* without the PROJECT and FAC spans that are plain phrases (module docstring): a manner of acting
    (实际行动, 老人行动不便), a pilot at one place (小西门社区试点), a way measured by its length (六里山路).

    Parameters
    ----------
    ents : list of Cand
        The chosen spans.
    text : str
        The analysed text.
    feats : list of str or None
        The segmenter's per-character features (``B-``/``I-``/``E-``/``S-`` + PKU tag); without them only the
        pilots are read.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "用实际行动诠释初心，在东关社区试点，有六里山路"
    >>> feats = ["S-p", "B-a", "E-a", "B-vn", "E-vn", "B-v", "E-v", "B-n", "E-n", "S-w", "S-p", "B-ns", "E-ns",
    ...          "B-n", "E-n", "B-n", "E-n", "S-w", "S-v", "S-m", "S-q", "B-n", "E-n"]
    >>> ents = [Cand(1, 5, "PROJECT"), Cand(11, 17, "PROJECT"), Cand(19, 23, "FAC")]
    >>> [t[c.start:c.end] for c in plain_works(ents, t, feats)]
    []
    >>> t = "开展春风行动，修好十七孔桥"
    >>> feats = ["B-v", "E-v", "B-n", "E-n", "B-vn", "E-vn", "S-w", "B-v", "E-v", "B-m", "E-m", "S-q", "S-n"]
    >>> [t[c.start:c.end] for c in plain_works([Cand(2, 6, "PROJECT"), Cand(9, 13, "FAC")], t, feats)]
    ['春风行动', '十七孔桥']
    """
    has_feats = feats is not None and len(feats) == len(text)
    out = []
    for c in ents:
        name = text[c.start:c.end]
        if left_as_chosen(c, name, ("PROJECT", "FAC"), _MARKS):
            out.append(c)
            continue
        if c.label == "PROJECT" and _PLACE_PILOT.fullmatch(name):
            continue  # 小西门社区|试点: the pilot at one place
        if has_feats and c.label == "PROJECT" and _manner_action(c, text, feats):
            continue  # 实际|行动, 老人行动|不便
        if has_feats and c.label == "FAC" and _measured_way(c, text, feats):
            continue  # 有|六里|山路
        out.append(c)
    return out
