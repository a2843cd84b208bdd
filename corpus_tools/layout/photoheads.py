"""A photo item printed as a short headline over its caption (``丰收的海`` / ``图为…渔民在晾晒海带。　刘思琪 摄``).

County papers print a photo between articles with a headline of its own and a caption opened by ``图为`` (or a
photo mark, ``▲``) that closes with the photographer's credit, often cut by the column (``…海带。　陈丽珍`` /
``摄``, ``…鲍鱼。　潘一`` / ``鸣 摄``). The line model reads the headline as a banner, as the title of the
article above or as text, and the caption as that article's; the photo's headline then lands in another
article's title or in no article at all, and its credit in no byline (two users' papers, user33 and user33b).

:func:`headed_photo_items` reads the form alone, on the final tags: after a gap (a blank line), a heading line of
at most :data:`~corpus_tools.layout.photoitems.PHOTO_TITLE_MAX` characters, right over a caption's opening
line, the caption closed within :data:`~corpus_tools.layout.photoitems.CAPTION_MAX_LINES` lines by a
photographer's credit (on its last line, cut over two lines, or on a line of its own under a finished
sentence), and a gap, a new item or the page's end under it. The headline opens an article, the caption is its
text and the credit its byline. A headline that repeats the words of the text above it (printed after that
text) is left alone.
"""

from __future__ import annotations

from corpus_tools.layout.arbiter import echoes_above
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import CLAUSE_PUNCT, ends_sentence, heading_form
from corpus_tools.layout.photoitems import (CAPTION_MARK_RE, CAPTION_MAX_LINES, PHOTO_TITLE_MAX, closing_photo_credit,
                                            is_photo_credit)

#: Least share of the headline's character bigrams found in the lines above it for it to be read as that
#: text's headline printed after it.
ECHO_SHARE = 0.5


def _caption_text(lines: list[Line], first: int, last: int) -> str:
    """The caption's lines as one text; a credit's last piece alone on its line (``摄``, ``鸣 摄``) keeps the
    space the column cut (``…陈丽珍`` / ``摄`` reads ``…陈丽珍 摄``)."""
    parts = [ln.text.strip() for ln in lines[first:last + 1]]
    if len(parts) > 1 and parts[-1] == "摄":
        parts[-1] = " 摄"
    return "".join(parts)


def _caption_end(lines: list[Line], first: int) -> tuple[int, bool] | None:
    """``(last line, credit on a line of its own)`` of the caption opening at line ``first``, or None when no
    photographer's credit closes it within :data:`CAPTION_MAX_LINES` lines."""
    for last in range(first, min(first + CAPTION_MAX_LINES, len(lines))):
        if closing_photo_credit(_caption_text(lines, first, last)) is not None:
            return last, False
        if last > first and ends_sentence(lines[last - 1].text) and is_photo_credit(lines[last].text):
            return last, True
        if ends_sentence(lines[last].text) and last + 1 < len(lines) and not is_photo_credit(lines[last + 1].text):
            return None  # (a finished caption with no credit: no photo item of this form)
    return None


def headed_photo_items(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Tags where a photo item printed as a short headline over a credited caption (see the module docstring)
    is an article of its own: the headline ``B-title``, the caption ``para`` (``cont`` for its wrapped lines),
    a credit on a line of its own ``byline``. Returns the new tags; *tags* (one per non-blank line of
    *raw_lines*) is not changed.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "　　紫菜产品销往全国各地。（王承志）\\n\\n丰收的海\\n图为渔民在晾晒海带。　陈丽珍\\n 摄\\n\\n简讯\\n"
    >>> headed_photo_items(read_lines(page), ["B-para", "banner", "caption", "banner", "banner"])
    ['B-para', 'B-title', 'para', 'cont', 'banner']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    gaps = blank_lines_before(raw_lines)
    out = list(tags)
    for i in range(1, len(lines) - 1):
        head = lines[i].text.strip()
        if not (gaps[i] and len(head) <= PHOTO_TITLE_MAX and heading_form(head, strict=True)
                and head[-1:] not in CLAUSE_PUNCT and CAPTION_MARK_RE.match(lines[i + 1].text.lstrip())
                and not gaps[i + 1] and not CAPTION_MARK_RE.match(head)):
            continue
        end = _caption_end(lines, i + 1)
        if end is None:
            continue
        last, own_line = end
        if any(gaps[k] for k in range(i + 2, last + 1)):
            continue
        if last + 1 < len(lines) and not (gaps[last + 1] or out[last + 1].startswith("B-")
                                          or out[last + 1] in ("banner", "credit")):
            continue  # (text under the caption, no gap: the photo of an article going on)
        if echoes_above(lines, i, i + 1, window=6, least=ECHO_SHARE):
            continue  # (the headline of the text above, printed after it)
        out[i] = "B-title"
        out[i + 1] = "para"
        for k in range(i + 2, last + 1):
            out[k] = "cont"
        if own_line:
            out[last] = "byline"
    return out
