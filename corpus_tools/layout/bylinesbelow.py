"""A byline line between a text already signed and a headline: the byline of the article below.

A commentary or a signed article may print its author's line over its headline (``本报评论员`` /
``把群众的意见当作“镜子”`` / text). When the article printed above closes on its own signature
(``…两千多人次。（聂小勇）``) or its own byline or credit line (``敖登格日乐　摄``), the byline line under it
cannot sign that article a second time: it opens the article of the headline under it. The line model reads
the line as one more byline of the article above (so the commentary loses it, and the article above names
two authors). :func:`bylines_over_signed_ends` (line-model tags) reads the form and the position only.
"""

from __future__ import annotations

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, is_byline

_SIGNED = ("byline", "credit")
_HEADS = ("title", "kicker")


def _signed_above(lines: list[Line], tags: list[str], i: int) -> bool:
    """Whether the line above ``i`` closes a text on its signature or is a byline or credit line of its own."""
    if i == 0:
        return False
    above = tags[i - 1].removeprefix("B-")
    return above in _SIGNED or above in ("para", "cont") and bool(BYLINE_TAIL_RE.search(lines[i - 1].text.strip()))


def bylines_over_signed_ends(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with a byline line that stands between a signed text and a headline opening that
    headline's article (see the module's docstring). Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "镇里为群众办事九百件。（李勇）\\n本报评论员\\n把意见当作镜子\\n开展教育实践活动，核心是联系群众。\\n"
    >>> bylines_over_signed_ends(read_lines(page), ["B-para", "byline", "B-title", "para"])
    ['B-para', 'B-byline', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    out = list(tags)
    for i in range(1, len(lines) - 1):
        t = lines[i].text.strip()
        if (out[i].removeprefix("B-") != "byline" or out[i + 1] not in ("B-title", "B-kicker") or t.endswith("摄")
                or t[:1] in "(（" or not is_byline(t) or not _signed_above(lines, out, i)):
            continue
        out[i] = "B-byline"
        out[i + 1] = out[i + 1].removeprefix("B-")
    return out
