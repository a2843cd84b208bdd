"""A mountain named by its foot or flank: 白于山北麓, 在白于山下, 六盘山主峰 (user36b F7).

A mountain that neither the gazetteer nor the model knows (白于山, the ridge of northern Shaanxi) was lost: 白于 is no
place, so :func:`~corpus_tools._entity_rules.place_landforms.placed_landforms` has nothing to join the head to, and 山
closes so many words (江山, 下山, 靠山) that a bare head rule would tag clauses. In People's Daily (January 1998 and
2019-2020) a name of two or three characters closed by 山 right before 麓 (北麓, 南麓 …), 主峰 or 腹地, its left edge a
boundary (于|祁连山北麓, 处|太行山腹地) and its stem no reference or clause, is a mountain in all 38 mentions (18
mountains: 大别山, 太行山, 祁连山, 乌蒙山, 贺兰山 …; 地处|麻山, 新疆|天山 are left out, their stem opening with a word);
``在 X山下`` in both (雪峰山, 大别山; 通往|山下, a verb, is left out). :func:`cued_mountains` reads those cues
and tags the name LOC wherever the text prints it again (a caption 在白于山下 and a report's 白于山北麓), unless a place
or level word follows (白于山村, 白于山区 stay out) or an entity covers it.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand, occurrences
from corpus_tools._entity_rules.names import is_word

__all__ = ["cued_mountains"]

#: what may stand right before a mountain's name: a preposition, particle, conjunction or punctuation
_EDGE = "在于处从沿到进入的和与及、，。：；“（\n　 "
#: a mountain's name closed by 山 and a cue of its foot, flank, summit or heart
_CUED = re.compile(rf"(?:^|(?<=[{_EDGE}]))(?=([\u4e00-\u9fff]{{2,3}}山)(?:[东南西北]?麓|主峰|腹地))")
#: 在 X山下 (at the foot of X): the verb or noun after 下 must not make a word of it (山下午, 山下面)
_BELOW = re.compile(r"(?<=在)(?=([\u4e00-\u9fff]{2,3}山)下(?![午面级属来去]))")
#: characters that make the stem a reference, a count or a clause (这座山, 那片山, 一座山)
_NOT_STEM = frozenset("这那该此每各一二三两几座片个些的了在是有到从往向进入出上下")
#: a character after the name that makes it a place's or a region's name (白于山村, 白于山区)
_PLACE_NEXT = frozenset("村镇乡县市区州旗屯寨组社街路港站庄坊")


def _stem_ok(name: str) -> bool:
    """The name's stem (without 山) is no reference or clause, opens with no word when it has three characters (地处|麻山)
    and is no word a verb opens (通往)."""
    stem = name[:-1]
    if _NOT_STEM & set(stem) or stem[0] in _EDGE or (len(stem) == 3 and is_word(stem[:2])):
        return False  # 这座山, 地处|麻山, 新疆|天山: no name of three characters
    return not (len(stem) == 2 and is_word(stem) and stem[0] in "通走登爬翻靠开")


def cued_mountains(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* with the mountains the text names by a cue (白于山北麓, 在白于山下), LOC at every mention no entity covers.

    Examples
    --------
    >>> t = "群众在白于山下栽植柠条。白于山北麓打坝，白于山村也动员。在这座山下"
    >>> [(t[c.start:c.end], c.label) for c in cued_mountains([], t)]
    [('白于山', 'LOC'), ('白于山', 'LOC')]
    """
    names = {m.group(1) for pat in (_CUED, _BELOW) for m in pat.finditer(text) if _stem_ok(m.group(1))}
    if not names:
        return ents
    out = list(ents)
    for name in sorted(names, key=len, reverse=True):
        for s, e in occurrences(text, name):
            if text[e:e + 1] in _PLACE_NEXT or any(c.start < e and c.end > s for c in out):
                continue
            out.append(Cand(s, e, "LOC", prio=2, source="rule"))
    return sorted(out, key=lambda c: c.start)
