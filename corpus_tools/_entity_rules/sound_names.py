"""Names of Tibetan, Yi, Uyghur and Mongolian people that carry no Chinese surname.

格列旺结, 次仁央金, 吉克曲布 and 帕提古丽 are written with syllable characters chosen for their
sound. Two character models score them: :func:`names.translit_score` (names that People's Daily
1998 and MSRA do not split into surname and given name, mostly foreign) and :func:`region_score`
(characters typical of the village names of the Tibetan, Yi, Uyghur and Mongolian regions of the
gazetteer and rare in plain text, ``training/ner/build_region_chars.py``). A span is a name of
sound characters when the better of the two scores is high on average and no character is plain.

Three contexts find such names where the surname-first rules cannot:

* after a title or role word (牧民格列旺结就…, 队长扎西带领…): :func:`titled_sound_names`;
* between a clause boundary, or 据, and a speech verb (。格桑说, 据尼玛介绍): :func:`spoken_sound_names`;
* statistical PER spans without a surname (:func:`sound_model_persons`), which the surname filter
  of the model's PER spans would drop.

The document pass (:func:`persons.consistent_names`) then finds the other mentions. A guard
(:func:`clause_word_names`) drops title names whose first character the segmenter reads as an
adverb, verb or preposition (老人|都可以, 村民|有怨气).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from corpus_tools._entity_rules.lexicon import PERSON_AFTER, PERSON_TITLES, Cand, common_or_frequent, not_names
from corpus_tools._entity_rules.names import REPORT_VERBS, char_counts, is_idiom, is_word, surname_rate, translit_score
from corpus_tools._entity_rules.person_context import title_runs_on
from corpus_tools._entity_rules.person_roles import is_role, is_surname
from corpus_tools._entity_rules.sound_chars import not_sound_names
from corpus_tools.text import CJK_RE

#: least mean :func:`sound_score` of a name of two, three or four sound characters
SOUND_MIN = {2: 2.0, 3: 2.0, 4: 1.2}
#: least :func:`sound_score` of every character of such a name (no plain character: 带, 的, 可)
CHAR_MIN = -1.3
#: the same two bounds for a span the statistical model reads as a person (央金, 丹增: it knows the name)
MODEL_SOUND_MIN = 0.0
MODEL_CHAR_MIN = -2.5
#: characters a name of sound characters never contains
_STOP = frozenset("的了着过是在和与及同跟给让把被对向为从到由叫请说等、们也还就又将已正家都很这那个一才")
#: what ends a place rather than a person (扎西岗村, 阿西木呷乡): last character or next one
_PLACE_CHARS = frozenset("村乡镇县市区州省旗盟山河湖江寺沟口岸岗林湾坝寨屯")
#: one-character words of the segmenter (PKU tags) that never start a name after a title
_CLAUSE_TAGS = frozenset({"d", "v", "p", "c", "u", "vn", "ad", "r", "f"})
_TITLE_RE = re.compile("|".join(sorted(map(re.escape, PERSON_TITLES), key=len, reverse=True)))
_SPEECH_RE = re.compile(r"(?:笑着|高兴地|激动地|感慨地)?(?:说|介绍|告诉|表示)[，。：:“]")
_BOUNDARY = frozenset("，。：；！？“”、\n")
_DOTS = frozenset("·•‧・")


@lru_cache(maxsize=1)
def _region() -> dict[str, float]:
    path = resources.files("corpus_tools").joinpath("data", "entities", "region_chars.json")
    return json.loads(path.read_text(encoding="utf-8"))["scores"]


def region_score(ch: str) -> float:
    """Log-odds that *ch* is a syllable of the village names of the Tibetan, Yi, Uyghur and
    Mongolian regions rather than of other villages or of plain text (呷 6.6, 扎 3.7; -10 for a
    character those names do not use).

    Examples
    --------
    >>> region_score("呷") > 3 > 0 > region_score("国")
    True
    """
    return _region().get(ch, -10.0)


def sound_score(ch: str) -> float:
    """The better of :func:`names.translit_score` and :func:`region_score`."""
    return max(translit_score(ch), region_score(ch))


def _plain(w: str) -> bool:
    return is_word(w) or w in common_or_frequent() or w in not_names() or is_idiom(w)


def sound_span(text: str, s: int, e: int, *, least: float | None = None, char_least: float = CHAR_MIN) -> bool:
    """``text[s:e]`` (two to four characters) reads as a name of sound characters: mean
    :func:`sound_score` at least *least* (default :data:`SOUND_MIN` by length), every character at
    least *char_least*, no surname first, no plain word, no place unit after it.

    Examples
    --------
    >>> t = "牧民格列旺结就赶着羊，大家都可以"
    >>> sound_span(t, 2, 6), sound_span(t, 14, 16)
    (True, False)
    """
    w = text[s:e]
    n = len(w)
    if n not in SOUND_MIN or e > len(text) or not all(CJK_RE.match(c) and (c not in _STOP or (n == 4 and i == 1 and c == "和")
                                                                        or (c == "才" and i + 1 < n and sound_score(w[i + 1]) >= 0.5)
                                                                        or (c == "让" and i > 0 and w[i - 1] == "才"))
                                                     for i, c in enumerate(w)):
        return False  # 和 is the conjunction, except as the second syllable of a Mongolian name (孟和巴图, 苏和巴特);
        # 才 the adverb and 让 the verb, except as syllables inside the span (才让, 才旦: 多杰才让, 尕藏才旦)
    scores = [sound_score(c) for c in w]
    if min(scores) < char_least or sum(scores) / n < (SOUND_MIN[n] if least is None else least) \
            or surname_rate(w[0]) >= 0.5:
        return False
    if w[-1] in _PLACE_CHARS or text[e:e + 1] in _PLACE_CHARS or _plain(w) or w in not_sound_names() or is_role(w):
        return False
    if n == 4 and _plain(w[2:]):
        return False  # 田野考古, 穆伟介绍: a name does not end in a word
    if is_word(text[e - 1:e + 1]) or text[s - 1:s] in _DOTS or text[e:e + 1] in _DOTS:
        return False  # 费东斌代|表; a part of a dotted name (dot_names finds the whole)
    return not (n == 3 and (_plain(w[:2]) or _plain(w[1:])))


def _ends(text: str, e: int) -> bool:
    """A name of sound characters may end before ``text[e]``."""
    if e >= len(text) or not CJK_RE.match(text[e]) or text[e] in PERSON_AFTER or text[e:e + 2] in REPORT_VERBS:
        return True
    if text[e + 1:e + 2] in ("着", "了", "过"):
        return True  # 扎西拉着
    return is_word(text[e:e + 2]) and sound_score(text[e]) < 1.0


def titled_sound_names(text: str) -> list[tuple[int, int]]:
    """Names of sound characters right after a title or role word (the longest that ends well).

    Examples
    --------
    >>> t = "牧民格列旺结就赶着羊群，驻村工作队队长扎西带领村民修路。"
    >>> [t[s:e] for s, e in titled_sound_names(t)]
    ['格列旺结', '扎西']
    """
    out = []
    for m in _TITLE_RE.finditer(text):
        s = m.end()
        if title_runs_on(text, s):
            continue
        for n in (4, 3, 2):
            if n >= 3 and is_surname(text[s:s + 1]) and sound_score(text[s + n - 1:s + n] or "。") < 0:
                continue  # 村民周玉霞|站在地头: a surname first and a last character that is no syllable of names
            if sound_span(text, s, s + n) and _ends(text, s + n):
                out.append((s, s + n))
                break
    return out


def slotted_sound_names(text: str, slot) -> list[tuple[int, int]]:
    """Names of sound characters (the longest of four, three or two that ends well) right after a person's
    slot that ``slot(text, s)`` accepts where no title word stands (搬迁户阿苦木呷原来住在山上, 彝族女孩阿西古莫，,
    宣讲员海来木呷用彝语: :func:`~corpus_tools._entity_rules.person_slot_names.person_slot`).

    Examples
    --------
    >>> t = "搬迁户阿苦木呷原来住在山上，彝族女孩阿西古莫，去年辍学。"
    >>> slot = lambda text, s: text[s - 1:s] in ("户", "孩")
    >>> [t[s:e] for s, e in slotted_sound_names(t, slot)]
    ['阿苦木呷', '阿西古莫']
    """
    out = []
    for s in range(1, len(text) - 1):
        if not CJK_RE.match(text[s]) or text[s] in _STOP or sound_score(text[s]) < 0 or not slot(text, s) \
                or text.endswith(PERSON_TITLES, 0, s):
            continue  # a title's names are titled_sound_names's
        for n in (4, 3, 2):
            if n >= 3 and is_surname(text[s]) and sound_score(text[s + n - 1:s + n] or "。") < 0:
                continue  # 村民周玉霞|站在: a surname first and a last character that is no syllable of names
            if sound_span(text, s, s + n) and _ends(text, s + n):
                out.append((s, s + n))
                break
    return out


def spoken_sound_names(text: str) -> list[tuple[int, int]]:
    """Names of two or three sound characters between a clause boundary (or 据) and a speech verb.

    Examples
    --------
    >>> t = "。格桑笑着说：“好。”据尼玛介绍，"
    >>> [t[s:e] for s, e in spoken_sound_names(t)]
    ['格桑', '尼玛']
    """
    out = []
    for m in _SPEECH_RE.finditer(text):
        p = m.start()
        for n in (3, 2):
            s = p - n
            if s < 1:
                continue
            if (text[s - 1] in _BOUNDARY or text[s - 1] == "据") and sound_span(text, s, p):
                out.append((s, p))
                break
    return out


#: An appointment or removal (任免名单): the name opens its item and 为 + a post follows, or it follows
#: 任命 / 免去 (多杰才让为天祝藏族自治县农业农村局局长；免去才让卓玛的…职务).
_POST_END_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, PERSON_TITLES), key=len, reverse=True)) + "|职务)(?:[；;。，,\n]|$)")
_ITEM_START = frozenset("\n：:；;")


def appointed_sound_names(text: str) -> list[tuple[int, int]]:
    """Names of sound characters in an appointment or removal: at the start of a line or item before
    为 and a post (a title word or 职务 ending the item), or after 任命 or 免去 before 为 or 的.

    Examples
    --------
    >>> t = "任命：\\n多杰才让为县农业农村局局长；\\n免去才让卓玛的县教育局副局长职务。"
    >>> [t[s:e] for s, e in appointed_sound_names(t)]
    ['多杰才让', '才让卓玛']
    """
    out = []
    for m in re.finditer(r"为|的", text):
        p = m.start()
        for n in (4, 3, 2):
            s = p - n
            if s < 0 or not sound_span(text, s, p, least=SOUND_MIN[n] if n < 4 else 1.0):
                continue
            before = text[s - 1:s] if s else "\n"
            lead = text[max(0, s - 2):s] in ("任命", "免去")
            if m.group() == "为" and not (before in _ITEM_START or lead):
                continue
            if m.group() == "的" and not (lead and text[max(0, s - 2):s] == "免去"):
                continue
            stop = min((k for k in (text.find(ch, p) for ch in "；;。\n") if k >= 0), default=len(text))
            if _POST_END_RE.search(text, p, min(len(text), stop + 1)):
                out.append((s, p))
                break
    return out


def sound_model_persons(text: str, spans: list[tuple[int, int, str]], words: list[str] | None = None) -> list[Cand]:
    """The model's PER spans without a Chinese surname that read as names of sound characters (the
    ones with a surname are :func:`persons.plausible_person`'s), unless the segmenter's *words* read
    the first character as a verb or adverb (比武结束)."""
    out = []
    for s, e, lab in spans:
        listed = text[s - 1:s] == "、" or text[e:e + 1] == "、"  # 大黄、贝母、党参: a list of things
        verb = words is not None and s < len(words) and words[s].partition("-")[2] in _CLAUSE_TAGS  # 比武
        if lab == "PER" and not is_surname(text[s]) and not verb \
                and sound_span(text, s, e, least=MODEL_SOUND_MIN, char_least=MODEL_CHAR_MIN) \
                and _ends(text, e) and not (listed and e - s == 2) \
                and (s == 0 or not _inside_sound(text, s - 1)):
            out.append(Cand(s, e, "PERSON", prio=-1, source="model"))
    return out


def _inside_sound(text: str, i: int) -> bool:
    """``text[i]`` is a sound character that the name would continue (…|扎西 inside 达扎西)."""
    return bool(CJK_RE.match(text[i])) and text[i] not in _STOP and sound_score(text[i]) >= 2.0 \
        and not text.endswith(PERSON_TITLES, 0, i + 1)


def _word_end(words: list[str], i: int) -> int:
    """End of the segmenter's word that starts at *i*."""
    j = i + 1
    while j < len(words) and words[j][:1] in ("I", "E", "M"):
        j += 1
        if words[j - 1][:1] == "E":
            break
    return j


#: share of a character's uses (People's Daily 1998) in given names above which it may be one (文 0.12, 可 0.006)
GIVEN_RATE = 0.02


def _given_chars(given: str) -> bool:
    """Some character of *given* that People's Daily 1998 knows (20 uses or more) is often a
    given-name character (蒋|文超, 李|才华; not 都|可以, 有|意见)."""
    rates = [(g + 0.5) / (t + 1) for t, g, _, _ in map(char_counts, given) if t >= 20]
    return bool(rates) and max(rates) >= GIVEN_RATE


#: share of surname uses (People's Daily 1998) below which a clause word first is no surname even before
#: given-name characters (都 0.0009 in 老人|都喜欢, 时 0.001; 成 0.0025 and 向 0.005 stay surnames)
CLAUSE_SURNAME_RATE = 0.002


def clause_word_names(ents: list[Cand], text: str, words: list[str] | None,
                      model: list[tuple[int, int, str]]) -> list[Cand]:
    """*ents* without the title names (村民|有意见, 老人|都可以) whose first character the segmenter
    reads as a one-character adverb, verb or preposition, or as the start of such a word (趁势),
    where neither the model nor the segmenter (``nr``) sees a person and no character of the rest is
    a usual given-name character (老党员蒋文超 stays).

    With neither the model nor ``nr`` on its side, a title name is also none when its first
    character is a conjunction (民警|和辅警, 丈夫|和孩子), a clause word People's Daily 1998
    almost never uses as a surname (:data:`CLAUSE_SURNAME_RATE`: 老人|都喜欢), when the title
    ends inside a segmenter word and no given-name character follows (老人家|吃饱: the title was no
    word there; 民警费|洁莹, glued by the segmenter, stays), or
    when the span is a common two-character word of 1998 (居民|水费, 老人|陶醉).

    *words* are the per-character word features (``B-v``, ``S-d``) of :func:`entities.find_entities`.

    Examples
    --------
    >>> t = "民警和辅警都在岗，村民王明说"
    >>> w = ["B-n", "E-n", "S-c", "B-n", "E-n", "S-d", "B-v", "E-v", "S-w", "B-n", "E-n", "S-nr", "S-nr", "S-v"]
    >>> ents = [Cand(2, 5, "PERSON", source="rule"), Cand(11, 13, "PERSON", source="rule")]
    >>> [t[c.start:c.end] for c in clause_word_names(ents, t, w, [])]
    ['王明']
    """
    if words is None:
        return ents
    per_starts = {s for s, _, lab in model if lab == "PER"}
    out = []
    for c in ents:
        if (c.label == "PERSON" and c.source == "rule" and c.start < len(words) and c.start not in per_starts
                and text.endswith(PERSON_TITLES, 0, c.start)):
            pos, _, tag = words[c.start].partition("-")
            named = any(w.endswith(("-nr", "-nrf", "-nrg")) for w in words[c.start:c.end])  # 游|文超
            whole = pos == "S" or _word_end(words, c.start) <= c.end
            if not named and ((tag in _CLAUSE_TAGS and whole and (
                    not _given_chars(text[c.start + 1:c.end]) or tag == "c" or _rarely_surname(text[c.start])))
                    or (pos in ("I", "E") and not _given_chars(text[c.start + 1:c.end]))
                    or (c.end - c.start == 2 and is_word(text[c.start:c.end]))):
                continue
        out.append(c)
    return out


def _rarely_surname(ch: str) -> bool:
    """People's Daily 1998 uses *ch* often (100 times or more) and almost never as a surname."""
    return char_counts(ch)[0] >= 100 and surname_rate(ch) < CLAUSE_SURNAME_RATE
