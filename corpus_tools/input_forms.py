"""What a path given as pages holds when it is no page: a corpus saved by ``Corpus.save`` / ``corpus-tools save``,
or a table (CSV, Excel, Parquet, JSON).

``read_corpus("out/store")`` of a saved corpus would find no page file and stop with "no files matching
'*.txt'"; ``read_corpus("articles.csv")`` would read a table of articles as ONE undated page of text (user37b F6).
:func:`is_saved_corpus` tells a saved corpus (the command line then loads it, as :func:`~corpus_tools.loaders.load_corpus`
does); :func:`check_page_path` raises, before anything is read, with the way to read what the path holds.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["TABLE_SUFFIXES", "is_saved_corpus", "saved_corpus", "check_page_path"]

#: File suffixes of tables, which are never pages.
TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xls", ".parquet", ".json", ".jsonl")


def is_saved_corpus(path: Any) -> bool:
    """Whether *path* is a folder written by :meth:`Corpus.save <corpus_tools.corpus.Corpus.save>` (its
    ``manifest.json`` beside its tables).

    Examples
    --------
    >>> import tempfile
    >>> from corpus_tools import load_seeds
    >>> folder = Path(tempfile.mkdtemp()) / "saved"
    >>> _ = load_seeds().save(folder, tables=("articles", "issues", "blocks"), progress=False)
    >>> is_saved_corpus(folder), is_saved_corpus(folder.parent), is_saved_corpus(["a", "b"])
    (True, False, False)
    """
    from corpus_tools.store.manifest import MANIFEST

    if not isinstance(path, (str, os.PathLike)):
        return False
    p = Path(path)
    return p.is_dir() and (p / MANIFEST).is_file()


def check_page_path(path: Any) -> None:
    """Raise ``ValueError`` when *path* (as given to ``read_corpus``) is a saved corpus or a table, saying how to
    read it; nothing for anything else.

    Examples
    --------
    >>> check_page_path("pages/")
    >>> check_page_path("out/articles.csv")
    Traceback (most recent call last):
    ...
    ValueError: out/articles.csv is a table (.csv), not a page file: read_corpus would make ONE undated page of all its text. A table of articles (issue_id, title, body, date … as Corpus.articles_frame writes) is read with ct.Corpus.from_articles(pandas.read_csv('out/articles.csv')) (byline and captions as lists of str); a table of page texts (a 'text' column) with ct.read_corpus(pandas.read_csv('out/articles.csv')); a manifest (file, date, paper …) goes with the folder of pages: read_corpus(folder, manifest='out/articles.csv') (command line: PATH --manifest out/articles.csv)
    """
    if isinstance(path, (list, tuple)):
        for p in path:
            check_page_path(p)
        return
    if not isinstance(path, (str, os.PathLike)):
        return
    p = Path(path)
    if is_saved_corpus(p):
        raise ValueError(f"{p} is a corpus saved by Corpus.save (corpus-tools save): read it back with "
                         f"ct.load_corpus({str(p)!r}) (the command line reads such a folder itself: "
                         f"corpus-tools entities {p})")
    if p.suffix.lower() in TABLE_SUFFIXES and not p.is_dir():
        name = str(p)
        raise ValueError(f"{name} is a table ({p.suffix.lower()}), not a page file: read_corpus would make ONE "
                         "undated page of all its text. A table of articles (issue_id, title, body, date … as "
                         "Corpus.articles_frame writes) is read with ct.Corpus.from_articles(pandas.read_csv("
                         f"{name!r})) (byline and captions as lists of str); a table of page texts (a 'text' column) with ct.read_corpus(pandas.read_csv("
                         f"{name!r})); a manifest (file, date, paper …) goes with the folder of pages: "
                         f"read_corpus(folder, manifest={name!r}) (command line: PATH --manifest {name})")


def saved_corpus(path: str | os.PathLike, *, county: str | int | None = None) -> Any:
    """The corpus saved in *path* (:meth:`Corpus.load <corpus_tools.corpus.Corpus.load>`), its county assigned as
    ``read_corpus(county=...)`` would (the command line's ``--county``).

    Parameters
    ----------
    path : str or PathLike
        A folder written by ``Corpus.save`` / ``corpus-tools save``.
    county : str, int or None
        As ``read_corpus(county=...)``; None keeps the saved metadata.

    Returns
    -------
    Corpus
    """
    from corpus_tools.corpus import Corpus

    corpus = Corpus.load(path)
    if county is None:
        return corpus
    from corpus_tools.county_tables import assign_counties

    return assign_counties(corpus, county)
