"""What each printed line is, from its type size and place: headline, mid-size line, body, caption, furniture.

Every threshold is relative to the page's *body size* (the size most characters are set in) or to
the page's size, never a constant in points:

* **head** — clearly larger type (at least :data:`HEAD_RATIO` times the body size);
* **mid** — somewhat larger (above :data:`MID_RATIO`): kickers, subtitles, section labels, the
  titles of short items; :mod:`corpus_tools.pdf.modules` decides which touch a headline;
* **caption** — smaller type next to (or inside) a box or picture (not a label's bar), and the small lines that
  run on from it;
* **label** — a line printed on a filled bar that fits it (a section banner or column name in white on
  black, ``要闻``, ``一线传真``): it names a page or a column, never heads an article's text;
* **furniture** — the running header and footer: the lines beyond the outermost rule across most of the page's
  width near its top or bottom edge (a few lines: a rule with more beyond it closes a module), or a folio/date
  line at the very top or bottom when there is no rule;
* **body** — everything else (small type that is no caption is read as body, but for a short item's title
  set small: up to three small lines right over a column of body text and under no headline, read as mid-size).
"""

from __future__ import annotations

import re
from collections import Counter

from corpus_tools.pdf.chars import Box, PdfPage
from corpus_tools.pdf.lines import PdfLine

__all__ = ["body_size", "line_roles", "HEAD_RATIO", "MID_RATIO", "SMALL_RATIO", "ROLES"]

#: A headline's size is at least this many times the body size.
HEAD_RATIO = 1.3
#: A mid-size line (kicker, subtitle, label) is above this many times the body size.
MID_RATIO = 1.03
#: A small line (caption, header) is below this many times the body size.
SMALL_RATIO = 0.95
#: The roles :func:`line_roles` gives.
ROLES = ("furniture", "label", "head", "mid", "body", "caption")

_FOLIO_RE = re.compile(r"第\s*[0-9０-９一二三四五六七八九十]+\s*版|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|责任编辑|版\s*面")


def body_size(lines: list[PdfLine]) -> float:
    """The size most of the page's visible characters are set in (rounded to a quarter point)."""
    counts: Counter = Counter()
    for line in lines:
        for g in line.glyphs:
            if not g.text.isspace() and g.size > 0:  # a glyph set at size 0 (hidden text) gives no size
                counts[round(g.size * 4) / 4] += 1
    if not counts:
        return 10.0
    return counts.most_common(1)[0][0]


def _near_box(line: PdfLine, boxes: list[Box], reach: float) -> bool:
    """Whether *line* lies inside a box or within *reach* above or below one it overlaps across."""
    for b in boxes:
        across = min(line.x1, b.x1) - max(line.x0, b.x0)
        if across <= 0:
            continue
        beside = line.y1 <= b.y0 + reach * 0.2 or line.y0 >= b.y1 - reach * 0.2
        if b.y0 - reach <= line.mid_y <= b.y1 + reach and (beside or b.x0 <= line.x0 and line.x1 <= b.x1):
            return True
    return False


#: A running header (or footer) prints at most this many lines beyond its rule.
FURNITURE_LINES = 5


#: A bar a label is printed on is at most this many times as tall as the label's type.
BAR_HEIGHT = 3.0


def _on_bar(line: PdfLine, boxes: list[Box]) -> bool:
    """Whether *line* is printed on a filled box that fits it: around it, and less than
    :data:`BAR_HEIGHT` times its size tall."""
    slack = 0.2 * line.size
    return any(b.filled and b.height <= BAR_HEIGHT * line.size and b.x0 - slack <= line.x0 and line.x1 <= b.x1 + slack
               and b.y0 - slack <= line.y0 and line.y1 <= b.y1 + slack for b in boxes)


def _furniture(lines: list[PdfLine], page: PdfPage, body: float) -> set[int]:
    """Indexes of the running header and footer lines."""
    wide = [r for r in page.rules if r.width >= 0.5 * page.width]
    small = [x for x in lines if x.size < HEAD_RATIO * body]
    # (a rule with more lines beyond it than a header or footer prints rules off a module, not the furniture)
    top = [r.y0 for r in wide if r.y0 >= page.height * 0.8
           and sum(x.y0 >= r.y0 - 0.1 * body for x in small) <= FURNITURE_LINES]
    bottom = [r.y1 for r in wide if r.y1 <= page.height * 0.15
              and sum(x.y1 <= r.y1 + 0.1 * body for x in small) <= FURNITURE_LINES]
    out: set[int] = set()
    for i, line in enumerate(lines):
        if top and line.y0 >= max(top) - 0.1 * body and line.size < HEAD_RATIO * body:
            out.add(i)
        elif bottom and line.y1 <= min(bottom) + 0.1 * body and line.size < HEAD_RATIO * body:
            out.add(i)
    if top and bottom:
        return out
    rest = [i for i in range(len(lines)) if i not in out]
    if not rest:
        return out
    if not top:  # no rule: the topmost line, when it is a folio or date line
        first = max(rest, key=lambda i: lines[i].y1)
        if lines[first].size < HEAD_RATIO * body and _FOLIO_RE.search(lines[first].text):
            out.add(first)
    if not bottom:
        last = min(rest, key=lambda i: lines[i].y0)
        if lines[last].size < HEAD_RATIO * body and _FOLIO_RE.search(lines[last].text):
            out.add(last)
    return out


#: A short item's title set in small type holds at most this many lines.
SMALL_TITLE_LINES = 3


def _small_titles(lines: list[PdfLine], roles: list[str], body: float) -> None:
    """Mark as mid-size (a short item's title, :mod:`corpus_tools.pdf.modules` makes it a head) the
    small-type body lines (at most :data:`SMALL_TITLE_LINES`, of one size, stacked) that stand right
    over a column of body-size text and under no headline or mid-size line (a byline set small under
    its headline stays body)."""
    def stacked(upper: PdfLine, lower: PdfLine, reach: float, of: PdfLine | None = None) -> bool:
        """*lower* under *upper* (within *reach*), across half the narrower's width (or *of*'s)."""
        across = min(upper.x1, lower.x1) - max(upper.x0, lower.x0)
        width = of.x1 - of.x0 if of is not None else min(upper.x1 - upper.x0, lower.x1 - lower.x0)
        return across >= 0.5 * width and -0.3 * body <= upper.y0 - lower.y1 <= reach

    small = [i for i, r in enumerate(roles) if r == "body" and lines[i].size < SMALL_RATIO * body]
    done: set[int] = set()
    for i in sorted(small, key=lambda i: -lines[i].y1):
        if i in done:
            continue
        run = [i]
        while len(run) <= SMALL_TITLE_LINES:
            nxt = [k for k in small if k not in run and abs(lines[k].size - lines[i].size) <= 0.02 * lines[i].size
                   and stacked(lines[run[-1]], lines[k], 0.7 * lines[i].size)]
            if not nxt:
                break
            run.append(max(nxt, key=lambda k: lines[k].y1))
        done.update(run)
        if len(run) > SMALL_TITLE_LINES:
            continue
        top, bottom = lines[run[0]], lines[run[-1]]
        under = any(roles[k] == "body" and abs(x.size - body) <= 0.05 * body and stacked(bottom, x, 1.5 * body)
                    for k, x in enumerate(lines))
        # (over half its width: a vertical headline beside the column is no headline over it)
        over = any(roles[k] in ("head", "mid") and stacked(x, top, 3.0 * body, top)
                   for k, x in enumerate(lines))
        if under and not over:
            for k in run:
                roles[k] = "mid"


def line_roles(lines: list[PdfLine], page: PdfPage, body: float) -> list[str]:
    """One role of :data:`ROLES` per line (see the module docstring).

    Parameters
    ----------
    lines : list of PdfLine
        The page's lines (:func:`corpus_tools.pdf.lines.page_lines`).
    page : PdfPage
        The page (its size, rules and boxes).
    body : float
        The page's body size (:func:`body_size`).

    Returns
    -------
    list of str
    """
    furniture = _furniture(lines, page, body)
    bars = [b for b in page.boxes if any(_on_bar(x, [b]) for x in lines)]
    pictures = [b for b in page.boxes if b not in bars]  # (a bar a label is printed on is no picture)
    roles = []
    for i, line in enumerate(lines):
        r = line.size / body
        if i in furniture:
            roles.append("furniture")
        elif _on_bar(line, page.boxes):
            roles.append("label")
        elif r >= HEAD_RATIO:
            roles.append("head")
        elif r > MID_RATIO:
            roles.append("mid")
        elif r < SMALL_RATIO and _near_box(line, pictures, 2.0 * body):
            roles.append("caption")
        else:
            roles.append("body")
    changed = True
    while changed:  # a caption's further small lines run on from it
        changed = False
        for i, line in enumerate(lines):
            if roles[i] != "body" or line.size / body >= SMALL_RATIO:
                continue
            for j, other in enumerate(lines):
                if roles[j] == "caption" and abs(other.size - line.size) <= 0.1 * line.size \
                        and min(line.x1, other.x1) > max(line.x0, other.x0) \
                        and 0 <= other.y0 - line.y1 <= 0.8 * line.size:
                    roles[i] = "caption"
                    changed = True
                    break
    _small_titles(lines, roles, body)  # (after the captions: a caption's small lines run on from it)
    return roles
