"""Unquoted printings of a known parallel formula whose items share a morpheme: marked by their own frame.

:func:`unquoted_known_series`: a form of a known formula of kind ``parallel`` (the lexicon of
``data/formulae.tsv``) printed without quotation marks, three or more items set off by 、, every item holding one
character in the same place (学纪、知纪、明纪、守纪; 保增长、保民生、保稳定). That is the guide's test 2b for an unquoted
series (a repeated morpheme in the same slot, presented as a requirement), the lexicon vouching for the requirement:
an official formula is one by definition. The series finder may miss such a run when its items have two characters
(人力、物力、财力 are plain words, so it does not form them) or when no frame stands next to it (围绕保增长、保民生、
保稳定大局). On the open page sets the six unquoted printings of such forms are all gold items (four writers:
pages24, pages25, pages27, pages28, pages31 ×2); unquoted formulae without a shared slot (全面、协调、可持续 of 科学发展观,
two writers, no gold item) and those holding quoted parts (增强“四个意识”、坚定“四个自信”… whose counted parts the
writers list instead) are not taken. A form dated later than the page (the era guard's year) is not taken either.

A form of paired items, its groups set off by ， (讲政治、有信念，讲规矩、有纪律，讲道德、有品行，讲奉献、有作为: the 四讲四有 of
2016), is taken when every group holds as many items and the items in each place share a slot across the groups
(:func:`grouped_slots`): pages36o lists it unquoted; a pair of unlike halves (守初心、担使命，找差距、抓落实) is not.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping

from corpus_tools.slogans.core import SloganMention, is_cjk, slogan_key

__all__ = ["unquoted_known_series", "shared_slot", "grouped_slots"]


def shared_slot(items: list[str]) -> bool:
    """Whether all *items* (of one length) hold one character in the same place.

    Parameters
    ----------
    items : list of str
        The items of a series.

    Returns
    -------
    bool
        True when the items have one length and agree in at least one place.

    Examples
    --------
    >>> shared_slot(["学纪", "知纪", "明纪", "守纪"]), shared_slot(["全面", "协调", "可持续"])
    (True, False)
    """
    if len({len(it) for it in items}) != 1:
        return False
    return any(len({it[k] for it in items}) == 1 for k in range(len(items[0])))


def grouped_slots(key: str) -> bool:
    """Whether the normalised formula *key* is groups of like items: ``,`` between groups, ``、`` inside them.

    Parameters
    ----------
    key : str
        A formula key (:func:`~corpus_tools.slogans.core.slogan_key`: ， printed as ``,``).

    Returns
    -------
    bool
        True when there are two or more groups of one size, three or more items in all, every item Chinese, and
        the items in each place of a group share a slot across the groups.

    Examples
    --------
    >>> grouped_slots("讲政治、有信念,讲规矩、有纪律,讲道德、有品行,讲奉献、有作为")
    True
    >>> grouped_slots("守初心、担使命,找差距、抓落实"), grouped_slots("学纪、知纪、明纪、守纪")
    (False, False)
    """
    groups = [g.split("、") for g in key.split(",")]
    if len(groups) < 2 or len({len(g) for g in groups}) != 1:
        return False
    items = [it for g in groups for it in g]
    if len(items) < 3 or not all(is_cjk(it) for it in items):
        return False
    return all(shared_slot([g[j] for g in groups]) for j in range(len(groups[0])))


@lru_cache(maxsize=4096)   # the lexicon's keys (a few hundred) and a user's extras
def _series_shape(key: str) -> bool:
    """Whether the known key is a series :func:`unquoted_known_series` looks for: three or more Chinese items sharing
    a slot, or groups of like items (:func:`grouped_slots`). Once per key, not once per paragraph."""
    if "、" not in key:
        return False
    if "," in key:
        return grouped_slots(key)
    items = key.split("、")
    return len(items) >= 3 and all(is_cjk(it) for it in items) and shared_slot(items)


def unquoted_known_series(text: str, known: Mapping[str, str], years: Mapping[str, int], year: int | None,
                          taken: Iterable[tuple[int, int]], tolerance: int = 1) -> list[SloganMention]:
    """The unquoted printings in *text* of known parallel formulae of three or more items sharing a slot.

    Parameters
    ----------
    text : str
        The paragraph.
    known : mapping of str to str
        Known-formula keys and their kinds (:attr:`~corpus_tools.slogans.lexicon.Lexicon.known`).
    years : mapping of str to int
        The era guard's year of each key (:attr:`~corpus_tools.slogans.lexicon.Lexicon.years`).
    year : int or None
        The page's year (None: unknown, every form is taken).
    taken : iterable of (int, int)
        Spans already found or quoted: a printing overlapping one is left out.
    tolerance : int, optional
        Years a form may be printed before its year (the era guard's tolerance).

    Returns
    -------
    list of SloganMention
        ``parallel`` mentions, ``quoted=False``, evidence ``"known formula, unquoted"``.

    Examples
    --------
    >>> t = "县纪委作专题辅导，引导党员干部学纪、知纪、明纪、守纪。"
    >>> [m.text for m in unquoted_known_series(t, {"学纪、知纪、明纪、守纪": "parallel"}, {}, 2024, [])]
    ['学纪、知纪、明纪、守纪']
    >>> unquoted_known_series(t, {"学纪、知纪、明纪、守纪": "parallel"}, {"学纪、知纪、明纪、守纪": 2024}, 2010, [])
    []
    """
    spans = list(taken)
    out: list[SloganMention] = []
    for key, kind in known.items():
        if kind != "parallel" or not _series_shape(key):
            continue
        if year is not None and years.get(key, year) > year + tolerance:
            continue
        for form in dict.fromkeys((key, key.replace(",", "，"))):
            start = text.find(form)
            while start >= 0:
                end = start + len(form)
                quoted = text[start - 1:start] in "“‘「" or text[end:end + 1] in "”’」"
                if not quoted and not any(a < end and start < b for a, b in spans):
                    out.append(SloganMention(form, "parallel", start, end, False, "", "known formula, unquoted"))
                    spans.append((start, end))
                start = text.find(form, end)
    return out
