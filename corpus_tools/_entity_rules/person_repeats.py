"""Personal names that only the document's repetitions reveal.

A minority or foreign name without a Chinese surname (闹布才仁, 三木吉, 通伦) or a name whose given
part is an ordinary word (文花枝 = 文|花枝) escapes the character statistics and the segmenter. A
report about such a person repeats the name, each time where a person stands: after a title or
role word (老挝总理通伦), at the start of a clause (。闹布才仁下山), after the ``的`` of a
description (眼界大开的闹布才仁). :func:`repeated_names` finds strings the text repeats there and
that are no word of the lexicon; the string's bounds are the ones where what comes after it varies
(闹布才 is always followed by 仁, so the name runs on) and what comes before it varies or is a
boundary (花枝 always follows 文, so the name starts earlier).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from corpus_tools._entity_rules.lexicon import PERSON_TITLES, Cand, common_or_frequent, frequent2, not_names, occurrences
from corpus_tools._entity_rules.names import REPORT_VERBS, char_counts, is_idiom, is_word, surname_rate
from corpus_tools._entity_rules.person_context import given_like
from corpus_tools._entity_rules.person_roles import is_role, is_surname
from corpus_tools._entity_rules.sound_names import region_score, sound_score
from corpus_tools.text import pair_starts, repeated_pairs

#: what may stand right before a name at the start of a clause
CLAUSE_LEFT = frozenset("，。：；！？“”‘’」】（(、\n\u3000 —")
#: characters no name of this kind contains (function words, pronouns, measure and place-unit characters)
_INNER_STOP = frozenset("的了着过们也还就又将已都很这那么什怎我你他她它您咱每该其此和与及在是把被从对向给让"
                        "个些年月日时分元万亿多余第各全本该之")
#: last characters of units, places and things rather than persons
_BAD_ENDS = frozenset("村镇乡县市区省州旗盟山河湖江路街庄屯寨堡岭沟洼坪峪湾局委社会站厂所队组办部院校司园场馆"
                      "室厅处科股团户家人员长者们生品业地化性营爸妈姐哥叔婶姨嫂弟妹爷奶法连")
#: one-character short forms of states, written in pairs (中美, 俄乌)
_STATE_SHORT = frozenset("中美俄日韩朝英法德意印巴乌澳加越泰缅柬菲蒙哈土伊以叙埃沙欧非")
#: what joins the parts of a foreign name (迪亚斯—卡内尔): a part is no name of its own
_JOINS = frozenset("—－-·•‧・")
_NUMERALS = frozenset("一二两三四五六七八九十百千")
#: measure words that count things and animals (百只江鸥, 一群群江鸥): what they count is no person's name
_MEASURES = frozenset("只群头条棵株片些种批匹尾")
#: one-character verbs, adverbs, prepositions and conjunctions (segmenter tags) that do not start a name (居民|买菜)
_CLAUSE_FIRST = frozenset(("S-v", "S-d", "S-p", "S-c"))
_OPEN_QUOTES = "“‘「『《"
_SENTENCE_ENDS = "。！？!?…，"
_CLOSE_QUOTES = "”’」』》"
_LONGEST = 4
#: texts up to this length scan only the starts of their recurring pairs (faster there, slower on long ones)
_SHORT_TEXT = 256
_REPORT_VERBS = tuple(REPORT_VERBS)
#: report verbs of two or more characters: a string that starts or ends with one is no name
_LONG_REPORT_VERBS = tuple(v for v in REPORT_VERBS if len(v) > 1)
#: share of a character's People's Daily 1998 uses in given names that makes it a name character (剑 0.47)
GIVEN_STRONG = 0.05
#: ... and that keeps it possible in a name (学 0.028; not 病 0.001)
GIVEN_WEAK = 0.01
#: sound score (:func:`sound_names.sound_score`) of a syllable character (布 3.1, 列 1.2) ...
SOUND_STRONG = 1.0
#: ... and of a character still possible in a name of sound characters (通 -0.3; not 制 -4.9)
SOUND_WEAK = -0.5
#: a surname this often (People's Daily 1998 share of uses) may start a name whose given part is a word (钱 0.33)
SURNAME_WORD_RATE = 0.2
#: least mentions followed by what continues a clause (:func:`_subject`) of a name without a title, quotation or speech verb
MIN_SUBJECT = 2
_SUBJECT_TAGS = frozenset(("v", "vd", "d", "p", "c", "ad"))
#: least share of a string's mentions that stand in person positions
PLACED_SHARE = 0.5
#: without a title, a quotation or a speech verb next to a mention: this share of three or more mentions placed
COUNT_SHARE = 0.6
#: least mentions of a name in person positions
MIN_POSITIONS = 2
#: mentions after a title, a quotation or before a speech verb that make a surname and one or two
#: characters a name whatever its characters' statistics (穆师; 涂进海 whose 涂 the segmenter reads as a verb)
SURNAMED_STRONG = 2


def _positions(text: str, i: int, n: int = 0) -> str | None:
    """The person position of the *n* characters at *i*: ``"title"`` after a title word (扶贫书记”文花枝
    too), ``"quote"`` after a quotation's end (。”赤列的判断), ``"clause"`` after a clause boundary or
    的, else None; None after an opening quote (“天眼”, “老哥，”)."""
    left = text[i - 1:i]
    if left in _OPEN_QUOTES:
        return None
    if text.endswith(PERSON_TITLES, 0, i) or (left in _CLOSE_QUOTES and text.endswith(PERSON_TITLES, 0, i - 1)):
        return "title"
    if left in _CLOSE_QUOTES:  # after a quotation that ends a sentence (。”赤列); not after a quoted name (“寻根之旅”夏令营)
        return "quote" if text[i - 2:i - 1] in _SENTENCE_ENDS else None
    if i == 0 or left in CLAUSE_LEFT or left == "的":
        return "clause"
    return None


#: one-character nouns for a place or a level (镇, 乡, 县, 旗, 厂) and the localisers that make "in the X" of them
_PLACE_NOUNS = frozenset("镇乡村县市区省旗城家屋院店厂校园场站所社队")
_LOCATIVES = frozenset("里内外上")


def _speaks(text: str, e: int) -> bool:
    """A speech or report verb follows (钱学正说。)."""
    return text[e:e + 1] == "说" or text.startswith(_REPORT_VERBS, e)


def _lexical(w: str) -> bool:
    return (is_word(w) or w in common_or_frequent() or w in frequent2() or w in not_names() or is_idiom(w)
            or w.startswith(_LONG_REPORT_VERBS) or w.endswith(_LONG_REPORT_VERBS))


def _occurrences(text: str, w: str) -> list[int]:
    return [s for s, _ in occurrences(text, w)]


def _char_class(ch: str) -> int:
    """2 for a name character (a syllable or a usual given-name character), 1 for a possible one, 0 else."""
    tot, giv, _, _ = char_counts(ch)
    sound = sound_score(ch) if tot else region_score(ch)  # an unseen character's sound score is a default
    rate = giv / (tot + 1) if tot >= 20 else 0.0
    if sound >= SOUND_STRONG or rate >= GIVEN_STRONG:
        return 2
    return int(sound >= SOUND_WEAK or rate >= GIVEN_WEAK)


def name_like(w: str) -> bool:
    """*w* reads as a personal name: a surname and a given name or word (文|花枝, 钱|学正), or characters
    that are all possible and mostly usual name characters (三木吉, 闹布才仁, 印剑; not 脐橙, 保洁员).

    Examples
    --------
    >>> [name_like(w) for w in ("闹布才仁", "钱学正", "牛羊", "因病")]
    [True, True, False, False]
    """
    if len(w) == 3 and is_surname(w[0]) and given_like(w[1:]):
        return True
    classes = [_char_class(c) for c in w]
    return min(classes) >= 1 and 2 * classes.count(2) >= len(w)


@lru_cache(maxsize=65536)
def _plausible(w: str) -> bool:  # a pure test of the string: kept per string, as every position of a text asks it
    if not all("\u4e00" <= c <= "\u9fff" for c in w) or any(c in _INNER_STOP for c in w):
        return False
    if w[0] in _NUMERALS:
        return False  # 十连: a numbered unit (a name may hold numerals after its surname: 吕五十三)
    if len(w) == 2 and (w[0] in "老小" or w[1] == "方" or (w[0] in _STATE_SHORT and w[1] in _STATE_SHORT)):
        return False  # 小姜, 老哥: familiar forms and words, not full names; 孟方: a country's side; 俄乌: two states
    if w[-1] in _BAD_ENDS or w.endswith(PERSON_TITLES) or is_role(w) or _lexical(w):
        return False
    if len(w) == 2 and w[0] in _PLACE_NOUNS and w[1] in _LOCATIVES:
        return False  # 镇里, 旗里, 厂里: a place noun and a localiser, "in the town" (镇里还投资…), no name
    # a name does not end in a word of two characters (三木|吉 ok, 产业|发展 no) unless a surname starts it
    if len(w) >= 3 and (is_word(w[-2:]) or w[-2:] in frequent2()) and surname_rate(w[0]) < SURNAME_WORD_RATE:
        return False
    return not (len(w) >= 3 and (is_word(w[:2]) or w[:2] in frequent2()) and not is_word(w[1:]))


def _subject(text: str, e: int, words: list[str] | None) -> bool:
    """What follows a mention at *e* continues a clause whose subject it is: 的, 说, or a word the
    segmenter tags as a verb, adverb, preposition or conjunction (闹布才仁|下山, 印剑|依托; not 富士康|郑州)."""
    if text[e:e + 1] in ("的", "说"):
        return True
    return words is not None and e < len(words) and words[e].partition("-")[2] in _SUBJECT_TAGS


def _one_word(words: list[str] | None, j: int, n: int) -> bool:
    """The segmenter reads the *n* characters at *j* as one word that is no name (民宿 n, 赋权 v)."""
    if words is None or j + n > len(words):
        return False
    feats = words[j:j + n]
    return (feats[0].startswith("B-") and feats[-1].startswith("E-") and all(f[:2] in ("I-", "M-") for f in feats[1:-1])
            and not feats[0].partition("-")[2].startswith("nr"))


def repeated_names(text: str, taken: list[bool] | None = None, words: list[str] | None = None) -> list[tuple[int, int]]:
    """Spans of names the text repeats in person positions (see the module docstring).

    A string of two to four characters is a name when the text uses it at least
    :data:`MIN_POSITIONS` times in person positions (and at least :data:`PLACED_SHARE` of its
    mentions), once after a title, a quotation or before a speech verb or else three times in
    all (:data:`COUNT_SHARE` of its mentions, and the segmenter does not read most of them as one
    word that is no name), it is no word of the lexicon and reads as a name
    (:func:`name_like`), what follows its mentions varies (so it does not run on), what precedes
    them is not always the same character (so it does not start earlier), it is the subject of
    a clause once, or :data:`MIN_SUBJECT` times without a title, quotation or speech verb (:func:`_subject`; *words* are the segmenter's
    per-character features, ``B-v``; without them only 的 and 说 count), and no mention overlaps a
    *taken* character (another entity).

    Examples
    --------
    >>> t = "村第一书记赤列将其描述为产业。“很好。”赤列的判断，代表着村两委。"
    >>> [t[s:e] for s, e in repeated_names(t)]
    ['赤列', '赤列']
    """
    taken = taken or [False] * len(text)
    found: dict[str, list[int]] = {}
    seen: set[str] = set()  # a string is judged once, on all its mentions (else a text repeating it is quadratic)
    # in a short text, only where the two characters recur: a string the text uses once (most of a
    # short text's) is never a repeated name (a long text repeats most pairs: every position)
    starts = pair_starts(text, repeated_pairs(text)) if len(text) <= _SHORT_TEXT else range(len(text) - 1)
    for i in starts:
        if _positions(text, i, 2) is None:
            continue
        for n in range(2, _LONGEST + 1):
            w = text[i:i + n]
            if len(w) < n or w in seen:
                continue
            seen.add(w)
            if not _plausible(w):
                continue
            occ = _occurrences(text, w)
            if len(occ) < 2 or any(any(taken[j:j + n]) or text[j - 1:j] in _JOINS or text[j + n:j + n + 1] in _JOINS
                                   or text[j - 1:j] in _MEASURES for j in occ):
                continue
            # a one-character verb or adverb starts most mentions (居民|买菜), unless the text names a person so (涂|进林)
            verb_first = words is not None and 2 * sum(j < len(words) and words[j] in _CLAUSE_FIRST for j in occ) >= len(occ)
            if verb_first and not (n <= 3 and is_surname(w[0])):
                continue
            kinds = Counter(_positions(text, j, n) for j in occ)
            placed = len(occ) - kinds[None]
            if placed < MIN_POSITIONS or placed < PLACED_SHARE * len(occ):
                continue
            subject = sum(_subject(text, j + n, words) for j in occ)
            if not subject:
                continue
            strong = kinds["title"] + kinds["quote"] + sum(_speaks(text, j + n) for j in occ)
            surnamed = (n <= 3 and is_surname(w[0]) and strong >= SURNAMED_STRONG and placed >= 3
                        and placed >= COUNT_SHARE * len(occ))
            if verb_first and not surnamed:
                continue
            if surnamed or (n == 3 and strong and placed >= 3 and is_surname(w[0])):
                pass  # a surname and any given name the text uses as a person's (扶贫书记”文花枝, 文花枝是; 穆师说, 支书的穆师)
            elif not name_like(w):
                continue
            elif not (strong or (placed >= 3 and placed >= COUNT_SHARE * len(occ) and subject >= MIN_SUBJECT
                                 and 2 * sum(_one_word(words, j, n) for j in occ) < len(occ))):
                continue
            after = {text[j + n:j + n + 1] for j in occ}
            before = {text[j - 1:j] for j in occ}
            if len(after) < 2 or (len(before) == 1 and next(iter(before)) not in CLAUSE_LEFT):
                continue
            found[w] = occ
    # the longest string at each start wins (三木吉 over 三木 when both pass)
    spans = sorted(((j, j + len(w)) for w, occ in found.items() for j in occ), key=lambda p: (p[0], -p[1]))
    out, end = [], -1
    for s, e in spans:
        if s >= end:
            out.append((s, e))
            end = e
    return out


def repeated_persons(ents: list[Cand], text: str, make, words: list[str] | None = None) -> list[Cand]:
    """*ents* plus :func:`repeated_names` spans (made by *make*) where no entity stands but the
    statistical model's PERSON spans, which give way to a repeated name they cross."""
    taken = [False] * len(text)
    for c in ents:  # blockers (label "_") too: a span the rules decided is no entity stays none
        if _loose(c):
            continue
        for i in range(c.start, c.end):
            taken[i] = True
    loose = [(c.start, c.end) for c in ents if _loose(c)]
    # a repeated string around a model name runs on past it (谭泽勇|当了): the model's name stays
    found = [make(s, e) for s, e in repeated_names(text, taken, words)
             if not any(s <= a and b <= e and (a, b) != (s, e) for a, b in loose)]
    if not found:
        return ents
    # the statistical model's names that cross a repeated name lose to it (涂进|海返乡 -> 涂进海|返乡)
    cover = [False] * len(text)
    for c in found:
        for i in range(c.start, c.end):
            cover[i] = True
    kept = [c for c in ents if not (_loose(c) and any(cover[c.start:c.end]))]
    return sorted(kept + found, key=lambda c: c.start)


def _loose(c: Cand) -> bool:
    """A PERSON span of the statistical model: what the document's repetitions may overrule."""
    return c.label == "PERSON" and c.source == "model"
