"""Where a project is built: the ``place`` column of :func:`corpus_tools.projects.project_investments`.

A county paper names the township (village, county) of a project in a few set ways:

* right before the name, at most a year or an investment between: *宝力镇2021年高标准农田建设项目*,
  *谭棚镇投资8000万元的污水处理厂提标改造项目*;
* inside the PROJECT span, when the tagger kept the place in the name (*谭棚镇恒达智能装备制造基地项目*;
  the entity guide keeps it out): with the page's county, a township is split off by the entity rule
  (:func:`corpus_tools._entity_rules.project_townships.split_townships`, which the entity table has already
  applied; its TOWNSHIP row then stands right before the project), the leading official name of another
  unit of the page's county (county, village, community) here;
* with a word of location before the project (*位于杨桥镇的金辉现代农业示范园项目*) or after it
  (*…项目落户艾亭镇*, *选址谭棚镇*, *建在…*), in the same sentence.

Only places the entity table found (or, for a name inside the span, the gazetteer's official names of
the page's county) count; a name of another county inside a project name stays in the name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from corpus_tools._entity_rules.project_bounds import JOINED_BY
from corpus_tools.text import SENTENCE_END_RE

__all__ = ["PLACE_LABELS", "SUBJECT_RE", "CLAUSE_END_RE", "place_before", "split_place", "cued_places"]

#: labels of the places that may name where a project is built
PLACE_LABELS = ("GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY")
#: what may come between a place and the project it names: nothing, the year (GUIDE: the year and the
#: place are not part of the PROJECT span), or an investment amount that qualifies the project
#: (谭棚镇投资8000万元的…项目, 谭棚镇总投资1.2亿元建设的…项目)
_PLACE_GAP_RE = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?)?\s*"
                           r"(?:(?:总|计划|计划总)?投资[\d.,一二三四五六七八九十百千万亿余多近约超]{1,12}元"
                           r"(?:建设|兴建|打造|实施)?的)?\s*")
#: words before a place that say a project is built there (位于杨桥镇的…项目)
_CUE_BEFORE_RE = re.compile(r"(?:位于|地处|坐落于|坐落在)\s*$")
#: words after a project that say where it is built (…项目落户艾亭镇, 选址谭棚镇)
_CUE_AFTER_RE = re.compile(r"(?:签约)?(?:落户|落地|选址|建在|建于|坐落于|坐落在|位于)(?:于|在|到)?\s*$")
#: the end of a clause: a cue does not reach over it (nor, in :mod:`corpus_tools.project_firms`, a firm's
#: clause over another project's)
CLAUSE_END_RE = re.compile(r"[，,：:。；;！？!?\n]")
#: a sentence that opens with the bare project word (项目总投资…, 该项目投资…, 工程总投资…) speaks of the
#: project the sentence before it named
SUBJECT_RE = re.compile(r"\s*(?:该|此|这个|这一|本)?(?:项目|工程)")
#: suffixes of the official names split off the front of a project's name here: the levels the entity rule
#: (:func:`~corpus_tools._entity_rules.project_townships.split_townships`) leaves inside a PROJECT span
_UNIT_SUFFIXES = ("社区", "村", "县", "市", "区")
#: without the page's county, the names unique in the country of a county or a township are split off here
#: as well (as before the entity rule split townships: it leaves 计划乡|村医生健康扶贫项目 whole, this cuts it)
_NATIONAL_SUFFIXES = ("街道", "镇", "乡") + _UNIT_SUFFIXES


def place_before(text: str, start: int, ends: Mapping[int, str]) -> str | None:
    """The place whose name ends right before the project at *start*, with at most a year or an investment
    between; else None. *ends* maps end offsets of place names in *text* to the names.

    Examples
    --------
    >>> t = "宝力镇2021年高标准农田建设项目"
    >>> place_before(t, 8, {3: "宝力镇"})
    '宝力镇'
    >>> t = "谭棚镇投资8000万元的污水处理厂提标改造项目完成主体工程"
    >>> place_before(t, t.index("污水"), {3: "谭棚镇"})
    '谭棚镇'
    """
    for k in range(start, max(-1, start - 24), -1):
        if k in ends and _PLACE_GAP_RE.fullmatch(text, k, start):
            return ends[k]
    return None


def split_place(name: str, county_code: str | None = None) -> tuple[str | None, str]:
    """A project's name with the official name of a place at its front split off.

    Parameters
    ----------
    name : str
        The project's name as the tagger gives it.
    county_code : str, optional
        The page's county (6 digits). A township is split off as the entity rule splits it
        (:func:`~corpus_tools._entity_rules.project_townships.township_before_name`); else the county's own
        name or the official name of one of its villages and communities. Without it, also the county and
        township names that are unique in the country.

    Returns
    -------
    (place, rest)
        ``(None, name)`` when the name does not open with such a place, or when what is left is shorter
        than three characters (太和县医药物流园项目 keeps its county only when the rest is a name).

    Examples
    --------
    >>> split_place("谭棚镇恒达智能装备制造基地项目", "341221")
    ('谭棚镇', '恒达智能装备制造基地项目')
    >>> split_place("恒达智能装备制造基地项目", "341221")
    (None, '恒达智能装备制造基地项目')
    >>> split_place("谭棚镇至城区道路改造工程", "341221")
    (None, '谭棚镇至城区道路改造工程')
    """
    from corpus_tools import gazetteer as gz
    from corpus_tools._entity_rules.project_townships import township_before_name

    code = county_code if isinstance(county_code, str) and re.fullmatch(r"\d{6}", county_code or "") else None
    township, rest = township_before_name(name, code)
    if township is not None:
        return township, rest
    for cut in range(min(len(name) - 3, 12), 1, -1):
        head = name[:cut]
        if code is not None:
            if not head.endswith(_UNIT_SUFFIXES):
                continue
            found = [d for d in gz.lookup(head, within=code) if d.name == head]
        else:
            if not head.endswith(_NATIONAL_SUFFIXES):
                continue
            found = [d for d in gz.lookup(head) if d.name == head and d.level in ("county", "township")]
            found = found if len(found) == 1 else []
        if found:
            # a place the name runs from or joins to another is part of it (水磨头村至孟山段道路改造工程)
            return (None, name) if name[cut] in JOINED_BY else (head, name[cut:])
    return None, name


def cued_places(text: str, projects: Sequence[tuple[int, int, str]],
                places: Sequence[tuple[int, int, str]]) -> dict[int, str]:
    """Places that a word of location ties to a project of the same clause.

    Parameters
    ----------
    text : str
        The article's text.
    projects : sequence of (start, end, name)
        The projects of *text*, sorted.
    places : sequence of (start, end, name)
        The places of *text* (the entity table's place rows), sorted.

    Returns
    -------
    dict
        Project start -> place: 位于X的 ties X to the first project after it in its clause; 落户X, 选址X,
        建在X (right after the project, or after a verb: …项目签约落户X) tie X to the last project before it
        in its clause, or, in a sentence that opens with 该项目 and names no project before the cue, when the
        cue opens its clause (after 该项目 or a comma), to the last project of the sentence before
        (X项目开工。该项目总投资1.8亿元，选址谭棚镇).

    Examples
    --------
    >>> t = "位于杨桥镇的金辉现代农业示范园项目计划投资4500万元；华源光伏项目落户艾亭镇。"
    >>> cued_places(t, [(6, 17, "金辉现代农业示范园项目"), (t.index("华源"), t.index("落户"), "华源光伏项目")],
    ...             [(2, 5, "杨桥镇"), (t.index("艾亭镇"), t.index("艾亭镇") + 3, "艾亭镇")])
    {6: '杨桥镇', 28: '艾亭镇'}
    >>> t = "宏远食品项目签约。该项目总投资1.8亿元，选址谭棚镇。"
    >>> cued_places(t, [(0, 6, "宏远食品项目")], [(t.index("谭棚镇"), t.index("谭棚镇") + 3, "谭棚镇")])
    {0: '谭棚镇'}
    """
    out: dict[int, str] = {}
    for p0, p1, name in places:
        if _CUE_BEFORE_RE.search(text, max(0, p0 - 4), p0):
            after = [p for p in projects if p[0] >= p1 and not CLAUSE_END_RE.search(text, p1, p[0])]
            if after and after[0][0] not in out:
                out[after[0][0]] = name
                continue
        if not _CUE_AFTER_RE.search(text, max(0, p0 - 8), p0):
            continue
        before = [p for p in projects if p[1] <= p0 and not CLAUSE_END_RE.search(text, p[1], p0)]
        if before and before[-1][0] not in out and _CUE_AFTER_RE.search(text, before[-1][1], p0) \
                and len(text[before[-1][1]:p0]) <= 8:
            out[before[-1][0]] = name
        elif not before:
            # 该项目总投资1.8亿元，选址谭棚镇: the sentence speaks of the project the sentence before named
            # only when the cue opens its own clause (，选址谭棚镇; 该项目选址…): a cue further on in a clause
            # (项目建成后，将吸引更多电商企业落户杨桥镇) speaks of something else
            s0 = max((m.end() for m in SENTENCE_END_RE.finditer(text, 0, p0)), default=0)
            c0 = max((m.end() for m in CLAUSE_END_RE.finditer(text, s0, p0)), default=s0)
            subject = SUBJECT_RE.match(text, s0)
            lead = subject.end() if subject and c0 == s0 else c0
            lead += len(text[lead:p0]) - len(text[lead:p0].lstrip())
            if subject and _CUE_AFTER_RE.fullmatch(text, lead, p0):
                prev = [p for p in projects if p[1] <= s0]
                if prev and prev[-1][0] not in out:
                    out[prev[-1][0]] = name
    return out
