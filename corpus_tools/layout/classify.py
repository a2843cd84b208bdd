"""Headline grammar: roles of heading lines, two-line titles, article bodies and in-body subheads."""

from __future__ import annotations

import math
import re
from collections import Counter

from corpus_tools.layout.continuity import reads_on
from corpus_tools.layout.dottedheads import is_dotted_running_head
from corpus_tools.layout.furniture import is_footer_line, is_masthead_name, is_paper_masthead
from corpus_tools.layout.model import Repair
from corpus_tools.layout.patterns import (
    BYLINE_LINE_RE,
    BYLINE_TAIL_RE,
    cjk_bigrams,
    ends_sentence,
    is_folio_line,
    is_lead,
    is_masthead_line,
    is_parallel,
    is_place_line,
    ITEM_MARKS,
    place_prefix,
)
from corpus_tools.layout.repair import fix_spacing, join_lines, undouble_in_page
from corpus_tools.layout.units import Unit
from corpus_tools.decoding import FORMAT_CHARS_RE


def drop_format_chars(units: list[Unit], raw: str) -> None:
    """Remove zero-width and other format characters (``古\u200b城``), recording each as a repair."""
    for u in units:
        done = [(r.start, r.end) for r in u.repairs]
        found = [m.start() for a, b in u.pieces for m in FORMAT_CHARS_RE.finditer(raw, a, b)
                 if not any(s <= m.start() < e for s, e in done)]
        if found:
            u.text = FORMAT_CHARS_RE.sub("", u.text)
            u.repairs = u.repairs + [Repair("format", i, i + 1, raw[i], f"invisible format character "
                                            f"U+{ord(raw[i]):04X} removed") for i in found]


def drop_item_marks(units: list[Unit], raw: str) -> None:
    """Remove the mark printed before a heading (``■热水镇 “红色理论宣讲队”进村入户``,
    :data:`~corpus_tools.layout.patterns.ITEM_MARKS`), recording it as a repair; units of their
    final kind (a marked paragraph of a body keeps its mark)."""
    for u in units:
        if u.final not in ("headline", "kicker", "subtitle", "banner") or not u.pieces:
            continue
        start, end = u.pieces[0]
        line = raw[start:end]
        k = len(line) - len(line.lstrip())
        if k < len(line) and line[k] in ITEM_MARKS and u.text.startswith(line[k]) and len(u.text.strip()) > 1:
            u.text = u.text[1:].lstrip()
            u.repairs = u.repairs + [Repair("mark", start + k, start + k + 1, line[k], "item mark before a heading removed")]


def undouble_heads(units: list[Unit], raw: str) -> None:
    """Undouble doubled bold heading lines in place, recording repairs."""
    for u in units:
        if u.kind not in ("head", "subtitle"):
            continue
        start, end = u.pieces[0]
        line = raw[start:end]
        fixed, cuts = undouble_in_page(line, raw)
        if not cuts:
            continue
        u.text = fix_spacing(fixed)
        u.repairs = [Repair("undouble", start + a, start + b, raw[start + a:start + b],
                            f"doubled bold headline repaired to {u.text!r}") for a, b in cuts]


def assign_roles(units: list[Unit], raw: str) -> None:
    """Mark heading lines as parallel titles (P), place/organisation lines (K) or plain (F)."""
    flat = re.sub(r"\s+", "", raw)  # names cut by a line break still count
    for u in units:
        if u.kind == "head":
            if u.text.rstrip().endswith(("——", "--", "──")) and len(u.text.strip()) > 3:
                u.role = "K"  # a lead-in line that runs into the title: ``…营商环境改善——``
            elif place_prefix(u.text, flat) and not is_parallel(u.text) or is_place_line(u.text):
                u.role = "K"
            elif is_parallel(u.text):
                u.role = "P"
            else:
                u.role = "F"


#: Most lines, and most characters a line, of a masthead over the page's date line (:func:`folio_banners`).
MASTHEAD_UNITS = 2
MASTHEAD_CHARS = 16


def folio_banners(units: list[Unit]) -> None:
    """The page's date line and page line (``2024年5月8日 星期三``, ``B3 乡镇视窗``, a running head dated
    with dots, :func:`~corpus_tools.layout.dottedheads.is_dotted_running_head`), an app promotion and
    the paper's address line (:func:`~corpus_tools.layout.furniture.is_footer_line`) are banners, never
    a title or kicker, and so are the one or two short lines over the page's first date or page line, its
    masthead (in place)."""
    for k, u in enumerate(units):  # (a masthead's small print, ``第710期　本期四版``, wherever it stands)
        if u.kind == "head" and len(u.pieces) == 1 and (is_folio_line(u.text) or is_masthead_line(u.text)
                                                         or is_footer_line(u.text) or is_paper_masthead(u.text)):
            u.kind = "banner"
        elif u.kind == "head" and len(u.pieces) == 1 and is_dotted_running_head(u.text):
            u.kind = "banner"  # (``综合新闻　第2版　连江报　2004.06.11``: the title read as its subtitle is the title)
            if k + 1 < len(units) and units[k + 1].kind == "subtitle":
                units[k + 1].kind = "head"
    if len(units) > 1 and units[0].kind == "head" and len(units[0].pieces) == 1 and is_masthead_name(units[0].text):
        units[0].kind = "banner"  # (the paper's name over a page printed without a date)
    # the lines over the page's first date or page line are its masthead (``延庆报``, ``CONGHUA DAILY``)
    first = next((k for k, u in enumerate(units[:MASTHEAD_UNITS + 1]) if u.kind == "banner"
                  and is_folio_line(u.text)), None)
    if first and all(u.kind == "head" and len(u.pieces) == 1 and len(u.text.strip()) <= MASTHEAD_CHARS
                     for u in units[:first]):
        for u in units[:first]:
            u.kind = "banner"


def _column_name(text: str, own: float, next_: float) -> bool:
    """A short line above a heading that names a column, not half a title.

    A column name (``武乡新闻``, ``要闻``, ``乡村行·看振兴``) is short or has a ``·``, and shares
    nothing with the page's body text while the heading under it does.
    """
    if len(text) <= 3:
        return True  # two or three characters are a column name, never half a title
    short = len(text) <= 5 or "·" in text and len(text) <= 10
    return short and own == 0.0 and next_ >= 0.3


#: A page's staff credit printed on a heading line after a wide space (``综合·简讯　责任编辑：褚佩芳``): the
#: section's banner, never half of a title.
STAFF_IN_LINE_RE = re.compile(r"[ \u3000](?:本版|责任)?(?:编辑|责编|美编)\s*[:：]")


def merge_two_line_titles(units: list[Unit]) -> list[Unit]:
    """Join a heading printed on two short lines (``画好治理同心圆`` / ``凝聚治理强动能``).

    Two plain short lines are one heading when they share a chunk, or when they are
    separated by one blank line and have the same length (a two-line title) — unless the
    first line is a banner or column name: it shares nothing with any body paragraph of
    the page while the second line does (``武乡新闻`` above ``县政府召开防汛工作调度会``).
    """
    page = set().union(*(cjk_bigrams(u.text) for u in units if u.kind == "body"))

    def about(text: str) -> float:  # share of the line's bigrams found in the page's bodies
        grams = cjk_bigrams(text)
        return len(grams & page) / len(grams) if grams else 0.0

    out: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        v = units[i + 1] if i + 1 < len(units) else None
        if (v is not None and u.kind == "head" and v.kind == "head" and u.role == "F" and v.role == "F"
                and len(u.text) <= 16 and len(v.text) <= 16
                and (v.gap == 0 or v.gap == 1 and abs(len(u.text) - len(v.text)) <= 1)
                and not is_lead(u.text) and not is_lead(v.text)
                and not STAFF_IN_LINE_RE.search(u.text) and not STAFF_IN_LINE_RE.search(v.text)
                and not _column_name(u.text, about(u.text), about(v.text))
                and not _column_name(v.text, about(v.text), about(u.text))):
            out.append(Unit("head", u.pieces + v.pieces, f"{u.text} {v.text}" if v.gap else join_lines([u.text, v.text]), gap=u.gap,
                             role="P", repairs=u.repairs + v.repairs))
            i += 2
            continue
        out.append(u)
        i += 1
    return out


# ---------------------------------------------------------------------------------------
# Article bodies
# ---------------------------------------------------------------------------------------


def _run_is_boundary(run: list[Unit]) -> bool:
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


#: Below this share of shared (IDF-weighted) bigrams, the text after a heading line starts
#: another article rather than continuing under an in-body subhead.
TOPIC_SHIFT = 0.018
#: The same bound on the plain (unweighted) share of bigrams.
RAW_SHIFT = 0.035


class _Grams:
    """IDF-weighted character bigrams of the page's body paragraphs."""

    def __init__(self, paras: list[str]) -> None:
        self.df = Counter(g for p in paras for g in cjk_bigrams(p))
        self.n = len(paras)

    def share(self, text: str, other: set[str]) -> float:
        w = {g: math.log((self.n + 1) / (self.df.get(g, 0) + 0.5)) for g in cjk_bigrams(text)}
        total = sum(w.values())
        return sum(v for g, v in w.items() if g in other) / (total + 1.0) if total > 0 else 0.0



def _topic_shift(units: list[Unit], seg: list[int], i: int, grams: _Grams) -> bool:
    """True if the paragraphs from unit ``i`` share too little with the article so far.

    An in-body subhead continues its article's topic; a title over a new article does not.
    """
    after = []
    for u in units[i:]:
        if u.kind == "head" or len(after) >= 2:
            break
        if u.kind == "body":
            after.append(u.text)
    before = set().union(*(cjk_bigrams(units[j].text) for j in seg))
    text = "".join(after)
    shared = cjk_bigrams(text) & before
    # both the IDF-weighted and the plain share must be low: a page on one topic (seed 000)
    # gives its common words no IDF weight
    return grams.share(text, before) < TOPIC_SHIFT and len(shared) < RAW_SHIFT * (len(cjk_bigrams(text)) + 1)


def _signed_below(units: list[Unit], i: int) -> bool:
    """Whether the body paragraphs from unit ``i`` on close with a signature: a bracketed name after the
    last sentence (``…更加方便。（程小燕）``) or alone in the byline unit right after them."""
    k = i
    while k < len(units) and units[k].kind == "body":
        k += 1
    if BYLINE_TAIL_RE.search(units[k - 1].text.strip()):
        return True
    return k < len(units) and units[k].kind == "byline" and bool(BYLINE_LINE_RE.match("".join(units[k].text.split())))


def _second_byline(units: list[Unit], first: int, i: int) -> bool:
    """Whether a heading run before body unit ``i`` opens another article because an article has one
    byline: the article whose body starts at unit ``first`` has a byline line over it, and the text
    under the heading closes with a signature of its own (a signed item after a bylined article)."""
    head = first
    while head > 0 and units[head - 1].kind in ("byline", "subtitle"):
        head -= 1
    return any(u.kind == "byline" for u in units[head:first]) and _signed_below(units, i)


def segment_bodies(units: list[Unit], *, signed_items: bool = True) -> list[list[int]]:
    """Group body units into article bodies; subheads between them become body units.

    A body paragraph starts a new article unless it continues a sentence cut by a column
    break (blocks printed in between, other than a kicker or subtitle, stay outside the
    body), or only in-body subheads stand
    between it and the previous paragraph (see :func:`_run_is_boundary`). A ``本报讯`` lead
    or a byline always starts a new article; with ``signed_items``, so does the text under a heading
    that closes with a signature after an article with a byline line (:func:`_second_byline`).
    Returns the body unit indices per article.
    """
    grams = _Grams([u.text for u in units if u.kind == "body"])
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
        if (not closed and not headed and not ends_sentence(units[last_body].text)
                and (not run or reads_on(units[last_body].text, u.text))):
            u.cont = True  # a column break with other blocks printed in between
            segments[-1].append(i)
        elif (not closed and not _run_is_boundary(run) and not (run and _topic_shift(units, segments[-1], i, grams))
              and not (signed_items and run and _second_byline(units, segments[-1][0], i))
              and not (run and not ends_sentence(units[last_body].text))):  # no subhead after a cut sentence
            for x in run:  # in-body subheads
                x.kind = "body"
            segments[-1].extend(range(last_body + 1, i + 1))
        else:
            segments.append([i])
        last_body = i
    return segments

