"""Who invests in a project: the ``firm`` column of :func:`corpus_tools.projects.project_investments`.

County papers name the investor next to the project, in the same sentence: *项目由临泉县绿源农业开发有限公司投资
建设*, *安徽华源纺织有限公司投资12亿元建设的华源光伏发电电站项目*, *X有限公司举行Y项目签约仪式*. The firm is
an ORG entity whose name ends in a company word (有限公司, 集团 …) in the project's sentence, or in the sentence
its amount was read from (X项目开工。该项目由Y公司投资建设，总投资…); of several, the one nearest the project.
A firm the text names only by a short form (恒达) is not found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus_tools.project_places import CLAUSE_END_RE
from corpus_tools.text import SENTENCE_END_RE

__all__ = ["FIRM_RE", "firm_near"]

#: the end of an ORG name that makes it a firm
FIRM_RE = re.compile(r"(?:公司|集团|合作社|厂)$")



def _span(text: str, pos: int, ends: re.Pattern[str]) -> tuple[int, int]:
    """The clause or sentence (by *ends*) around *pos*."""
    start = max((m.end() for m in ends.finditer(text, 0, pos)), default=0)
    end = ends.search(text, pos)
    return start, end.start() if end else len(text)


def firm_near(text: str, start: int, end: int, firms: Sequence[tuple[int, int, str]],
              amount_at: int | None = None, projects: Sequence[tuple[int, int, str]] = ()) -> str | None:
    """The firm of the project at ``text[start:end]``: the firm of *firms* in its clause, else in its sentence,
    nearest to it, else the one nearest the amount in the sentence at *amount_at*; None when none of these
    names one. Outside the project's own clause, a firm whose clause holds another of *projects* is that
    project's (城南物流园项目由X公司投资建设，城北污水处理厂项目总投资1亿元: X is not 城北's).

    Parameters
    ----------
    text : str
        The article's text.
    start, end : int
        The project's span.
    firms : sequence of (start, end, name)
        The firms of *text* (ORG entities whose name matches :data:`FIRM_RE`).
    amount_at : int, optional
        Where the project's amount starts, when it was read from another sentence.
    projects : sequence of (start, end, name), optional
        The projects of *text*.

    Returns
    -------
    str or None

    Examples
    --------
    >>> t = "丰源物流园项目开工。项目由四川丰源物流有限公司投资建设，总投资3亿元。"
    >>> firm_near(t, 0, 7, [(13, 23, "四川丰源物流有限公司")], amount_at=t.index("总投资"))
    '四川丰源物流有限公司'
    >>> firm_near(t, 0, 7, [(13, 23, "四川丰源物流有限公司")]) is None
    True
    """
    others = [p[0] for p in projects if p[0] != start]
    for pos, bounds in ((start, CLAUSE_END_RE), (start, SENTENCE_END_RE), (amount_at, SENTENCE_END_RE)):
        if pos is None:
            continue
        s0, s1 = _span(text, pos, bounds)
        here = [f for f in firms if s0 <= f[0] and f[1] <= s1]
        if bounds is SENTENCE_END_RE:  # the firm of another project's clause is that project's
            here = [f for f in here if not any(c0 <= o < c1 for o in others
                                               for c0, c1 in [_span(text, f[0], CLAUSE_END_RE)])]
        if here:
            return min(here, key=lambda f: max(f[0] - end, start - f[1], 0))[2]
    return None
