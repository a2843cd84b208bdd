"""Personal names against the other rules: when the statistical model's name wins.

The rules read a short place name, a facility head or an organisation head wherever its
characters stand, also inside a personal name: 华东 (a region) in 王华东, 朝阳 (a district) in
李朝阳, 苑 (a garden) ending 赵明苑, 计划 (a programme) after 唐魏. The character model sees the
whole name in its sentence. :func:`names_over_rules` lets a surname-first model name take its
span back from such a rule span, and from every other mention of the same name in the text,
when the rule span is one of three shapes that a name explains better:

- a bare place name (no unit suffix) inside the given name: 王|华东, 李|朝阳, 石一|古尔;
- a head-based span that starts with a name the document uses alone elsewhere too, when its
  head is used as a verb or is a title: 唐魏|计划先…, 朱彦夫|学会了…, 汪洋|主席代表… (a body
  or memorial named after a person, 林则徐纪念馆, stays whole as the GUIDE asks);
- a head-based span that ends with the name right after a role or title word: 特派员|赵明苑.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from corpus_tools._entity_rules.lexicon import PERSON_TITLES, Cand, frequent2, not_names, occurrences
from corpus_tools._entity_rules.names import (BAIJIAXING, COMPOUND_SURNAMES, char_counts, is_idiom, is_word, surname_length, surname_rate,
                                              translit_mean)
from corpus_tools.text import CJK_RE

#: labels of rule spans that a model name swallows when they lie inside its given name
INNER_PLACE_LABELS = frozenset({"GPE", "LOC", "VILLAGE", "TOWNSHIP"})
#: labels of head-based rule spans that a model name cuts when it starts or ends them
HEAD_LABELS = frozenset({"ORG", "PROJECT", "FAC", "EVENT"})
#: last characters of a place name with its unit or landform word: such a span is a place, not a name part
UNIT_ENDS = tuple("村镇乡县市区省州旗盟山河湖江路街庄屯寨堡岭沟洼坪峪湾")
#: what follows a head that is used as a verb (唐魏计划先…, 朱彦夫学会了…); a memorial or a body
#: named after a person (林则徐纪念馆, GUIDE: one ORG or FAC) is followed by anything else
_VERB_NEXT = frozenset("了着过先就还也都又再才便即已曾将正")
#: last characters of role words before a name (特派员, 书记, 村长, 技术员)
_ROLE_ENDS = tuple("员长记任师")


def _surname_first(name: str, is_surname) -> bool:
    sl = surname_length(name, 0)
    return (sl == 2 or is_surname(name[0])) and 1 <= len(name) - sl <= 2 \
        and all(CJK_RE.match(ch) for ch in name)


def _inside_given(r: Cand, s: int, e: int, text: str) -> bool:
    """*r* is a bare place name that lies inside the given name of the name at [s, e)."""
    return (r.label in INNER_PLACE_LABELS and s < r.start and r.end <= e
            and not text[r.start:r.end].endswith(UNIT_ENDS))


def _after_role(text: str, r: Cand, s: int) -> bool:
    before = text[r.start:s]
    return bool(before) and (before.endswith(PERSON_TITLES) or before.endswith(_ROLE_ENDS))


def names_over_rules(rules: list[Cand], model: list[Cand], text: str,
                     is_surname: Callable[[str], bool]) -> list[Cand]:
    """Drop the rule spans that a surname-first model PERSON span explains better (see the
    module docstring) and add the name there and at its other mentions.

    *rules* are the resolved rule spans, *model* the model's candidates (only PERSON ones are
    read), *is_surname(ch)* the surname test. Returns the new rule list, sorted; the model
    candidates are then joined as usual (a model span is added where no rule span remains).

    Examples
    --------
    >>> t = "王华东驻村帮扶，王华东说"
    >>> rules = [Cand(1, 3, "LOC"), Cand(9, 11, "LOC")]
    >>> out = names_over_rules(rules, [Cand(0, 3, "PERSON", source="model")], t, lambda c: c == "王")
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('王华东', 'PERSON'), ('王华东', 'PERSON')]
    """
    persons = [c for c in model if c.label == "PERSON"]
    if not persons or not rules:
        return rules
    rules = sorted(rules, key=lambda c: c.start)
    starts = [c.start for c in rules]
    person_text = {text[c.start:c.end] for c in rules if c.label == "PERSON"}
    drop: set[int] = set()
    names: set[str] = set()
    for c in persons:
        s, e = c.start, c.end
        name = text[s:e]
        if not _surname_first(name, is_surname):
            continue
        over = [k for k in _overlapping(starts, rules, s, e) if rules[k].label != "_"]
        if not over or any(rules[k].label == "PERSON" for k in over):
            continue
        if all(_inside_given(rules[k], s, e, text) for k in over):
            names.add(name)
            continue
        if len(over) != 1 or rules[over[0]].label not in HEAD_LABELS:
            continue
        r = rules[over[0]]
        if r.start == s and r.end > e and (name in person_text or _stands_alone(name, text, rules)) \
                and (text.startswith(PERSON_TITLES, e) or text[r.end:r.end + 1] in _VERB_NEXT):
            drop.add(over[0])  # 唐魏|计划先, 汪洋|主席…: the head is a verb or a title, 唐魏 a name elsewhere too
        elif r.end == e and r.start < s and _after_role(text, r, s):
            drop.add(over[0])  # 生态科技特派员|赵明苑
    for name in sorted(names, key=lambda w: (-len(w), w)):  # every mention: 王华东 … 王华东 (longest first, then a fixed order)
        for s, e in occurrences(text, name):
            over = [k for k in _overlapping(starts, rules, s, e) if rules[k].label != "_"]
            if over and all(_inside_given(rules[k], s, e, text) for k in over):
                drop.update(over)
    if not drop:
        return rules
    kept = [c for k, c in enumerate(rules) if k not in drop]
    taken = [False] * len(text)
    for c in kept:
        for i in range(c.start, c.end):
            taken[i] = True
    added = []
    for name in sorted(names, key=lambda w: (-len(w), w)):
        for s, e in occurrences(text, name):
            if not any(taken[s:e]):
                added.append(Cand(s, e, "PERSON", prio=-1, source="model"))
                for i in range(s, e):
                    taken[i] = True
    return sorted(kept + added, key=lambda c: c.start)


def _overlapping(starts: list[int], rules: list[Cand], s: int, e: int) -> list[int]:
    """Indices of the rule spans that overlap [s, e) (*starts*: their sorted starts)."""
    out = []
    j = bisect.bisect_left(starts, e) - 1
    while j >= 0 and rules[j].start > s - 100:  # no rule span is longer than that
        if rules[j].end > s:
            out.append(j)
        j -= 1
    return sorted(out)


def _stands_alone(name: str, text: str, rules: list[Cand]) -> bool:
    """*name* occurs somewhere outside every rule span (a mention of its own)."""
    covered = [False] * len(text)
    for c in rules:
        for i in range(c.start, c.end):
            covered[i] = True
    return any(not any(covered[s:e]) for s, e in occurrences(text, name))


# --------------------------------------------------------------------------- speakers after a title

#: a speech verb right after a speaker's name, with an optional manner word (笑着说, 介绍，)
_SPEECH_RE = re.compile(r"(?:笑着|高兴地|激动地|感慨地|动情地|自豪地)?(?:说|表示|介绍|告诉|坦言|感叹|回忆|解释)[，。：:“]")
#: characters a name never contains (particles, adverbs, prepositions: 书记在会上说, 主任也说)
_NOT_IN_NAME = frozenset("的了着是在和与及同跟给让把被对向为从到由叫请说等、们也还就又将已正都再很最地得这那么什怎")
#: directional complements that end a verb, not a name (村民跑来说, 他走过去说)
_COMPLEMENTS = frozenset("来去到起上下出回进过")
#: last characters of two-character role words before a name (人员, 队员, 院长, 主任, 老师)
_ROLE_WORD_ENDS = "员长任师记"
#: mean :func:`names.translit_score` for a four-character speaker of sound characters (帕查有格 1.0,
#: 达久木甲 1.4, 额日登仓 0.4; 有感触地 -2.9)
SPEAKER_SOUND_MIN = 0.3
#: below this surname share (People's Daily 1998) a role word's last character (长 0.0002, 任 0.03)
#: does not start a speaker's name
_ROLE_SURNAME_RATE = 0.05
#: clause boundaries before a two-character speaker whom a title names elsewhere in the text
_CLAUSE_MARKS = frozenset("，。：；！？”“\n\u3000 ")


_TITLES_RE = re.compile("|".join(sorted(map(re.escape, PERSON_TITLES), key=len, reverse=True)))


def title_runs_on(text: str, s: int) -> bool:
    """A title that starts before *s* goes on past it: 党总支书|记郑涛 (支书 ends at 书, 书记 runs on).

    Examples
    --------
    >>> title_runs_on("党总支书记郑涛说", 4), title_runs_on("党总支书记郑涛说", 5)
    (True, False)
    """
    for j in range(max(0, s - 4), s):
        m = _TITLES_RE.match(text, j)  # the longest title at j
        if m is not None and m.end() > s:
            return True
    return False


def _titled(text: str, s: int) -> bool:
    """A title or a role word ends right before *s* and does not go on into it (支书|记 is 书记)."""
    if s < 2 or title_runs_on(text, s):
        return False
    return text.endswith(PERSON_TITLES, 0, s) or (text[s - 1] in _ROLE_WORD_ENDS and (
        is_word(text[s - 2:s]) or (text[s - 1] == "长" and text.endswith(PERSON_TITLES, 0, s - 1))))  # 护士+长


def _speaker_like(name: str) -> bool:
    if not all(CJK_RE.match(ch) and ch not in _NOT_IN_NAME for ch in name):
        return False
    if is_word(name) or name in frequent2() or name in not_names() or is_idiom(name):
        return False
    if len(name) == 4:
        return name[:2] in COMPOUND_SURNAMES or (translit_mean(name) >= SPEAKER_SOUND_MIN
                                                   and not (is_word(name[:2]) and is_word(name[2:])))
    # between a title and a speech verb any first character will do (主任过勇说) when the name
    # starts no word (主任亲自说, 书记当场表示 are none)
    return len(name) == 2 or not (is_word(name[:2]) or name[:2] in frequent2())


def titled_speakers(text: str) -> list[tuple[int, int]]:
    """Names between a title or role word and a speech verb (主任过勇说, 客服人员许凤介绍,
    第一书记帕查有格介绍), and four-character names of sound characters between a clause
    boundary and a speech verb (。达久木甲说：). Both sides fix the name's length, so rare
    surnames and names of sound characters that the model and the title rule miss are found.

    Examples
    --------
    >>> t = "研究中心主任过勇说，客服人员许凤介绍，第一书记帕查有格介绍，。达久木甲说：“好”"
    >>> [t[s:e] for s, e in titled_speakers(t)]
    ['过勇', '许凤', '帕查有格', '达久木甲']

    A two-character speaker after a clause boundary is a name when a title stands before the
    same string elsewhere in the text (急诊科医生才权很欣慰 … “好。”才权说):

    >>> t = "急诊科医生才权很欣慰。“好。”才权说，“好。”大家说，护士长尹超说。"
    >>> [t[s:e] for s, e in titled_speakers(t)]
    ['才权', '尹超']
    """
    out = []
    titled_elsewhere: dict[str, int] = {}
    for m in _SPEECH_RE.finditer(text):
        p = m.start()
        for n in (3, 2, 4):
            s = p - n
            if s < 1:
                continue
            name = text[s:p]
            boundary = n == 4 and text[s - 1] in "，。：；！？”“\n"
            if name[0] in _ROLE_WORD_ENDS and surname_rate(name[0]) < _ROLE_SURNAME_RATE:
                continue  # 护士长尹超说: 长 ends the role word (护士|长尹超 is no name)
            if (_titled(text, s) or boundary) and _speaker_like(name) and name[-1] not in _COMPLEMENTS:
                out.append((s, p))
                break
        else:
            s = p - 2  # ”才权说: a two-character speaker after a clause boundary that a title names elsewhere
            name = text[s:p]
            if s >= 1 and text[s - 1] in _CLAUSE_MARKS and name[-1] not in _COMPLEMENTS and _speaker_like(name):
                if name not in titled_elsewhere:  # once per string: no scan of the text per mention
                    titled_elsewhere[name] = sum(_titled(text, a) for a, _ in occurrences(text, name))
                if titled_elsewhere[name] > _titled(text, s):
                    out.append((s, p))
    return out


#: what may follow a familiar form 老 + surname (老杨也从家里出来, 老马找到了印剑)
_FAMILIAR_NEXT = frozenset("，。、；！？”说的和也都就还又在找把给对跟向被是笑")


#: share of surname uses (People's Daily 1998) a character needs for 老X inside a clause (的老杨也)
FAMILIAR_INNER_RATE = 0.4


def familiar_mentions(text: str) -> list[tuple[int, int]]:
    """老 + a surname after punctuation (。老马说) or, when the character is mostly a surname
    (:data:`FAMILIAR_INNER_RATE`), after any character that makes no word with 老 (的老杨也…; not
    发黄的老叶), before a particle, an adverb, a preposition or punctuation, and making no
    word itself nor with the next character (古老|, 老杨树, 老马识途 are none).

    Examples
    --------
    >>> t = "同样装扮的老杨也从家里出来，贫困户老马找到了他，古老杨树下，发黄的老叶，。老马说"
    >>> [t[s:e] for s, e in familiar_mentions(t)]
    ['老杨', '老马']
    """
    out = []
    for m in re.finditer("老([\u4e00-\u9fff])", text):
        s, e = m.start(), m.end()
        sur = m.group(1)
        if sur not in BAIJIAXING or surname_rate(sur) < 0.1 or text[e:e + 1] not in _FAMILIAR_NEXT:
            continue
        if s > 0 and (is_word(text[s - 1:s + 1]) or text[s - 1:s + 1] in frequent2() or text[s - 1] == "老"):
            continue
        if s > 0 and CJK_RE.match(text[s - 1]) and surname_rate(sur) < FAMILIAR_INNER_RATE:
            continue  # 发黄的老叶: inside a clause only a character that is mostly a surname (杨 0.88, 叶 0.35)
        if is_word(text[s:e]) or text[s:e] in frequent2() or text[s:e] in not_names() or is_idiom(text[s:s + 4]):
            continue
        out.append((s, e))
    return out + young_familiar_mentions(text)


#: share of surname uses a character needs for 小X after 的 (17岁的小刘; not 钻出的小孔, 孔 0.50)
YOUNG_AFTER_DE_RATE = 0.55


def young_familiar_mentions(text: str) -> list[tuple[int, int]]:
    """小 + a surname used as a name (小张说, “小刘，…, 17岁的小刘): the surname is mostly a
    surname (:data:`FAMILIAR_INNER_RATE`), the form stands after punctuation or 的 (after 的 a
    surer surname, :data:`YOUNG_AFTER_DE_RATE`), before a particle, an adverb, a preposition or
    punctuation, and makes no word (小姐, 小于 are none). Frequent strings are not refused: 小张,
    小王 are frequent because papers use them as names.

    Examples
    --------
    >>> t = "。小张说，“小刘，你来”，17岁的小王对他说，钻出的小孔，小姐说，大小李子，但小张还是来了"
    >>> [t[s:e] for s, e in young_familiar_mentions(t)]
    ['小张', '小刘', '小王', '小张']
    """
    out = []
    for m in re.finditer("小([\u4e00-\u9fff])", text):
        s, e = m.start(), m.end()
        sur = m.group(1)
        if sur not in BAIJIAXING or text[e:e + 1] not in _FAMILIAR_NEXT:
            continue
        left = text[s - 1] if s > 0 else ""
        rate = surname_rate(sur)
        if rate < FAMILIAR_INNER_RATE or (left == "的" and rate < YOUNG_AFTER_DE_RATE):
            continue
        if left and CJK_RE.match(left) and left != "的":
            continue
        if is_word(text[s:e]) or text[s:e] in not_names() or is_idiom(text[s:s + 4]):
            continue
        out.append((s, e))
    if not out:
        return out
    # the text's other mentions of a form found so (但小张还是…, 路上小张接到…), unless 小 makes a
    # word with the character on its left (大小, 从小) or the surname with the one on its right
    found = {text[s:e] for s, e in out}
    seen = {s for s, _ in out}
    for form in found:
        for s, e in occurrences(text, form):
            if s in seen or (s > 0 and (is_word(text[s - 1:s + 1]) or text[s - 1:s + 1] in frequent2())) \
                    or is_word(text[s + 1:s + 3]):
                continue
            out.append((s, e))
    return sorted(out)


#: a person who says or is told their name: 我叫童俊杰，, 她叫贡觉曲珍，, 这男子名叫马鹏，
_CALLED_RE = re.compile(r"(?:([我她他])|名)叫([\u4e00-\u9fff]{2,4})(?=[，。；！？”])")


def called_names(text: str, is_surname: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Names after 我叫/她叫/他叫 (any name: 我叫富饶，, 她叫贡觉曲珍，) or 名叫 (a name that starts
    with a character that is mostly a surname and makes no word: 名叫郭成旺，; not 名叫西河，,
    名叫东升农场，), up to
    punctuation. The name holds no particle or adverb (他叫着笑着 is none).

    Examples
    --------
    >>> t = "她叫贡觉曲珍，是乡长。老汉名叫郭成旺，92岁。河流名叫西河，他叫着笑着，我问她叫什么名字。"
    >>> [t[s:e] for s, e in called_names(t, lambda c: c in "郭西")]
    ['贡觉曲珍', '郭成旺']
    """
    out = []
    for m in _CALLED_RE.finditer(text):
        name = m.group(2)
        if any(ch in _NOT_IN_NAME for ch in name) or is_word(name) or name in frequent2() or name in not_names() \
                or is_idiom(name) or name.startswith(("什么", "自己")):
            continue
        if m.group(1) is None and not (is_surname(name[0]) and surname_rate(name[0]) >= 0.1 and not is_word(name[:2])
                                       and len(name) <= 3):
            continue
        out.append(m.span(2))
    return out


# --------------------------------------------------------------------------- given names used alone

#: Characters after which a given name used alone may stand (告诉了红勋, 对宜洛说).
BEFORE_GIVEN = frozenset("了对向把给和与跟让叫")
#: what follows a given name used as a vocative or on its own (“首初，你…”, 乐义啊, 宜洛说)
_AFTER_GIVEN = frozenset("，。！？、；：”啊呀呢说")
#: what precedes a given name used as a vocative (“首初，, ：乐义啊; not 党建+网格”)
_BEFORE_CALLED = frozenset("“‘，。！？；：、\n\u3000 ")


def given_like(given: str) -> bool:
    """Both characters are used in given names in People's Daily 1998 (红勋, 宜洛; not 网格)."""
    rates = []
    for ch in given:
        tot, giv, _, _ = char_counts(ch)
        rates.append(giv / (tot + 1))
    return max(rates) >= 0.05 and min(rates) >= 0.01


def given_mention(text: str, s: int, e: int, *, likely: bool) -> bool:
    """May the given name of a person the text names in full stand alone at [s, e)?

    Before a title (我们的伯祥书记) always, when no word joins it to the character on its left. A
    *likely* given name (:func:`given_like`) also after punctuation or a preposition (对宜洛说);
    any other (乐义, 首初: characters People's Daily 1998 seldom uses in given names) only
    between punctuation and punctuation, an interjection or 说, as when it is called (“首初，你…”).

    Examples
    --------
    >>> t = "王伯祥又找到王乐义：乐义啊，我们的伯祥书记，快乐义务"
    >>> [given_mention(t, t.index(g, 8), t.index(g, 8) + 2, likely=False) for g in ("乐义", "伯祥")]
    [True, True]
    >>> given_mention(t, t.rindex("乐义"), t.rindex("乐义") + 2, likely=False)
    False
    """
    left = text[s - 1] if s > 0 else ""
    if text.startswith(PERSON_TITLES, e) and not title_runs_on(text, e) and not is_word(left + text[s]):
        return True
    if not left or not CJK_RE.match(left):
        return likely or ((not left or left in _BEFORE_CALLED) and (text[e:e + 1] in _AFTER_GIVEN or e == len(text)))
    return likely and left in BEFORE_GIVEN


def established_surnames(names: dict[str, int]) -> set[str]:
    """Single-character surnames of the two- and three-character full names a text spells
    (张林峰 -> 张), for the familiar forms 老X and X老 built on them.

    Examples
    --------
    >>> sorted(established_surnames({"张林峰": 1, "欧阳华": 1, "林峰": 1, "Tom": 1}))
    ['张', '林']
    """
    return {w[0] for w in names if len(w) in (2, 3) and surname_length(w, 0) == 1 and CJK_RE.match(w[0])}


def elder_forms(names: dict[str, int], text: str, taken: list[bool]) -> list[tuple[int, int]]:
    """Surname + 老 for a person the text names in full (杨润身 … 杨老, 严平 … 严老): the respectful
    familiar form GUIDE counts as PERSON. Not where 老 starts a word (杨老师, 严老板) nor where
    the character before makes a word with the surname (从严|老, 全面从严).

    Examples
    --------
    >>> t = "杨润身是作家。杨老的家乡在平山，杨老师来了，杨老板也来了"
    >>> [t[s:e] for s, e in elder_forms({"杨润身": 1}, t, [False] * len(t))]
    ['杨老']
    """
    surnames = {s for s in established_surnames(names) if surname_rate(s) >= 0.05}  # not 和|老姐妹 after 和X
    out = []
    for sur in surnames:
        for s, e in occurrences(text, sur + "老"):
            nxt = text[e:e + 1]
            if any(taken[s:e]) or (nxt and CJK_RE.match(nxt) and (is_word("老" + nxt) or "老" + nxt in frequent2())):
                continue
            if s > 0 and CJK_RE.match(text[s - 1]) and (is_word(text[s - 1:s + 1]) or text[s - 1:s + 1] in frequent2()):
                continue
            out.append((s, e))
            for i in range(s, e):
                taken[i] = True
    return sorted(out)
