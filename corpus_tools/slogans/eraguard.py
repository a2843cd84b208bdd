"""The era guard's check of a user's years: a formula row dated after the corpus it is counted in (user26 F2)."""

from __future__ import annotations

import datetime as dt
import warnings

from corpus_tools.errors import user_stacklevel
from corpus_tools.slogans.firstuse import guard_year
from corpus_tools.slogans.formulae import YEAR_TOLERANCE, FormulaMatcher, load_formula_lexicon  # noqa: F401 (doctest)

__all__ = ["warn_years_after_corpus"]


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
