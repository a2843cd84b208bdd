"""Signed tails: an article's last paragraph printed, with its own signature, after the next article.

A page set in columns may print the last paragraph of an article — with the article's closing
signature (``（田维明）``, ``（东乡县委宣传部供稿）``) — after the *next* article, whose own signature
already closed it::

    合水镇党员亮身份创先争优          <- article b: no signature closes its text
    本报讯 “我是共产党员……”
    紫薇镇千年紫薇迎来赏花季          <- article a
    六月中旬，紫薇镇的千年紫薇树……（杨秀芬　龙正江）
    合水镇还在新槽村……（田维明）      <- b's displaced tail

Read in print order the tail becomes a second signed ending of ``a``; an article is signed once.
:func:`signed_tail` tells such a run from ``a``'s own text by its form alone (``a`` signed before it,
the run signed after it, ``b`` printed just before ``a`` and closed by no signature of its own);
:func:`~corpus_tools.layout.flow.repair_flow` then moves it back only when its content reads like
``b`` (pages32o 苏尼特左旗, pages33o 印江, pages34 东乡, pages36o 务川, pages37o 五寨: five writers).
"""

from __future__ import annotations

from corpus_tools.layout.bylines import lead_byline, parse_byline
from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ITEM_MARKS, PHOTO_MARKS
from corpus_tools.layout.units import Unit

#: A photo mark within this many characters of a run's start: a short headline run into its caption.
SHORT_HEAD = 20


def _signed_after(units: list[Unit], i: int, art: int) -> bool:
    """Whether body unit ``i`` of article ``art`` is closed by a signature: it ends with a bracketed
    one (``……。（田维明）``) or a byline unit of ``art`` is printed right after it."""
    if BYLINE_TAIL_RE.search(units[i].text):
        return True
    nxt = i + 1
    return nxt < len(units) and units[nxt].final == "byline" and units[nxt].article == art


def _closed(units: list[Unit], bseg: list[int], b: int) -> bool:
    """Whether article ``b``'s text is closed by a signature: its last body paragraph ends with one, or a
    byline of ``b`` is printed after that paragraph."""
    last = bseg[-1]
    if BYLINE_TAIL_RE.search(units[last].text):
        return True
    return any(u.final == "byline" and u.article == b for u in units[last + 1:])


def _between(units: list[Unit], lo: int, hi: int, arts: tuple[int | None, ...]) -> bool:
    """Whether every unit printed between ``lo`` and ``hi`` belongs to one of ``arts`` or is page furniture
    (no body or headline of a third article, none of no article)."""
    return all(u.article in arts if u.article is not None else u.final not in ("body", "headline")
               for u in units[lo + 1:hi])


def signed_tail(units: list[Unit], seg: list[int], k: int, a: int, bseg: list[int], b: int) -> bool:
    """Whether the paragraphs ``seg[k:]`` of article ``a`` are a signed tail displaced from article ``b``.

    ``seg`` and ``bseg`` are the two articles' body units in reading order. The run is one when the
    text printed just before it is closed by a signature (``a``'s own, or for a headless run, ``k == 0``,
    the signature of the article printed before it), the run is closed by a signature of its own, ``b``'s
    body is printed just before that signed article (nothing of a third article between) and is closed
    by no signature. The caller weighs the content (the run must read like ``b``).

    Examples
    --------
    >>> def u(kind, text, art):
    ...     return Unit(kind=kind, pieces=[(0, 1)], text=text, article=art, final=kind)
    >>> units = [u("headline", "合水镇党员亮身份", 0), u("body", "全镇共公开承诺事项。", 0),
    ...          u("headline", "紫薇镇迎来赏花季", 1), u("body", "紫薇树进入盛花期。", 1),
    ...          u("byline", "（杨秀芬）", 1), u("body", "合水镇还开展了创建。", 1), u("byline", "（田维明）", 1)]
    >>> signed_tail(units, [3, 5], 1, 1, [1], 0)
    True
    >>> units[4] = u("body", "游客很多。", 1)  # (no signature closes a's text before the run)
    >>> signed_tail(units, [3, 4, 5], 2, 1, [1], 0)
    False
    """
    if k < 0 or k >= len(seg) or not bseg:
        return False
    first = seg[k]
    if k > 0 and first != seg[k - 1] + 2 and first != seg[k - 1] + 1:
        return False  # (the run follows a's text and its signature)
    prev = first - 1
    if prev < 0 or units[prev].article in (b, None):
        return False
    signer = units[prev].article  # (a itself, or the article printed before a headless run)
    if not (units[prev].final == "byline" or units[prev].final == "body" and BYLINE_TAIL_RE.search(units[prev].text)):
        return False  # the text printed before the run is not closed by a signature
    if k == 0 and signer == a or not any(u.final == "headline" and u.article == signer for u in units):
        return False  # (briefs signed one after another under a column name: no article's tail)
    opening = units[first].text.lstrip()
    if opening[:1] in ITEM_MARKS + "【[" or any(ch in PHOTO_MARKS for ch in opening[:SHORT_HEAD]):
        return False  # (a marked item opens an item of its own; a headline run into a caption, a photo item)
    if not _signed_after(units, seg[-1], a):
        return False  # the run carries no signature of its own
    return max(bseg) < prev and _between(units, max(bseg), first, (a, b, signer)) and not _closed(units, bseg, b)


def _names(pairs: list[tuple[str, str]] | None) -> set[str]:
    return {"".join(name.split()) for _, name in pairs or [] if name}


def same_signer(units: list[Unit], seg: list[int], a: int, bseg: list[int], b: int) -> bool:
    """Whether the signature closing ``seg`` (a byline of ``a`` printed right after it, or a bracketed one
    ending it) names a person who signs article ``b`` at its head (a byline of ``b`` printed before its
    body, or its lead ``本报讯（记者 X）``): the reporter's own ending printed away from the report.

    Examples
    --------
    >>> def u(kind, text, art):
    ...     return Unit(kind=kind, pieces=[(0, 1)], text=text, article=art, final=kind)
    >>> units = [u("headline", "满都拉图镇建起便民服务中心", 0), u("byline", "本报记者　朝鲁门", 0),
    ...          u("body", "七月十日，中心正式运行。", 0), u("headline", "扫黑除恶深入推进", 1),
    ...          u("body", "今年以来，全旗深入开展。", 1), u("byline", "（旗扫黑办供稿）", 1),
    ...          u("body", "据介绍，中心已进入装修阶段。", 1), u("byline", "（朝鲁门）", 1)]
    >>> same_signer(units, [4, 6], 1, [2], 0)
    True
    """
    last = seg[-1]
    m = BYLINE_TAIL_RE.search(units[last].text)
    if m:
        closing = _names(parse_byline(m.group(0).strip()))
    elif last + 1 < len(units) and units[last + 1].final == "byline" and units[last + 1].article == a:
        closing = _names(parse_byline(units[last + 1].text))
    else:
        return False
    head = _names(lead_byline(units[bseg[0]].text))
    for u in units[:bseg[0]]:
        if u.final == "byline" and u.article == b:
            head |= _names(parse_byline(u.text))
    return bool(closing & head)
