"""A brief run in under its column's bracketed name: ``【疫情防控】全县开展应急演练　10月19日，…``.

A county page may print a single brief (or a few) with the column's name in black brackets, the brief's title
and its text on one run of lines, the title set off from the text by a wide space::

    【疫情防控】全县开展秋冬季疫情防控应急演练　10月19日，
    县卫健局在县人民医院开展秋冬季疫情防控应急演练，……

The brief is an article of its own (the writers title it by the phrase and give the name as its kicker or
section), even when it is the column's only item, where :mod:`~corpus_tools.layout.runin` and
:mod:`~corpus_tools.layout.markitems` wait for two. :func:`split_bracket_briefs` (units, both passes) splits such a
paragraph into the name (a kicker), the title (a headline) and the text (the body), and opens an article there
when the paragraph was read into another one. Told by the form (a bracketed name of 2–10 characters, a phrase
without clause marks, a wide space), never by the words.
"""

from __future__ import annotations

import re

from corpus_tools.layout.patterns import BYLINE_TAIL_RE, ends_sentence
from corpus_tools.layout.units import Unit

#: The column's name (group 1), the brief's title (group 2) and the wide space before its text.
BRACKET_BRIEF_RE = re.compile(r"^\s*(【[^【】\s]{2,10}】)\s*([^\s【】，。、；：:！？!?（）()]{4,40})(?:\u3000+\s*|[ \t]{2,})(?=\S)")


def _skip(text: str, flat: str) -> int:
    """Index in the cleaned ``text`` after the characters of ``flat`` (white space in ``text`` skipped)."""
    k = 0
    for _ in flat:
        while k < len(text) and text[k].isspace():
            k += 1
        k += 1
    return k


def _parts(u: Unit, raw: str) -> list[Unit] | None:
    """The kicker, headline and body units of a bracketed brief's paragraph, or None."""
    first_end = u.pieces[0][1]
    m = BRACKET_BRIEF_RE.match(raw[u.start:first_end])
    if m is None:
        return None
    flat = re.sub(r"\s+", "", m.group())
    if re.sub(r"\s+", "", u.text)[:len(flat)] != flat:
        return None
    at = u.start
    name = Unit("head", [(at + m.start(1), at + m.end(1))], m.group(1), gap=u.gap, article=u.article,
                final="kicker", rank=u.rank)
    head = Unit("head", [(at + m.start(2), at + m.end(2))], m.group(2), article=u.article, final="headline",
                rank=u.rank)
    body = Unit("body", [(at + m.end(), first_end)] + u.pieces[1:], u.text[_skip(u.text, flat):].lstrip(),
                article=u.article, final="body", rank=u.rank, repairs=list(u.repairs))
    return [name, head, body]


def split_bracket_briefs(units: list[Unit], raw: str, n_articles: int) -> int:
    """Split each bracketed brief's paragraph (see the module's docstring) into its name, title and text, in place,
    opening a new article at it when the paragraph was read into an article with text or a headline before it.
    Returns the new number of articles (a new article's id is the next free one).

    Examples
    --------
    >>> raw = "八舟河秋色\\n【疫情防控】全县开展应急演练　10月19日，县里开展演练。\\n"
    >>> units = [Unit("head", [(0, 5)], "八舟河秋色", article=0, final="headline"),
    ...          Unit("body", [(6, 36)], "【疫情防控】全县开展应急演练 10月19日，县里开展演练。", article=0, final="body")]
    >>> split_bracket_briefs(units, raw, 1)
    2
    >>> [(u.final, u.article, u.text) for u in units]
    [('headline', 0, '八舟河秋色'), ('kicker', 1, '【疫情防控】'), ('headline', 1, '全县开展应急演练'), ('body', 1, '10月19日，县里开展演练。')]
    """
    i = 0
    while i < len(units):
        u = units[i]
        parts = _parts(u, raw) if u.final == "body" and u.article is not None else None
        if parts is None:
            i += 1
            continue
        prev = units[i - 1] if i else None
        if prev is not None and prev.article == u.article and prev.final == "body" and not (
                ends_sentence(prev.text.strip()) or BYLINE_TAIL_RE.search(prev.text.strip())):
            i += 1  # (a paragraph cut mid-sentence goes on here: no brief opens)
            continue
        old = u.article
        opened = any(v.article == old and v.final in ("headline", "body") for v in units[:i])
        if opened:
            new = n_articles
            n_articles += 1
            for v in units[i + 1:]:
                if v.article == old:
                    v.article = new
            for p in parts:
                p.article = new
        units[i:i + 1] = parts
        i += len(parts)
    return n_articles
