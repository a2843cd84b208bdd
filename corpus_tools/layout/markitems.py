"""Marked briefs whose title runs into the item's text: each item an article of its own.

A county page's column of briefs (``【县内简讯】``, ``乡镇传真``, ``一周要闻``) may title every item with a
short phrase printed right after the item's mark and set off from the text by a space, the phrase wrapping
over the line end when it is long::

    乡镇传真
    ◆丹口镇 金岩村、仙鹅村千亩高山蔬菜基地开始采收，日
    销广东、广西菜贩三十吨。
    ■县直机关开展“讲学习、讲政治、讲正气”
    教育 9月上旬，县委组织部……

A researcher of county news wants each item as a row of its own, with its place or subject as the title and
its text as the body, not the column as one article titled ``乡镇传真``. Two steps, as
:mod:`~corpus_tools.layout.runin` does for numbered items:

* :func:`titled_item_tags` (line-model tags) — a run of at least :data:`MIN_ITEMS` lines opening on the
  same brief mark (:data:`~corpus_tools.layout.patterns.BRIEF_MARKS`), each with a run-in title, each after
  a closed line or the column's name: every item opens an article, its wrapped lines continue it, and the
  column's name on its own line right above is a banner (the items' section);
* :func:`split_mark_titles` (units) — the run-in title of such an article's first paragraph becomes its
  headline block (the mark is removed by the layout's item-mark repair, as for any marked heading).

Told by the lines' form (a mark, a phrase without clause or sentence marks, a space, then the text), never by
the words. Items printed without such a title (``■老城镇五勤村通过…（吴海波）``) are left to the other readers.
"""

from __future__ import annotations

import re
import unicodedata

from corpus_tools.layout.headforms import ITEM_TITLE_SHORT
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import BRIEF_MARKS, BYLINE_LINE_RE, BYLINE_TAIL_RE, char_width, is_byline, is_lead
from corpus_tools.layout.runin import closes_item, column_name_re
from corpus_tools.layout.units import Unit

#: Fewest titled items in a run.
MIN_ITEMS = 2
#: Longest run-in title (characters without spaces).
MAX_TITLE = 40
_PHRASE = r"[^\s，。；！？：:,;!?（）()]"
#: A titled item's start in the raw text: mark (group 1), the title (group 2: a phrase, possibly wrapped once
#: over a line end), then a space before the item's text (a wide or plain space, after or at a line's start, or
#: closing the title's line: ``●县委召开…部署会　`` / ``9月9日，…``).
TITLED_RE = re.compile(r"^[ \t\u3000]*([" + re.escape(BRIEF_MARKS) + r"])[ \t\u3000]*"
                       r"(" + _PHRASE + r"{2," + str(MAX_TITLE) + r"}(?:\r?\n" + _PHRASE + r"{1,20})?)"
                       r"(?:[ \t\u3000]+\r?\n[ \t\u3000]*|[ \t\u3000]+|\r?\n[ \t\u3000]+)(?=\S)")
#: A column's name on a line of its own: in black brackets, or two to eight characters spaced out or not.
_COLUMN_RE = column_name_re(8)


def _title(match: re.Match) -> str | None:
    """The title of a titled item's match, or None when the phrase is no title (a lead's 本报讯, too long,
    or not one of Chinese text: a number's spacing)."""
    phrase = re.sub(r"\s+", "", match.group(2))
    if len(phrase) > MAX_TITLE or is_lead(phrase) or phrase.startswith("本报"):
        return None
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in phrase)
    return phrase if cjk >= 2 and cjk * 2 >= len(phrase) else None


#: A photographer's credit closing a line (``（阿不力孜·买买提 摄）``, ``佟　鑫/摄``, ``本报记者　揭　磊　摄``).
_PHOTO_CREDIT_TAIL_RE = re.compile(r"(?:[（(][^（()）]{1,24}|[\s/])摄[)）]?$")


def _after_photo_credit(texts: list[str], i: int) -> bool:
    """Whether line ``i`` stands right under a photographer's credit (one cut by the column over two lines,
    ``（阿不力孜`` / ``·买买提 摄）``, too): a photo item ends there, so what follows is no point of its text."""
    tail = texts[i - 1].strip() if i else ""
    if i >= 2 and re.search(r"[)）]$", tail) and not re.search(r"[（(]", tail):
        tail = texts[i - 2].strip() + tail
    return bool(_PHOTO_CREDIT_TAIL_RE.search(tail))


def _after_signature(above: str) -> bool:
    """Whether the line above a marked item closes a text with its writer's signature (``…生命线。（石晓燕）``):
    an article's own marked points come before its signature, so items after it open a column of briefs."""
    return bool(BYLINE_TAIL_RE.search(above.strip()))


def _wrapped_title(two: str) -> bool:
    """Whether a marked line and the line under it (*two*, as printed) open a titled item whose title the
    column wraps onto the second line (``◆旴江镇…开展“法律进社区”`` / ``活动　县司法局…``) or whose space
    opens the second line, one wide space alone (``◆头陂镇…通过验收`` / ``　该园占地…``; a paragraph's
    indent is two)."""
    m = _titled(two)
    if m is None or "\n" not in m.group():
        return False
    sep = m.group()[m.end(2) - m.start():]
    return "\n" in m.group(2) or sep.strip("\r\n") in ("\u3000", " ")


def _titled(text: str) -> re.Match | None:
    m = TITLED_RE.match(text)
    return m if m is not None and _title(m) is not None else None


def is_titled_item(text: str) -> bool:
    """Whether a paragraph's raw text opens as a titled brief (a brief mark, a run-in title, a space, its text).

    Examples
    --------
    >>> is_titled_item("◆药山镇建成村级电商服务站　近日，药山镇建成电商服务站。")
    True
    >>> is_titled_item("◆近日，药山镇建成电商服务站。")
    False
    """
    return _titled(text) is not None


def _signature_line(texts: list[str], tags: list[str], k: int) -> bool:
    """Whether line ``k`` is a bracketed signature on a line of its own (``（通讯员 萨其拉）``) that the
    line model reads as a byline: it closes the item printed above it."""
    return tags[k] == "byline" and bool(BYLINE_LINE_RE.match(texts[k].strip()))


def _signed(texts: list[str], tags: list[str], i: int, end: int) -> bool:
    """Whether the item from line ``i`` (before line ``end``) closes on a bracketed signature, its text
    running on from line to line until then (a signature cut by the column, ``（县`` / ``林业局供稿）``, too;
    or printed on the line under the item's last one, :func:`_signature_line`)."""
    k = i + 1
    # (a line the column ends on a full stop mid-item, ``…的重要依据。``, with the model's ``cont`` under it, goes on)
    # (and so does the item's second line the model reads as a title, ``院推行新型农村合作医疗住院费用``, under a
    # first line that runs on)
    while k < end and (tags[k].removeprefix("B-") in ("para", "cont") or k == i + 1 and tags[k].removeprefix("B-")
                       == "title" and not closes_item(texts[i])) and (
            not closes_item(texts[k - 1]) or tags[k] == "cont" and texts[k].strip()[:1] not in BRIEF_MARKS
            and not BYLINE_TAIL_RE.search(texts[k - 1].strip())):
        k += 1
    return bool(BYLINE_TAIL_RE.search("".join(t.strip() for t in texts[i:k]))) or (
        k < end and _signature_line(texts, tags, k))


def _lone_signed_item(texts: list[str], run: list[int], signed: bool) -> bool:
    """Whether a run of one titled item stands between two signatures: the text above closes on its
    writer's (``…门路。（龙正林）``) and the item on its own (``●县溪镇开展创先争优活动　…（石丽君）``). Signed
    points of one article are not (an article's marked points carry no signature each), so the item is a
    brief of its own however few its siblings with that mark."""
    if len(run) != 1 or run[0] == 0 or not signed:
        return False
    above = texts[run[0] - 1]
    cut = texts[run[0] - 2].strip() + above.strip() if run[0] > 1 and len(above.strip()) <= 8 else above
    return _after_signature(above) or _after_signature(cut)  # (a signature the column cut: ``（练志明　邹`` / ``丽萍）``)


def _printed_width(line: Line, raw: str) -> float:
    """A line's printed width with its leading indent (the white space before it on its printed line)."""
    head = raw[raw.rfind("\n", 0, line.start) + 1:line.start]
    return line.width + sum(char_width(ch) for ch in head if ch.isspace())


def _runs_on(texts: list[str], tags: list[str], widths: list[float], i: int, column: float) -> bool:
    """Whether the marked line ``i`` the line model reads as a title is a titled item whose text runs on
    past the line's end (``■县医院新住院楼投入使用　10月8`` / ``日，…``): it is as wide as the column
    (:data:`~corpus_tools.layout.headforms.ITEM_TITLE_SHORT`), and the line under it goes on with it. A marked
    title line over its own text (``■青山镇 “红色宣讲队”进村入户``) is narrower than the column."""
    return (i + 1 < len(texts) and column > 0 and widths[i] >= column - ITEM_TITLE_SHORT
            and tags[i + 1].removeprefix("B-") in ("para", "cont") and texts[i + 1].strip()[:1] not in BRIEF_MARKS)


def titled_item_tags(raw_lines: list[Line | None], tags: list[str], raw: str) -> list[str]:
    """Line-role tags with each titled brief item (see the module's docstring) opening an article.
    Returns the new tags (*tags* has one a non-blank line of *raw_lines*, which were read from *raw*).

    Examples
    --------
    >>> from corpus_tools.layout.lines import read_lines
    >>> page = "乡镇传真\\n◆丹口镇 村里修路，\\n日销三十吨。\\n◆汀坪乡 食堂投入使用。\\n"
    >>> titled_item_tags(read_lines(page), ["B-title", "para", "cont", "para"], page)
    ['banner', 'B-para', 'cont', 'B-para']
    """
    lines = [ln for ln in raw_lines if ln is not None]
    if len(lines) != len(tags):
        raise ValueError(f"tags has {len(tags)} tags for {len(lines)} non-blank lines")
    texts = [ln.text for ln in lines]
    out = list(tags)
    widths = [_printed_width(ln, raw) for ln in lines]
    wrapped = sorted(w for w, tag in zip(widths, tags[1:]) if tag == "cont")  # (lines their text wraps from)
    column = wrapped[len(wrapped) // 2] if wrapped else 0.0
    starts: list[int] = []
    anchored_starts: set[int] = set()  # items a column name, a heading line, a byline, a caption or the page top opens
    title_lines: set[int] = set()  # marked lines read as titles over their text: items only among run-in siblings
    for i, t in enumerate(texts):
        if t.strip()[:1] not in BRIEF_MARKS or not t.strip() or is_byline(t):
            continue  # (``■　见习记者　梁　晨`` is a marked byline, no item)
        two = raw[lines[i].start:lines[i + 1].end] if i + 1 < len(texts) else t
        if _titled(two) is None:
            continue
        anchored = not i or bool(_COLUMN_RE.match(texts[i - 1].strip())) or out[i - 1].removeprefix("B-") in (
            "banner", "title", "kicker", "subtitle", "byline", "caption") or _after_photo_credit(texts, i) or (
            _after_signature(texts[i - 1]))
        if not (anchored or closes_item(texts[i - 1])):
            continue
        if out[i].removeprefix("B-") in ("banner", "credit", "byline", "caption"):
            continue
        wrapped = _wrapped_title(two)
        if out[i] == "B-title" and not wrapped:  # (a marked title line over its text, ``■青山镇 “红色宣讲队”进村入户``:
            if _titled(t) is None:  # headforms.marked_items; one whose text runs on after its space on the
                continue  # line, ``■县医院新门诊楼投入使用　投资160万元的``, is an item among run-in siblings,
            if not _runs_on(texts, out, widths, i, column):  # and one as wide as the column whose text goes on
                title_lines.add(i)  # under it is a run-in item in any case; so is one whose title the column
                # wraps, or whose space the column puts at the next line's start, :func:`_wrapped_title`)
        starts.append(i)
        if anchored:
            anchored_starts.add(i)
    runs: list[list[int]] = []
    for i in starts:
        mark = texts[i].strip()[:1]
        prev = runs[-1][-1] if runs else None
        if (prev is not None and texts[prev].strip()[:1] == mark and i - prev <= 8
                and all(not texts[k].strip().startswith(tuple(BRIEF_MARKS)) for k in range(prev + 1, i))
                and all(out[k].removeprefix("B-") in ("para", "cont", "title", "kicker")
                        or _signature_line(texts, out, k) for k in range(prev + 1, i))
                and (i not in title_lines or prev not in title_lines)):
            runs[-1].append(i)
        elif i not in title_lines:
            runs.append([i])
    for run in runs:
        # (a run opened after a finished sentence is an article's marked points, not briefs, unless every
        # item is signed, ``…3000份。（县林业局供稿）``: points of one article carry no signature each)
        signed = all(_signed(texts, out, i, run[n + 1] if n + 1 < len(run) else len(texts)) for n, i in enumerate(run))
        if len(run) < MIN_ITEMS and not _lone_signed_item(texts, run, signed):
            continue
        if run[0] not in anchored_starts and not signed:
            continue
        for n, i in enumerate(run):
            out[i] = "B-para"
            k = i + 1
            end = run[n + 1] if n + 1 < len(run) else len(texts)
            while k < end and not closes_item(texts[k - 1]) and out[k].removeprefix("B-") in ("para", "cont", "title",
                                                                                           "kicker", "caption"):
                out[k] = "cont"
                k += 1
        if (k < len(texts) and out[k] == "para" and closes_item(texts[k - 1])
                and texts[k].strip()[:1] not in BRIEF_MARKS):  # (an item is one paragraph: a plain paragraph
            out[k] = "B-para"  # after the column's last item is no part of that item)
        first = run[0]
        if first and _COLUMN_RE.match(texts[first - 1].strip()) and out[first - 1].removeprefix("B-") in (
                "title", "kicker", "banner", "para"):
            out[first - 1] = "banner"
    return out


#: A titled item's run-in title alone on its line, closed by the wide space that parts it from its text, which
#: opens the next line (``●县委召开…部署会　`` / ``9月9日，…``).
_TITLE_LINE_RE = re.compile(r"^[ \t\u3000]*([" + re.escape(BRIEF_MARKS) + r"])[ \t\u3000]*(" + _PHRASE
                            + r"{2," + str(MAX_TITLE) + r"})[ \t]*\u3000[ \t\u3000]*\r?$")


def _title_line(u: Unit, raw: str) -> list[Unit] | None:
    """A unit that is a titled item's run-in title alone on its line (:data:`_TITLE_LINE_RE`) as its headline."""
    end = raw.find("\n", u.start)
    line = raw[u.start:end if end >= 0 else len(raw)]
    m = _TITLE_LINE_RE.match(line)
    if m is None or u.end > u.start + len(line) or _title(m) is None:
        return None
    return [Unit("head", [(u.start, u.start + m.end(2))], m.group(1) + _title(m), gap=u.gap, article=u.article,
                 final="headline", rank=u.rank)]


def _split_unit(u: Unit, raw: str) -> list[Unit] | None:
    """The headline and body units of a titled item's first paragraph (or its title line alone), or None."""
    if u.final != "body":
        return None
    alone = _title_line(u, raw)
    if alone is not None:
        return alone
    m = _titled(raw[u.start:u.end])
    if m is None:
        return None
    second = _second_phrase(m, raw[u.start + m.end():u.end])
    prefix = m.group() + (second.group() if second else "")
    flat = re.sub(r"\s+", "", prefix)
    text = u.text
    if unicodedata.normalize("NFKC", re.sub(r"\s+", "", text)[: len(flat)]) != unicodedata.normalize("NFKC", flat):
        return None
    k = 0
    for _ in flat:  # skip the printed prefix in the cleaned text
        while text[k].isspace():
            k += 1
        k += 1
    at = u.start
    if second is not None:  # (a place or unit's label, then the item's title: kicker and headline)
        kicker = Unit("head", [(u.start, at + m.end(2))], m.group(1) + _title(m), gap=u.gap, article=u.article,
                      final="kicker", rank=u.rank)
        top = at + m.end()
        head = Unit("head", [(top, top + second.end(1))], re.sub(r"\s+", "", second.group(1)), article=u.article,
                    final="headline", rank=u.rank)
        body = Unit("body", [(top + second.end(), u.end)], text[k:].lstrip(), article=u.article, final="body",
                    rank=u.rank, repairs=list(u.repairs))
        return [kicker, head, body]
    head = Unit("head", [(u.start, at + m.end(2))], m.group(1) + _title(m), gap=u.gap, article=u.article,
                final="headline", rank=u.rank)
    body = Unit("body", [(at + m.end(), u.end)], text[k:].lstrip(), article=u.article, final="body",
                rank=u.rank, repairs=list(u.repairs))
    return [head, body]


#: A label's longest run-in phrase before a second one (``◆许村镇　家纺企业抱团拓市场　许村镇…``).
MAX_LABEL = 8
#: A second run-in phrase after an item's label: a phrase (wrapped once at most), then a wide space before the
#: text (ideographic, on the line or opening the next line).
_SECOND_RE = re.compile(r"(" + _PHRASE + r"{4," + str(MAX_TITLE) + r"}(?:\r?\n" + _PHRASE + r"{1,20})?)"
                        r"(?:[ \t]*\u3000[ \t\u3000]*(?:\r?\n[ \t\u3000]*)?|\r?\n[ \t]*\u3000[ \t\u3000]*)(?=\S)")


def _second_phrase(m: re.Match, rest: str) -> re.Match | None:
    """The item's title after a short label (a place or a unit, at most :data:`MAX_LABEL` characters) when the
    item prints two run-in phrases, each closed by a wide space (``◆许村镇　家纺企业抱团拓市场　许村镇十八家…``,
    ``◆市教育局　深入学习…转入第二阶段`` / ``　市教育局召开…``): the label is the item's kicker, the second
    phrase its title; None for one phrase (``◆丹口镇 金岩村、仙鹅村…开始采收，日``)."""
    title = _title(m)
    wide = "\u3000" in m.group()[m.end(2) - m.start():]  # (the label closed by a wide space)
    if title is None or len(title) > MAX_LABEL or "\n" in m.group(2) or not wide:
        return None
    second = _SECOND_RE.match(rest)
    if second is None or is_lead(second.group(1)) or len(re.sub(r"\s+", "", second.group(1))) > MAX_TITLE:
        return None
    return second


def _titled_firsts(units: list[Unit], raw: str) -> dict[int, list[Unit]]:
    """The first units of the page's headless titled items (see :func:`split_mark_titles`), each with its
    headline and body units; empty when fewer than :data:`MIN_ITEMS` articles of the page open so."""
    titled = {u.article for u in units if u.final == "headline"}
    firsts: dict[int, int] = {}
    for i, u in enumerate(units):
        if u.article is not None and u.article not in firsts and u.final in ("body", "headline"):
            firsts[u.article] = i
    found = {}
    for art, i in firsts.items():
        if art not in titled:
            parts = _split_unit(units[i], raw)
            if parts is not None:
                found[i] = parts
    return found if len(found) >= MIN_ITEMS else {}


def titled_item_articles(units: list[Unit], raw: str) -> set[int]:
    """Articles without a headline yet that :func:`split_mark_titles` will title by their run-in title: a
    headline group printed away from its article is not theirs (they have one of their own)."""
    return {units[i].article for i in _titled_firsts(units, raw)}


def split_mark_titles(units: list[Unit], raw: str) -> list[Unit]:
    """Units with the run-in title of each headless titled item split off as its headline: an article
    without a headline whose first block is a body paragraph opening on a brief mark and a run-in title;
    only when at least :data:`MIN_ITEMS` articles of the page open so."""
    found = _titled_firsts(units, raw)
    if not found:
        return units
    out: list[Unit] = []
    for i, u in enumerate(units):
        out.extend(found.get(i, [u]))
    return out
