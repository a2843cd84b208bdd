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

from corpus_tools._entity_rules.lexicon import PERSON_TITLES, Cand
from corpus_tools._entity_rules.names import surname_length
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


def names_over_rules(rules: list[Cand], model: list[Cand], text: str, is_surname) -> list[Cand]:
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
    for name in names:  # every mention: 王华东 … 王华东
        for m in re.finditer(re.escape(name), text):
            s, e = m.start(), m.end()
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
    for name in names:
        for m in re.finditer(re.escape(name), text):
            if not any(taken[m.start():m.end()]):
                added.append(Cand(m.start(), m.end(), "PERSON", prio=-1, source="model"))
                for i in range(m.start(), m.end()):
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
    return any(not any(covered[m.start():m.end()]) for m in re.finditer(re.escape(name), text))
