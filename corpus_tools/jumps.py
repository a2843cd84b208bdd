"""Jumped articles: pair the part that ends ``（下转第N版）`` with the part on page N that opens
``（上接第M版）``, within one issue (one paper, one date).

The layout reads a jump mark as page furniture (a ``credit`` block of no article), so each part is an
article of its own page; :func:`jump_pairs` finds, for each jump mark, the article it closes or opens,
and pairs the parts of one date across the two pages the marks name, by their titles when a page holds
more than one candidate. Page numbers are read from the issue's metadata (``page``), its id
(``2003-05-12_p4``, ``20030512_4``) or its folio (``第4版``).

Examples
--------
>>> import pandas as pd, corpus_tools as ct
>>> p1 = "县城老街改造全面提速\\n\\n　　本报讯 今年，县城老街改造进入快车道，九条街巷已完工。（下转第2版）\\n"
>>> p2 = "县城老街改造全面提速\\n（上接第1版）\\n\\n　　目前，其余三条街巷正在施工。\\n"
>>> c = ct.read_corpus(pd.DataFrame({"text": [p1, p2], "date": ["2003-05-12"] * 2,
...                                  "issue_id": ["2003-05-12_p1", "2003-05-12_p2"]}))
>>> jump_pairs(c)[["from_article_id", "to_article_id", "from_page", "to_page"]].values.tolist()
[['2003-05-12_p1-01', '2003-05-12_p2-01', 1, 2]]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["ID_PAGE_RE", "JUMP_COLUMNS", "jump_marks", "jump_pairs", "page_number"]

#: Columns of :func:`jump_pairs`.
JUMP_COLUMNS = ["date", "from_issue_id", "from_article_id", "from_page", "to_issue_id", "to_article_id",
                "to_page", "from_title", "to_title", "matched_by"]

_NUM = "零〇一二三四五六七八九十"
_MARK_RE = re.compile(r"[(（]\s*(上接|下转|接|转)\s*第?\s*([\d零〇一二三四五六七八九十]{1,3})\s*版\s*[)）]\s*$")
#: The page number closing a page's id or file stem (``_p4``, ``_P04``, ``_4``, ``-p4``, ``-P4``, ``第4版``); group 1
#: is the number without its leading zeros. Shared with :mod:`corpus_tools.page_clashes`.
ID_PAGE_RE = re.compile(r"(?:_p|_P|_|-p|-P|第)0*(\d{1,2})版?$")
_FOLIO_RE = re.compile(r"第\s*0?(\d{1,2})\s*版")


def _number(text: str) -> int | None:
    """An Arabic or Chinese page number (``2``, ``二``, ``十二``)."""
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if "十" in text:
        a, _, b = text.partition("十")
        return (_NUM.index(a) % 10 if a else 1) * 10 + (_NUM.index(b) % 10 if b else 0)
    return _NUM.index(text) % 10 if len(text) == 1 and text in _NUM else None


def page_number(issue) -> int | None:
    """The page number of an issue (one page): its metadata's ``page``, the number closing its id
    (``2003-05-12_p4``), or the first ``第N版`` of its first lines; None if none is printed.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> page_number(N(meta={}, id="2003年05月12日_p3", raw="")), page_number(N(meta={}, id="x", raw="第4版　综合"))
    (3, 4)
    """
    page = issue.meta.get("page") if isinstance(issue.meta, dict) else None
    if page is not None and str(page).strip().isdigit():
        return int(str(page).strip())
    m = ID_PAGE_RE.search(str(issue.id))
    if m:
        return int(m.group(1))
    m = _FOLIO_RE.search("\n".join(issue.raw.splitlines()[:4]))
    return int(m.group(1)) if m else None


def jump_marks(issue) -> list[tuple[str, int, int]]:
    """The jump marks of one page: ``(direction, page, article)`` with direction ``"to"`` (``下转第N版``:
    the article printed before the mark goes on on page N) or ``"from"`` (``上接第N版``: the article the
    mark stands in, under its headline, comes from page N); ``article`` indexes the page's articles."""
    blocks = issue.blocks
    out = []
    for k, b in enumerate(blocks):
        m = _MARK_RE.search(b.text.strip())
        if m is None or (b.article is not None and b.kind not in ("body", "headline")):
            continue
        page = _number(m.group(2))
        if page is None:
            continue
        if "下" in m.group(1) or m.group(1) == "转":
            art = b.article if b.article is not None else next(
                (x.article for x in reversed(blocks[:k]) if x.article is not None), None)
            direction = "to"
        else:
            before = next((x for x in reversed(blocks[:k]) if x.kind not in ("banner", "credit")), None)
            after = next((x.article for x in blocks[k + 1:] if x.article is not None), None)
            art = b.article if b.article is not None else (
                before.article if before is not None and before.kind == "headline" else after)
            direction = "from"
        if art is not None:
            out.append((direction, page, art))
    return out


def _bigrams(text: str | None) -> set[str]:
    t = "".join((text or "").split())
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _similar(a: str | None, b: str | None) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / len(x | y) if x and y else 0.0


def jump_pairs(corpus: "Corpus") -> pd.DataFrame:
    """Pairs of the parts of jumped articles, one row per pair, columns :data:`JUMP_COLUMNS`.

    A part closed by ``（下转第N版）`` on page M of a date is paired with a part opened by ``（上接第M版）``
    on page N of the same date (and paper); among several candidates the one whose title shares most
    character pairs with the first part's title (``matched_by="title"``), a lone candidate as it is
    (``matched_by="pages"``). Join the two bodies in order to re-read the whole article.

    Parameters
    ----------
    corpus : Corpus
        The pages read (:func:`~corpus_tools.read_corpus`).

    Returns
    -------
    pandas.DataFrame
    """
    parts: dict[tuple, list] = {}  # (date, paper, page, direction, other page) -> [(issue, article)]
    for issue in corpus.issues:
        page = page_number(issue)
        if page is None:
            continue
        arts = issue.all_articles if hasattr(issue, "all_articles") else issue.articles
        for direction, other, art in jump_marks(issue):
            if art < len(arts):
                key = (str(issue.date), issue.meta.get("paper"), page, direction, other)
                parts.setdefault(key, []).append((issue, arts[art]))
    rows = []
    for (date, paper, page, direction, other), froms in parts.items():
        if direction != "to":
            continue
        cands = list(parts.get((date, paper, other, "from", page), []))
        for issue, a in froms:
            if not cands:
                break
            best = max(cands, key=lambda c: _similar(a.title, c[1].title))
            if len(cands) > 1 and _similar(a.title, best[1].title) == 0:
                continue
            rows.append({"date": date, "from_issue_id": issue.id, "from_article_id": a.id, "from_page": page,
                         "to_issue_id": best[0].id, "to_article_id": best[1].id, "to_page": other,
                         "from_title": a.title, "to_title": best[1].title,
                         "matched_by": "title" if len(cands) > 1 else "pages"})
            cands.remove(best)
    return pd.DataFrame(rows, columns=JUMP_COLUMNS)
