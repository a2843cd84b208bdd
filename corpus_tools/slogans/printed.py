"""Where a slogan is printed: the page's banner lines outside articles, and an article's parts.

Political-communication research weighs a formula by where the paper prints it: a section banner
(建成支点、走在前列、谱写新篇), a kicker (学习贯彻党的二十届三中全会精神) or a title says more than a
body sentence. The slogan tables therefore read, besides each article's parts, the lines the layout
puts **outside** articles (section banners, page lines, column names; :func:`banner_lines`) and say
for every mention where it was printed (:data:`PLACES`, :func:`place_in_article`).

Every printed occurrence is read once: a line outside articles whose raw span overlaps an article's
part, or whose text is one of the page's article parts, is left out (it is counted in the article),
and a kicker whose raw span overlaps the article's title, subtitle or body is read there only
(:func:`article_parts`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_tools.layout import undouble
from corpus_tools.layout.patterns import EDITOR_TAIL_RE, PAGE_NUMBER_RE

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Article, Issue

__all__ = ["PLACES", "BANNER_KINDS", "banner_lines", "article_parts", "place_in_article"]

#: Where a mention can be printed, most visible first: ``banner`` (a line outside articles: section
#: banner, page line, column name), ``kicker`` (引题), ``title``, ``subtitle``, ``body``, ``caption``.
PLACES = ("banner", "kicker", "title", "subtitle", "body", "caption")
#: Block kinds of a line outside articles that may print a formula (not bylines, credits or strays of body).
BANNER_KINDS = ("banner", "kicker", "headline", "subtitle")
_TEXT_PARTS = ("title", "subtitle", "body")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def banner_lines(issue: "Issue") -> list[str]:
    """The page's lines outside articles, in reading order: banners, page lines, column names.

    Blocks of a kind in :data:`BANNER_KINDS` that belong to no article, and the name of the page line
    (``第03版　乡村振兴`` → 乡村振兴) whatever block kind the layout gave it; a line printed doubled (a
    bold line extracted twice: 学习贯彻学习贯彻 全会精神全会精神) is undoubled
    (:func:`~corpus_tools.layout.undouble`). A block whose raw span overlaps an article's part, or
    whose text is one of the page's article parts, is left out: it is read with that article.

    Parameters
    ----------
    issue : Issue
        A page whose banners and page lines are wanted.

    Returns
    -------
    list of str
        The lines' texts.

    Examples
    --------
    >>> from corpus_tools.corpus import Issue
    >>> banner_lines(Issue("p", "生态文明\\n\\n守护林海\\n\\n本报讯　今年以来，县林业局建设生态文明。\\n"))
    ['生态文明']
    >>> _page_name("第03版　乡村振兴"), _page_name("第3版 综合新闻 责任编辑：刘　畅"), _page_name("本版编辑：李俊燕")
    ('乡村振兴', '综合新闻', '')
    """
    arts = issue.all_articles
    spans = [sp for a in arts for part in a.spans.values() for sp in part]
    texts = {t for a in arts for t in (a.kicker, a.title, a.subtitle, a.body, *a.captions) if t}
    out = []
    for b in issue.blocks:
        if b.article is not None or not b.text.strip():
            continue
        if b.kind not in BANNER_KINDS:
            name = _page_name(b.text)  # the page line's name (第03版　乡村振兴), whatever kind the layout gave it
            if name:
                out.append(name)
            continue
        if _overlaps(spans, b.start, b.end) or b.text in texts:
            continue
        out.append(undouble(b.text)[0])
    return out


def _page_name(text: str) -> str:
    """The page's name printed after its number (``第03版　乡村振兴`` → 乡村振兴; the editors after it left
    out), else ``""``: a page named after a formula prints it on every such page (user29 F3)."""
    m = PAGE_NUMBER_RE.match(text.strip())
    if m is None or not m.group():
        return ""
    name = EDITOR_TAIL_RE.sub("", text.strip()[m.end():]).strip()
    return name if 2 <= len(name) <= 12 and not any(ch.isdigit() for ch in name) else ""


def article_parts(article: "Article") -> list[tuple[str, str]]:
    """``(part, text)`` of an article as the slogan tables read it: ``text`` (:attr:`Article.text`:
    title, subtitle and body), ``kicker`` and ``caption`` (captions joined by ``"\\n"``).

    A kicker whose raw span overlaps the article's title, subtitle or body (a layout that also
    kept the kicker line in the text) is left out, so its formula is counted once.

    Parameters
    ----------
    article : Article
        An article of a laid-out page.

    Returns
    -------
    list of tuple of (str, str)
        The parts the article prints, ``text`` first.
    """
    parts = [("text", article.text)]
    if article.kicker:
        inner = [sp for p in _TEXT_PARTS for sp in article.spans.get(p, ())]
        if not any(_overlaps(inner, s, e) for s, e in article.spans.get("kicker", ())):
            parts.append(("kicker", article.kicker))
    if article.captions:
        parts.append(("caption", "\n".join(article.captions)))
    return parts


def place_in_article(article: "Article", part: str, start: int) -> str:
    """Where a mention starting at *start* of the article's *part* (as in :func:`article_parts`)
    is printed: one of :data:`PLACES` (``text`` is split into title, subtitle and body).

    Parameters
    ----------
    article : Article
        The article the mention is found in.
    part : str
        ``text``, ``kicker`` or ``caption``.
    start : int
        The mention's start offset in that part.

    Returns
    -------
    str
        One of :data:`PLACES`.

    Examples
    --------
    >>> from corpus_tools.corpus import Article
    >>> art = Article("p-01", "p", None, "走在前列", None, "谱写新篇", "正文")
    >>> [place_in_article(art, "text", i) for i in (0, 5, 10)]
    ['title', 'subtitle', 'body']
    """
    if part != "text":
        return part
    pos = 0
    for name, piece in zip(_TEXT_PARTS, (article.title, article.subtitle, article.body)):
        if not piece:
            continue
        if start < pos + len(piece) + 1:  # the joining "\n" belongs to the piece before it
            return name
        pos += len(piece) + 1
    return "body"
