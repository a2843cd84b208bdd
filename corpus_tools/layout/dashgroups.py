"""Headline groups closed by a ``——`` subtitle (the line over the subtitle is the title), and kickers
over a title read from the two lines' form.

A headline group of three printed lines, ``喜迎十八大　争创新业绩`` / ``我县茶叶综合产值突破五亿元`` /
``——“古丈毛尖”走出大山闯市场``, is kicker (引题), main title and subtitle (副题): the ``——`` line
follows the main title it qualifies, so the heading line right over it is the title and the heading
lines over that are the kicker. The rules' title matching (:func:`~corpus_tools.layout.match.assign_titles`)
scores each heading line alone against the bodies and may take the kicker, which then leaves the
title and its subtitle without an article (banners). Seen on pages of two writers (pages22 huanren,
pages27 guzhang, jiange, liping); decided from the lines' form and order only.

Without a subtitle, :func:`kickers_over_titles` reads a heading line over a title as its kicker when the two
cannot be one title broken over two lines: the upper line is of two clauses (``喜迎建党90周年　加快“两居工程”建设``),
or it is shorter than the line under it (a title broken by the column has its longer half first) and the
lower line does not read on from it (a character model's continuity, :func:`~corpus_tools.layout.continuity.continuity`,
below :data:`KICKER_CONTINUITY`); or, over a title broken inside a word (``我县首批典型镇村项目建`` / ``设跑出加速度``),
a line the broken title does not read on from. A line opening on the county's organs or a township
(:data:`ACTOR_OPENING_RE`) is a title's first half. On the open invented pages' two-line heading groups (pages21-29o
and pages30o's odd half: 62 kicker / title pairs, 96 title halves) :func:`kicker_by_form` reads 29 kickers and no
title half as a kicker.
"""

from __future__ import annotations

import re

from corpus_tools.layout.actorheads import kicker_over_actor_title
from corpus_tools.layout.continuity import continuity, reads_on
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import (ITEM_MARKS, SENTENCE_MARKS, heading_form, is_folio_line, is_masthead_line,
                                          is_parallel, is_parallel_pair)
from corpus_tools.layout.repair import undouble
from corpus_tools.layout.units import Unit

#: Highest continuity (nats) of a title line after the line over it for that line to be a kicker by length.
KICKER_CONTINUITY = -2.5
#: Fewest characters of a kicker read by its form (shorter lines over a heading are column names).
KICKER_SHORTEST = 5
#: How many characters shorter than the title a kicker is, at least (read by length).
KICKER_SHORTER = 1

#: A line opening on the county's organs or a township, the actor of a news title (``县委召开常委会议`` /
#: ``深入学习贯彻党的二十大精神``, ``杆洞乡开展`` / ``冬季森林防火巡查``): the first half of a title, no kicker
#: (``大米之乡的新变化`` names no actor).
ACTOR_OPENING_RE = re.compile(r"^(?:全|我)?[县市旗]|^[\u4e00-\u9fff]{1,4}[乡镇](?!的)")

#: Marks opening a subtitle line (``——…``, ``--…``, ``──…``).
DASHES = ("——", "--", "──", "—")


def dash_subtitle(unit: Unit) -> bool:
    """Whether a unit is a subtitle line opened by a dash (``——访…``, ``——全县…``).

    Examples
    --------
    >>> dash_subtitle(Unit("subtitle", [], "——全县种植面积突破2.8万亩"))
    True
    >>> dash_subtitle(Unit("head", [], "全县种植面积突破2.8万亩"))
    False
    """
    return unit.kind == "subtitle" and unit.text.lstrip().startswith(DASHES)


def titles_over_dash_subtitles(units: list[Unit], titles: dict[int, int]) -> dict[int, int]:
    """Move a matched title down onto the heading line printed right over a ``——`` subtitle.

    Where the title matched to article ``s`` is heading ``i`` of two clauses (``喜迎十八大　争创新业绩``; a
    single phrase may be a title's first half), the next unit ``i + 1`` is an unmatched heading line (no dash
    of its own, no colon closing a place lead-in) and ``i + 2`` a dash subtitle, heading ``i + 1`` is the
    article's title and ``i`` its kicker (set here: ``final = "kicker"``).

    Parameters
    ----------
    units : list of Unit
        The page's units, in print order (``final`` / ``article`` of bodies set).
    titles : dict of int to int
        Heading unit index -> article index, as :func:`~corpus_tools.layout.match.assign_titles` gives.

    Returns
    -------
    dict of int to int
        The titles, with such groups' titles moved down.

    Examples
    --------
    >>> us = [Unit("head", [], "喜迎盛会　争创佳绩"), Unit("head", [], "我县茶叶产值突破五亿元"),
    ...       Unit("subtitle", [], "——名茶走出大山"), Unit("body", [], "本报讯 今年茶叶产值五亿元。")]
    >>> titles_over_dash_subtitles(us, {0: 0}), us[0].final
    ({1: 0}, 'kicker')
    """
    out = dict(titles)
    taken = set(titles)
    for i, s in sorted(titles.items()):
        j = i + 1
        if j + 1 >= len(units) or j in taken:
            continue
        head, sub = units[j], units[j + 1]
        if not (units[i].kind == "head" and head.kind == "head" and not head.final
                and dash_subtitle(units[i + 2]) and not sub.final and (units[i].role == "P" or is_parallel(units[i].text))):
            continue
        if head.text.rstrip().endswith(("：", ":")) or head.text.lstrip().startswith(DASHES):
            continue
        del out[i]
        out[j] = s
        taken.add(j)
        units[i].final, units[i].article = "kicker", s
    return out


def _plain(text: str) -> str:
    """A heading line's text undoubled (``我我县县…`` -> ``我县…``), without spaces."""
    return "".join(undouble(text.strip())[0].split())


def _kicker_over(above: str, title: str) -> bool:
    """Whether heading line ``above`` is a kicker over ``title`` rather than a title's first half: a
    finished phrase (no sentence mark) that ``title`` does not read on from, either of two clauses
    (``喜迎十八大　争创新业绩``) or shorter than the title (a kicker is set smaller; a title broken over
    two lines has its longer half first)."""
    a, t = _plain(above), _plain(title)
    if not a or any(ch in SENTENCE_MARKS for ch in a) or a.endswith(("：", ":")) or reads_on(a, t):
        return False
    return is_parallel(undouble(above.strip())[0]) or len(a) < len(t) or kicker_over_actor_title(a, t)


def kickers_over_dash_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    r"""In a run of heading lines tagged title and closed by a ``——`` subtitle line, the lines over the
    last title line are a kicker when :func:`_kicker_over` says so (the group's ``B-`` stays on its
    first line). Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "喜迎盛会　争创佳绩\n我县茶叶产值突破五亿元\n——名茶走出大山\n本报讯 今年茶叶产值五亿元。\n"
    >>> kickers_over_dash_titles(read_lines(raw), ["B-title", "title", "subtitle", "B-para"])
    ['B-kicker', 'title', 'subtitle', 'B-para']
    >>> raw = "堂安村小侗布织出\n“网红”致富路\n——侗布走出大山\n本报讯 今年侗布产值五亿元。\n"
    >>> kickers_over_dash_titles(read_lines(raw), ["B-title", "title", "subtitle", "B-para"])
    ['B-title', 'title', 'subtitle', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for k in range(2, len(lines)):
        if out[k].removeprefix("B-") != "subtitle" or not lines[k].text.lstrip().startswith(DASHES):
            continue
        last = k - 1
        if out[last] != "title":
            continue  # (the title line itself opening the group: nothing over it)
        first = last
        while first > 0 and out[first - 1] == "title":
            first -= 1
        if first > 0 and out[first - 1] == "B-title":
            first -= 1
        if first == last or last - first > 2 or first > 0 and out[first - 1].removeprefix("B-") == "kicker":
            continue  # (under a kicker already, the title lines over the dash are one title broken over lines)
        if last - first == 2 and not is_parallel_pair(lines[first].text, lines[first + 1].text):
            continue  # (two lines over the title line: a two-clause kicker, or a title broken over two lines)
        above = "".join(ln.text.strip() for ln in lines[first:last])
        if not _kicker_over(above, lines[last].text):
            continue
        opened = out[first].startswith("B-")
        out[first:last] = ["kicker"] * (last - first)
        if opened:
            out[first] = "B-kicker"
    return out


def kicker_by_form(above: str, title: str, *, by_length: bool = True) -> bool:
    """Whether heading line ``above`` is a kicker over the one-line title ``title`` (see the module's
    docstring): two clauses, or (``by_length``) shorter and not read on from."""
    a, t = _plain(above), _plain(title)
    if (len(a) < KICKER_SHORTEST or len(t) < KICKER_SHORTEST or any(ch in SENTENCE_MARKS for ch in a)
            or a.endswith(("：", ":")) or a[0] in "【[〔(（" or "·" in a or is_masthead_line(above)
            or is_folio_line(above) or t.startswith(("关于", "——"))
            or not heading_form(title, strict=True) or t[0] in ITEM_MARKS or reads_on(a, t)):
        return False  # (a column's name, short, bracketed or with a middle dot, is a banner over its title)
    if is_parallel(undouble(above.strip())[0]):
        return True
    return (by_length and len(a) + KICKER_SHORTER <= len(t) and not ACTOR_OPENING_RE.match(a)
            and continuity(a, t) < KICKER_CONTINUITY)


def kickers_over_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    r"""A headline group of two lines tagged title (``B-title`` / ``title``) whose upper line is a kicker by
    :func:`kicker_by_form`, or of three whose lower two lines are one title broken inside a word (the last
    reads on from the middle one) and whose upper line does not run into them: the upper line becomes
    the kicker (the group's ``B-`` stays on it). Groups closed by a dash subtitle are
    :func:`kickers_over_dash_titles`'. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "香菇产业提质增效\n西峡香菇飘香海内外\n本报讯 9月7日，香菇交易市场开市。\n"
    >>> kickers_over_titles(read_lines(raw), ["B-title", "title", "para"])
    ['B-kicker', 'title', 'para']
    >>> raw = "杨家沟革命纪念馆\n接待参观群众三万人次\n本报讯 今年以来，纪念馆接待群众三万人次。\n"
    >>> kickers_over_titles(read_lines(raw), ["B-title", "title", "para"])
    ['B-title', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    i = 0
    while i < len(lines):
        if out[i] != "B-title":
            i += 1
            continue
        end = i + 1
        while end < len(lines) and out[end] == "title":
            end += 1
        after = out[end].removeprefix("B-") if end < len(lines) else ""
        if after not in ("para", "cont", "byline"):  # (the group's text under it: not another heading, a caption)
            i = end
            continue
        texts = [ln.text.strip() for ln in lines[i:end]]
        kicker = False
        if len(texts) == 2:
            kicker = kicker_by_form(texts[0], texts[1]) or kicker_over_actor_title(texts[0], texts[1])
        elif len(texts) == 3 and reads_on(_plain(texts[1]), _plain(texts[2])):
            a, t = _plain(texts[0]), _plain(texts[1]) + _plain(texts[2])
            kicker = (not any(ch in SENTENCE_MARKS for ch in a) and not a.endswith(("：", ":"))
                      and continuity(a, _plain(texts[1])) < 0 and (is_parallel(undouble(texts[0])[0]) or len(a) < len(t)))
        if kicker:
            out[i] = "B-kicker"
        i = end
    return out
