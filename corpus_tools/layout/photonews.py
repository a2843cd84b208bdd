"""Photo news read as articles: a marked caption (``▲…``) with a photographer's credit on a line of its
own, standing between articles with or without a headline of its own.

Line-model tag corrections run on the final tags (after :mod:`~corpus_tools.layout.photoitems`'
captions are marked):

* :func:`headed_photo_bodies` — a headline over a marked caption and its credit, with the next item
  (or the page's end) under them: the caption is the item's text, its body;
* :func:`headless_photo_items` — a marked caption and its credit line (under or over it) between two
  items, no headline: a photo-news item of its own, the caption its body and the credit its byline.

Both forms are the blind writers' photo news (pages23's five headless items, pages26o's photo under a
brief column, headed photo news in pages22 and pages23). A caption inside an article (between its byline
and its body, or with the article's text under it) and a caption whose credit runs on its last line
(``…作业。　王子兵　摄``, the photo of the article above) are left as they are.

:func:`photo_item_article` tells such an item after assembly, so that a headless run is not given back
to the article above (:func:`corpus_tools.layout.headlessruns.rejoin_headless_runs`).
"""

from __future__ import annotations

from corpus_tools.layout.arbiter import echoes_above
from corpus_tools.layout.bylines import parse_byline, shot_by_author
from corpus_tools.layout.lines import Line
from corpus_tools.layout.patterns import (BRIEF_MARKS, BYLINE_TAIL_RE, CLAUSE_PUNCT, PHOTO_MARKS, ends_sentence, heading_form,
                                          is_lead)
from corpus_tools.layout.photoitems import (CAPTION_MAX_LINES, PHOTO_ITEM_MAX_LINES, PHOTO_TITLE_MAX,
                                            closing_photo_credit, is_photo_credit, joined_lines)
from corpus_tools.layout.units import Unit

#: Tags that open the next item (or stand between items) under a photo-news item.
_NEXT = ("banner", "credit")
#: Least share of a headline's character bigrams found in the lines above it for the headline to be
#: read as printed after the text above (a trailing headline), not as a photo's own.
ECHO_SHARE = 0.5


def _role(tag: str) -> str:
    return tag.removeprefix("B-")


def _marked(text: str) -> bool:
    return text.lstrip()[:1] in PHOTO_MARKS


def _caption_run(lines: list[Line], tags: list[str], i: int) -> int:
    """Index after the caption that opens at line ``i``: the lines the model reads as its caption
    (or as one paragraph run on from it; a caption cut mid-sentence may go on in a line read as
    body text, ``▲8月22日，甲玛乡赤康村易地`` / ``扶贫搬迁安置点…``), at most :data:`CAPTION_MAX_LINES`."""
    first = _role(tags[i])
    k = i + 1
    while (k < len(lines) and k - i < CAPTION_MAX_LINES and not tags[k].startswith("B-")
           and (tags[k] in ("caption", "para", "cont") if first == "caption" else tags[k] == "cont")
           and not ends_sentence(lines[k - 1].text)):
        k += 1
    while k < len(lines) and k - i < CAPTION_MAX_LINES and tags[k] == "caption" and first == "caption":
        k += 1  # (a caption of two sentences)
    return k


def _next_item(lines: list[Line], tags: list[str], k: int) -> bool:
    """Whether line ``k`` opens the next item (a brief's mark opens one too, ``◆钱店镇　组织开展…``),
    stands between items, or is past the page's end."""
    return (k >= len(tags) or tags[k].startswith("B-") or tags[k] in _NEXT
            or tags[k] == "para" and lines[k].text.lstrip()[:1] in BRIEF_MARKS)


def _names(text: str) -> set[str]:
    return {name.replace(" ", "").replace("\u3000", "") for _, name in parse_byline(text.strip()) or ()}


def _own_photo(lines: list[Line], tags: list[str], prev: int, start: int, end: int) -> bool:
    """Whether the photo's credit names a byline name of the article whose text ends at ``prev``
    (``本报记者　周　涛`` under the headline, ``本报记者　周　涛　摄`` under the photo): the article's own photo."""
    credit = set()
    for k in range(start, end):
        if _credit_line(lines, k):
            credit |= _names(lines[k].text)
    if not credit:
        return False
    for j in range(prev, -1, -1):
        r = _role(tags[j])
        if r == "byline" and credit & _names(lines[j].text):
            return True
        if r in ("title", "kicker", "subtitle", "banner"):
            return False
    return False


def _closed(text: str) -> bool:
    """Whether a body line closes its paragraph: a finished sentence or a signature in brackets."""
    t = text.strip()
    return ends_sentence(t) or bool(BYLINE_TAIL_RE.search(t))


def _heading_line(text: str) -> bool:
    """A heading line of at most :data:`~corpus_tools.layout.patterns.MAX_HEADING_WIDTH` characters, no
    clause mark at its end (the next item's headline under a photo's credit)."""
    t = text.strip()
    return heading_form(t, strict=True) and t[-1:] not in CLAUSE_PUNCT


def _credit_line(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` credits a photo: a photographer's byline, or its author's ``文/图　扎西``."""
    return 0 <= k < len(lines) and (is_photo_credit(lines[k].text) or shot_by_author(lines[k].text)
                                    and bool(parse_byline(lines[k].text.strip())))


def _ends_on_credit(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` closes a caption's last sentence with its photographer's credit on the same
    line (``…之一。佟　鑫/摄``, ``…的分界处。（符永生 摄）``)."""
    return 0 <= k < len(lines) and closing_photo_credit(lines[k].text) is not None


def _echoes(lines: list[Line], i: int, window: int = 6) -> bool:
    """Whether line ``i`` (a headline) repeats the words of the lines above it: a headline printed
    after its text."""
    return echoes_above(lines, i, i + 1, window=window, least=ECHO_SHARE)


def _as_body(tags: list[str], i: int, k: int, opens: bool) -> None:
    tags[i] = "B-para" if opens else "para"
    for j in range(i + 1, k):
        tags[j] = "cont"


def headed_photo_bodies(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A headline over a marked caption (``路下乡新建乡村公路通车`` / ``▲日前，路下乡…`` / ``摄影：仉　明``)
    with its photographer's credit on the line under it (the caption may run on in lines the model
    reads as body text, at most :data:`~corpus_tools.layout.photoitems.PHOTO_ITEM_MAX_LINES`) and the
    next item under that: the caption is
    the photo item's text, its body. A one-line headline the model opens as a body paragraph (a
    heading of at most :data:`~corpus_tools.layout.photoitems.PHOTO_TITLE_MAX` characters without
    a sentence mark), or runs on as one after a closed text (``…的皮毛集散地。`` / ``卦山秋色``), is the
    headline, and so is a headline's second line read as text; a heading line under the credit opens the
    next item. A headline that repeats the words of the text above it is that
    text's headline, printed after it (:data:`ECHO_SHARE`), and is left alone. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    for i in range(1, len(lines)):
        if not (_marked(lines[i].text) and _role(out[i]) == "caption" and not out[i].startswith("B-")):
            continue
        h = i - 1
        role = _role(out[h])
        short_para = ((out[h] == "B-para" or out[h] == "para" and h > 0 and _closed(lines[h - 1].text))
                      and len(lines[h].text.strip()) <= PHOTO_TITLE_MAX and heading_form(lines[h].text, strict=True))
        second = (out[h] == "para" and h > 0 and _role(out[h - 1]) == "title" and len(lines[h].text.strip()) <= PHOTO_TITLE_MAX
                  and _heading_line(lines[h].text))  # (a headline's second line the model reads as text)
        if not (role == "title" or short_para or second):
            continue
        first = h - 1 if second else h
        while first > 0 and out[first] == "title" and _role(out[first - 1]) == "title":
            first -= 1  # (a headline of two lines)
        k = i  # (the caption may run on in lines read as body text, to its credit)
        while (k + 1 < len(lines) and k + 1 - i < PHOTO_ITEM_MAX_LINES and out[k + 1] in ("caption", "para", "cont")
               and not _credit_line(lines, k + 1) and not _ends_on_credit(lines, k)):
            k += 1
        # (the credit closing the caption's last line, the item's byline; perhaps cut by the column,
        # ``…海带。　刘思`` / ``琪 摄``)
        closes = _ends_on_credit(lines, k) or k > i and closing_photo_credit(joined_lines(lines, i, k)) is not None
        if (not closes and _credit_line(lines, k + 1) and not ends_sentence(lines[k].text)
                and closing_photo_credit(joined_lines(lines, i, k + 1)) is not None):
            k, closes = k + 1, True
        k += 0 if closes else 1
        head_next = k + 1 < len(lines) and out[k + 1] == "para" and _heading_line(lines[k + 1].text)
        if not (closes or _credit_line(lines, k)) or not (_next_item(lines, out, k + 1) or head_next) or _echoes(
                lines, first):
            continue
        if short_para and not second:
            out[h] = "B-title"
        if second:
            out[h] = "title"
        if head_next:  # (a heading line under the credit opens the next item)
            out[k + 1] = "B-para"
        if closes:
            _as_body(out, i, k + 1, opens=False)
            continue
        _as_body(out, i, k, opens=False)
        out[k] = "byline"
    return out


def _uncredited_caption_above(lines: list[Line], tags: list[str], prev: int) -> bool:
    """Whether line ``prev`` ends a marked caption no credit closes (``▲地苏镇…的稻`` / ``田里插秧。``): a
    caption under it is the next photo of the same group, which one credit under its last caption signs."""
    j = prev
    while j >= 0 and prev - j < CAPTION_MAX_LINES and not _marked(lines[j].text):
        if _role(tags[j]) not in ("para", "cont", "caption") or _credit_line(lines, j):
            return False
        j -= 1
    return (j >= 0 and _marked(lines[j].text) and _role(tags[j]) in ("para", "cont", "caption")
            and not any(_credit_line(lines, x) or _ends_on_credit(lines, x) for x in range(j, prev + 1)))


#: Most lines of a headline's text that a photo printed under it closes as the article's own (a photo-news
#: text: a sentence or two between the headline and the caption).
SHORT_TEXT_LINES = 4


def _short_unsigned_text(lines: list[Line], tags: list[str], prev: int) -> bool:
    """Whether the text ending at line ``prev`` is a headline's short text, no byline anywhere: at most
    :data:`SHORT_TEXT_LINES` text lines right under a title line, no signature closing it, no lead opening it
    (an article has one byline: a signed text is closed, a photo under it an item of its own)."""
    j = prev
    while j >= 0 and _role(tags[j]) in ("para", "cont") and not tags[j].startswith("B-"):
        j -= 1
    if j < 0 or prev - j > SHORT_TEXT_LINES or prev == j:
        return False
    if _role(tags[j]) != "title" and not (tags[j] == "B-para" and j and _role(tags[j - 1]) == "title"):
        return False
    first = j + 1 if _role(tags[j]) == "title" else j
    text = "".join(ln.text.strip() for ln in lines[first:prev + 1])
    return not BYLINE_TAIL_RE.search(text) and not is_lead(text) and not any(
        _credit_line(lines, x) for x in range(first, prev + 1))


def headless_photo_items(raw_lines: list[Line | None], tags: list[str]) -> list[str]:
    """A marked caption with its photographer's credit on a line of its own, under it or over it
    (``摄影：郑　琳`` / ``▲4月3日，羊狮慕景区…``), after a finished item (a byline, a banner, or body text
    closing a sentence or a jump mark) and over the next item or the page's end, with no headline of
    its own: a photo-news item, the caption its body and the credit its byline. Returns the new tags.
    """
    lines = [ln for ln in raw_lines if ln is not None]
    out = list(tags)
    i = 0
    while i < len(lines):
        if not (_marked(lines[i].text) and _role(out[i]) in ("caption", "para")):
            i += 1
            continue
        k = _caption_run(lines, out, i)
        above = _credit_line(lines, i - 1) and _role(out[i - 1]) in ("byline", "banner", "para", "caption")
        below = _credit_line(lines, k)
        start = i - 1 if above else i
        end = k + 1 if below else k
        prev = start - 1
        finished = prev < 0 or _role(out[prev]) in ("byline", "banner", "credit") or (
            _role(out[prev]) in ("para", "cont") and (lines[prev].text.rstrip().endswith(("版）", "版)"))
                                                      or _closed(lines[prev].text)
                                                      and not _own_photo(lines, out, prev, start, end)))
        if finished and below and not above and _short_unsigned_text(lines, out, prev):
            # (a headline's short unsigned text, then its photo's caption and credit: the article's own photo,
            # ``容美土司遗址迎来文物普查队`` / ``5月10日，…拍照。`` / ``▲普查队员在…测绘。`` / ``本报记者　田晓鸥　摄``)
            out[i:k] = ["para"] + ["cont"] * (k - i - 1)
            out[k] = "byline"
            i = end
            continue
        if finished and not above and _uncredited_caption_above(lines, out, prev):
            i = max(k, i + 1)  # (the last of a photo group's captions, ``▲…`` / ``▲…`` / ``本报记者　潘晓明　摄``:
            continue  # the credit is the group's, the caption no item of its own)
        trailing_head = prev >= 0 and _role(out[prev]) == "title" and _echoes(lines, prev)
        closes = False
        if not (above or below) and prev >= 0 and (_role(out[prev]) in ("byline", "credit")
                                                   or BYLINE_TAIL_RE.search(lines[prev].text.strip())):
            # (the credit on the caption's last line, after an item closed by its signature; the caption
            # may run on in lines read as a paragraph, ``…迎来大`` / ``批游客。…`` / ``…分界处。（符永生 摄）``)
            e = i
            while (e + 1 < len(lines) and e + 1 - i < CAPTION_MAX_LINES and not _ends_on_credit(lines, e)
                   and _role(out[e + 1]) in ("caption", "para", "cont") and not _marked(lines[e + 1].text)
                   and not (out[e + 1].startswith("B-") and ends_sentence(lines[e].text))):
                e += 1
            closes = _ends_on_credit(lines, e)
            if closes:
                k = end = e + 1
        # (after a caption closed by its credit, a marked caption opens the next photo, ``▲…（林　强 摄）``)
        next_photo = closes and end < len(lines) and _marked(lines[end].text) and _role(out[end]) in ("para", "cont")
        if (above == below and not closes) or not (finished or trailing_head) or not (
                next_photo or _next_item(lines, out, end)):
            i = max(k, i + 1)
            continue
        if closes:
            _as_body(out, i, k, opens=True)
            if next_photo:
                out[end] = "B-para"
        elif above:
            out[start] = "B-byline"
            _as_body(out, i, k, opens=False)
        else:
            _as_body(out, i, k, opens=True)
            out[k] = "byline"
        if end < len(lines) and out[end] == "para":
            out[end] = "B-para"  # (the marked brief under the photo opens an item of its own)
        i = end
    return out


def photo_item_article(units: list[Unit], article: int) -> bool:
    """Whether an article is a photo-news item: its first body paragraph opens on a photo mark
    (``▲``) and its bylines are photographers' credits."""
    own = [u for u in units if u.article == article]
    first = next((u for u in own if u.final == "body"), None)
    credits = [u for u in own if u.final == "byline"]
    return (first is not None and _marked(first.text) and bool(credits)
            and all(is_photo_credit(u.text) for u in credits))
