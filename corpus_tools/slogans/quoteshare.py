"""Corpus evidence for a quoted phrase: how often People's Daily prints it, and how often quoted.

A formula or coined label is printed in quotation marks most of the times it appears
(放管服: 116 of 121); an ordinary word or metaphor a page puts in scare quotes is printed plain
almost everywhere else (明白, 指挥部, 家门口, 乡愁). :func:`ordinary_word` turns the shipped counts
(``data/quote_share.tsv``, built by ``training/slogans/quote_share.py`` from the unlabelled
1998 and 2019-2020 corpora) into that test. A phrase the corpora never print (most county
formulae) gets no evidence either way. :func:`is_idiom` looks a phrase up in the idioms (成语) of two
general dictionaries (``data/idioms.txt``, built by ``training/slogans/build_idioms.py``): the guide
excludes idioms however a page quotes them (四面八方, 授人以渔). :func:`is_plain_word` looks a phrase up in the
common words of a general dictionary (``data/plain_words.txt``): scare-quoted ordinary words (造血, 大动脉).
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["quote_share", "share_elsewhere", "ordinary_word", "idioms", "is_idiom", "in_saying", "is_saying", "plain_words", "is_plain_word", "cuts_word", "opens_inside_word", "starts_inside_word", "MIN_TOTAL", "MAX_SHARE"]

#: A quoted phrase is an ordinary word when the corpora print it at least ``MIN_TOTAL`` times and
#: put at most ``MAX_SHARE`` of those in quotation marks: the value leave-one-report-out chooses on
#: the seed pages, the dev tuning part and the hand-written test pages (``benchmarks/slogans.py --loo``).
MIN_TOTAL = 50
MAX_SHARE = 0.1


@functools.lru_cache(maxsize=1)
def quote_share() -> dict[str, tuple[int, int]]:
    """String -> (times printed in quotation marks, times printed) in People's Daily 1998-01 and
    2019-2020 (strings printed at least five times).

    Returns
    -------
    dict of str to tuple of (int, int)
        Each string with its quoted and total counts.
    """
    text = resources.files("corpus_tools").joinpath("data", "quote_share.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    return {r[0]: (int(r[1]), int(r[2])) for r in rows[1:]}


def share_elsewhere(s: str, page: str = "") -> tuple[int, int]:
    """(times quoted, times printed) of *s* in the counted corpora outside the document *page*.

    Give *page* only when the document is itself one of the counted articles (People's Daily
    1998-01 or 2019-2020): its own mentions are then taken off, so a phrase one article quotes
    five times does not look like a label the paper quotes everywhere (a leak when scoring or
    training on such articles). The counts never go below zero.

    Parameters
    ----------
    s : str
        The quoted string to count (放管服).
    page : str, optional
        The document's text, given only when it is one of the counted articles.

    Returns
    -------
    tuple of (int, int)
        Times quoted and times printed; (0, 0) for a string not in the table.

    Examples
    --------
    >>> q, t = share_elsewhere("放管服")
    >>> share_elsewhere("放管服", "深化“放管服”改革") == (q - 1, t - 1)
    True
    """
    quoted, total = quote_share().get(s, (0, 0))
    if page and total:
        here_quoted = sum(page.count(o + s + c) for o, c in (("“", "”"), ("「", "」"), ("‘", "’")))
        quoted, total = max(0, quoted - here_quoted), max(0, total - page.count(s))
    return quoted, total


def ordinary_word(s: str, *, page: str = "") -> bool:
    """Whether the corpora print *s* often and seldom in quotation marks (a scare-quoted word);
    *page* as in :func:`share_elsewhere`.

    Parameters
    ----------
    s : str
        A quoted string such as 指挥部 or 放管服.
    page : str, optional
        As in :func:`share_elsewhere`.

    Returns
    -------
    bool
        True for a word printed often and seldom quoted.

    Examples
    --------
    >>> ordinary_word("指挥部"), ordinary_word("放管服"), ordinary_word("三晋强基")
    (True, False, False)
    """
    quoted, total = share_elsewhere(s, page)
    return total >= MIN_TOTAL and quoted <= MAX_SHARE * total


@functools.lru_cache(maxsize=1)
def idioms() -> frozenset[str]:
    """The shipped idioms: those of jieba's dictionary and People's Daily 1998's PKU tags that have a
    numeral or that People's Daily prints in quotation marks (``data/idioms.txt``).

    Returns
    -------
    frozenset of str
        The idioms.
    """
    text = resources.files("corpus_tools").joinpath("data", "idioms.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def is_idiom(s: str) -> bool:
    """Whether *s* is an idiom (成语) of the shipped list: not a formula, even in quotation marks.

    Parameters
    ----------
    s : str
        A quoted string, an idiom (四面八方) or not (五个一批).

    Returns
    -------
    bool
        True for an idiom of ``data/idioms.txt``.

    Examples
    --------
    >>> is_idiom("四面八方"), is_idiom("五个一批")
    (True, False)
    """
    return s in idioms()


@functools.lru_cache(maxsize=1)
def _saying_parts() -> frozenset[str]:
    """Every proper part of three or more characters of the shipped idioms of five or more characters."""
    return frozenset(i[a:b] for i in idioms() if len(i) >= 5
                     for a in range(len(i)) for b in range(a + 3, len(i) + 1) if b - a < len(i))


def in_saying(s: str) -> bool:
    """Whether *s* (three or more characters) is a proper part of a long idiom or saying of the shipped list
    (新官“三把火”, of 新官上任三把火): a saying quoted by its part, not a formula. No open slogan gold item is
    one (``training/slogans/released_errors.py`` lists any open gold miss it would cause).

    Parameters
    ----------
    s : str
        A quoted part of a saying (三把火) or any other string.

    Returns
    -------
    bool
        True for a proper part (three characters or more) of a listed long idiom or saying.

    Examples
    --------
    >>> in_saying("三把火"), in_saying("新官上任三把火"), in_saying("五个一批")
    (True, False, False)
    """
    return len(s) >= 3 and s in _saying_parts()


def is_saying(s: str) -> bool:
    """Whether *s* is an idiom of the shipped list or a proper part of a long one (:func:`is_idiom`,
    :func:`in_saying`): the one idiom-and-saying veto every path of the detector applies (quoted phrases,
    numbered heads, the decision model's candidates and features).

    Parameters
    ----------
    s : str
        Any quoted string.

    Returns
    -------
    bool
        Whether :func:`is_idiom` or :func:`in_saying` holds for it.

    Examples
    --------
    >>> is_saying("四面八方"), is_saying("三把火"), is_saying("五个一批")
    (True, True, False)
    """
    return is_idiom(s) or in_saying(s)


@functools.lru_cache(maxsize=1)
def plain_words() -> frozenset[str]:
    """The shipped common words: entries of jieba's dictionary of two to four characters with a common word
    class (not a name, numeral, abbreviation or idiom) that People's Daily prints in quotation marks
    (``data/plain_words.txt``, built by ``training/slogans/build_plain_words.py``).

    Returns
    -------
    frozenset of str
        The common words.
    """
    text = resources.files("corpus_tools").joinpath("data", "plain_words.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def is_plain_word(s: str) -> bool:
    """Whether *s* is a common word of general Chinese (:func:`plain_words`): a page that quotes it uses it as a
    scare-quoted word or metaphor (造血, 大动脉), which the guide does not count, unless a strong cue says otherwise.

    Parameters
    ----------
    s : str
        A quoted word: 大动脉 is common, 放管服 not.

    Returns
    -------
    bool
        True for an entry of ``data/plain_words.txt``.

    Examples
    --------
    >>> is_plain_word("大动脉"), is_plain_word("放管服")
    (True, False)
    """
    return s in plain_words()


def cuts_word(text: str, end: int) -> bool:
    """Whether a span of *text* ending at *end* cuts a two-character word in two: the characters on
    either side of the cut form a word the corpora print (文化 in 送医、送法、送文|化下乡, 空气 in
    好山好水好空|气) and the two before it do not (送文, 好空). The words are the two-character strings of
    ``data/quote_share.tsv`` (People's Daily 1998's segmentation and the corpora's quoted spans).

    Parameters
    ----------
    text : str
        The text the span is taken from.
    end : int
        Where the span ends (the offset after its last character).

    Returns
    -------
    bool
        True when that end cuts a two-character word in two.

    Examples
    --------
    >>> cuts_word("送医、送法、送文化下乡", 8), cuts_word("送医、送法、送文化下乡", 9)
    (True, False)
    """
    if not 2 <= end < len(text):
        return False
    words = quote_share()
    return text[end - 1:end + 1] in words and text[end - 2:end] not in words


def opens_inside_word(text: str, start: int) -> bool:
    """Whether a span of *text* starting at *start* opens inside a two-character word: the characters on
    either side of the cut form a word the corpora print and the span's first two do not (村|民同吃同住同 of
    村民同吃同住同劳动: the series is 同吃同住同劳动). The mirror of :func:`cuts_word`.

    Parameters
    ----------
    text : str
        The text that holds the span.
    start : int
        The offset of the span's first character.

    Returns
    -------
    bool
        True when the character before the span and its first make a printed word and its first two do not.

    Examples
    --------
    >>> opens_inside_word("和村民同吃同住同劳动", 2), opens_inside_word("坚持联防联治联享", 2)
    (True, False)
    """
    if not 1 <= start < len(text) - 1:
        return False
    words = quote_share()
    return text[start - 1:start + 1] in words and text[start:start + 2] not in words


def starts_inside_word(text: str, start: int) -> bool:
    """Whether a span of *text* starting at *start* begins inside a word: the character before it and
    its first two form a three-character word the corpora print (农|牧业人口多 of 农牧业). Two-character
    words are no evidence here: the character before a series often forms one with its first by chance
    (通过|早发现: 过早).

    Parameters
    ----------
    text : str
        The sentence the span is part of.
    start : int
        Offset of the first character of the span (False at 0 and at the last two offsets).

    Returns
    -------
    bool
        True when the character before the span and its first two make a three-character word.

    Examples
    --------
    >>> starts_inside_word("农牧业人口多", 1), starts_inside_word("通过早发现", 2)
    (True, False)
    """
    if not 1 <= start < len(text) - 1:
        return False
    return text[start - 1:start + 2] in quote_share()
