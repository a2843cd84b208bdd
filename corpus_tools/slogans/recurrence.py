"""Recurrence tables of unquoted series in People's Daily 2019-2020, shipped as data: how many days the
paper prints an even series (in any order) or a compact parallel series. :mod:`corpus_tools.slogans.series`
keeps an unframed series as a formula when it recurs on enough days."""
from __future__ import annotations

import functools
from importlib import resources

__all__ = ["RECURRENCE_MIN_DAYS", "SERIES_MIN_DAYS", "QUOTED_MIN_DAYS", "compact_recurrence", "series_recurrence"]


#: An unframed compact series (生产生活生态) is a formula when People's Daily 2019-2020 prints it on at
#: least this many days (``data/compact_recurrence.tsv``); chosen by leave-one-report-out on the dev
#: tuning part and seed pages (``benchmarks/slogans.py --loo``).
RECURRENCE_MIN_DAYS = 2


#: An unframed even series is a formula when People's Daily 2019-2020 prints its items as a series (in
#: any order) on at least this many days (``data/series_recurrence.tsv``).
SERIES_MIN_DAYS = 2


#: A quoted counting phrase whose form looks like a venue's name (五美乡村: one number, a venue head) is a
#: formula when the user's corpus quotes it on at least this many different days
#: (:func:`corpus_tools.slogans.detect.recurring_numbered`): the corpus-level counterpart of the tables above.
QUOTED_MIN_DAYS = 2


def _days_table(name: str) -> dict[str, int]:
    """The ``key<TAB>days`` rows of a shipped recurrence table (``#`` comments and a header first)."""
    text = resources.files("corpus_tools").joinpath("data", name).read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    return {r[0]: int(r[1]) for r in rows[1:]}


@functools.lru_cache(maxsize=1)
def series_recurrence() -> dict[str, int]:
    """:func:`series_key` of even series -> days People's Daily 2019-2020 prints them (>= 2), from the
    shipped table built by ``training/slogans/series_recurrence.py``.

    Returns
    -------
    dict of str to int
        Each series key with the number of days it is printed.
    """
    return _days_table("series_recurrence.tsv")


@functools.lru_cache(maxsize=1)
def compact_recurrence() -> dict[str, int]:
    """Compact parallel series -> days People's Daily 2019-2020 prints them (>= 2), from the
    shipped table built by ``training/slogans/compact_recurrence.py``.

    Returns
    -------
    dict of str to int
        Each compact series with the number of days it is printed.
    """
    return _days_table("compact_recurrence.tsv")
