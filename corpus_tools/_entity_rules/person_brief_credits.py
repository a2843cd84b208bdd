"""The writer of a news brief, named in brackets right after its last sentence: ``……1600吨。（付晓丽）``.

County papers close a brief with its writer's name in brackets, without a role word. When the brief ends its line the
page reader takes the credit as a byline; when the next brief runs on in the same line (``（关海英）瞻榆镇青年…``, a
column of briefs set as one block) the name stays in the text, and no rule reads a bare name in brackets.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, frequent2
from corpus_tools._entity_rules.names import BAIJIAXING, is_word, surname_length
from corpus_tools._entity_rules.person_roles import is_surname
from corpus_tools._entity_rules.sound_chars import DOTS

__all__ = ["brief_credits"]

#: a sentence end, a bracketed name of two to four characters (or a dotted name), and the next brief in the same line
#: (a credit that ends its line is the page reader's byline)
_CREDIT_RE = re.compile(rf"(?<=[。！？”])[ \u3000]*（([\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{{2,8}}[{DOTS}][\u4e00-\u9fff]{{2,8}})）"
                        r"(?=[ \u3000]*[^\s])")


def _name_like(name: str) -> bool:
    """A surname of the table or of 百家姓 first, and no common word: not the name, not its first two characters
    (花生|仁), not the given part after a surname of 百家姓 only."""
    if any(d in name for d in DOTS):
        return True
    sl = surname_length(name, 0)
    first = name[:sl]
    if not (sl == 2 or is_surname(first) or first in BAIJIAXING) or len(name) - sl not in (1, 2):
        return False
    if is_word(name) or name in frequent2() or (len(name) == 3 and (is_word(name[:2]) or name[:2] in frequent2())):
        return False  # 花生仁: a word across the surname
    return not (is_word(name[sl:]) and len(name) - sl == 2 and not is_surname(first))


def brief_credits(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with the bracketed writer's name after a brief's last sentence a PERSON, where no entity covers it.

    Examples
    --------
    >>> t = "共拉运冬草1600吨。（付晓丽）▶新学期开学"
    >>> [t[c.start:c.end] for c in brief_credits([], t)]
    ['付晓丽']
    >>> brief_credits([], "全县增收。（下转第2版）") + brief_credits([], "配料是白糖。（花生仁）")
    []
    """
    out = list(ents)
    for m in _CREDIT_RE.finditer(text):
        s, e = m.span(1)
        if not _name_like(m.group(1)) or any(c.start < e and c.end > s for c in out):
            continue
        out.append(Cand(s, e, "PERSON", prio=1, source="rule"))
    return sorted(out, key=lambda c: c.start)
