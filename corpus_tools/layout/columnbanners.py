"""A column's name in black brackets over a headline: settled by its form, no dispute for the rules.

``【民生直通车】`` on its own line, read by the line model as a banner with a headline opening an article
right under it, is a column's name over that article. The rules' layout, which the arbiter may hand such a
stretch to, reads the bracketed line and the headline as the text of the article above (two columns then
become one article). :func:`settled_column_lines` names the lines whose reading is settled by their form.
"""

from __future__ import annotations

from corpus_tools.layout.lines import Line
from corpus_tools.layout.runin import BRACKETED_COLUMN_LINE_RE


def settled_column_lines(raw_lines: list[Line | None], tags: list[str]) -> set[int]:
    """Indices (of non-blank lines) of each bracketed column name read as a banner right over a line that
    opens an article as its headline (``B-title``, ``B-kicker``), and of that line.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "　　老街变了。\\n\\n【民生直通车】\\n小铺子大人情\\n　　小区门口新开了一家修鞋铺。\\n"
    >>> sorted(settled_column_lines(read_lines(page), ["B-para", "banner", "B-title", "para"]))
    [1, 2]
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out: set[int] = set()
    for k in range(len(lines) - 1):
        if (tags[k] == "banner" and tags[k + 1] in ("B-title", "B-kicker")
                and BRACKETED_COLUMN_LINE_RE.match(lines[k].text.strip())):
            out |= {k, k + 1}
    return out
