"""A person whose name runs on from a sea's, a river's or a place's name: 市委书记黄海涛出席 (user31 F3).

A two-character LOC that starts with a common surname (黄海, 长江, 江汉) and runs on, with no
break, into one more character that no entity holds (黄海|涛) is a three-character personal name when
the page treats it as one: a post stands right before it (市委书记黄海涛) or a verb of speaking or
attending right after it (黄海涛强调, 黄海涛出席). Every other mention of the same three characters in
the text is that person too (document consistency: 黄海涛指出 later in the report, or the name alone).
A sea named before a place word (黄海之滨, 黄海湾) never runs on into a speaking verb, so it stays a LOC.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import BAIJIAXING
from corpus_tools.text import CJK_RE

__all__ = ["run_on_persons"]

#: a post right before the name (a cadre's, a firm's, a school's)
POST_BEFORE_RE = re.compile(r"(?:书记|区长|县长|市长|镇长|乡长|旗长|州长|主任|局长|部长|主席|常委|董事长|总经理|经理|"
                            r"院长|校长|所长|站长|社长|村长|委员|代表|队长|组长)$")
#: what the person does right after the name
ACT_AFTER_RE = re.compile(r"(?:出席|参加|讲话|主持|表示|指出|强调|介绍|说|调研|带队|宣读|致辞|一行|要求|希望|认为|"
                          r"作了|作出|提出|检查|督导|察看|看望|慰问)")
#: characters that continue a place's name rather than a given name (黄海之滨, 长江边, 黄河口)
PLACE_NEXT = frozenset("之边口岸湾畔滨上下中里外内北南东西沿流段区域水面路桥村镇乡县市省港湖岛")
#: labels of the place spans a name may run on from (a country or county read in a post's slot is
#: :mod:`~corpus_tools._entity_rules.post_names`' concern)
PLACE_LABELS = frozenset({"LOC"})
#: function characters that follow a place and never end a given name (古巴来说, 黄河人的)
NOT_GIVEN = frozenset("来人们的地和与及在是为对从向说也都就还又被把将等以之其所")


def _free(ents: list[Cand], i: int) -> bool:
    return not any(c.start <= i < c.end for c in ents if c.label != "_")


def run_on_persons(ents: list[Cand], text: str) -> list[Cand]:
    """Relabel a two-character place that runs on into a three-character personal name (see the module
    docstring) as that PERSON, grown by the name's last character; *ents* (the chosen entities of *text*)
    come back in text order.

    Examples
    --------
    >>> t = "市委书记黄海涛出席并讲话。黄海涛强调，要抓好落实。"
    >>> [(t[c.start:c.end], c.label) for c in run_on_persons([Cand(4, 6, "LOC"), Cand(13, 15, "LOC")], t)]
    [('黄海涛', 'PERSON'), ('黄海涛', 'PERSON')]
    >>> t = "船队驶入黄海海域，黄海之滨风光好。"
    >>> [(t[c.start:c.end], c.label) for c in run_on_persons([Cand(4, 6, "LOC"), Cand(9, 11, "LOC")], t)]
    [('黄海', 'LOC'), ('黄海', 'LOC')]
    """
    names: set[str] = set()
    for c in ents:
        if c.label not in PLACE_LABELS or c.end - c.start != 2 or text[c.start] not in BAIJIAXING:
            continue
        nxt = text[c.end:c.end + 1]
        if not nxt or not CJK_RE.match(nxt) or nxt in PLACE_NEXT or nxt in NOT_GIVEN or not _free(ents, c.end):
            continue
        if POST_BEFORE_RE.search(text, max(0, c.start - 4), c.start) or ACT_AFTER_RE.match(text, c.end + 1):
            names.add(text[c.start:c.end + 1])
    if not names:
        return ents
    out = []
    for c in ents:
        if (c.label in PLACE_LABELS and c.end - c.start == 2 and text[c.start:c.end + 1] in names
                and _free(ents, c.end)):
            c = replace(c, end=c.end + 1, label="PERSON", code=None)
        out.append(c)
    return sorted(out, key=lambda c: c.start)
