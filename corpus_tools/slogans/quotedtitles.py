"""A county's quoted title of itself that holds a known formula is a marked slogan (user37b F3).

Counties print their own positioning titles in quotation marks, and such a title often holds a national formula
as one of its words: “四省边际共同富裕先行县”, “山海协作乡村振兴示范县”. The quote detector rejected them (a place's
name, no label frame), so the county's own slogan was lost while the lexicon layer still counted the formula
inside it. A quoted title here is a quotation of 5 to 20 characters with no punctuation inside that ends in a
place's level (县, 市, 区, 镇, 乡, 村, 城, 省, 州, 旗), is longer than the formula it holds, and is not a rating the place
is given (被评为“X示范县”, 荣获“X示范村”称号: a title awarded, no slogan; the lexicon's ``formula_zone`` veto).

Counting: the formula inside the title keeps its own mention, as the GUIDE lists nested formulae apart and as
the lexicon's pilot zones already do (“共同富裕示范区” is marked and 共同富裕 counted in it; ``docs/slogans.md``,
"Formulae inside longer formulae").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from corpus_tools.slogans.core import SloganMention

__all__ = ["place_title", "titled_quotes"]

#: a title's characters: no punctuation inside
_TITLE_RE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{5,20}")
#: the last character of a place's title: its level
_LEVELS = frozenset("县市区镇乡村城省州旗")
#: words before a quotation that make it a rating the place is given
_RATING_BEFORE = ("评为", "评选为", "命名为", "授予", "荣获", "获评", "获得", "入选", "列为", "确定为", "认定为", "创成")
#: words after a quotation that make it a rating (…称号, …荣誉)
_RATING_AFTER = ("称号", "荣誉", "名单")
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


def titled_quotes(text: str, spans: "list[tuple[int, int]]", known: Collection[str]) -> list[SloganMention]:
    """Marked mentions of the quotations ``text[start:end]`` of *spans* (the quote detector's rejected ones) that
    are titles of a place (:func:`place_title`) holding a known formula's form (a key of *known*), and no rating.

    Parameters
    ----------
    text : str
        The searched text.
    spans : list of (int, int)
        The quotations' contents (inside the marks).
    known : collection of str
        The known formulae's forms (keys).

    Returns
    -------
    list of SloganMention

    Examples
    --------
    >>> t = "打造“两山共同富裕先行县”，建设“美丽城区”，被评为“共同富裕示范县”"
    >>> [(m.text, m.source) for m in titled_quotes(t, [(3, 12), (16, 20), (27, 34)], {"共同富裕": "quoted"})]
    [('两山共同富裕先行县', 'marked')]
    """
    out = []
    for s, e in spans:
        content = text[s:e]
        if not place_title(content):
            continue
        if text[max(0, s - 6):s - 1].endswith(_RATING_BEFORE) or text.startswith(_RATING_AFTER, e + 1):
            continue
        held = next((k for k in known if _MIN_FORM <= len(k) < len(content) and k in content), None)
        if held is not None:
            out.append(SloganMention(content, "quoted", s, e, True, "", f"quoted title of a place holding {held}"))
    return out
