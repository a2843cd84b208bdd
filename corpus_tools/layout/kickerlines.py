"""A kicker of five to ten characters printed over its title, read by the two lines' form.

A series' or column's kicker (引题) longer than a column name (``走基层`` is one, read by
:mod:`~corpus_tools.layout.headparts`) sits over the title on a line of its own: ``民族团结正在进行时`` /
``村村寨寨结对子``. Where the line model or the rules read both lines as one headline, the title came out
glued (``民族团结正在进行时村村寨寨结对子``). The two lines are a kicker and its title, not one title broken
at the column, when the upper line is shorter than the lines under it (a title broken by the column has its
longer half first, or halves of one width), the lower line does not read on from it (a character model's
continuity, :func:`~corpus_tools.layout.continuity.continuity`, below :data:`KICKER_READS_ON`) and the upper
line names no actor (a place or the county's organs open a title's first half: ``杆洞乡开展`` /
``冬季森林防火巡查``). Told by the lines' form, for any paper; every character stays in exactly one block.
"""

from __future__ import annotations

from corpus_tools.layout.continuity import continuity
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.dashgroups import ACTOR_OPENING_RE
from corpus_tools.layout.patterns import (CLAUSE_PUNCT, FINAL_PUNCT, PLACE_RE, heading_form, is_masthead_line,
                                          is_place_line)
from corpus_tools.layout.units import Unit, printed_lines

#: Fewest and most characters of a kicker read here (shorter ones are column names, read by headparts).
SHORTEST, LONGEST = 5, 10
#: Highest continuity (nats) of the title's first line after the kicker. Titles wrapped at the column read on
#: more (``以实干担当书`` / ``写发展新篇章`` 4.2), and so do titles broken between subject and predicate on the open
#: invented pages (``今年扶贫资金`` / ``重点投向五个方面`` -1.5, ``…补水工程`` / ``让…`` -2.0); series kickers over
#: their titles on the thirtieth round's user pages: -2.2 to -2.5 (two up to 0.3 stay glued).
KICKER_READS_ON = -2.1
#: Last characters no finished phrase ends on: the attributive particle, whose noun the next line prints
#: (``岜沙苗寨的`` / ``“护树人”``: one title broken before its quoted word, never a kicker over a title). Not the
#: prepositions and conjunctions: words end on them (合同, 参与, 涉及, 方向), and kickers on such words do.
OPEN_ENDS = "的"


def left_open(text: str) -> bool:
    """Whether a heading line ends on the attributive particle (:data:`OPEN_ENDS`): its phrase goes on on the
    next line.

    Examples
    --------
    >>> left_open("岜沙苗寨的"), left_open("民族团结正在进行时"), left_open("签署金额最大合同")
    (True, False, False)
    """
    t = "".join(text.split())
    return len(t) >= 2 and t[-1] in OPEN_ENDS


def kickers_left_open(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    r"""Tags with each kicker line that ends open (:func:`left_open`) right over its title (no blank line) read as
    the title's first line: ``B-kicker`` / ``title`` -> ``B-title`` / ``title``. *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> kickers_left_open(read_lines("岜沙苗寨的\n“护树人”\n老人看护古树林。\n"), ["B-kicker", "title", "para"])
    ['B-title', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(len(lines) - 1):
        if (out[i].removeprefix("B-") == "kicker" and out[i + 1] == "title" and not gap[i + 1]
                and left_open(lines[i].text)):
            out[i] = out[i].replace("kicker", "title")
    return out


def kicker_over(first: str, rest: list[str]) -> bool:
    """Whether headline line ``first`` is the kicker of the title printed on the lines ``rest``.

    Examples
    --------
    >>> kicker_over("民族团结正在进行时", ["村村寨寨结对子共同富"])
    True
    >>> kicker_over("以实干担当书", ["写发展新篇章"])
    False
    >>> kicker_over("县委召开常委会议", ["深入学习贯彻党的二十大精神"])
    False
    """
    a = "".join(first.split())
    t = "".join("".join(rest).split())
    if not (SHORTEST <= len(a) <= LONGEST) or len(a) + 1 > len(t) or not rest or left_open(a):
        return False
    if any(ch in CLAUSE_PUNCT or ch in FINAL_PUNCT or ch in "：:（）()【】[]·“”" for ch in a):
        return False
    if is_place_line(first) or PLACE_RE.match(a) or ACTOR_OPENING_RE.match(a) or is_masthead_line(first):
        return False
    if not heading_form(rest[0], strict=True) or rest[0].startswith(("——", "关于")) or a.startswith("关于"):
        return False
    return continuity(a, "".join(rest[0].split())) < KICKER_READS_ON


def split_short_kickers(units: list[Unit], raw: str) -> list[Unit]:
    """Units with the first line of each kickerless article's headline split off as its kicker when
    :func:`kicker_over` reads it so; the article's headline is one unit of two or three printed lines.
    Other units unchanged.

    Examples
    --------
    >>> raw = "民族团结正在进行时\\n村村寨寨结对子共同富"
    >>> u = Unit("head", [(0, 9), (10, len(raw))], "民族团结正在进行时村村寨寨结对子共同富", article=0, final="headline")
    >>> [(x.final, x.text) for x in split_short_kickers([u], raw)]
    [('kicker', '民族团结正在进行时'), ('headline', '村村寨寨结对子共同富')]
    """
    kickers = {u.article for u in units if u.final == "kicker" and u.article is not None}
    heads: dict[int, int] = {}
    for u in units:
        if u.final == "headline" and u.article is not None:
            heads[u.article] = heads.get(u.article, 0) + 1
    out: list[Unit] = []
    for u in units:
        texts = printed_lines(u, raw) if u.final == "headline" and 2 <= len(u.pieces) <= 3 else None
        if (texts is None or u.article is None or u.article in kickers or heads.get(u.article) != 1
                or not kicker_over(texts[0], texts[1:])):
            out.append(u)
            continue
        kickers.add(u.article)
        out.append(Unit("head", u.pieces[:1], texts[0], gap=u.gap, role=u.role, article=u.article, final="kicker",
                        rank=u.rank))
        out.append(Unit("head", u.pieces[1:], "".join(texts[1:]), role=u.role, article=u.article,
                        final="headline", rank=u.rank))
    return out
