"""Names a page prints outside its articles: the paper's name on every banner and page line, the party committee
that runs it, the staff line at the page's foot, and photo credits the layout kept out of an article's byline.

County papers print the same furniture wherever the layout puts it: the masthead (扎赉特报) and again on the
date line (扎赉特报　2014年7月15日), or on a page line after the page number with the date glued to it (第3版　综合
巫溪报2025年7月4日), after the date (2024年10月18日　星期五　弥渡新闻　第4版), at the page's foot (泾源新闻2024年7月26日
…), spaced out (民 勤 报); the committee whose organ it is (中共扎赉特旗委机关报, 中共安福县委主办); the page's
staff (责任编辑：乌云　　校对：揭红, 编辑　蒋　萍　校对　周小林) at its top or foot; a photographer's credit on a line
of its own (阿拉坦　摄, 摄影：韩东哲). GUIDE.md counts every printed mention, so each line gives its own row.

A line is read as printed on the page (``raw[start:end]``: the layout's cleaned text may have joined a padded
name to the next role, 李娜版式周杰). A staff line (:func:`~corpus_tools.layout.patterns.is_staff_line`) holds
only roles and names, so every two- to four-character slot after a role is a name; elsewhere a name must pass
the credit tests of :func:`~corpus_tools._entity_rules.person_staff.staff_credit_names`.
"""

from __future__ import annotations

import re
from typing import Any

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.paper_names import ISSUE_DATE_RE, page_line_field, paper_name_end
from corpus_tools._entity_rules.person_roles import credit_names_in, is_role
from corpus_tools._entity_rules.person_staff import credited_name, role_slots, staff_credit_names
from corpus_tools.layout.patterns import is_folio_line, is_staff_line
from corpus_tools.text import strip_spaces

__all__ = ["furniture_rows", "organ_committee", "own_masthead_span", "paper_name_span", "photo_line_names",
           "publisher_span", "staff_names"]

_PAD = " \u3000"
#: a page number glued before the paper's name on a page line (2贵德报2018年6月12日)
_LEAD_RE = re.compile(r"^(?:第?[0-9０-９A-H]{1,3}版?)[ \u3000]*")
#: the committee whose organ the paper is: 中共扎赉特旗委机关报, 中共安福县委主办, 中共桓仁满族自治县委主管主办
_ORGAN_RE = re.compile(r"中共([\u4e00-\u9fff]{2,12}?)(?:县|旗|市|区|州)?委(?:员会)?(?=机关报|主管|主办)")
#: an edition note after the masthead (察布查尔报（汉文版）, 墨玉报（维文版）)
_EDITION_RE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}版[)）]")
#: the media centre that publishes the paper, on a banner line (五峰土家族自治县融媒体中心主办, 宝坻区融媒体中心出版)
_PUBLISHER_RE = re.compile(r"(?:^|(?<=[ \u3000]))([\u4e00-\u9fff]{2,12}?(?:县|旗|市|区|州))(?:融媒体中心|新闻中心|广播电视台)"
                           r"(?=[ \u3000]*(?:主办|出版|主管|编辑出版))")
#: a masthead that fills the page's first line under a name of its own (畲乡报, 三江侗乡报, 江孜融媒): a short name
#: and a media word, an edition note perhaps after it
_OWN_MASTHEAD_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:日报|报|融媒|新闻)")
#: a photographer's credit filling its line: 阿拉坦　摄, （邢　铁　摄）, 摄影：韩东哲, 图/杨　帆
_PHOTO_LINE_RE = re.compile(r"^[（(]?(?:(?:摄影|图)[：:/／][ \u3000]*(?P<a>.+?)"
                            r"|(?:(?:本报)?(?:记者|通讯员)[ \u3000]*)?(?P<b>.+?)[ \u3000]*[/／]?[ \u3000]*摄(?:影)?)[)）]?$")
#: a dotted name (艾尔肯·吾斯曼) in a credit
_DOTTED_RE = re.compile(r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}")
#: a two-character name padded with one space, ending its field (海　燕)
_PADDED_RE = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![^ \u3000])")
#: media words of a county paper's name, longest first
_MEDIA = tuple(sorted(("报", "日报", "新闻", "晚报", "时报", "商报", "融媒"), key=len, reverse=True))


def paper_name_span(line: str) -> "tuple[int, int] | None":
    """Span of the paper's name in a banner or page *line*: a county's (or city's, province's) name or short form
    and a media word opening the line (after marks and a page number), with the line's end, a space or an issue
    date after it, or filling a space-separated field of a date or page line; spaced-out mastheads (民 勤 报) count.

    Examples
    --------
    >>> line = "第3版　综合　巫溪报2025年7月4日　星期五"
    >>> s, e = paper_name_span(line); line[s:e]
    '巫溪报'
    >>> line = "2024年10月18日　星期五　弥渡新闻　第4版"
    >>> s, e = paper_name_span(line); line[s:e]
    '弥渡新闻'
    >>> line = "民 勤 报"
    >>> s, e = paper_name_span(line); line[s:e]
    '民 勤 报'
    >>> paper_name_span("综合新闻"), paper_name_span("县新闻中心供图")
    (None, None)
    """
    line = line.rstrip()
    if re.fullmatch(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){2,5}", line.strip()):
        flat = strip_spaces(line)  # 民 勤 报: a masthead spaced out
        return (line.index(line.strip()), len(line)) if _name_end(flat, 0) == len(flat) else None
    s = len(line) - len(line.lstrip(_PAD + "■●◆▲★·•"))
    lead = _LEAD_RE.match(line, s)
    for start in ([lead.end()] if lead else []) + [s]:
        e = _name_end(line, start)
        if e and (e == len(line) or line[e] in _PAD or ISSUE_DATE_RE.match(line, e)
                  or _EDITION_RE.fullmatch(line[e:].rstrip(_PAD))):
            return start, e
    return page_line_field(line, _MEDIA)  # a field of a date or page line: 2024年10月18日　星期五　弥渡新闻　第4版


def _name_end(line: str, s: int) -> int:
    return paper_name_end(line, s, _MEDIA)


def organ_committee(line: str) -> "tuple[int, int] | None":
    """Span of the party committee a banner *line* names as the paper's owner (中共扎赉特旗委机关报 → 中共扎赉特旗委).

    Examples
    --------
    >>> line = "中共安福县委主办　国内统一刊号CN36—0071"
    >>> s, e = organ_committee(line); line[s:e]
    '中共安福县委'
    >>> line = "中共琼中黎族苗族自治县委员会主办"
    >>> s, e = organ_committee(line); line[s:e]
    '中共琼中黎族苗族自治县委员会'
    >>> organ_committee("中共党员先锋岗") is None
    True
    """
    m = _ORGAN_RE.search(line)
    if not m:
        return None
    place = m.group(1)
    upper = gz.upper_names()
    owner = strip_spaces(line[m.start(1):m.end()]).removesuffix("员会")[:-1]
    if place in upper or owner in upper:
        return m.start(), m.end()
    return None


def publisher_span(line: str) -> "tuple[int, int] | None":
    """Span of the media centre a banner *line* names as the paper's publisher (宝坻区融媒体中心出版 → 宝坻区融媒体中心).

    Examples
    --------
    >>> line = "中共宝坻区委主办　宝坻区融媒体中心出版"
    >>> s, e = publisher_span(line); line[s:e]
    '宝坻区融媒体中心'
    >>> publisher_span("县融媒体中心举办培训") is None
    True
    """
    for m in _PUBLISHER_RE.finditer(line):
        place = m.group(1)
        if place in gz.upper_names() or place[:-1] in gz.upper_names():
            return m.start(), m.end()
    return None


def own_masthead_span(line: str) -> "tuple[int, int] | None":
    """Span of the paper's name when *line*, the page's first, is only a short name and a media word (an edition
    note perhaps after it): a masthead under a name of its own, not a place's (畲乡报, 三江侗乡报, 江孜融媒).

    Examples
    --------
    >>> own_masthead_span("畲乡报"), own_masthead_span("墨玉报（汉文版）")
    ((0, 3), (0, 3))
    >>> own_masthead_span("县委召开常委会议") is None
    True
    """
    flat = line.strip(_PAD + "■●◆▲★·•")
    e = flat.find("（") if "（" in flat else flat.find("(") if "(" in flat else len(flat)
    if not _OWN_MASTHEAD_RE.fullmatch(flat[:e]) or (e < len(flat) and not _EDITION_RE.fullmatch(flat[e:])):
        return None
    s = line.index(flat)
    return s, s + e


def staff_names(line: str) -> "list[tuple[int, int, str]]":
    """``(start, end, name)`` of the people a page's staff *line* credits. On a line that holds only roles and
    names (:func:`~corpus_tools.layout.patterns.is_staff_line`) every slot after a role is a name, a word
    (乌云) or a dotted name (艾尔肯·吾斯曼) too; other lines go through the credit tests.

    Examples
    --------
    >>> [n for *_, n in staff_names("责任编辑：乌云　　校对：揭红")]
    ['乌云', '揭红']
    >>> [n for *_, n in staff_names("责任编辑：艾尔肯·吾斯曼")]
    ['艾尔肯·吾斯曼']
    >>> staff_names("编辑部召开会议")
    []
    >>> [n for *_, n in staff_names("泾源新闻2024年7月26日　第1版　要闻　值班主任：海　燕")]
    ['海燕']
    """
    found = staff_credit_names(line)
    if not is_staff_line(_DOTTED_RE.sub("某某", line)):
        # on a date or page line, a name padded after a role (值班主任：海　燕) is printed as a name
        seen = {(s, e) for s, e, _ in found}
        for at, _ in role_slots(line):
            p = _PADDED_RE.match(line, at)
            if p and (p.start(), p.end()) not in seen and not is_role(strip_spaces(p.group())):
                found.append((p.start(), p.end(), strip_spaces(p.group())))
        return sorted(found)
    seen = {(s, e) for s, e, _ in found}
    for at, part in role_slots(line):
        dotted = [(at + d.start(), at + d.end(), d.group()) for d in _DOTTED_RE.finditer(part)]
        for s, e, n in dotted + ([] if dotted else credit_names_in(part, at)):
            if (s, e) not in seen and not is_role(n) and not any(s < b and a < e for a, b in seen):
                found.append((s, e, n))
                seen.add((s, e))
    return sorted(found)


def photo_line_names(line: str) -> "list[tuple[int, int, str]]":
    """``(start, end, name)`` of the photographers a line that is only a photo credit names.

    Examples
    --------
    >>> [n for *_, n in photo_line_names("阿拉坦　摄")], [n for *_, n in photo_line_names("邢　铁　摄")]
    (['阿拉坦'], ['邢铁'])
    >>> [n for *_, n in photo_line_names("摄影：韩东哲")]
    ['韩东哲']
    >>> photo_line_names("无人机　摄"), photo_line_names("▲村民在采茶。")
    ([], [])
    """
    m = _PHOTO_LINE_RE.match(line.strip())
    if not m:
        return []
    g = "a" if m.group("a") is not None else "b"
    off = line.index(line.strip()) + m.start(g)
    return [(s, e, n) for s, e, n in credit_names_in(m.group(g), off) if credited_name(n, framed=True)]


def _folio(line: str) -> bool:
    """A date or page line, perhaps opened by the paper's name (泾源新闻2024年7月26日　星期五　第1版)."""
    if is_folio_line(line):
        return True
    span = paper_name_span(line)
    return span is not None and span[0] <= 2 and is_folio_line(line[span[1]:])


def _printed(raw: str, block) -> str:
    """The block's line as printed (padding kept), when it is one line of *raw*; else its cleaned text."""
    text = raw[block.start:block.end] if raw and 0 <= block.start < block.end <= len(raw) else ""
    if not text or "\n" in text.strip() or strip_spaces(text) != strip_spaces(block.text):
        return block.text
    return text.strip("\n")


def furniture_rows(issue: Any, labels: "frozenset[str] | set[str] | None" = None) -> "list[tuple]":
    """Entity rows (the 10 fields of :func:`~corpus_tools._entity_rules.mastheads.masthead_rows`) of the
    furniture of one *issue*: part ``masthead`` for the lines outside articles (filed under its first article),
    part ``byline`` for photo credits of an article's byline lines that its byline lacks.

    Read: the page's top banner lines (before its first article block) and every date, page or staff line
    outside an article, for the paper's name and its organ's committee (ORG) and the staff (PERSON); any line
    outside an article that is only a photo credit; an article's byline lines that are only a photo credit
    and name someone more often than its byline pairs do (the layout keeps one byline line per article).
    """
    arts, blocks = getattr(issue, "articles", None), getattr(issue, "blocks", None)
    if not arts or not blocks:
        return []
    raw = getattr(issue, "raw", "") or ""
    want_org = labels is None or "ORG" in labels
    want_person = labels is None or "PERSON" in labels
    first = arts[0].id
    rows: list[tuple] = []
    top = True
    first_line = True
    bylines = [b for b in blocks if b.kind == "byline" and b.article is not None and b.article < len(arts)]
    for b in bylines if want_person else []:
        art = arts[b.article]
        line = _printed(raw, b)
        for s, e, n in photo_line_names(line):
            # a name the article's byline pairs hold fewer times than its byline lines print it (记者 慕晶 … 慕晶 摄)
            printed = sum(n in strip_spaces(x.text) for x in bylines if x.article == b.article)
            held = sum(strip_spaces(name) == n for _, name in (getattr(art, "byline", None) or []))
            held += sum(r[8] == n for r in rows if r[1] == art.id)
            if printed > held:
                rows.append((issue.id, art.id, "byline", line[s:e], "PERSON", s, e, line, n, None))
    for b in blocks:
        if b.article is not None:
            top = False
        if b.article is not None or b.kind not in ("banner", "credit"):
            continue
        line = _printed(raw, b)
        folio = _folio(b.text)
        page_line = top or folio or is_staff_line(_DOTTED_RE.sub("某某", line))
        if want_org and (top or folio):
            spans = [paper_name_span(line)]
            if top:
                spans += [organ_committee(line), publisher_span(line)]
                if spans[0] is None and first_line:
                    spans[0] = own_masthead_span(line)
            for span in spans:
                if span is not None:
                    s, e = span
                    rows.append((issue.id, first, "masthead", line[s:e], "ORG", s, e, line, strip_spaces(line[s:e]), None))
        first_line = False
        if want_person:
            names = staff_names(line) if page_line else []
            names = names or photo_line_names(line)
            rows += [(issue.id, first, "masthead", line[s:e], "PERSON", s, e, line, n, None) for s, e, n in names]
    return rows
