"""Where a natural feature's name may start after a verb (places31, round 30).

:func:`~corpus_tools._entity_rules.sites.natural_features` takes a name of two to four characters before a word
that tells a river or mountain (沿岸, 两岸, 河堤) only where a name may start: after punctuation, a particle or a
one-character verb (沿, 临). A two-character verb of work on or travel to a feature right before the name ends a
word just as well (治理|无定河沿岸, 依托|潮白新河): :func:`after_verb_word`. And where the name ends: a river
named X江 or X水 before 河畔 or 河边 ends before the 河 (绵江|河畔, 西汉水|河边): :func:`river_bank_end`.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import STOPS
from corpus_tools._entity_rules.names import is_word

__all__ = ["VERB_BEFORE_FEATURE", "after_verb_word", "river_bank_end"]

#: two-character verbs of work on a river, lake or mountain (People's Daily: 治理 黄河, 保护 长江)
VERB_BEFORE_FEATURE = frozenset(("治理", "整治", "保护", "修复", "疏浚", "清理", "守护", "管护", "开发", "穿过",
                                 "跨越", "横穿", "途经", "流入", "注入", "汇入", "登上", "走进", "来到", "前往",
                                 "环绕", "依托", "毗邻", "紧靠", "靠近", "临近", "面向", "守望"))


def after_verb_word(text: str, s: int) -> bool:
    """Whether a natural feature's name may start at *s* after a two-character verb of :data:`VERB_BEFORE_FEATURE`
    (治理|无定河沿岸): the verb ends right before *s*, and the name's first character makes no word with the
    verb's last.

    Examples
    --------
    >>> after_verb_word("集中治理无定河沿岸", 4), after_verb_word("镇里依托潮白新河", 4), after_verb_word("无定河", 0)
    (True, True, False)
    """
    if s < 2 or text[s - 2:s] not in VERB_BEFORE_FEATURE:
        return False
    return not is_word(text[s - 1:s + 1]) and text[s] not in STOPS


def river_bank_end(text: str, s: int, e: int) -> int:
    """The end of a river's name ``text[s:e]`` read before a bank word: a name of three or more characters ending
    in 江河 or 水河 before 畔, 边 or 岸 ends one character earlier, the 河 being the first of 河畔, 河边, 河岸
    (绵江|河畔, 西汉水|河边); otherwise *e*.

    Examples
    --------
    >>> t = "夜色中的绵江河畔"
    >>> t[4:river_bank_end(t, 4, 7)]
    '绵江'
    >>> t = "渭河畔"
    >>> t[0:river_bank_end(t, 0, 2)]
    '渭河'
    """
    if e - s >= 3 and text[e - 1] == "河" and text[e - 2] in "江水" and text[e:e + 1] in ("畔", "边", "岸"):
        return e - 1
    return e
