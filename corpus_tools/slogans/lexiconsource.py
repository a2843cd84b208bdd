"""Where a known formula's lexicon row comes from: the shipped lexicon or the user's file (user32 F15).

A user who extends the formula lexicon (``load_formula_lexicon(extra="my_formulae.tsv")``) gets one table in
which her unreviewed rows and the library's curated ones look alike. :func:`lexicon_sources` tells them
apart for the ``lexicon_source`` column of :func:`~corpus_tools.slogans.extract_slogans`: ``shipped``,
the name of the user's file (or ``extra`` for entries given as a table or dicts), or
``shipped+<file>`` for a shipped row the user's file corrects; empty for a slogan no lexicon row
gives (source ``marked``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import PurePath
from typing import Any, Iterable

import pandas as pd

__all__ = ["lexicon_sources", "shipped_formula_texts", "SHIPPED"]

#: The ``lexicon_source`` of a row of the shipped formula lexicon.
SHIPPED = "shipped"


@lru_cache(maxsize=1)
def shipped_formula_texts() -> frozenset[str]:
    """The ``text`` of every row of the shipped formula lexicon (read once a session: the file ships with
    the package).

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> "乡村振兴" in shipped_formula_texts()
    True
    """
    from corpus_tools.slogans.formulae import load_formula_lexicon

    return frozenset(load_formula_lexicon()["text"])


def _origin_name(place: str) -> str:
    """``my_formulae.tsv`` of ``/home/me/my_formulae.tsv, line 9``; ``extra`` of ``extra entry 3``."""
    if place.startswith("extra entry"):
        return "extra"
    return PurePath(place.rsplit(", line ", 1)[0]).name


def lexicon_sources(texts: Iterable[Any], sources: Iterable[Any], formulae: "pd.DataFrame | None | bool") -> list[str]:
    """The ``lexicon_source`` of each row of a slogan table.

    Parameters
    ----------
    texts : iterable
        The rows' ``text`` (a known formula's lexicon text).
    sources : iterable
        The rows' ``source`` (``marked``, ``lexicon`` or ``both``).
    formulae : DataFrame, None or False
        The formula lexicon the table was made with (None: the shipped one; False: none). Its
        ``attrs["origin"]`` (set by :func:`~corpus_tools.slogans.formulae.load_formula_lexicon`) names the
        user's rows.

    Returns
    -------
    list of str
        ``shipped``, the user's file name (``extra`` for entries given as dicts or a table),
        ``shipped+<file>`` for a shipped row the file corrects, or ``""`` for a ``marked`` row (a row of a
        table built by hand, which names no file, is ``extra`` unless the shipped lexicon has its text).

    Examples
    --------
    >>> from corpus_tools.slogans.formulae import load_formula_lexicon
    >>> mine = load_formula_lexicon(extra=[{"text": "五个射阳", "year": 2023}, {"text": "乡村振兴", "level": "national"}])
    >>> lexicon_sources(["五个射阳", "乡村振兴", "共同富裕", "两学五抓"], ["lexicon", "both", "lexicon", "marked"], mine)
    ['extra', 'shipped+extra', 'shipped', '']
    """
    origin: dict[str, str] = {}
    if isinstance(formulae, pd.DataFrame):
        origin = dict(formulae.attrs.get("origin", {}))
    shipped = shipped_formula_texts() if formulae is not False else frozenset()
    out = []
    for text, source in zip(texts, sources):
        if source == "marked" or formulae is False:
            out.append("")
            continue
        text = str(text)
        user = _origin_name(origin[text]) if text in origin else ""
        if user and text in shipped:
            out.append(f"{SHIPPED}+{user}")
        else:
            out.append(user or (SHIPPED if text in shipped else "extra"))  # a table built by hand: no origin
    return out
