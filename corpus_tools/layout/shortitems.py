"""Short articles the line model reads into the body above them: a title, a byline and a paragraph.

A short article printed under another article's finished body (``…称之为“幸福楼”。`` /
``章台镇防汛准备就绪`` / ``本报记者　王振华`` / ``　　章台镇储备防汛物资，落实责任人。``) may be read by the
line-role model as one more paragraph of the article above: its title a plain paragraph line, its byline
and body continuation lines. The mend here reads the three lines' form and position only: a heading-form
line after a finished sentence, a byline-form line under it, and a line printed with a paragraph's
indent under that.
"""

from __future__ import annotations

import re

from corpus_tools.layout.bylines import ROLES, parse_byline
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import SENTENCE_MARKS, ends_sentence, heading_form

#: Line-role tags of body text (with or without the ``B-`` that opens an article).
_BODY = ("para", "cont")

#: The longest line without a name that counts as a byline by its form (``本报评论员``, ``文　丁一``).
BARE_BYLINE_CHARS = 6
#: What such a line must hold: an outlet, a commentator or a role word, or a spaced 文/图 (a short subhead
#: such as 加强领导 holds none of them; review, 2026-12-06).
_BARE_ROLE_RE = re.compile(r"本报|本台|评论员|" + "|".join(map(re.escape, ROLES)) + r"|^[文图][ \u3000]")


def _byline_form(text: str) -> bool:
    """A byline's form: a role word and names, unbracketed (``本报记者　王振华``), or a short line without
    punctuation (``本报评论员``)."""
    t = text.strip()
    if not t or t[0] in "(（" or t[-1] in ")）" or t.endswith("摄"):
        return False
    if parse_byline(t):
        return True
    return len(t.replace(" ", "").replace("\u3000", "")) <= BARE_BYLINE_CHARS and bool(_BARE_ROLE_RE.search(t)) \
        and not any(ch in SENTENCE_MARKS or ch in "“”\"：:" for ch in t)


def short_items_under_bodies(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A title, a byline and an indented paragraph read as body text of the article above open an article.

    Line ``i`` has a headline's form (:func:`~corpus_tools.layout.patterns.heading_form`, strict) and
    follows a finished sentence or a blank line (or opens the page); line ``i + 1`` has a byline's form
    (:func:`_byline_form`); line ``i + 2`` is printed with a paragraph's indent; the first two are
    not. When the model tagged all three as body text (``para`` / ``cont``), line ``i`` opens an
    article (``B-title``), line ``i + 1`` is its byline and line ``i + 2`` opens its first paragraph.

    Parameters
    ----------
    raw_lines, tags : list
        Where it looks for short articles: the page's lines (:func:`~corpus_tools.layout.lines.read_lines`;
        None for a blank line) and one line-role tag per non-blank line.

    Returns
    -------
    list of str
        The tags with each such article opened; *tags* itself is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> raw = "全镇秋粮收获过半。\\n章台镇防汛准备就绪\\n本报记者　王振华\\n　　章台镇储备防汛物资，落实责任人。\\n"
    >>> short_items_under_bodies(read_lines(raw), ["B-para", "para", "cont", "cont"])
    ['B-para', 'B-title', 'byline', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags must give one tag per non-blank line: {len(lines)} lines, got {len(tags)} tags")
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(len(lines) - 2):
        title, byline, body = lines[i], lines[i + 1], lines[i + 2]
        if any(out[k].removeprefix("B-") not in _BODY for k in (i, i + 1, i + 2)):
            continue
        if title.opens or byline.opens or not body.opens:
            continue
        if i > 0 and not gap[i] and not ends_sentence(lines[i - 1].text):
            continue  # (the line goes on from a paragraph above it)
        if not heading_form(title.text, strict=True) or not _byline_form(byline.text):
            continue
        out[i], out[i + 1], out[i + 2] = "B-title", "byline", "para"
    return out
