"""Pages whose lines of two columns come out interleaved (a two-column page mis-extracted).

A PDF-to-text tool that reads a two-column stretch line by line across the columns prints the
lines of two articles alternately (``6月7日，天福镇组织干部群`` / ``本报讯（记者 杨帆 通讯员`` /
``众153余人开展活动，…``). The layout cannot repair that (it does not know which line is whose),
so :func:`interleaved_stretches` only finds such stretches, by form: where a line is cut inside a
sentence, the line two below reads on from it (:func:`~corpus_tools.layout.continuity.continuity`)
far better than from the line right above it, several times within a few lines. The reader
(:func:`corpus_tools.reading.read_page`) warns about such a page and records the stretches in
``Issue.meta["interleaved_lines"]``.
"""

from __future__ import annotations

from corpus_tools.layout.continuity import continuity
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.patterns import ends_sentence

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


def _votes(texts: list[str]) -> list[bool]:
    """Per line: whether the line two below reads on from it and the line right below does not."""
    out = []
    for i in range(len(texts) - 2):
        a, b, c = texts[i], texts[i + 1], texts[i + 2]
        if ends_sentence(a) or min(len(a), len(b), len(c)) < MIN_CHARS:
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
    lines = [ln for ln in read_lines(raw) if ln is not None]
    texts = [ln.text.strip() for ln in lines]
    votes = _votes(texts)
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
    return [(starts[a], starts[min(b, len(lines) - 1)]) for a, b in stretches]
