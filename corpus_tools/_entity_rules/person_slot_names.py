"""Three-character names in a person's slot whose surname the tables lack (果农佴志强说, 村民冶金花种了).

Writers of county papers give their people rare surnames (佴, 厍, 仉, 郄, 冶, 练, 漆, 茶): People's
Daily 1998 hardly uses them as surnames, so the title rules (:func:`persons.find_persons`) take them only
before a clear boundary and the model rarely proposes them. Here the slot and the given name vouch
instead of the surname: right after a person's title or a noun for a person (村民, 果农, 群众, 护林员,
老兵, 老战士), an age (三十八岁的), 任命 … 为, a photo credit (——X摄), or between a clause boundary and a
speech verb (。蔺德才说：), three characters whose last two read as a
given name (:func:`person_context.given_like`: 志强, 金凤, 冬根; not 车间, 工位) and which end before a
boundary (punctuation, a particle, a verb word) are a name, whatever their first character.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import PERSON_AFTER, PERSON_TITLES, frequent2, not_names
from corpus_tools._entity_rules.names import (BAIJIAXING, REPORT_VERBS, function_char, is_idiom, is_word, rare_char,
                                              surname_length, surname_rate, translit_score)
from corpus_tools._entity_rules.person_context import given_like, title_runs_on
from corpus_tools._entity_rules.person_roles import is_role
from corpus_tools._entity_rules.sound_chars import NAME_STOP, sound_name, verb_aspect
from corpus_tools.text import CJK_RE

__all__ = ["addressed_names", "only_surname", "person_slot", "slot_names", "sound_run_at"]

#: last characters of two-character nouns for people (果农, 群众, 职工, 教师, 学生, 木匠, 老兵, 战士, 阿婆, 大爷, 女孩)
_NOUN_ENDS = frozenset("户农民工师众生匠兵士婆爷孩")
#: an age before 的 (三十八岁的, 73岁的)
_AGE_RE = re.compile(r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})多?岁的$")
#: one-character verbs a name may stand before (漆冬根拿着 is verb_aspect; 亢二牛在, 应丽萍遗失 are words)
#: characters that make the three before them a place or a post (宁秀镇, 忠厚堂村, 华容河, 保洁员)
_PLACE_NEXT = frozenset("镇乡村县市区省路街河湖员")
_VERB_CHARS = frozenset("说在是为把被从到给向和与跟让对将也都还又就曾已正")
#: surnames outside 百家姓 that county papers print (庹, 谌, 仝: Hubei, Jiangxi, Henan families)
_MORE_SURNAMES = frozenset("庹谌仝")
#: a clause boundary before a speaker's name (。蔺德才说：, ”周淑芬说。)
_CLAUSE_BOUNDARY = frozenset("，。：；！？”“、\n\u3000 （）")
#: a speech verb after a speaker's name and the punctuation after it (说，, 介绍：, 笑着说)
_SPEECH_RE = re.compile(r"(?:笑着|高兴地|激动地|感慨地)?(?:说|表示|介绍|告诉|坦言|回忆)[，。：:“]")
#: the characters a slot can end with (:func:`_slot`: a title's last, a noun for a person's, 员, 任命, 免去, a
#: credit dash or its space, an age's 的 or the line break ``$`` matches before; :func:`_speaker_slot`: a
#: clause boundary): :func:`slot_names` tests no further after any other character (most of a text)
_SLOT_LAST = frozenset({t[-1] for t in PERSON_TITLES if t}) | _NOUN_ENDS | frozenset("员命去— 的\n") | _CLAUSE_BOUNDARY


def only_surname(ch: str) -> bool:
    """A surname that is nothing else: 百家姓 (or :data:`_MORE_SURNAMES`) and a character People's Daily
    1998 hardly uses (禚, 綦, 郗, 庹), so the two characters after it are a given name even when they
    make a word (禚玉兰, 郗满仓, 庹长江).

    Examples
    --------
    >>> [only_surname(c) for c in "禚庹王和"]
    [True, True, False, False]
    """
    return (ch in BAIJIAXING or ch in _MORE_SURNAMES) and rare_char(ch)


def _slot(text: str, s: int) -> bool:
    """A person's slot ends right before *s*: a title, a noun for a person, an age, 任命 or a credit dash;
    before a surname that is nothing else (:func:`only_surname`) also any noun ending so (挡车工) and a word
    for a person in 人 (传人, 老人)."""
    if s < 1:
        return False
    if only_surname(text[s]) and (text[s - 1] in _NOUN_ENDS or text[s - 1] == "人" and is_word(text[max(0, s - 2):s])
                                  or text[s - 1] == "的"):
        return True  # 挡车工禚玉兰, 传人谌满娇, 开小饭馆的郗桂兰
    if text.endswith(PERSON_TITLES, 0, s) and not title_runs_on(text, s):
        return True
    two = text[max(0, s - 2):s]
    if two in _KIN_WORDS or len(two) == 2 and text[s - 1] in _NOUN_ENDS and (is_word(two) or two in frequent2()) \
            and not is_role(two):
        return True
    if text[s - 1] == "员" and s >= 3 and CJK_RE.match(text[s - 2]) and not title_runs_on(text, s):
        return True  # 护林员, 网格员, 保洁员
    if text[s - 1] == "户" and s >= 3 and is_word(text[s - 3:s - 1]):
        return True  # 搬迁户, 贫困户, 养殖户: a word and 户
    if text.endswith(("任命", "免去", "——", "—— "), 0, s):
        return True
    return bool(_AGE_RE.search(text, max(0, s - 8), s))


def person_slot(text: str, s: int) -> bool:
    """A person's slot ends right before *s* (the slot of :func:`slot_names`): a title, a noun for a person
    (搬迁户, 护林员, 女孩), an age (十三岁的), 任命 or a credit dash.

    Examples
    --------
    >>> t = "搬迁户阿苦木呷原来住在山上"
    >>> person_slot(t, 3), person_slot(t, 5)
    (True, False)
    """
    return _slot(text, s)


#: kinship words county papers put before an elder's full name (阿婆符玉兰, 大娘王秀英): People's Daily 1998 lacks 阿婆
_KIN_WORDS = frozenset(("阿婆", "阿公", "阿姨", "阿妈", "阿爸", "大爷", "大妈", "大娘", "大婶", "大叔", "大伯", "大嫂", "老汉"))


def _close_slot(text: str, s: int) -> bool:
    """A slot that leaves no room for anything but a name: an age (六十八岁的) or a kinship word (阿婆, 大娘) right
    before *s* (not any noun ending like a person's: 民生|和民心工程 is no name)."""
    return bool(_AGE_RE.search(text, max(0, s - 8), s)) or text[max(0, s - 2):s] in _KIN_WORDS


#: words of address a county paper puts right after a name (劳桂英阿婆, 朝鲁老人, 木永福老师): an elder, a teacher
_ADDRESS = ("阿婆", "阿公", "阿妈", "阿爸", "阿姨", "老人", "老汉", "老师", "大爷", "大娘", "大妈", "大婶", "大叔", "大伯",
            "奶奶", "爷爷", "婆婆", "老伯", "师傅")
#: what may stand right before an addressed name: the 的 of a description (古宅里的, 七十九岁的), a clause boundary
_ADDRESS_BEFORE = frozenset("的") | _CLAUSE_BOUNDARY


def addressed_names(text: str, sound=None) -> list[tuple[int, int]]:
    """Names right before a word of address (阿婆, 老人, 老师, 大爷) after the 的 of a description, a clause
    boundary or a person's slot (古宅里的劳桂英阿婆开起了饭馆, 七十九岁的苏桂芳阿婆说, 嘎查的朝鲁老人说): three
    characters that read as a surname and a given name (:func:`_name_like`), or, when *sound* (a predicate
    ``sound(text, s, e)``, e.g. :func:`~corpus_tools._entity_rules.sound_names.sound_span`) is given, two to four
    characters of a name of sound characters. A word before the address word (数学老师, 班主任老师) is no name.

    Examples
    --------
    >>> t = "住在古宅里的劳桂英阿婆开起了饭馆。学校的数学老师说，村里的王大爷和张家老人都来了。"
    >>> [t[s:e] for s, e in addressed_names(t)]
    ['劳桂英']
    """
    out = []
    for i in range(2, len(text) - 1):
        if not text.startswith(_ADDRESS, i):
            continue
        for n in (4, 3, 2):
            s = i - n
            if s < 0 or not (s == 0 or text[s - 1] in _ADDRESS_BEFORE or _slot(text, s)):
                continue
            if n == 3 and _name_like(text[s:i]) and surname_length(text, s) == 1 and not is_word(text[s:i]) \
                    or sound is not None and sound(text, s, i):
                out.append((s, i))
                break
    return out


def _word_given(name: str) -> bool:
    """A surname of 百家姓 and a given name that is also a word but reads as a given name (母光荣, 符玉兰), with no
    word across surname and given name: taken only in a close slot (:func:`_close_slot`)."""
    first, given = name[0], name[1:]
    return (len(name) == 3 and first in BAIJIAXING and is_word(given) and given_like(given) and not is_word(name[:2])
            and name not in not_names() and not is_role(name) and not is_idiom(name) and name[-1] not in _PLACE_NEXT
            and not any(ch in NAME_STOP for ch in given))


def _speaker_slot(text: str, s: int, e: int) -> bool:
    """A speaker's slot: a clause boundary (or the start), or the 的 of a description (开了三十年杂货店的帅国华说),
    before *s* and a speech verb with its punctuation right after *e* (。蔺德才说：, ”周淑芬说。)."""
    return (s == 0 or text[s - 1] in _CLAUSE_BOUNDARY or text[s - 1] == "的") and _SPEECH_RE.match(text, e) is not None


def _ends(text: str, e: int) -> bool:
    """A name may end before *e*: punctuation, a particle, a one-character verb or a word, and no place
    suffix, aspect particle or word running on from its last character (访宁秀|镇, 叶娜笑|着, 付桂兰|花)."""
    nxt = text[e:e + 1]
    if not nxt or not CJK_RE.match(nxt) or nxt in PERSON_AFTER or nxt in _VERB_CHARS:
        return True
    if nxt in _PLACE_NEXT:
        return False
    if nxt in "摄图" and not CJK_RE.match(text[e + 1:e + 2]):
        return True  # ——郄海峰摄
    if text[e:e + 2] in REPORT_VERBS or is_word(text[e:e + 2]) or text[e:e + 2] in frequent2() \
            or verb_aspect(text, e) or is_idiom(text[e:e + 4]):
        return True
    if nxt in "着了过" or is_word(text[e - 1:e + 1]) or text[e - 1:e + 1] in frequent2():
        return False
    return True  # no word across the end (佴志强|听完: 强听 is none)


def _name_like(name: str) -> bool:
    """Three characters: a first one that may be a surname and a given name that reads as one."""
    if len(name) != 3 or not all(CJK_RE.match(ch) for ch in name):
        return False
    first, given = name[0], name[1:]
    if first in NAME_STOP or function_char(first) or first in "一二三四五六七八九十百千万两几每各该本这那其":
        return False
    if name in not_names() or is_role(name) or is_idiom(name) or name[-1] in _PLACE_NEXT:
        return False
    if only_surname(first) and not is_word(name[:2]) and not any(ch in NAME_STOP for ch in given):
        return True  # 禚玉兰, 郗满仓: the surname is nothing else, a given name may be a word
    if is_word(given):
        return False
    if is_word(name[:2]) and name[:2] in frequent2():
        return False  # 冶金|花, 自建|荣: a common word across surname and given name is no name here
    return given_like(given) and not any(ch in NAME_STOP for ch in given)


def sound_run_at(text: str, s: int) -> bool:
    """A name of sound characters longer than three starts at *s* (仁增卓嘎, 仁青才让, 扎西东周, 韩乙四哈): its
    fourth character goes on as a syllable of such names (:func:`names.translit_score` above 0.3) after a
    first character that is seldom a surname (邓卫东|强调 stays a name)."""
    four = text[s:s + 4]
    return len(four) == 4 and surname_rate(four[0]) < 0.3 and CJK_RE.match(four[3]) is not None \
        and four[3] not in PERSON_AFTER and translit_score(four[3]) > 0.3


def slot_names(text: str) -> list[tuple[int, int]]:
    """Spans of three-character names in a person's slot (see the module docstring).

    Examples
    --------
    >>> t = "安东村果农佴志强听完宣讲。护林员亢二牛在山上。车间主任包工位。三十八岁的危丽春是女排工。——郄海峰摄"
    >>> [t[s:e] for s, e in slot_names(t)]
    ['佴志强', '危丽春', '郄海峰']
    >>> [slot_names(t) for t in ("开展农民工维权宣传。", "农民工维权宣传")]
    [[], []]
    >>> t = "退伍老兵蔺秋生义务守墓。“能守一天是一天。”檀德顺说。革命烈士丰功伟绩。"
    >>> [t[s:e] for s, e in slot_names(t)]
    ['蔺秋生', '檀德顺']
    """
    out = []
    for s in range(0, len(text) - 2):
        if s and text[s - 1] not in _SLOT_LAST:
            continue  # no slot ends before s: the tests below would all fail on _slot and _speaker_slot
        e = s + 3
        if s and text[s - 1:s + 1] in frequent2() and is_word(text[s - 1:s + 1]):
            continue  # 农民|工维权: the slot's noun runs on into the first character (民工), which is no surname here
        if (_name_like(text[s:e]) and (_slot(text, s) or _speaker_slot(text, s, e))
                or _word_given(text[s:e]) and _close_slot(text, s)) \
                and _ends(text, e) and surname_length(text, s) == 1 \
                and not sound_name(text, s, s + 4) and not sound_run_at(text, s) and not is_idiom(text[s:s + 4]):
            out.append((s, e))
    return out
