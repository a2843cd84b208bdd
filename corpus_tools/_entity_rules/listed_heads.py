"""Documents (《…》, bare congress reports, 条例 and 规划 titles) and the names of the fixed lists: rivers and
mountains (LOC) and countries (GPE). Split out of :mod:`heads` (house style: modules under ~600 lines)."""

from __future__ import annotations

import re

from corpus_tools._entity_rules.lexicon import CN_NUM, COUNTRIES, LOC_WORDS, Cand, listed_spans
from corpus_tools._entity_rules.scan import Scanner

__all__ = ["find_countries", "find_docs", "find_locs"]


def find_docs(text: str, sc: "Scanner | None" = None) -> list[Cand]:
    out = []
    for m in re.finditer(r"《([^《》\n]{1,60})》", text):
        out.append(Cand(m.start(1), m.end(1), "DOC", prio=3))
    # 十九大报告 bare too (GUIDE DOC 党的二十大报告; open gold: 十七大报告, 十八大报告 ×2, 十九大报告 in three sets)
    for m in re.finditer(rf"党的[{CN_NUM}]+大报告|(?<![{CN_NUM}第0-9０-９的])(?:十[一二三四五六七八九]|二十)大报告"
                         rf"|(?<!入)新?党章(?![\u4e00-\u9fff程])|政府工作报告|中央一号文件", text):
        s = m.start() + (1 if m.group().startswith("新") else 0)
        out.append(Cand(s, m.end(), "DOC", prio=2))
    for m in re.finditer(r"“([^“”\n]{4,30}(?:手册|读本|纲要|条例|规划))”", text):
        out.append(Cand(m.start(1), m.end(1), "DOC", prio=2))
    if sc is not None:
        for m in re.finditer("规划|纲要", text):
            s = sc.left(m.start(), max_len=20)
            if text.startswith(("国家", "全国", "中央"), s) and m.end() - s >= 8:
                out.append(Cand(s, m.end(), "DOC", prio=1))
        for m in re.finditer("条例", text):
            s = sc.left(m.start(), max_len=16)
            if m.start() - s >= 4:
                out.append(Cand(s, m.end(), "DOC", prio=1))
    return out


def find_locs(text: str) -> list[Cand]:
    return [Cand(i, i + L, "LOC", prio=1) for i, L in listed_spans(text, LOC_WORDS, 6)]


#: countries whose name is also the name of a nationality of China (蒙古族, 朝鲜族, 俄罗斯族, 哈萨克族, 塔吉克族)
_PEOPLE_COUNTRIES = frozenset(("蒙古", "朝鲜", "俄罗斯", "哈萨克", "塔吉克", "乌孜别克"))
#: what such a name makes a word of the people's own with (蒙古包, 蒙古语, 朝鲜文, 蒙古袍)
_PEOPLE_WORDS = "语文包袍"


def find_countries(text: str) -> list[Cand]:
    """Country names of the list; not an ethnic group's name (朝鲜族, 蒙古族) nor a nationality's own word
    (蒙古包, 蒙古语, 朝鲜文: the people's, no country).

    Examples
    --------
    >>> [text for text in ("牧民的蒙古包里", "用蒙古语演唱", "蒙古国客商") if find_countries(text)]
    ['蒙古国客商']
    """
    return [Cand(i, i + L, "GPE", prio=1) for i, L in listed_spans(text, COUNTRIES, 7)
            if text[i + L:i + L + 1] != "族"
            and not (text[i:i + L] in _PEOPLE_COUNTRIES and text[i + L:i + L + 1] in _PEOPLE_WORDS)]
