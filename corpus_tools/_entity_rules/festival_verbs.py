"""Festivals a celebration verb names: 欢度|分龙节, 喜迎|盘王节 (evfac37, round 36).

:func:`~corpus_tools._entity_rules.sites.festivals` takes a festival only after an edition (首届, 第三届) or a place,
so a people's own festival written bare (分龙节, 盘王节, 达玛节: open gold tags each as EVENT) is lost, and a place
further left opens a clause as its name (下南乡数万群众欢度分龙节). A verb of celebrating right before ``X节`` says
that X节 is a festival: 欢度, 欢庆, 庆祝, 共度, 喜迎, 共庆, 同庆 (People's Daily 2019–2020: 欢度泼水节, 庆祝建军节 …
beside the holidays). The body X is two or three name characters, and holidays (:data:`events.HOLIDAYS`: 春节,
国庆节, and 中国春节 ending in one) and 佳节 (新春佳节) are no events (GUIDE).
"""

from __future__ import annotations

import re

from corpus_tools._entity_rules.events import HOLIDAYS
from corpus_tools._entity_rules.lexicon import Cand, STOPS, common_or_frequent, is_name_char

__all__ = ["CELEBRATE_VERBS", "celebrated_festivals"]

#: verbs of celebrating a festival (欢度春节, 庆祝泼水节)
CELEBRATE_VERBS = ("欢度", "欢庆", "庆祝", "共度", "喜迎", "共庆", "同庆")
_RE = re.compile("(?:" + "|".join(CELEBRATE_VERBS) + r")([\u4e00-\u9fff]{2,3}节)(?![日目能约水点气庆假省])")


def celebrated_festivals(text: str) -> list[Cand]:
    """EVENT candidates: ``X节`` right after a verb of celebrating (module docstring).

    Examples
    --------
    >>> t = "下南乡数万群众欢度分龙节，全县欢度春节，共度新春佳节，喜迎盘王节"
    >>> [t[c.start:c.end] for c in celebrated_festivals(t)]
    ['分龙节', '盘王节']
    """
    common = common_or_frequent()
    out = []
    for m in _RE.finditer(text):
        name = m.group(1)
        body = name[:-1]
        if name in HOLIDAYS or any(name.endswith(h) for h in HOLIDAYS) or name.endswith("佳节") or name in common:
            continue  # 欢度春节, 中国春节, 新春佳节
        if not all(is_name_char(ch) for ch in body) or body[0] in STOPS or body in common and len(body) == 3:
            continue
        out.append(Cand(m.start(1), m.end(1), "EVENT", prio=2, source="regex"))
    return out
