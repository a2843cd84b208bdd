"""A notice's contact line (``联系人：王明``, ``联系电话：1234567``) is the notice's last line, never a headline.

A notice (``通　知``) printed among news articles ends with a line naming whom to call, printed as a
paragraph of its own. The line model may read that short unpunctuated line as a headline: as the
second line of the notice's heading (the title becomes ``通知联系人：王明``) or as the first line of
the next article's headline group (a person joined to the next title). The form settles it: a contact
label, a colon and a short value right under the notice's text is a paragraph of that text, and a title
line under it opens the next article (:func:`contact_lines`).

A line-model tag pass (tags as in :data:`~corpus_tools.layout.lineroles.TAGS`), run by
:func:`~corpus_tools.layout.assemble.split_page` before the units are built.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lineroles import after_gaps
from corpus_tools.layout.lines import Line

#: A contact line: a label of a notice's foot, a colon, a short value (a name, a number, a place).
CONTACT_RE = re.compile(r"^(?:联系人|联系电话|联系方式|咨询电话|报名电话|举报电话|监督电话|电话|地址|邮编)\s*[:：]\s*\S.{0,24}$")
#: Tags of a text's lines.
_TEXT = frozenset({"B-para", "para", "cont"})
#: Tags of a headline's lines (the model's reading of a contact line).
_HEADS = frozenset({"B-title", "title", "B-kicker", "kicker"})


def contact_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Read each contact line right under a text as that text's paragraph, and a title line under it as the
    next article's headline (see the module docstring).

    Parameters
    ----------
    raw_lines : list of Line or None
        The page's lines, None for a blank line.
    tags : list of str
        One tag for each non-blank line.

    Returns
    -------
    list of str
        The new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "通　知\\n　　请各村文书准时参加培训。\\n　　联系人：王明\\n县里召开大会\\n　　日前，县里召开大会。\\n"
    >>> contact_lines(read_lines(page), ["B-title", "para", "B-title", "title", "para"])
    ['B-title', 'para', 'para', 'B-title', 'para']
    """
    out = list(tags)
    lines = [ln for ln in raw_lines if ln is not None]
    gap = after_gaps(raw_lines)
    for k in range(1, len(lines)):
        if gap[k] or out[k] not in _HEADS or out[k - 1] not in _TEXT or not CONTACT_RE.match(lines[k].text.strip()):
            continue
        opened = out[k].startswith("B-")
        out[k] = "para"
        if opened and k + 1 < len(out) and out[k + 1] in ("title", "kicker"):
            out[k + 1] = "B-" + out[k + 1]
    return out
