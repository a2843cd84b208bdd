"""A headline line printed unlike the line over it is no second line of one title.

The arbiter (:mod:`~corpus_tools.layout.arbiter`) hands a stretch of the page to the rules where the line
model reads the second line of the rules' two-line title as a title under a kicker (``split_title``). The two
lines of one title are set in one face; when the line under is printed with every glyph doubled (a bold
main title, ``肉肉牛牛产产业业``) and the line over it is not, or the line over it carries a kicker's printed
label (``引题：…``, ``肩题：…``), the upper line is the kicker, as the model reads it: the dispute is
dropped and the model's reading stands (:func:`printed_kickers`).

Told by the lines' print form and the labels an editor prints, never by the words of the headline.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.repair import undouble

#: A kicker's printed label (``引题：苗乡山歌唱新篇``), a closed class of the editors' words.
KICKER_LABEL_RE = re.compile(r"^\s*(?:引题|肩题|眉题)\s*[:：]")


def _doubled(text: str) -> bool:
    return bool(undouble(text.strip())[1])


def printed_kickers(raw_lines: list[Line | None], found: dict[int, str]) -> dict[int, str]:
    """The arbiter's disputes (line index among non-blank lines -> kind) without the ``split_title``
    disputes whose two lines are printed as kicker and title: the upper line labelled as a kicker, or the
    lower doubled under an upper that is not.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> lines = read_lines("引题：苗乡山歌唱新篇\\n山歌节将在长安营开幕\\n")
    >>> printed_kickers(lines, {1: "split_title"})
    {}
    >>> printed_kickers(read_lines("打造品牌\\n肉肉牛牛产产业业兴兴旺旺\\n"), {1: "split_title"})
    {}
    >>> printed_kickers(read_lines("县委召开常委会议\\n深入学习贯彻精神\\n"), {1: "split_title"})
    {1: 'split_title'}
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = {}
    for i, kind in found.items():
        if kind == "split_title" and 0 < i < len(lines):
            upper, lower = lines[i - 1].text, lines[i].text
            if KICKER_LABEL_RE.match(upper) or (_doubled(lower) and not _doubled(upper)):
                continue
        out[i] = kind
    return out
