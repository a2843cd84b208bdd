"""Scan debris of OCR'd pages: lines that are no text of the page, told by their form and repetition.

An archive's scans carry lines that are neither title nor body: a scanner's stamp
(``X档案馆数字化加工 8041``), a running head read in mid-page (``X报  第2版``), a page number
(``— 3 —``), the blocks OCR prints where a photo was (``■■■■■■■■■``). Cutting into a paragraph,
they split it, or glue to a title, or fall inside a quotation. They are told apart without
knowing the paper's words:

* **form**: a line of only block characters (:data:`BLOCK_LINE_RE`);
* **repetition**: a short line with no sentence punctuation, brackets or quotes, not a date
  alone, not a subtitle (``——X出席并讲话``) nor a table's row of cells, not indented as a paragraph's first line (:data:`MAX_CHARS`), the same on
  :data:`MIN_PAGES` pages and :data:`MIN_PAGE_SHARE` of the corpus once its numbers are read as
  one (:func:`line_form`), that on some of those pages (:data:`MIN_INSIDE_SHARE` to
  :data:`MAX_INSIDE_SHARE`) stands *inside* a paragraph (the line before is a full line that ends
  no sentence, the line after goes on without an indent). A column name, a byline or a repeated
  headline stands between paragraphs, never inside one; a line of a reprinted text always inside
  one; a running head or a stamp falls wherever the scan put it.

:func:`debris_forms` finds the repeated forms of a corpus; :func:`debris_spans` the lines of a
page to drop. ``read_corpus`` removes them with the other OCR repairs
(:func:`corpus_tools.ocr_text.repair_ocr`, kind ``"ocr-debris"``, nothing lost: the line is in the
repair) unless ``ocr=False``; a page's head (its first :data:`HEAD_LINES` lines, and its masthead
down to the date line) is kept.
"""

from __future__ import annotations

import re
from collections import Counter

from corpus_tools.text import masthead_date

__all__ = ["BLOCK_LINE_RE", "MAX_CHARS", "MIN_PAGES", "MIN_PAGE_SHARE", "MIN_INSIDE_SHARE", "MAX_INSIDE_SHARE",
           "CUT_SHARE", "WIDTH_QUANTILE", "HEAD_LINES", "HEAD_SCAN",
           "line_form", "debris_forms", "debris_spans"]

#: A line of only block characters (a photo's place on a scan).
BLOCK_LINE_RE = re.compile(r"[ \t\u3000]*[■□█▇▆▅▓▒░]{3,}[■□█▇▆▅▓▒░ \t\u3000]*")
#: Longest repeated line read as debris (characters, spaces left out).
MAX_CHARS = 30
#: Fewest pages, and smallest share of the corpus's pages, a repeated line is printed on ...
MIN_PAGES = 5
MIN_PAGE_SHARE = 0.1
#: ... and share of its pages on which it stands inside a paragraph: some, not all (a line of
#: the text itself, reprinted on many pages, stands inside one wherever it is printed).
MIN_INSIDE_SHARE = 0.25
MAX_INSIDE_SHARE = 0.8
#: A line cut inside a paragraph is this share of the column's width at least, the width the
#: :data:`WIDTH_QUANTILE` of the page's lines reach.
CUT_SHARE = 0.8
WIDTH_QUANTILE = 0.9
#: Lines at a page's head never dropped (the masthead, the date line), and how far a date line is looked for.
HEAD_LINES = 2
HEAD_SCAN = 6

_NUMBER_RE = re.compile(r"[0-9OlI]*[0-9][0-9OlI]*")
_SENTENCE_RE = re.compile(r"[。！？；，、,;!?（）()“”《》：:]|^#年#月(?:#日)?$|^(?:——|--|──)[^#]")  # (a subtitle's dash)
_ENDS = ("。", "！", "？", "”", "）", ")", "」", "…", ".", "!", "?", "：", ":")
_GAP_RE = re.compile(r"\s+")
_INDENTS = ("\u3000", "  ", "\t")  # (a paragraph's first line)
_WORD_RE = re.compile(r"[\u3400-\u9fff#A-Za-z]")


def _head(lines: list[str]) -> int:
    """Lines of the page's head: the first :data:`HEAD_LINES`, and all down to its date line when one
    of its first :data:`HEAD_SCAN` lines prints one (a masthead's small print above it)."""
    dated = [k for k, ln in enumerate(lines[:HEAD_SCAN]) if masthead_date(ln) is not None]
    return max(HEAD_LINES, dated[0] + 1 if dated else 0)


def line_form(line: str) -> str:
    """A line with its spaces left out and each number read as ``#``.

    Examples
    --------
    >>> line_form("定边县档案馆数字化加工 8O41"), line_form("— 3 —"), line_form("某某报  第2版")
    ('定边县档案馆数字化加工#', '—#—', '某某报第#版')
    """
    return _NUMBER_RE.sub("#", re.sub(r"\s+", "", line))


def _width(lines: list[str]) -> float:
    """The page's column width: the :data:`WIDTH_QUANTILE` of its lines' lengths."""
    sizes = sorted(len(ln.strip()) for ln in lines if ln.strip())
    return sizes[int(WIDTH_QUANTILE * (len(sizes) - 1))] if sizes else 0


def _inside(lines: list[str], k: int, width: float) -> bool:
    """Whether line *k* stands inside a paragraph: the line before is a full line of a paragraph cut
    inside a sentence (:data:`CUT_SHARE` of the column's *width*), the line after goes on without an indent."""
    if k == 0 or k + 1 >= len(lines) or not lines[k - 1].strip() or not lines[k + 1].strip():
        return False
    before = lines[k - 1].strip()
    return (len(before) >= CUT_SHARE * width and not before.endswith(_ENDS)
            and not lines[k + 1].startswith(("\u3000", " ", "\t")))


def debris_forms(texts: list[str]) -> set[str]:
    """The repeated debris lines (their :func:`line_form`) of a corpus's pages.

    Examples
    --------
    >>> inside = "某某报　2001年3月1日\\n\\n乡镇新闻标题\\n　　县供销社在乡新建农资超市，化肥价格比\\n{}\\n市场低。\\n"
    >>> after = "某某报　2001年3月1日\\n\\n乡镇新闻标题\\n{}\\n　　县供销社在乡新建农资超市，化肥价格比\\n市场低。\\n"
    >>> stamp = "某县档案馆数字化加工 {}".format
    >>> pages = [inside.format(stamp(n)) for n in range(1000, 1005)] + [after.format(stamp(n)) for n in range(5)]
    >>> debris_forms(pages + ["某某报\\n正文。\\n"] * 5)
    {'某县档案馆数字化加工#'}
    >>> debris_forms([inside.format(stamp(n)) for n in range(10)])  # (always inside: a line of the text)
    set()
    """
    on_pages: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for text in texts:
        lines = text.splitlines()
        width, head = _width(lines), _head(lines)
        seen, seen_inside = set(), set()
        for k, line in enumerate(lines):
            form = line_form(line)
            if (k < head or not form or len(form) > MAX_CHARS or _SENTENCE_RE.search(form)
                    or not _WORD_RE.search(form) or line.startswith(_INDENTS)
                    or len(_GAP_RE.findall(line.strip())) >= 2 and len(form) > 4):  # (a table's row)
                continue
            seen.add(form)
            if _inside(lines, k, width):
                seen_inside.add(form)
        on_pages.update(seen)
        inside.update(seen_inside)
    least = max(MIN_PAGES, MIN_PAGE_SHARE * len(texts))
    return {f for f, n in on_pages.items() if n >= least and MIN_INSIDE_SHARE * n <= inside[f] <= MAX_INSIDE_SHARE * n}


def debris_spans(text: str, forms: set[str] | frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, why)`` of the debris lines of a page (each with its line break).

    Examples
    --------
    >>> text = "某某报\\n标题\\n　　正文前半\\n■■■■■■\\n某县档案馆数字化加工 1234\\n后半。\\n"
    >>> [(text[a:b], why) for a, b, why in debris_spans(text, {"某县档案馆数字化加工#"})]
    [('■■■■■■\\n', 'a line of block characters (a photo on the scan)'), ('某县档案馆数字化加工 1234\\n', 'a line repeated on many pages, inside paragraphs (a stamp, a running head, a page number)')]
    """
    out = []
    at = 0
    head = _head(text.splitlines())
    for k, line in enumerate(text.splitlines(keepends=True)):
        body = line.rstrip("\r\n")
        if k >= head:
            if BLOCK_LINE_RE.fullmatch(body):
                out.append((at, at + len(line), "a line of block characters (a photo on the scan)"))
            elif forms and line_form(body) in forms:
                out.append((at, at + len(line), "a line repeated on many pages, inside paragraphs (a stamp, a running "
                                                "head, a page number)"))
        at += len(line)
    return out
