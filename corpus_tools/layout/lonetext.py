"""A page whose text forms no article (one sentence and a byline): that text is one untitled article.

A small page — a notice, a one-sentence item and its byline — may give the line model no line it reads as
opening an article: the sentence is read as a caption or a stray body and every table built from the
page's articles loses it. :func:`lone_text_article` makes the page's text (its body and caption units,
with the bylines among them) one untitled article when the page has none and a byline signs the text.
"""

from __future__ import annotations

from corpus_tools.layout.units import Unit

_TEXT = ("body", "caption")


def lone_text_article(units: list[Unit], n_articles: int) -> int:
    """Make the page's text one article when it has none; returns the new number of articles.

    Examples
    --------
    >>> u = [Unit("head", [(0, 4)], "某某报", final="banner"),
    ...      Unit("caption", [(5, 20)], "社区开展志愿服务。", final="caption"),
    ...      Unit("byline", [(21, 28)], "本报记者 曲艺", final="byline")]
    >>> lone_text_article(u, 0), [(x.final, x.article) for x in u]
    (1, [('banner', None), ('body', 0), ('byline', 0)])
    """
    if (n_articles or any(u.article is not None for u in units) or not any(u.final in _TEXT for u in units)
            or not any(u.final == "byline" for u in units)):
        return n_articles  # (text without a byline: no article's form; :mod:`corpus_tools.lost_text` says so)
    for u in units:
        if u.final in _TEXT:
            u.final, u.article = "body", 0
        elif u.final == "byline":
            u.article = 0
    return 1
