"""Photo-news items: a short title over a few body lines closed by a photographer's credit.

Line-model tag corrections (run by :func:`corpus_tools.layout.boundaries.correct_tags` with those of
:mod:`corpus_tools.layout.headforms`):

* :func:`place_colon_titles` — a place-colon title on a line of its own (``青石村：古桥边的“研学季”``,
  a photo-news item's) read as a one-line body paragraph;
* :func:`photo_item_titles` — a photo-news item's short title after an article's end read as a
  line of that article;
* :func:`marked_captions` — a caption opened by a photo mark (``▲…``, ``图为…``, ``上图…``) over one
  to a few lines, closed by a sentence end or a photographer's credit, and a bare credit line
  (``马春生 摄``) right under a caption, read as body text or a heading.

:func:`photo_item_below` and :func:`is_photo_credit` tell the item by its form.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import (CAPTION_START_RE, CLAUSE_PUNCT, FINAL_PUNCT, PHOTO_MARK_RE, SENTENCE_MARKS, ends_sentence, heading_form,
                                          is_place_line)


#: Most body lines between a photo-news item's title and its photographer's credit.
PHOTO_ITEM_MAX_LINES = 8


def credit_closes(lines: Sequence[Line], roles: Sequence[str], first: int, max_lines: int,
                  kinds: tuple[str, ...] = ("para", "cont"), *, read_as_byline: bool = True) -> bool:
    """Whether lines ``first``… (at most ``max_lines``, each read as one of ``kinds``; ``B-`` prefixes
    ignored) are closed by a photographer's credit (:func:`is_photo_credit`): on the line after them, which
    the reading takes for a byline (``read_as_byline``), or, when it need not, on any line after the first.
    """
    k = first
    while k < len(lines) and k - first < max_lines and roles[k].removeprefix("B-") in kinds:
        if not read_as_byline and k > first and is_photo_credit(lines[k].text):
            return True
        k += 1
    if k == first or k >= len(lines) or read_as_byline and roles[k].removeprefix("B-") != "byline":
        return False
    return is_photo_credit(lines[k].text)


def photo_item_below(lines: list[Line], tags: list[str], i: int, max_lines: int = PHOTO_ITEM_MAX_LINES) -> bool:
    """Whether line ``i`` stands over a photo-news item: at most ``max_lines`` body lines, then a
    photographer's byline (``郑一凡 摄``, ``（摄影：郑一凡）``, ``摄影 郑一凡``).

    A photo-news item may be on the same subject as the article above it, so its title is told
    by the item's form, not by a change of topic.
    """
    return credit_closes(lines, tags, i + 1, max_lines)


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


#: A caption's opening: a photo mark (``▲``/``△``) or words pointing at the picture (``图为``, ``上图``).
CAPTION_MARK_RE = re.compile(r"^(?:" + PHOTO_MARK_RE.pattern.lstrip("^") + "|" + CAPTION_START_RE.pattern.lstrip("^") + ")")
#: Most lines of one marked caption.
CAPTION_MAX_LINES = 4


def _last_sentence_end(text: str) -> int:
    """Index of the last sentence's closing mark in *text* (a final punctuation mark or a closing quote), -1 if none."""
    return max(text.rfind(ch) for ch in FINAL_PUNCT + "”")


def _caption_end(text: str) -> bool:
    """Whether a line closes a caption: it ends a sentence, or a sentence and then a photographer's
    credit (``表演。  记者 李春燕 摄``)."""
    t = text.strip()
    if ends_sentence(t):
        return True
    cut = _last_sentence_end(t)
    return cut > 0 and is_photo_credit(t[cut + 1:].strip())


#: Most characters of a photographer's credit closing a caption's last sentence (``佟　鑫/摄``, ``（符永生 摄）``).
CLOSING_CREDIT_MAX = 18


def closing_photo_credit(text: str) -> int | None:
    """Where a photographer's credit printed after a text's last sentence starts (``…之一。佟　鑫/摄``,
    ``…分界处。（符永生 摄）``), or None: only a credit whose every pair is a photographer's
    (:func:`is_photo_credit`).

    Examples
    --------
    >>> t = "代古建筑群之一。佟　鑫/摄"
    >>> t[closing_photo_credit(t):], closing_photo_credit("的分界处。（符永生 摄）")
    ('佟　鑫/摄', 5)
    >>> closing_photo_credit("游客开放。（郭　勇）") is None, closing_photo_credit("佟　鑫/摄") is None
    (True, True)
    """
    t = text.rstrip()
    end = _last_sentence_end(t)
    if end < 0:
        return None
    start = end + 1
    while start < len(t) and t[start] in " \u3000":
        start += 1
    tail = t[start:]
    if not 2 <= len(tail) <= CLOSING_CREDIT_MAX or not tail.endswith(("摄", "摄）", "摄)")):
        return None
    return start if is_photo_credit(tail) else None


def joined_lines(lines: list[Line], i: int, k: int) -> str:
    """Lines ``i`` to ``k`` as one text (a caption wrapped by the column, its credit cut mid-name:
    ``图为…玉米。　本报记`` / ``者　姜维东　摄``)."""
    return "".join(ln.text.strip() for ln in lines[i:k + 1])


def _credit_cut(lines: list[Line], tags: list[str], i: int) -> bool:
    """Whether line ``i`` ends the photographer's credit of the caption above it, cut by the column:
    the caption's lines do not close it, and with line ``i`` they close on a credit."""
    first = i - 1
    while first > 0 and tags[first - 1].removeprefix("B-") == "caption" and i - first < CAPTION_MAX_LINES:
        first -= 1
    return not _caption_end(joined_lines(lines, first, i - 1)) and _caption_end(joined_lines(lines, first, i))


def marked_captions(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Captions told by their form, which the line model reads as body text or a heading:

    * a line opening on a photo mark or picture words (:data:`CAPTION_MARK_RE`, ``▲5月10日，游客…``)
      that stands alone (the page's first line, after a blank line, or after a line ending a
      sentence or read as no body line) and, with the lines the model runs on from it, closes a
      sentence within :data:`CAPTION_MAX_LINES` lines (a photo mark on a line of its own needs no
      sentence end); the line after it opens a new paragraph or
      heading. Picture words (``图为…``) need a photographer's credit closing the last line
      (``…表演。 记者 李春燕 摄``): without one such a paragraph may close a body;
    * a bare photographer's credit ending in ``摄`` on its own line (``马春生 摄``, ``记者 李春燕 摄``;
      in brackets, or ``摄影：…``, it is a byline) right under a caption, read as body text or a
      heading: the caption's credit.

    Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    gap = blank_lines_before(raw_lines)
    out = list(tags)
    i = 0
    while i < len(lines):
        t = lines[i].text.strip()
        role = out[i].removeprefix("B-")
        alone = (i == 0 or gap[i] or ends_sentence(lines[i - 1].text) or out[i - 1].removeprefix("B-") not in ("para", "cont")
                 or heading_form(lines[i - 1].text, strict=True))  # (under a headline printed after its body)
        if role in ("para", "cont", "title", "kicker") and alone and CAPTION_MARK_RE.match(t):
            k = i
            while not _caption_end(joined_lines(lines, i, k)) and k + 1 < len(lines) and k - i + 1 < CAPTION_MAX_LINES \
                    and (out[k + 1] == "cont" or _caption_end(joined_lines(lines, i, k + 1))):
                k += 1  # (a credit cut by the column may be read as a byline line: ``本报`` / ``记者　X　摄``)
            # (a ``图为…。`` paragraph without a credit may close a body, as on the crawl's pages; a
            # one-line one is the arbiter's to settle with the rules, see arbiter.caption_body)
            uncredited = t[0] not in "▲△" and ends_sentence(lines[k].text)
            # (a photo mark on one line of its own is a caption whether or not it closes a sentence:
            # ``△收割机在彭坊村稻田里作业``)
            closed = _caption_end(joined_lines(lines, i, k)) and any(ch in SENTENCE_MARKS for ch in t)
            if ((closed or (t[0] in "▲△" and k == i)) and not uncredited
                    and (k + 1 >= len(lines) or out[k + 1] != "cont" or gap[k + 1])):
                if out[i].startswith("B-") and k + 1 < len(lines) and out[k + 1] in ("para", "cont"):
                    out[k + 1] = "B-" + out[k + 1]  # the article opened here opens on the next line
                out[i:k + 1] = ["caption"] * (k + 1 - i)
                i = k + 1
                continue
        if (i > 0 and out[i - 1].removeprefix("B-") == "caption" and role in ("para", "cont", "title", "kicker")
                and t.endswith("摄") and not t.startswith(("（", "("))
                and (is_photo_credit(t) or _credit_cut(lines, out, i))):
            if out[i].startswith("B-") and i + 1 < len(lines) and out[i + 1] in ("para", "cont"):
                out[i + 1] = "B-" + out[i + 1]
            out[i] = "caption"
        i += 1
    return out
