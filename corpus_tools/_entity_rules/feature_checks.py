"""Document checks of natural-feature (LOC) mentions, after the rules and the model have spoken.

A name that ends in a landscape character may be a person's (钟南山院士, 程腾峰赶紧往楼下跑); a
two-character feature may be cut out of two words (其中|原委 -> 中原, 中东|海湾 -> 东海); and a
mountain range written without 山 next to another range is the mountain, not the city of that
name (GUIDE 15: 太行、吕梁 -> LOC 吕梁). These checks read the whole text, so they run once the
candidates are resolved (:func:`corpus_tools.entities.find_entities`).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import REPORT_VERBS, is_word
from corpus_tools._entity_rules.person_roles import is_surname

__all__ = ["PERSON_CUES", "feature_checks", "paired_ranges", "spoken_features", "split_features"]

#: what follows a person, never a river or a mountain: report verbs (less the ones a place may
#: take: 正在, 一边, 希望 …), 说 (not 说明), titles written after the name, an anonymised name
PERSON_CUES = tuple(sorted((REPORT_VERBS - {"正在", "一边", "深有", "高兴", "激动", "希望", "要求", "提出", "说明", "带领",
                                            "率领", "率队", "主持", "出席", "笑着", "回忆"})
                           | {"讲述", "院士", "同志", "（化名）", "(化名)"}, key=len, reverse=True))
_SAYS_RE = re.compile("说(?![明法服起])")
#: verbs of facing before a feature one speaks about (指着华容河说道)
_FACING = ("指着", "望着", "对着", "看着", "面对", "朝着", "沿着", "站在")


def _person_after(text: str, e: int) -> bool:
    return text.startswith(PERSON_CUES, e) or _SAYS_RE.match(text, e) is not None


def spoken_features(ents: list[Cand], text: str) -> list[Cand]:
    """LOC names that the text puts where a person stands (before 说, 介绍, 告诉, 院士, （化名）; not
    after 指着, 望着 …) in at least a third of their mentions, when the name opens with a surname and
    has two to four characters (钟南山, 黄海（化名）): every mention becomes a PERSON.

    Examples
    --------
    >>> t = "钟南山院士已84岁。我们说说钟南山。"
    >>> [(t[c.start:c.end], c.label) for c in spoken_features([Cand(0, 3, "LOC"), Cand(14, 17, "LOC")], t)]
    [('钟南山', 'PERSON'), ('钟南山', 'PERSON')]
    >>> t = "长江支流密布，黄河说起来也长。"
    >>> [(t[c.start:c.end], c.label) for c in spoken_features([Cand(0, 2, "LOC"), Cand(7, 9, "LOC")], t)]
    [('长江', 'LOC'), ('黄河', 'LOC')]
    """
    locs = {text[c.start:c.end] for c in ents if c.label == "LOC"}
    spoken = set()
    for name in locs:
        if 2 <= len(name) <= 4 and is_surname(name[0]):
            at = [i for i in range(len(text)) if text.startswith(name, i)]
            cued = [i for i in at if _person_after(text, i + len(name)) and not text.startswith(_FACING, max(0, i - 2), i)]
            if cued and 3 * len(cued) >= len(at):
                spoken.add(name)
    if not spoken:
        return ents
    out = []
    for c in ents:
        if c.label == "LOC" and text[c.start:c.end] in spoken:
            out.append(Cand(c.start, c.end, "PERSON", prio=c.prio, source="document"))
        else:
            out.append(c)
    return out


def _cut(text: str, feats: list[str] | None, s: int, e: int) -> bool:
    """Whether a word runs into ``[s, e)`` from the left and another out of it to the right: the
    segmenter's words (*feats*, ``B-n`` … per character), else two-character words of People's Daily 1998."""
    if s == 0 or e >= len(text) or text[s - 1] in _UNIT_ENDS:
        return False  # 枞阳县|长江边: a place before it (the segmenter reads 县长|江边)
    if feats is not None and len(feats) == len(text):
        return feats[s][:1] in ("M", "E") and feats[e - 1][:1] in ("B", "M")
    return is_word(text[s - 1:s + 1]) and is_word(text[e - 1:e + 1])


def split_features(ents: list[Cand], text: str, feats: list[str] | None = None) -> list[Cand]:
    """Two-character LOC mentions cut out of two words (其中|原委 -> 中原, 中东|海湾 -> 东海): no feature.

    Examples
    --------
    >>> t = "道出了其中原委"
    >>> split_features([Cand(4, 6, "LOC")], t, ["B-v", "E-v", "S-u", "B-r", "E-r", "B-n", "E-n"])
    []
    >>> t = "维护中东海湾地区和平"
    >>> split_features([Cand(3, 5, "LOC")], t)
    []
    >>> t = "枞阳县长江边"
    >>> len(split_features([Cand(3, 5, "LOC")], t, ["B-ns", "E-ns", "B-n", "E-n", "B-s", "E-s"]))
    1
    """
    return [c for c in ents if not (c.label == "LOC" and c.end - c.start == 2 and _cut(text, feats, c.start, c.end))]


#: last characters of a place written right before a feature
_UNIT_ENDS = frozenset("县市区镇乡村省州旗盟")

#: what joins two ranges named together: 太行、吕梁; 吕梁太行; 太行和吕梁
_JOIN = ("、", "和", "与", "及", "")


def paired_ranges(ents: list[Cand], text: str, known: frozenset[str]) -> list[Cand]:
    """A GPE short form written next to a mountain range, whose name + 山 is a known mountain
    (*known*: ``sites.nature_names``), names the range (GUIDE 15: 太行、吕梁 -> LOC 吕梁; 吕梁太行之外).

    Examples
    --------
    >>> t = "太行、吕梁两座大山"
    >>> known = frozenset({"吕梁山", "太行山"})
    >>> [(t[c.start:c.end], c.label) for c in paired_ranges([Cand(0, 2, "LOC"), Cand(3, 5, "GPE")], t, known)]
    [('太行', 'LOC'), ('吕梁', 'LOC')]
    """
    out = list(ents)
    ranges = [c for c in ents if c.label == "LOC" and (text[c.start:c.end] + "山" in known or text[c.end - 1] in "山岭")]
    for k, c in enumerate(out):
        if c.label != "GPE" or text[c.start:c.end] + "山" not in known:
            continue
        for r in ranges:
            gap = text[r.end:c.start] if r.end <= c.start else text[c.end:r.start]
            if gap in _JOIN:
                out[k] = Cand(c.start, c.end, "LOC", prio=c.prio, source=c.source)
                break
    return out


def feature_checks(ents: list[Cand], text: str, known: frozenset[str], feats: list[str] | None = None) -> list[Cand]:
    """:func:`spoken_features`, :func:`split_features` and :func:`paired_ranges` in turn (*feats*: the
    segmenter's per-character word features, when the model read them)."""
    if not any(c.label in ("LOC", "GPE") for c in ents):
        return ents
    return paired_ranges(split_features(spoken_features(ents, text), text, feats), text, known)
