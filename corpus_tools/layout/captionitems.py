"""Captions wrapped by the column, and photo items standing apart from any article's text.

* A caption printed over two or more lines (``图为县长某某（中）在富`` / ``强镇文明村查看大豆长势。``) may reach
  the assembly as one caption unit per line, so the article's ``captions`` list holds each line apart and
  entities are read per line (a place cut at the break: 富|强镇). :func:`join_wrapped_captions` joins
  the lines of one caption as body lines are joined: a caption unit that does not end its sentence runs on
  into the caption unit right under it (no blank line between).
* Photos opening a page (``图为…`` / ``马丽　摄`` / ``图为…`` / ``徐婷婷　摄``, then an article): the credit
  lines are read as bylines of no article and the captions are filed under the article printed after them
  (user34, 拜泉报: 6 credits lost, the captions' officials under an appointment notice).
  :func:`photo_items_apart` makes each run of captions closed by its photographer's credit an article of
  its own (its caption and the ``("摄影", name)`` byline), when the run stands before every other part of
  the article it was given to, or in none.
"""

from __future__ import annotations

from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.jumpheads import rerank
from corpus_tools.layout.patterns import CAPTION_START_RE, ends_sentence, heading_form, is_folio_line
from corpus_tools.layout.photoitems import closing_photo_credit
from corpus_tools.layout.units import Unit

__all__ = ["credits_off_captions", "join_wrapped_captions", "photo_items_apart"]

#: Longest headline of a photo item read back from a banner over its caption, in characters.
MAX_PHOTO_TITLE = 20


def _credit_pairs(u: Unit, above: int | None = None) -> list[tuple[str, str]]:
    """The ``("摄影", name)`` pairs of a photographer's credit unit (``马丽　摄``) of no article or of the
    article ``above``, else ``[]``."""
    if u.article not in (None, above) or u.final not in ("byline", "credit"):
        return []
    pairs = parse_byline(u.text.strip()) or []
    return pairs if pairs and all(role == "摄影" for role, _ in pairs) else []


def _captioned(u: Unit) -> bool:
    """A caption unit, or a body unit opened by a caption's cue (``图为…``) that ends its sentence."""
    return u.final == "caption" or (u.final == "body" and bool(CAPTION_START_RE.match(u.text.strip()))
                                    and ends_sentence(u.text.strip()))


def _text_follows(units: list[Unit], i: int, art: int | None) -> bool:
    """Whether article ``art`` has a headline and then a body after unit ``i``."""
    rest = [x.final for x in units[i + 1:] if x.article == art and art is not None]
    return "headline" in rest and "body" in rest[rest.index("headline"):]


def join_wrapped_captions(units: list[Unit]) -> list[Unit]:
    """Units with each caption unit that stops mid-sentence joined with the caption unit right under it
    (same article, no blank line between).

    Examples
    --------
    >>> a = Unit("caption", [(0, 10)], "图为县长在富", article=0, final="caption", rank=0.0)
    >>> b = Unit("caption", [(11, 20)], "强镇查看长势。", article=0, final="caption", rank=1.0)
    >>> [(u.text, u.pieces) for u in join_wrapped_captions([a, b])]
    [('图为县长在富强镇查看长势。', [(0, 10), (11, 20)])]
    """
    out: list[Unit] = []
    home: list[bool] = []
    for k, u in enumerate(units):
        prev = out[-1] if out else None
        if (prev is not None and u.final == prev.final == "caption" and u.article == prev.article and not u.gap
                and not ends_sentence(prev.text.strip()) and prev.rank < u.rank):
            prev.pieces = prev.pieces + u.pieces
            prev.text = prev.text + u.text
            prev.repairs = prev.repairs + u.repairs
            continue
        out.append(u)
        home.append(u.rank == k)
    rerank(out, home)
    return out


def photo_items_apart(units: list[Unit], n_articles: int) -> int:
    """Each run of caption units closed by a photographer's credit of no article, standing before every
    other part of the article it belongs to (or in no article), becomes an article of its own: the
    captions and the credit as its byline (in place). A run that is its article's whole text takes the
    credit as that article's byline. Articles are then numbered in print order again.

    Parameters
    ----------
    units : list of Unit
        The page's units with their final kinds and articles numbered ``0 .. n_articles - 1``.
    n_articles : int
        The page's number of articles.

    Returns
    -------
    int
        The page's number of articles after the change.

    Examples
    --------
    >>> c = Unit("caption", [(0, 9)], "图为县长查看长势。", article=0, final="caption", rank=0.0)
    >>> m = Unit("byline", [(10, 15)], "马丽 摄", final="byline", rank=1.0)
    >>> h = Unit("head", [(17, 25)], "某某县任免名单", article=0, final="headline", rank=2.0)
    >>> photo_items_apart([c, m, h], 1)
    2
    >>> [(u.final, u.article) for u in (c, m, h)]
    [('caption', 0), ('byline', 0), ('headline', 1)]
    """
    nxt = n_articles
    for i, u in enumerate(units):
        if not i or not _credit_pairs(u, units[i - 1].article):
            continue
        j = i
        while j > 0 and _captioned(units[j - 1]) and units[j - 1].article == units[i - 1].article:
            j -= 1
        if j == i:
            continue
        art = units[i - 1].article
        if any(x.final == "body" for x in units[j:i]) and not _text_follows(units, i, art):
            continue  # (captions read as body text: only before an article with a headline and text of its own)
        for x in units[j:i]:
            x.final = "caption"
        if art is not None and any(x.article == art and x.final != "caption" for x in units[:j]):
            continue  # (a photo inside its article's text: its caption stays there)
        if art is not None and not any(x.article == art for x in units[i + 1:]):
            u.article, u.final = art, "byline"  # (the run is its article's whole text: the credit signs it)
            continue
        for x in units[j:i]:
            x.article = nxt
        u.article, u.final = nxt, "byline"
        nxt += 1
    for i in range(1, len(units)):  # (a photo item's headline read as a banner over its credited caption)
        u, head = units[i], units[i - 1]
        if (u.final == "caption" and u.article is None and closing_photo_credit(u.text.strip()) is not None
                and head.final in ("banner", "kicker") and head.article is None and not is_folio_line(head.text)
                and heading_form(head.text.strip(), shortest=2, longest=MAX_PHOTO_TITLE)):
            head.final, head.article, u.article = "headline", nxt, nxt
            nxt += 1
    if nxt == n_articles:
        return n_articles
    firsts: dict[int, int] = {}
    for k, x in enumerate(units):
        if x.article is not None and x.article not in firsts and x.rank == k and x.final != "byline":
            firsts[x.article] = k
    for a in range(nxt):  # (an article printed nowhere at home keeps its place after the others)
        firsts.setdefault(a, len(units) + a)
    order = {old: new for new, old in enumerate(sorted(firsts, key=firsts.get))}
    for x in units:
        if x.article is not None:
            x.article = order[x.article]
    return nxt


def credits_off_captions(units: list[Unit], raw: str) -> list[Unit]:
    """Units with the photographer's credit closing a caption (``图为…。　沙`` / ``晓燕　摄``) split off as a
    byline of the caption's article, when that article is a photo item (no body text) and has no byline: the
    credit names the photographer, a line break inside the name included
    (:func:`~corpus_tools.layout.photoitems.closing_photo_credit`). An article with a body keeps the credit in
    its caption (the composed pages' convention: applied to every article, this cost their bylines 0.954 →
    0.937 and captions 0.965 → 0.934 on the development seeds).

    Examples
    --------
    >>> raw = "图为群众表演节目。　沙\\n晓燕　摄"
    >>> u = Unit("caption", [(0, len(raw))], "图为群众表演节目。沙晓燕 摄", article=0, final="caption")
    >>> [(x.final, x.text) for x in credits_off_captions([u], raw)]
    [('caption', '图为群众表演节目。'), ('byline', '沙晓燕 摄')]
    """
    signed = {u.article for u in units if u.final in ("byline", "body") and u.article is not None}
    out: list[Unit] = []
    home: list[bool] = []
    for k, u in enumerate(units):
        cut = (closing_photo_credit(u.text.strip()) if u.final == "caption" and u.article is not None
               and u.article not in signed and not u.repairs else None)
        end = _sentence_end(raw, u.start, u.end) if cut is not None else -1
        if end < 0:
            out.append(u)
            home.append(u.rank == k)
            continue
        start = end + 1
        while start < u.end and raw[start].isspace():
            start += 1
        first = [(a, min(b, end + 1)) for a, b in u.pieces if a <= end]
        rest = [(max(a, start), b) for a, b in u.pieces if b > start]
        cap = u.text.strip()[:cut].rstrip()
        out.append(Unit("caption", first, cap, gap=u.gap, article=u.article, final="caption", rank=u.rank))
        out.append(Unit("byline", rest, u.text.strip()[cut:].strip(), article=u.article, final="byline", rank=u.rank))
        home += [u.rank == k, u.rank == k]
        signed.add(u.article)
    rerank(out, home)
    return out


def _sentence_end(raw: str, start: int, end: int) -> int:
    """Offset of the last sentence-final mark in ``raw[start:end]`` (or a closing bracket after it), -1 if none."""
    k = max(raw.rfind(ch, start, end) for ch in "。！？!?")
    while 0 <= k < end - 1 and raw[k + 1] in "”’」）)":
        k += 1
    return k
