"""Text repair inside one paragraph or heading: spacing, letter-spacing, doubled bold glyphs."""

from __future__ import annotations

import re

import numpy as np

from corpus_tools.layout.cellspacing import cell_pieces
from corpus_tools.layout.patterns import DIGIT_SPACE_RE, LEAD_RE
from corpus_tools.text import WS_RE, to_halfwidth


PUNCT_SPACE_RE = re.compile(r"\s+(?=[，。、；：！？）》」』”,;:!?])|(?<=[，。、；：！？（《「『“])\s+")


def _close_letterspacing(text: str) -> str:
    """Close up runs of three or more single characters separated by spaces (``推 荐 活 动``)."""
    tokens = text.split(" ")
    if len(tokens) < 4:
        return text
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 4:
            out.append("".join(run))
        else:
            out.extend(run)
        run.clear()

    for tok in tokens:
        if 0 < len(tok) <= 2 and not any(ch.isascii() and ch.isalnum() for ch in tok):
            run.append(tok)
        else:
            flush()
            out.append(tok)
    flush()
    return " ".join(out)


def _halfwidth(text: str) -> str:
    """Full-width digits and letters to ASCII; a full-width ``：`` stays unless it is inside a number (``10：30``)."""
    half = to_halfwidth(text)
    if "：" not in text:
        return half
    chars = list(half)
    for i, ch in enumerate(text):
        if ch == "：" and not (0 < i < len(text) - 1 and half[i - 1].isdigit() and half[i + 1].isdigit()):
            chars[i] = "："
    return "".join(chars)


def fix_spacing(text: str) -> str:
    """Normalise spaces inside one paragraph or heading.

    Whitespace runs become one space; spaces inside numbers, between digits and Chinese
    characters and next to Chinese punctuation are removed; letter-spaced runs are
    closed up. Spaces between Chinese words (headline clauses, ``本报讯 近日``) are kept.

    Examples
    --------
    >>> fix_spacing("2022 年，为符合条件的 464 名老党员")
    '2022年，为符合条件的464名老党员'
    >>> fix_spacing("推 荐 活 动 ，全 网 话 题")
    '推荐活动，全网话题'
    >>> fix_spacing("完善城市功能 提升城市品质")
    '完善城市功能 提升城市品质'
    >>> fix_spacing("习近平：坚定信心 １０：３０")
    '习近平：坚定信心10:30'
    >>> fix_spacing("小坝镇　32100　21800")  # (a table row's cells, :mod:`~corpus_tools.layout.cellspacing`)
    '小坝镇 32100 21800'
    """
    pieces = cell_pieces(text)  # (a table's cells stay apart: ``32100　21800`` is never ``3210021800``)
    if len(pieces) > 1:
        return " ".join(p for p in map(fix_spacing, pieces) if p)
    t = WS_RE.sub(" ", _halfwidth(text)).strip()
    lead = LEAD_RE.match(t)
    head, rest = ("", t)
    if lead:  # keep the space after 本报讯
        head, rest = t[: lead.end()], t[lead.end():]
        rest_stripped = rest.lstrip()
        head = head + (" " if rest_stripped != rest and rest_stripped else "")
        rest = rest_stripped
    rest = _close_letterspacing(rest)
    rest = DIGIT_SPACE_RE.sub("", rest)
    rest = PUNCT_SPACE_RE.sub("", rest)
    return head + rest


#: A character printed in CJK text: ideographs, CJK and full-width punctuation, kana, hangul.
_CJK_CHAR_RE = re.compile(r"[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’—…·]")


def join_lines(texts: list[str]) -> str:
    """Join the printed lines of one heading: no space where a CJK character meets the break.

    A headline wrapped inside a word (``推动乡村`` / ``振兴走深走实``) reads as one run, as
    body lines do; a space stays only between two non-CJK characters (Latin words, digits).

    Examples
    --------
    >>> join_lines(["密祉镇以“三个聚焦”推动乡村", "振兴走深走实"])
    '密祉镇以“三个聚焦”推动乡村振兴走深走实'
    >>> join_lines(["Smart", "Village 2024"])
    'Smart Village 2024'
    """
    out = ""
    for t in (x.strip() for x in texts):
        if not t:
            continue
        if out and not (_CJK_CHAR_RE.match(out[-1]) or _CJK_CHAR_RE.match(t[0])):
            out += " "
        out += t
    return out


_MAX_PIECE = 48  # a doubled run of a bold headline is a phrase, never longer than a column
#: Longest token :func:`undouble` examines (a doubled headline of up to 50 characters).
MAX_DOUBLED_TOKEN = 100


def _doubled_cut(s: str) -> list[int] | None:
    """Where the second copies start if ``s`` is a concatenation of doubled pieces ``ww``.

    Returns ``[start1, length1, start2, length2, …]`` of the removable copies, or None when
    ``s`` is not fully doubled. Pieces are at most ``_MAX_PIECE`` characters, so the scan is
    linear in ``len(s)`` (a long run of one digit no longer costs quadratic time).
    """
    n = len(s)
    # a doubled parse starts with a doubled piece s[:k] == s[k:2k]: most tokens have none (cheap test)
    if n and not any(s[:k] == s[k:2 * k] for k in range(1, min(n // 2, _MAX_PIECE) + 1)):
        return None
    step: list[int] = [0] * (n + 1)  # step[i]: piece length chosen at i; 0 = no doubled parse from i
    ok = [False] * (n + 1)
    ok[n] = True
    for i in range(n - 1, -1, -1):
        for k in range(1, min((n - i) // 2, _MAX_PIECE) + 1):
            j = i + 2 * k
            if ok[j] and s[i:i + k] == s[i + k:j]:
                ok[i], step[i] = True, k
                break
    if not ok[0]:
        return None
    out: list[int] = []
    i = 0
    while i < n:
        k = step[i]
        out += [i + k, k]
        i += 2 * k
    return out


#: Least number of doubled glyphs, and of distinct ones, of a headline extracted glyph by glyph
#: doubled (``黄黄水水镇镇：：避避暑暑…``); ``高高兴兴`` is a word.
GLYPH_PAIRS, GLYPH_KINDS = 5, 4


def _glyph_doubled(text: str) -> bool:
    """Whether every glyph of the line is printed twice (``唐唐昌昌镇镇：：稻稻菜菜…``). A line of
    four-character tokens only is a line of AABB words (``红红火火 热热闹闹 开开心心``), not a
    doubled line."""
    s = "".join(text.split())
    return (len(s) % 2 == 0 and len(s) // 2 >= GLYPH_PAIRS and s[0::2] == s[1::2]
            and len(set(s)) >= GLYPH_KINDS and len(s) <= MAX_DOUBLED_TOKEN
            and any(len(tok) != 4 for tok in text.split()))


def undouble(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Undo a bold headline extracted with every run doubled.

    Each space-separated token of at least four characters must be a concatenation of
    doubled pieces (``加速加速文旅融合文旅融合``), or every glyph of the line doubled
    (``黄黄水水镇镇：：避避暑暑``, :data:`GLYPH_PAIRS`), for the line to be repaired; otherwise the
    text is returned unchanged. Returns the repaired text and the removed ``(start, end)``
    spans, relative to ``text``.

    Examples
    --------
    >>> undouble("加速加速文旅融合文旅融合 推动文旅产业高质量发展推动文旅产业高质量发展")[0]
    '加速文旅融合 推动文旅产业高质量发展'
    >>> undouble("天天向上")[0]
    '天天向上'
    >>> undouble("众志众志成城 成城 抗击抗击非典非典")[0]  # a doubled run holds the space
    '众志成城 抗击非典'
    """
    removed: list[tuple[int, int]] = []
    glyphs = _glyph_doubled(text)
    for m in re.finditer(r"\S+", text):
        tok = m.group()
        # a doubled headline token is at most twice a headline's width; longer text is never one
        cut = _doubled_cut(tok) if 4 <= len(tok) <= MAX_DOUBLED_TOKEN or glyphs else None
        if not cut:
            return _undouble_spanning(text)
        pairs = list(zip(cut[0::2], cut[1::2]))
        if max(k for _, k in pairs) < 2 and not glyphs:  # "看看看看" is not a doubled headline
            return text, []
        removed.extend((m.start() + p, m.start() + p + k) for p, k in pairs)
    if not removed:
        return text, []
    keep = np.ones(len(text), dtype=bool)
    for a, b in removed:
        keep[a:b] = False
    return "".join(ch for ch, k in zip(text, keep) if k), removed



#: Least number of characters (spaces left out) of a line :func:`_undouble_spanning` repairs.
SPANNING_MIN_CHARS = 8


def _undouble_spanning(text: str) -> tuple[str, list[tuple[int, int]]]:
    """A line whose doubled runs hold the space between two parts of the headline or a quote mark
    (``众志众志成城 成城 抗击抗击非典非典``, ``台风“台风“凡星”过凡星”过境 境``): the whole line, spaces
    included, is a concatenation of doubled pieces; undone, with the spaces it leaves collapsed.
    Unchanged (no cuts) unless the whole line parses, a piece has two or more characters and the
    line has at least :data:`SPANNING_MIN_CHARS` characters besides spaces."""
    body = text.rstrip()
    flat = "".join(body.split())
    if len(flat) < SPANNING_MIN_CHARS or len(body) > MAX_DOUBLED_TOKEN:
        return text, []
    lead = len(body) - len(body.lstrip())
    core = body[lead:]
    cut = _doubled_cut(core) or _doubled_cut(core + " ")  # the last run may end on the space after the line
    if not cut:
        return text, []
    pairs = [(lead + p, lead + min(p + k, len(core))) for p, k in zip(cut[0::2], cut[1::2])]
    if max(len("".join(text[a:b].split())) for a, b in pairs) < 2:
        return text, []
    keep = np.ones(len(text), dtype=bool)
    for a, b in pairs:
        keep[a:b] = False
    fixed = re.sub(r"[ \u3000]{2,}", lambda m: m.group()[0], "".join(ch for ch, k in zip(text, keep) if k)).strip()
    # the spans reported hold no space (the no-loss count is of non-space characters): a copy with a space
    # inside (``境 我县``) is reported as its runs of non-space characters
    return fixed, [(a + m.start(), a + m.end()) for a, b in pairs for m in re.finditer(r"\S+", text[a:b])]


#: Least number of doubled glyphs of a short doubled headline (``河河长长制制``) that :func:`undouble_in_page`
#: repairs when the page prints the single form elsewhere.
SHORT_GLYPH_PAIRS = 3


def undouble_in_page(text: str, page: str) -> tuple[str, list[tuple[int, int]]]:
    """:func:`undouble`, and a short headline whose every glyph is printed twice (three or four pairs of
    distinct glyphs, below :data:`GLYPH_PAIRS`: ``乡乡村村振振兴兴``, ``河河长长制制``) unless the page prints
    the doubled form elsewhere (a word of its text). Two pairs (``高高兴兴``, ``家家户户``) are a word.

    Parameters
    ----------
    text : str
        The heading line.
    page : str
        The page's text.

    Returns
    -------
    tuple of (str, list of (int, int))
        As :func:`undouble`.

    Examples
    --------
    >>> undouble_in_page("河河长长制制", "河河长长制制\\n　　全面推行河长制。")[0]
    '河长制'
    >>> undouble_in_page("乡乡村村振振兴兴", "乡乡村村振振兴兴\\n　　村民清理垃圾。")[0]
    '乡村振兴'
    >>> undouble_in_page("红红火火", "红红火火\\n　　日子红红火火。")[0], undouble_in_page("家家户户", "家家户户")[0]
    ('红红火火', '家家户户')
    """
    fixed, cuts = undouble(text)
    if cuts:
        return fixed, cuts
    s = "".join(text.split())
    if not (SHORT_GLYPH_PAIRS <= len(s) // 2 < GLYPH_PAIRS and len(s) % 2 == 0 and s[0::2] == s[1::2]
            and len(set(s)) == len(s) // 2 and text == text.strip() and " " not in text and "\u3000" not in text):
        return text, []
    flat = "".join(page.split())
    if flat.count(s) > 1:
        return text, []
    cuts = [(k + 1, k + 2) for k in range(0, len(s), 2)]
    return s[0::2], cuts
