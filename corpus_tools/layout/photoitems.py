"""Photo-news items: a short title over a few body lines closed by a photographer's credit.

Line-model tag corrections (run by :func:`corpus_tools.layout.boundaries.correct_tags` with those of
:mod:`corpus_tools.layout.headforms`):

* :func:`place_colon_titles` — a place-colon title on a line of its own (``青石村：古桥边的“研学季”``,
  a photo-news item's) read as a one-line body paragraph;
* :func:`photo_item_titles` — a photo-news item's short title after an article's end read as a
  line of that article.

:func:`photo_item_below` and :func:`is_photo_credit` tell the item by its form.
"""

from __future__ import annotations

from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import CLAUSE_PUNCT, FINAL_PUNCT, SENTENCE_MARKS, is_place_line


#: Most body lines between a photo-news item's title and its photographer's credit.
PHOTO_ITEM_MAX_LINES = 8


def photo_item_below(lines: list[Line], tags: list[str], i: int, max_lines: int = PHOTO_ITEM_MAX_LINES) -> bool:
    """Whether line ``i`` stands over a photo-news item: at most ``max_lines`` body lines, then a
    photographer's byline (``郑一凡 摄``, ``（摄影：郑一凡）``, ``摄影 郑一凡``).

    A photo-news item may be on the same subject as the article above it, so its title is told
    by the item's form, not by a change of topic.
    """
    k = i + 1
    while k < len(lines) and k - i <= max_lines and tags[k].removeprefix("B-") in ("para", "cont"):
        k += 1
    if k >= len(lines) or k == i + 1 or tags[k].removeprefix("B-") != "byline":
        return False
    return is_photo_credit(lines[k].text)


def place_colon_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A place, a colon and a phrase on a line of its own (``青石村：古桥边的“研学季”``) over a few body
    lines closed by a photographer's byline, that the line model reads as a one-line body
    paragraph, is the title of a photo-news item (without the credit it may be a roundup's
    subhead, ``头寨子镇：…`` among other townships' news, and stays body).

    The line is a paragraph of its own: the model opens a paragraph on it and on the line under
    it (no ``cont`` line runs on from it), and it holds no sentence mark after the colon; the part
    before the colon is a place name (:func:`~corpus_tools.layout.patterns.is_place_line`). Returns
    the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        head, colon, rest = t.partition("：")
        if (out[i].removeprefix("B-") != "para" or not colon or not rest or len(t) > 26
                or not is_place_line(head) or any(ch in SENTENCE_MARKS for ch in rest)
                or i + 1 >= len(lines) or out[i + 1] == "cont" or not photo_item_below(lines, out, i)):
            continue
        out[i] = "B-title"
        if out[i + 1] == "B-para":
            out[i + 1] = "para"
    return out


#: Longest title of a photo-news item in characters.
PHOTO_TITLE_MAX = 16


def photo_item_titles(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A short line standing alone after an article's end (``娘子军故事代代传``) over a few body lines
    closed by a photographer's byline (:func:`photo_item_below`, ``（记者 符雪 摄）``), that the line
    model reads as a line of the article above, is the title of a photo-news item.

    The line holds no sentence mark and ends in no punctuation, a blank line stands before it (or a
    section banner after article text, ``图片新闻``, whose line the model may open as a body), and
    the line under it holds a sentence mark (a body line). Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    credit: dict[int, bool] = {}  # each line's form judged once (the page stays linear)
    for i in range(1, len(lines) - 2):
        t = lines[i].text.strip()
        # (or under a section banner mid-page, ``图片新闻`` / ``冬日里的延庆``, which the model may open as a body)
        banner = out[i - 1] == "banner" and i >= 2 and out[i - 2].removeprefix("B-") in ("para", "cont", "byline")
        if (out[i] not in ("para", "cont") and not (banner and out[i] == "B-para")
                or not 4 <= len(t) <= PHOTO_TITLE_MAX or t[-1] in FINAL_PUNCT + CLAUSE_PUNCT
                or any(ch in SENTENCE_MARKS for ch in t) or not (gap[i] or banner)
                or out[i - 1].removeprefix("B-") not in ("para", "cont", "byline") and not banner
                or not any(ch in SENTENCE_MARKS for ch in lines[i + 1].text)):
            continue
        # the byline may be read as the body's last line (``（记者 符雪 摄）``): told by its form;
        # photo_item_below reads the tags of the lines under i only
        probe = out[:i + PHOTO_ITEM_MAX_LINES + 2]
        probe[i + 1] = "para"
        for k in range(i + 2, len(probe)):
            if probe[k] in ("para", "cont"):
                if k not in credit:
                    credit[k] = is_photo_credit(lines[k].text)
                if credit[k]:
                    probe[k] = "byline"
        if not photo_item_below(lines, probe, i):
            continue
        out[i] = "B-title"
        out[i + 1] = "para"
    return out


def is_photo_credit(text: str) -> bool:
    """Whether a line is a photographer's byline (``（记者 符雪 摄）``, ``冉启明 摄``).

    Examples
    --------
    >>> is_photo_credit("（记者 符雪 摄）"), is_photo_credit("（记者 符雪）")
    (True, False)
    """
    pairs = parse_byline(text.strip()) or []
    return bool(pairs) and all(r == "摄影" for r, _ in pairs)
