"""A notice's formal title printed over two lines: ``关于312国道丹水段`` / ``施工期间交通管制的通告`` (cut by the
column), or the issuing unit over ``关于…的通告`` (``郸城县扫黑除恶专项斗争领导小组办公室`` /
``关于公开征集黑恶势力违法犯罪线索的通告``).

The line model reads the first line as a title of its own and the second as the notice's first paragraph, or the
unit's line as the last line of the article above. Both forms are one title in the blind writers' truths
(pages22, pages23). :func:`two_line_notice_titles` corrects the tags.
"""

from __future__ import annotations

from corpus_tools.layout.headforms import NOTICE_KINDS, NOTICE_TITLE_RE
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ends_sentence, heading_form
from corpus_tools.layout.signoffs import is_signer

#: Roles a notice title's line may be misread as.
_MISREAD = ("para", "cont", "title", "kicker", "banner")


def _flat(text: str) -> str:
    return "".join(text.split())


def two_line_notice_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Tags where a notice's formal title printed over two lines (see the module docstring) is one
    headline opening the notice: the two lines ``B-title``, ``title``; the line under them a paragraph.
    The first line must stand after a finished text (a sentence's end, a byline, page furniture or the
    page's top): inside a paragraph, ``…的说明、`` / ``关于…`` / ``…的决定草案的说明`` is running text. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "配套建设了灯光球场。（通讯员 柳青）\\n关于312国道丹水段\\n施工期间交通管制的通告\\n因路面大修，实行半幅通行。\\n"
    >>> two_line_notice_titles(read_lines(page), ["cont", "B-title", "para", "cont"])
    ['cont', 'B-title', 'title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(len(lines) - 1):
        a, b = _flat(lines[i].text), _flat(lines[i + 1].text)
        if (out[i].removeprefix("B-") not in _MISREAD or out[i + 1].removeprefix("B-") not in _MISREAD
                or not heading_form(lines[i].text, strict=True) or not heading_form(lines[i + 1].text, strict=True)):
            continue
        above = "".join(ln.text.strip() for ln in lines[max(0, i - 2):i])  # (a signature may be cut by the column)
        finished = (i == 0 or out[i - 1].removeprefix("B-") in ("byline", "credit", "banner")
                    or ends_sentence(lines[i - 1].text) or bool(BYLINE_TAIL_RE.search(above)))
        cut = NOTICE_TITLE_RE.match(a + b) and not NOTICE_TITLE_RE.match(a) and a.startswith("关于")
        # (a column name over the notice, 公示公告, names a notice kind: no unit)
        unit = NOTICE_TITLE_RE.match(b) and is_signer(a) and not any(k in a for k in (*NOTICE_KINDS, "公示"))
        if not (finished and (cut or unit)):
            continue
        out[i], out[i + 1] = "B-title", "title"
        if i + 2 < len(out) and out[i + 2] in ("cont", "B-para"):
            out[i + 2] = "para"
    return out
