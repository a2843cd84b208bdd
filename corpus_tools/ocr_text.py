"""OCR'd pages: the repairs a scanned and OCR'd page needs before it is laid out.

A page run through OCR (an archive's scans) differs from a PDF extraction in a few printed forms
that break names, bylines, concordances and word tables:

* **spaces between characters** (``经研 究， 县农经站 定于19 9``): some OCR engines put a space after
  every two to four characters of a line. :func:`ocr_spaced` tells such a page from the page itself:
  at least :data:`MIN_SPACED_LINES` lines, and :data:`MIN_SPACED_SHARE` of its lines of text, hold
  :data:`LINE_GAPS` or more half-width spaces between two Chinese characters (a PDF page prints such
  a space only now and then: between a byline's role and name, in a letter-spaced headline; the
  full-width space of ``王　磊`` or ``记者　王磊`` is never touched);
* **half-width punctuation** beside Chinese (``会议.``, ``(记者``, ``联系人:``) and **letters read for
  digits** inside a number (``2OO6年``, ``l9千余亩``, ``3O日``) and ``曰`` for ``日`` after a day;
* **the masthead date** (``l999年9月3日``, ``2 006年3 月30曰``), which dates an undated file.

:func:`repair_ocr` makes these repairs on a page's text before :class:`~corpus_tools.corpus.Issue`
holds it and returns each as a :class:`~corpus_tools.layout.model.Repair` whose span is in the text
*as read from the file* (kind ``"ocr-space"``: a space removed; ``"ocr-fold"``: a character read as
another, ``removed`` the printed one, the note names the new one), so nothing is lost:
:func:`restore_ocr` gives back the printed text. ``read_corpus(ocr=...)`` (CLI ``--ocr``) chooses:

* ``"auto"`` (default): the masthead date on every page whose first lines print an OCR'd date and
  no readable one, scan debris (:mod:`corpus_tools.scan_debris`); the spacing, punctuation and digit
  repairs on a page that shows OCR: :func:`ocr_spaced`, a letter read for a digit inside a number,
  scan debris or an OCR'd masthead date (none of these is printed on the PDF-extracted test pages);
  the spaces of every line on a page :func:`ocr_spaced` finds, else of its :func:`spaced_line` lines only
  (a byline's ``记者 王磊`` on a page that is not spaced keeps its space);
* ``True``: every repair on every page (a folder of OCR'd pages without spaced lines);
* ``False``: none (the text as read).

A PDF extraction has none of these forms, so ``"auto"`` leaves it unchanged.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from corpus_tools.layout.model import Repair
from corpus_tools.scan_debris import debris_spans
from corpus_tools.text import masthead_date

__all__ = ["OCR_MODES", "LINE_GAPS", "MIN_SPACED_LINES", "MIN_SPACED_SHARE", "check_ocr_mode", "ocr_spaced",
           "spaced_line", "repair_ocr", "restore_ocr", "fold_masthead_date", "spaced_literal"]

#: Values of ``read_corpus(ocr=...)``.
OCR_MODES = ("auto", True, False)
#: Half-width spaces between two Chinese characters that make a line "spaced" ...
LINE_GAPS = 2
#: ... in a line of this many Chinese characters at least.
LINE_CHARS = 6
#: Fewest spaced lines, and smallest share of the page's lines of :data:`LINE_CHARS` characters,
#: that make a page an OCR'd page with spaces between characters.
MIN_SPACED_LINES = 3
MIN_SPACED_SHARE = 0.3
#: Lines of the page's head searched for a masthead date.
MASTHEAD_SCAN = 6

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u00b7"
_HAN_GAP_RE = re.compile(f"(?<=[{_HAN}]) +(?=[{_HAN}])")
_HAN_RE = re.compile(f"[{_HAN}]")
#: A space an OCR'd page drops: between Chinese characters, Chinese punctuation, the full-width space
#: and digits, at least one side Chinese (or both digits: ``19 98``).
_WIDE = f"{_HAN}{_CJK_PUNCT}\u3000"
_WIDE_RE = re.compile(f"[{_HAN}{_CJK_PUNCT}]")
_DROP_RE = re.compile(f"(?<=[{_WIDE}]) +(?=[{_WIDE}0-9])|(?<=[0-9]) +(?=[{_WIDE}])|(?<=[0-9]) +(?=[0-9])")
_HALF_PUNCT = {",": "，", ".": "。", ":": "：", ";": "；", "(": "（", ")": "）"}
#: A number OCR'd with letters for digits: O for 0, l or I for 1 (``2OO6``, ``l9``), spaces inside.
_DIGIT_RUN_RE = re.compile(r"(?<![A-Za-z])[0-9OlI](?:[0-9OlI]| (?=[0-9OlI]))*(?![A-Za-z])")
_DIGIT_FOLD = {"O": "0", "l": "1", "I": "1"}
#: ``曰`` for ``日`` after a month's day (``6月1 曰``).
_DAY_RE = re.compile(r"月 *[0-9OlI][0-9OlI ]{0,3}(曰)")
#: A masthead date as OCR prints it: letters for digits, spaces inside numbers, ``曰`` for ``日``.
_OCR_DATE_RE = re.compile(r"(?<![0-9A-Za-z])([0-9OlI][0-9OlI ]{3,6}?) *年 *([0-9OlI][0-9OlI ]{0,2}?) *月 *"
                          r"([0-9OlI][0-9OlI ]{0,2}?) *([日曰])")


def check_ocr_mode(ocr: object) -> None:
    """Raise ValueError unless *ocr* is one of :data:`OCR_MODES`.

    Examples
    --------
    >>> check_ocr_mode("auto")
    >>> check_ocr_mode("yes")
    Traceback (most recent call last):
    ...
    ValueError: ocr='yes' is invalid; use 'auto' (repair a page that shows OCR spacing), True (repair every page) or False
    """
    if not any(ocr is m or (isinstance(m, str) and ocr == m) for m in OCR_MODES):
        raise ValueError(f"ocr={ocr!r} is invalid; use 'auto' (repair a page that shows OCR spacing), True (repair "
                         "every page) or False")


def spaced_line(line: str) -> bool:
    """Whether *line* shows OCR spacing: :data:`LINE_GAPS` half-width spaces between Chinese characters
    in a line of :data:`LINE_CHARS` characters or more.

    Examples
    --------
    >>> spaced_line("土地承 包经营培 训班,请 各乡镇农"), spaced_line("记者 王磊 通讯员 李娜"), spaced_line("王　磊")
    (True, True, False)
    """
    return len(_HAN_RE.findall(line)) >= LINE_CHARS and len(_HAN_GAP_RE.findall(line)) >= LINE_GAPS


def ocr_spaced(text: str) -> bool:
    """Whether a page shows the OCR pattern of spaces between characters (see the module's docs).

    Examples
    --------
    >>> page = "县委县 政府召开 经济 工作会议\\n　　县长 刘振邦主 持会议 。各 乡镇\\n党委书 记、 县直 各部门负 责人 参加\\n会议。"
    >>> ocr_spaced(page), ocr_spaced(page.replace(" ", ""))
    (True, False)
    >>> ocr_spaced("本报讯（记者　王磊 通讯员 李娜）近日，县委召开常委会议。\\n会议强调，要抓好春耕生产。\\n县长主持会议。")
    False
    """
    lines = [ln for ln in text.splitlines() if len(_HAN_RE.findall(ln)) >= LINE_CHARS]
    spaced = sum(spaced_line(ln) for ln in lines)
    return spaced >= MIN_SPACED_LINES and spaced >= MIN_SPACED_SHARE * len(lines)


def _fold_punct(text: str) -> list[tuple[int, str]]:
    """Half-width ``, . : ; ( )`` with a Chinese character beside them (spaces passed over), not
    between two digits (``3.5``, ``8:30``, ``1,000``)."""
    out = []
    for m in re.finditer(r"[,.:;()]", text):
        i = m.start()
        left = text[max(0, i - 8):i].rstrip(" \n")[-1:]  # (a full stop OCR'd at the head of the next line)
        right = text[i + 1:i + 9].lstrip(" \n")[:1]
        if left.isdigit() and right.isdigit():
            continue
        if _WIDE_RE.match(left or " ") or _WIDE_RE.match(right or " "):
            out.append((i, _HALF_PUNCT[text[i]]))
    return out


def _fold_digits(text: str) -> list[tuple[int, str]]:
    """Letters read for digits inside a number that has a digit (``2OO6``, ``l9 77``) and stands
    beside a Chinese character or another number; ``曰`` after a month's day."""
    out = []
    for m in _DIGIT_RUN_RE.finditer(text):
        run = m.group()
        percent = text[m.end():m.end() + 1] in ("%", "％")  # (``l O%``: a number however it was read)
        if not (percent or any(ch.isdigit() for ch in run)) or not any(ch in _DIGIT_FOLD for ch in run):
            continue
        out += [(m.start() + k, _DIGIT_FOLD[ch]) for k, ch in enumerate(run) if ch in _DIGIT_FOLD]
    out += [(m.start(1), "日") for m in _DAY_RE.finditer(text)]
    return out


def fold_masthead_date(text: str) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, new)`` that make an OCR'd date in the page's first :data:`MASTHEAD_SCAN`
    lines readable (``l999年9月3日``, ``2OO6年3月3O日``, ``2006年3月30曰``, ``2 006年3 月30日``), on a line
    that reads as a masthead or folio line once folded and did not before; none otherwise.

    Examples
    --------
    >>> text = "定边报　2 OO6年3 月3O曰　星期四\\n正文"
    >>> edits = fold_masthead_date(text)
    >>> "".join(new if a <= i < b and i == a else "" if any(a <= i < b for a, b, _ in edits) else ch
    ...         for i, ch in enumerate(text) for a, b, new in [next(((a, b, n) for a, b, n in edits if a <= i < b),
    ...                                                        (0, 0, ""))])
    '定边报　2006年3月30日　星期四\\n正文'
    >>> fold_masthead_date("2006年3月30日　星期四\\n")
    []
    """
    edits: list[tuple[int, int, str]] = []
    at = 0
    for k, line in enumerate(text.splitlines(keepends=True)):
        if k >= MASTHEAD_SCAN:
            break
        m = _OCR_DATE_RE.search(line)
        if m and masthead_date(line) is None:
            new = {}
            for g in range(1, 5):
                for i in range(m.start(g), m.end(g)):
                    ch = line[i]
                    new[i] = "" if ch == " " else _DIGIT_FOLD.get(ch, "日" if ch == "曰" else ch)
            for i in range(m.start(), m.end()):  # spaces around 年 月
                if line[i] == " ":
                    new[i] = ""
            folded = "".join(new.get(i, ch) for i, ch in enumerate(line))
            if masthead_date(folded) is not None:
                edits += [(at + i, at + i + 1, v) for i, v in sorted(new.items()) if v != line[i]]
                break
        at += len(line)
    return edits


def repair_ocr(text: str, ocr: object = "auto", debris: set[str] | frozenset[str] = frozenset()
               ) -> tuple[str, list[Repair]]:
    """A page's text with the OCR repairs *ocr* asks for (see the module's docs) and the repairs made.

    Parameters
    ----------
    text : str
        The page's text as read from its file.
    ocr : "auto", True or False
        ``read_corpus``'s option.
    debris : set of str, optional
        The corpus's repeated debris lines (:func:`~corpus_tools.scan_debris.debris_forms`); they
        and lines of block characters are removed (kind ``"ocr-debris"``) unless *ocr* is False.

    Returns
    -------
    tuple of (str, list of Repair)
        The repaired text and one :class:`~corpus_tools.layout.model.Repair` per removed space
        (``"ocr-space"``) or folded character (``"ocr-fold"``), spans in *text*.

    Examples
    --------
    >>> fixed, repairs = repair_ocr("县委县 政府召开 经济 工作会议\\n　　本报 讯( 记者　 王志刚)2OO6 年\\n"
    ...                             "3月1 曰, 县长 刘振邦主 持会议.各 乡镇\\n党委书 记、 县直 各部门负 责人 参加\\n")
    >>> print(fixed)
    县委县政府召开经济工作会议
    　　本报讯（记者　王志刚）2006年
    3月1日，县长刘振邦主持会议。各乡镇
    党委书记、县直各部门负责人参加
    <BLANKLINE>
    >>> restore_ocr(fixed, repairs).count(" "), sorted({r.kind for r in repairs})
    (17, ['ocr-fold', 'ocr-space'])
    >>> repair_ocr("记者 王磊 通讯员 李娜\\n会议由县长主持.\\n")[1]
    []
    """
    check_ocr_mode(ocr)
    if ocr is False:
        return text, []
    subs: dict[int, tuple[str, str]] = {}  # offset -> (new character, why)
    chars = list(text)
    repairs = []
    for a, b, why in debris_spans(text, debris):
        repairs.append(Repair("ocr-debris", a, b, text[a:b], f"scan debris removed: {why}"))
        chars[a:b] = [""] * (b - a)
    for a, b, new in fold_masthead_date(text):
        subs[a] = (new, "OCR'd masthead date")
    spaced = ocr is True or ocr_spaced(text)
    digits = _fold_digits(text)
    whole = spaced or bool(repairs) or bool(subs) or bool(digits)
    if not spaced:  # an OCR'd page without the pattern: the spaces of its spaced lines only
        at, lines = 0, []
        for line in text.splitlines(keepends=True):
            if spaced_line(line):
                lines.append((at, at + len(line)))
            at += len(line)
    if whole:
        for i, new in _fold_punct(text):
            subs.setdefault(i, (new, "half-width punctuation beside Chinese"))
        for i, new in digits:
            subs.setdefault(i, (new, "letter read for a digit" if new != "日" else "曰 read for 日 after a day"))
    for i, (new, why) in subs.items():
        if not chars[i]:
            continue
        if new == "":
            repairs.append(Repair("ocr-space", i, i + 1, text[i], f"space inside an {why} removed"))
        elif new != text[i]:
            repairs.append(Repair("ocr-fold", i, i + 1, text[i], f"{why}: {text[i]!r} read as {new!r}"))
        chars[i] = new
    if whole:
        for a, b in _drop_spans("".join(c if c else "\0" for c in chars)):  # (a removed character: \0)
            if not spaced and not any(s <= a < e for s, e in lines):
                continue
            for m in re.finditer(r" +", text[a:b]):  # (the spaces only: a removed line between stays its own)
                if all(chars[i] for i in range(a + m.start(), a + m.end())):
                    chars[a + m.start():a + m.end()] = [""] * (m.end() - m.start())
                    repairs.append(Repair("ocr-space", a + m.start(), a + m.end(), m.group(),
                                          "OCR space between characters removed"))
    repairs.sort(key=lambda r: r.start)
    return "".join(chars), repairs


def _drop_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of the spaces an OCR'd page drops (:data:`_DROP_RE`), a removed character (``\\0``)
    passed over."""
    keep = [i for i, ch in enumerate(folded) if ch != "\0"]
    flat = "".join(folded[i] for i in keep)
    return [(keep[m.start()], keep[m.end() - 1] + 1) for m in _DROP_RE.finditer(flat)]


def restore_ocr(text: str, repairs: list[Repair] | list[dict]) -> str:
    """The page's text as read from its file, from the repaired *text* and its OCR *repairs*
    (:class:`Repair` objects or their dicts, as ``Issue.meta["ocr_repairs"]`` keeps them).

    Examples
    --------
    >>> fixed, repairs = repair_ocr("县委 召开 会议\\n县长 主持 会议\\n各乡 镇长 参加 会议\\n", ocr=True)
    >>> fixed, restore_ocr(fixed, [r.__dict__ for r in repairs])
    ('县委召开会议\\n县长主持会议\\n各乡镇长参加会议\\n', '县委 召开 会议\\n县长 主持 会议\\n各乡 镇长 参加 会议\\n')
    """
    rs = sorted((r if isinstance(r, dict) else asdict(r) for r in repairs), key=lambda r: r["start"])
    out, j, i = [], 0, 0  # j: in text, i: in the original
    for r in rs:
        gap = r["start"] - i
        out.append(text[j:j + gap])
        j += gap
        out.append(r["removed"])
        if r["kind"] == "ocr-fold":
            j += r["end"] - r["start"]
        i = r["end"]
    out.append(text[j:])
    return "".join(out)


def spaced_literal(query: str) -> str:
    """A regular expression for the literal *query* that also matches it with one half-width space
    between two of its characters (an OCR'd ``退耕 还林``), as :func:`~corpus_tools.concordance.kwic` uses it.

    Examples
    --------
    >>> [bool(re.fullmatch(spaced_literal("退耕还林"), s)) for s in ("退耕还林", "退耕 还林", "退耕  还林", "退耕还")]
    [True, True, False, False]
    """
    return " ?".join(re.escape(ch) for ch in query)
