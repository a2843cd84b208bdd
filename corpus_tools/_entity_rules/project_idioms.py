"""Works words that name a kind or a plan, not one undertaking (GUIDE: PROJECT names one particular
undertaking or one named programme; generic heads are no PROJECT).

- a five-year plan (“十五”计划, 十一五规划, 全镇“十五”计划): a plan document's period, not a works;
- a reproach made with 工程 (“形象工程”, 面子工程, 政绩工程, 豆腐渣工程, 半拉子工程): a kind of bad works;
- a category of items (陶瓷类项目, 非物质文化遗产代表性项目): a class in a list, not one project.

Open gold tags none of these (pages28, 29, 31, 32, 34o: 11 mentions) and the 2019-2020 crawl writes the
reproaches 22 times, always as a kind.
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import Cand

__all__ = ["plain_projects"]

#: a five-year plan's number, quoted or not, before 计划 or 规划
_FIVE_YEAR_RE = re.compile(r"[“\"]?(?:[一二三四五六七八九]|十[一二三四五六七八九]?)五[”\"]?(?:计划|规划)(?:纲要)?$")
#: a reproach or a category before the head: the whole name (quotes aside) is this word and the head
_KIND_RE = re.compile(r"^[“\"]?(?:形象|面子|政绩|豆腐渣|半拉子|胡子)[”\"]?工程$|类项目$|代表性项目$")


def plain_projects(found: list[Cand], text: str) -> list[Cand]:
    """*found* without the PROJECT candidates that name a five-year plan, a reproach or a category.

    Examples
    --------
    >>> t = "全镇“十五”计划，不搞“形象工程”，陶瓷类项目，污水处理厂改造工程"
    >>> c = [Cand(2, 8, "PROJECT", 1), Cand(12, 16, "PROJECT", 1), Cand(18, 23, "PROJECT", 1), Cand(24, 33, "PROJECT", 1)]
    >>> [t[x.start:x.end] for x in plain_projects(c, t)]
    ['污水处理厂改造工程']
    """
    out = []
    for c in found:
        name = text[c.start:c.end]
        if c.label == "PROJECT" and (_FIVE_YEAR_RE.search(name) or _KIND_RE.search(name)):
            continue
        out.append(c)
    return out
