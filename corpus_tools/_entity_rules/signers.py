"""A notice's signer: the unit that signs a text off under its last sentence, tagged with the text it signs.

The layout reads a notice's sign-off (``和顺县自来水公司`` / ``2024年6月1日`` under ``特此通告。``) as a credit of
the page (:mod:`corpus_tools.layout.signoffs`), no words of the notice's body; the unit is still a mention the
page prints (an ORG under the entity guide), so its line is tagged as the part ``credit`` of the article above.
"""

from __future__ import annotations

from typing import Any

from corpus_tools.layout.signoffs import DATE_LINE_RE, is_signer

__all__ = ["signer_lines"]


def signer_lines(issue: Any) -> list[tuple[str, str]]:
    """(article id, line) for each signer line of *issue*: a credit block of no article, not a date, that
    :func:`~corpus_tools.layout.signoffs.is_signer` accepts, right under an article's body (credit blocks
    between them allowed: the signer over its date).

    Examples
    --------
    >>> from corpus_tools import Issue
    >>> raw = ("和顺县自来水公司停水通告\\n\\n　　因管网改造，6月3日城区停水。请用户提前储水。\\n　　特此通告。\\n"
    ...        "和顺县自来水公司\\n2024年6月1日\\n")
    >>> signer_lines(Issue(id="p1", raw=raw))
    [('p1-01', '和顺县自来水公司')]
    """
    arts, blocks = getattr(issue, "articles", None), getattr(issue, "blocks", None)
    if not arts or not blocks:
        return []
    out: list[tuple[str, str]] = []
    above = None  # the block under which the current run of credits stands
    for b in blocks:
        if b.kind != "credit" or b.article is not None:
            above = b
            continue
        text = b.text.strip()
        if (above is not None and above.kind == "body" and above.article is not None and above.article < len(arts)
                and is_signer(text) and not DATE_LINE_RE.match(text)):
            out.append((arts[above.article].id, text))
    return out
