"""A scraper's failures among the files read: an HTML page saved as text, one article saved under two names.

A scraper that saves a site's articles one per file (:mod:`corpus_tools.web_articles`) also saves what the
site answered when the article was gone — an HTML error page (``<!DOCTYPE html><html><head><title>404</title>``)
— and, when the site lists an article twice, the same article under two ids. Read silently, the first becomes a
news article of markup and the second is counted twice in every count by date. :func:`warn_article_files`
names them in one warning each; nothing is dropped (leave a file out by moving it, or with ``pattern=``).
Identical PAGE files (``X.pdf`` beside ``X(1).pdf``) are another check's; this one compares the articles of
article files: their title and text, whatever the files' names.
"""

from __future__ import annotations

import re
import warnings
from typing import Any, Iterable

from corpus_tools.errors import user_stacklevel

__all__ = ["looks_like_html", "duplicate_articles", "warn_article_files"]

_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_HTML_START_RE = re.compile(r"^\s*(?:<!DOCTYPE\s+html|<html[\s>]|<\?xml)", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """Whether a file's text is HTML markup rather than text: it opens with ``<!DOCTYPE html>`` or ``<html>``, or
    tags make up a third of its characters or more.

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><head><title>404</title></head><body>页面不存在</body></html>")
    True
    >>> looks_like_html("青溪镇采茶忙\\n茶农们正忙着采茶（见<图1>）。")
    False
    """
    if _HTML_START_RE.match(text):
        return True
    stripped = _SPACE_RE.sub("", text)
    tags = sum(len(_SPACE_RE.sub("", m.group())) for m in _TAG_RE.finditer(text))
    return bool(stripped) and tags * 3 >= len(stripped) and tags >= 20


def duplicate_articles(issues: Iterable[Any]) -> list[list[str]]:
    """Groups of article files (``Issue.meta["form"] == "article"``) that hold the same article: the same title
    and text, spaces aside. Each group lists the files (or issue ids), in reading order.

    Examples
    --------
    >>> from corpus_tools.web_articles import article_issue
    >>> a = "青溪镇采茶忙\\n来源：青溪新闻网\\n发布时间：2021-06-03\\n\\n茶农们正忙着采茶。"
    >>> issues = [article_issue("a1", a, {}), article_issue("a2", a.replace("采茶。", "采茶。 "), {})]
    >>> duplicate_articles(issues)
    [['a1', 'a2']]
    """
    seen: dict[str, list[str]] = {}
    for issue in issues:
        if issue.meta.get("form") != "article" or not issue.articles:
            continue
        key = _SPACE_RE.sub("", "\n".join(a.text for a in issue.articles))
        if key:
            seen.setdefault(key, []).append(str(issue.meta.get("path") or issue.id))
    return [names for names in seen.values() if len(names) > 1]


def warn_article_files(issues: list[Any]) -> None:
    """Warn, naming the files, about files that are HTML markup (:func:`looks_like_html`) and article files that
    hold the same article (:func:`duplicate_articles`); nothing is dropped.

    Examples
    --------
    >>> import warnings
    >>> from corpus_tools.issue import Issue
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_article_files([Issue("x", "<html><body>404</body></html>", meta={"path": "x.txt"})])
    >>> str(caught[0].message)[:21]
    'x.txt is an HTML page'
    """
    html = [(str(i.meta.get("path") or i.id), i.raw) for i in issues if looks_like_html(i.raw)]
    for name, raw in html:
        warnings.warn(f"{name} is an HTML page (markup: {raw.strip()[:40]}…), not a page or an article's text: "
                      "a scraper's error page (404) or a page saved unconverted; it is read as text — leave it out "
                      "(move the file, or pattern=) or convert it to text", UserWarning, stacklevel=user_stacklevel())
    for names in duplicate_articles(issues):
        shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
        warnings.warn(f"{len(names)} article files hold the same article (title and text): {shown}; each is "
                      "counted as an article of its own — leave all but one out (move the files, or "
                      "Corpus.filter) if the site listed it twice", UserWarning, stacklevel=user_stacklevel())
