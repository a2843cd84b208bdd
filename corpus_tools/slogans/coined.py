"""A county's coined slogans that the frame tests miss: judged by the phrase's own word shape.

A county paper quotes its own coinages (“山区变花园”, “百名医生进山村”, “工业强县”, “小庭院、大产业”) in any
sentence, often without a governing verb or a label head after them (县里开展“山区变花园”绿化竞赛; 李家庄村发展庭院
经济，“小庭院、大产业”让村民增收). The single-phrase and pair tests of :mod:`~corpus_tools.slogans.singles` need
such a frame, and a phrase ending in 村/园 reads to them as a name; this module reads the shape instead:

* :func:`place_goal`: a short clause that ends in a place and has a one-character verb before it, an actor or
  domain first (山区 变 花园, 百名医生 进 山村, 工业 强县, 景区 带 村): a goal or requirement for the place, which
  a name (农家书屋, 巾帼创业园, 老年活动中心: no one-character verb before the last word) never is;
* :func:`matched_pair`: two parts of one length (three to seven characters) whose words have the same classes in
  the same order, a noun and a modifier or verb (小 庭院 / 大 产业: adjective noun twice; 走 在 前 / 作 表率 is left
  to the pair tests): a pair of parallel clauses or modified nouns, which a list of two things (农家书屋、文化广场,
  both noun noun) or a quality (很周到、很贴心) is not.

:func:`coined_evidence` is called by :func:`~corpus_tools.slogans.quotetest.classify_quote` for a quotation the
rules rejected; the vetoes of :func:`~corpus_tools.slogans.singles.rule_flags` that mark a name by its frame (a
title given, a brand or site head after it, a place of the gazetteer) still hold, and a phrase inside 的 (a
quality described) is left out.
"""

from __future__ import annotations

import re
from typing import Mapping

from corpus_tools.slogans.placenames import is_place, is_place_name
from corpus_tools.slogans.singles import rule_flags
from corpus_tools.slogans.wordshape import verb_before_last, word_shape

__all__ = ["place_goal", "matched_pair", "requirement_shape", "coined_evidence", "PLACE_ENDS"]

#: Last characters of a place a goal names: an administrative unit, a settlement, a garden or park (花园, 家园).
PLACE_ENDS = "村镇乡县市城区园"

_CJK_RE = re.compile(r"[\u4e00-\u9fff]+")
# the rule flags that veto a coinage: a frame that names the phrase (评为“X”, “X”景区, “X”牌, 以“X”闻名) or a
# name, honour or role by its head; name_suffix is the head test this module overrides by the phrase's shape
_VETOES = ("bad_shape", "place_prefix", "name_after", "honour", "role_name", "division_start", "title_before",
           "epithet", "ordinary", "rank")


def place_goal(s: str) -> bool:
    """Whether *s* is a clause ending in a place with a one-character verb before it (山区变花园, 百名医生进山村,
    工业强县, 景区带村): a goal or requirement for the place, not its name.

    Parameters
    ----------
    s : str
        A quoted phrase.

    Returns
    -------
    bool
        True for four to eight Chinese characters ending in a place character (:data:`PLACE_ENDS`) whose word shape
        has a noun or a count first and a one-character verb right before the last word (or a last word of a
        verb and a unit, 强县, 兴县), and that is no place of the gazetteer.

    Examples
    --------
    >>> place_goal("山区变花园"), place_goal("百名医生进山村"), place_goal("工业强县")
    (True, True, True)
    >>> place_goal("巾帼创业园"), place_goal("老年活动中心"), place_goal("农家书屋"), place_goal("书香临城")
    (False, False, False, False)
    """
    if not isinstance(s, str) or not re.fullmatch(r"[\u4e00-\u9fff]{4,8}", s) or s[-1] not in PLACE_ENDS:
        return False
    shape = word_shape(s)
    # the words before the verb are an actor, a domain or a count only (no adverb: 小事不出村 is a rule of conduct
    # the page lists with its series, judged there)
    if len(shape) < 2 or any(c not in "NM" for _, c in shape[:-2]) or shape[0][1] not in "NM":
        return False
    last = shape[-1]
    # 山区 变 花园 / 景区 带 村: a one-character verb, then the place word
    split = len(shape) >= 3 and verb_before_last(s, last_len=2, last_noun=True)
    # 工业 强县 / 旅游 兴县: the tagger reads the verb and the unit as one word; not a city's two-character name
    # (书香 临城, 魅力 聊城: a brand of the city), which ends in 城 far more often than a strategy does
    fused = len(last[0]) == 2 and last[1] in "VN" and len(shape) == 2 and len(shape[0][0]) >= 2 \
        and last[0][1] in "村镇乡县" and last[0][0] not in "大小新老古"
    if not (split or fused):
        return False
    return not (is_place(s) or is_place_name(s))


def matched_pair(s: str) -> bool:
    """Whether *s* is two parts of one length whose words have the same classes in the same order, not all nouns
    (小庭院、大产业): a pair of parallel phrases rather than a list of two things.

    Parameters
    ----------
    s : str
        A quoted phrase.

    Returns
    -------
    bool
        True for two parts of three to seven Chinese characters joined by 、 or ，, no character shared in one
        slot (those pairs are :func:`~corpus_tools.slogans.singles.formula_pair`'s), of one word shape with a
        noun and an adjective, verb, numeral or adverb in it (很周到、很贴心, a quality, has no noun).

    Examples
    --------
    >>> matched_pair("小庭院、大产业"), matched_pair("农家书屋、文化广场"), matched_pair("很周到、很贴心")
    (True, False, False)
    """
    if not isinstance(s, str):
        return False
    parts = re.split(r"[、，,]", s)
    if len(parts) != 2 or len(parts[0]) != len(parts[1]) or not 3 <= len(parts[0]) <= 7 \
            or not all(_CJK_RE.fullmatch(p) for p in parts) or parts[0] == parts[1]:
        return False
    if any(x == y for x, y in zip(*parts)):
        return False                 # a shared character in one slot: judged by singles.formula_pair and its guards
    a, b = (word_shape(p) for p in parts)
    classes = [c for _, c in a]
    if len(a) < 2 or classes != [c for _, c in b] or [len(w) for w, _ in a] != [len(w) for w, _ in b]:
        return False
    # a noun and a modifier or verb: 小 庭院; adverb and adjective alone describe a quality (很 周到、很 贴心)
    return "N" in classes and any(c in "AVMD" for c in classes)


# 应收尽收, 能开尽开 (every case that should be, is), 凡进必审 (every entry checked); not the idiom 应有尽有 (the
# idiom list does not hold it), nor 有X必Y, whose idioms and sayings (有求必应, 有问必答) the lists miss too
_REQUIREMENT_RE = re.compile(r"[应能]([\u4e00-\u9fff])尽\1|凡[\u4e00-\u9fff]必[\u4e00-\u9fff]")


def requirement_shape(s: str) -> bool:
    """Whether *s* is a four-character requirement of the 应X尽X / 凡X必Y shape (应接尽接, 应收尽收, 凡进必审): a rule that
    every case be handled, a formula by its shape wherever it is quoted. People's Daily 2019-2020 quotes 30 such
    phrases (应收尽收 ×15, 应保尽保, 应检尽检 …, 能开尽开, 凡进必审 …), all formulae (the idiom 应有尽有 is never quoted
    there, and is left out); pages28 quotes 应接尽接 after 群众要, with no frame.

    Parameters
    ----------
    s : str
        The quoted phrase (normalised).

    Returns
    -------
    bool
        True for the shape.

    Examples
    --------
    >>> requirement_shape("应接尽接"), requirement_shape("凡进必审"), requirement_shape("应急管理")
    (True, True, False)
    >>> requirement_shape("应有尽有"), requirement_shape("有求必应")
    (False, False)
    """
    return _REQUIREMENT_RE.fullmatch(s) is not None and s != "应有尽有"


def coined_evidence(s: str, before: str, after: str, *, places: tuple[str, ...] = (),
                    flags: "Mapping[str, bool] | None" = None) -> str | None:
    """The evidence for a quoted phrase the frame tests rejected that its shape marks as a county's coinage.

    Parameters
    ----------
    s : str
        The quoted phrase (normalised).
    before, after : str
        Up to eight characters before the opening and after the closing quotation mark.
    places : tuple of str
        The page's place stems (a phrase opening with one names a product or event).
    flags : mapping of str to bool or None
        The rule flags of *s* without its separators (:func:`~corpus_tools.slogans.singles.rule_flags`; a flag
        missing counts as False) when the caller has them already (:func:`~corpus_tools.slogans.singles.judge`);
        computed here otherwise.

    Returns
    -------
    str or None
        ``"requirement shape"`` (:func:`requirement_shape`), ``"place goal"`` (:func:`place_goal`), ``"matched
        pair"`` (:func:`matched_pair`), or None.

    Examples
    --------
    >>> coined_evidence("山区变花园", "县里开展", "绿化竞赛"), coined_evidence("小庭院、大产业", "经济，", "让村民")
    ('place goal', 'matched pair')
    >>> coined_evidence("山区变花园", "被评为", "称号"), coined_evidence("小庭院、大产业", "", "的")
    (None, None)
    """
    if after.startswith(("的", "之")) or before.endswith(("的", "之")):
        return None                  # a quality described (“小而精、大而强”的企业)
    if flags is None:
        flags = rule_flags(s.replace("、", "").replace("，", ""), before, after, places)
    if any(flags.get(k, False) for k in _VETOES):
        return None
    if requirement_shape(s):
        return "requirement shape"
    if place_goal(s):
        return "place goal"
    if matched_pair(s):
        return "matched pair"
    return None
