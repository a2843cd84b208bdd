"""A byline printed on two lines, read by the line model as a byline and a body line.

A line-model tag correction (run by :func:`corpus_tools.layout.boundaries.correct_tags` last):
:func:`second_byline_lines` — ``本报记者　孔　颖`` / ``通讯员　颜培华`` / ``9月27日晚，…``: the second line,
a role word and names only, is the byline's, not the first line of the body; so is such a line
right under a title or subtitle.
"""

from __future__ import annotations

from corpus_tools.layout.bylines import ROLES, parse_byline
from corpus_tools.layout.continuity import continuity
from corpus_tools.layout.lines import Line


#: Under a title, a role line the line below reads on from better than this (nats,
#: :func:`~corpus_tools.layout.continuity.continuity`) opens a sentence (``记者 何小燕`` / ``来到现场，…``).
BYLINE_READS_OFF = -3.0


def _role_line(text: str) -> bool:
    """A line of a role word and names only, unbracketed (``通讯员　颜培华``, ``实习生 王小川``)."""
    t = text.strip()
    if not t or t[0] in "(（":
        return False
    pairs = parse_byline(t)
    return bool(pairs) and all(role in ROLES for role, _ in pairs)


def second_byline_lines(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A byline line (a role word and names only, :func:`_role_line`) right under a byline line of
    that form or under a title or subtitle, that the line model reads as body text (or as the
    first line of another article: ``——访…`` / ``本报记者 X`` / ``【编者按】…``), is a byline line of
    the article above; the body opens on the line under it. Under a title or subtitle, the line
    under it must not read on from it (:data:`BYLINE_READS_OFF`). Returns the new tags."""
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines)):
        above = out[i - 1].removeprefix("B-")
        if out[i].removeprefix("B-") not in ("para", "cont") or not _role_line(lines[i].text):
            continue
        runs_on = (i + 1 < len(lines) and out[i + 1] == "cont"
                   and continuity(lines[i].text, lines[i + 1].text) > BYLINE_READS_OFF)
        if above == "byline" and _role_line(lines[i - 1].text) or above in ("title", "subtitle") and not runs_on:
            out[i] = "byline"
            if i + 1 < len(out) and out[i + 1] == "cont":
                out[i + 1] = "para"
    return out
