"""Former township and village names: the merger sentences a paper prints, and how a printed place
name was linked to today's divisions.

County papers of the 2000s print townships and villages that 撤乡并镇 and 村庄合并 have since merged or
renamed (治平乡, 郑宅一村). The shipped gazetteer holds today's divisions only, so such a name is either
not linked, or linked to a unit of today that shares its stem (浦阳镇 → 浦阳街道). The place tables
(:mod:`corpus_tools.place_mentions`) keep the printed name and say how it was linked:

* ``exact``: the printed name is the unit's official name;
* ``short``: a gazetteer short form of it (白马 for 白马镇);
* ``stem``: another name sharing its stem (浦阳镇 printed, 浦阳街道 linked by the entity rules);
* ``former-via-merger``: a merger sentence of the corpus names its successor
  (治平乡并入杭坪镇; 撤销治平乡，将其行政区域划归杭坪镇; 郑宅一村、郑宅二村合并为三郑村; X更名为Y);
* ``former``: printed with 原 (原治平乡) and no merger sentence links it;
* ``not-in-gazetteer``: printed in full with its level word (周台子乡, 马岭脚村) and no unit of today of the
  document's county bears that name: a unit merged away or renamed before today's gazetteer, or one it never
  listed (:func:`not_in_gazetteer`);
* ``none``: not linked (the table then gives the county of the document).

A unit renamed with its stem kept (杨井乡 → 杨井镇, 定边镇 → 定边街道) is ``stem`` whether or not a merger
sentence of the corpus names the change, so the same rename links the same way in every corpus (user36b F11).

:func:`merger_links` reads the merger sentences; :func:`link_kind` says how one row was linked.
"""

from __future__ import annotations

import re
from typing import Iterable

from corpus_tools._entity_rules.lexicon import common_words
from corpus_tools._entity_rules.places import former_town_of_subdistrict
from corpus_tools.gazetteer import county_index, division, lookup, short_forms

__all__ = ["LINK_KINDS", "merger_links", "link_kind", "not_in_gazetteer", "strip_former"]

#: The values of the ``link`` column of the place tables.
LINK_KINDS = ("exact", "short", "stem", "former-via-merger", "former", "not-in-gazetteer", "none")

_CJK = r"[\u4e00-\u9fff]"
#: a full unit name: a stem and a level word
_UNIT = rf"{_CJK}{{1,6}}?(?:街道|社区|乡|镇|村)"
#: a list of full names (治平乡、薛下庄乡) or of stems closed by a count and a level word (治平、薛下庄两乡)
_LIST = rf"(?:{_UNIT}(?:[、和及与]{_UNIT})*|{_CJK}{{2,4}}(?:[、和及与]{_CJK}{{2,4}})+[两三四五六七八九十]个?(?:街道|乡镇|乡|镇|村))"
#: where a former name may start: not inside a longer run of characters (近日|治平乡 is not a name)
_START = r"(?:(?<![\u4e00-\u9fff])|(?<=撤销)|(?<=原)|(?<=将)|(?<=把)|(?<=由))"
_MERGE = re.compile(rf"{_START}原?(?P<old>{_LIST})(?:整体|全部)?(?:并入|划归|归并到|合并到|并到|划入)(?P<new>{_LIST})")
_ABOLISH = re.compile(rf"撤销(?P<old>{_LIST})[^。；！？]{{0,30}}?(?:设立|成立|并入|划归|划入)(?P<new>{_LIST})")
_ABOLISHED = re.compile(rf"{_START}原?(?P<old>{_LIST})撤销后[^。；！？]{{0,10}}?(?:设立|成立|并入|划归|划入)(?P<new>{_LIST})")
_RENAME = re.compile(rf"{_START}原?(?P<old>{_LIST})(?:更名为|改名为|改称|合并为|合并成立|合并设立|合并组建)(?P<new>{_LIST})")
#: 原和平乡所在的龙脊镇: the town of today where the former unit was (user31b)
_SEAT = re.compile(rf"原(?P<old>{_UNIT})所在(?:的|地)?(?P<new>{_UNIT})")
#: 和平乡撤乡建镇…拟设立龙脊镇, 撤和平乡建龙脊镇, 和平乡改为和平镇: a township made a town (撤乡建镇, 乡改镇)
_UPGRADE = re.compile(rf"{_START}原?(?P<old>{_UNIT})(?:撤乡建镇|撤乡设镇|乡改镇)[^。；！？]{{0,30}}?"
                      rf"(?:设立|成立|建立|改为|更名为)(?P<new>{_UNIT})")
_ABOLISH_BUILD = re.compile(rf"撤(?![乡镇村并])(?P<old>{_UNIT})(?:建|设|设立)(?P<new>{_UNIT})")
_PATTERNS = (_MERGE, _ABOLISH, _ABOLISHED, _RENAME, _SEAT, _UPGRADE, _ABOLISH_BUILD)
#: a township's head (乐江乡 -> 乐江)
_STEM_HEAD = re.compile(r"(?:街道|乡|镇)$")
_LEVEL_END = re.compile(r"(?:街道|社区|乡|镇|村)$")
_COUNT_TAIL = re.compile(r"[两三四五六七八九十]个?(街道|乡镇|乡|镇|村)$")
#: a list separator: only after a level word (太和镇, 大许村与和丰村)
_SEP = re.compile(r"(?:(?<=街道)|(?<=社区)|(?<=[乡镇村]))[、和及与]")
#: a stem that names no unit: a determiner before a level word or pronoun (该镇所辖…, 其余, 各乡镇), a count
#: (5个), a particle (其所辖的…) or a part (部分, 所辖)
_NOT_NAME = re.compile(r"^[该本其各全此这那每某][乡镇村街社所他余些]|[0-9０-９的个]|部分|所辖")


def _lead(name: str, stem: int) -> str:
    """*name* without the words a sentence opens with (近日|治平乡, 县里|决定|前陈乡): leading words of
    two or more characters are dropped while a stem of two characters or more stays (segmenter's words)."""
    if stem < 3:
        return name
    from corpus_tools.nlp import segment

    words = segment(name)
    while len(words) > 1 and len(words[0]) >= 2 and len("".join(words[1:])) - (len(name) - stem) >= 2:
        words = words[1:]
    return "".join(words)


def _split(found: str) -> list[str]:
    """The items of a matched list: split at 、和与及 only after a level word (太和镇 is one name, 大许村与和丰村
    two); a list of stems closed by a count (治平、薛下庄两乡) at 、 and at a 和与及 that leaves two
    characters or more on each side (太和与黄集两镇)."""
    tail = _COUNT_TAIL.search(found)
    if tail is None:
        return [p for p in _SEP.split(found) if p]
    parts = [p for p in found[:tail.start()].split("、") if p]
    if parts:
        last = parts.pop()
        cut = max((i for i, ch in enumerate(last) if ch in "和与及" and i >= 2 and len(last) - i - 1 >= 2), default=None)
        parts += [last[:cut], last[cut + 1:]] if cut is not None else [last]
    level = tail.group(1)
    return [p + ("乡" if level == "乡镇" else level) for p in parts]


def _names(found: str) -> list[str]:
    """The full names of a matched list: 治平、薛下庄两乡 -> [治平乡, 薛下庄乡]; the first without the
    words the sentence opened with (:func:`_lead`)."""
    parts = _split(found)
    if parts:
        level = _LEVEL_END.search(parts[0])
        parts[0] = _lead(parts[0], len(parts[0]) - (len(level.group()) if level else 0))
    return parts


def _is_name(name: str) -> bool:
    """Whether *name* can be a former unit's name: a stem of two characters or more that is no determiner,
    count or part (该村, 其余村, 5个村, 其所辖的古塘村, 前陈乡部分村).

    Examples
    --------
    >>> [_is_name(n) for n in ("治平乡", "郑宅一村", "该村", "其所辖的古塘村", "前陈乡部分村", "各乡镇")]
    [True, True, False, False, False, False]
    """
    level = _LEVEL_END.search(name)
    stem = name[:level.start()] if level else name
    return len(stem) >= 2 and not _NOT_NAME.search(stem)


def _in_county(name: str, county_code: str) -> bool:
    """Whether a unit of today of *county_code* is officially called *name* (namesakes too)."""
    return any(d.name == name and len(d.code) > 6 for d in lookup(name, within=county_code[:6]))


def strip_former(printed: str, county_code: str | None = None) -> tuple[str, bool]:
    """The printed name without a leading 原 (former), and whether it had one; a unit of today of
    *county_code* whose name opens with 原 (原家庄村 of 稷山县) keeps it.

    Examples
    --------
    >>> strip_former("原治平乡"), strip_former("原平村"), strip_former("原家庄村", "140824")
    (('治平乡', True), ('原平村', False), ('原家庄村', False))
    """
    if county_code and len(county_code) >= 6 and _in_county(printed, county_code):
        return printed, False
    if printed.startswith("原") and len(printed) >= 4 and re.fullmatch(_UNIT, printed[1:]):
        return printed[1:], True
    return printed, False


def _today(name: str, county_code: str) -> str | None:
    """The code of today's unit of *county_code* officially called *name*, else None."""
    hits = [d for d in lookup(name, within=county_code[:6]) if d.name == name and len(d.code) > 6]
    return hits[0].code if len(hits) == 1 else None


def _successor(name: str, rest: str, county_code: str) -> tuple[str | None, str]:
    """The code and official name of the unit of today a merger sentence names as *name*, the sentence
    going on with *rest*: the name itself, the name completed by the level word that follows it (田镇|街道,
    cut short by the list's shortest match), or the one township of the county *name* is a short form of
    (2001年郑公塔镇并入田镇: 田镇 of 田镇街道).

    Examples
    --------
    >>> _successor("田镇", "街道后", "421182"), _successor("田镇", "。", "421182")
    (('421182003', '田镇街道'), ('421182003', '田镇街道'))
    >>> _successor("乐江乡", "。", "450328")   # 乐江镇 today
    ('450328105', '乐江镇')
    """
    code = _today(name, county_code)
    if code:
        return code, name
    for level in ("街道", "社区"):
        code = _today(name + level, county_code) if rest.startswith(level) else None
        if code:
            return code, name + level
    stem = _STEM_HEAD.sub("", name)
    if stem != name and len(stem) >= 2:  # 并入乐江乡 (乐江镇 today): the one township of the county with its stem
        same = [d for d in lookup(stem, within=county_code[:6], level="township")
                if _STEM_HEAD.sub("", d.name) == stem and len(d.code) == 9]
        if len(same) == 1:
            return same[0].code, same[0].name
    common = common_words()
    towns = [c for c in county_index(county_code[:6]).get(name, ())
             if len(c) == 9 and former_town_of_subdistrict(name, division(c).name, common)]
    if len(towns) == 1:
        return towns[0], division(towns[0]).name
    return None, name


def merger_links(texts: Iterable[str], county_code: str) -> dict[str, tuple[str | None, str, str]]:
    """Former names the merger sentences of *texts* link to a unit of today of *county_code*.

    A sentence merges, abolishes or renames a unit (``X并入Y``, ``撤销X…划归/设立Y``, ``X撤销后设立Y``,
    ``X、X合并为Y``, ``X更名为Y``); X is kept when it is a name
    (:func:`_is_name`) that no unit of today in the county bears (namesakes too) and Y is one unit of today.
    A former unit with several successors (浦阳镇撤销后，设立浦阳、浦南、仙华三个街道) is linked to the
    one that shares its stem, else to none (its successors are still named).

    Parameters
    ----------
    texts : iterable of str
        The articles of one county.
    county_code : str
        The county (6 digits or longer).

    Returns
    -------
    dict
        Former name -> ``(code or None, successor names joined by 、, the sentence)``.

    Examples
    --------
    >>> m = merger_links(["撤乡并镇，治平、薛下庄两乡并入杭坪镇和檀溪镇。郑宅一村、郑宅二村合并为三郑村。"], "330726")
    >>> {k: v[:2] for k, v in m.items()}   # doctest: +NORMALIZE_WHITESPACE
    {'治平乡': ('330726107', '杭坪镇'), '薛下庄乡': ('330726106', '檀溪镇'),
     '郑宅一村': ('330726104200', '三郑村'), '郑宅二村': ('330726104200', '三郑村')}
    >>> merger_links(["浦阳镇撤销后，设立浦阳、浦南、仙华三个街道。"], "330726")["浦阳镇"][:2]
    ('330726003', '浦阳街道、浦南街道、仙华街道')
    >>> list(merger_links(["近日治平乡并入杭坪镇。浦江县撤销治平乡，将其行政区域划归杭坪镇管辖。"], "330726"))
    ['治平乡']
    """
    out: dict[str, tuple[str | None, str, str]] = {}
    for text in texts:
        for sentence in re.split(r"(?<=[。；！？\n])", text):
            for pat in _PATTERNS:
                for m in pat.finditer(sentence):
                    olds, news = _names(m.group("old")), _names(m.group("new"))
                    found = [_successor(n, sentence[m.end("new"):] if k == len(news) - 1 else "", county_code)
                             for k, n in enumerate(news)]
                    codes, news = [c for c, _ in found], [n for _, n in found]
                    if not news or None in codes:
                        continue
                    for i, old in enumerate(olds):
                        if old in out or not _is_name(old) or _in_county(old, county_code):
                            continue  # a namesake of a unit of today (two 许庄村) is no former name either
                        if len(news) == len(olds):  # 治平、薛下庄两乡并入杭坪镇和檀溪镇: in order
                            code, succ = codes[i], news[i]
                        elif len(news) == 1:
                            code, succ = codes[0], news[0]
                        else:  # several successors: the one sharing the stem
                            same = [c for n, c in zip(news, codes) if n[:2] == old[:2]]
                            code, succ = (same[0] if len(same) == 1 else None), "、".join(news)
                        out[old] = (code, succ, sentence.strip())
    return out


def link_kind(printed: str, code: str | None, mergers: dict | None = None) -> str:
    """How the printed place name *printed* was linked to *code* (one of :data:`LINK_KINDS`).

    Parameters
    ----------
    printed : str
        The name as printed (原 already stripped: :func:`strip_former`).
    code : str or None
        The code linked (by the entity rules or a merger sentence).
    mergers : dict, optional
        :func:`merger_links` of the corpus.

    Examples
    --------
    >>> link_kind("杭坪镇", "330726107"), link_kind("杭坪", "330726107"), link_kind("浦阳镇", "330726003")
    ('exact', 'short', 'stem')
    >>> link_kind("治平乡", "330726107", {"治平乡": ("330726107", "杭坪镇", "")}), link_kind("马岭脚村", None)
    ('former-via-merger', 'none')
    >>> link_kind("杭坪乡", "330726107", {"杭坪乡": ("330726107", "杭坪镇", "")})   # a rename keeping the stem
    'stem'
    """
    if mergers and printed in mergers and mergers[printed][0] == code:
        return "stem" if code and _same_stem(printed, code) else "former-via-merger"
    if not code:
        return "none"
    try:
        unit = division(code)
    except (KeyError, ValueError):
        return "none"
    if printed == unit.name:
        return "exact"
    if printed in short_forms(unit.name, unit.level):
        return "short"
    return "stem"


def _same_stem(printed: str, code: str) -> bool:
    """Whether *printed* and the unit of *code* share their stem, only the level word changed (杨井乡, 杨井镇)."""
    try:
        name = division(code).name
    except (KeyError, ValueError):
        return False
    stem = _STEM_HEAD.sub("", printed)
    return stem != printed and len(stem) >= 2 and _STEM_HEAD.sub("", name) == stem and name != printed


def not_in_gazetteer(printed: str, county_code: str | None) -> bool:
    """Whether *printed* is a unit's full name (a stem of two characters or more and a level word: 周台子乡, 马岭脚村)
    that no unit of today of *county_code* bears (namesakes too): a row of the place tables without a code is then
    ``not-in-gazetteer`` rather than ``none`` (a short form, or a namesake of two units, not linked).

    Examples
    --------
    >>> not_in_gazetteer("周台子乡", "610825"), not_in_gazetteer("周台子村", "610825"), not_in_gazetteer("周台子", "610825")
    (True, False, False)
    """
    if not county_code or len(county_code) < 6 or not _LEVEL_END.search(printed) or not _is_name(printed):
        return False
    return not _in_county(printed, county_code)
