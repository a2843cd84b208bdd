"""Numbered brief items whose title is a lead phrase run into the item's first line.

A column of briefs (``【一周简讯】``, ``【乡镇快讯】``) may print each item as a numbered paragraph that
opens with a short lead phrase instead of a headline: ``1．种薯基地迎来收获：9月中旬，…（通讯员 X）`` or
``2.王宅镇茶叶夏季管护培训开班　日前，…``. Each item is an article of its own, titled by its lead
phrase. Two steps:

* :func:`runin_items` (line-model tags) — a run of at least :data:`MIN_ITEMS` such lines numbered in
  sequence, each after a finished sentence or the column's name, the first where a column opens (not
  inside a body: a numbered list goes on with its article), opens an article at each item; the
  bracketed column name on its own line right above the first item is a banner;
* :func:`split_runin_titles` (units) — the lead phrase of such an item's first paragraph becomes the
  article's headline block; the number and the colon after the phrase are recorded repairs.

The same column may title its items in black brackets (``【城关镇开展消防演练】9月3日，…（韩　梅）``: at least
:data:`MIN_ITEMS` in a row, :data:`BRACKET_RE`), or print untitled items opening on an item mark, each closed by
its signature (``■老城镇五勤村通过…修建村路9公里。（吴海波）``: :func:`_signed_items`; the items keep no title,
and :func:`signed_brief` tells the layout's headless rejoin to leave them apart). A column's name on a line of
its own above the first item (``简　讯``, ``【乡镇快讯】``) is a banner.

Told by the lines' form (number, bracket or mark, a phrase without clause marks, a colon or a wide space, the
sequence of numbers, the signatures), never by the words.
"""

from __future__ import annotations

import re
import unicodedata

from corpus_tools.layout.lines import Line
from corpus_tools.layout.model import Repair
from corpus_tools.layout.patterns import BRIEF_MARKS, BYLINE_TAIL_RE, ends_sentence
from corpus_tools.layout.units import Unit

#: ``1．lead phrase：`` or ``2.lead phrase　`` at a line's start: number, phrase (4–20 characters without
#: clause or sentence marks), then a colon or a wide space, then the item's text.
#: The colon (group 3) and a wide space (group 4) are separate alternatives, so no two quantifiers share
#: one run of spaces (the old form backtracked cubically on trailing spaces: 37 s at 2,000).
RUNIN_RE = re.compile(r"^\s*(\d{1,2})\s*[.．、]\s*([^\s，。、；：:！？!?（）()]{4,20}?)(?:\s*([：:])\s*|(\u3000\s*|\s{2,}))(?=\S)")
#: ``【lead phrase】item text`` at a line's start: a brief whose title is printed in black brackets and run
#: into the item's first line (group 1 the bracket, 2 the phrase, 3 the closing bracket).
BRACKET_RE = re.compile(r"^\s*(【)([^\s【】，。、；：:！？!?（）()]{4,20})(】)(?=\S)")
#: Least numbered items in sequence (or bracketed items in a row) for a column of run-in briefs.
MIN_ITEMS = 2


#: A column's name in black brackets (``【两学一做】``).
BRACKETED_COLUMN = r"【[^【】]{2,10}】"
#: A line that is only a bracketed column name.
BRACKETED_COLUMN_LINE_RE = re.compile("^" + BRACKETED_COLUMN + "$")


def column_name_re(longest: int) -> re.Pattern:
    """A column's name on a line of its own: in black brackets (:data:`BRACKETED_COLUMN`), or two to
    ``longest`` characters spaced out or not (``简　讯``, ``乡镇传真``)."""
    return re.compile(r"^(?:" + BRACKETED_COLUMN + r"|[\u4e00-\u9fff](?:[\u3000 ]*[\u4e00-\u9fff]){1,%d})$" % (longest - 1))


#: A column's name of two to six characters (:func:`column_name_re`); taken as one only right above a
#: run of items.
_COLUMN_RE = column_name_re(6)


def _item(text: str) -> tuple[re.Match, int | None] | None:
    """The run-in match of an item's first line and its number (None for a bracketed item), or None."""
    m = RUNIN_RE.match(text)
    if m is not None:
        return m, int(m.group(1))
    m = BRACKET_RE.match(text)
    return (m, None) if m is not None else None


def closes_item(text: str) -> bool:
    """Whether a line closes an item (a sentence, or a bracketed byline after one)."""
    t = text.strip()
    return ends_sentence(t) or bool(BYLINE_TAIL_RE.search(t)) or t.endswith(("）", ")"))


def _opens_column(lines: list[Line], tags: list[str], first: int) -> bool:
    """Whether the first item stands where a column of briefs opens: under the column's bracketed
    name, a heading or byline line, or a text closed by a bracketed byline; not inside a body (a
    numbered list ``1．强化组织保障：…`` after a finished sentence goes on with its article)."""
    if not first:
        return True
    above = lines[first - 1].text.strip()
    if _COLUMN_RE.match(above) or tags[first - 1].removeprefix("B-") in ("banner", "title", "kicker", "subtitle"):
        return True
    return tags[first - 1].removeprefix("B-") == "byline" or bool(BYLINE_TAIL_RE.search(above))


#: A brief's first line opening on a brief's mark (``■鴜鷺树镇为云盘村…``, :data:`~corpus_tools.layout.patterns.BRIEF_MARKS`;
#: not the photo mark ▲).
_MARKED_RE = re.compile(r"^\s*[" + re.escape(BRIEF_MARKS) + r"]\s*(?=\S)")


def _signed_items(lines: list[Line], tags: list[str]) -> list[list[int]]:
    """Runs of at least :data:`MIN_ITEMS` briefs, each a paragraph opening on an item mark and closed by
    a signature (``…种子。（吴海波）``, cut ``（吴`` / ``海波）``), the next opening right after it."""
    texts = [ln.text.strip() for ln in lines]
    runs: list[list[int]] = []
    i = 0
    while i < len(lines):
        if not _MARKED_RE.match(texts[i]) or tags[i].removeprefix("B-") not in ("para", "cont", "title", "kicker"):
            i += 1
            continue
        k = i  # the item's last line: the first that closes with a signature, within a few lines
        while k < len(lines) - 1 and k - i < 8 and not _signed(texts, k) and not _MARKED_RE.match(texts[k + 1]):
            k += 1
        if not _signed(texts, k):
            i = k + 1
            continue
        if runs and runs[-1][-1][1] == i - 1:
            runs[-1].append((i, k))
        else:
            runs.append([(i, k)])
        i = k + 1
    return [[first for first, _ in run] for run in runs if len(run) >= MIN_ITEMS]


def _signed(texts: list[str], k: int) -> bool:
    """Whether line ``k`` closes with a signature, whole or cut across it and the line before."""
    if BYLINE_TAIL_RE.search(texts[k]):
        return True
    return k > 0 and BYLINE_TAIL_RE.search(texts[k - 1] + texts[k]) is not None and texts[k].endswith(("）", ")"))


def runin_items(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Each numbered item with a run-in lead phrase (see the module's docstring) opens an article.
    Returns the new tags.

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "【快讯】\\n1．镇里修路：镇里修路。\\n2．村里种树：村里种树。\\n"
    >>> runin_items(read_lines(page), ["B-title", "para", "para"])
    ['banner', 'B-para', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    items = []
    for i, ln in enumerate(lines):
        found = _item(ln.text)
        if found is None or out[i].removeprefix("B-") not in ("para", "cont", "title", "kicker"):
            continue
        if i and not (closes_item(lines[i - 1].text) or _COLUMN_RE.match(lines[i - 1].text.strip())):
            continue
        items.append((i, found[1]))
    runs: list[list[int]] = []
    for (i, n), prev in zip(items, [None] + items[:-1]):
        numbered = n is not None and prev is not None and prev[1] is not None and n == prev[1] + 1
        # (bracketed items follow each other with nothing but their own lines between: no other item form)
        bracketed = n is None and prev is not None and prev[1] is None
        if (numbered or bracketed) and runs:
            runs[-1].append(i)
        else:
            runs.append([i])
    signed = [run for run in _signed_items(lines, out) if not any(i in r for r in runs for i in run)]
    for run in signed:  # (an item the model heads with a run-in headline, ``■title　本报讯…``, keeps its head)
        run[:] = [i for i in run if out[i].removeprefix("B-") in ("para", "cont")]
    runs += [run for run in signed if len(run) >= MIN_ITEMS]
    for run in runs:
        if len(run) < MIN_ITEMS or not _opens_column(lines, out, run[0]):
            continue
        for i in run:
            out[i] = "B-para"
            if (i + 1 < len(lines) and out[i + 1].removeprefix("B-") in ("para", "cont")
                    and not ends_sentence(lines[i].text) and i + 1 not in run):
                out[i + 1] = "cont"  # the item's text runs on
        first = run[0]
        if first and _COLUMN_RE.match(lines[first - 1].text.strip()):
            out[first - 1] = "banner"
    return out


def _runin_unit(u: Unit, raw: str) -> list[Unit] | None:
    """The headline and body units of a run-in item's first paragraph, or None."""
    found = _item(raw[u.start:u.end]) if u.final == "body" else None
    if found is None:
        return None
    m, number = found
    at = u.start  # match offsets are relative to the unit's start
    flat = re.sub(r"\s+", "", m.group())
    if unicodedata.normalize("NFKC", re.sub(r"\s+", "", u.text)[: len(flat)]) != unicodedata.normalize("NFKC", flat):
        return None
    k = 0
    for _ in flat:  # skip the printed prefix in the cleaned text
        while u.text[k].isspace():
            k += 1
        k += 1
    if number is None:
        repairs = [Repair("mark", at + m.start(k), at + m.end(k), m.group(k), "bracket of a brief item's title removed")
                   for k in (1, 3)]
        head = Unit("head", [(u.start, at + m.end())], m.group(2), gap=u.gap, article=u.article, final="headline",
                    rank=u.rank, repairs=repairs)
        body = Unit("body", [(at + m.end(), u.end)], u.text[k:].lstrip(), article=u.article, final="body",
                    rank=u.rank, repairs=list(u.repairs))
        return [head, body]
    dot = at + m.end(1) + len(m.group()[m.end(1):m.start(2)]) - len(m.group()[m.end(1):m.start(2)].lstrip())
    repairs = [Repair("mark", at + m.start(1), at + m.end(1), m.group(1), "number of a brief item removed"),
               Repair("mark", dot, dot + 1, raw[dot], "number of a brief item removed")]
    if m.group(3):
        repairs.append(Repair("mark", at + m.start(3), at + m.end(3), m.group(3),
                              "colon after a brief item's lead removed"))
    head = Unit("head", [(u.start, at + m.end())], m.group(2), gap=u.gap, article=u.article, final="headline",
                rank=u.rank, repairs=repairs)
    body = Unit("body", [(at + m.end(), u.end)], u.text[k:].lstrip(), article=u.article, final="body",
                rank=u.rank, repairs=list(u.repairs))
    return [head, body]


def split_runin_titles(units: list[Unit], raw: str) -> list[Unit]:
    """Units with the lead phrase of each headless run-in item split off as its headline.

    An article without a headline whose first block is a body paragraph opening ``N．phrase：`` (or
    a wide space after the phrase) gets the phrase as its headline; only when at least
    :data:`MIN_ITEMS` articles of the page open so, numbered in sequence.
    """
    titled = {u.article for u in units if u.final == "headline"}
    firsts: dict[int, int] = {}
    for i, u in enumerate(units):
        if u.article is not None and u.article not in firsts and u.final in ("body", "headline"):
            firsts[u.article] = i
    found: dict[int, tuple[int, list[Unit]]] = {}
    for art, i in firsts.items():
        if art in titled:
            continue
        parts = _runin_unit(units[i], raw)
        if parts is not None:
            found[i] = (_item(raw[units[i].start:units[i].end])[1], parts)
    numbers = sorted(n for n, _ in found.values() if n is not None)
    bracketed = sum(n is None for n, _ in found.values())
    if bracketed < MIN_ITEMS and (len(numbers) < MIN_ITEMS or not any(b == a + 1 for a, b in zip(numbers, numbers[1:]))):
        return units
    if bracketed < MIN_ITEMS:
        found = {i: f for i, f in found.items() if f[0] is not None}
    elif len(numbers) < MIN_ITEMS:
        found = {i: f for i, f in found.items() if f[0] is None}
    out: list[Unit] = []
    for i, u in enumerate(units):
        out.extend(found[i][1] if i in found else [u])
    return out


def signed_brief(units: list[Unit], article: int) -> bool:
    """Whether an article is a brief of a column: its first body paragraph opens on a brief's mark
    (``■老城镇五勤村…``, :data:`~corpus_tools.layout.patterns.BRIEF_MARKS`, as :func:`_signed_items` reads them) and it has a byline of its own (the signature closing it)."""
    own = [u for u in units if u.article == article]
    first = next((u for u in own if u.final == "body"), None)
    return (first is not None and first.text.lstrip()[:1] in BRIEF_MARKS
            and any(u.final == "byline" for u in own))
