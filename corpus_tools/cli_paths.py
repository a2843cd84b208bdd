"""What the command line's PATH and --paper arguments name, for ``read_corpus``.

``corpus-tools report xianju/ pengxi/`` reads two folders into one corpus; ``trends`` takes
PATH(s) then terms; ``--paper`` names one paper for all pages or each folder's own; and
``--errors skip`` ends with a summary of the skipped files.
"""

from __future__ import annotations

import glob as _glob
import re
import warnings
from pathlib import Path
from typing import Sequence

__all__ = ["read_path", "paper_option", "split_paths_terms", "skipped_summary", "select_years"]


def read_path(paths: str | list[str], manifest: str | None = None) -> str | list[str]:
    """What ``read_corpus`` reads for the command line's PATH arguments: one path as it is; several
    folders as a list of folders (each with its own manifest.csv: two papers); several files as a
    list of files.

    Parameters
    ----------
    paths : str or list of str
        The PATH arguments.
    manifest : str or None, optional
        The ``--manifest`` option.

    Returns
    -------
    str or list of str
        The one path, or the list of folders or of files.

    Raises
    ------
    ValueError
        If several folders are given with ``--manifest``, a path does not exist, or folders and files
        are mixed.
    """
    if isinstance(paths, str) or len(paths) == 1:
        return paths if isinstance(paths, str) else paths[0]
    folders = [Path(p).is_dir() for p in paths]
    if all(folders) and manifest is not None:
        raise ValueError(f"--manifest {manifest} names one manifest; with several folders put a manifest.csv in "
                         "each folder (file,paper,date,...)")
    if all(folders) or not any(folders):
        for p in paths:
            if not Path(p).exists():
                raise ValueError(f"{p}: no such file or folder")
        return list(paths)
    raise ValueError(f"PATH values {list(paths)} mix folders and files; give several folders (one per paper, "
                     "each with its own manifest.csv) or several page files")


def paper_option(values: Sequence[str] | None, paths: str | Sequence[str]) -> str | dict[str, str] | None:
    """What ``read_corpus(paper=...)`` gets for the ``--paper`` options: one name for every page, or
    each folder's paper (``--paper 今日仙居=xianju/ --paper 蓬溪报=pengxi/``, the folder on either side
    of ``=``, or one bare ``--paper`` per folder in the folders' order).

    Parameters
    ----------
    values : sequence of str or None
        The ``--paper`` values (``NAME`` or ``NAME=FOLDER`` / ``FOLDER=NAME``).
    paths : str or sequence of str
        The PATH arguments.

    Returns
    -------
    str or dict of str to str or None
        None without ``--paper``; one name for every page (one bare value, or one folder); else each
        folder (as given in PATH) with its paper.

    Raises
    ------
    ValueError
        If the values do not fit the folders: a wrong count, bare and named values mixed, a folder
        not among the PATHs, a missing name, or a folder named twice.

    Examples
    --------
    >>> import os, tempfile; d = tempfile.mkdtemp(); a, b = os.path.join(d, "xianju"), os.path.join(d, "pengxi")
    >>> os.mkdir(a); os.mkdir(b)
    >>> paper_option(["今日仙居"], [a, b])
    '今日仙居'
    >>> list(paper_option(["今日仙居=" + a, b + "=蓬溪报"], [a, b]).values())
    ['今日仙居', '蓬溪报']
    >>> list(paper_option(["今日仙居", "蓬溪报"], [a, b]).values())
    ['今日仙居', '蓬溪报']
    """
    if not values:
        return None
    paths = [paths] if isinstance(paths, str) else list(paths)
    folders = [p for p in paths if Path(p).is_dir()]
    bare = ["=" not in v for v in values]
    if all(bare):
        if len(values) == 1:
            return values[0]
        if len(values) == len(paths) == len(folders):
            return dict(zip(paths, values))
        raise ValueError(f"--paper is given {len(values)} times ({', '.join(values)}) for {len(folders)} folder(s) "
                         f"among the PATH(s) {paths}: give one --paper for all pages, one per folder in the order "
                         "of the folders, or name each folder's paper: --paper 今日仙居=xianju/ --paper 蓬溪报=pengxi/")
    if any(bare):
        raise ValueError(f"--paper values {list(values)} mix NAME and NAME=FOLDER; name every folder's paper "
                         "(--paper 今日仙居=xianju/ --paper 蓬溪报=pengxi/) or give bare names only")
    given = {Path(p).resolve(): p for p in folders}
    out: dict[str, str] = {}
    for value in values:
        left, right = (x.strip() for x in value.split("=", 1))
        side = [(given.get(Path(f).resolve()), n) for f, n in ((right, left), (left, right)) if f]
        folder, name = next(((f, n) for f, n in side if f is not None), (None, None))
        if folder is None:
            raise ValueError(f"--paper {value}: neither side of '=' is one of the PATH folders {folders}; write "
                             "--paper NAME=FOLDER with FOLDER as given in PATH (e.g. --paper 今日仙居=xianju/)")
        if not name:
            raise ValueError(f"--paper {value}: no paper name beside the folder; write e.g. --paper 今日仙居=xianju/")
        if folder in out:
            raise ValueError(f"--paper names the paper of {folder} twice ({out[folder]}, {name}); give it once")
        out[folder] = name
    if len(paths) == 1:   # one folder: its paper is the pages' paper
        return out[paths[0]]
    return out


def split_paths_terms(items: Sequence[str], *, need_terms: bool = True) -> tuple[list[str], list[str]]:
    """``trends PATH [PATH ...] TERM [TERM ...]``: the leading items that exist on disk (or are globs
    matching a file) are paths, the rest terms.

    Parameters
    ----------
    items : sequence of str
        The positional arguments; the first is always a path.
    need_terms : bool
        False when the terms may come from elsewhere (``trends --terms a,b``, as ``report --terms``).

    Returns
    -------
    tuple of (list of str, list of str)
        The paths and the terms.

    Raises
    ------
    ValueError
        If no term follows the paths, or a term is written as a path (a ``/``, or a page file's
        suffix) that does not exist: a mistyped folder would otherwise be counted as a term and its
        pages silently left out.

    Examples
    --------
    >>> split_paths_terms([".", "乡村振兴", "古城"])
    (['.'], ['乡村振兴', '古城'])
    >>> split_paths_terms([".", "taihi/", "招商引资"])
    Traceback (most recent call last):
    ...
    ValueError: trends: 'taihi/' is written as a path but no such folder or file exists, so it would be counted as a term; check its name (the paths must come before the terms)
    """
    paths: list[str] = []
    for item in items:
        if paths and not (Path(item).exists() or (any(ch in item for ch in "*?[") and _glob.glob(item))):
            break
        paths.append(item)
    terms = list(items[len(paths):])
    if not terms and need_terms:
        raise ValueError(f"trends needs at least one term after the path(s); got only paths {paths}: give e.g. "
                         "`corpus-tools trends pages/ 乡村振兴 共同富裕`")
    for term in terms:
        if _PATH_LIKE_RE.search(term):
            raise ValueError(f"trends: {term!r} is written as a path but no such folder or file exists, so it "
                             "would be counted as a term; check its name (the paths must come before the terms)")
    return paths, terms


#: a term written as a path: a folder separator, or a page file's suffix
_PATH_LIKE_RE = re.compile(r"[/\\]|\.(?:txt|pdf|csv|json|jsonl|parquet)$", re.IGNORECASE)


def skipped_summary(messages: Sequence[str], n_read: int) -> str:
    """The line ``--errors skip`` ends the reading with: how many files were skipped, and which.

    Parameters
    ----------
    messages : sequence of str
        The read errors, each ``"PATH: reason"``.
    n_read : int
        How many pages were read.

    Returns
    -------
    str
        One line naming at most twenty skipped files.

    Examples
    --------
    >>> print(skipped_summary(["/p/a.txt: not a text file: it contains a NUL byte", "/p/b.txt: cannot decode"], 398))
    corpus-tools: skipped 2 file(s) that could not be read (398 page(s) read): a.txt, b.txt
    """
    names = [Path(m.split(": ", 1)[0]).name for m in messages]
    shown = ", ".join(names[:20]) + (f", … and {len(names) - 20} more" if len(names) > 20 else "")
    return f"corpus-tools: skipped {len(names)} file(s) that could not be read ({n_read} page(s) read): {shown}"


def select_years(corpus, years: str):
    """The issues of *corpus* dated in the years ``--years`` names (``2003-2009``, ``2010``).

    Parameters
    ----------
    corpus : Corpus
        The corpus read.
    years : str
        ``FROM-TO`` or one year.

    Returns
    -------
    Corpus
        The issues dated in those years.

    Raises
    ------
    ValueError
        A malformed range, or one without pages (naming the years the corpus has pages of).

    Examples
    --------
    >>> import pandas as pd
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"text": ["标题\\n本报讯 一。", "标题\\n本报讯 二。"], "date": ["2003-05-01", "2009-05-01"]}))
    >>> len(select_years(c, "2003-2005"))
    1
    """
    from corpus_tools.dates import years_present

    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–~]\s*(\d{4})\s*)?", years or "")
    if not m:
        raise ValueError(f"--years {years!r} is invalid; give FROM-TO or one year, e.g. --years 2003-2009")
    lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
    if lo > hi:
        raise ValueError(f"--years {years!r}: {lo} is after {hi}")
    with warnings.catch_warnings():   # an empty pick is said below, as an error naming the option
        warnings.simplefilter("ignore")
        kept = corpus.between(f"{lo}-01-01", f"{hi}-12-31")
    if not len(kept):
        raise ValueError(f"--years {years}: no issue is dated {lo}" + (f"–{hi}" if hi != lo else "")
                         + f"; the corpus has {years_present(i.date for i in corpus.issues)}")
    return kept
