"""A person whose name is a country's or a place's: 区委书记韩国出席, …参加会议。（韩国） (user30b F9).

Between a post (区委书记, 区长) and a verb of attending or speaking stands a person: a GPE read there
(韩国, 中国 as given names are not rare: 于韩国, 李中国) is that person. So is a GPE that fills the bracketed
signature closing a paragraph (…参加会议。（韩国）): on the open page sets every such signature names the writer
(。（付晓丽）, 。（高娃）, … of several writers). Only two- or three-character GPEs are relabelled.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["post_persons"]

#: a cadre's post right before the name
_POST_BEFORE_RE = re.compile(r"(?:书记|副书记|区长|县长|市长|镇长|乡长|旗长|州长|主任|局长|部长|主席|常委)$")
#: a bracketed signature closing a paragraph: 。（韩国） at the end of its line
_SIGNATURE_RE = re.compile(r"[。！？]（$")
#: what the person does right after the name
_ACT_AFTER_RE = re.compile(r"(?:出席|参加|讲话|主持|表示|指出|强调|介绍|说|调研|带队|作|宣读|致辞|一行)")


def post_persons(ents: list[Cand], text: str) -> list[Cand]:
    """Relabel a GPE between a post and a verb of attending or speaking, or in a closing signature, as
    PERSON; *ents* (the chosen entities of *text*) come back in their order, the relabelled ones replaced.

    Examples
    --------
    >>> t = "区委书记韩国出席会议"
    >>> [(t[c.start:c.end], c.label) for c in post_persons([Cand(4, 6, "GPE")], t)]
    [('韩国', 'PERSON')]
    >>> t = "参加会议。（韩国）"
    >>> [c.label for c in post_persons([Cand(6, 8, "GPE")], t)]
    ['PERSON']
    >>> t = "赴韩国出席会议"
    >>> [c.label for c in post_persons([Cand(1, 3, "GPE")], t)]
    ['GPE']
    """
    out = []
    for c in ents:
        if c.label == "GPE" and 2 <= c.end - c.start <= 3 and (
                (_POST_BEFORE_RE.search(text, 0, c.start) and _ACT_AFTER_RE.match(text, c.end))
                or (_SIGNATURE_RE.search(text, max(0, c.start - 2), c.start)
                    and text[c.end:c.end + 2].rstrip(" \u3000") in ("）", "）\n"))):
            c = replace(c, label="PERSON", code=None)
        out.append(c)
    return out
