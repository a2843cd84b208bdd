"""Page repair and article splitting for PDF-extracted Chinese newspaper pages.

A page extracted from a PDF is a stream of lines in roughly layout order. This module
turns it into *blocks* (banner, kicker, headline, subtitle, body, caption, byline, credit)
and groups them into *articles*. Every step is a small rule named after what it does:

1. **Lines and chunks.** Lines are read with their offsets (``\\r\\n``, ``\\r`` and
   whitespace-only lines are handled); runs of non-blank lines form chunks.
2. **Column breaks.** A chunk that stops mid-sentence and is continued by the next chunk
   (the column ended there) is joined to it: :func:`_is_continuation`.
3. **Unit kinds.** Each paragraph is body text, a short heading line, a photo caption, a
   byline ``(张春燕 王瑞琴)`` (also split off the end of a body line), a ``——`` subtitle or a
   credit ``本版文图均由…提供``.
4. **Repairs.** Lines are rejoined with nothing in between, spaces inside numbers and
   between digits and Chinese characters are deleted, letter-spaced runs (``推 荐 活 动``)
   are closed up, and bold headlines extracted twice (``加速加速文旅融合文旅融合``) are
   undoubled; every deleted non-space character is recorded as a :class:`Repair`.
5. **Articles.** Body paragraphs are grouped into article bodies: a ``本报讯`` lead, a byline
   or a headline group starts a new one, in-body subheads stay inside. Headlines are then
   matched to bodies by content (character-bigram overlap) plus the page's headline
   position (before or after the body), so that pages printing headlines after their
   articles are handled like pages printing them before.

Nothing is lost: each non-space character of the page lies in exactly one block, unless a
recorded repair removed it (see :func:`check_no_loss`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from corpus_tools.reading import FORMAT_CHARS_RE
from corpus_tools.text import CJK_RE, to_halfwidth

__all__ = [
    "Repair",
    "Block",
    "ArticleParts",
    "PageLayout",
    "BLOCK_KINDS",
    "split_page",
    "repair_text",
    "undouble",
    "check_no_loss",
]

#: Block kinds, in the order a reader meets them.
BLOCK_KINDS = ("banner", "kicker", "headline", "subtitle", "body", "caption", "byline", "credit")


# ---------------------------------------------------------------------------------------
# Public data model
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Repair:
    """Characters of the raw page removed by a repair.

    Attributes
    ----------
    kind : str
        ``"undouble"`` (a bold headline extracted twice) or ``"format"`` (an invisible
        format character such as a zero-width space).
    start, end : int
        Span of the removed characters in the raw text.
    removed : str
        The removed characters (``raw[start:end]``).
    note : str
        Human-readable explanation, e.g. the repaired headline.
    """

    kind: str
    start: int
    end: int
    removed: str
    note: str


@dataclass(frozen=True)
class Block:
    """A typed piece of the page.

    Attributes
    ----------
    kind : str
        One of :data:`BLOCK_KINDS`.
    text : str
        Cleaned text: lines rejoined, undoubled, spaces in numbers removed.
    start, end : int
        Span in the raw text; ``raw[start:end]`` contains all the block's characters.
    article : int or None
        Index into :attr:`PageLayout.articles`; None for banners, credits and strays.
    """

    kind: str
    text: str
    start: int
    end: int
    article: int | None


@dataclass(frozen=True)
class ArticleParts:
    """The parts of one article, with spans into the raw page.

    ``spans`` maps a part name (``title``, ``kicker``, ``subtitle``, ``body``, ``byline``,
    ``captions``) to a list of ``(start, end)`` offsets; ``blocks`` indexes
    :attr:`PageLayout.blocks`.
    """

    title: str | None
    kicker: str | None
    subtitle: str | None
    body: str
    byline: list[str]
    captions: list[str]
    section: str | None
    spans: dict[str, list[tuple[int, int]]]
    blocks: list[int]


@dataclass(frozen=True)
class PageLayout:
    """Blocks, articles and repairs of one page (see :func:`split_page`)."""

    blocks: list[Block]
    articles: list[ArticleParts]
    repairs: list[Repair]

    def __repr__(self) -> str:
        return (f"PageLayout({len(self.blocks)} blocks, {len(self.articles)} articles, "
                f"{len(self.repairs)} repairs)")


# ---------------------------------------------------------------------------------------
# Character classes and line-level predicates
# ---------------------------------------------------------------------------------------

#: Punctuation that ends a sentence (a paragraph ending with it is complete).
FINAL_PUNCT = "。！？!?…"
#: Punctuation that separates clauses inside a sentence.
CLAUSE_PUNCT = "，,、；;：:"
_CLOSERS = "”’」』)）》〉\"'"
_DASH_RE = re.compile(r"^(?:——|──|--|－－|—|―)+\s*")
_LEAD_RE = re.compile(r"^[\[【(（]?\s*本报(?:讯|记者|通讯员)")
_BYLINE_INNER = r"[\u4e00-\u9fff·]{2,5}(?:[ \u3000、,，/]+[\u4e00-\u9fff·]{2,5})*"
_BYLINE_LINE_RE = re.compile(r"^[(（]\s*(" + _BYLINE_INNER + r")\s*[)）]$")
_BYLINE_TAIL_RE = re.compile(r"(?<=[。！？!?…”’」』])\s*[(（]\s*(" + _BYLINE_INNER + r")\s*[)）]\s*$")
_CREDIT_RE = re.compile(
    r"^(?:本版.{0,30}(?:提供|供稿|供图|摄)|(?:责任编辑|责编|编辑|校对|美编|组版|版式|排版)\s*[:：\s]"
    r"|[(（]?(?:[\u4e00-\u9fff]{2,4}[ \u3000]*){1,3}摄[)）]?$)")
_CAPTION_START_RE = re.compile(r"^(?:图为|图[:：]|上图|下图|左图|右图|图片[:：])")
_CAPTION_CUE_RE = re.compile(r"正在|现场|鸟瞰|合影|一角|远眺|近景|全景")
_PLACE_RE = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:县|乡|镇|街道))(?![域级委直])")
_WS_RE = re.compile(r"[ \t\u3000\xa0]+")

#: A heading line is at most this many characters wide.
MAX_HEADING_WIDTH = 40
#: An unwrapped line this wide is a body paragraph, never a heading.
LONG_LINE_WIDTH = 40


def char_width(ch: str) -> float:
    """Display width of a character: 1 for CJK and full-width forms, 0.5 for ASCII."""
    return 0.5 if ord(ch) < 0x2E80 and not ("\u2018" <= ch <= "\u201d") else 1.0


def text_width(text: str) -> float:
    """Display width of a line without surrounding spaces (see :func:`char_width`)."""
    return sum(char_width(ch) for ch in text.strip())


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends with sentence-final punctuation (closing quotes skipped)."""
    t = text.rstrip().rstrip(_CLOSERS)
    return bool(t) and t[-1] in FINAL_PUNCT


def has_inner_sentence_end(text: str) -> bool:
    """True if a sentence ends somewhere before the last character."""
    t = text.strip()
    return any(ch in FINAL_PUNCT for ch in t[:-1])


def is_lead(text: str) -> bool:
    """True for a news lead such as ``本报讯 …`` that opens an article body."""
    return bool(_LEAD_RE.match(text.strip()))


def is_subtitle_line(text: str) -> bool:
    """True for a ``——`` subtitle line."""
    return bool(_DASH_RE.match(text.strip())) and len(text.strip()) > 2


def is_byline(text: str) -> bool:
    """True for a standalone byline ``(张春燕 王瑞琴)``."""
    return bool(_BYLINE_LINE_RE.match(text.strip()))


def is_credit(text: str) -> bool:
    """True for a page credit (``本版文图均由…提供``, ``责任编辑：…``)."""
    return bool(_CREDIT_RE.match(text.strip()))


def is_parallel(text: str) -> bool:
    """True for a headline of two or more space-separated clauses (``完善城市功能 提升城市品质``)."""
    t = text.strip()
    if any(ch in CLAUSE_PUNCT or ch in FINAL_PUNCT for ch in t) or is_lead(t):
        return False
    parts = _WS_RE.split(_DIGIT_SPACE_RE.sub("", t))  # "约 1.8万" is not two clauses
    return len(parts) >= 2 and all(len(CJK_RE.findall(p)) >= 2 for p in parts)


def place_prefix(text: str, raw: str) -> str | None:
    """The place name a line starts with (``平遥县``, ``城东街道``), if the page uses it elsewhere.

    A place is a name ending in 县/乡/镇/街道 that occurs at least twice on the page, which
    rules out chance matches inside ordinary words.
    """
    m = _PLACE_RE.match(text.strip())
    if m and raw.count(m.group(1)) >= 2:
        return m.group(1)
    return None


def split_byline(text: str) -> list[str]:
    """Names of a byline: ``"(张春燕 王瑞琴)"`` -> ``["张春燕", "王瑞琴"]``."""
    inner = text.strip().strip("()（） \u3000")
    return [n for n in re.split(r"[ \u3000、,，/]+", inner) if n]


# ---------------------------------------------------------------------------------------
# Text repair: rejoining lines, spacing, undoubling
# ---------------------------------------------------------------------------------------

_DIGIT_SPACE_RE = re.compile(r"(?<=[0-9%.])\s+(?=[0-9])|(?<=[0-9%])\s+(?=[^\x00-\x7f])"
                             r"|(?<=[^\x00-\x7f])\s+(?=[0-9])")
_PUNCT_SPACE_RE = re.compile(r"\s+(?=[，。、；：！？）》」』”,;:!?])|(?<=[，。、；：！？（《「『“])\s+")


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
    """
    t = _WS_RE.sub(" ", to_halfwidth(text)).strip()
    lead = _LEAD_RE.match(t)
    head, rest = ("", t)
    if lead:  # keep the space after 本报讯
        head, rest = t[: lead.end()], t[lead.end():]
        rest_stripped = rest.lstrip()
        head = head + (" " if rest_stripped != rest and rest_stripped else "")
        rest = rest_stripped
    rest = _close_letterspacing(rest)
    rest = _DIGIT_SPACE_RE.sub("", rest)
    rest = _PUNCT_SPACE_RE.sub("", rest)
    return head + rest


def _doubled_cut(s: str) -> list[int] | None:
    """Where the second copies start if ``s`` is a concatenation of doubled pieces ``ww``.

    Returns ``[start1, length1, start2, length2, …]`` of the removable copies, or None when
    ``s`` is not fully doubled.
    """
    n = len(s)
    best: dict[int, list[int] | None] = {n: []}
    for i in range(n - 1, -1, -1):
        best[i] = None
        for k in range(1, (n - i) // 2 + 1):
            j = i + 2 * k
            if s[i:i + k] == s[i + k:j] and best.get(j) is not None:
                best[i] = [i + k, k] + best[j]  # type: ignore[operator]
                break
    return best[0]


def undouble(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Undo a bold headline extracted with every run doubled.

    Each space-separated token of at least four characters must be a concatenation of
    doubled pieces (``加速加速文旅融合文旅融合``) for the line to be repaired; otherwise the
    text is returned unchanged. Returns the repaired text and the removed ``(start, end)``
    spans, relative to ``text``.

    Examples
    --------
    >>> undouble("加速加速文旅融合文旅融合 推动文旅产业高质量发展推动文旅产业高质量发展")[0]
    '加速文旅融合 推动文旅产业高质量发展'
    >>> undouble("天天向上")[0]
    '天天向上'
    """
    removed: list[tuple[int, int]] = []
    for m in re.finditer(r"\S+", text):
        tok = m.group()
        cut = _doubled_cut(tok) if len(tok) >= 4 else None
        if not cut:
            return text, []
        pairs = list(zip(cut[0::2], cut[1::2]))
        if max(k for _, k in pairs) < 2:  # "看看看看" is not a doubled headline
            return text, []
        removed.extend((m.start() + p, m.start() + p + k) for p, k in pairs)
    if not removed:
        return text, []
    keep = np.ones(len(text), dtype=bool)
    for a, b in removed:
        keep[a:b] = False
    return "".join(ch for ch, k in zip(text, keep) if k), removed


# ---------------------------------------------------------------------------------------
# Lines, chunks and paragraphs
# ---------------------------------------------------------------------------------------


@dataclass
class _Line:
    start: int  # offsets of the stripped content in raw
    end: int
    text: str

    @property
    def width(self) -> float:
        return text_width(self.text)


@dataclass
class _Chunk:
    lines: list[_Line]
    gap: int  # blank lines before the chunk

    @property
    def text(self) -> str:
        return "".join(ln.text for ln in self.lines)


def _read_lines(raw: str) -> list[_Line | None]:
    """The page's lines with offsets; None for blank (whitespace-only) lines."""
    out: list[_Line | None] = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", raw):
        body = m.group().rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            out.append(None)
            continue
        lead = len(body) - len(body.lstrip())
        start = m.start() + lead
        out.append(_Line(start, start + len(stripped), stripped))
    return out


def _group_chunks(lines: list[_Line | None]) -> list[_Chunk]:
    """Runs of non-blank lines, each with the number of blank lines before it."""
    chunks: list[_Chunk] = []
    cur: list[_Line] = []
    gap = 0
    for ln in lines:
        if ln is None:
            if cur:
                chunks.append(_Chunk(cur, gap))
                cur, gap = [], 0
            gap += 1
        else:
            cur.append(ln)
    if cur:
        chunks.append(_Chunk(cur, gap))
    return chunks


def _is_unit_line(text: str) -> bool:
    """A line that is always a unit of its own: lead start, byline, subtitle, credit, ``图为``."""
    return (is_lead(text) or is_byline(text) or is_subtitle_line(text) or is_credit(text)
            or bool(_CAPTION_START_RE.match(text)))


def _split_chunk(chunk: _Chunk) -> list[_Chunk]:
    """Split a chunk holding several paragraphs or headings (pages without blank lines).

    Breaks go before a lead, byline, subtitle, credit, ``图为`` or two-clause title line; after a paragraph's
    last line (a sentence end on a line clearly shorter than the column, or on an unwrapped
    line); and around heading-like lines (no sentence punctuation, a two-clause title or
    much narrower than the column) that follow a paragraph end.
    """
    lines = chunk.lines
    if len(lines) < 2:
        return [chunk]
    widths = [ln.width for ln in lines]
    col = float(np.median(widths))
    unwrapped = col >= LONG_LINE_WIDTH

    def heading_like(ln: _Line) -> bool:
        t = ln.text
        if any(ch in FINAL_PUNCT for ch in t) or ln.width > MAX_HEADING_WIDTH or is_lead(t):
            return False
        if unwrapped:
            return True
        # in wrapped text a short line with a comma is the start of a paragraph
        return is_parallel(t) or ln.width <= 0.75 * col and not any(ch in CLAUSE_PUNCT for ch in t)

    def para_end(ln: _Line, first: bool) -> bool:
        # a paragraph's first line is indented, so only a clearly short last line counts
        return ends_sentence(ln.text) and (unwrapped or len(lines) < 3
                                           or ln.width < col - 2.5 and not first)

    def closes(ln: _Line) -> bool:
        return ends_sentence(ln.text) or bool(_BYLINE_TAIL_RE.search(ln.text)) or _is_unit_line(ln.text)

    out: list[_Chunk] = []
    cur: list[_Line] = [lines[0]]
    starts = True  # a break precedes line ``a``
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        a_head = starts and heading_like(a)
        if a_head:
            brk = True  # a heading line stands alone
        elif (_is_unit_line(b.text) or is_parallel(b.text) or para_end(a, starts)
              or _BYLINE_TAIL_RE.search(a.text)):
            brk = True
        else:
            brk = closes(a) and heading_like(b)
        if brk:
            out.append(_Chunk(cur, chunk.gap if not out else 0))
            cur = []
        cur.append(b)
        starts = brk
    out.append(_Chunk(cur, chunk.gap if not out else 0))
    return out


def _looks_like_heading(chunk: _Chunk) -> bool:
    """One to three short lines without sentence punctuation (bylines and ``——`` lines allowed)."""
    if len(chunk.lines) > 3:
        return False
    for ln in chunk.lines:
        if is_byline(ln.text) or is_subtitle_line(ln.text):
            continue
        if ln.width > MAX_HEADING_WIDTH or any(ch in FINAL_PUNCT for ch in ln.text):
            return False
    return True


def _column_width(chunks: list[_Chunk], i: int) -> float | None:
    """Typical full line width around chunk ``i`` (from lines followed by another line)."""
    widths = [ln.width for j in range(max(0, i - 2), min(len(chunks), i + 3))
              for ln in chunks[j].lines[:-1]]
    return float(np.median(widths)) if len(widths) >= 2 else None


def _is_continuation(chunks: list[_Chunk], i: int) -> bool:
    """True if chunk ``i + 1`` continues the paragraph of chunk ``i`` across a column break.

    The first chunk must stop mid-sentence, the second must not open a new unit (lead,
    subtitle, byline, heading), and the break must look like a column end: the last line
    is full width, or the paragraph is a long unwrapped line, or it already contains a
    finished sentence, or the next chunk starts with a one-character fragment (``式。``).
    """
    a, b = chunks[i], chunks[i + 1]
    ta, tb = a.text, b.lines[0].text
    if ends_sentence(ta) or is_lead(tb):
        return False
    if any(f(t) for f in (is_byline, is_subtitle_line, is_credit) for t in (a.lines[-1].text, tb)):
        return False
    fragment = re.match(r"^[\u4e00-\u9fff][，。、；：,.;:！？]", tb) is not None
    if _looks_like_heading(b) and not fragment:
        return False
    if len(a.lines) == 1 and is_parallel(ta):
        return False  # a two-clause headline
    if len(a.lines) == 1 and i > 0 and len(chunks[i - 1].lines) == 1 and _PLACE_RE.match(chunks[i - 1].text) \
            and len(chunks[i - 1].text) <= 12:
        return False  # the title under a place line
    if len(b.lines) == 1 and _has_caption_cue(tb):
        return False
    last = a.lines[-1].width
    col = _column_width(chunks, i)
    if col is not None and col < LONG_LINE_WIDTH:
        tol = 1.5 if len(a.lines) > 1 else 3.0
        if last >= col - tol:
            return True
    if last >= LONG_LINE_WIDTH or has_inner_sentence_end(ta):
        return True
    return fragment


# ---------------------------------------------------------------------------------------
# Units: typed paragraphs before article assembly
# ---------------------------------------------------------------------------------------


@dataclass
class _Unit:
    kind: str  # body, head, caption, byline, subtitle, credit
    pieces: list[tuple[int, int]]  # raw spans of the stripped lines it is made of
    text: str  # cleaned text
    gap: int = 0  # blank lines before
    cont: bool = False  # body continuing the previous body unit of its article mid-sentence
    role: str = ""  # for heads: P (parallel), K (place line), F (other)
    article: int | None = None
    final: str = ""  # the block kind after assembly
    repairs: list[Repair] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def _paragraphs(chunks: list[_Chunk]) -> list[tuple[list[_Line], int]]:
    """Join column-broken chunks; returns (lines, gap) per paragraph."""
    paras: list[tuple[list[_Line], int]] = []
    i = 0
    while i < len(chunks):
        lines, gap = list(chunks[i].lines), chunks[i].gap
        while i + 1 < len(chunks) and _is_continuation(chunks, i):
            i += 1
            lines.extend(chunks[i].lines)
        paras.append((lines, gap))
        i += 1
    return paras


def _has_caption_cue(text: str) -> bool:
    """A short line that says it describes a picture (``图为…``, ``…正在…``, ``…现场``)."""
    t = text.strip()
    if _CAPTION_START_RE.match(t):
        return True
    return (text_width(t) <= 32 and not any(ch in CLAUSE_PUNCT for ch in t)
            and bool(_CAPTION_CUE_RE.search(t)))


def _is_caption(text: str, gap: int, next_para: list[_Line] | None) -> bool:
    """A photo caption: a short standalone line describing a picture.

    ``图为…`` always; otherwise a short line without clause punctuation that ends with
    ``。`` or carries a picture cue (正在, 现场 …), and is not a parallel headline.
    """
    t = text.strip()
    if _CAPTION_START_RE.match(t):
        return True
    if text_width(t) > 32 or any(ch in CLAUSE_PUNCT for ch in t) or is_parallel(t):
        return False
    if has_inner_sentence_end(t):
        return False
    if _CAPTION_CUE_RE.search(t):
        return True
    before_body = (next_para is not None and not _looks_like_heading(_Chunk(next_para, 0))
                   and not is_lead(next_para[0].text))
    # a short sentence is a caption, unless it stands right before an ordinary body
    # paragraph: then it is a body fragment (``业高质量发展。``)
    return ends_sentence(t) and not (before_body and gap < 2)


def _build_units(raw: str) -> list[_Unit]:
    """Split the page into typed units (body paragraphs and single heading-like lines)."""
    chunks = [part for ch in _group_chunks(_read_lines(raw)) for part in _split_chunk(ch)]
    paras = _paragraphs(chunks)
    units: list[_Unit] = []
    for idx, (lines, gap) in enumerate(paras):
        nxt = paras[idx + 1][0] if idx + 1 < len(paras) else None
        chunk = _Chunk(lines, gap)
        if _looks_like_heading(chunk):
            for k, ln in enumerate(lines):
                t = ln.text
                g = gap if k == 0 else 0
                following = lines[k + 1:k + 2] if k + 1 < len(lines) else nxt
                if is_byline(t):
                    kind = "byline"
                elif is_subtitle_line(t):
                    kind = "subtitle"
                elif is_credit(t):
                    kind = "credit"
                elif _is_caption(t, g, following) and len(lines) == 1:
                    kind = "caption"
                else:
                    kind = "head"
                units.append(_Unit(kind, [(ln.start, ln.end)], fix_spacing(t), gap=g))
            continue
        text = "".join(ln.text for ln in lines)
        if len(lines) == 1 and is_credit(text):
            units.append(_Unit("credit", [(lines[0].start, lines[0].end)], fix_spacing(text), gap=gap))
            continue
        if len(lines) == 1 and _is_caption(text, gap, nxt):
            units.append(_Unit("caption", [(lines[0].start, lines[0].end)], fix_spacing(text), gap=gap))
            continue
        units.extend(_body_units(lines, gap))
    return units


def _raw_offset(lines: list[_Line], k: int) -> int:
    """Raw offset of character ``k`` of the lines' joined text."""
    for ln in lines:
        if k < len(ln.text):
            return ln.start + k
        k -= len(ln.text)
    return lines[-1].end


def _body_units(lines: list[_Line], gap: int) -> list[_Unit]:
    """A body paragraph, with a trailing byline ``…。(张春燕 王瑞琴)`` split off."""
    joined = "".join(ln.text for ln in lines)
    m = _BYLINE_TAIL_RE.search(joined)
    if m is None or not joined[: m.start()].strip():
        return [_Unit("body", [(lines[0].start, lines[-1].end)], fix_spacing(joined), gap=gap)]
    cut = m.start() + (len(m.group()) - len(m.group().lstrip()))
    body_end = _raw_offset(lines, len(joined[: m.start()].rstrip()) - 1) + 1
    return [
        _Unit("body", [(lines[0].start, body_end)], fix_spacing(joined[: m.start()]), gap=gap),
        _Unit("byline", [(_raw_offset(lines, cut), lines[-1].end)], fix_spacing(joined[cut:])),
    ]


# ---------------------------------------------------------------------------------------
# Headline roles, undoubling and two-line titles
# ---------------------------------------------------------------------------------------


def _undouble_heads(units: list[_Unit], raw: str) -> None:
    """Undouble doubled bold heading lines in place, recording repairs."""
    for u in units:
        if u.kind not in ("head", "subtitle"):
            continue
        start, end = u.pieces[0]
        line = raw[start:end]
        fixed, cuts = undouble(line)
        if not cuts:
            continue
        u.text = fix_spacing(fixed)
        u.repairs = [Repair("undouble", start + a, start + b, raw[start + a:start + b],
                            f"doubled bold headline repaired to {u.text!r}") for a, b in cuts]


def _drop_format_chars(units: list[_Unit], raw: str) -> None:
    """Remove zero-width and other format characters (``古\u200b城``), recording each as a repair."""
    for u in units:
        done = [(r.start, r.end) for r in u.repairs]
        found = [m.start() for a, b in u.pieces for m in FORMAT_CHARS_RE.finditer(raw, a, b)
                 if not any(s <= m.start() < e for s, e in done)]
        if found:
            u.text = FORMAT_CHARS_RE.sub("", u.text)
            u.repairs = u.repairs + [Repair("format", i, i + 1, raw[i], f"invisible format character "
                                            f"U+{ord(raw[i]):04X} removed") for i in found]


def _assign_roles(units: list[_Unit], raw: str) -> None:
    """Mark heading lines as parallel titles (P), place/organisation lines (K) or plain (F)."""
    flat = re.sub(r"\s+", "", raw)  # names cut by a line break still count
    for u in units:
        if u.kind == "head":
            if place_prefix(u.text, flat) and not is_parallel(u.text):
                u.role = "K"
            elif is_parallel(u.text):
                u.role = "P"
            else:
                u.role = "F"


def _merge_two_line_titles(units: list[_Unit]) -> list[_Unit]:
    """Join a heading printed on two short lines (``画好治理同心圆`` / ``凝聚治理强动能``).

    Two plain short lines are one heading when they share a chunk, or when they are
    separated by one blank line and have the same length (a two-line title).
    """
    out: list[_Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        v = units[i + 1] if i + 1 < len(units) else None
        if (v is not None and u.kind == "head" and v.kind == "head" and u.role == "F" and v.role == "F"
                and len(u.text) <= 12 and len(v.text) <= 12
                and (v.gap == 0 or v.gap == 1 and abs(len(u.text) - len(v.text)) <= 1)):
            out.append(_Unit("head", u.pieces + v.pieces, f"{u.text} {v.text}", gap=u.gap,
                             role="P", repairs=u.repairs + v.repairs))
            i += 2
            continue
        out.append(u)
        i += 1
    return out


# ---------------------------------------------------------------------------------------
# Article bodies
# ---------------------------------------------------------------------------------------


def _run_is_boundary(run: list[_Unit]) -> bool:
    """True if the non-body units between two body paragraphs separate two articles.

    In-body subheads are one or two plain lines; a kicker, a one-line two-clause title,
    three or more heading lines, a subtitle, a caption, a credit, a byline or an image gap
    mark an article boundary.
    """
    heads = [u for u in run if u.kind == "head"]
    if any(u.kind in ("subtitle", "credit", "byline", "caption") for u in run):
        return True
    if any(u.role == "K" or u.role == "P" and len(u.pieces) == 1 for u in heads) or len(heads) >= 3:
        return True
    return any(u.gap >= 2 for u in run)


def _segment_bodies(units: list[_Unit]) -> list[list[int]]:
    """Group body units into article bodies; subheads between them become body units.

    A body paragraph starts a new article unless it continues a sentence cut by a column
    break (blocks printed in between, other than a kicker or subtitle, stay outside the
    body), or only in-body subheads stand
    between it and the previous paragraph (see :func:`_run_is_boundary`). A ``本报讯`` lead
    or a byline always starts a new article. Returns the body unit indices per article.
    """
    segments: list[list[int]] = []
    last_body: int | None = None
    for i, u in enumerate(units):
        if u.kind != "body":
            continue
        if last_body is None:
            segments.append([i])
            last_body = i
            continue
        run = units[last_body + 1:i]
        closed = is_lead(u.text) or any(x.kind == "byline" for x in run)
        headed = any(x.role == "K" or x.kind in ("subtitle", "credit") for x in run)
        if not closed and not headed and not ends_sentence(units[last_body].text):
            u.cont = True  # a column break with other blocks printed in between
            segments[-1].append(i)
        elif not closed and not _run_is_boundary(run):
            for x in run:  # in-body subheads
                x.kind = "body"
            segments[-1].extend(range(last_body + 1, i + 1))
        else:
            segments.append([i])
        last_body = i
    return segments


# ---------------------------------------------------------------------------------------
# Content matching
# ---------------------------------------------------------------------------------------


def _bigrams(text: str) -> set[str]:
    chars = [ch for ch in text if CJK_RE.match(ch)]
    return {a + b for a, b in zip(chars, chars[1:])}


class _Matcher:
    """IDF-weighted character-bigram coverage of a short text by each article body."""

    def __init__(self, bodies: list[str]) -> None:
        self.chars = [set(CJK_RE.findall(b)) for b in bodies]
        cdf = Counter(c for cs in self.chars for c in cs)
        self.char_idf = {c: math.log((len(bodies) + 1) / (k + 1)) for c, k in cdf.items()}
        self.grams = [_bigrams(b) for b in bodies]
        df = Counter(g for gs in self.grams for g in gs)
        n = len(bodies)
        # bigrams found in every body (平遥, 遥县 …) carry no weight
        self.idf = {g: math.log((n + 1) / (c + 1)) for g, c in df.items()}
        self.default = math.log(n + 1)
        self._cache: dict[str, dict[str, float]] = {}

    def _weights(self, text: str) -> dict[str, float]:
        if text not in self._cache:
            self._cache[text] = {g: self.idf.get(g, self.default) for g in _bigrams(text)}
        return self._cache[text]

    def coverage(self, text: str, seg: int) -> float:
        """Weighted share of the text's bigrams found in body ``seg``, shrunk for short texts."""
        w = self._weights(text)
        total = sum(w.values())
        if total <= 0:
            return 0.0
        hit = sum(v for g, v in w.items() if g in self.grams[seg])
        return hit / (total + _SHRINK)  # = share of weight found, times total / (total + k)

    def char_coverage(self, text: str, seg: int) -> float:
        """Weighted share of the text's characters found in body ``seg``."""
        w = {c: self.char_idf.get(c, self.default) for c in set(CJK_RE.findall(text))}
        total = sum(w.values())
        return sum(v for c, v in w.items() if c in self.chars[seg]) / total if total else 0.0


# ---------------------------------------------------------------------------------------
# Headline assignment
# ---------------------------------------------------------------------------------------

#: Weight of position (before/after the body) relative to content overlap.
_ADJ_MAIN, _ADJ_OTHER, _INSIDE, _FAR = 0.35, 0.15, 0.35, 0.25
_MIN_SCORE = 0.2
#: Penalty for a place line above another heading (it is that heading's kicker).
_KICKER = 0.45
#: Bonus for the heading line nearest the body on the page's headline side.
_NEAREST = 0.3
#: Evidence (summed bigram weight) at which a text's overlap counts half.
_SHRINK = 1.0


def _position(units: list[_Unit], segments: list[list[int]],
              i: int) -> tuple[int | None, int | None, int | None]:
    """For unit ``i``: (segment just before it, segment just after it, segment it is inside)."""
    before = after = inside = None
    for s, seg in enumerate(segments):
        if seg[0] < i < seg[-1]:
            inside = s
        if seg[-1] < i:
            before = s
        if seg[0] > i and after is None:
            after = s
    return before, after, inside


def _orientation(units: list[_Unit], segments: list[list[int]], m: _Matcher) -> str:
    """``"before"`` if this page prints headlines above their bodies, else ``"after"``."""
    vote = 0.0
    for i, u in enumerate(units):
        if u.kind != "head" or u.role == "K":
            continue
        b, a, inside = _position(units, segments, i)
        if inside is not None:
            continue
        sb = m.coverage(u.text, b) if b is not None else 0.0
        sa = m.coverage(u.text, a) if a is not None else 0.0
        vote += sa - sb
    if vote == 0.0:
        first = next((u for u in units if u.kind in ("body", "head")), None)
        return "after" if first is not None and first.kind == "body" else "before"
    return "before" if vote > 0 else "after"


def _title_scores(units: list[_Unit], segments: list[list[int]], m: _Matcher,
                  orient: str) -> tuple[list[int], np.ndarray]:
    cands = [i for i, u in enumerate(units) if u.kind == "head" and not _is_pure_kicker(units, i)]
    score = np.full((len(segments), len(cands)), -1.0)
    for c, i in enumerate(cands):
        u = units[i]
        before, after, inside = _position(units, segments, i)
        nxt = _next_head_like(units, i)
        prv = _prev_head_like(units, i)
        struct = 0.1 if u.role == "P" else 0.0
        for s in range(len(segments)):
            sim = m.coverage(u.text, s)
            if u.role == "K" and nxt is not None:
                if units[nxt].role == "P":
                    sim -= 2 * _KICKER  # a place line above a parallel title is its kicker
                elif len(u.text) <= 12 or orient == "before" or m.coverage(units[nxt].text, s) >= 0.25:
                    sim -= _KICKER  # ... and likely so above another heading on the topic
            if inside == s:
                pos = _INSIDE
            elif after == s:  # unit printed before the body
                pos = _ADJ_MAIN if orient == "before" else _ADJ_OTHER
                if _nearest_to(units, i, segments[s][0], +1):
                    pos += _NEAREST if orient == "before" else 0.1
            elif before == s:  # unit printed after the body
                pos = _ADJ_MAIN if orient == "after" else _ADJ_OTHER
                if _nearest_to(units, i, segments[s][-1], -1):
                    pos += _NEAREST if orient == "after" else 0.1
            else:  # further away: penalised per article in between
                near = after if (after is not None and s > after) else before
                hops = abs(s - near) if near is not None else len(segments)
                pos = -_FAR * max(hops, 1)
            total = sim + pos + struct
            if orient == "before" and prv is not None and after == s and units[prv].role == "P" \
                    and u.role != "P" and _nearest_to(units, i, segments[s][0], +1):
                total -= 0.6  # a plain line between a parallel title and its body is a subtitle
            score[s, c] = total
    return cands, score


def _is_pure_kicker(units: list[_Unit], i: int) -> bool:
    """A short place or organisation line directly above another heading line."""
    u = units[i]
    return (u.role == "K" and len(u.text) <= 12 and i + 1 < len(units)
            and units[i + 1].kind == "head" and units[i + 1].gap <= 1)


def _next_head_like(units: list[_Unit], i: int) -> int | None:
    j = i + 1
    while j < len(units) and units[j].kind in ("caption",):
        j += 1
    return j if j < len(units) and units[j].kind == "head" else None


def _prev_head_like(units: list[_Unit], i: int) -> int | None:
    j = i - 1
    return j if j >= 0 and units[j].kind == "head" else None


def _nearest_to(units: list[_Unit], i: int, body: int, step: int) -> bool:
    """True if no other heading stands between unit ``i`` and body unit ``body``.

    After a body (``step`` -1) place lines do not count: a kicker stays above its title
    even when the headline group follows the article.
    """
    lo, hi = sorted((i, body))
    return not any(units[j].kind == "head" and not (step < 0 and units[j].role == "K")
                   for j in range(lo + 1, hi))


def _assign_titles(units: list[_Unit], segments: list[list[int]], m: _Matcher,
                   orient: str) -> dict[int, int]:
    """Match heading units to article bodies, best pairs first, one title per article.

    Returns unit index -> article index; pairs scoring below ``_MIN_SCORE`` are not made.
    """
    cands, score = _title_scores(units, segments, m, orient)
    pairs = sorted(((score[s, c], s, c) for s in range(len(segments)) for c in range(len(cands))
                    if score[s, c] >= _MIN_SCORE), key=lambda t: (-t[0], t[1], t[2]))
    used_s: set[int] = set()
    out: dict[int, int] = {}
    for _, s, c in pairs:
        if s not in used_s and cands[c] not in out:
            out[cands[c]] = s
            used_s.add(s)
    return out


# ---------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------


def _attach(units: list[_Unit], segments: list[list[int]], m: _Matcher, orient: str) -> None:
    """Set ``final`` kind and ``article`` of every unit."""
    for s, seg in enumerate(segments):
        for i in seg:
            units[i].final, units[i].article = "body", s
    titles = _assign_titles(units, segments, m, orient)
    for i, s in titles.items():
        units[i].final, units[i].article = "headline", s
    for i, s in titles.items():
        _attach_kicker_subtitle(units, i, s, orient, segments)
    _attach_bylines(units, segments)
    _attach_captions(units, segments, m)
    for u in units:
        if u.final:
            continue
        if u.kind == "credit":
            u.final = "credit"
        elif u.kind in ("head", "subtitle"):
            u.final = "banner"
        elif u.kind == "caption":
            u.final = "caption"
        elif u.kind == "byline":
            u.final = "byline"
        else:
            u.final = u.kind


def _attach_kicker_subtitle(units: list[_Unit], i: int, s: int, orient: str,
                            segments: list[list[int]]) -> None:
    above = i - 1
    if above >= 0 and not units[above].final and units[above].kind == "head" and units[above].role == "K":
        units[above].final, units[above].article = "kicker", s
    below = i + 1
    if below < len(units) and not units[below].final:
        b = units[below]
        if b.kind == "subtitle":
            b.final, b.article = "subtitle", s
        elif (b.kind == "head" and units[i].role == "P" and b.role in ("F", "K") and orient == "before"
              and below + 1 < len(units) and units[below + 1].article == s
              and units[below + 1].kind in ("body", "caption")):
            b.final, b.article = "subtitle", s


def _attach_bylines(units: list[_Unit], segments: list[list[int]]) -> None:
    """A byline closes the article whose body precedes it."""
    for i, u in enumerate(units):
        if u.kind != "byline" or u.final:
            continue
        prev = [s for s, seg in enumerate(segments) if seg[0] < i]
        if prev:
            u.final, u.article = "byline", prev[-1]


def _attach_captions(units: list[_Unit], segments: list[list[int]], m: _Matcher) -> None:
    """A caption goes to the article whose text it overlaps most; neighbours break ties."""
    for i, u in enumerate(units):
        if u.kind != "caption" or u.final:
            continue
        before, after, inside = _position(units, segments, i)
        scores = [m.coverage(u.text, s) + 0.3 * m.char_coverage(u.text, s)
                  + (0.1 if s in (before, after, inside) else 0.0) for s in range(len(segments))]
        u.final, u.article = "caption", int(np.argmax(scores))


def _section_for(units: list[_Unit], first: int) -> str | None:
    banners = [(i, u.text) for i, u in enumerate(units) if u.final == "banner"]
    before = [t for i, t in banners if i < first]
    if before:
        return before[-1]
    return banners[0][1] if banners else None


def _article_parts(units: list[_Unit], n_articles: int, block_of: dict[int, int]) -> list[ArticleParts]:
    parts: list[ArticleParts] = []
    for s in range(n_articles):
        idx = [i for i, u in enumerate(units) if u.article == s]
        by_kind: dict[str, list[int]] = {}
        for i in idx:
            by_kind.setdefault(units[i].final, []).append(i)
        body = ""
        for k, i in enumerate(by_kind.get("body", [])):
            sep = "" if k == 0 or units[i].cont else "\n"
            body += sep + units[i].text
        spans = {name: [p for i in by_kind.get(kind, []) for p in units[i].pieces]
                 for name, kind in (("title", "headline"), ("kicker", "kicker"), ("subtitle", "subtitle"),
                                    ("body", "body"), ("byline", "byline"), ("captions", "caption"))}
        first = min(idx) if idx else 0

        def one(kind: str) -> str | None:
            got = [units[i].text for i in by_kind.get(kind, [])]
            return " ".join(got) if got else None

        subtitle = one("subtitle")
        if subtitle:
            subtitle = _DASH_RE.sub("", subtitle).strip()
        parts.append(ArticleParts(
            title=one("headline"), kicker=one("kicker"), subtitle=subtitle or None, body=body,
            byline=[n for i in by_kind.get("byline", []) for n in split_byline(units[i].text)],
            captions=[units[i].text for i in by_kind.get("caption", [])],
            section=_section_for(units, first),
            spans={k: v for k, v in spans.items() if v},
            blocks=sorted(block_of[i] for i in idx),
        ))
    return parts


def split_page(raw: str) -> PageLayout:
    """Repair a PDF-extracted page and split it into blocks and articles.

    Parameters
    ----------
    raw : str
        The page text as read (any line endings, full- or half-width punctuation).

    Returns
    -------
    PageLayout
        ``blocks`` in raw order, ``articles`` ordered by their first block, and the
        ``repairs`` that removed characters.

    Examples
    --------
    >>> page = "本报讯 2023 年，平遥县新建\\n公园 3 处。\\n\\n平遥县\\n\\n建设公园 美化城市\\n"
    >>> layout = split_page(page)
    >>> [(b.kind, b.text) for b in layout.blocks]
    [('body', '本报讯 2023年，平遥县新建公园3处。'), ('kicker', '平遥县'), ('headline', '建设公园 美化城市')]
    >>> layout.articles[0].title
    '建设公园 美化城市'
    """
    if not isinstance(raw, str):
        raise TypeError(f"raw must be a str, got {type(raw).__name__}")
    units = _build_units(raw)
    _undouble_heads(units, raw)
    _drop_format_chars(units, raw)
    _assign_roles(units, raw)
    units = _merge_two_line_titles(units)
    segments = _segment_bodies(units)
    if segments:
        matcher = _Matcher(["".join(units[i].text for i in seg) for seg in segments])
        orient = _orientation(units, segments, matcher)
        _attach(units, segments, matcher, orient)
    else:
        for u in units:
            u.final = {"head": "banner", "subtitle": "banner"}.get(u.kind, u.kind)
    # renumber articles by their first headline or body block in raw order
    firsts = {}
    for i, u in enumerate(units):
        if u.final in ("headline", "body") and u.article not in firsts:
            firsts[u.article] = i
    order = {old: new for new, old in enumerate(sorted(firsts, key=firsts.get))}
    for u in units:
        if u.article is not None:
            u.article = order[u.article]
    blocks = [Block(u.final, u.text, u.start, u.end, u.article) for u in units]
    block_of = {i: i for i in range(len(units))}
    articles = _article_parts(units, len(order), block_of)
    repairs = [r for u in units for r in u.repairs]
    return PageLayout(blocks, articles, repairs)


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """Repair a piece of page text without splitting it into articles.

    Lines broken at the column width are rejoined (column breaks across blank lines
    included), spacing is fixed (:func:`fix_spacing`) and doubled bold heading lines are
    undone (:func:`undouble`). Paragraphs are joined with ``"\\n"``; repairs carry spans
    into ``text``.

    Examples
    --------
    >>> repair_text("为符合条件的 464 名老\\n党员发放纪念章。\\n\\n加速加速文旅融合文旅融合")[0]
    '为符合条件的464名老党员发放纪念章。\\n加速文旅融合'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    units = _build_units(text)
    _undouble_heads(units, text)
    _drop_format_chars(units, text)
    return "\n".join(u.text for u in units), [r for u in units for r in u.repairs]


def check_no_loss(raw: str, layout: PageLayout) -> list[str]:
    """Problems with the no-loss property; an empty list means it holds.

    Every non-space character of ``raw`` must be covered by exactly one block's pieces or
    by a repair, and the cleaned texts must account for every non-space character.
    """
    problems: list[str] = []
    owner = np.zeros(len(raw), dtype=np.int32)
    for b in layout.blocks:
        owner[b.start:b.end] += 1
    for r in layout.repairs:
        if raw[r.start:r.end] != r.removed:
            problems.append(f"repair {r} does not match raw")
    nonspace = np.array([not ch.isspace() for ch in raw], dtype=bool)
    if len(raw):
        missing = np.flatnonzero(nonspace & (owner == 0))
        double = np.flatnonzero(nonspace & (owner > 1))
        if len(missing):
            problems.append(f"{len(missing)} characters in no block, first at {missing[0]}")
        if len(double):
            problems.append(f"{len(double)} characters in two blocks, first at {double[0]}")
    kept = "".join(raw[b.start:b.end] for b in layout.blocks)
    removed = sum(len(r.removed) for r in layout.repairs)
    n_raw = sum(not ch.isspace() for ch in kept)
    n_text = sum(not ch.isspace() for b in layout.blocks for ch in b.text)
    if n_raw - removed != n_text:
        problems.append(f"blocks hold {n_text} characters, raw spans minus repairs {n_raw - removed}")
    return problems
