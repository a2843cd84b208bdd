"""Names written in sound characters, without a Chinese surname.

Uyghur and foreign names whose parts a middle dot joins (阿卜杜热合曼·吐尔逊: :func:`dot_names`) and
four-character Tibetan, Yi or Mongolian names (扎西次仁, 巴音朝鲁: :func:`sound_name`, :func:`sound_names`),
scored by how often their characters write sounds (:func:`names.translit_score`). Split out of
``persons.py``, which calls them from :func:`persons.find_persons`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import numpy as np

from corpus_tools._entity_rules.lexicon import PERSON_AFTER, PERSON_TITLES, frequent2
from corpus_tools._entity_rules.names import REPORT_VERBS, is_idiom, is_word, surname_rate, translit_mean, translit_score
from corpus_tools.text import CJK_RE

#: Middle dots between the parts of a Uyghur or foreign name (U+00B7, U+2022, U+2027, U+30FB).
DOTS = "·•‧・"
_DOT_RE = re.compile(f"(?<=[\u4e00-\u9fff])[{DOTS}](?=[\u4e00-\u9fff])")
#: Characters a name never continues through: particles, prepositions, conjunctions, speech.
NAME_STOP = frozenset("的了着过是在和与及同跟给让把被对向为从到由叫请说等、们也还就又将已正家")
#: Last characters of the role words before a name (负责人, 研究员, 执行官, 市长, 记者, 贫困户, 结亲户).
_ROLE_END = frozenset("人员官长者户")
#: One-character verbs after a name (桑切斯称, 奥涅金曾).
_VERB_AFTER = frozenset("称曾")
#: Mean :func:`names.translit_score` above which a four-character span is a name of sound
#: characters (扎西次仁 1.7, 吉克阿依 3.0) rather than a Chinese name and a word (王建军说 -1.6).
TRANSLIT_MIN = 1.0
#: mean sound score a dotted name needs: column labels joined by a dot (暖闻热评·驻村, 解读·摘帽) score below 0
DOT_NAME_MIN = 0.0


def _stops_left(text: str, j: int, *, first: bool = False) -> bool:
    """The name cannot take ``text[j-1]``: a stop character, or the end of a word (村民, 丈夫); the
    character *first* before the dot ends no word of running text (哈力|克·热合曼: 力克 is a word)."""
    c = text[j - 1]
    if c in NAME_STOP or c in _ROLE_END or not CJK_RE.match(c) or text.endswith(PERSON_TITLES, 0, j):
        return True
    return not first and j >= 2 and is_word(text[j - 2:j]) and min(translit_score(text[j - 2]), translit_score(c)) < 0.5


def _stops_right(text: str, j: int) -> bool:
    """The name cannot take ``text[j]``: a stop character, a report verb or a word (一边, 正在)."""
    c = text[j]
    if c in NAME_STOP or c in _VERB_AFTER or not CJK_RE.match(c) or text[j:j + 2] in REPORT_VERBS \
            or is_idiom(text[j:j + 4]) or verb_aspect(text, j):
        return True
    return is_word(text[j:j + 2]) and min(translit_score(c), translit_score(text[j + 1])) < 0.5


def dot_names(text: str, *, max_part: int = 8) -> list[tuple[int, int]]:
    """Names whose parts a middle dot joins (阿卜杜热合曼·吐尔逊, 爱德华多·克林格).

    Each part reaches left and right from its dot until a particle, a preposition,
    punctuation or a word of running text (村民|买买提江·艾力|一边); parts that meet at a
    dot make one name (穆罕默德·拉斐克·塔拉尔).

    Examples
    --------
    >>> t = "村民买买提江·艾力一边剪枝一边说，阿依努尔·买买提和丈夫努尔买买提·吐尔洪正在地里"
    >>> [t[s:e] for s, e in dot_names(t)]
    ['买买提江·艾力', '阿依努尔·买买提', '努尔买买提·吐尔洪']

    Parts of plain Chinese words make no name (a column label such as 解读·摘帽: the mean sound
    score of its characters, :func:`names.translit_mean`, is below :data:`DOT_NAME_MIN`).
    """
    out: list[list[int]] = []
    for m in _DOT_RE.finditer(text):
        d = m.start()
        s, e = d, d + 1
        while s > 0 and d - s < max_part and not _stops_left(text, s, first=s == d):
            s -= 1
        while e < len(text) and e - d - 1 < max_part and not _stops_right(text, e) and not (
                e - d - 1 >= 2 and _plain_next(text, e)):  # 艾则孜|去村里, 亚森|一大早
            e += 1
        if s == d or e == d + 1:
            continue
        if out and out[-1][1] == d and out[-1][1] - out[-1][0] > 0:
            out[-1][1] = e  # 穆罕默德·拉斐克·塔拉尔: the right part of one dot is the left part of the next
        else:
            out.append([s, e])
    spans = [(s, e) for s, e in out if translit_mean(re.sub(f"[{DOTS}]", "", text[s:e])) >= DOT_NAME_MIN]
    return [_dash_joined(text, s, e, max_part) for s, e in spans]


#: dashes that join the parts of a hyphenated name (贝尔纳—弗朗索瓦·巴尔扎克, 帕斯卡尔·圣—阿芒)
_NAME_DASHES = "—－-"


def _dash_joined(text: str, s: int, e: int, max_part: int) -> tuple[int, int]:
    """Grow a dotted name over a dash to a run of sound characters on the other side
    (贝尔纳—|弗朗索瓦·巴尔扎克, 帕斯卡尔·圣|—阿芒); a run of plain words stays out.

    Examples
    --------
    >>> t = "父亲贝尔纳—弗朗索瓦·巴尔扎克的书库，官员帕斯卡尔·圣—阿芒表示，维克多·雨果—一位作家"
    >>> [t[s:e] for s, e in dot_names(t)]
    ['贝尔纳—弗朗索瓦·巴尔扎克', '帕斯卡尔·圣—阿芒', '维克多·雨果']
    """
    if s >= 2 and text[s - 1] in _NAME_DASHES:
        a = s - 1
        while a > 0 and s - 1 - a < max_part and not _stops_left(text, a):
            a -= 1
        if a < s - 1 and translit_mean(text[a:s - 1]) >= DOT_NAME_MIN:
            s = a
    if e + 1 < len(text) and text[e] in _NAME_DASHES:
        b = e + 1
        while b < len(text) and b - e - 1 < max_part and not _stops_right(text, b) and not (
                b - e - 1 >= 2 and _plain_next(text, b)):
            b += 1
        if b > e + 1 and translit_mean(text[e + 1:b]) >= DOT_NAME_MIN:
            e = b
    return s, e


def _plain_next(text: str, j: int) -> bool:
    """``text[j]`` is a plain Chinese character (score < -2) and starts a plain pair (scores
    summing below -4: 去村, 一大, 打点), the second no stop (伊玛目|说 keeps 目): a name of sound
    characters ends before them."""
    nxt = text[j + 1:j + 2]
    a = translit_score(text[j])
    return a < -2.0 and bool(nxt) and nxt not in NAME_STOP and a + translit_score(nxt) < -4.0


def sound_name(text: str, s: int, e: int) -> bool:
    """A span of sound characters long enough to be a whole Tibetan, Yi or Mongolian name
    (扎西次仁, 吉克阿依, 巴音朝鲁): four characters with a high mean :func:`names.translit_score`."""
    w = text[s:e]
    if len(w) != 4 or not all(CJK_RE.match(c) and c not in NAME_STOP for c in w):
        return False
    # a name of sound characters ends in one (刘亚东|摸完底 does not) and rarely starts with a
    # character that is mostly a surname (刘 0.89 of its uses; 马 0.15, 德 0.001)
    return translit_mean(w) >= TRANSLIT_MIN and translit_score(w[-1]) >= 0.5 and surname_rate(w[0]) < 0.5



def titled_sound_name(text: str, s: int) -> bool:
    """A three-character name of sound characters right after a title at *s* (旗长朝鲁门主持, 副苏木达
    额尔敦说): the title vouches for a name, so the span needs only a high mean
    :func:`names.translit_score` (not a sound character at its end: 朝鲁门), no word and a name end.

    Examples
    --------
    >>> titled_sound_name("旗长朝鲁门主持会议", 2), titled_sound_name("旗长主持会议", 2)
    (True, False)
    >>> titled_sound_name("本报记者　乌兰其其格", 5)
    False
    """
    w = text[s:s + 3]
    if len(w) != 3 or not all(CJK_RE.match(c) and c not in NAME_STOP for c in w) or is_word(w) or is_word(w[:2]):
        return False
    nxt = text[s + 3:s + 4]  # the name ends before a word, a particle or punctuation (not 乌兰其|其格)
    if nxt and CJK_RE.match(nxt) and nxt not in PERSON_AFTER and not is_word(text[s + 3:s + 5]):
        return False
    # its first character writes sounds too (not 老人|名哈桑: 名 -4.4; 朝 0.2, 那 -0.1)
    return translit_mean(w) >= TRANSLIT_MIN and translit_score(w[0]) > -0.5 and surname_rate(w[0]) < 0.5 \
        and sound_name_ends(text, s + 3)

#: a repeated four-character span of sound characters needs this mean score to be a name anywhere
SOUND_REPEAT_MIN = 1.5
#: what follows a foreign or minority place name rather than a person (拉罗谢尔市, 吐尔尕特口岸)
_PLACE_NEXT = frozenset("市省州县区国口岸型城港岛湾全望")


@lru_cache(maxsize=1)
def not_sound_names() -> frozenset[str]:
    """Four-character sound-character words that are no names (data/entities/not_sound_names.txt,
    built by training/ner/build_site_words.py from jieba and People's Daily 1998 tags)."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "not_sound_names.txt")
    return frozenset(w for w in path.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#"))


def sound_names(text: str) -> list[tuple[int, int]]:
    """Tibetan, Yi or Mongolian names (格桑旺久, 巴桑杰布) in any context: a four-character span of
    sound characters (:func:`sound_name`, mean score >= :data:`SOUND_REPEAT_MIN`) that the text
    uses at least twice, each time between a stop on the left and a name end on the right
    (81岁的巴桑杰布, 同格桑旺久炉旁夜话). Once a name is found, the document pass adds its other mentions."""
    seen: dict[str, list[tuple[int, int]]] = {}
    not_sound = not_sound_names()
    scores = list(map(translit_score, text))
    for i in _dense_windows(scores) if len(text) >= _LONG_TEXT else range(len(text) - 3):
        if sum(scores[i:i + 4]) / 4 < SOUND_REPEAT_MIN:
            continue  # translit_mean of the span, from each character's score taken once
        w = text[i:i + 4]
        if not sound_name(text, i, i + 4) or translit_mean(w) < SOUND_REPEAT_MIN or w in not_sound \
                or text[i + 4:i + 5] in _PLACE_NEXT or w[-1] in _PLACE_NEXT or w[-1] in "郡乡镇村" \
                or text.startswith(PERSON_TITLES, i + 3):
            continue  # 三池渊郡: a place unit; 达尔玛老|师: a title starts inside
        if all(h in frequent2() or is_word(h) for h in (w[:2], w[2:])):
            continue  # 田野考古: two common words
        if (i == 0 or _stops_left(text, i)) and sound_name_ends(text, i + 4) \
                and not (i + 4 < len(text) and translit_score(text[i + 4]) >= 0.5):  # 名巴勒斯|坦
            seen.setdefault(text[i:i + 4], []).append((i, i + 4))
    # a name the text also uses as a place (冬古拉玛山口, 吐尔尕特口岸) is no person anywhere
    return [sp for w, spans in seen.items() if text.count(w) >= 2
            and not re.search(re.escape(w) + "[山河湖乡镇村" + "".join(_PLACE_NEXT) + "]", text) for sp in spans]


#: texts from this length find their windows with NumPy (on shorter ones a loop is faster)
_LONG_TEXT = 256


def _dense_windows(scores: list[float]) -> list[int]:
    """The starts of the four-score windows of *scores* whose mean may reach :data:`SOUND_REPEAT_MIN`:
    the window sums added in NumPy (a margin of 1e-9 below the bound keeps every window whose
    sum Python's ``sum`` might round otherwise); the caller tests each start exactly, so the
    starts it keeps are those of a loop over every window."""
    if len(scores) < 4:
        return []
    a = np.asarray(scores, dtype=np.float64)
    sums = a[:-3] + a[1:-2]
    sums += a[2:-1]
    sums += a[3:]
    return np.flatnonzero(sums >= 4 * SOUND_REPEAT_MIN - 1e-9).tolist()


def sound_name_ends(text: str, e: int) -> bool:
    if e >= len(text):
        return True
    return _stops_right(text, e) or text[e] in PERSON_AFTER or translit_score(text[e]) < 0 or verb_aspect(text, e)


def verb_aspect(text: str, e: int) -> bool:
    """A one-character verb and its aspect particle start at *e* (拉着, 种了): a name may end before it."""
    return (text[e + 1:e + 2] in ("着", "了", "过") and bool(CJK_RE.match(text[e:e + 1]))
            and not is_word(text[e - 1:e + 1]))  # 记者曾采访过: 采 ends the word 采访


def dotted_inside(w: str, names: dict[str, int]) -> str | None:
    """The longest other dotted name of *names* inside *w* that leaves at most two characters and no
    dot around it (见阿依·吐尔逊 -> 阿依·吐尔逊), else None.

    Examples
    --------
    >>> dotted_inside("见阿依·吐尔逊", {"阿依·吐尔逊": 1, "见阿依·吐尔逊": 1})
    '阿依·吐尔逊'
    >>> dotted_inside("买买提·艾力·吐尔逊", {"艾力·吐尔逊": 1}) is None
    True
    """
    best = None
    for d in names:
        if d == w or d not in w or not any(x in d for x in DOTS):
            continue
        rest = w.replace(d, "", 1)
        if len(rest) <= 2 and not any(x in rest for x in DOTS) and (best is None or len(d) > len(best)):
            best = d
    return best
