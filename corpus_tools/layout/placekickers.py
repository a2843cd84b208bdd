"""A place line over a headline is its kicker, not the first line of a two-line title.

``长春路街道西安社区`` printed on its own line right over ``暖心服务进楼院`` names where the story happens;
the line model may read the two lines as one headline wrapped over two lines (title
``长春路街道西安社区暖心服务进楼院``). :func:`place_kicker_tags` reads the form: a line that is only a place
name (:func:`~corpus_tools.layout.patterns.is_place_line`) read as a title's first line, right over a title
line that is no place name (no blank line between), is the kicker of that title.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import is_place_line

#: A place line names a township, street or village last (``西安社区``, ``大绥河镇``, ``沙河子村``), not a
#: phrase ending on a word with such a character (``深入乡村``, ``走进农村``); no body's name (``县委…``).
_PLACE_END_RE = re.compile(r"(?:社区|街道|镇|乡|嘎查|苏木|(?<![乡农山渔])村)$")
_BODY_RE = re.compile(r"[委团会部局]")


def _place(text: str) -> bool:
    t = text.strip()
    return is_place_line(t) and bool(_PLACE_END_RE.search(t)) and not _BODY_RE.search(t)


def place_kicker_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each place line read as a title's first line made its kicker. Returns the new
    tags; *tags* (one a non-blank line of *raw_lines*) is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "城西街道汇通社区\\n暖心服务进楼院\\n　　近日，社区组织志愿者上门服务。\\n"
    >>> place_kicker_tags(read_lines(page), ["B-title", "title", "para"])
    ['B-kicker', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    blank_before = [n > 0 for n in blank_lines_before(raw_lines)]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out = list(tags)
    for k in range(len(lines) - 1):
        if (out[k].removeprefix("B-") == "title" and out[k + 1] == "title" and not blank_before[k + 1]
                and _place(lines[k].text) and not is_place_line(lines[k + 1].text)
                and (k + 2 >= len(lines) or out[k + 2].removeprefix("B-") != "title")):
            out[k] = out[k][:len(out[k]) - len("title")] + "kicker"
    return out
