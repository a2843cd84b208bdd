"""A special page's sponsor line (``阿拉善左旗农牧局　阿拉善左旗融媒体中心　联办``) is page furniture.

A 专版 printed with a government unit names its sponsors under the page's name: units parted by wide spaces
and the verb 联办 / 协办 / 合办 / 主办 / 承办 closing the line. The line model may read it as the opening of a
text (``B-para``), which then swallows the first headline group under it. :func:`sponsor_lines` tags such a
line ``banner`` when it stands at the page's top (no body text above it). Seen by two writers (pages32o 同心,
pages34 阿拉善左旗).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus_tools.layout.lines import Line

#: Units parted by wide spaces, then the sponsoring verb (alone after a wide space, or closing the last unit).
SPONSOR_RE = re.compile(r"^(?:[\u4e00-\u9fff（）()]{2,24}(?:\u3000+| {2,}))+(?:[\u4e00-\u9fff（）()]{2,24})?"
                        r"(?:\u3000+| {2,})?(?:联办|协办|合办|主办|承办)$")
#: Tags of text lines: the sponsor line read as text, and the text above it that makes it no top line.
_TEXT_TAGS = ("para", "cont")


def sponsor_lines(raw_lines: Sequence[Line | None], tags: list[str]) -> list[str]:
    """Tags with ``banner`` on each sponsor line (:data:`SPONSOR_RE`) printed above the page's first text line.
    *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "乡村振兴专版\\n青山县农业局　青山县融媒体中心　联办\\n巩固拓展脱贫攻坚成果\\n"
    >>> sponsor_lines(read_lines(raw), ["banner", "B-para", "cont"])
    ['banner', 'banner', 'cont']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i, ln in enumerate(lines):
        bare = out[i].removeprefix("B-")
        if bare in _TEXT_TAGS and not SPONSOR_RE.match(ln.text.strip()):
            break  # (the page's first text line: no sponsor line below it)
        if not SPONSOR_RE.match(ln.text.strip()) or bare not in _TEXT_TAGS:
            continue  # (read as a heading, the line is left to the passes that read the page's top)
        out[i] = "banner"
    return out
