"""Later mentions of a name of sound characters by its last two syllables: 马海阿呷 … 阿呷主席说.

Yi names (clan name + given name: 马海|阿呷, 吉克|曲布) and Tibetan ones (泽仁|拉姆) are mentioned again by
their last two syllables. GUIDE.md labels such given-name re-mentions PERSON. Once the text has a
four-character PERSON (a Han name is seldom four characters; 马海 is a Yi clan name), the tail of two characters is a PERSON where it stands
alone: after punctuation, a space or a conjunction, and before a mark, a verb or particle that follows people
(:data:`~corpus_tools._entity_rules.lexicon.PERSON_AFTER`) or a title (阿呷主席). A tail that is a word, a
frequent pair or not sound-like stays out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools._entity_rules.lexicon import (PERSON_AFTER, PERSON_TITLES, Cand, common_or_frequent, not_names,
                                               occurrences)
from corpus_tools._entity_rules.names import is_word
from corpus_tools._entity_rules.person_roles import is_role
from corpus_tools._entity_rules.sound_names import sound_score
from corpus_tools.text import CJK_RE

__all__ = ["PART_SOUND_MIN", "sound_name_parts"]

#: least mean sound score of the two characters of a tail (阿呷 5.4, 拉姆 high; 工作 low)
PART_SOUND_MIN = 1.5
_BEFORE = frozenset("，。、；：:“”‘’（）()\n \u3000和与同对向给让跟据")


@lru_cache(maxsize=1)
def _title_start() -> re.Pattern:
    return re.compile("|".join(sorted((re.escape(w) for w in PERSON_TITLES if len(w) > 1), key=len, reverse=True)))


def _tail(w: str) -> str | None:
    if len(w) != 4 or not all(CJK_RE.match(c) for c in w):
        return None
    t = w[2:]
    if is_word(t) or t in common_or_frequent() or t in not_names() or is_role(t):
        return None
    return t if sum(sound_score(c) for c in t) / 2 >= PART_SOUND_MIN else None


def sound_name_parts(ents: list[Cand], text: str, make) -> list[Cand]:
    """*ents* plus the lone mentions of the tails of its four-character sound names (made by *make*).

    Examples
    --------
    >>> t = "县妇联主席马海阿呷到场讲话，阿呷主席说，全县有15家合作社。"
    >>> make = lambda s, e: Cand(s, e, "PERSON", source="document")
    >>> [t[c.start:c.end] for c in sound_name_parts([Cand(5, 9, "PERSON")], t, make)]
    ['马海阿呷', '阿呷']
    """
    tails = {t for c in ents if c.label == "PERSON" and (t := _tail(text[c.start:c.end]))}
    if not tails:
        return ents
    taken = [False] * len(text)
    for c in ents:
        for i in range(c.start, c.end):
            taken[i] = True
    added = []
    for t in tails:
        for s, e in occurrences(text, t):
            if any(taken[s:e]) or (s > 0 and text[s - 1] not in _BEFORE):
                continue
            if e < len(text) and text[e] not in PERSON_AFTER and not _title_start().match(text, e):
                continue
            added.append(make(s, e))
            for i in range(s, e):
                taken[i] = True
    return sorted(ents + added, key=lambda c: c.start) if added else ents
