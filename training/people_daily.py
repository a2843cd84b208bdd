"""Reader of the People's Daily January 1998 corpus in the PKU format, shared by all scripts.

The corpus (``../shared/data/people_daily_1998/199801.txt``, research-only, never copied
into the repository) has one paragraph a line: its id, then word/tag tokens separated by
white space, with bracketed compounds::

    19980101-01-001-006/m  通过/p  [中央/n  人民/n  广播/vn  电台/n]nt  、/w ...

The id is ``date-page-article-paragraph`` (``19980101-01-001-006``); blank lines are
skipped. The segmenter, tagger, lexicon, character-vector and benchmark scripts read the
corpus through this module only; each applies its own normalisation to what it returns
(the words are given exactly as in the file). A token that is not ``word/tag`` is an
error, not skipped.

The scripts add the ``training/`` folder to ``sys.path`` and ``import people_daily``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

__all__ = ["Token", "article_id", "compounds", "issue_day", "paragraph_text", "parse_line", "read_articles",
           "read_paragraphs"]

# word/tag, optionally opening ("[") or closing ("]nt") a bracketed compound; the word is
# everything before the last slash
_TOKEN_RE = re.compile(r"^(\[?)(.+)/([A-Za-z]+)(?:\]([A-Za-z]+))?$")


class Token(NamedTuple):
    """One word of the corpus.

    Attributes
    ----------
    word : str
        The word as written in the file (full-width digits and letters kept).
    tag : str
        Its PKU part-of-speech tag (``n``, ``nr``, ``Vg`` ...).
    compound : str or None
        Tag of the bracketed compound the word belongs to (``nt`` for every word of
        ``[中央/n 人民/n 广播/vn 电台/n]nt``), or None outside a compound.
    compound_start : bool
        True on the first word of a bracketed compound, so that two neighbouring
        compounds stay apart.
    """

    word: str
    tag: str
    compound: str | None = None
    compound_start: bool = False


def parse_line(line: str) -> tuple[str, list[Token]] | None:
    """The paragraph id and tokens of one line of the corpus.

    Parameters
    ----------
    line : str
        One line of the corpus file.

    Returns
    -------
    tuple of (str, list of Token) or None
        The paragraph id (``19980101-01-001-001``, without its ``/m``) and the tokens
        in order (an empty list for a line with an id only); None for a blank line.
        A compound whose bracket is not closed on the line, or a closing bracket
        without an opening one, gives words without a compound.

    Raises
    ------
    ValueError
        If a token is not ``word/tag`` (optionally with ``[`` before or ``]tag`` after).

    Examples
    --------
    >>> pid, toks = parse_line("19980101-01-001-006/m  通过/p  [中央/n  电台/n]nt  ！/w")
    >>> pid
    '19980101-01-001-006'
    >>> [(t.word, t.tag, t.compound) for t in toks]
    [('通过', 'p', None), ('中央', 'n', 'nt'), ('电台', 'n', 'nt'), ('！', 'w', None)]
    """
    fields = line.split()
    if not fields:
        return None
    tokens: list[Token] = []
    start: int | None = None  # index in tokens of the open compound's first word
    for field in fields[1:]:
        m = _TOKEN_RE.match(field)
        if not m:
            raise ValueError(f"unparsable token {field!r} in {line[:40]!r}")
        opens, word, tag, closes = m.groups()
        if opens:
            start = len(tokens)
        tokens.append(Token(word, tag))
        if closes and start is not None:
            tokens[start:] = [Token(t.word, t.tag, closes, i == 0) for i, t in enumerate(tokens[start:])]
            start = None
    return fields[0].split("/")[0], tokens


def read_paragraphs(path: str | Path) -> Iterator[tuple[str, list[Token]]]:
    """Every paragraph of a corpus file, in file order.

    Parameters
    ----------
    path : str or Path
        The corpus file (UTF-8), e.g. ``../shared/data/people_daily_1998/199801.txt``.

    Yields
    ------
    tuple of (str, list of Token)
        Paragraph id and tokens of each non-blank line (see :func:`parse_line`).

    Raises
    ------
    ValueError
        On a token that is not ``word/tag``.
    """
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parsed = parse_line(line)
            if parsed is not None:
                yield parsed


def compounds(tokens: Iterable[Token]) -> list[tuple[list[Token], str]]:
    """The bracketed compounds of a paragraph.

    Parameters
    ----------
    tokens : iterable of Token
        A paragraph's tokens (:func:`parse_line`).

    Returns
    -------
    list of (list of Token, str)
        Each compound's tokens and its tag, in order.

    Examples
    --------
    >>> _, toks = parse_line("x/m  [中国/ns  国际/n  电台/n]nt  和/c  [中央/n  电视台/n]nt")
    >>> [("".join(t.word for t in words), tag) for words, tag in compounds(toks)]
    [('中国国际电台', 'nt'), ('中央电视台', 'nt')]
    """
    out: list[tuple[list[Token], str]] = []
    for tok in tokens:
        if tok.compound is None:
            continue
        if tok.compound_start or not out:
            out.append(([], tok.compound))
        out[-1][0].append(tok)
    return out


def paragraph_text(tokens: Iterable[Token]) -> str:
    """Plain text of a paragraph: its words joined, tags and brackets dropped.

    Parameters
    ----------
    tokens : iterable of Token
        A paragraph's tokens.

    Returns
    -------
    str
        The words as written in the file, without separators.

    Examples
    --------
    >>> paragraph_text(parse_line("x/m  [中央/n  电台/n]nt  ！/w")[1])
    '中央电台！'
    """
    return "".join(t.word for t in tokens)


def article_id(paragraph_id: str) -> str:
    """The article a paragraph belongs to: its id without the paragraph number.

    Parameters
    ----------
    paragraph_id : str
        A paragraph id, ``date-page-article-paragraph``.

    Returns
    -------
    str
        ``date-page-article``.

    Examples
    --------
    >>> article_id("19980101-01-001-006")
    '19980101-01-001'
    """
    return paragraph_id.rsplit("-", 1)[0]


def issue_day(item_id: str) -> str:
    """The issue date of a paragraph or an article as ``YYYYMMDD``.

    Parameters
    ----------
    item_id : str
        A paragraph id (``date-page-article-paragraph``) or an article id
        (``date-page-article``).

    Returns
    -------
    str
        Its first eight characters, the date.

    Examples
    --------
    >>> issue_day("19980127-04-002-001")
    '19980127'
    """
    return item_id[:8]


def read_articles(path: str | Path) -> dict[str, list[str]]:
    """Plain text of every article's paragraphs, by article id.

    Parameters
    ----------
    path : str or Path
        The corpus file.

    Returns
    -------
    dict of str to list of str
        Article id (:func:`article_id`) to the plain text (:func:`paragraph_text`) of
        its paragraphs in file order (an id-only line gives an empty paragraph); the
        articles in order of their first paragraph.
    """
    articles: dict[str, list[str]] = {}
    for pid, tokens in read_paragraphs(path):
        articles.setdefault(article_id(pid), []).append(paragraph_text(tokens))
    return articles
