"""A table printed as text under a headline of its own (``2010年全县重点建设项目一览`` / ``序号　项目名称　建设地点
　总投资（万元）`` / ``1　玉龙黄山工业园区　黄山镇　12540`` …): an article, one paragraph a row.

County papers print lists of projects, investments or prize winners as tables: a headline, a header row naming
the columns, rows of cells parted by spaces with figures in them, perhaps a closing note (``以上项目由县发改局
牵头调度。``). A researcher building a dataset of the projects wants the table as an article under its headline,
each row a paragraph of its own (so a row's project, place and amount stay together); the line model reads
the headline as text of the article above or the rows as one run-on paragraph. A box of figures under a box
name and no header row (``【天气预报】``) stays page furniture (:func:`~corpus_tools.layout.boxes.table_boxes`).

:func:`headed_table_tags` reads the form alone: after a gap (a blank line) or the page's top furniture, a
heading line (no sentence mark, at most :data:`HEAD_MAX` characters) over a header row (:func:`~corpus_tools.layout.boxes.is_row`
without figures, at least :data:`MIN_COLUMNS` cells) and at least :data:`MIN_ROWS` rows with figures. The
headline opens an article (``B-title``), the header and every row are paragraphs, a closing line right under
the rows (a sentence, no gap) is the table's last paragraph.
"""

from __future__ import annotations

import re

from corpus_tools.layout.boxes import is_row
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import ends_sentence, heading_form, is_byline

#: Longest table headline (characters).
HEAD_MAX = 30
#: Fewest cells of the header row.
MIN_COLUMNS = 3
#: Fewest rows with figures under the header.
MIN_ROWS = 2
_CELL_SEP_RE = re.compile(r"\u3000+|\s{2,}")


def _cells(text: str) -> int:
    return len([c for c in _CELL_SEP_RE.split(text.strip()) if c])


def _header(text: str) -> bool:
    return is_row(text) and _cells(text) >= MIN_COLUMNS and not any(ch.isdigit() for ch in text)


def _data_row(text: str) -> bool:
    return is_row(text) and any(ch.isdigit() for ch in text)


def headed_table_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Tags where a table under its own headline (see the module docstring) is an article: the headline
    ``B-title``, the header row and each row ``para`` (a closing sentence under the rows too). Returns the new
    tags; *tags* (one per non-blank line of *raw_lines*) is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("　　村里修了路。\\n\\n2010年全县重点项目一览\\n序号　项目名称　建设地点　总投资\\n"
    ...         "1　黄山工业园区　黄山镇　12540\\n2　高标准农田　九河乡　1619\\n")
    >>> headed_table_tags(read_lines(page), ["B-para", "para", "cont", "cont", "cont"])
    ['B-para', 'B-title', 'para', 'para', 'para']
    """
    out = list(tags)
    for i, k in _tables(raw_lines, tags):
        out[i] = "B-title"
        for j in range(i + 1, k):
            out[j] = "para"
    return out


def _tables(raw_lines: list[Line | None], tags: list[str]) -> list[tuple[int, int]]:
    """(headline, end) line indices of every table under its own headline (see :func:`headed_table_tags`)."""
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    gaps = blank_lines_before(raw_lines)
    out = list(tags)
    spans = []
    for i in range(len(lines) - 1 - MIN_ROWS):
        head = lines[i].text.strip()
        top = all(t in ("banner", "credit") for t in out[:i])
        if not ((gaps[i] or top) and len(head) <= HEAD_MAX and heading_form(head) and not is_row(head)):
            continue
        h = i + 1 + _lead_line(lines, gaps, i + 1)  # (a line introducing the table: ``…水质状况：``)
        if not (h < len(lines) and _header(lines[h].text) and gaps[h] <= gaps[i]):
            continue
        # (rows parted by blank lines as the page parts its lines: a table on a page with a blank line
        # after every line, or printed with a blank line between rows)
        k = h + 1
        while k < len(lines) and gaps[k] <= max(gaps[h], 1 if gaps[i] else 0) and _data_row(lines[k].text):
            k += 1
        if k - (h + 1) < MIN_ROWS:
            continue
        if k < len(lines) and not gaps[k] and ends_sentence(lines[k].text) and not is_row(lines[k].text):
            k += 1  # (the table's closing note, ``以上项目由县发改局牵头调度。``)
        spans.append((i, k))
        out[i] = "B-title"
        for j in range(i + 1, k):
            out[j] = "para"
    return spans


def _lead_line(lines: list[Line], gaps: list[int], j: int) -> int:
    """1 when line ``j`` introduces a table under it (no gap, a sentence ending on a colon, no row), else 0."""
    if j >= len(lines) - 1 or gaps[j]:
        return 0
    t = lines[j].text.strip()
    return int(t.endswith(("：", ":")) and not is_row(t) and len(t) >= 6)


def titles_after_tables(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Tags where the heading line after a table read as an article (see :func:`headed_table_tags`), after a
    blank line and over a byline line (``城南污水处理厂通过验收`` / ``□　记者　周立新``), opens the next article:
    the line model reads it as one more row of the table. Any other text after the blank line opens an
    article too (``B-para``; its headline may be printed after it).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("2010年全县重点项目一览\\n序号　项目名称　建设地点　总投资\\n1　黄山工业园区　黄山镇　12540\\n"
    ...         "2　高标准农田　九河乡　1619\\n\\n东沟村修通致富路\\n□　记者　李明\\n　　村里修了路。\\n")
    >>> titles_after_tables(read_lines(page), ["B-title", "para", "para", "para", "cont", "byline", "B-para"])
    ['B-title', 'para', 'para', 'para', 'B-title', 'byline', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gaps = blank_lines_before(raw_lines)
    out = list(tags)
    for _, k in _tables(raw_lines, tags):
        if _title_after(lines, gaps, k):
            out[k] = "B-title"
            if k + 1 < len(out) and out[k + 1] != "byline":
                out[k + 1] = "byline"
        elif k < len(out) and gaps[k] and out[k] in ("para", "cont"):
            out[k] = "B-para"  # (a text after the gap opens an article of its own, its headline perhaps after it)
    return out


def _title_after(lines: list[Line], gaps: list[int], k: int) -> bool:
    """Whether line ``k`` (right after a table) is a headline: after a gap, in heading form, over a byline."""
    if k + 1 >= len(lines) or not gaps[k] or gaps[k + 1]:
        return False
    t = lines[k].text.strip()
    return heading_form(t) and not is_row(t) and len(t) <= HEAD_MAX and is_byline(lines[k + 1].text)


def headed_table_lines(raw_lines: list[Line | None], tags: list[str]) -> set[int]:
    """Indices (among the non-blank lines) of the lines of every table :func:`headed_table_tags` reads as
    an article, its headline included: no other reading of the page disputes them (the rules' layout takes
    the rows for banners).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("　　村里修了路。\\n\\n2010年全县重点项目一览\\n\\n序号　项目名称　建设地点　总投资\\n\\n"
    ...         "1　黄山工业园区　黄山镇　12540\\n\\n2　高标准农田　九河乡　1619\\n")
    >>> sorted(headed_table_lines(read_lines(page), ["B-para", "cont", "cont", "cont", "cont"]))
    [1, 2, 3, 4]
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gaps = blank_lines_before(raw_lines)
    return {j for i, k in _tables(raw_lines, tags) for j in range(i, k + int(_title_after(lines, gaps, k)))}
