"""Role words of bylines and credits, and surname characters: the bottom layer of the person rules.

A byline or a caption names a role and then a person (``记者 王磊``); the role word itself is never a
name. :mod:`corpus_tools._entity_rules.persons` and the other person modules build on these two tests.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from corpus_tools._entity_rules.lexicon import SURNAMES

__all__ = ["ROLE_WORDS", "is_role", "is_surname", "surnames"]

#: Words for roles in bylines, captions and credits; never (part of) a PERSON span.
ROLE_WORDS = frozenset("""
记者 本报记者 特约记者 见习记者 实习记者 通讯员 特约通讯员 实习生 摄影 摄影记者 摄 编辑 责任编辑 责编 美编 校对
图 文 文图 图文 制图 供图 整理 撰稿 审核 审校 统筹 监制 主编 策划 作者 通讯 报道 讯 本报讯
""".split())

_ROLE_RE = re.compile("^(?:" + "|".join(sorted((re.escape(w) for w in ROLE_WORDS if len(w) > 1), key=len, reverse=True))
                      + ")")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """One-character surnames from People's Daily 1998 (training/ner/build_surnames.py)."""
    path = resources.files("corpus_tools").joinpath("data", "entities", "surnames.txt")
    return frozenset(path.read_text(encoding="utf-8").strip())


def is_role(name: str) -> bool:
    """True for a role word or a span that starts with one (记者王磊 is not a name).

    Examples
    --------
    A one-character role (文, 图, 摄) is a role only on its own: 文光辉 is a name.

    >>> [is_role(w) for w in ("记者", "通讯员赵晓红", "王磊", "文光辉")]
    [True, True, False, False]
    """
    return name in ROLE_WORDS or bool(_ROLE_RE.match(name))


def is_surname(ch: str) -> bool:
    """A surname character: the hand list or the ones learnt from People's Daily 1998."""
    return ch in SURNAMES or ch in surnames()
