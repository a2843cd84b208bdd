"""A headless photo caption closed by its credit ``（X　摄）`` ends there: the headline under it opens an article.

At the top of a page a photo's caption may be printed without a heading, closed by the photographer's
credit in brackets, with the next article's headline and byline right under it. The line model may read
that headline as a headline printed after the caption's text, so the caption and the article are one,
titled by the article's headline, with the photographer in its byline. The form settles it: a
photographer's credit closes a caption, and a headline line under it that runs into a byline line or a
lead opens the next article (:func:`heads_under_caption_credits`).

A line-model tag pass (tags as in :data:`~corpus_tools.layout.lineroles.TAGS`), run by
:func:`~corpus_tools.layout.assemble.split_page` before the units are built.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import heading_form, is_byline, is_lead

#: A photographer's credit in brackets on a line of its own (``（王明　摄）``, ``(王明 李红摄)``).
PHOTO_CREDIT_RE = re.compile(r"^[(（]\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4})*\s*摄\s*[)）]$")
#: Tags of text lines.
_TEXT = frozenset({"B-para", "para", "cont"})


def heads_under_caption_credits(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Open an article at a headline line right under a headless caption's credit (see the module docstring).

    Parameters
    ----------
    raw_lines : list of Line or None
        The page's lines, None for a blank line.
    tags : list of str
        One tag for each non-blank line.

    Returns
    -------
    list of str
        The new tags: the headline line ``B-title``.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "某县报\\n\\n　　群众在山下植树。\\n（王明　摄）\\n\\n东镇植树千亩\\n□　记者　李红\\n　　今年，东镇植树。\\n"
    >>> heads_under_caption_credits(read_lines(page), ["banner", "B-para", "byline", "title", "byline", "para"])
    ['banner', 'B-para', 'byline', 'B-title', 'byline', 'para']
    """
    out = list(tags)
    lines = [ln for ln in raw_lines if ln is not None]
    n = len(lines)
    for k in range(2, n - 1):
        if out[k] != "title" or out[k - 1] != "byline" or not PHOTO_CREDIT_RE.match(lines[k - 1].text.strip()):
            continue
        s = k - 2
        while s > 0 and out[s] in _TEXT and not out[s].startswith("B-"):
            s -= 1
        if out[s] not in ("B-para", "para") or not heading_form(lines[k].text, strict=True):
            continue  # (a caption under a headline of its own: the credit closes a titled photo item)
        if out[k + 1] == "byline" or is_byline(lines[k + 1].text) or is_lead(lines[k + 1].text):
            out[k] = "B-title"
    return out
