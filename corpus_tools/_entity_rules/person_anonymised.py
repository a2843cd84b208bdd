"""Anonymised personal names (彭某某, 李某, 何某春): a surname, 某 or 某某, and a given-name character after
某 when the position and People's Daily 1998 make it one."""

from __future__ import annotations

import re

from corpus_tools._entity_rules.names import char_counts
from corpus_tools.text import CJK_RE


def anonymised(text: str, is_surname) -> list[tuple[int, int]]:
    """Spans of anonymised names (彭某某, 李某) whose first character is a surname.

    Examples
    --------
    >>> anonymised("书记彭某某受到处分", lambda c: c == "彭")
    [(2, 5)]
    """
    out = []
    for m in re.finditer(r"([\u4e00-\u9fff])某某?", text):
        s = m.start()
        if not is_surname(m.group(1)):
            continue
        nxt = text[m.end():m.end() + 1]
        if nxt in ("人", "地", "些", "种", "个", "处", "单", "公", "村", "镇", "县", "部", "事", "项"):
            continue
        e = m.end()
        if m.end() - s == 2 and nxt and (given_after_mou(nxt, text[e + 1:e + 2])
                                         or listed_after_mou(nxt, text[e + 1:e + 2])):
            e += 1  # 何某春被刑事拘留, 马某冲、史某进、: a given-name character after 某 belongs to the name
        out.append((s, e))
    return out


#: what may follow an anonymised name with its given-name character (何某春被, 马某冲、)
_AFTER_MOU_NAME = frozenset("被等因在向与和及称说于将已也均、，。；：）)")


#: what cannot be the given-name character after 某 (李某等人, 王某的)
_NOT_AFTER_MOU = frozenset("人地些种个处单公村镇县部事项等的了和与及在是被")


def listed_after_mou(ch: str, after: str) -> bool:
    """*ch* ends an anonymised name in a list or before a count (史某进、陈某燕; 刘某强等): in that
    position a character after 某 is its given name whatever its use elsewhere."""
    return bool(CJK_RE.match(ch)) and ch not in _NOT_AFTER_MOU and after in ("、", "等")


def given_after_mou(ch: str, after: str) -> bool:
    """*ch* is mostly a given-name character in People's Daily 1998 and a boundary follows."""
    tot, giv, _, _ = char_counts(ch)
    return giv / (tot + 1) >= 0.05 and (after == "" or after in _AFTER_MOU_NAME)
