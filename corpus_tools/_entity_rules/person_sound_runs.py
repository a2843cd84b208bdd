"""Whole names of sound characters fixed by their frame on both sides, four to six characters long.

Tibetan, Yi and Mongolian names as Chinese papers print them are runs of syllable characters with no
surname (彭措朗加, 俄木日火, 那顺乌日图, 额尔敦宝力道, 图门吉日嘎拉). The surname-first rules miss them; the
sound-name rules (:mod:`~corpus_tools._entity_rules.sound_names`) take two to four characters and often a
part (卓玛 of 降央卓玛, 巴特尔 of 苏和巴特尔). Here a run is read whole when the text closes it on both sides:

* on the left a title or person noun (县委书记, 牧民, 骑手), a role word (记者, 通讯员), a roll-call comma
  (、) or the line's or caption's start;
* on the right a punctuation mark, a space, a credit (摄), or a verb or word that follows people
  (说, 介绍, 出席, 领着, 夺得 …);

and at least one side is a strong one (a title or role on the left, a speech, credit or attendance word on
the right, or a roll call: 、 on one side). The run's characters must read as sounds: every character's
:func:`~corpus_tools._entity_rules.sound_names.sound_score` at least :data:`RUN_CHAR_MIN` and their mean at
least :data:`RUN_MEAN_MIN`; no function word, no word of the lexicon, no place name of the gazetteer.

:func:`widen_persons` then lets such a run replace the shorter PERSON spans inside it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import COUNTRIES, PERSON_TITLES, Cand, not_names
from corpus_tools._entity_rules.names import is_idiom, is_word
from corpus_tools._entity_rules.person_roles import EDITOR_ROLES, ROLE_WORDS, is_role, is_surname
from corpus_tools._entity_rules.sound_names import region_score, sound_score
from corpus_tools.text import CJK_RE

__all__ = ["RUN_CHAR_MIN", "RUN_MEAN_MIN", "STAFF_ROLES", "is_sound_run", "sound_runs", "widen_persons"]

#: least sound score of every character of a run (苏和巴特尔: 和 -1.0; 降 of 降央卓玛 -3.0 stays out)
RUN_CHAR_MIN = -1.3
#: least mean sound score of a run by length (Han phrases score below 1 on average)
RUN_MEAN_MIN = {4: 1.5, 5: 1.0, 6: 1.0}
#: least sound score of a run's last character where a plain word closes it (呷 6.6, 措 1.0; 忙 of 郝旺福忙得 -1.2)
_PLAIN_CLOSE_LAST = 1.0
#: page-staff roles of a banner or foot line (值班编委：X)
STAFF_ROLES = ("值班编委", "值班主任", "值班编辑", "版式", "审读", "终审", "二审", "一审")
#: last characters of nouns for people (骑手, 画师, 牧民, 种植户, 讲解员, 环卫工, 果农, 银匠)
_PERSON_NOUN_ENDS = frozenset("师手民户员工农匠")
#: function characters no name holds
_STOP = frozenset("的了着过是在和与及同跟给让把被对向为从到由也还就又将已正都很这那么什怎样地得说个们一当家")
#: Mongolian names use 和 second and 那 first as syllables (苏和巴特尔, 那顺乌日图), in a run of five or six
_LONG_OK = {1: "和", 0: "那"}
#: Last characters of places (a run ending so is a place: 别力古台, 阿拉坦河)
_PLACE_END = frozenset("村乡镇县市区州省旗盟山河湖江寺沟口岸岗林湾坝寨屯台庙坡场站")
#: what opens a name on the left: punctuation and spaces
_LEFT_MARKS = frozenset("，。；：:（(\n \u3000“‘▲■●◆□、/／的")
#: what closes a name on the right: punctuation and spaces
_RIGHT_MARKS = frozenset("，。；：:）)\n \u3000”’、")
#: words after a name that show a person (speech, credit, attendance, a person's doing)
_STRONG_AFTER = re.compile(r"(?:说|介绍|表示|告诉|笑着|摄|出席|参加|主持|讲话|致辞|领着|带着|带领|夺得|获得|担任|正在|正|今年|等)")


_INSIDE_RE = re.compile("|".join(sorted({re.escape(w) for w in PERSON_TITLES if len(w) > 1}
                                         | {"介绍", "表示", "告诉", "先生", "女士", "博士", "村民", "记者"}, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    words = set(PERSON_TITLES) | {w for w in ROLE_WORDS if len(w) > 1} | set(EDITOR_ROLES) | set(STAFF_ROLES) | {"领导"}
    return re.compile("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")[：: \u3000]*$")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(gz.upper_names()) | frozenset(gz.township_names())


def _left(text: str, s: int) -> int:
    """2: a title or role word ends at *s*; 3: a list comma (、); 1: a mark, a space, the text's start or
    the last character of a noun for people (搬迁户); 0: neither."""
    if s == 0:
        return 1
    if _title_re().search(text[max(0, s - 10):s]):
        whole = _title_re().search(text[max(0, s - 10):s + 1])
        if whole and max(0, s - 10) + whole.start() < s:
            return 0  # 通讯|员冯雪梅 (user32b F17): the run's first character ends a longer title
        return 2
    if text[s - 1] in _PERSON_NOUN_ENDS and s >= 2 and is_word(text[s - 2:s]):
        return 2  # 骑手, 画师
    if text[s - 1] == "、":
        return 3
    # a noun for people the word list lacks (搬迁户, 种植户) still closes the run, weakly
    return 1 if text[s - 1] in _LEFT_MARKS or text[s - 1] in _PERSON_NOUN_ENDS else 0


def _right(text: str, e: int) -> int:
    """2: a speech, credit or attendance word follows; 3: a list comma (、); 1: a mark, a space, the text's
    end, a function character or a word of the lexicon (农民阿苦日呷|一家, 村民普布卓玛|拧开: a plain word
    closes the run, weakly); 0: neither."""
    if e >= len(text):
        return 1
    k = e
    while k < len(text) and text[k] in " \u3000":
        k += 1  # 阿西拉则　摄
    if text[e] == "、":
        return 3
    if _STRONG_AFTER.match(text, k):
        return 2
    if text[e] in _RIGHT_MARKS:
        return 1
    if sound_score(text[e - 1]) < _PLAIN_CLOSE_LAST:
        return 0  # 主任郝旺福忙|得: a plain last character, the run runs into the verb
    if text[e] in _STOP:
        return 1
    return 1 if is_word(text[e:e + 2]) and not (_run_char(text[e]) and _run_char(text[e + 1:e + 2])) else 0


def is_sound_run(w: str) -> bool:
    """*w* (four to six characters) reads as a whole name of sound characters (see the module).

    Examples
    --------
    >>> is_sound_run("那顺乌日图"), is_sound_run("幸福生活")
    (True, False)
    """
    n = len(w)
    if n not in RUN_MEAN_MIN or not all(CJK_RE.match(c) for c in w):
        return False
    if any(c in _STOP and not (n >= 5 and _LONG_OK.get(i) == c) and not (c == "让" and w[i - 1:i] == "才")
           for i, c in enumerate(w)):  # 才让 is a Tibetan syllable pair (索南才让, 多杰才让)
        return False
    scores = [sound_score(c) for c in w]
    if min(scores) < RUN_CHAR_MIN or sum(scores) / n < RUN_MEAN_MIN[n]:
        return False
    if w[-1] in _PLACE_END or w in _places() or is_role(w) \
            or any(w[:k] in _places() and sum(scores[k:]) / (n - k) < 0.8 for k in range(2, n - 1)):  # 莱芜|香椿, not 尼玛|次仁
        return False
    if any(w.startswith(c) for c in COUNTRIES) or _INSIDE_RE.search(w, 1):
        return False  # 尼泊尔文化; 李俊介绍, 覃海宁博士: a speech verb or a title inside
    if any(w[k - 1] in _PERSON_NOUN_ENDS and is_word(w[:k]) for k in (2, 3) if k < n - 1) \
            or _title_re().match(w):
        return False  # 牧民|巴特尔, 农户|马尔康达: a person noun or a title before the name (review)
    if is_word(w[:2]) and is_surname(w[2]) and region_score(w[0]) + region_score(w[1]) < 0:
        return False  # 哥哥马生才, 居民刘大伯: a noun for a person before a Han name (乌云|毕力格: region sounds)
    if is_surname(w[0]) and any(is_word(w[k:]) for k in (n - 2, n - 3) if k >= 2):
        return False  # 张玉梅依然, 苏炳添本次: a Han name and a word
    if any(is_word(w[:k]) and is_word(w[k:]) for k in range(2, n - 1)):
        return False  # 幸福生活, 森林公园: two words
    return not any(is_word(w[i:j]) or is_idiom(w[i:j]) or w[i:j] in not_names()
                   for i in range(n) for j in range(i + 3, n + 1))  # no word of three or more inside


@lru_cache(maxsize=None)
def _run_char(c: str) -> bool:
    """Whether *c* may stand in a sound run: CJK, not a stop character (和/那/让 are judged later), a sound
    score of at least ``RUN_CHAR_MIN`` (cached: the test runs once a character of every text)."""
    return bool(CJK_RE.match(c)) and (c not in _STOP or c in "和那让") and sound_score(c) >= RUN_CHAR_MIN


def sound_runs(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, listed)`` of the runs of four to six sound characters that the text closes on both
    sides, one side strongly (the longest at each start; runs do not overlap). *listed*: only a list comma
    (、) supports the run, so it is a name only next to a PERSON in the list (:func:`widen_persons`).

    Examples
    --------
    >>> t = "旗领导斯琴高娃、额尔敦宝力道出席。牧民阿拉坦仓嘎说，骑手在草原上竞技。阿西拉则　摄"
    >>> [(t[s:e], listed) for s, e, listed in sound_runs(t)]
    [('斯琴高娃', False), ('额尔敦宝力道', False), ('阿拉坦仓嘎', False), ('阿西拉则', False)]
    >>> t = "鸟类有白尾海雕、阿穆尔隼、金雕"
    >>> [(t[s:e], listed) for s, e, listed in sound_runs(t)]
    [('阿穆尔隼', True)]
    >>> sound_runs("全面推进乡村振兴，巩固脱贫攻坚成果。")
    []
    """
    out: list[tuple[int, int, bool]] = []
    # characters that may stand in a run (a sound score high enough, CJK, 和/那/让 judged later): most texts
    # have few stretches of four of them, so the frames are read only there
    ok = [_run_char(c) for c in text]
    last = 0
    for s in range(len(text) - 3):
        if s < last or not (ok[s] and ok[s + 1] and ok[s + 2] and ok[s + 3]):
            continue
        left = _left(text, s)
        if not left:
            continue
        for n in (6, 5, 4):
            e = s + n
            if e > len(text):
                continue
            right = _right(text, e)
            if right and max(left, right) >= 2 and is_sound_run(text[s:e]):
                out.append((s, e, 2 not in (left, right)))
                last = e
                break
    return out


def widen_persons(ents: list[Cand], runs: list[tuple[int, int, bool]]) -> list[Cand]:
    """*ents* with each run of :func:`sound_runs` as a PERSON where it overlaps only PERSON spans lying inside
    it (卓玛 inside 降央卓玛) or nothing; a run crossing any other span, or a PERSON reaching past it, is left out.
    A listed run needs a PERSON next to it in its list (王志刚、额尔敦宝力道).

    Examples
    --------
    >>> t = "骑手在竞技。降央卓玛　摄"
    >>> [t[c.start:c.end] for c in widen_persons([Cand(8, 10, "PERSON")], [(6, 10, False)])]
    ['降央卓玛']
    >>> t = "王志刚、额尔敦宝力道出席，鸟类有金雕、阿穆尔隼"
    >>> [t[c.start:c.end] for c in widen_persons([Cand(0, 3, "PERSON")], [(4, 10, True), (19, 23, True)])]
    ['王志刚', '额尔敦宝力道']
    """
    out, todo = list(ents), list(runs)
    while todo:  # a listed run may lean on a run after it (马海阿呷、吉克曲布、王刚): repeat until nothing is added
        left = []
        for s, e, listed in todo:
            if listed and not any(c.label == "PERSON" and (c.end == s - 1 or c.start == e + 1) for c in out):
                left.append((s, e, listed))
                continue
            cross = [c for c in out if c.start < e and s < c.end]
            if any(c.label != "PERSON" or c.start < s or c.end > e for c in cross):
                continue
            out = [c for c in out if c not in cross] + [Cand(s, e, "PERSON", prio=-1, source="rule")]
        if len(left) == len(todo):
            break
        todo = left
    return sorted(out, key=lambda c: c.start)
