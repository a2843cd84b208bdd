"""Personal names: role words and document-level consistency (anonymised names: person_anonymised).

A byline or a caption names a role and then a person (``记者 王磊``); the role word itself is
never a name. Within one document a person's name is spelled the same way every time, so a
name the document establishes decides its other mentions: a two-character span that is the
start of an established three-character name is extended (黄灯 -> 黄灯江), a three-character
span that is an established two-character name plus one character is cut (姚强才弄明白 ->
姚强), and other mentions of an established name are tagged too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus_tools._entity_rules.bare_reading import starts_in_word
from corpus_tools._entity_rules.credit_names import byline_names, not_word
from corpus_tools._entity_rules.lexicon import PERSON_AFTER, PERSON_TITLES, SURNAMES, Cand, frequent2, not_names, occurrences
from corpus_tools._entity_rules.person_products import product_noun_start, product_word, segmenter_name
from corpus_tools._entity_rules.names import (BAIJIAXING, REPORT_VERBS, SPEECH_AFTER_RE, function_char, is_idiom,
                                              is_word, p_longer, rare_char, surname_length, surname_rate,
                                              translit_score)
from corpus_tools._entity_rules.person_context import (called_names, elder_forms, given_like, given_mention,
                                                       title_runs_on)
from corpus_tools._entity_rules.person_anonymised import given_after_mou, listed_after_mou
from corpus_tools._entity_rules.person_forms import addressed_by_surname, familiar_forms
from corpus_tools._entity_rules.person_roles import is_role, is_surname, signature_names
from corpus_tools._entity_rules.sound_chars import (DOTS, NAME_STOP, dot_names, dotted_inside, sound_name, sound_name_ends,
                                                    titled_sound_name, verb_aspect)
from corpus_tools.text import CJK_RE



#: One-character speech verbs the segmenter may glue to a given name (曹|伟说).
_SPEECH_CHARS = frozenset("说讲称道问答笑")


def name_lengths(spans: list, text: str, make, *, sure: float = 0.7, words: "list[str] | None" = None) -> list:
    """Let the name model (:func:`names.p_longer`) fix the length of statistical PERSON spans
    when it is sure: a two-character span is extended by a free third character that is a
    given-name character (闫春|旸 -> 闫春旸), a three-character span is cut when its third
    character starts the next word, unless the segmenter ends a personal-name word (``E-nr``) on it
    (白|志远 在: the given name is one word). Spans of other sources (titles, bylines) are left alone.

    Examples
    --------
    >>> t = "村民闫春旸说"
    >>> [t[c.start:c.end] for c in name_lengths([Cand(2, 4, "PERSON", source="model")], t, lambda s, e: Cand(s, e, "PERSON"))]
    ['闫春旸']
    """
    taken = [False] * len(text)
    for c in spans:
        for i in range(c.start, c.end):
            taken[i] = True
    out = []
    for c in spans:
        w = text[c.start:c.end]
        if c.label == "PERSON" and c.source == "model" and all(CJK_RE.match(ch) for ch in w):
            sl = surname_length(text, c.start)
            if (len(w) == sl + 1 and c.end < len(text) and not taken[c.end] and p_longer(text, c.end) >= sure
                    and not product_noun_start(text, c.start, c.end + 1, words)):
                c = make(c.start, c.end + 1)
            elif len(w) == sl + 2 and p_longer(text, c.end - 1) <= 1 - sure \
                    and not (words is not None and len(words) == len(text) and words[c.end - 1] == "E-nr"
                             and text[c.end - 1] not in _SPEECH_CHARS):
                # 白|志远|在, 朝|鲁门|主持: the segmenter reads the given name as one name word, the model's span
                # stands; not over a speech verb (曹|伟说: the segmenter glued 说 to the name)
                c = replace(c, end=c.end - 1, source="model_cut")  # not spread to other mentions
        out.append(c)
    return out


def consistent_names(spans: list, text: str, make, words: "list[str] | None" = None) -> list:
    """Apply the document's own spelling of names to its PERSON spans.

    *spans* are candidate objects with ``start``, ``end``, ``label`` (sorted, non-overlapping);
    *make(start, end)* builds a new PERSON candidate. Returns the new list, sorted.
    """
    people = [c for c in spans if c.label == "PERSON"]
    if not people:
        return spans
    spans = name_lengths(spans, text, make, words=words)
    people = [c for c in spans if c.label == "PERSON"]
    names: dict[str, int] = {}
    bare: set[str] = set()  # first parts of dotted names: only where no sound character touches them
    given_only: set[str] = set()  # given names of established names: only after punctuation or a preposition
    likely_given: set[str] = set()  # of characters People's Daily 1998 uses in given names (红勋, not 乐义)
    spoken: set[str] = set()  # given names that are words: only opening a clause before a speech verb
    for c in people:
        w = text[c.start:c.end]
        if c.source == "model_cut":
            c.source = "model"
            continue  # a name the length model cut (申遗后 -> 申遗) does not decide other mentions
        if 2 <= len(w) <= 4 and all(CJK_RE.match(ch) for ch in w) and not w.startswith(("老", "小")):
            names[w] = names.get(w, 0) + 1
        elif any(d in w for d in DOTS):
            names[w] = names.get(w, 0) + 1
            first = re.split(f"[{DOTS}]", w)[0]
            if len(first) >= 2:  # 买买提江·艾力 -> 买买提江 on its own later
                names[first] = names.get(first, 0) + 1
                bare.add(first)
    taken = [False] * len(text)
    for c in spans:
        if c.label != "PERSON":
            for i in range(c.start, c.end):
                taken[i] = True
    out = []
    for c in spans:
        if c.label != "PERSON":
            out.append(c)
            continue
        w = text[c.start:c.end]
        if len(w) == 2:
            w3 = text[c.start:c.start + 3]
            if len(w3) == 3 and w3 in names and not taken[c.start + 2]:
                c = make(c.start, c.start + 3)  # 黄灯 -> 黄灯江, spelled in full elsewhere
        elif len(w) == 3 and w[:2] in names and w not in _others(names, w) and text.count(w) == 1 \
                and not w[:2].endswith("某"):  # 王某某 stays whole beside a 王某
            c = make(c.start, c.start + 2)  # 姚强才弄明白 -> 姚强
        elif any(d in w for d in DOTS):
            inner = dotted_inside(w, names)
            if inner:  # 见|阿依·吐尔逊, 阿依·吐尔逊|笑笑: the dotted name the text prints on its own elsewhere
                c = make(c.start + w.index(inner), c.start + w.index(inner) + len(inner))
        out.append(c)
    # other mentions of an established name: not inside another span nor inside a longer name
    for c in out:
        for i in range(c.start, c.end):
            taken[i] = True
    for name in [w for w in names if len(w) == 3 and surname_length(w, 0) == 1 and CJK_RE.match(w[0])]:
        given = name[1:]  # 张红勋 -> 红勋哥, “宜洛，…”: the given name alone, when it is no word
        if given in names or given in not_names():
            continue
        if is_word(given) or given in frequent2():
            spoken.add(given)  # 毕文华 … 。文华告诉记者: a word only where it opens a clause and speaks
        names[given] = names[name]
        given_only.add(given)
        if given_like(given):
            likely_given.add(given)
    longer = sorted(names, key=len, reverse=True)
    added = []
    for name in longer:
        if names[name] < 1 or len(name) < 2:
            continue
        for s, e in occurrences(text, name):
            if any(taken[s:e]):
                continue
            if any(text.startswith(o, s) and len(o) > len(name) for o in longer):
                continue
            if s > 0 and text[s - 1] in "老小":
                continue
            if name.endswith("某") and e < len(text) and (text[e] == "某" or given_after_mou(text[e], text[e + 1:e + 2])
                                                          or listed_after_mou(text[e], text[e + 1:e + 2])):
                continue  # 王某 inside 王某某 or 黄某龙
            if name in spoken and ((s > 0 and CJK_RE.match(text[s - 1])) or not _GIVEN_SPEECH_RE.match(text, e)):
                continue
            if name in given_only and not given_mention(text, s, e, likely=name in likely_given):
                continue
            if name in bare and ((s > 0 and (text[s - 1] in DOTS or translit_score(text[s - 1]) >= 0.5))
                                 or (e < len(text) and (text[e] in DOTS or translit_score(text[e]) >= 0.5))):
                continue
            added.append(make(s, e))
            for i in range(s, e):
                taken[i] = True
    full = {w: k for w, k in names.items() if w not in given_only}  # 林峰 is no surname 林
    added += familiar_forms(full, text, taken, make)
    added += [make(s, e) for s, e in elder_forms(full, text, taken)]  # 杨润身 … 杨老
    return sorted(out + added, key=lambda c: c.start)


def _others(names: dict[str, int], w: str) -> set[str]:
    """Established names other than *w* itself when *w* was seen more than once."""
    return {w} if names.get(w, 0) > 1 else set()


#: a speech verb after a given name that is also a word (。文华告诉记者，)
_GIVEN_SPEECH_RE = re.compile(r"(?:笑着|高兴地|激动地|感慨地)?(?:说|告诉|表示|介绍|坦言|回忆)")
_SPEAKER_RE = re.compile(r"(?:^|(?<=[，。：；！？”“、\n\s的农民工户嫂姐哥叔婶]))([\u4e00-\u9fff]{2,4})(?=(?:笑着|高兴地|激动地|感慨地)?"
                         r"(?:说|感叹|表示|介绍|告诉|坦言|回忆|算了一笔账)[，。：:“])")


def speaker_names(text: str, plausible) -> list[tuple[int, int]]:
    """Names that stand alone between a clause boundary, or a word for a villager (茶农, 大姐),
    and a speech verb (白妙云说：, 茶农漆秀兰笑着说).

    *plausible(text, start, end)* filters them (surname first, not a common word).

    Examples
    --------
    >>> speaker_names("。白妙云说：“好。”", lambda t, s, e: True)
    [(1, 4)]
    >>> speaker_names("，次仁旺堆说：“好。”", lambda t, s, e: False)
    [(1, 5)]
    """
    out = []
    for m in _SPEAKER_RE.finditer(text):
        s, e = m.start(1), m.end(1)
        if sound_name(text, s, e) if e - s == 4 else plausible(text, s, e):
            out.append((s, e))
    return out



# --------------------------------------------------------------------------- titles and credits

_TITLE_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, PERSON_TITLES), key=len, reverse=True)) + ")[ \u00a0\u3000]?")


#: titles that follow a name (刘永好委员, 张桂梅代表): the name ends right before them
_ROLE_AFTER_RE = re.compile("委员|代表(?![团队性作])|同志|院士")


def _title_name(text: str, i: int) -> int:
    """End of the personal name right after a title at *i*, or 0 when none starts there.

    The name starts with a surname (a compound one such as 欧阳, a one-character surname of
    People's Daily 1998 or the hand list, or a character so rare that it starts no common
    word: 綦玥, 禚璐); its length comes from the name model (:func:`names.name_end`). It must
    end at a boundary: punctuation, a particle or verb of :data:`PERSON_AFTER`, or the start of
    a two-character word (郜翀|率队). Otherwise a three-character name between the title and a
    speech verb is taken (党委书记禤广二说：).
    """
    if i >= len(text):
        return 0
    sl = surname_length(text, i)
    first = text[i]
    if sl == 1 and is_surname(first) and _ROLE_AFTER_RE.match(text, i + 3) \
            and all(CJK_RE.match(c) for c in text[i:i + 3]) and not is_word(text[i + 1:i + 3]) \
            and text[i + 2] not in "任为当是的":
        return i + 3  # 董事长刘永好委员: a title on both sides fixes the length
    if sl == 2 or is_surname(first) or first in BAIJIAXING or (rare_char(first) and i + 1 < len(text)
                                                              and CJK_RE.match(text[i + 1])):
        short, long_ = i + sl + 1, i + sl + 2
        p = p_longer(text, short)
        # the model's length first; the other one only when the model is unsure
        ends = (long_, short) if p >= 0.5 else (short, long_)
        if not 0.2 < p < 0.8:
            ends = ends[:1]
        # a character mostly used otherwise (和, 向, 任) is a surname only before a clear boundary
        # a given name the length model is sure of (宰开芳) makes the surname as good as a common one
        given = text[i + sl:long_]
        loose = sl == 2 or surname_rate(first) >= 0.1 or (p >= 0.9 and not is_word(given) and given not in frequent2())
        weak = sl == 1 and not is_surname(first) and not rare_char(first)  # a 百家姓 character only
        for end in ends:
            name = text[i:end]
            if len(name) < end - i:
                continue  # the text ends inside the name (他让网格员成): no name of this length
            if weak and (is_word(name[1:3]) or name[1:3] in frequent2()):
                continue  # 村民富|口袋: a word after a character that is rarely a surname
            if end - i == 2 and sl == 1 and surname_rate(first) < 0.01 and function_char(name[1]):
                continue  # 丈夫都|要在: a character rarely a surname before one that is a word of its own
            if all(CJK_RE.match(c) for c in name) and not_word(name, sl) \
                    and _ends_name(text, end, loose=loose):
                return end
    if sound_name(text, i, i + 4) and sound_name_ends(text, i + 4):
        return i + 4  # no Chinese name ends well here: 贫困户沙马阿呷, 驻村工作队员德吉央宗
    if titled_sound_name(text, i):
        return i + 3  # 旗长朝鲁门|主持: a three-character Mongolian name after its title
    if SPEECH_AFTER_RE.match(text, i + 3) and all(CJK_RE.match(c) and c not in "这那么什怎" for c in text[i:i + 3]) \
            and not_word(text[i:i + 3], 1) and not is_word(text[i + 1:i + 3]):  # 大爷|向记者说
        return i + 3
    return 0


def _ends_name(text: str, e: int, *, loose: bool = True) -> bool:
    """A name may end before *e*: punctuation, :data:`PERSON_AFTER`, or (*loose*) a word start."""
    nxt = text[e:e + 1]
    if not nxt or nxt in PERSON_AFTER or not CJK_RE.match(nxt) or text[e:e + 2] in REPORT_VERBS:
        return True
    return loose and (is_word(text[e:e + 2]) or is_idiom(text[e:e + 4]) or verb_aspect(text, e))


#: Kinship words after a surname that make a familiar name (汪大爷, 印老弟; X书记 is no name).
_KIN_RE = re.compile("([\u4e00-\u9fff])(?:大爷|大娘|大妈|大婶|大姐|大哥|大叔|大嫂|老弟|老哥|奶奶|爷爷|婆婆|阿姨)")


#: A credit printed after the name: 段　勇／摄, 王刚/摄影 (a two-character name may be spaced).
_SLASH_CREDIT_RE = re.compile(r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff][ \u3000]?)?[\u4e00-\u9fff]{1,2})[ \u3000]*[/／]"
                              r"[ \u3000]*(?:摄影|摄|图)(?![\u4e00-\u9fff])")


#: An age before 的 (今年90岁的, 50多岁的): in the open gold a surname after it starts a name 17 times in 20
_AGE_RE = re.compile(r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})多?岁的")


def find_persons(text: str) -> list[Cand]:
    out = []
    for m in _TITLE_RE.finditer(text):
        start = m.end()
        if text[start:start + 1] == "长" and m.group()[-1] != "长":
            start += 1  # 护士|长尹超: 长 makes the title a head's one (护士长), it starts no name (surname share 0.0002)
        e = 0 if title_runs_on(text, start) or addressed_by_surname(text, m.start(), is_surname) \
            else _title_name(text, start)  # 党总支书|记郑涛; 王大夫|都会来: an address word is no title here
        if e:
            out.append(Cand(start, e, "PERSON", prio=1))
    for m in _AGE_RE.finditer(text):  # 68岁的欧安桥: an age before 的 introduces a person as a title does
        e = _title_name(text, m.end())
        if e and not is_word(text[m.end():e]) and not is_word(text[m.end():m.end() + 2]):
            out.append(Cand(m.end(), e, "PERSON", prio=0))
    out += byline_names(text)
    out += [Cand(a, b, "PERSON", prio=2) for a, b in dot_names(text)]
    for m in re.finditer(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})[ \u00a0]+摄(?![\u4e00-\u9fff])", text):  # 张三 摄
        if is_surname(m.group(1)[0]):
            out.append(Cand(m.start(1), m.end(1), "PERSON", prio=1))
    out += [Cand(s, e, "PERSON", prio=1) for s, e in signature_names(text) + called_names(text, is_surname)]  # 李　御; 陕西咸阳市　姚　平; 版式设计：郭　祥
    for m in _SLASH_CREDIT_RE.finditer(text):  # 段　勇／摄, 熊伟/图: a name before a slash and a credit word
        if is_surname(m.group(1)[0]):
            out.append(Cand(m.start(1), m.end(1), "PERSON", prio=1))
    for m in re.finditer(r"(?<![\u4e00-\u9fff])老[\u4e00-\u9fff](?=[，。、说：的和也笑])", text):
        if m.group()[1] in SURNAMES and not (is_word(m.group()) or m.group() in frequent2()):  # “老师，: a word
            out.append(Cand(m.start(), m.end(), "PERSON", prio=0))
    for m in _KIN_RE.finditer(text):  # 汪大爷, 印老弟: a familiar form built on a surname
        s = m.start()
        if (m.group(1) in BAIJIAXING or is_surname(m.group(1))) and m.group(1) not in "老小大" \
                and (s == 0 or not CJK_RE.match(text[s - 1]) or text[s - 1] in NAME_STOP or text[s - 1] in "向对叫"):
            out.append(Cand(s, m.end(), "PERSON", prio=1))
    for m in re.finditer(r"习近平|习总书记", text):
        out.append(Cand(m.start(), m.start() + (3 if m.group() == "习近平" else 1), "PERSON", prio=3))
    return out


#: Last characters of nouns for people (种植户, 果农, 牧民, 环卫工, 讲解员, 厨师, 老板娘, 店主, 农机手, 木匠).
_PERSON_NOUN_ENDS = frozenset("户农民工员师娘嫂主手匠")


def noun_titled_names(text: str, words: list[str] | None) -> list[tuple[int, int]]:
    """Names right after a noun for a person that the title list lacks (种植户马金山, 老板娘向春燕):
    a segmenter word tagged ``n`` of two to four characters that ends in a character of
    :data:`_PERSON_NOUN_ENDS`, followed by a name that :func:`_title_name` accepts (a surname
    first, the name model's length, a boundary after it).

    *words* are the per-character ``B-n``/``E-n`` features of the segmenter; without them nothing
    is found.

    Examples
    --------
    >>> t = "老板娘向春燕一边招呼客人"
    >>> noun_titled_names(t, ["B-n", "E-n", "S-n", "S-p", "B-n", "E-n", "B-d", "E-d", "B-v", "E-v", "B-n", "E-n"])
    [(3, 6)]
    """
    if not words:
        return []
    out = []
    i, last = 0, -1  # last: start of the previous word when it is a noun (老板|娘 is one noun)
    n = min(len(words), len(text))
    while i < n:
        j = i + 1
        if words[i][:1] == "B":
            while j < n and words[j][:1] == "I":
                j += 1
            j = min(j + 1, n)
        noun = words[i].partition("-")[2] == "n"
        s = last if noun and j - i == 1 and last >= 0 else i
        w = text[s:j]
        if (2 <= j - s <= 4 and noun and w[-1] in _PERSON_NOUN_ENDS
                and w not in PERSON_TITLES and not is_role(w)):
            e = 0 if title_runs_on(text, j) or addressed_by_surname(text, s, is_surname) else _title_name(text, j)
            if e and _full_name(text[j:e]):
                out.append((j, e))
        last = i if noun else -1
        i = j
    return out


def _full_name(name: str) -> bool:
    """A surname and a two-character given name that reads as one: both characters used in given
    names (:func:`person_context.given_like`: 春燕, 亚军), or no word after a frequent surname
    (温|细娇). Not 和|车辆, 和|祖国, 夫妻|高, 拄锹: a noun is a weaker cue than a title.

    Examples
    --------
    >>> [_full_name(w) for w in ("向春燕", "叶子德", "和祖国", "夫妻高", "逯长荣")]
    [True, True, False, False, True]
    """
    sl = surname_length(name, 0)
    if len(name) == 3 and sl == 1 and not is_surname(name[0]) and name[0] in BAIJIAXING:
        # a rare surname of 百家姓 (禚, 逯, 暴): a given name that reads as one and no word across it
        return (given_like(name[1:]) and not is_word(name[1:]) and name[1:] not in frequent2()
                and not is_word(name[:2]) and name[:2] not in frequent2())
    if len(name) != sl + 2 or (sl == 1 and not is_surname(name[0])):
        return False
    given = name[sl:]
    rate = surname_rate(name[0]) if sl == 1 else 1.0
    plain = is_word(given) or given in frequent2()
    if (is_word(name[:2]) or name[:2] in frequent2()) and not (rate >= 0.3 and given_like(given) and not plain):
        return False  # 夫妻|高; 叶子|德 is a name: 叶 is mostly a surname, 子德 a given name
    if rate < 0.05 and plain:
        return False  # 人民和|祖国: 和 is a surname only before a given name that is no word
    return given_like(given) or (rate >= 0.1 and not plain)


# --------------------------------------------------------------------------- plausible names and lists

#: speech and report verbs after a name (说, 表示, 介绍)
_SPEECH = ("说", *sorted(REPORT_VERBS))
_PLACE_SUFFIXES = ("村", "镇", "乡", "县", "市", "区", "省", "路", "街", "庄", "堡", "寺", "山", "河")


def titled_surname(name: str) -> bool:
    """A surname and a title, no name (谭书记, 李主任, 刘师傅: GUIDE, titles are never part of a name,
    and the gold tags no bare surname); familiar kin forms stay names (顾阿姨, 汪大爷).

    Examples
    --------
    >>> [titled_surname(w) for w in ("谭书记", "李主任", "欧阳主任", "顾阿姨", "谭正银")]
    [True, True, True, False, False]
    """
    sl = surname_length(name, 0)
    return 0 < sl < len(name) and name[sl:] in PERSON_TITLES and not _KIN_RE.fullmatch(name)


def plausible_person(text: str, s: int, e: int, words: list[str] | None = None) -> bool:
    """Filter the model's PER spans: a surname first, no place suffix, not a common word,
    and not glued into a word with its neighbours (系列丛书 -> 列丛书, 夏秋冷凉 -> 夏秋冷) unless the
    segmenter's *words* read the three characters before a speech verb as a personal name (龙守正|说,
    :func:`segmenter_name`).

    A place suffix ends a name (马金山, 李宝河) when the segmenter's *words* (per-character
    ``B-nr`` features) read the whole span as a personal name (:func:`segmenter_name`)."""
    name = text[s:e]
    if is_role(name) or titled_surname(name):
        return False
    if starts_in_word(words, s, len(text), phrase=True):
        return False  # 通|江达海: the span starts inside an idiom or set phrase (麦卡锡|主义 may start one)
    if not 2 <= len(name) <= 4 or name in not_names():
        return False
    if name.endswith(_PLACE_SUFFIXES) and not (len(name) == 3 and segmenter_name(words, s, e)):
        return False
    if text[e - 1:e + 1] == "嘎查":
        return False  # 陶利嘎|查: a Mongolian village (嘎查) ends here
    if len(name) == 3 and name[-1] in "了着过的地得们":
        return False  # a verb with its particle (解释了), not a given name
    if not is_surname(name[0]) and name[:2] not in ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容"):
        return False
    if any(is_idiom(text[j:j + 4]) for j in range(max(0, s - 3), e) if j != s and j + 4 > e or j < s < j + 4):
        return False  # an idiom crosses the span's end or start (老杨|喜笑颜开 -> 杨喜笑颜)
    if product_noun_start(text, s, e, words) or product_word(text, s, e):
        return False  # 仙居杨梅|甲天下, 今年杨梅|喜获丰收: a product noun and the next character; 和杨梅正值…
    common = frequent2()
    if text[s - 1:s + 1] not in common and text[e - 1:e + 1] not in common:
        return True
    # a frequent pair across the end (龙守正|说: 正说) glues no word before a speech verb when the
    # segmenter, a second model, reads the span as a personal name of its own too
    return len(name) == 3 and text.startswith(_SPEECH, e) and segmenter_name(words, s, e)


def line_end(text: str, s: int, e: int) -> int:
    """*e*, or the first line break inside ``[s, e)``: a name never runs on over the end of its
    line (a signature line 村民　陈德贵 and the next title 云梯街…). A full-width space ends it too
    after two name characters or before another one (熊伟　图, 傅  超　　南京…), not when it pads a
    two-character name (王　刚).

    Examples
    --------
    >>> line_end("村民陈德贵\\n云梯街", 2, 6), line_end("王　刚说", 0, 3), line_end("熊伟　图", 0, 4)
    (5, 3, 2)
    """
    for i in range(s, e):
        if text[i] in "\n\r" or (text[i] == "\u3000" and (text[i + 1:i + 2] == "\u3000"
                                                              or len(CJK_RE.findall(text[s:i])) >= 2)):
            return i
    return e


def _list_item(text: str, s: int, e: int, words: "list[str] | None" = None) -> bool:
    """A name in a list of people: :func:`plausible_person`, or three characters whose first is a
    百家姓 or rare character (卯秋菊, 仝春梅) and whose first two make no word. Never a span that
    starts inside a word of the segmenter's *words* (金|华火腿、张飞牛肉: 华 ends 金华)."""
    if words is not None and len(words) == len(text) and words[s][:1] in ("I", "E"):
        return False
    if plausible_person(text, s, e):
        return True
    w = text[s:e]
    return (len(w) == 3 and (w[0] in BAIJIAXING or rare_char(w[0])) and all(CJK_RE.match(c) for c in w)
            and not is_word(w[:2]) and w[:2] not in frequent2() and w not in not_names())


#: Words for the people of a list right after its last name (朱光荣、卯秋菊夫妇).
_PAIR_AFTER = frozenset("夫妇 夫妻 两人 二人 等人 兄弟 姐妹 母女 父子 母子 父女".split())


def list_people(ents: list, text: str, resolve, words: "list[str] | None" = None) -> list:
    """Complete enumerations of people: a 2–3 character name right before or after "、"
    next to a PERSON (邀请贺刚、曹雨、刘喜乐) is a PERSON too when it passes the same checks
    as the model's names (surname first, not a common word) and overlaps no other span.

    *resolve(cands, n)* makes the added spans flat (:func:`corpus_tools._entity_rules.resolve`);
    *words*, the segmenter's per-character features, keep out spans that start inside a word.

    Examples
    --------
    >>> from corpus_tools._entity_rules import resolve
    >>> text = "副乡长刘湃莉、贺刚。"
    >>> [text[c.start:c.end] for c in list_people([Cand(3, 6, "PERSON")], text, resolve)]
    ['刘湃莉', '贺刚']

    An added name extends the list in turn (李武斋、宫子藩 after the model's 杨德培).
    """
    for _ in range(8):  # up to 8 more names on each side of a tagged one
        more = _list_step(ents, text, resolve, words)
        if more is ents:
            break
        ents = more
    return ents


def _list_step(ents: list, text: str, resolve, words: "list[str] | None" = None) -> list:
    """One pass of :func:`list_people`: the names next to the PERSON spans of *ents* (*ents* itself when none)."""
    taken = [not CJK_RE.match(ch) for ch in text]  # names are Chinese characters only
    for c in ents:
        for i in range(c.start, c.end):
            taken[i] = True
    added: list[Cand] = []
    for c in ents:
        if c.label != "PERSON":
            continue
        if c.start >= 1 and text[c.start - 1] == "、":
            for n in (3, 2):  # the name that ends before "、"
                s, e = c.start - 1 - n, c.start - 1
                if s >= 0 and not any(taken[s:e]) and _list_item(text, s, e, words):
                    added.append(Cand(s, e, "PERSON", prio=-1, source="list"))
                    break
        if c.end < len(text) and text[c.end] == "、":
            for n in (3, 2):  # the name that starts after "、" and ends at a delimiter
                s, e = c.end + 1, c.end + 1 + n
                if e <= len(text) and (text[e:e + 1] in ("、", "，", "。", "和", "等", "都", "也", "两", "")
                                                      or text[e:e + 2] in _PAIR_AFTER) and not any(taken[s:e]) \
                        and _list_item(text, s, e, words):
                    added.append(Cand(s, e, "PERSON", prio=-1, source="list"))
                    break
    if not added:
        return ents
    return sorted(ents + resolve(added, len(text)), key=lambda c: c.start)
