"""An expo named by its short form, one character of its theme and 博会, is one EVENT (苹博会, 第十届苹博会, 进博会,
花博会; facloc33, round 32).

GUIDE: named fairs and expos are EVENT. The long forms (…博览会) are found by the event heads; the short form of
one theme character + 博会 is a name of its own: the People's Daily 2019-2020 corpus writes 进博会 (CIIE, ~200
times), 世博会, 花博会, 绿博会, 冬博会, 科博会, 装博会, and the county gold of pages30 (a writer no rule was written
from) tags 第十届苹博会 and 苹博会 EVENT. :func:`expo_short_forms` adds such a span, with an ordinal 第N届 before
it, where no chosen entity overlaps it.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["expo_short_forms"]

#: an ordinal, then one theme character and 博会 (第十届苹博会, 进博会); the theme is no particle or pronoun
_EXPO_RE = re.compile(r"(?:第[〇一二三四五六七八九十百\d]+届)?(?<![的了在和与及是为])([^\W\d_的了在和与及是为本该此各])博会")


def expo_short_forms(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with each expo short form (第十届苹博会, 苹博会) added as an EVENT where no entity overlaps it.

    Examples
    --------
    >>> t = "第十届苹博会签约46亿元，本届苹博会共签约项目20个。"
    >>> [t[c.start:c.end] for c in expo_short_forms([], t)]
    ['第十届苹博会', '苹博会']
    """
    new = []
    for m in _EXPO_RE.finditer(text):
        s, e = m.start(), m.end()
        if not "\u4e00" <= m.group(1) <= "\u9fff":
            continue
        if any(c.start < e and s < c.end for c in ents):
            continue
        new.append(Cand(s, e, "EVENT", prio=1, source="rule"))
    return sorted(ents + new, key=lambda c: (c.start, c.end)) if new else ents
