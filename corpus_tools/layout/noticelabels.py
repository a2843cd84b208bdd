"""A notice's label (``通告``, ``公告``) over its formal title in book-title marks titles the notice.

A notice box is printed under a short bold label (``通告``) with the document's formal name under it
(``《某县防汛指挥部通告（第5号）》``), then its numbered items, its signer and date. The line model
reads the label now as the notice's title (the formal name then its first line of text), now as a
banner over a title read off the formal line, so one paper's notices come out titled two ways and the
label, read as a banner, is lost. The printed head is the label: it titles the notice, and the formal
name, a document named in the text (a DOC), opens its body — the reading the model gives most such
boxes (:func:`labels_over_formal_titles`).

A line-model tag pass (tags as in :data:`~corpus_tools.layout.lineroles.TAGS`), run by
:func:`~corpus_tools.layout.assemble.split_page` before the units are built.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line

#: A notice's label on a line of its own (``通告``, ``通　知``, ``紧急通告``, ``公告``).
LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{0,2}(?:通告|公告|通知|通报|启事|公示)$")
#: A formal document name in book-title marks on a line of its own.
FORMAL_RE = re.compile(r"^《[^《》]{4,40}》$")


def labels_over_formal_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Title each notice by its label line over a formal ``《…》`` line read as the title (see the module
    docstring).

    Parameters
    ----------
    raw_lines : list of Line or None
        The page's lines, None for a blank line.
    tags : list of str
        One tag for each non-blank line.

    Returns
    -------
    list of str
        The new tags: the label ``B-title``, the formal line ``para``.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "某县报\\n\\n通告\\n《某县防汛指挥部通告（第5号）》\\n一、严禁下河游泳。\\n"
    >>> labels_over_formal_titles(read_lines(page), ["banner", "banner", "B-title", "para"])
    ['banner', 'B-title', 'para', 'cont']
    """
    out = list(tags)
    lines = [ln for ln in raw_lines if ln is not None]
    for k in range(len(lines) - 2):
        if out[k] not in ("banner", "B-kicker") or out[k + 1] not in ("B-title", "title"):
            continue
        if not LABEL_RE.match("".join(lines[k].text.split())) or not FORMAL_RE.match(lines[k + 1].text.strip()):
            continue
        out[k], out[k + 1] = "B-title", "para"
        if out[k + 2] == "para":
            out[k + 2] = "cont"
    return out
