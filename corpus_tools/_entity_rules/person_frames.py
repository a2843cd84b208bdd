"""Personal names that their frame vouches for: after an office title before a verb, and in roll calls.

Evidence and the held test pages: ``tests/data/person_held21`` (round 21).

County papers print officials as ``<office title><name><verb>`` (县委副书记应晓明到…, 副市长揭少华宣布…) and
as roll calls after a word for the leaders present (县领导覃力、訾文斌、卓军、向春兰出席). The other person
rules want a speech verb after such a name, or a surname that People's Daily 1998 uses often as one, so a
name with a surname that is mostly an ordinary word (应, 揭, 向) or a rare one is lost. Here the frame
decides instead:

- :func:`office_names`: an office title (a title of :data:`PERSON_TITLES` ending in a word for an office:
  书记, 长, 主任 …), a name whose first character the surname table or 百家姓 knows or that is too rare
  to start a common word, no common word itself, and right after it a segmenter word that is a verb,
  preposition, adverb or conjunction (到, 宣布, 参加) or punctuation. The segmenter's word boundaries
  (a word must start right after the name) set its length, the name model breaks a tie.
- :func:`roll_call_names`: every item of a list of two to four characters (or a dotted name) after a
  word for the leaders present (县领导, 市领导, 旗领导, 出席的领导有) that ends in punctuation, a verb of
  attending (出席, 参加, 陪同 …) or 等, when its first character is a surname as above and it is no
  common word or role.
- :func:`sound_run`: Mongolian, Tibetan and Uyghur names printed without a dot (额尔德木图, 买买提吐尔地)
  in both frames.
- :func:`segmenter_dot_ends`: a dotted name ends where the segmenter's personal-name word ends
  (阿瓦古丽·克热木|新买了).
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus_tools._entity_rules.lexicon import PERSON_TITLES, frequent2, not_names
from corpus_tools._entity_rules.names import (BAIJIAXING, SPEECH_AFTER_RE, is_word, p_longer, rare_char,
                                              surname_length, surname_rate, translit_mean, translit_score)
from corpus_tools._entity_rules.person_context import given_like
from corpus_tools._entity_rules.person_products import segmenter_name
from corpus_tools._entity_rules.person_roles import ROLE_WORDS, is_surname
from corpus_tools._entity_rules.sound_chars import DOTS, NAME_STOP, TRANSLIT_MIN
from corpus_tools._entity_rules.sound_names import sound_score
from corpus_tools.text import CJK_RE

__all__ = ["office_names", "plain_name", "roll_call_names", "surname_start", "segmenter_dot_ends", "sound_run", "OFFICE_ENDS"]

#: last words of an office title (副县长, 县委副书记, 村主任, 常委): the holder is named right after it
OFFICE_ENDS = ("书记", "长", "主任", "主席", "常委", "委员", "支书", "经理")

_OFFICES = tuple(sorted((t for t in PERSON_TITLES if t.endswith(OFFICE_ENDS) and t not in ROLE_WORDS),
                        key=len, reverse=True))
_OFFICE_RE = re.compile("|".join(map(re.escape, _OFFICES)))

#: segmenter tags of a word that may follow a name in a clause (a verb, preposition, adverb, conjunction)
_NEXT_TAGS = frozenset(("v", "vd", "vn", "p", "d", "c", "w"))


def surname_start(ch: str) -> bool:
    """A character that may start a name after a frame: the surname table, 百家姓, or too rare to be a word.

    Examples
    --------
    >>> surname_start("李"), surname_start("的")
    (True, False)
    """
    return is_surname(ch) or ch in BAIJIAXING or rare_char(ch)


def _word_starts(words: list[str], i: int) -> bool:
    return i >= len(words) or words[i][:1] in ("B", "S")


#: lowest :func:`names.translit_score` of any character of a name of sound characters (地 -1.6 in 买买提吐尔地)
SOUND_CHAR_MIN = -2.0


def sound_run(text: str, s: int, e: int) -> bool:
    """Four to eight characters that read as one Mongolian, Tibetan or Uyghur name printed without a dot
    (额尔德木图, 特木尔巴根, 买买提吐尔地): sound characters on average (:data:`sound_chars.TRANSLIT_MIN`),
    none far from one, none that stops a name.

    Parameters
    ----------
    text : str
        The article text.
    s, e : int
        Start and end offsets of the run in *text*.

    Returns
    -------
    bool
        True when ``text[s:e]`` reads as one transliterated name.

    Examples
    --------
    >>> sound_run("额尔德木图", 0, 5), sound_run("参加活动", 0, 4)
    (True, False)
    """
    w = text[s:e]
    return (4 <= len(w) <= 8 and all(CJK_RE.match(c) and c not in NAME_STOP for c in w)
            and translit_mean(w) >= TRANSLIT_MIN and min(map(translit_score, w)) >= SOUND_CHAR_MIN)


def plain_name(name: str, sl: int, *, given_word: bool = False, given_role: bool = False) -> bool:
    """No common word, role or title, and Chinese characters only; the given name (after the surname of
    *sl* characters) no word either unless *given_word* (a roll call's frame allows 向春兰), and no role word
    unless *given_role* (a list of cadres allows 庹文, whose 文 is the role of 文/图).

    Examples
    --------
    >>> plain_name("帅杰", 1), plain_name("干部", 1)
    (True, False)
    """
    return (all(CJK_RE.match(c) for c in name) and not is_word(name) and name not in frequent2()
            and name not in not_names() and name[sl:] not in PERSON_TITLES and (given_role or name[sl:] not in ROLE_WORDS)
            and (given_word or not is_word(name[sl:])) and name[:2] not in frequent2())


def office_names(text: str, words: list[str] | None,
                 model: "list[tuple[int, int, str]] | None" = None) -> list[tuple[int, int]]:
    """Names between an office title and a verb the segmenter reads (县委副书记应晓明|到, 副县长应国平|参加).

    *words* are the per-character word features of the segmenter (``B-v``, ``S-p``); without them
    nothing is found. A first character no surname table knows (揭) is taken when the statistical
    model's *model* spans have a ``PER`` span exactly there.

    Parameters
    ----------
    text : str
        The article text.
    words : list of str or None
        The segmenter's per-character word features, or None (then nothing is found).
    model : list of tuple of (int, int, str) or None, optional
        The statistical model's spans ``(start, end, label)``.

    Returns
    -------
    list of tuple of (int, int)
        Start and end offsets of each name found.

    Examples
    --------
    >>> t = "副县长应国平参加"
    >>> office_names(t, ["S-b", "B-n", "E-n", "S-v", "B-v", "E-v", "B-v", "E-v"])
    [(3, 6)]
    >>> t = "书记高度重视"
    >>> office_names(t, ["B-n", "E-n", "B-d", "E-d", "B-v", "E-v"])
    []
    """
    if not words or len(words) != len(text):
        return []
    per = {(s, e) for s, e, lab in model or () if lab == "PER"}
    out = []
    for m in _OFFICE_RE.finditer(text):
        i = m.end()
        if i >= len(text) or not _word_starts(words, i):
            continue
        sl = surname_length(text, i)
        ends = []
        for e in (i + sl + 1, i + sl + 2):
            if (i, e) in per:
                ends.append(e)
            elif e <= len(text) and surname_start(text[i]) and _framed(text, words, i, e, sl) \
                    and (e == i + sl + 1 or p_longer(text, i + sl + 1) >= 0.5):  # 何维|在参加: the name model ends it
                ends.append(e)
        if len(ends) == 2:
            ends = [ends[1] if p_longer(text, i + sl + 1) >= 0.5 else ends[0]]
        if ends and (plain_name(text[i:ends[0]], sl) or segmenter_name(words, i, ends[0])) \
                and text[ends[0]:ends[0] + 1] not in DOTS:  # 方军 a frequent pair, a name to the segmenter
            out.append((i, ends[0]))
            continue
        for e in range(min(len(text), i + 8), i + 3, -1):  # 苏木党委书记额尔德木图|带领
            if sound_run(text, i, e) and text[e:e + 1] not in DOTS and not _verb_inside(words, i, e) \
                    and (e == len(text) or not CJK_RE.match(text[e])
                         or (_word_starts(words, e) and words[e].partition("-")[2] in _NEXT_TAGS)):
                out.append((i, e))
                break
    return out


def _verb_inside(words: list[str], i: int, e: int) -> bool:
    """The segmenter reads a word of two or more characters inside ``[i, e)`` as a verb, adverb or
    preposition (阿斯卡尔|透露), or its last word runs on past *e*."""
    if e < len(words) and words[e][:1] in ("I", "E"):
        return True
    # a word of two or more characters starts with B
    return any(words[k][:1] == "B" and words[k].partition("-")[2] in ("v", "d", "p", "c", "vn") for k in range(i, e))


#: segmenter tags of one-character function words: a name neither starts (都|没咋) nor ends (黄俊|说) with one
_FUNCTION_TAGS = frozenset(("v", "d", "p", "c", "u", "r", "y"))


def _framed(text: str, words: list[str], i: int, e: int, sl: int) -> bool:
    """The segmenter's reading of ``[i, e)`` as a name before a clause word: a word starts at *e* and
    is a verb, preposition, adverb or conjunction (or punctuation follows); the name is not one word of
    the segmenter (嘱托), does not end in a one-character function word (黄俊说) and does not start with
    one that is rarely a surname (都没咋); the segmenter tags it a personal name (``nr``) somewhere or its
    given name is made of given-name characters (:func:`person_context.given_like`: 晓明, not 全|心); a
    short name only before a one-character word or where the name model ends it (岳中|明)."""
    nxt = text[e:e + 1]
    if nxt and CJK_RE.match(nxt) and not (_word_starts(words, e) and words[e].partition("-")[2] in _NEXT_TAGS):
        return False
    if words[i][:1] == "B" and words[e - 1][:1] == "E" and not words[i].endswith("-nr") \
            and all(w[:1] == "I" for w in words[i + 1:e - 1]):
        return False  # one word of the segmenter, no name
    last, first = words[e - 1], words[i]
    if last[:1] == "S" and last.partition("-")[2] in _FUNCTION_TAGS:
        return False
    if first[:1] == "S" and first.partition("-")[2] in _FUNCTION_TAGS - {"v"} and surname_rate(text[i]) < 0.05:
        return False
    if not (any(w.endswith("-nr") for w in words[i:e]) or given_like(text[i + sl:e])):
        return False  # 村支书|全心帮扶: neither the segmenter nor the given-name characters make it a name
    return e - i == sl + 2 or e >= len(words) or words[e][:1] == "S" or p_longer(text, e) < 0.5


#: words for the leaders present before a roll call (县领导, 市委领导, 出席的领导有)
_ROLL_HEAD_RE = re.compile(r"(?:[县市区旗州盟镇乡]委?|党政)?领导(?:同志)?(?:有|：|:)?")
#: what ends a roll call after its last name
_ROLL_END_RE = re.compile(r"[，。；、）)\n]|等|和|出席|参加|陪同|到会|一同|分别|共同|先后|参会|列席|看望|调研|检查|督导|$")
#: a dotted name, then 3, 2 and 4-8 characters (four or more only for names of sound characters, see _roll_items)
_ITEM_RES = (re.compile(rf"[\u4e00-\u9fff]{{2,8}}[{DOTS}][\u4e00-\u9fff]{{2,8}}"),
             *(re.compile(rf"[\u4e00-\u9fff]{{{n}}}") for n in (3, 2, 4, 5, 6, 7, 8)))
#: share of a roll call's items that must start with a surname (the frame vouches for the others)
ROLL_SURNAME_SHARE = 2 / 3


def _roll_items(text: str, k: int) -> list[tuple[int, int]]:
    """The items of a list joined by 、 that starts at *k* and ends where :data:`_ROLL_END_RE` matches."""
    items = []
    while True:
        for item_re in _ITEM_RES:
            im = item_re.match(text, k)
            if im and im.group()[-1] not in "等和及与" and _ROLL_END_RE.match(text, im.end()):
                break
        else:
            return items
        items.append((im.start(), im.end()))
        k = im.end()
        if text[k:k + 1] != "、":
            return items
        k += 1


def _roll_item(text: str, s: int, e: int) -> int:
    """2: a name with a known surname and a given name that is no word or a surname mostly used as
    one (or dotted, or of sound characters); 1: no word or role; 0: neither."""
    name = text[s:e]
    if any(d in name for d in DOTS):
        return 2
    sl = surname_length(name, 0)
    if len(name) >= 4 and not (len(name) == 4 and sl == 2):
        return 2 if sound_run(text, s, e) else 0
    if translit_mean(name) >= TRANSLIT_MIN and name not in PERSON_TITLES and name not in ROLE_WORDS:
        return 2  # 乌兰, 阿旺: a short name of sound characters
    if not plain_name(name, sl, given_word=True):
        return 0
    # a given name that is a word (向春兰) counts as a name only beside others (市县领导双挂帅、双督战)
    # unless its surname is mostly one (王建军: 王 0.81 of its uses in People's Daily 1998)
    return 2 if surname_start(name[0]) and (not is_word(name[sl:]) or surname_rate(name[0]) >= 0.1) else 1


def roll_call_names(text: str) -> list[tuple[int, int]]:
    """The names of a roll call after a word for the leaders present, joined by 、: all of them when at
    least :data:`ROLL_SURNAME_SHARE` start with a surname and none is a common word or role.

    Parameters
    ----------
    text : str
        The article text, where a roll call follows a word for
        the leaders present (县领导).

    Returns
    -------
    list of tuple of (int, int)
        Start and end offsets of each name of the roll call, or an empty list.

    Examples
    --------
    >>> t = "县领导覃力、訾文斌、卓军、向春兰出席。"
    >>> [t[s:e] for s, e in roll_call_names(t)]
    ['覃力', '訾文斌', '卓军', '向春兰']
    >>> roll_call_names("县领导高度重视、亲自部署。"), roll_call_names("坚持市县领导双挂帅、双督战。")
    ([], [])
    """
    out = []
    for m in _ROLL_HEAD_RE.finditer(text):
        items = _roll_items(text, m.end())
        kinds = [_roll_item(text, s, e) for s, e in items]
        if len(items) >= 2 and all(kinds) and kinds.count(2) >= ROLL_SURNAME_SHARE * len(items):
            out += items
    return out


#: a run of space-separated tokens of two to four characters, three or more (获奖名单：一等奖 王磊 刘芳；)
_SPACED_RUN_RE = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2,4}[ \u3000]+){2,}[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")
_TOKEN_RE = re.compile(r"[\u4e00-\u9fff]+")


def spaced_roll_names(text: str) -> list[tuple[int, int]]:
    """The names of a list printed with spaces between them (名单 lines, prize lists, credits): every
    token when at least two and :data:`ROLL_SURNAME_SHARE` of them start with a surname and none is a
    common word; a first token that is no name is the list's label (一等奖, 记者).

    Examples
    --------
    >>> t = "获奖名单：一等奖 王磊 刘芳；二等奖 孙伟 周婷婷"
    >>> [t[s:e] for s, e in spaced_roll_names(t)]
    ['王磊', '刘芳', '孙伟', '周婷婷']
    >>> spaced_roll_names("全面 推进 乡村 振兴")
    []
    """
    out = []
    for m in _SPACED_RUN_RE.finditer(text):
        items = [(m.start() + x.start(), m.start() + x.end()) for x in _TOKEN_RE.finditer(m.group())]
        kinds = [_roll_item(text, s, e) for s, e in items]
        if kinds[0] != 2:
            items, kinds = items[1:], kinds[1:]  # 一等奖 王磊 …: the label
        if len(items) >= 2 and all(kinds) and kinds.count(2) >= max(2, ROLL_SURNAME_SHARE * len(items)):
            out += items
    return out


#: function characters no name between a title and its speech verb holds (镇长|对记者|说, 县长|高兴地|说)
_FRAME_STOPS = frozenset("的了着过是在和与及同跟给让把被对向为从到由也还就又将已正都很这么什怎样地得")
#: least mean and least single sound score of such a name (sound_names.sound_score)
FRAME_SOUND_MEAN, FRAME_SOUND_MIN = 1.5, 0.5


def titled_speech_names(text: str) -> list[tuple[int, int]]:
    """A name of three to five sound characters between an office title and a speech verb
    (镇长那日松说，, 党委书记乌兰其其格说，): the frame fixes both ends, so a syllable that is also a
    function word elsewhere (那, 其) stays in the name and a name longer than four characters is whole.

    Examples
    --------
    >>> t = "亮中桥镇镇长那日松说，四面城镇党委书记乌兰其其格说：“好。”镇长对记者说，"
    >>> [t[s:e] for s, e in titled_speech_names(t)]
    ['那日松', '乌兰其其格']
    """
    out = []
    for m in _OFFICE_RE.finditer(text):
        i = m.end()
        for n in (5, 4, 3):
            w = text[i:i + n]
            if len(w) < n or not SPEECH_AFTER_RE.match(text, i + n) or is_word(w):
                continue
            scores = [sound_score(c) for c in w]
            if all(CJK_RE.match(c) and c not in _FRAME_STOPS for c in w) and min(scores) >= FRAME_SOUND_MIN \
                    and sum(scores) / n >= FRAME_SOUND_MEAN:
                out.append((i, i + n))
            break
    return out


def _sound_tail_end(text: str, end: int, stop: int) -> int:
    """Where a dotted name whose segmenter word ends at *end* really ends, at most at *stop*: after the
    one-character words ``text[end:stop]`` whose summed :func:`~corpus_tools._entity_rules.names.translit_score`
    is highest (托乎|提 站: 提 writes a sound, 站 does not; 阿布|都拉: 拉 outweighs 都; 克热木|新: none)."""
    best, best_e, total = 0.0, end, 0.0
    for k in range(end, stop):
        total += translit_score(text[k])
        if total > best:
            best, best_e = total, k + 1
    return best_e


def segmenter_dot_ends(ents: list, text: str, words: "list[str] | None") -> list:
    """Cut a dotted PERSON span back to the end of the segmenter's word when that word is a personal
    name (``nr``) that holds the dot and ends inside the span, and what follows it in the span are
    one-character words (阿瓦古丽·克热木|新|买了, 努尔尼沙·沙迪克|坐|不住: the dotted-name rule ran on);
    one-character words that write sounds stay in the name (艾合买提·托乎|提 站, 叶尔兰·阿布|都拉: the
    segmenter's word stopped short).

    Parameters
    ----------
    ents : list of Cand
        Candidate spans, dotted PERSON spans among them.
    text : str
        The article's text the candidates index.
    words : list of str or None
        The segmenter's per-character word features, or None (then *ents* are returned as they are).

    Returns
    -------
    list of Cand
        *ents* with such dotted PERSON spans cut back.

    Examples
    --------
    >>> from corpus_tools._entity_rules.lexicon import Cand
    >>> t = "阿瓦古丽·克热木新买了"
    >>> w = ["B-nr"] + ["I-nr"] * 6 + ["E-nr", "S-d", "S-v", "S-u"]
    >>> [t[c.start:c.end] for c in segmenter_dot_ends([Cand(0, 9, "PERSON")], t, w)]
    ['阿瓦古丽·克热木']
    >>> t = "艾合买提·托乎提站在"
    >>> w = ["B-nr"] + ["I-nr"] * 5 + ["E-nr", "S-v", "S-v", "S-p"]
    >>> [t[c.start:c.end] for c in segmenter_dot_ends([Cand(0, 9, "PERSON")], t, w)]
    ['艾合买提·托乎提']
    """
    if not words or len(words) != len(text):
        return ents
    out = []
    for c in ents:
        if c.label == "PERSON" and any(d in text[c.start:c.end] for d in DOTS) and words[c.start][:1] == "B" \
                and words[c.start].endswith("-nr"):
            j = c.start + 1
            while j < c.end and words[j][:1] == "I":
                j += 1
            end = j + 1  # the segmenter's name word ends at j
            if end < c.end and words[j].startswith("E-") and any(d in text[c.start:end] for d in DOTS) \
                    and all(w[:1] == "S" for w in words[end:c.end]):
                c = replace(c, end=_sound_tail_end(text, end, c.end))
        out.append(c)
    return out
