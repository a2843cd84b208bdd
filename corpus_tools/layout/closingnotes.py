"""Lines that close an item as its byline though the line model reads them otherwise: a source note on a line of
its own (``（县农业农村局供稿）``, ``（来源：广西日报）``) and a photographer's credit under a finished sentence
(``本报记者 赵雪 摄``). Line-model tag corrections run by :func:`corpus_tools.layout.boundaries.correct_tags`
(:func:`supplied_notes` also once before the arbiter, in :mod:`corpus_tools.layout.assemble`).
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import ends_sentence
from corpus_tools.layout.photoitems import is_photo_credit

#: A source note closing an item (``（县农业农业局供稿）``, ``（县气象局提供）``, ``（来源：广西日报）``).
SUPPLIED_RE = re.compile(r"^[(（](?:[^()（）]{2,20}(?:供稿|供图|提供)|(?:来源|稿源|转自|摘自)[:：][^()（）:：]{2,20})[)）]$")


def supplied_notes(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A source note on a line of its own (:data:`SUPPLIED_RE`) closes the item above it, as its
    byline; read as the kicker or title of the headline under it, the article opened there opens
    on the next line. Returns the new tags."""
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i, ln in enumerate(lines):
        if out[i].removeprefix("B-") == "byline" or not SUPPLIED_RE.match(ln.text.strip()):
            continue
        if out[i].startswith("B-") and i + 1 < len(out) and not out[i + 1].startswith("B-"):
            out[i + 1] = "B-" + out[i + 1]
        out[i] = "byline"
    return out


def credits_closing_bodies(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A photographer's byline on a line of its own (``本报记者 赵雪 摄``,
    :func:`~corpus_tools.layout.photoitems.is_photo_credit`) after a finished sentence, read as the
    body's last line or a paragraph of its own, is the byline. Returns the new tags."""
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines)):
        if out[i] in ("cont", "para") and ends_sentence(lines[i - 1].text) and is_photo_credit(lines[i].text):
            out[i] = "byline"
    return out
