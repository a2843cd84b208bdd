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
from corpus_tools.layout.patterns import ends_sentence, heading_form

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
        if not ((gaps[i] or top) and len(head) <= HEAD_MAX and heading_form(head) and not is_row(head)
                and _header(lines[i + 1].text) and gaps[i + 1] <= gaps[i]):
            continue
        # (rows parted by blank lines as the page parts its lines: a table on a page with a blank line
        # after every line, or printed with a blank line between rows)
        k = i + 2
        while k < len(lines) and gaps[k] <= max(gaps[i + 1], 1 if gaps[i] else 0) and _data_row(lines[k].text):
            k += 1
        if k - (i + 2) < MIN_ROWS:
            continue
        if k < len(lines) and not gaps[k] and ends_sentence(lines[k].text) and not is_row(lines[k].text):
            k += 1  # (the table's closing note, ``以上项目由县发改局牵头调度。``)
        spans.append((i, k))
        out[i] = "B-title"
        for j in range(i + 1, k):
            out[j] = "para"
    return spans


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
    return {j for i, k in _tables(raw_lines, tags) for j in range(i, k)}
