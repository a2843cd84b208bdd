"""An indented paragraph under an article's text is its text, not a photo's caption.

A photo's caption is printed apart from the text, unindented, often closed by its credit; an article
signed ``文/图　X`` makes the line model expect one, and it then reads the article's short last paragraph
as the caption (it leaves the body). :func:`indented_text_tags` gives such a line back to the body: a
caption line opening with the page's paragraph indent (no photo mark, no caption cue, no photographer's
credit closing it), right under a body line (no blank line between),
is a paragraph of that body, and its wrapped lines go on with it; so is one right under the headline group
over an indented paragraph (no blank line between). Told by the lines' form alone.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import CAPTION_START_RE, PHOTO_MARK_RE

_TEXT = ("para", "cont")
#: A photo's credit closing a caption (``（阿布都热合曼·吐尔逊/摄）``, ``王川　摄``).
_SHOT_RE = re.compile(r"摄[)）]?$|摄影[)）]?$")


def _photo_text(lines: list[Line], tags: list[str], k: int) -> bool:
    """Whether the caption run at line ``k`` is a photo's: a photo mark or caption cue opens it, or a
    photographer's credit closes it."""
    first = lines[k].text.strip()
    if PHOTO_MARK_RE.match(first) or CAPTION_START_RE.match(first):
        return True
    j = k
    while j + 1 < len(lines) and tags[j + 1] == "caption" and not lines[j + 1].opens:
        j += 1
    return bool(_SHOT_RE.search(lines[j].text.strip()))


def indented_text_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each indented caption run right under body text made a paragraph of that body.
    Returns the new tags; *tags* (one a non-blank line of *raw_lines*) is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "暖房子工程惠民生\\n\\n　　老旧小区改造日前开工。\\n　　技术人员全程监督。\\n"
    >>> indented_text_tags(read_lines(page), ["B-title", "para", "caption"])
    ['B-title', 'para', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    blank_before = [n > 0 for n in blank_lines_before(raw_lines)]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out = list(tags)
    for k in range(len(lines)):
        if out[k] != "caption" or not lines[k].opens or _photo_text(lines, out, k):
            continue
        below = k + 1 < len(lines) and lines[k + 1].opens and not blank_before[k + 1] and out[k + 1] in _TEXT + ("B-para",)
        if below and k and out[k - 1].removeprefix("B-") in ("byline", "title", "subtitle"):
            out[k] = "para"  # (the first of the text's paragraphs under its headline group)
            if out[k + 1] == "B-para":
                out[k + 1] = "para"
            continue
        if k and not blank_before[k] and out[k - 1] in _TEXT:
            out[k] = "para"
            j = k + 1
            while j < len(lines) and out[j] == "caption" and not lines[j].opens and not blank_before[j]:
                out[j] = "cont"
                j += 1
    return out
