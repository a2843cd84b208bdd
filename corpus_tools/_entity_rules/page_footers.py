"""Footer lines of a page: the lines under or between articles that belong to none and are no page, date,
staff, photo-credit or signer line — the paper's address (本报地址：西华县娲城街道人民路　邮编：466600), its app
or account (扫码下载“西华发布”客户端), a hotline. The GUIDE annotates a page's every line like body text, so
:func:`~corpus_tools.entities.extract_entities` reads these with the full recogniser, as part ``furniture``
filed under the page's first article (they belong to no article: ``entity_counts(by="article")`` and the
slogan co-occurrences leave them out, as they leave out the masthead; user32 F12).

The page and staff lines and photo credits outside articles are read by
:func:`~corpus_tools._entity_rules.page_furniture.furniture_rows` (part ``masthead``), a notice's signer by
:func:`~corpus_tools._entity_rules.signers.signer_lines` (part ``credit``); those are never footers.
"""

from __future__ import annotations

from typing import Any

from corpus_tools._entity_rules.page_furniture import paper_name_span, photo_line_names
from corpus_tools._entity_rules.signers import signer_lines
from corpus_tools.layout.patterns import is_folio_line, is_staff_line
from corpus_tools.layout.signoffs import DATE_LINE_RE

__all__ = ["FOOTER_PART", "footer_lines"]

#: The ``part`` of an entity row read from a footer line.
FOOTER_PART = "furniture"


def _other_furniture(text: str) -> bool:
    """A page, date, staff or photo-credit line, or a line naming the paper (read as the masthead)."""
    return (is_folio_line(text) or is_staff_line(text) or bool(DATE_LINE_RE.match(text))
            or paper_name_span(text) is not None or bool(photo_line_names(text)))


def footer_lines(issue: Any) -> list[tuple[str, str]]:
    """``(id of the page's first article, line)`` for each footer line of *issue*: a credit block of no
    article, after the page's first article block, that is no page, date, staff, photo-credit, paper-name or
    signer line.

    Parameters
    ----------
    issue : Issue
        A laid-out page.

    Returns
    -------
    list of tuple of (str, str)

    Examples
    --------
    >>> from corpus_tools import Issue
    >>> raw = ("县城新建文化广场\\n\\n本报讯　近日，县城文化广场建成，市民纷纷前来休闲。\\n\\n"
    ...        "本版编辑：王红　校对：李明\\n本报地址：平遥县古陶镇顺城路　邮编：031100\\n")
    >>> footer_lines(Issue(id="p1", raw=raw))
    [('p1-01', '本报地址：平遥县古陶镇顺城路 邮编：031100')]
    """
    arts, blocks = getattr(issue, "articles", None), getattr(issue, "blocks", None)
    if not arts or not blocks:
        return []
    signers = {line for _, line in signer_lines(issue)}
    out: list[tuple[str, str]] = []
    top = True
    for b in blocks:
        if b.article is not None:
            top = False
            continue
        text = b.text.strip()
        if top or b.kind != "credit" or not text or text in signers or _other_furniture(text):
            continue
        out.append((arts[0].id, text))
    return out
