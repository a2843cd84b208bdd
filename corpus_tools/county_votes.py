"""A page's county from its own articles, when the page's text as a whole decides none.

A county paper's page carries its own reports beside articles about another county (a neighbour's delegation
visits: ``蓬安县考察团来我县学习``) and reprints from the prefecture's paper (``据《南充日报》``, ``南充日报记者``)
that name several counties. Pooled, their evidence can tie, and the page gets no county (user35b F3). Here a
reprint weighs less than the page's own reports: :func:`own_county` reads the county off the page's own articles
(reprints set aside), and else takes the county most of them decide one by one (:func:`article_vote`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from corpus_tools.county import CountyGuess, infer_county

__all__ = ["REPRINT_RE", "VISIT_RE", "is_reprint", "is_visit", "own_county", "article_vote"]

#: A credit that marks an article as reprinted from another paper or agency: 据《南充日报》, 南充日报记者,
#: 来源：, 转自《…》, 新华社讯/电 (the page's own 本报记者 is not one).
REPRINT_RE = re.compile(r"据《[^》\n]{2,14}》|(?<!本)[\u4e00-\u9fff]{2,6}(?:日报|晚报|晨报|都市报)社?(?:　| )?记者|来源[:：]"
                        r"|转自《|转载自|新华社(?:[\u4e00-\u9fff]{2,4})?(?:\d{1,2}月\d{1,2}日)?电|新华社讯")
#: How many articles of a page must decide, and agree, before the vote gives the page their county when another
#: county gets votes too (one unopposed article decides alone).
MIN_VOTES = 2
#: Visitors coming to the paper's own county (蓬安县考察团来我县, 到我县考察): the county such an article names is the
#: visitors', not the page's.
VISIT_RE = re.compile(r"(?:来|到|赴|莅临|走进)(?:我|本)县")


def is_reprint(text: str) -> bool:
    """Whether an article's text credits another paper or agency (:data:`REPRINT_RE`).

    Examples
    --------
    >>> is_reprint("南充：推进会召开\\n南充日报记者　庞建华\\n　　19日……"), is_reprint("……试点。据《南充日报》（记者 孙悦）")
    (True, True)
    >>> is_reprint("本报讯（记者　王丽）锦屏镇……"), is_reprint("本报记者　王丽")
    (False, False)
    """
    return bool(REPRINT_RE.search(text))


def is_visit(text: str) -> bool:
    """Whether an article reports visitors coming to the paper's own county (:data:`VISIT_RE`).

    Examples
    --------
    >>> is_visit("蓬安县考察团来我县学习金凤村发展经验"), is_visit("我县召开河长制工作会")
    (True, False)
    """
    return bool(VISIT_RE.search(text))


def own_county(texts: list[str], paper_county: str | None = None) -> CountyGuess | None:
    """The county of a page's own articles: reprints set aside, their texts pooled, else their vote.

    Parameters
    ----------
    texts : list of str
        The page's articles' texts, in order.
    paper_county : str, optional
        The county the paper's name names (:func:`corpus_tools.county.infer_county`).

    Returns
    -------
    CountyGuess or None
        The county of the own articles pooled (when some article is a reprint or a visit to the paper's county:
        :func:`is_visit`), else their vote (:func:`article_vote`); None when neither decides.

    Examples
    --------
    >>> own = "罗家镇五马村发展柑橘产业\\n　　近日，罗家镇五马村的干部群众忙着发展柑橘产业。蓬安县已累计投入资金8000万元。"
    >>> reprint = "会议指出，营山县、蓬安县等县要推进试点。南充市将在营山县和蓬安县开展试点。据《南充日报》（记者 庞建华）"
    >>> g = own_county([own, reprint])
    >>> g.county, g.evidence[0]
    ('蓬安县', 'own reports (1 reprint or visit set aside)')
    """
    own = [t for t in texts if not is_reprint(t) and not is_visit(t)]
    if own and len(own) < len(texts):
        g = infer_county("\n".join(own), paper_county=paper_county)
        if g.code is not None:
            n = len(texts) - len(own)
            return CountyGuess(g.code, g.city, g.province, g.confidence,
                               (f"own reports ({n} reprint{'s' if n > 1 else ''} or visit{'s' if n > 1 else ''} "
                                "set aside)", *g.evidence),
                               g.counties, g.source)
    return article_vote(own, lambda t: infer_county(t, paper_county=paper_county))


def article_vote(texts: list[str], guess: Callable[[str], CountyGuess] = infer_county) -> CountyGuess | None:
    """The county most articles decide, one by one: more than any other county, and at least :data:`MIN_VOTES`
    when another county gets votes too.

    Parameters
    ----------
    texts : list of str
        The articles' texts.
    guess : callable, optional
        Text -> :class:`~corpus_tools.county.CountyGuess` (default :func:`~corpus_tools.county.infer_county`).

    Returns
    -------
    CountyGuess or None
        With evidence ``articles 2 of 3: 营山县`` and the first deciding article's reasons; None when no county wins.

    Examples
    --------
    >>> arts = ["蓬安县考察团来访\\n　　蓬安县锦屏镇金凤村干部来到东升镇金凤村。蓬安县……",
    ...         "朗池街道红光社区网格员入户走访。营山县……", "回龙镇石牛村建设产业园。营山县已累计投入资金。"]
    >>> g = article_vote(arts)
    >>> g.county, g.evidence[0]
    ('营山县', 'articles 2 of 3: 营山县')
    """
    found = [guess(t) for t in texts]
    votes = Counter(g.code for g in found if g.code is not None)
    if not votes:
        return None
    (best, n), *rest = votes.most_common() + [(None, 0)]
    if n <= rest[0][1] or (n < MIN_VOTES and rest[0][1] > 0):
        return None
    first = next(g for g in found if g.code == best)
    decided = sum(votes.values())
    conf = round(min(first.confidence, (n - rest[0][1]) / decided), 3)
    return CountyGuess(best, first.city, first.province, conf,
                       (f"articles {n} of {decided}: {first.county}", *first.evidence),
                       tuple(c for c, _ in votes.most_common()), "text")

