"""Marked briefs printed without a spaced run-in title: each item an article of its own.

A county page may close with a run of one-paragraph news items, each opening on the same brief mark
and printed as a plain sentence, with no title set off by a space (:mod:`~corpus_tools.layout.markitems`
reads those)::

    （县委宣传部　向　晴）
    ■广坪镇羊角坪村200亩高标准农田建设项目完工，实现
    “旱能灌、涝能排、渠相通、路相连”。
    ■雪峰山巫水河段生态修复工程通过省级验收。

or with a short headline closed by a full stop and run into the text (``◆全县全面取消农业税。今年我县…``).
A researcher wants each item as a row of its own, not run into the article printed above them. Three steps:

* :func:`plain_item_tags` (line-model tags) — a run of at least :data:`MIN_ITEMS` such items, one right after
  the other, where a column opens (the page's top, a blank line, a column's name as a banner, a byline, a
  signature, a jump mark, or a finished sentence above the first when no text above prints the mark): every item opens an article, its wrapped lines continue it. Items right under a line read as a headline (``简讯`` / ``■…`` / ``■…``) are that
  headline's body, one article, as a user of an earlier round wants them;
* :func:`plain_brief_articles` (units, before the headless rejoin) — the articles such items open, which the
  rejoin of headless bodies leaves apart;
* :func:`split_plain_briefs` (units) — the item's mark dropped (a recorded repair) and, when every item of the
  run opens on a short headline closed by a full stop and goes on after it, that headline split off as the
  item's title; otherwise the item keeps its whole text as its body and has no title (the page prints none:
  a title made of the body's first clause would print those characters twice, in the title and the body,
  and count the words and entities of that clause twice).

Told by the lines' form (a mark, the items' lengths, where they close), never by the words.
"""

from __future__ import annotations

import re

from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import Line
from corpus_tools.layout.markitems import is_titled_item
from corpus_tools.layout.model import Repair
from corpus_tools.layout.patterns import BRIEF_MARKS, BYLINE_LINE_RE, BYLINE_TAIL_RE, JUMP_LINE_RE, is_byline
from corpus_tools.layout.runin import closes_item, column_name_re
from corpus_tools.layout.units import Unit

#: Fewest items in a run.
MIN_ITEMS = 2
#: Most printed lines of one item.
MAX_LINES = 6
#: Longest run-in headline closed by a full stop (characters): a news sentence is longer.
MAX_HEAD = 20
_COLUMN_RE = column_name_re(8)
_TEXT_TAGS = ("para", "cont", "title", "kicker")
_OPENERS = ("banner", "title", "kicker", "subtitle", "byline", "caption", "credit")
#: A short headline closed by a full stop and run into the text (no clause mark inside).
_STOP_HEAD_RE = re.compile(r"^([^，。；！？：,;!?（）()\s]{4," + str(MAX_HEAD) + r"})。(?=\S)")
#: A labelled point: a phrase closed by a colon before any other clause mark.
_LABEL_RE = re.compile(r"^[^，。；！？,;!?]{2,30}[：:]")


def _marked(text: str) -> bool:
    return bool(text) and text[0] in BRIEF_MARKS and len(text) > 1 and not is_byline(text)


def _items(texts: list[str], tags: list[str]) -> list[tuple[int, int]]:
    """(first, last) lines of the page's candidate items: a line opening on a brief mark with no run-in
    title, its text running on over at most :data:`MAX_LINES` lines until one closes it."""
    items: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        t = texts[i]
        two = t + ("\n" + texts[i + 1] if i + 1 < len(texts) else "")
        if (not _marked(t) or tags[i].removeprefix("B-") not in _TEXT_TAGS or is_titled_item(two)
                or _LABEL_RE.match(t[1:].lstrip())):  # (``●紫陶产业园：完成投资…``: a list's labelled point)
            i += 1
            continue
        # (a marked line the model reads as a heading goes on only into its wrapped text: over a paragraph
        # of its own, ``■宋家庄镇完成秋粮测产`` / ``日前，…``, it is a titled item's headline)
        wraps = ("cont",) if tags[i].removeprefix("B-") in ("title", "kicker") else ("para", "cont")
        k = i
        while (k + 1 < len(texts) and k - i + 1 < MAX_LINES and not closes_item(texts[k])
               and texts[k + 1][:1] not in BRIEF_MARKS and tags[k + 1].removeprefix("B-") in wraps):
            k += 1
        if closes_item(texts[k]):
            if (k + 1 < len(texts) and BYLINE_LINE_RE.match(texts[k + 1]) and texts[k + 1][1:2] not in BRIEF_MARKS
                    and "本版" not in texts[k + 1]):
                k += 1  # (its signature on the line under it, ``（韩晓东）``; not the page's note, ``（本版稿件由…）``)
            items.append((i, k))
        i = k + 1
    return items


def _anchored(texts: list[str], tags: list[str], gaps: list[int], first: int) -> bool:
    """Whether a run's first item stands where a column opens (see the module's docstring)."""
    if first and not gaps[first] and tags[first - 1].removeprefix("B-") == "title":
        return False  # (right under a headline, ``简讯`` / ``■…`` / ``■…``: the items are that article's body)
    if first == 0 or gaps[first]:
        return True
    above = texts[first - 1]
    if (_COLUMN_RE.match(above) or tags[first - 1].removeprefix("B-") in _OPENERS or JUMP_LINE_RE.match(above)
            or BYLINE_TAIL_RE.search(above)):
        return True
    # (under a finished sentence: unless a text above prints the mark, ``本报讯■…``: a page whose articles mark
    # their paragraphs so)
    mark = texts[first][0]
    return closes_item(above) and not any(mark in t[:12] for t in texts[:first])


def _signed_once(texts: list[str], run: list[tuple[int, int]]) -> bool:
    """Whether only the run's last item closes on a signature (``…全部行政村。（县扶贫办供稿）``): the
    points of one box or article, which its one signature signs, not briefs each of its own."""
    signed = [bool(BYLINE_TAIL_RE.search(texts[last] if last == first else texts[last - 1] + texts[last])
                   or BYLINE_LINE_RE.match(texts[last])) for first, last in run]
    return signed[-1] and not any(signed[:-1])


def _leads_into_text(texts: list[str], tags: list[str], k: int) -> bool:
    """Whether line ``k``, right under a run's last item, is an unmarked paragraph of text: the marked lines are
    an article's summary points over its text (``■…`` / ``■…`` / ``最近一段时间，…``), not a column of briefs,
    which ends the page or a column, or stands over a headline, a credit or another item."""
    return k < len(texts) and tags[k].removeprefix("B-") in ("para", "cont") and texts[k][:1] not in BRIEF_MARKS


def plain_item_tags(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """Line-role tags with each item of a run of plain marked briefs opening an article (see the module's
    docstring). Returns the new tags (*tags* has one a non-blank line of *raw_lines*).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "村里修路。\\n\\n■东镇建成水厂，\\n供水千户。\\n■西镇新修公路三公里。\\n"
    >>> plain_item_tags(read_lines(page), ["B-para", "para", "cont", "para"])
    ['B-para', 'B-para', 'cont', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    texts = [ln.text.strip() for ln in lines]
    gaps = blank_lines_before(raw_lines)
    runs: list[list[tuple[int, int]]] = []
    for first, last in _items(texts, tags):
        if runs and runs[-1][-1][1] == first - 1 and texts[runs[-1][-1][0]][0] == texts[first][0] and gaps[first] <= 1:
            runs[-1].append((first, last))
        else:
            runs.append([(first, last)])
    out = list(tags)
    for run in runs:
        if (len(run) < MIN_ITEMS or not _anchored(texts, tags, gaps, run[0][0]) or _signed_once(texts, run)
                or _leads_into_text(texts, tags, run[-1][1] + 1)):
            continue
        for first, last in run:
            out[first] = "B-para"
            for k in range(first + 1, last + 1):
                out[k] = "cont"
    return out


def in_item(itemed: list[str], before: list[str], i: int) -> bool:
    """Whether line ``i`` is in a brief item the item passes opened (the tags *before* them and *itemed*
    after them differ on its first line), or right under one: its text, run on from that first line.

    Examples
    --------
    >>> in_item(["B-para", "cont", "cont", "para"], ["para", "cont", "cont", "para"], 3)
    True
    >>> in_item(["B-para", "cont", "para", "para"], ["B-para", "cont", "para", "para"], 3)
    False
    """
    k = i - 1
    while k >= 0 and itemed[k] == "cont":
        k -= 1
    return k >= 0 and i - k <= MAX_LINES + 1 and itemed[k] == "B-para" and before[k] != "B-para"


def _opening(units: list[Unit], article: int) -> int | None:
    """The index of an article's first unit when the article is headless and opens on a marked body."""
    own = [i for i, u in enumerate(units) if u.article == article]
    if not own or any(units[i].final in ("headline", "kicker", "subtitle") for i in own):
        return None
    first = next((i for i in own if units[i].final != "byline"), own[0])  # (see :func:`return_head_bylines`)
    u = units[first]
    return first if u.final == "body" and _marked(u.text.lstrip()) else None


def plain_brief_articles(units: list[Unit]) -> set[int]:
    """Headless articles of the page that open on a brief mark, in runs of at least :data:`MIN_ITEMS`
    articles printed one after the other with the same mark: the items of a column of briefs, which
    the rejoin of headless bodies leaves apart."""
    order: list[int] = []
    for u in units:
        if u.article is not None and (not order or order[-1] != u.article):
            order.append(u.article)
    found: set[int] = set()
    run: list[tuple[int, str]] = []
    for a in order + [None]:
        first = _opening(units, a) if a is not None else None
        mark = units[first].text.lstrip()[0] if first is not None else None
        if first is not None and (not run or run[-1][1] == mark):
            run.append((a, mark))
            continue
        if len(run) >= MIN_ITEMS:
            found.update(x for x, _ in run)
        run = [(a, mark)] if first is not None else []
    return found


def return_head_bylines(units: list[Unit], articles: set[int]) -> None:
    """Give a byline printed right over a plain brief's mark (given to the brief as its head byline) back to
    the article printed above it: a brief is signed after its text, and on a page whose headlines follow
    their bodies the line closes the article above (``芦笙舞跳出新风尚`` / ``文/图　石娜倮`` / ``◆全县…``)."""
    for i, u in enumerate(units):
        if (u.final == "byline" and u.article in articles and i and units[i - 1].article not in (None, u.article)
                and all(units[k].final == "byline" for k in range(i, len(units))
                        if units[k].article == u.article and k < (_opening(units, u.article) or i))):
            u.article = units[i - 1].article


def _drop_mark(u: Unit, raw: str) -> None:
    start = u.pieces[0][0]
    k = start
    while k < u.pieces[0][1] and raw[k].isspace():
        k += 1
    if k < u.pieces[0][1] and raw[k] in BRIEF_MARKS and u.text.lstrip().startswith(raw[k]):
        u.text = u.text.lstrip()[1:].lstrip()
        u.repairs = u.repairs + [Repair("mark", k, k + 1, raw[k], "item mark before a brief removed")]


def _stop_head(u: Unit, raw: str) -> tuple[str, int] | None:
    """A short headline closed by a full stop at the start of a (mark-free) brief's first line: its text and
    the raw offset after its full stop, or None."""
    start, end = u.pieces[0]
    line = raw[start:end]
    k = len(line) - len(line.lstrip())
    if line[k:k + 1] in tuple(BRIEF_MARKS):
        k += 1
    m = _STOP_HEAD_RE.match(line[k:].lstrip())
    if m is None:
        return None
    lead = len(line[k:]) - len(line[k:].lstrip())
    return m.group(1), start + k + lead + m.end()


def split_plain_briefs(units: list[Unit], raw: str, articles: set[int]) -> list[Unit]:
    """Units with each plain brief's mark dropped and, when every brief of the page opens on a short
    headline closed by a full stop and goes on after it, that headline split off as the brief's title."""
    firsts = {a: _opening(units, a) for a in articles}
    firsts = {a: i for a, i in firsts.items() if i is not None}
    heads = {i: _stop_head(units[i], raw) for i in firsts.values()}
    split = len(heads) >= MIN_ITEMS and all(h is not None for h in heads.values())
    out: list[Unit] = []
    for i, u in enumerate(units):
        if i not in heads:
            out.append(u)
            continue
        _drop_mark(u, raw)
        if not split:
            out.append(u)
            continue
        title, at = heads[i]
        cut = u.text.find("。") + 1
        stop = Repair("mark", at - 1, at, raw[at - 1], "full stop closing a run-in headline removed")
        head = Unit("head", [(u.start, at)], title, gap=u.gap, article=u.article, final="headline", rank=u.rank,
                    repairs=list(u.repairs) + [stop])
        body = Unit("body", [(at, u.end)], u.text[cut:].lstrip(), article=u.article, final="body", rank=u.rank)
        out += [head, body]
    return out
