"""Pages whose lines of two columns come out interleaved (a two-column page mis-extracted).

A PDF-to-text tool that reads a two-column stretch line by line across the columns prints the
lines of two articles alternately (``6月7日，天福镇组织干部群`` / ``本报讯（记者 杨帆 通讯员`` /
``众153余人开展活动，…``). :func:`interleaved_stretches` finds such stretches by form: where a line is
cut inside a sentence, the line two below reads on from it
(:func:`~corpus_tools.layout.continuity.continuity`) far better than from the line right above it,
several times within a few lines. The reader (:func:`corpus_tools.reading.read_page`) warns about
such a page and records the stretches in ``Issue.meta["interleaved_lines"]``; :func:`deinterleave`
prints each stretch column by column (every other line to each column; the two articles' headline
lines above it when they alternate too; below it, a line goes on the column still open) and
:func:`map_layout` takes the layout of that text back to the page's offsets, which
:func:`~corpus_tools.layout.assemble.split_page` does when the alarm fires.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from corpus_tools.layout.continuity import continuity
from corpus_tools.layout.debris import is_debris_line
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.model import Block, PageLayout, Repair
from corpus_tools.layout.patterns import ends_sentence, is_byline

#: A vote for interleaving: the line two below reads on from a cut line by at least this many nats
#: (:func:`~corpus_tools.layout.continuity.continuity`) ...
READS_ON_TWO_BELOW = 3.0
#: ... and by at least this many nats more than from the line right below (its neighbour above).
MARGIN = 6.0
#: Votes needed within :data:`WINDOW` consecutive lines for a stretch.
MIN_VOTES = 2
#: Lines a stretch's votes may spread over.
WINDOW = 4
#: Shortest line (characters) read: a cut line, and the lines below it.
MIN_CHARS = 4


#: A cut line is as wide as the column: the line two below that reads on from it is at most this
#: many times wider (a headline or a page line over a body line is no column's cut line).
WIDTH_RATIO = 1.25


def _votes(texts: list[str]) -> list[bool]:
    """Per line: whether the line two below reads on from it and the line right below does not.

    A line much narrower than the line two below casts no vote (:data:`WIDTH_RATIO`: a headline
    over a body line is not cut at the column); :func:`_stretches` drops the votes of three lines
    a blank line parts.
    """
    out = []
    for i in range(len(texts) - 2):
        a, b, c = texts[i], texts[i + 1], texts[i + 2]
        if ends_sentence(a) or min(len(a), len(b), len(c)) < MIN_CHARS:
            out.append(False)
            continue
        if len(c) > WIDTH_RATIO * len(a):
            out.append(False)
            continue
        # (n=2: a trigram model's context reaches the first two characters only, so more add nothing)
        two = continuity(a, c, n=2)
        # (the line two below after the cut line against after its own line above: the same text
        # read in two contexts, so how likely it is to open a paragraph cancels out)
        out.append(two >= READS_ON_TWO_BELOW and two - continuity(b, c, n=2) >= MARGIN)
    return out


def interleaved_stretches(raw: str) -> list[tuple[int, int]]:
    """Stretches of the page whose lines seem to alternate between two columns.

    Parameters
    ----------
    raw : str
        The page text as read.

    Returns
    -------
    list of (int, int)
        1-based numbers of the first and last line (of ``raw.splitlines()``) of each stretch;
        empty for a page read column by column.

    Examples
    --------
    >>> page = ("6月7日，天福镇组织干部群\\n本报讯（记者 杨帆 通讯员\\n众153余人开展活动，进一步增\\n"
    ...         " 邓志强）“以前办个营业执照要\\n强了群众的参与感和获得感。\\n跑好几趟，现在一个窗口就办好了。\\n")
    >>> interleaved_stretches(page)
    [(1, 5)]
    >>> interleaved_stretches("6月7日，天福镇组织干部群\\n众153余人开展活动，进一步增\\n强了群众的参与感和获得感。\\n")
    []
    """
    if not isinstance(raw, str):
        raise TypeError(f"raw must be a str, got {type(raw).__name__}")
    return list(_stretches(raw))


@functools.lru_cache(maxsize=4)
def _stretches(raw: str) -> tuple[tuple[int, int], ...]:
    """:func:`interleaved_stretches`, kept for the last few pages: the reader asks it to warn
    (:func:`corpus_tools.reading.read_page`) and the layout asks it again for the same text
    (:func:`~corpus_tools.layout.split_page`), so the detector runs once per page."""
    read = read_lines(raw)
    runs = [sum(1 for x in read[:k] if x is None) for k, ln in enumerate(read) if ln is not None]
    lines = [ln for ln in read if ln is not None]
    texts = [ln.text.strip() for ln in lines]
    # two columns printed line by line alternate within one run of lines: three lines a blank line
    # parts (a page line, the page name, a headline; a headline, its byline, the body below) cast no vote
    votes = [v and runs[i] == runs[i + 2] for i, v in enumerate(_votes(texts))]
    hits = [i for i, v in enumerate(votes) if v]
    stretches: list[list[int]] = []
    for k in range(len(hits) - MIN_VOTES + 1):
        first, last = hits[k], hits[k + MIN_VOTES - 1]
        if last - first >= WINDOW:
            continue
        if stretches and first <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], last + 2)
        else:
            stretches.append([first, last + 2])
    starts = [raw.count("\n", 0, ln.start) + 1 for ln in lines]
    return tuple((starts[a], starts[min(b, len(lines) - 1)]) for a, b in stretches)


def physical_lines(raw: str) -> list[tuple[int, int]]:
    r"""(start, end) of every printed line of ``raw``, its line break included (as ``raw.splitlines``).

    Examples
    --------
    >>> physical_lines("甲乙\n丙\n")
    [(0, 3), (3, 5)]
    """
    out, pos = [], 0
    for piece in raw.splitlines(keepends=True):
        out.append((pos, pos + len(piece)))
        pos += len(piece)
    return out


def _closed(text: str) -> bool:
    """Whether a line closes what it prints (a sentence, a bracketed byline)."""
    return ends_sentence(text) or text.endswith(("）", ")"))


def _streams(texts: list[str | None], first: int, last: int) -> tuple[list[int], list[int]] | None:
    """The two columns' lines of an interleaved stretch (indices into ``texts``, None for a blank line).

    Lines ``first``…``last`` alternate. Above them, the heading lines of the two articles printed
    alternately too (two or more heading lines, not only bylines, with no blank line and no closed
    line between: ``天福镇开展防汛应急演练`` / ``“一站式”服务暖人心``) are taken in; a single heading
    group is the top column's own and stays. Below, a line goes on the column still open (its last
    line cut inside a sentence), alternately while both are, up to a blank line, page furniture or
    both columns closed.
    """
    def line(k: int) -> str | None:
        return texts[k] if 0 <= k < len(texts) else None

    if texts[first] is None:
        return None

    heads = []
    k = first - 1
    while (t := line(k)) is not None and not _closed(t) and not is_debris_line(
            [x or "" for x in texts], k, top=False):
        heads.append(k)
        k -= 1
    titles = [h for h in heads if not is_byline(texts[h])]
    top = first - len(heads) if len(heads) >= 2 and len(titles) >= 2 else first
    order = [x for x in range(top, last + 1) if texts[x] is not None]
    at = order.index(first) if first in order else 0
    cols: list[list[int]] = [[x for p, x in enumerate(order) if (p - at) % 2 == c] for c in (0, 1)]
    turn = (len(order) - at) % 2
    k = last + 1
    while (t := line(k)) is not None and not is_debris_line([x or "" for x in texts], k, top=False):
        open_ = [not _closed(texts[c[-1]]) if c else True for c in cols]
        if not any(open_):
            break
        col = turn if all(open_) else open_.index(True)
        cols[col].append(k)
        turn = 1 - col
        k += 1
    if min(len(c) for c in cols) < 2:
        return None
    cols.sort(key=min)  # (the column whose first line is printed first, first)
    return cols[0], cols[1]


def deinterleave(raw: str, *, stretches: list[tuple[int, int]] | None = None) -> tuple[str, list[int]] | None:
    """The page with every interleaved stretch (:func:`interleaved_stretches`) printed column by column.

    Parameters
    ----------
    raw : str
        The page text as read.
    stretches : list of (int, int), optional
        :func:`interleaved_stretches` of *raw* when the caller has them already (they are found
        again otherwise).

    Returns
    -------
    (str, list of int) or None
        None when no stretch is found. Else the page with each stretch's lines reordered, the lines
        of the column it starts with first, those of the other column after them (a blank line between
        on a page that has blank lines), and, for every character of that text, its offset in ``raw``
        (-1 for an added line break). Nothing is added or dropped but those line breaks.

    Examples
    --------
    >>> page = ("6月7日，天福镇组织干部群\\n本报讯（记者 杨帆 通讯员\\n众153余人开展活动，进一步增\\n"
    ...         " 邓志强）“以前办个营业执照要\\n强了群众的参与感和获得感。\\n跑好几趟，现在一个窗口就办好了。\\n")
    >>> print(deinterleave(page)[0])
    6月7日，天福镇组织干部群
    众153余人开展活动，进一步增
    强了群众的参与感和获得感。
    本报讯（记者 杨帆 通讯员
     邓志强）“以前办个营业执照要
    跑好几趟，现在一个窗口就办好了。
    <BLANKLINE>
    """
    if not isinstance(raw, str):
        raise TypeError(f"raw must be a str, got {type(raw).__name__}")
    if stretches is None:
        stretches = interleaved_stretches(raw)
    if not stretches:
        return None
    phys = physical_lines(raw)
    texts: list[str | None] = [raw[a:b].strip() or None for a, b in phys]
    blanks = any(t is None for t in texts)
    order: list[int | None] = list(range(len(phys)))
    done = -1
    for a, b in stretches:
        first, last = a - 1, b - 1
        if first <= done:
            continue
        cols = _streams(texts, first, last)
        if cols is None:
            continue
        taken = sorted(cols[0] + cols[1])
        if taken[0] <= done:
            continue
        at = order.index(taken[0])
        rest = [x for x in order if x not in set(taken)]
        new: list[int | None] = cols[0] + ([None] if blanks else []) + cols[1]
        order = rest[:at] + new + rest[at:]
        done = taken[-1]
    return reprint_lines(raw, phys, order)


def reprint_lines(raw: str, phys: list[tuple[int, int]], order: list[int | None]) -> tuple[str, list[int]] | None:
    r"""The page ``raw`` printed again with its lines (``phys``, :func:`physical_lines`) in ``order``; ``None`` in
    ``order`` is an empty line. Returns the text and, for each of its characters, the raw offset it comes from
    (-1 for a line break added), or None when the text is ``raw`` itself.

    Examples
    --------
    >>> raw = "甲\n乙\n丙\n"
    >>> reprint_lines(raw, physical_lines(raw), [2, None, 0, 1])
    ('丙\n\n甲\n乙\n', [4, 5, -1, 0, 1, 2, 3])
    >>> reprint_lines(raw, physical_lines(raw), [0, 1, 2]) is None
    True
    """
    out: list[str] = []
    where: list[int] = []
    for x in order:
        if x is None:
            out.append("\n")
            where.append(-1)
            continue
        s, e = phys[x]
        out.append(raw[s:e])
        where.extend(range(s, e))
        if not raw[s:e].endswith(("\n", "\r")):  # (the page's last line, moved up: a line break of its own)
            out.append("\n")
            where.append(-1)
    text = "".join(out)
    return None if text == raw else (text, where)


def _raw_pieces(where: list[int], start: int, end: int, raw: str) -> list[tuple[int, int]]:
    """The raw spans of the characters ``start``…``end`` of a de-interleaved text, runs of consecutive
    raw offsets (white space between two runs joins them)."""
    pieces: list[list[int]] = []
    for k in range(start, min(end, len(where))):
        x = where[k]
        if x < 0:
            continue
        if pieces and (x == pieces[-1][1] or x > pieces[-1][1] and not raw[pieces[-1][1]:x].strip()):
            pieces[-1][1] = x + 1
        else:
            pieces.append([x, x + 1])
    return [(a, b) for a, b in pieces]


def _split_text(text: str, raw: str, pieces: list[tuple[int, int]], removed: list[int]) -> list[str]:
    """A block's cleaned text cut into its raw pieces' shares: each piece takes as many non-space
    characters as its raw span holds, less those a repair removed there (``removed`` per piece)."""
    want = [sum(not ch.isspace() for ch in raw[a:b]) - r for (a, b), r in zip(pieces, removed)]
    out = [""] * len(pieces)
    k, have = 0, 0
    for ch in text:
        while k < len(pieces) - 1 and have >= want[k] and not ch.isspace():
            k, have = k + 1, 0
        out[k] += ch
        have += not ch.isspace()
    return out


def map_layout(layout: PageLayout, raw: str, where: list[int], note: str) -> PageLayout:
    """A layout of the de-interleaved page (:func:`deinterleave`) with its spans in ``raw``.

    A block whose lines stand apart in ``raw`` becomes one block per run of consecutive lines (same
    kind and article, its text cut between them); the articles' texts are those of the de-interleaved
    page; a ``"move"`` :class:`~corpus_tools.layout.model.Repair` spanning the stretches records the
    repair (``note``). Nothing is lost (:func:`~corpus_tools.layout.assemble.check_no_loss`).
    """
    def at(k: int) -> int:
        return where[k] if 0 <= k < len(where) and where[k] >= 0 else next(
            (where[j] for j in range(k, len(where)) if where[j] >= 0), len(raw))

    repairs = []
    for r in layout.repairs:
        if r.kind == "move":
            ends = [p for a, b in _raw_pieces(where, r.start, r.end, raw) for p in (a, b)] or [at(r.start)]
            repairs.append(Repair("move", min(ends), max(ends), "", r.note))
        else:
            s = at(r.start)
            repairs.append(Repair(r.kind, s, s + len(r.removed), r.removed, r.note))
    made: list[tuple[Block, int]] = []
    for i, b in enumerate(layout.blocks):
        pieces = _raw_pieces(where, b.start, b.end, raw) or [(at(b.start), at(b.start))]
        removed = [sum(len(r.removed) for r in repairs if r.kind != "move" and a <= r.start < e) for a, e in pieces]
        texts = _split_text(b.text, raw, pieces, removed) if len(pieces) > 1 else [b.text]
        made.extend((Block(b.kind, t, a, e, b.article), i) for (a, e), t in zip(pieces, texts))
    made.sort(key=lambda x: x[0].start)
    new_of: dict[int, list[int]] = {}
    for j, (_, i) in enumerate(made):
        new_of.setdefault(i, []).append(j)
    articles = [replace(a, spans={k: [p for s, e in v for p in _raw_pieces(where, s, e, raw)]
                                  for k, v in a.spans.items()},
                        blocks=sorted(j for i in a.blocks for j in new_of.get(i, [])))
                for a in layout.articles]
    taken = [x for x in where if x >= 0]
    moved = [k for k in range(len(taken) - 1) if taken[k + 1] != taken[k] + 1]
    if moved:
        repairs.append(Repair("move", min(taken[k + 1] for k in moved), max(taken[k] for k in moved) + 1, "", note))
    return PageLayout([b for b, _ in made], articles, sorted(repairs, key=lambda r: (r.start, r.kind)))
