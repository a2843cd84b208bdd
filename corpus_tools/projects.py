"""Projects and the money the paper says goes into them (总投资3亿元的…项目).

County papers report investment as a running total of named projects: 推动总投资3亿元的南山二期
风力发电项目年底建成; 投资13.9亿元，启动了古城基础设施提升改造项目. This module finds the
amounts (Arabic or Chinese numerals with 万/亿, such as 3.5亿元, 1680万元, 三千万元, 近亿元)
that follow an investment word (投资, 总投资, 计划投资, 投入 …) and links each to the PROJECT
entity it is about (see :mod:`corpus_tools.entities`).

An amount without an investment word counts only when it qualifies a project directly
(3亿元的…项目). Linking works inside one sentence (split at 。！？； and line breaks):

0. an amount printed right after a project (A项目计划投资6000万元，B项目…; a comma at most between) is
   that project's (``backward``), so it cannot run forward to the next project — unless it qualifies
   the next one (A项目，总投资3亿元的B项目: rule 1);
1. *forward*: an amount belongs to the first project after it, unless another amount comes
   first (总投资1.3亿元的A和总投资3.6亿元的B项目: 3.6亿 goes to B, 1.3亿 to nothing,
   because A is not a tagged project);
2. *backward*: an amount with no project after it belongs to the last project before it
   that no forward amount claimed (…鱼市桥危桥改造项目完工，总投资300万元) — except when the
   sentence counts projects before the amount (项目7个, 15个项目) and no 其中 stands between: then the
   amount is a total for the group, linked neither forward (unless it qualifies the project: 项目14个，
   推动总投资3亿元的A项目…) nor to a member of the list, only to a
   project printed right before that count (“太行一号”旅游公路建设项目2个，…，总投资1.2亿元);
   after 其中 (项目3个，总投资13.25亿元，其中A项目总投资8000万元) the amounts are the members' own;
3. *previous*: an amount that no project of its sentence takes, in a sentence that opens with the bare
   project word (项目总投资4831万元, 该项目投资…, also after a clause naming the investor: 该项目由X公司投资
   建设，总投资…), belongs to the last project of the sentence before
   (宝力镇2021年高标准农田建设项目在房家村开工。项目总投资4831万元).

Amounts that stay unlinked are totals for a programme (共实施重点公路建设项目15个，总投资2亿元),
for unnamed works or for a project the entity tagger did not find; ``include_unlinked=True``
keeps them with ``project=None``.

Examples
--------
>>> parse_amount("3.5亿元")
350000000.0
>>> [(i.project, i.amount_yuan) for i in find_investments(
...     "推动总投资3亿元的南山二期风力发电项目年底建成。", projects=[(10, 20, "南山二期风力发电项目")])]
[('南山二期风力发电项目', 300000000.0)]
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from corpus_tools._validate import check_bool
from corpus_tools.errors import InvalidArgumentError, check_corpus, check_type
from corpus_tools.project_firms import FIRM_RE, firm_near
from corpus_tools.project_subjects import subject_places
from corpus_tools.project_places import PLACE_LABELS, SUBJECT_RE, cued_places, place_before, split_place
from corpus_tools.text import SENTENCE_END_RE, normalize_text

__all__ = ["INVESTMENT_COLUMNS", "Investment", "parse_amount", "find_investments",
           "project_investments"]

#: Columns of :func:`project_investments`.
INVESTMENT_COLUMNS = ["issue_id", "article_id", "project", "place", "firm", "amount", "unit", "amount_yuan",
                      "qualifier", "amount_text", "link", "sentence", "printed"]
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_DIGIT = "零〇一二两三四五六七八九"
# One way only to read a numeral run: possessive quantifiers inside an atomic group, and no
# start inside a run (the look-behind), so a long digit run (a statistics table that layout
# joined into one line) costs linear time instead of exponential backtracking.
_NUMBER_CHARS = rf"\d,{_CN_DIGIT}点十百千万亿"
_NUMBER = (rf"(?<![{_NUMBER_CHARS}])"
           rf"(?>(?:\d[\d,]*+(?:\.\d++)?|[{_CN_DIGIT}](?:点[{_CN_DIGIT}]++)?|[十百千万亿])++)")
# investment words right before the amount (the trigger), with hedges such as 近/约/超
_TRIGGER = (r"(?:(?:计划|预计|拟)总|总|计划|累计|预计|完成|共|共计|概算|拟|新增|争取)?(?:投资|投入)(?:总额|额)?"
            r"(?:了|共|总计|合计|为|达到|达)?")
_HEDGE_BEFORE = r"(?:近|约|超过|超|逾|上|达到|达|将近|接近|不足|不到)?"
_AMOUNT_RE = re.compile(
    rf"(?P<trigger>{_TRIGGER})?(?P<hedge>{_HEDGE_BEFORE})"
    rf"(?P<number>{_NUMBER})?(?P<after>余|多)?(?P<unit>亿|万|千万|百万)?(?P<after2>余|多)?元")
_TOKEN_RE = re.compile(rf"\d[\d,]*+(?:\.\d++)?|[{_CN_DIGIT}](?:点[{_CN_DIGIT}]++)?|[十百千万亿]")
# values that are not investment when no investment word precedes the amount (产值5亿元的企业)
_NOT_INVESTMENT_RE = re.compile(r"产值|营收|收入|销售|利润|税收|收益|增收|产出|资产|规模|营业额|贷款|补助|奖励")
# sentences as extract_entities' ``sentence`` column cuts them
_SENTENCE_RE = re.compile(f"[^{SENTENCE_END_RE.pattern[1:-1]}]+")
_PROJECT_COUNT_RE = re.compile(r"项目\s*+(?:\d++|[一二两三四五六七八九十]++)\s*+个|"
                               r"(?<![\d一二两三四五六七八九十])(?:\d++|[一二两三四五六七八九十]++)\s*+个"
                               r"[^，,。；;、]{0,8}项目")


def _digit_value(token: str) -> float:
    """One numeral token: ``3.5``, ``1,680``, ``三``, ``三点五``."""
    if token[0].isdigit():
        return float(token.replace(",", ""))
    if "点" in token:
        whole, frac = token.split("点", 1)
        return _DIGITS[whole] + float("0." + "".join(str(_DIGITS[c]) for c in frac))
    return float(_DIGITS[token])


def parse_amount(text: str) -> float:
    """The value in yuan of a printed amount of money.

    Reads Arabic and Chinese numerals and their mixtures, with 十/百/千 inside a
    section and 万/亿 as multipliers; hedges (近, 约, 余, 多) and the final 元 are
    ignored, and a bare multiplier counts as one (近亿元 = 1亿元).

    Parameters
    ----------
    text : str
        An amount such as ``"3亿元"``, ``"1680万元"``, ``"三千万元"``, ``"一亿二千万元"``,
        ``"3亿5000万元"``, ``"728万余元"``, ``"1,200万元"``, ``"近亿元"``.

    Returns
    -------
    float
        The amount in yuan.

    Raises
    ------
    ValueError
        When *text* holds no numeral or multiplier, or characters that are not part of an
        amount.

    Examples
    --------
    >>> parse_amount("1680万元")
    16800000.0
    >>> parse_amount("三千万元")
    30000000.0
    >>> parse_amount("一亿二千万元")
    120000000.0
    >>> parse_amount("近亿元")
    100000000.0
    """
    check_type("text", text, str, "a str")
    core = re.sub(r"^(?:近|约|超过|超|逾|上|将近|接近|不足|不到)|(?:余|多)|元$|\s", "",
                  normalize_text(text))
    tokens = _TOKEN_RE.findall(core)
    if not tokens or "".join(tokens) != core:
        raise ValueError(f"text = {text!r} is not an amount of money; expected numerals with "
                         "十/百/千/万/亿 and an optional 元, e.g. '3.5亿元' or '三千万元'")
    total = section = number = 0.0
    for tok in tokens:
        if tok in _SMALL_UNITS:
            section += (number or 1.0) * _SMALL_UNITS[tok]
            number = 0.0
        elif tok == "万":
            total += (section + number or 1.0) * 1e4
            section = number = 0.0
        elif tok == "亿":
            total = (total + section + number or 1.0) * 1e8
            section = number = 0.0
        else:
            number = _digit_value(tok)
    value = total + section + number
    if not math.isfinite(value):
        raise ValueError(f"text = {text[:40]!r}{'…' if len(text) > 40 else ''} is too large to be an "
                         "amount of money (it overflows a float)")
    return value


def _unit_of(printed: str) -> tuple[str, float]:
    if "亿" in printed:
        return "亿元", 1e8
    if "万" in printed:
        return "万元", 1e4
    return "元", 1.0


@dataclass(frozen=True)
class Investment:
    """An amount of money found in a text, and the project it is linked to.

    Attributes
    ----------
    project : str or None
        The linked project's name, or None.
    amount : float
        The amount in *unit* (3.0 for 3亿元).
    unit : str
        ``"亿元"``, ``"万元"`` or ``"元"``: the largest multiplier printed.
    amount_yuan : float
        The amount in yuan.
    qualifier : str
        Hedges printed with the amount (近, 约, 超, 余, 多 …), ``""`` when exact.
    amount_text : str
        The amount as printed, with its investment word (``总投资3亿元``).
    start, end : int
        Offsets of *amount_text* in the text.
    link : str
        ``"forward"`` (amount before the project), ``"backward"`` (after it), ``"previous"`` (in the
        next sentence, which opens with 项目: 项目总投资…) or ``""``.
    project_start : int or None
        Offset of the linked project in the text.
    """

    project: str | None
    amount: float
    unit: str
    amount_yuan: float
    qualifier: str
    amount_text: str
    start: int
    end: int
    link: str = ""
    project_start: int | None = None


def _amounts(text: str) -> list[tuple[int, int, str, float, str, str, bool]]:
    """(start, end, printed, yuan, unit, qualifier, has an investment word) of investment amounts.

    An amount without an investment word counts only when it qualifies a noun (3亿元的…) and
    is not a value such as 产值 or 收入; :func:`find_investments` keeps it only when it links
    forward to a project."""
    out = []
    for m in _AMOUNT_RE.finditer(text):
        number = (m.group("number") or "") + (m.group("unit") or "")
        if not number or (not re.search(rf"[\d{_CN_DIGIT}十百千]", number) and not m.group("hedge")):
            continue                      # a bare 亿元 / 万元 is a unit name, not an amount
        triggered = bool(m.group("trigger"))
        if not triggered and (text[m.end():m.end() + 1] != "的"
                              or _NOT_INVESTMENT_RE.search(text[max(0, m.start() - 4):m.start()])):
            continue                      # 下拨29.91万元党费, 产值5亿元的: money, not an investment
        money = text[m.start("hedge"):m.end()]
        try:
            yuan = parse_amount(money)
        except ValueError:
            continue
        unit, _ = _unit_of(money)
        qualifier = "".join(g for g in (m.group("hedge"), m.group("after"), m.group("after2")) if g)
        out.append((m.start(), m.end(), m.group(0), yuan, unit, qualifier, triggered))
    return out


def _check_projects(projects: Sequence[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    out = []
    for i, p in enumerate(projects):
        if not (isinstance(p, tuple) and len(p) == 3 and isinstance(p[0], int) and isinstance(p[1], int)):
            raise ValueError(f"projects[{i}] = {p!r} is invalid; each project must be a tuple "
                             "(start, end, name) of character offsets into text")
        if not 0 <= p[0] < p[1] <= len(text):
            raise ValueError(f"projects[{i}] = {p!r} lies outside text (length {len(text)})")
        out.append(p)
    return sorted(out)


#: the word after a count of projects that opens its members one by one (项目3个，总投资13.25亿元，其中A项目总投资
#: 8000万元): an amount after it is a member's, not the group's. Not 包括, which lists the members before
#: the group's total (项目7个，包括A和B项目，总投资1680万元)
_GROUP_PART_RE = re.compile(r"其中")
#: what opens a sentence whose amount is the project's of the sentence before (rule 3): the bare project word,
#: and at most a clause that names its investor (该项目由X有限公司投资建设，总投资1.2亿元)
_SUBJECT_CLAUSE_RE = re.compile(SUBJECT_RE.pattern + r"(?:由[^，,。；;]{2,40}?(?:投资|出资)?(?:建设|兴建|实施|承建)[，,]?)?")
#: what may stand between a project and the amount printed right after it (A项目总投资…, A项目，投资…): the
#: amount is that project's before any forward link (rule 0 of the module docstring)
_ADJACENT_RE = re.compile(r"\s*[，,]?\s*")
#: an amount that qualifies the noun after it (总投资3亿元的A项目, 12亿元建设的A项目) is that noun's, even after
#: a count of projects (实施重点项目14个，推动总投资3亿元的A项目年底建成)
_QUALIFIES_RE = re.compile(r"(?:建设|兴建|打造|实施)?的")
#: what may follow a project's head word inside a PROJECT span but is the investment word of the amount
#: that follows (金辉现代农业示范园项目|计划投资4500万元): the span is cut back to the head word
_PROJECT_END_RE = re.compile(r"(?:项目|工程)$")


def _group_count(text: str, s0: int, a0: int) -> re.Match[str] | None:
    """The last count of projects (项目3个, 15个项目) between *s0* and the amount at *a0*, unless 其中
    (which opens the group's members) stands between the count and the amount; else None.

    >>> t = "开工项目3个，总投资13.25亿元，其中A镇B项目总投资8000万元。"
    >>> _group_count(t, 0, t.index("总投资13")).group(0), _group_count(t, 0, t.index("总投资8000"))
    ('项目3个', None)
    """
    last = None
    for m in _PROJECT_COUNT_RE.finditer(text, s0, a0):
        last = m
    if last is None or _GROUP_PART_RE.search(text, last.end(), a0):
        return None
    return last


def trim_projects(projects: Sequence[tuple[int, int, str]], text: str,
                  amount_starts: Sequence[int]) -> list[tuple[int, int, str]]:
    """*projects* with each span that runs into an investment amount cut back to its head word.

    A tagger that reads 计划 (plan) as a name's head gives 金辉现代农业示范园项目计划 for
    金辉现代农业示范园项目|计划投资4500万元; the amount's investment word cannot be part of the
    project's name, so the project ends where the amount starts, when the rest still ends in 项目
    or 工程 (else the span is kept as it is).

    Parameters
    ----------
    projects : sequence of (start, end, name)
        Projects as character offsets into *text*, sorted.
    text : str
        The text.
    amount_starts : sequence of int
        Where the investment amounts of *text* start (with their investment word).

    Returns
    -------
    list of (start, end, name)

    Examples
    --------
    >>> t = "位于杨桥镇的金辉现代农业示范园项目计划投资4500万元。"
    >>> trim_projects([(6, 19, "金辉现代农业示范园项目计划")], t, [17])
    [(6, 17, '金辉现代农业示范园项目')]
    """
    starts = sorted(amount_starts)
    out = []
    for p0, p1, name in projects:
        cut = next((a for a in starts if p0 < a < p1), None)
        if cut is not None:
            extra = text[cut:p1]
            kept = name[: -len(extra)] if name.endswith(extra) else text[p0:cut]
            if _PROJECT_END_RE.search(kept) and len(kept) >= 3:
                p1, name = cut, kept
        out.append((p0, p1, name))
    return out


def find_investments(text: str, *, projects: Sequence[tuple[int, int, str]] | None = None,
                     county_code: str | None = None) -> list[Investment]:
    """Investment amounts in *text*, each linked to the project it is about where possible.

    Parameters
    ----------
    text : str
        Any text, e.g. :attr:`Article.text`.
    projects : sequence of (start, end, name), optional
        The projects of *text* as character offsets. Default: the PROJECT entities that
        :func:`~corpus_tools.entities.find_entities` finds (rules only, no model).
    county_code : str, optional
        Passed to :func:`~corpus_tools.entities.find_entities` when *projects* is None.

    Returns
    -------
    list of Investment
        In text order; the linking rules are in the module docstring.

    Examples
    --------
    >>> text = "投资13.9亿元，启动了古城基础设施提升改造项目。"
    >>> inv = find_investments(text, projects=[(12, 24, "古城基础设施提升改造项目")])
    >>> [(i.project, i.amount, i.unit, i.link) for i in inv]
    [('古城基础设施提升改造项目', 13.9, '亿元', 'forward')]
    """
    check_type("text", text, str, "a str")
    if projects is None:
        from corpus_tools.entities import find_entities

        projects = [(e.start, e.end, e.norm) for e in
                    find_entities(text, county_code=county_code, labels=["PROJECT"], model=False)]
    sentences = [(m.start(), m.end(), [(a + m.start(), b + m.start(), *rest)
                                         for a, b, *rest in _amounts(m.group(0))])
                 for m in _SENTENCE_RE.finditer(text)]
    projs = trim_projects(_check_projects(projects, text), text,
                          [a[0] for _s0, _s1, amounts in sentences for a in amounts])
    out: list[Investment] = []
    prev_ps: list[tuple[int, int, str]] = []
    for s0, s1, amounts in sentences:
        ps = [p for p in projs if p[0] >= s0 and p[1] <= s1]
        before_sent, prev_ps = prev_ps, ps or ([] if SUBJECT_RE.match(text, s0) is None else prev_ps)
        if not amounts:
            continue
        links: dict[int, tuple[tuple[int, int, str], str]] = {}
        claimed: set[int] = set()
        for k, (a0, a1, *_rest) in enumerate(amounts):
            own = [p for p in ps if p[1] <= a0 and _ADJACENT_RE.fullmatch(text, p[1], a0)]
            if own and not _group_count(text, s0, a0) and not _QUALIFIES_RE.match(text, a1):
                links[k] = (own[-1], "backward")   # A项目计划投资6000万元，B项目…: A's, not B's
                claimed.add(own[-1][0])
        for k, (a0, a1, *_rest) in enumerate(amounts):
            if k in links or (_group_count(text, s0, a0) and not _QUALIFIES_RE.match(text, a1)):
                continue                  # 项目3个，总投资13.25亿元，其中A项目…: the group's total, not A's
            nxt = amounts[k + 1][0] if k + 1 < len(amounts) else s1
            after = [p for p in ps if a1 <= p[0] < nxt and p[0] not in claimed
                     and not _PROJECT_COUNT_RE.search(text[a1:p[0]])]
            if after:
                links[k] = (after[0], "forward")
                claimed.add(after[0][0])
        for k, (a0, a1, *_rest) in enumerate(amounts):
            if k in links:
                continue
            prev = amounts[k - 1][1] if k > 0 else s0
            before = [p for p in ps if prev <= p[0] and p[1] <= a0 and p[0] not in claimed]
            counted = _group_count(text, s0, a0)
            if counted:
                # a total for a counted group: only the project printed right before the count
                before = [p for p in before if _PROJECT_COUNT_RE.match(text[p[1] - 2:a0])
                          or re.match(r"\s*(?:\d+|[一二两三四五六七八九十]+)\s*个", text[p[1]:a0])]
            if before:
                links[k] = (before[-1], "backward")
                claimed.add(before[-1][0])
            elif not ps and before_sent and k == 0 and _SUBJECT_CLAUSE_RE.fullmatch(text[s0:a0].strip()):
                # 项目总投资4831万元: the bare 项目 that opens the sentence is the project just named
                links[k] = (before_sent[-1], "previous")
        for k, (a0, a1, printed, yuan, unit, qualifier, triggered) in enumerate(amounts):
            proj, how = links.get(k, (None, ""))
            if not triggered and how != "forward":
                continue
            scale = _unit_of(unit)[1]
            out.append(Investment(project=proj[2] if proj else None, amount=round(yuan / scale, 6),
                                  unit=unit, amount_yuan=yuan, qualifier=qualifier,
                                  amount_text=printed, start=a0, end=a1, link=how,
                                  project_start=proj[0] if proj else None))
    return out


def _sentence_of(text: str, pos: int) -> str:
    for m in _SENTENCE_RE.finditer(text):
        if m.start() <= pos < m.end():
            return m.group(0).strip()
    return ""


def _projects_and_places(text: str, projects: list[tuple[int, int, str]], places: list[tuple[int, int, str]],
                         county_code: Any) -> tuple[list[tuple[int, int, str]], dict[int, str | None]]:
    """The projects of one article, each name without a place of the county at its front, and the place of
    each (project start -> place; see :mod:`corpus_tools.project_places`)."""
    ends = {e: name for _s, e, name in places}
    named: list[tuple[int, int, str]] = []
    where: dict[int, str | None] = {}
    for s, e, name in sorted(projects):
        where[s] = place_before(text, s, ends)
        inside, rest = split_place(name, county_code)
        if inside is not None:
            name, where[s] = rest, where[s] or inside
        named.append((s, e, name))
    for s, place in cued_places(text, named, places).items():
        where[s] = where[s] or place
    for s, place in subject_places(text, [p for p in named if not where[p[0]]], places).items():
        where[s] = place  # (李畋镇实施了…工程: the sentence's subject)
    return named, where


def project_investments(corpus: Any, *, entities: pd.DataFrame | None = None,
                        include_unlinked: bool = False) -> pd.DataFrame:
    """The projects of a corpus with the investment the text gives for them.

    Parameters
    ----------
    corpus : Corpus
        From :func:`~corpus_tools.loaders.load_seeds` or :func:`~corpus_tools.loaders.read_corpus`.
    entities : DataFrame, optional
        A table from :func:`~corpus_tools.entities.extract_entities` (its PROJECT rows of part
        ``"text"``, and the place rows for ``place``), to save extracting the entities again.
    include_unlinked : bool, default False
        Also return investment amounts that no project could be linked to, with
        ``project=None`` (programme totals, unnamed works).

    Returns
    -------
    DataFrame
        One row per project, place and article (a project mentioned twice in an article with no
        amount is one row; each linked amount is its own row), in text order, with
        columns :data:`INVESTMENT_COLUMNS`: ``issue_id``, ``article_id``, ``project`` (the
        entity's ``norm``, without a place of the issue's county at its front and cut back to its
        head word where it ran into the amount: 项目|计划投资), ``place`` (where the project is built:
        the township, village, community or county written right before it, at most a year or an
        investment between, as in 宝力镇2021年高标准农田建设项目, which keeps eight townships'
        projects of one name apart; else the one tied to it by 位于X的 / 落户X / 选址X in its clause;
        None when none is, see :mod:`corpus_tools.project_places`), ``firm`` (the investor named with it, see
        :mod:`corpus_tools.project_firms`), ``amount`` and ``unit`` (3.0 and ``"亿元"``; NaN and ``None``
        when the text gives no amount), ``amount_yuan``, ``qualifier`` (近, 约, 余 …),
        ``amount_text`` (``总投资3亿元``), ``link`` (``forward``/``backward``/``previous``), the
        ``sentence`` and ``printed``: the project's name as the entity reads it, with the place at
        its front (天红村饮水安全工程 where ``project`` is 饮水安全工程), None for an amount of no project.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> pages = pd.DataFrame({"issue_id": ["p1"], "county_code": ["140728"],
    ...     "text": ["风电建设提速\\n推动总投资3亿元的南山二期风力发电项目年底建成，"
    ...              "总投资3.3亿元的生活垃圾焚烧发电项目主体完工。"]})
    >>> df = project_investments(read_corpus(pages))
    >>> df[["project", "amount", "unit", "amount_yuan"]].values.tolist()
    [['南山二期风力发电项目', 3.0, '亿元', 300000000.0], ['生活垃圾焚烧发电项目', 3.3, '亿元', 330000000.0]]
    """
    check_bool("include_unlinked", include_unlinked)
    check_corpus(corpus)
    if entities is None:
        from corpus_tools.entities import extract_entities

        entities = extract_entities(corpus, labels=["PROJECT", "ORG", *PLACE_LABELS])
    need = {"article_id", "part", "label", "start", "end", "norm", "text"}
    if not isinstance(entities, pd.DataFrame) or not need <= set(entities.columns):
        raise InvalidArgumentError(f"entities must be a DataFrame from extract_entities() with columns "
                                   f"{sorted(need)}, got {type(entities).__name__}")
    ents = entities[(entities["label"] == "PROJECT") & (entities["part"] == "text")]
    by_article: dict[str, list[tuple[int, int, str]]] = {}
    for aid, s, e, norm in zip(ents["article_id"], ents["start"], ents["end"], ents["norm"]):
        by_article.setdefault(aid, []).append((int(s), int(e), str(norm)))
    places = entities[entities["label"].isin(PLACE_LABELS) & (entities["part"] == "text")]
    place_spans: dict[str, list[tuple[int, int, str]]] = {}
    for aid, s, e, name in zip(places["article_id"], places["start"], places["end"], places["text"]):
        place_spans.setdefault(aid, []).append((int(s), int(e), str(name)))
    orgs = entities[(entities["label"] == "ORG") & (entities["part"] == "text")]
    firm_spans: dict[str, list[tuple[int, int, str]]] = {}
    for aid, s, e, name in zip(orgs["article_id"], orgs["start"], orgs["end"], orgs["norm"].fillna(orgs["text"])):
        if FIRM_RE.search(str(name)):
            firm_spans.setdefault(aid, []).append((int(s), int(e), str(name)))
    from corpus_tools.county_tables import article_counties

    counties = article_counties(corpus.articles, corpus.issues)  # as extract_entities reads them
    rows: list[dict[str, Any]] = []
    for art in corpus.articles:
        text = art.text
        projs, where = _projects_and_places(text, by_article.get(art.id, []), sorted(place_spans.get(art.id, [])),
                                            counties.get((art.issue_id, art.id)))
        ends = {p[0]: p[1] for p in projs}
        firms = firm_spans.get(art.id, [])
        invs = find_investments(text, projects=projs)
        linked = {i.project_start for i in invs if i.project_start is not None}
        events: list[tuple[int, dict[str, Any]]] = []
        for i in invs:
            if i.project is None and not include_unlinked:
                continue
            pos = i.project_start if i.project_start is not None else i.start
            firm = (None if i.project_start is None
                    else firm_near(text, pos, ends[pos], firms, amount_at=i.start, projects=projs))
            events.append((pos, {"project": i.project, "place": where.get(i.project_start), "firm": firm,
                                 "amount": i.amount, "unit": i.unit,
                                 "amount_yuan": i.amount_yuan, "qualifier": i.qualifier,
                                 "amount_text": i.amount_text, "link": i.link,
                                 "sentence": _sentence_of(text, i.start)}))
        seen = {(r["project"], r["place"]) for _, r in events}
        for s, e, name in projs:
            if s in linked or (name, where.get(s)) in seen:
                continue
            seen.add((name, where.get(s)))
            firm = firm_near(text, s, e, firms, projects=projs)
            events.append((s, {"project": name, "place": where.get(s), "firm": firm,
                               "amount": float("nan"), "unit": None,
                               "amount_yuan": float("nan"), "qualifier": "", "amount_text": "",
                               "link": "", "sentence": _sentence_of(text, s)}))
        printed = {s: name for s, _e, name in by_article.get(art.id, [])}
        for pos, r in sorted(events, key=lambda t: t[0]):
            r["printed"] = printed.get(pos) if r["project"] is not None else None  # 天红村饮水安全工程
            rows.append({"issue_id": art.issue_id, "article_id": art.id, **r})
    return pd.DataFrame(rows, columns=INVESTMENT_COLUMNS).astype(
        {"amount": float, "amount_yuan": float})
