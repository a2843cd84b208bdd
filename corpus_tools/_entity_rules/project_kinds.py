"""Project kinds the text counts: 十个|行业扶贫专项行动, 270个|义务教育学校项目, 一个个|观光农业项目.

The head rule for PROJECT takes the words before 项目, 工程, 行动, 计划 as a name, and a descriptive kind
(观光农业项目) looks like a descriptive name (光伏发电项目). The GUIDE counts no kinds: "generic heads or
counts of different projects" (4个省市项目) are no PROJECT. As for facilities
(:mod:`corpus_tools._entity_rules.fac_kinds`), a string the document puts after a count of two or more, a
quantifier (各, 一批, 众多 …), 等 closing a list, or right before a count (项目7个), is a kind in every
mention of that document; a repeated count (一个个, 一项项) counts too. The spans become blockers, so that
neither the model nor the document pass puts them back.
"""

from __future__ import annotations

import re
from typing import Callable

from corpus_tools._entity_rules.fac_kinds import count_patterns, relabel_names
from corpus_tools._entity_rules.lexicon import Cand, occurrences

__all__ = ["JOINED_WORKS", "counted_projects", "is_counted_project", "joined_projects", "plain_word"]

#: a count of projects before the string: a number of two or more and a classifier of undertakings
#: (十个, 270个, 两项), a quantifier (各类, 一批, 众多), 等 closing a list, or a repeated classifier
#: (一个个, 一项项). Not 处 or 座: one programme spread over N sites is one PROJECT (GUIDE: 传统民居保护修缮项目
#: at 56 sites; 6处|农产品仓储保鲜冷链设施建设工程), nor 部分 (及部分|彩塑壁画数字化保护项目: a part of the works).
_BEFORE_RE, _, _AFTER_RE = count_patterns("个项批类", r"一([个项批])\1|各类|各项|各个|众多|许多|诸多|一批|一些|这些|那些|等",
                                        after="个项")


def is_counted_project(text: str, s: int, e: int) -> bool:
    """Whether the project string ``text[s:e]`` stands after a count of projects here, or right before
    one (项目7个).

    Examples
    --------
    >>> is_counted_project("实施十个行业扶贫专项行动", 4, 12), is_counted_project("完成了6处冷链设施建设工程", 5, 13)
    (True, False)
    """
    return bool(_BEFORE_RE.search(text, max(0, s - 6), s) or _AFTER_RE.match(text[e:e + 6]))


def counted_projects(cands: list[Cand], text: str) -> list[Cand]:
    """*cands* with each PROJECT the document counts at any of its mentions turned into a blocker.

    Examples
    --------
    >>> t = "深入实施十个行业扶贫专项行动。启动光伏发电项目，一个个观光农业项目卡壳"
    >>> out = counted_projects([Cand(6, 14, "PROJECT"), Cand(17, 23, "PROJECT"), Cand(27, 33, "PROJECT")], t)
    >>> [(t[c.start:c.end], c.label) for c in out]
    [('行业扶贫专项行动', '_'), ('光伏发电项目', 'PROJECT'), ('观光农业项目', '_')]
    """
    def counted(name: str) -> bool:
        return any(is_counted_project(text, s, e) for s, e in occurrences(text, name))

    return relabel_names(cands, text, counted, "_", kind="PROJECT")


#: verbal nouns a project name joins with 与 / 和 / 及 (黑瞎子岛保护与开放开发项目, 三江源生态保护和建设一期工程)
JOINED_WORKS = ("保护", "建设", "治理", "开发", "改造", "提升", "修复", "利用", "整治", "修缮", "管理", "发展", "恢复",
                "保育", "研究", "展示", "传承")
_CONJ = "与和及"


#: what goes on after a head that is no project's end (项目部, 工程师, 工程管理)
_NOT_AFTER = frozenset("部办处科组区库点师队院局管车兵")
_JOINED_RE = re.compile("(?:" + "|".join(JOINED_WORKS) + ")[" + _CONJ + "][\u4e00-\u9fff“”]{1,8}?(?:项目|工程)")


def joined_projects(cands: list[Cand], text: str, left: "Callable[[int], int]",
                    plain: "Callable[[int], bool]" = lambda s: False) -> list[Cand]:
    """*cands* and the projects whose name joins two works with 与, 和 or 及 (黑瞎子岛保护与开放开发项目,
    三江源生态保护和建设一期工程): the conjunct before the conjunction ends in a verbal noun of works
    (:data:`JOINED_WORKS`) and holds at least three characters before it; *left* gives the start of a name
    body ending at an offset (``Scanner.left``), so the head rule's own stops end the name, and *plain* says
    whether the word there is a plain common word (城市|基础设施建设和配套工程: a kind of works, no name). The head rule
    stops at the conjunction and keeps only the second conjunct, or nothing (开放开发项目 is a kind).

    Examples
    --------
    >>> t = "实施黑瞎子岛保护与开放开发项目"
    >>> out = joined_projects([], t, lambda k: 2)
    >>> [t[c.start:c.end] for c in out]
    ['黑瞎子岛保护与开放开发项目']
    """
    out = list(cands)
    for m in _JOINED_RE.finditer(text):
        s = left(m.start() + 2)
        if s > m.start() or m.start() - s < 3 or plain(s) or (m.end() < len(text) and text[m.end()] in _NOT_AFTER):
            continue  # 生态|保护和建设工程, 建设工程管理, 工程师: no name of one undertaking
        if all("\u4e00" <= ch <= "\u9fff" or ch in "“”" for ch in text[s:m.end()]) and text[s:m.start()].count("“") == text[s:m.start()].count("”"):
            out.append(Cand(s, m.end(), "PROJECT", prio=1, source="rule"))
    return out


#: word tags of plain common words (the segmenter's, after ``B-`` / ``S-``)
_PLAIN_TAGS = frozenset(("n", "vn", "v", "a", "an", "ad", "d", "m", "q", "r"))


def plain_word(words: "list[str] | None", s: int, places: "list[Cand] | None" = None) -> bool:
    """Whether the segmenter's word at *s* is a plain common word of two or more characters (城市/n, 建设/vn)
    and no place starts there; single characters (三/m|江/n|源/Ng) are a name the segmenter split.

    Examples
    --------
    >>> plain_word(["B-n", "E-n", "B-j", "E-j"], 0), plain_word(["B-n", "E-n", "B-j", "E-j"], 2), plain_word(["S-m"], 0)
    (True, False, False)
    """
    if words is None or not 0 <= s < len(words) or any(p.start == s for p in places or ()):
        return False
    return words[s][:1] == "B" and words[s][2:] in _PLAIN_TAGS  # one-character pieces: a name the segmenter split
