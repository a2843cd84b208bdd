"""以X为重点、以Y为依托、以Z为支撑: a principle or method printed as three or more 以…为 + role items (guide 2b),
found apart from the other unquoted series of :mod:`corpus_tools.slogans.series`."""

from __future__ import annotations

import re

from corpus_tools.slogans.core import SloganMention

__all__ = ["inside", "yi_wei_series"]


def inside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[a, b)`` lies within one of ``spans``.

    Examples
    --------
    >>> inside(2, 4, [(0, 5)]), inside(2, 6, [(0, 5)])
    (True, False)
    """
    return any(s <= a and b <= e for s, e in spans)


# 以X为重点、以Y为依托、以Z为支撑: three or more 以…为 + a role noun, a principle or method by its frame
# (guide 2b); ten such series in People's Daily 2019-2020, all of them principles or working methods.
_YI_ROLES = ("重点", "依托", "支撑", "核心", "抓手", "主体", "龙头", "基础", "引领", "导向", "载体", "目标",
             "主线", "关键", "保障", "根本", "动力", "纽带", "平台", "补充", "枢纽", "统领", "前提", "中心",
             "先导", "特色", "突破口", "切入点", "落脚点", "出发点")
_YI_ITEM = "以[^、，,。；;：:“”‘’\n]{1,14}?为(?:" + "|".join(_YI_ROLES) + ")"
_YI_WEI_RE = re.compile(f"{_YI_ITEM}(?:[、，,]{_YI_ITEM}){{2,}}")


def yi_wei_series(par: str, offset: int, quoted_spans: list[tuple[int, int]]) -> list[SloganMention]:
    """Series of three or more 以X为<role> items (以县级医院为重点、以县乡村三级医疗联动为依托、以信息化手段为支撑)."""
    return [SloganMention(m.group(0), "parallel", m.start() + offset, m.end() + offset, False, "", "以X为Y series")
            for m in _YI_WEI_RE.finditer(par) if not inside(m.start() + offset, m.end() + offset, quoted_spans)]
