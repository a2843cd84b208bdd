"""Headline groups closed by a ``——`` subtitle: the line over the subtitle is the title.

A headline group of three printed lines, ``喜迎十八大　争创新业绩`` / ``我县茶叶综合产值突破五亿元`` /
``——“古丈毛尖”走出大山闯市场``, is kicker (引题), main title and subtitle (副题): the ``——`` line
follows the main title it qualifies, so the heading line right over it is the title and the heading
lines over that are the kicker. The rules' title matching (:func:`~corpus_tools.layout.match.assign_titles`)
scores each heading line alone against the bodies and may take the kicker, which then leaves the
title and its subtitle without an article (banners). Seen on pages of two writers (pages22 huanren,
pages27 guzhang, jiange, liping); decided from the lines' form and order only.
"""

from __future__ import annotations

from corpus_tools.layout.continuity import reads_on
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import SENTENCE_MARKS, is_parallel
from corpus_tools.layout.repair import undouble
from corpus_tools.layout.units import Unit

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

    Where the title matched to article ``s`` is heading ``i``, the next unit ``i + 1`` is an unmatched
    heading line (no dash of its own, no colon closing a place lead-in) and ``i + 2`` a dash subtitle, heading
    ``i + 1`` is the article's title and ``i`` its kicker (set here: ``final = "kicker"``).

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
                and dash_subtitle(units[i + 2]) and not sub.final):
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
    return is_parallel(undouble(above.strip())[0]) or len(a) < len(t)


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
        if first == last or last - first > 2:
            continue
        above = "".join(ln.text.strip() for ln in lines[first:last])
        if not _kicker_over(above, lines[last].text):
            continue
        opened = out[first].startswith("B-")
        out[first:last] = ["kicker"] * (last - first)
        if opened:
            out[first] = "B-kicker"
    return out
