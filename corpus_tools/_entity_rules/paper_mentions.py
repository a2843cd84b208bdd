"""A county paper named in running text: the county's name + 报 (places30, round 29).

The page furniture finds a paper's name on its banner and page lines
(:mod:`corpus_tools._entity_rules.mastheads`); in the body of an article (订阅黎平报, 来稿请寄昭苏报编辑部, or a
page line the layout left inside a paragraph) the gazetteer matched only the county, so 黎平 came out a GPE.
The guide makes the paper an ORG (黎平报), with no GPE inside it. :func:`paper_mentions` proposes that longer
span; the assembly's longest-first resolution then prefers it over the county.
"""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.names import is_word

__all__ = ["paper_mentions"]


def paper_mentions(text: str, places: list[Cand]) -> list[Cand]:
    """ORG candidates for a county or city name directly followed by 报 (or 报社), the paper.

    Not where 报 opens a word of its own (县里向昭苏报告, 黎平报道: 报告, 报道).

    Examples
    --------
    >>> t = "订阅黎平报，来稿寄黎平报社。县里向黎平报告"
    >>> [t[c.start:c.end] for c in paper_mentions(t, [Cand(2, 4, "GPE", code="522631"),
    ...                                             Cand(9, 11, "GPE", code="522631"), Cand(18, 20, "GPE", code="522631")])]
    ['黎平报', '黎平报社']
    """
    out = []
    for p in places:
        if p.label != "GPE" or not p.code or len(p.code) not in (4, 6) or text[p.end:p.end + 1] != "报":
            continue
        if text.startswith("报社", p.end):
            out.append(Cand(p.start, p.end + 2, "ORG", prio=3, source="rule"))
        elif not is_word(text[p.end:p.end + 2]):
            out.append(Cand(p.start, p.end + 1, "ORG", prio=3, source="rule"))
    return out
