"""Full names after a noun for a working person or a span of years at work (工人向美玲说, 学生程大福，, 打工7年的冉光明，).

Reports on labour migration quote workers, students and returnees by a noun for them and their full name: 工人X说,
学生X，, 务工人员X, 在上海打工15年的X，. The title rules (:mod:`.persons`) and the slot rule (:mod:`.person_slot_names`)
leave three kinds of these names out: a surname that is also a preposition or verb (向, 程 as in 工程, 冉 seldom seen),
a given name that is also a word (光明, 建国), and a noun in 人 (工人, 家人) or a span of years (打工15年的) as the slot.
Here the slot and the close after the name vouch together: the noun (or the years and 的) right before, and right after
the name a speech verb or a punctuation mark. A given name that is a word needs the speech verb or a surname that is
mostly one (冉, 王). The surname must be one (:func:`~corpus_tools._entity_rules.person_roles.is_surname` or 百家姓), the
three characters no word and no idiom, and the noun must not run on into the surname (农民|工维权: 民工 is a word).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import frequent2, not_names
from corpus_tools._entity_rules.names import BAIJIAXING, is_idiom, is_word, surname_rate
from corpus_tools._entity_rules.person_context import given_like
from corpus_tools._entity_rules.person_roles import is_role, is_surname
from corpus_tools._entity_rules.sound_chars import NAME_STOP
from corpus_tools.text import CJK_RE

__all__ = ["worker_slot_names"]

#: last characters of two-character nouns for a working or studying person (工人, 学生, 农民, 民工, 职工, 员工, 店员)
_NOUN_ENDS = frozenset("人生民工员农")
#: years at work before 的 (打工15年的, 务工十多年的, 在外闯荡8年的): the description of the person named next
_YEARS_RE = re.compile(r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})多?年的$")
#: a speech verb right after a name (说, 表示, 介绍, 告诉记者)
_SPEECH_RE = re.compile(r"(?:笑着|高兴地|激动地|感慨地)?(?:说|表示|介绍|告诉|坦言|回忆)")
#: punctuation that closes a name's slot (学生向美玲，父母…)
_CLOSE = frozenset("，。、：；！？”")
#: a character People's Daily 1998 uses as a surname this often (冉 0.33, 王 0.6; not 向, 程) vouches for a given name
#: that is also a word before a punctuation mark (学生冉光明，)
_SURE_SURNAME = 0.3
#: digits and determiners that open a count or a reference, not a surname (一名, 该, 本)
_NOT_FIRST = frozenset("一二三四五六七八九十百千万两几每各该本这那其某全")


def _noun_slot(text: str, s: int) -> bool:
    """A two-character word for a person ends right before *s* (工人, 学生, 农民), no role of office (市长 is the title
    rules' work)."""
    two = text[max(0, s - 2):s]
    return len(two) == 2 and two[-1] in _NOUN_ENDS and is_word(two) and not is_role(two)


def _name(name: str, *, word_given: bool) -> bool:
    """Three characters that read as surname + given name; a given name that is a word only when *word_given*."""
    if len(name) != 3 or not all(CJK_RE.match(ch) for ch in name):
        return False
    first, given = name[0], name[1:]
    if first in _NOT_FIRST or not (is_surname(first) or first in BAIJIAXING):
        return False
    if any(ch in NAME_STOP for ch in given) or not given_like(given):
        return False
    if is_word(name) or is_idiom(name) or name in not_names() or is_role(name) or is_role(given):
        return False
    if name[:2] in frequent2() and is_word(name[:2]):
        return False  # 学生|会员: a common word across surname and given name
    return word_given or not is_word(given)


def worker_slot_names(text: str) -> list[tuple[int, int]]:
    """Spans of three-character full names after a noun for a working person or a span of years (module docstring).

    Examples
    --------
    >>> t = "“能挣钱。”工人向美玲说。学生向老师问好。在上海打工15年的程大福，去年回乡。工人冉光明说：“好。”"
    >>> [t[s:e] for s, e in worker_slot_names(t)]
    ['向美玲', '程大福', '冉光明']
    >>> worker_slot_names("学生向光明，") + worker_slot_names("开展农民工维权宣传。") + worker_slot_names("30年的发展历程，")
    []
    """
    out = []
    for s in range(2, len(text) - 2):
        e = s + 3
        if text[s - 1:s + 1] in frequent2() and is_word(text[s - 1:s + 1]):
            continue  # 农民|工维权: the noun runs on into the first character
        years = _YEARS_RE.search(text, max(0, s - 8), s) is not None
        if not (years or _noun_slot(text, s)):
            continue
        speech = _SPEECH_RE.match(text, e) is not None
        if not (speech or text[e:e + 1] in _CLOSE):
            continue
        if _name(text[s:e], word_given=speech or surname_rate(text[s]) >= _SURE_SURNAME):
            out.append((s, e))
    return out
