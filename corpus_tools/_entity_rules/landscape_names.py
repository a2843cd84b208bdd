"""Named landscapes: a grassland, sandy land, desert, stone forest or gorge named in sound characters
(杜尔伯特草原, 乌兰布统草原, 浑善达克沙地, 阿斯哈图石林, 巴丹吉林沙漠) is one LOC (places31, round 30).

The rule for a place + a landscape word (张北草原, 恩施大峡谷: :func:`~corpus_tools._entity_rules.assemble.rule_entities`)
needs the place in the gazetteer tables of the text; these names are often of no unit the text opens (a banner's
grassland, a sandy land across several banners) or of none at all. Their first part is written in characters that
mostly write sounds (:func:`~corpus_tools._entity_rules.names.translit_mean`), which tells them from a plain word
before the landscape word (万亩|草原, 治理|沙地, 辽阔的|草原). The open page gold tags every such name LOC
(grasslands 10 mentions, sandy lands 4, deserts 5, a stone forest 1, eight writers).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import STOPS, Cand, common_or_frequent, known_features
from corpus_tools._entity_rules.names import translit_mean
from corpus_tools._entity_rules.sound_chars import NAME_STOP
from corpus_tools._entity_rules.unlisted_places import word_starts

__all__ = ["LANDSCAPE_HEADS", "sounded_landscapes"]

#: landscape words that end a named grassland, sandy land, desert, stone forest or gorge (longest first)
LANDSCAPE_HEADS = ("大草原", "大峡谷", "草原", "沙地", "沙漠", "石林", "戈壁", "峡谷")
_HEAD_RE = re.compile("|".join(LANDSCAPE_HEADS))
#: a character after the landscape word that makes it part of another name or word (草原站, 沙漠化, 草原局)
_HEAD_GOES_ON = frozenset("站局所办化队委处")
#: mean sound score a first part of three or more characters needs (浑善达克 0.88, 喀拉峻 0.89; 广袤 0.39)
SOUND_MIN = 0.8
#: last characters of a unit's name: 克什克腾旗草原 is the banner's grassland (the place rules read it)
_UNIT_LAST = frozenset("县市区省旗盟州镇乡村")


def _start_ok(text: str, s: int, words: "list[str] | None") -> bool:
    if words is not None and len(words) == len(text):
        return words[s][:1] in ("B", "S") or word_starts(text, s)
    return word_starts(text, s)


def sounded_landscapes(text: str, words: "list[str] | None" = None) -> list[Cand]:
    """Grasslands, sandy lands, deserts, stone forests and gorges whose name is written in sound characters,
    or is a known natural feature (:func:`~corpus_tools._entity_rules.lexicon.known_features`), as LOC.

    The first part is the longest run of 3 to 6 characters before the landscape word that starts a word,
    holds no particle or stop and scores at least :data:`SOUND_MIN`, or a known feature of 2 to 6 characters.

    Parameters
    ----------
    text : str
        The text.
    words : list of str, optional
        The segmenter's per-character word features of *text* (``B-ns``, ``E-n`` …): a first part must
        start a word.

    Returns
    -------
    list of Cand

    Examples
    --------
    >>> t = "初秋的杜尔伯特草原，浑善达克沙地治理，万亩草原，周边金莲川草原"
    >>> [t[c.start:c.end] for c in sounded_landscapes(t)]
    ['杜尔伯特草原', '浑善达克沙地', '金莲川草原']
    """
    known = known_features()
    common = common_or_frequent()
    out = []
    for m in _HEAD_RE.finditer(text):
        h = m.start()
        if text[m.end():m.end() + 1] in _HEAD_GOES_ON:
            continue
        for L in (6, 5, 4, 3, 2):
            s = h - L
            if s < 0:
                continue
            body = text[s:h]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in body) or any(ch in NAME_STOP or ch in STOPS for ch in body):
                continue
            if body[-1] in _UNIT_LAST or body in common or not _start_ok(text, s, words):
                continue
            if L >= 4 and body[:2] in common:
                continue  # 周边|金莲川草原: a word of its own before the name
            if body in known or (L >= 3 and translit_mean(body) >= SOUND_MIN):
                out.append(Cand(s, m.end(), "LOC", prio=2, source="regex"))
                break
    return out
