"""A displaced tail read into the paragraph printed above it (column flow on pages without blank lines).

On a page that prints no blank lines, a paragraph is told from the next by its last line
(short) and the next one's indent. When the last line of an article's body fills the column
and a displaced tail (:mod:`~corpus_tools.layout.flow`) follows it unindented, the tail is read
as the rest of that paragraph: ``…有关政策支`` / ``并把贯彻执行民主集中制…`` becomes one unit and
the flow repair cannot move the tail, because it is no paragraph of its own.

:func:`split_merged_tails` splits such a unit at a line break when both sides of the break say
that a column ends there:

* the text after the break reads on from the cut end of *another* article printed later on the
  page (its last body paragraph stops mid-sentence) much better than from the line above it
  (:data:`SPLIT_JOIN` nats, the character model of :mod:`~corpus_tools.layout.continuity`);
* and the text before the break either ends a sentence and the join above is very clear
  (:data:`SPLIT_STRONG`), or stops mid-sentence and a fragment printed elsewhere on the page
  (any body paragraph, against the text printed before it) reads on from it by :data:`SPLIT_JOIN` nats.

Only the last body unit of an article's run of paragraphs is split (a tail is printed between
an article's body and the next headline). :func:`unsplit` joins a split unit again when the flow
repair did not move its second part, so the page's paragraphs change only with a move, and every
move is recorded by :func:`~corpus_tools.layout.flow.repair_flow`.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus_tools.layout.continuity import CharLM, default_lm, join_gain
from corpus_tools.layout.patterns import ends_sentence
from corpus_tools.layout.repair import fix_spacing
from corpus_tools.layout.units import Unit

#: A fragment reads on from a cut end by at least this much more than where it is printed (nats).
SPLIT_JOIN = 4.5
#: ... and by this much when the text before the break ends a sentence (only one side's evidence).
SPLIT_STRONG = 7.0


@dataclass
class Split:
    """A unit split in two: the first part keeps the unit's place, ``second`` follows it."""

    first: Unit
    second: Unit
    text: str  # the unit's text before the split
    pieces: list[tuple[int, int]]


def _lines(raw: str, u: Unit) -> list[tuple[int, int]] | None:
    """Raw spans of the stripped lines of a one-piece body unit (None: not one piece)."""
    if len(u.pieces) != 1:
        return None
    s, e = u.pieces[0]
    out, pos = [], s
    for part in raw[s:e].split("\n"):
        lead = len(part) - len(part.lstrip())
        t = part.strip()
        if t:
            out.append((pos + lead, pos + lead + len(t)))
        pos += len(part) + 1
    return out


def _run_ends(units: list[Unit]) -> list[int]:
    """Body units that close a run of their article's paragraphs (the next unit is no body of it)."""
    out = []
    for i, u in enumerate(units):
        if u.final != "body" or u.article is None:
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt is None or nxt.final != "body" or nxt.article != u.article:
            out.append(i)
    return out


def _cut_ends(units: list[Unit], i: int) -> list[str]:
    """Last body paragraph of every other article whose body starts after unit ``i`` and stops mid-sentence."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for j, u in enumerate(units):
        if u.final == "body" and u.article is not None:
            first.setdefault(u.article, j)
            last[u.article] = j
    own = units[i].article
    return [units[last[a]].text for a in last
            if a != own and first[a] > i and not ends_sentence(units[last[a]].text)]


def _best_break(units: list[Unit], i: int, spans: list[tuple[int, int]], raw: str,
                lm: CharLM) -> tuple[int, str, str] | None:
    """The line break of unit ``i`` where a displaced tail starts: (line, first text, second text)."""
    ends = _cut_ends(units, i)
    if not ends:
        return None
    # (the body paragraphs as ``units`` stands now: a split made further down the page inserted a unit)
    starts = [f for f, u in enumerate(units) if u.final == "body" and u.article is not None]
    texts = [raw[s:e] for s, e in spans]
    best = None
    for j in range(1, len(spans)):
        left, right = fix_spacing("".join(texts[:j])), fix_spacing("".join(texts[j:]))
        if not left or not right:
            continue
        rjoin = max(join_gain(lm, end, right, left) for end in ends)
        if rjoin < SPLIT_JOIN:
            continue
        if ends_sentence(left):
            ok = rjoin >= SPLIT_STRONG
        else:  # the cut before the break is finished by a fragment printed elsewhere
            ok = any(join_gain(lm, left, units[f].text, units[f - 1].text if f and units[f - 1].final == "body" else None)
                     >= SPLIT_JOIN for f in starts if f != i)
        if ok and (best is None or rjoin > best[0]):
            best = (rjoin, j, left, right)
    return None if best is None else best[1:]


def split_merged_tails(units: list[Unit], raw: str) -> list[Split]:
    """Split body units holding a displaced tail after a full last line (see the module); in place.

    The second part of each split unit is inserted after the first, with the same article;
    every unit's rank is its place again. Returns the splits made, for :func:`unsplit`.
    """
    lm = default_lm()
    splits: list[Split] = []
    for i in reversed(_run_ends(units)):
        u = units[i]
        spans = _lines(raw, u)
        if not spans or len(spans) < 2 or fix_spacing("".join(raw[s:e] for s, e in spans)) != u.text:
            continue
        found = _best_break(units, i, spans, raw, lm)
        if found is None:
            continue
        j, left, right = found
        old_text, old_pieces = u.text, list(u.pieces)
        u.text, u.pieces = left, [(spans[0][0], spans[j - 1][1])]
        second = Unit("body", [(spans[j][0], spans[-1][1])], right, article=u.article, final="body")
        units.insert(i + 1, second)
        splits.append(Split(u, second, old_text, old_pieces))
    for k, v in enumerate(units):  # reading order is print order again
        v.rank = float(k)
    return splits


def unsplit(units: list[Unit], splits: list[Split]) -> None:
    """Join again every split whose second part is still with the first's article, in place (the
    splits whose second part was moved to another article, or on as a cut sentence, are kept)."""
    for sp in splits:
        if sp.second.article == sp.first.article and not sp.second.cont:
            sp.first.text, sp.first.pieces = sp.text, sp.pieces
            at = next(k for k, u in enumerate(units) if u is sp.second)
            del units[at]
            # the units printed after it move up one place, and a moved unit with the article it was
            # moved to (its rank is a share of the way past its destination's paragraph): measured from
            # the second part's printed place, not its rank (a move of a tail starting at the first part
            # took the second part with it)
            for u in units:
                if u.rank > float(at):
                    u.rank -= 1.0
