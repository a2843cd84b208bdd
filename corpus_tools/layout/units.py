"""Units: typed paragraphs and heading lines before article assembly."""

from __future__ import annotations

from dataclasses import dataclass, field
import re

from corpus_tools.layout.lines import (
    Chunk,
    Line,
    group_chunks,
    is_continuation,
    looks_like_heading,
    read_lines,
    split_chunk,
)
from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.unitbylines import REPORT_TAIL_RE, spaced_role_breaks
from corpus_tools.layout.model import Repair
from corpus_tools.layout.photoitems import closing_photo_credit
from corpus_tools.layout.patterns import (
    BYLINE_TAIL_RE,
    CAPTION_CUE_RE,
    CAPTION_START_RE,
    PHOTO_MARK_RE,
    CLAUSE_PUNCT,
    is_credited_caption,
    ends_sentence,
    has_inner_sentence_end,
    is_byline,
    is_closing_note,
    is_credit,
    is_lead,
    is_parallel,
    is_subtitle_line,
    text_width,
)
from corpus_tools.layout.repair import fix_spacing


@dataclass
class Unit:
    kind: str  # body, head, caption, byline, subtitle, credit
    pieces: list[tuple[int, int]]  # raw spans of the stripped lines it is made of
    text: str  # cleaned text
    gap: int = 0  # blank lines before
    cont: bool = False  # body continuing the previous body unit of its article mid-sentence
    role: str = ""  # for heads: P (parallel), K (place line), F (other)
    article: int | None = None
    final: str = ""  # the block kind after assembly
    rank: float = 0.0  # reading order inside its article (column-flow repair moves tails)
    repairs: list[Repair] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def printed_lines(u: Unit, raw: str) -> list[str] | None:
    r"""The unit's printed lines (its pieces of *raw*, stripped), or None when its text is not just those
    lines joined (a repaired line).

    Examples
    --------
    >>> raw = "民族团结正在进行时\n村村寨寨结对子\n"
    >>> u = Unit(kind="head", pieces=[(0, 9), (10, 17)], text="民族团结正在进行时村村寨寨结对子")
    >>> printed_lines(u, raw)
    ['民族团结正在进行时', '村村寨寨结对子']
    """
    texts = [raw[a:b].strip() for a, b in u.pieces]
    if u.repairs or "".join("".join(texts).split()) != "".join(u.text.split()):
        return None
    return texts


def _paragraphs(chunks: list[Chunk]) -> list[tuple[list[Line], int]]:
    """Join column-broken chunks; returns (lines, gap) per paragraph."""
    paras: list[tuple[list[Line], int]] = []
    i = 0
    while i < len(chunks):
        lines, gap = list(chunks[i].lines), chunks[i].gap
        while i + 1 < len(chunks) and is_continuation(chunks, i):
            i += 1
            lines.extend(chunks[i].lines)
        paras.append((lines, gap))
        i += 1
    return paras



def _is_caption(text: str, gap: int, next_para: list[Line] | None) -> bool:
    """A photo caption: a short standalone line describing a picture.

    ``图为…`` and a photo mark line (``△收割机在稻田里作业``) always; otherwise a short line without clause punctuation that ends with
    ``。`` or carries a picture cue (正在, 现场 …), and is not a parallel headline.
    """
    t = text.strip()
    if CAPTION_START_RE.match(t) or is_credited_caption(t) or (PHOTO_MARK_RE.match(t) and text_width(t) <= 40):
        return True
    if text_width(t) > 32 or any(ch in CLAUSE_PUNCT for ch in t) or is_parallel(t):
        return False
    if has_inner_sentence_end(t):
        return False
    if CAPTION_CUE_RE.search(t):
        return True
    before_body = (next_para is not None and not looks_like_heading(Chunk(next_para, 0))
                   and not is_lead(next_para[0].text))
    # a short sentence is a caption, unless it stands right before an ordinary body
    # paragraph: then it is a body fragment (``业高质量发展。``)
    return ends_sentence(t) and not (before_body and gap < 2)


def build_units(raw: str) -> list[Unit]:
    """Split the page into typed units (body paragraphs and single heading-like lines)."""
    chunks = [part for ch in group_chunks(read_lines(raw)) for part in split_chunk(ch)]
    paras = _paragraphs(chunks)
    units: list[Unit] = []
    for idx, (lines, gap) in enumerate(paras):
        nxt = paras[idx + 1][0] if idx + 1 < len(paras) else None
        chunk = Chunk(lines, gap)
        if looks_like_heading(chunk):
            note = False  # inside a closing note cut by a line break
            for k, ln in enumerate(lines):
                t = ln.text
                g = gap if k == 0 else 0
                following = lines[k + 1:k + 2] if k + 1 < len(lines) else nxt
                if note or is_closing_note(t):
                    kind = "byline"  # the end of the article above, never a headline
                    note = not any(ch in ")）" for ch in t)
                elif is_byline(t):
                    kind = "byline"
                elif is_subtitle_line(t):
                    kind = "subtitle"
                elif is_credit(t):
                    kind = "credit"
                elif _is_caption(t, g, following) and len(lines) == 1:
                    kind = "caption"
                else:
                    kind = "head"
                units.append(Unit(kind, [(ln.start, ln.end)], fix_spacing(t), gap=g))
            continue
        text = "".join(ln.text for ln in lines)
        if len(lines) == 1 and is_credit(text):
            units.append(Unit("credit", [(lines[0].start, lines[0].end)], fix_spacing(text), gap=gap))
            continue
        if len(lines) == 1 and _is_caption(text, gap, nxt):
            units.append(Unit("caption", [(lines[0].start, lines[0].end)], fix_spacing(text), gap=gap))
            continue
        units.extend(body_units(lines, gap))
    return units


def raw_offset(lines: list[Line], k: int) -> int:
    """Raw offset of character ``k`` of the lines' joined text (the lines' end past the last one)."""
    for ln in lines:
        if k < len(ln.text):
            return ln.start + k
        k -= len(ln.text)
    return lines[-1].end


#: A transliterated name with its dots, two to five characters a part (``加娜尔·巴合提别克``): a line break
#: inside it cuts one name, never parts two.
_DOTTED_RE = re.compile(r"^[\u4e00-\u9fff]{2,5}(?:·[\u4e00-\u9fff]{2,5}){1,2}$")


def _name_break(text: str, j: int) -> bool:
    """Whether a line break before ``text[j]`` separates two byline names.

    A single character on either side of the break is part of a name cut by it (``(卢`` /
    ``明志 江宁琴)``, ``高建`` / ``婷)``), and so is a transliterated name's middle dot on either side
    (``（通讯员 加娜`` / ``尔·巴合提别克）``, ``（古丽巴合提·`` / ``沙依兰）``): the dot joins one person's names.
    """
    stop = " \u3000、,，/()（）"
    left = right = 0
    while j - left - 1 >= 0 and text[j - left - 1] not in stop:
        left += 1
    while j + right < len(text) and text[j + right] not in stop:
        right += 1
    if _DOTTED_RE.match(text[j - left:j + right]):
        return False
    return left > 1 and right > 1


def body_units(lines: list[Line], gap: int) -> list[Unit]:
    """A body paragraph, with a trailing byline ``…。(张春燕 王瑞琴)`` split off.

    A byline cut by a line break keeps the break as a space (``(彭鹏慧`` / ``崔伟)`` reads as
    two names, not one).
    """
    joined = "".join(ln.text for ln in lines)
    m = BYLINE_TAIL_RE.search(joined) or REPORT_TAIL_RE.search(joined)  # (or ``…。记者 王磊 摄影报道``)
    spaced = ""
    ends, k = set(), 0
    for ln in lines[:-1]:
        k += len(ln.text)
        ends.add(k)
    if m is not None:
        cut = m.start() + (len(m.group()) - len(m.group().lstrip()))
        spaced = "".join((" " if j in ends and _name_break(joined, j) else "") + joined[j]
                         for j in range(cut, len(joined)))
    if m is None or not joined[: m.start()].strip() or parse_byline(spaced) is None:
        # (a credit's 摄 alone on the caption's last line keeps the space the column cut: ``…陈丽珍`` / ``摄``)
        cut_shot = len(lines) > 1 and lines[-1].text.strip() == "摄"
        credited = joined[:-1] + " 摄" if cut_shot else joined
        shot = closing_photo_credit(credited) if PHOTO_MARK_RE.match(joined) or CAPTION_START_RE.match(joined) else None
        if shot is None:
            return [Unit("body", [(lines[0].start, lines[-1].end)], fix_spacing(spaced_role_breaks(joined, ends)), gap=gap)]
        # a marked caption read as a photo item's text, its credit after its last sentence unbracketed
        # (``▲…之一。佟　鑫/摄``): the item's byline
        head, cut, spaced = joined[:shot], shot, credited[shot:]
    else:
        head = joined[: m.start()]
    body_end = raw_offset(lines, len(head.rstrip()) - 1) + 1
    return [
        Unit("body", [(lines[0].start, body_end)], fix_spacing(spaced_role_breaks(head, ends)), gap=gap),
        Unit("byline", [(raw_offset(lines, cut), lines[-1].end)], fix_spacing(spaced)),
    ]

