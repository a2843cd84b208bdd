"""Boxes and page-foot lines that are no article: tables of figures under a box name, contact lines.

Line-model tag corrections (run by :func:`corpus_tools.layout.boundaries.correct_tags`):

* :func:`table_boxes` — a box name after a finished article (``【天气预报】``, ``■荔枝行情（6月24日）``)
  over rows of figures parted by spaces (``10日　晴转多云　-11℃～2℃　西北风3级``), perhaps closed by
  its source or issuer (``数据来源：区农业农村局``, ``延庆区气象台　12月9日17时发布``), is a box: its
  lines are banners, not an article's body that the article above or below would absorb;
* :func:`contact_feet` — the page's last lines giving the paper's hotline, address or mailbox
  (``新闻热线：020-87921234　　投稿邮箱：…``) are page furniture, not the last article's body.

Both are told by the lines' form (cells parted by spaces, figures, no sentence mark, a field label
and a number) and position (after article text, at the page's foot), not by the words of a box.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import SENTENCE_MARKS

#: Cells of a row parted by a full-width space or two or more spaces.
_CELL_SEP_RE = re.compile(r"\u3000+|\s{2,}")
#: A box's source or issuer line (``数据来源：区农业农村局``, ``延庆区气象台　12月9日17时发布``).
_SOURCE_RE = re.compile(r"^(?:数据|资料)?来源[:：]|发布$")
#: A box's name on a line of its own, read as any kind of line (``【天气预报】``, ``■荔枝行情（6月24日）``).
_BOX_NAME_RE = re.compile(r"^(?:【[^【】]{2,10}】|■[^■。，；！？]{2,16})$")
#: Least rows of figures of a box.
MIN_ROWS = 2
#: A contact field of the paper (``新闻热线：``, ``投稿邮箱：``, ``地址：``) opening a page-foot line.
_CONTACT_RE = re.compile(r"^(?:新闻|报料|热线|服务|投诉|广告|发行|订阅|投稿)?(?:热线|电话|邮箱|信箱|地址|邮编|传真)[:：]")
#: Most lines of the page's foot.
MAX_FOOT_LINES = 2

_BODY = ("para", "cont")
_HEADS = ("banner", "kicker", "title", "subtitle")


def is_row(text: str) -> bool:
    """Whether a line is a row of a table: two or more cells parted by spaces, no sentence mark.

    Examples
    --------
    >>> is_row("11日　多云　-9℃～3℃　北风2级"), is_row("糯米糍　　8.0～10.0"), is_row("村里修了路，通了车。")
    (True, True, False)
    """
    t = text.strip()
    cells = [c for c in _CELL_SEP_RE.split(t) if c]
    return len(cells) >= 2 and not any(ch in SENTENCE_MARKS for ch in t)


def is_box_line(text: str) -> bool:
    """Whether a line can stand in a box of figures (:func:`table_boxes`): a row, or a source or
    issuer line without sentence marks."""
    t = text.strip()
    return is_row(t) or bool(_SOURCE_RE.search(t)) and not any(ch in SENTENCE_MARKS for ch in t)


def _figures(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def table_boxes(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A box of figures after a finished article, read as headlines and body, is page furniture.

    The box opens with one or two heading lines (the model's banner, kicker or title, or a bracketed
    or marked box name read as any line, ``【天气预报】``) right after
    article text (a body or byline line); under them stand at least :data:`MIN_ROWS` rows
    (:func:`is_row`) holding figures, perhaps a header row without figures above them and a
    source or issuer line under them; a heading line or the page's end follows. All its lines
    become banners (no article). Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = ("本报讯 县里修了路。\\n【天气预报】\\n10日　晴　-11℃～2℃\\n11日　多云　-9℃～3℃\\n"
    ...         "村里通了车\\n本报讯 村里通了车。\\n")
    >>> table_boxes(read_lines(page), ["B-para", "banner", "B-para", "cont", "B-title", "para"])
    ['B-para', 'banner', 'banner', 'banner', 'B-title', 'para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    i = 1
    while i < len(lines):
        named = out[i].removeprefix("B-") in _HEADS or bool(_BOX_NAME_RE.match(lines[i].text.strip()))
        if not named or out[i - 1].removeprefix("B-") not in _BODY + ("byline",):
            i += 1
            continue
        k = i + 1
        while k < len(lines) and k - i < 2 and out[k].removeprefix("B-") in _HEADS and not _figures(lines[k].text):
            k += 1  # a second name line or a header row
        rows = 0
        m = k
        while m < len(lines) and is_row(lines[m].text) and _figures(lines[m].text):
            rows += 1
            m += 1
        if m < len(lines) and _SOURCE_RE.search(lines[m].text.strip()) and not any(
                ch in SENTENCE_MARKS for ch in lines[m].text):
            m += 1
        if rows < MIN_ROWS or (m < len(lines) and not out[m].startswith("B-")
                               and out[m].removeprefix("B-") not in _HEADS):
            i += 1
            continue
        out[i:m] = ["banner"] * (m - i)
        i = m
    return out


def contact_feet(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """The page's last one or two lines giving the paper's contacts (:data:`_CONTACT_RE`, with a
    number or an address), read as body text, are banners. Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "本报讯 县里修了路。\\n新闻热线：020-87921234　　投稿邮箱：news@example.com\\n"
    >>> contact_feet(read_lines(page), ["B-para", "cont"])
    ['B-para', 'banner']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for k in range(len(lines) - 1, max(0, len(lines) - 1 - MAX_FOOT_LINES), -1):
        t = lines[k].text.strip()
        if out[k].removeprefix("B-") not in _BODY or not _CONTACT_RE.match(t) or not (_figures(t) or "@" in t):
            break
        out[k] = "banner"
    return out
