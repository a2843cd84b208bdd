"""The era guard's check of a user's years: a formula row dated after the corpus it is counted in (user26 F2)."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any, Mapping, Sequence

from corpus_tools.errors import user_stacklevel
from corpus_tools.slogans.firstuse import guard_year
from corpus_tools.slogans.formulae import YEAR_TOLERANCE, FormulaMatcher, load_formula_lexicon  # noqa: F401 (doctest)

__all__ = ["warn_years_after_corpus", "warn_printed_before_year"]


def warn_years_after_corpus(matcher: FormulaMatcher, last: "dt.date | None") -> list[str]:
    """Warn about each user row (one read from a file or given as ``extra``) whose ``year`` lies more than
    :data:`YEAR_TOLERANCE` years after the corpus's last page: the era guard then drops every unquoted
    mention of it unless the paper marks it as its own slogan, and a row whose mentions are all unquoted
    vanishes from the tables (user26 F2).

    Parameters
    ----------
    matcher : FormulaMatcher
        The formula matcher of the tables.
    last : datetime.date or None
        The date of the corpus's last dated page (None: no warning).

    Returns
    -------
    list of str
        The texts warned about.

    Examples
    --------
    >>> lex = load_formula_lexicon(extra=[{"text": "五个射阳", "kind": "numbered", "year": 2023}])
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     warn_years_after_corpus(FormulaMatcher.build(lex), dt.date(2020, 12, 31))
    ['五个射阳']
    >>> "extra entry 0" in str(w[0].message)
    True
    """
    if last is None:
        return []
    out = []
    for row in matcher.entries.values():
        year, text = guard_year(row), str(row["text"])
        where = matcher.origin.get(text)
        if where is None or year is None or year - YEAR_TOLERANCE <= last.year:
            continue
        out.append(text)
        warnings.warn(f"{where}: year = {year} of {text!r} is later than the corpus's last page "
                      f"({last.isoformat()}); its unquoted mentions are left out (the era guard) unless the "
                      f"paper quotes it as its own slogan; correct or clear the year", UserWarning,
                      stacklevel=user_stacklevel())
    return out


def warn_printed_before_year(mentions: "Mapping[str, Sequence[Mapping[str, Any]]]", matcher: FormulaMatcher
                             ) -> dict[str, int]:
    """Warn about each user row counted both on pages dated more than :data:`YEAR_TOLERANCE` years before its year
    and in its era: the
    era guard lets those mentions through because the paper quotes them (its own slogan of that name), but they may
    be a different, older formula of the same name (两个确保 of 1998, laid-off workers, and Henan's of 2021), which
    the row then silently adds to its own (user32 F2).

    Parameters
    ----------
    mentions : mapping of str to sequence of dict
        Row key -> its counted mentions (``_date`` and ``issue_id`` read).
    matcher : FormulaMatcher
        The formula matcher of the tables (its ``origin`` names the user's rows).

    Returns
    -------
    dict of str to int
        Row text -> its mentions printed before its year, for the rows warned about.

    Examples
    --------
    >>> lex = load_formula_lexicon(extra=[{"text": "五个射阳", "kind": "numbered", "year": 2023}])
    >>> m = FormulaMatcher.build(lex)
    >>> rows = [{"_date": dt.date(2001, 5, 1), "issue_id": "a"}, {"_date": dt.date(2023, 5, 1), "issue_id": "b"}]
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     warn_printed_before_year({"五个射阳": rows}, m)
    {'五个射阳': 1}
    >>> "printed 1 times in 1 issues 2001" in str(w[0].message)
    True
    """
    out = {}
    for key, ms in mentions.items():
        row = matcher.entries.get(key)
        if row is None or str(row["text"]) not in matcher.origin:
            continue
        year = guard_year(row)
        early = [m for m in ms if year is not None and m["_date"] is not None
                 and m["_date"].year < year - YEAR_TOLERANCE]
        if not early or len(early) == len(ms):
            continue        # all before its year: the row is no merger of two eras (warn_years_after_corpus)
        text = str(row["text"])
        out[text] = len(early)
        first, last = min(m["_date"].year for m in early), max(m["_date"].year for m in early)
        issues = len({m["issue_id"] for m in early})
        warnings.warn(f"{matcher.origin[text]}: {text!r} ({year}) is printed {len(early)} times in {issues} issues "
                      f"{first}–{last}, before its year, and counted as the paper's own slogan (quoted); a different "
                      f"formula of the same name? give the row first_use = {first} if it is the same, or count the "
                      f"eras apart (extract_slogans(corpus.filter(date=lambda d: d and d.year < …)) for each era)", UserWarning,
                      stacklevel=user_stacklevel())
    return out
