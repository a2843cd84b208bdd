"""A known formula printed inside a quoted title of a place is counted once, as the title (user37b F3).

Counties print their own positioning titles in quotation marks, and such a title often holds a national
formula as one of its words: “四省边际共同富裕先行县”, “长三角一体化发展桥头堡市”, “乡村振兴示范镇”. The quote is one
printed unit, the county's own slogan; the formula inside it is a word of the title, not a use of the formula.
Counting both puts every mention of the title into the national formula's trend as well (共同富裕 counted twice
as often as the paper prints it on its own).

The counting rule (``docs/slogans.md``, "Formulae inside longer formulae"): at one place of the text, **the
longest printed unit counts, once**. Within the lexicon the leftmost-longest match does this (a row that is
itself a formula, such as 高质量发展建设共同富裕示范区, takes its words from 高质量发展 and 共同富裕); composite
rows (a ``contains`` column) are the documented exception, counted in an overlapping pass on request. Between
the layers this module does it: a lexicon mention that stands strictly inside a quoted title of a place is
replaced by a marked mention of the whole title. A quoted title here is a quotation of 5 to 20 characters with no
punctuation inside, that ends in a place's level (县, 市, 区, 镇, 乡, 村, 城, 省, 州, 旗) and is longer than the
formula. A formula that fills its quotes (“共同富裕”), or stands in quoted speech (a clause, punctuation inside),
or in a quoted name that is no place's title (“乡村振兴杯”) keeps counting as the formula.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus_tools.slogans.core import SloganMention

__all__ = ["in_quoted_titles", "place_title", "titled_quotes", "within_titles"]

#: a quotation with no punctuation inside (the title's characters), in curly or corner quotes
_QUOTE_RE = re.compile(r"[“「『]([\u4e00-\u9fff0-9A-Za-z]{5,20})[”」』]")
#: the last character of a place's title: its level
_LEVELS = frozenset("县市区镇乡村城省州旗")
_TITLE_RE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{5,20}")
_OPENING = "“「『"
#: the shortest known form looked for inside a title (two characters match too much by chance)
_MIN_FORM = 3


def place_title(content: str) -> bool:
    """Whether a quotation's *content* has the shape of a place's title: 5 to 20 characters, no punctuation,
    ending in a place's level.

    Examples
    --------
    >>> place_title("四省边际共同富裕先行县"), place_title("要走共同富裕之路"), place_title("共同富裕")
    (True, False, False)
    """
    return bool(_TITLE_RE.fullmatch(content)) and content[-1] in _LEVELS


def titled_quotes(text: str, spans: "list[tuple[int, int]]", known: "dict[str, str] | set[str]") -> list[SloganMention]:
    """Marked mentions of the quotations ``text[start:end]`` of *spans* (the quote detector's rejected ones) that
    are titles of a place (:func:`place_title`) holding a known formula's form (a key of *known*) inside them.

    Examples
    --------
    >>> t = "打造“两山共同富裕先行县”，建设“美丽城区”"
    >>> [(m.text, m.source) for m in titled_quotes(t, [(3, 12), (16, 20)], {"共同富裕": "quoted"})]
    [('两山共同富裕先行县', 'marked')]
    """
    out = []
    for s, e in spans:
        content = text[s:e]
        if not place_title(content):
            continue
        held = next((k for k in known if _MIN_FORM <= len(k) < len(content) and k in content), None)
        if held is not None:
            out.append(SloganMention(content, "quoted", s, e, True, "", f"quoted title of a place holding {held}"))
    return out


def within_titles(text: str, hits: "list[tuple[int, int]]", start: int, end: int) -> bool:
    """Whether the known-formula mention ``[start, end)`` lies strictly inside one of the marked *hits* that is a
    quoted title of a place: the title is the mention, counted once.

    Examples
    --------
    >>> t = "打造“两山共同富裕先行县”"
    >>> within_titles(t, [(3, 12)], 5, 9), within_titles(t, [(3, 12)], 3, 12)
    (True, False)
    """
    return any(a <= start and end <= b and (a, b) != (start, end) and a > 0 and text[a - 1] in _OPENING
               and place_title(text[a:b]) for a, b in hits)


def in_quoted_titles(text: str, mentions: list[SloganMention]) -> list[SloganMention]:
    """*mentions* with each lexicon mention inside a quoted title of a place replaced by the title (see module).

    Parameters
    ----------
    text : str
        The searched text (the mentions' offsets are into it).
    mentions : list of SloganMention
        The marked and lexicon mentions of *text*.

    Returns
    -------
    list of SloganMention
        In the order given; a title holding several formulae appears once.

    Examples
    --------
    >>> from corpus_tools.slogans.formulae import find_formulae
    >>> t = "奋力打造“两山共同富裕先行县”，推进共同富裕。"
    >>> [(m.text, m.source) for m in in_quoted_titles(t, find_formulae(t))]
    [('两山共同富裕先行县', 'marked'), ('共同富裕', 'lexicon')]
    >>> t = "他说“要走共同富裕之路，”"
    >>> [(m.text, m.source) for m in in_quoted_titles(t, find_formulae(t))]
    [('共同富裕', 'lexicon')]
    """
    titles = [(m.start(1), m.end(1)) for m in _QUOTE_RE.finditer(text) if text[m.end(1) - 1] in _LEVELS]
    if not titles:
        return mentions
    out: list[SloganMention] = []
    taken: set[tuple[int, int]] = set()
    for m in mentions:
        span = next(((s, e) for s, e in titles if s <= m.start and m.end <= e and e - s > m.end - m.start), None)
        if span is None:
            out.append(m)
            continue
        if span in taken or any((x.start, x.end) == span for x in mentions if x.source != "lexicon"):
            continue  # the title is counted already (another formula in it, or the marked layer took it)
        taken.add(span)
        out.append(replace(m, text=text[span[0]:span[1]], start=span[0], end=span[1], quoted=True, kind="quoted",
                           source="marked", formula="", level="",
                           evidence=f"quoted title of a place holding the formula {m.formula or m.text}"))
    return out
