"""The page's staff named on its banner or foot line: 责任编辑：尹　亮, 编辑 储　蕾, 值班编委：乌云毕力格.

A county paper's page credits its editors on the date or page line, with a colon after the role or only a
space (责任编辑　余清华　校对　刘　洋), and with roles beyond the editing ones (值班编委, 值班主任, 版式). The names
are read by :func:`~corpus_tools._entity_rules.person_roles.credit_names_in` (padded two-character names,
several names to a role); a name counts when it starts with a surname, when it is a whole name of sound
characters in a credit (:func:`_credited_sounds`: 泽仁央宗, 乌云毕力格, 索南才让), or when it
is two or three characters that are no word (母婷婷: a surname the tables lack; the frame vouches).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import common_or_frequent, not_names
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.person_roles import EDITOR_ROLES, ROLE_WORDS, credit_names_in, is_role, is_surname
from corpus_tools._entity_rules.person_sound_runs import STAFF_ROLES, is_sound_run
from corpus_tools._entity_rules.sound_names import sound_score
from corpus_tools.layout.patterns import is_folio_line, is_staff_line

__all__ = ["credited_name", "role_slots", "photo_credit_names", "staff_credit_names", "staff_line_names"]

_ROLES = "(?:" + "|".join(sorted(set(EDITOR_ROLES) | set(STAFF_ROLES), key=len, reverse=True)) + ")"
#: a role and a colon, or a role alone between spaces (责任编辑　余清华), before a name
_CREDIT_RE = re.compile(rf"{_ROLES}(?:[：:][ \u3000]*|[ \u3000]+(?=[\u4e00-\u9fff]))")
_LONG_RE = re.compile(r"[\u4e00-\u9fff]{4,6}")


def role_slots(line: str) -> list[tuple[int, str]]:
    """``(offset, text)`` of what follows each staff role of *line* (after its colon or space) up to the next role.

    Examples
    --------
    >>> role_slots("责任编辑：乌云　　校对：揭红")
    [(5, '乌云\u3000\u3000'), (12, '揭红')]
    """
    roles = list(_CREDIT_RE.finditer(line))
    return [(m.end(), line[m.end():roles[k + 1].start() if k + 1 < len(roles) else len(line)])
            for k, m in enumerate(roles)]


def _credited_sounds(n: str) -> bool:
    """A name of four to six characters in a credit frame: a whole run of sound characters
    (:func:`is_sound_run`), or no word at its end and a mean sound score of at least :data:`PHOTO_SOUND_MIN`
    (降央卓玛, 索南才让: the frame vouches for what the run test alone would not)."""
    return is_sound_run(n) or (4 <= len(n) <= 6 and not is_word(n[-2:]) and not is_role(n)
                               and sum(sound_score(c) for c in n) / len(n) >= PHOTO_SOUND_MIN)


#: last characters of a newsroom's units and kinds, not of names (要闻部, 总编室, 融媒体; review)
_UNIT_ENDS = frozenset("部室组科处体台社站中")


def _framed_name(n: str) -> bool:
    """A name of two or three characters whose surname the tables lack (母婷婷): the staff frame vouches,
    unless it is a word, a frequent pair or a role."""
    return len(n) in (2, 3) and not (is_word(n) or n in common_or_frequent() or n in not_names() or is_role(n)
                                     or is_word(n[:2]) or n[-1] in _UNIT_ENDS)


def credited_name(n: str, *, framed: bool = False, roled: bool = False) -> bool:
    """*n* reads as a person's name in a credit: no role or word, and a surname first (two or three characters),
    a whole name of sound characters (four to six), or, where the line's form vouches (*framed*: a line that is
    only a photo credit), two or three characters that read as sounds on average (阿拉坦); *roled* (a role such
    as 记者 right before the credit: 记者　逄建国　摄) vouches for two or three characters that are no word
    (:func:`_framed_name`).

    Examples
    --------
    >>> credited_name("韩东哲"), credited_name("阿拉坦"), credited_name("阿拉坦", framed=True), credited_name("无人机", framed=True)
    (True, False, True, False)
    >>> credited_name("逄建国"), credited_name("逄建国", roled=True)
    (False, True)
    """
    if is_role(n) or is_word(n) or n in common_or_frequent() or n in not_names():
        return False
    if len(n) <= 3 and is_surname(n[0]) and not is_word(n[:2]):
        return True
    if roled and _framed_name(n):
        return True
    if len(n) >= 4:
        return _credited_sounds(n)
    return framed and sum(sound_score(c) for c in n) / len(n) >= PHOTO_SOUND_MIN


def staff_credit_names(line: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each person a banner or page *line* credits after a staff role.

    Examples
    --------
    >>> [n for *_, n in staff_credit_names("第2版 综合 责任编辑：尹 亮")]
    ['尹亮']
    >>> [n for *_, n in staff_credit_names("2019年8月16日　第2版　责任编辑　泽仁央宗　校对　刘　洋")]
    ['泽仁央宗', '刘洋']
    >>> [n for *_, n in staff_credit_names("第1版　要闻　值班编委：乌云毕力格")]
    ['乌云毕力格']
    >>> staff_credit_names("第1版 要闻 编辑部")
    []
    >>> [n for *_, n in staff_credit_names("第2版　综合　本版编辑：母婷婷　校对：林　晶")]
    ['母婷婷', '林晶']
    """
    out = []
    for at, part in role_slots(line):
        found = [(s, e, n) for s, e, n in credit_names_in(part, at)
                 if is_surname(n[0]) or (len(n) >= 4 and _credited_sounds(n)) or _framed_name(n)]
        seen = {(s, e) for s, e, _ in found}
        for t in _LONG_RE.finditer(part):  # a name of five or six sound characters (乌云毕力格)
            s, e = at + t.start(), at + t.end()
            if len(t.group()) > 4 and (s, e) not in seen and (t.start() == 0 or part[t.start() - 1] in " \u3000、，,") \
                    and (t.end() == len(part) or part[t.end()] in " \u3000、，,") and _credited_sounds(t.group()):
                found.append((s, e, t.group()))
        out += sorted(found)
    return out


#: a photographer's credit closing a caption or a line: the name after a sentence's end, a bracket or a space,
#: then spaces or a slash and 摄 (▲骑手在草原上竞技。降央卓玛　摄; （阿西拉则　摄）; 才让东智/摄)
_PHOTO_RE = re.compile(r"(?:^|(?<=[。！？\n（(▲ \u3000]))([\u4e00-\u9fff]{2,6})(?:[ \u3000]+|[ \u3000]*[/／][ \u3000]*)摄"
                       r"(?:影)?(?![\u4e00-\u9fff])", re.M)
_ROLE_BEFORE_RE = re.compile("(?:" + "|".join(sorted((w for w in ROLE_WORDS if len(w) > 1), key=len, reverse=True))
                             + r")[ \u3000]+$")
#: least mean sound score of a credited name without a surname first (降央卓玛 1.1)
PHOTO_SOUND_MIN = 0.5


def photo_credit_names(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the names a photo credit gives whole: two or three characters with a surname first or
    no word after a role (记者　逄建国　摄: a surname the tables lack), or four to six characters that read as sounds on average (降央卓玛, whose 降 alone is no syllable of names);
    never a word or a role.

    Examples
    --------
    >>> t = "▲骑手在阿须草原上竞技。降央卓玛　摄\\n（记者　逄建国　摄）"
    >>> [t[s:e] for s, e in photo_credit_names(t)]
    ['降央卓玛', '逄建国']
    >>> photo_credit_names("▲航拍的新村。无人机　摄")
    []
    """
    out = []
    for m in _PHOTO_RE.finditer(text):
        if credited_name(m.group(1), roled=bool(_ROLE_BEFORE_RE.search(text, 0, m.start(1)))):  # 记者　逄建国　摄
            out.append(m.span(1))
    return out


_PAGE_NO_RE = re.compile(r"第[0-9０-９一二三四五六七八九十]{1,3}版")


def staff_line_names(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the staff a line of an article's *text* credits when the layout left the page's
    staff line or page line inside an article (编辑 储　蕾 read as a headline; a page line at the foot read
    as body): a line that is a staff line (:func:`~corpus_tools.layout.patterns.is_staff_line`) or a page
    line with a staff role (a date or 第N版 and 值班主任：…).

    Examples
    --------
    >>> t = "编辑 储　蕾\\n大化坪镇：一片黄芽富了一方百姓"
    >>> [t[s:e] for s, e in staff_line_names(t)]
    ['储　蕾']
    >>> staff_line_names("编辑部的同志说，今年的报纸改版了。")
    []
    """
    out = []
    start = 0
    for line in text.split("\n"):
        if len(line) <= 60 and _CREDIT_RE.search(line) and (is_staff_line(line) or is_folio_line(line)
                                                              or _PAGE_NO_RE.search(line)):
            out += [(start + s, start + e) for s, e, _ in staff_credit_names(line)]
        start += len(line) + 1
    return out
