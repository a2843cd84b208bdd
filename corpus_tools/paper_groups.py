"""A corpus of several papers taken apart by paper: the grouping the report's comparison and the
command line's ``--by-paper`` share.

Each issue's paper is the one the issue table names (the manifest's, the user's or the masthead's:
:func:`corpus_tools.papers.issue_papers`). :func:`split_by_paper` gives one sub-corpus per paper,
:func:`per_paper` runs an analysis on each and stacks the tables with a ``paper`` column in front,
and :func:`keyness_by_paper` gives the words each paper uses more than the others.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Callable

import pandas as pd

from corpus_tools.errors import user_stacklevel
from corpus_tools.keywords import KEYNESS_MAX_P, keyness

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["issue_paper_names", "split_by_paper", "PaperSplit", "UNNAMED_ADVICE", "named_papers", "per_paper", "keyness_by_paper", "KEYNESS_BY_PAPER_COLUMNS"]

#: Columns of :func:`keyness_by_paper`.
KEYNESS_BY_PAPER_COLUMNS = ["paper", "rank", "term", "freq_paper", "freq_others", "g2", "p", "log_ratio"]


def issue_paper_names(corpus: "Corpus", *, issues: pd.DataFrame | None = None) -> pd.Series:
    """Issue id -> paper, as the issue table names it (the manifest's, the user's or the masthead's).

    Parameters
    ----------
    corpus : Corpus
        As returned by :func:`corpus_tools.read_corpus`.
    issues : DataFrame, optional, keyword-only
        The corpus's issue table, already made (:meth:`Corpus.issues_frame
        <corpus_tools.corpus.Corpus.issues_frame>` or :func:`corpus_tools.papers.issue_papers`:
        columns ``issue_id`` and ``paper``), so that a caller that holds it does not read every
        masthead again; default: read them now.

    Returns
    -------
    Series
        Indexed by issue id; None/NaN for an issue whose paper is unknown.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "paper": ["蓬溪报", " "], "text": ["鸣凤镇", "天福镇"]}))
    >>> issue_paper_names(c).tolist()
    ['蓬溪报', None]
    >>> issue_paper_names(c, issues=c.issues_frame(infer_county=False)).tolist()
    ['蓬溪报', None]
    """
    if issues is None:
        from corpus_tools.papers import issue_papers

        issues = issue_papers(corpus)
    papers = issues.set_index("issue_id")["paper"].astype(object)
    return papers.where(papers.notna() & (papers.astype(str).str.strip() != ""), None)


def split_by_paper(corpus: "Corpus", papers: pd.Series | None = None, *, warn: bool = True) -> dict[str, "Corpus"]:
    """One sub-corpus per paper, papers in the order the corpus first names them.

    Parameters
    ----------
    corpus : Corpus
        As returned by :func:`corpus_tools.read_corpus`.
    papers : Series, optional
        Issue id -> paper (default :func:`issue_paper_names`); issues without a paper are in no
        sub-corpus: a warning says how many.
    warn : bool, default True, keyword-only
        False when the caller tells the user itself (the report's note); :func:`keyness_by_paper` then
        does not warn either.

    Returns
    -------
    dict of str to Corpus
        A :class:`PaperSplit`: its ``unnamed`` lists the ids of the issues left out.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"issue_id": ["a", "b", "c"], "paper": ["今日仙居", "蓬溪报", "今日仙居"],
    ...                               "text": ["田市镇绿道建成", "鸣凤镇柚子丰收", "横溪镇修路"]}))
    >>> {p: [i.id for i in sub] for p, sub in split_by_paper(c).items()}
    {'今日仙居': ['a', 'c'], '蓬溪报': ['b']}
    """
    papers = issue_paper_names(corpus) if papers is None else papers
    subs = _split(corpus, papers)
    if subs.unnamed and warn:
        _warn_unnamed(subs.unnamed, "the split by paper")
    subs.told = bool(subs.unnamed)
    return subs


class PaperSplit(dict):
    """Paper -> sub-corpus (:func:`split_by_paper`), with ``unnamed``: the ids of the issues that name no
    paper and are in no sub-corpus, and ``told``: whether the user was told (a warning or the caller's note);
    :func:`keyness_by_paper` warns about them when not."""

    unnamed: list
    told: bool


def _split(corpus: "Corpus", papers: pd.Series) -> PaperSplit:
    names = list(dict.fromkeys(papers.dropna()))
    out = PaperSplit({p: corpus.filter(issue_id=set(papers.index[papers == p])) for p in names})
    out.unnamed = list(papers.index[papers.isna()])
    out.told = False
    return out


#: What a user can do about issues that name no paper (the warnings of this module and the CLI's).
UNNAMED_ADVICE = ("name the paper in each file name before the date (营山报_2011-05-06_p2.txt), give "
                  "read_corpus(..., paper={file: paper}) or a callable path -> paper, a manifest column 'paper', "
                  "or one folder per paper (--paper NAME=FOLDER); a bare --paper NAME names EVERY page that paper")


def _warn_unnamed(unnamed: list, what: str) -> None:
    warnings.warn(f"{len(unnamed)} issue(s) name no paper and are left out of {what} "
                  f"({', '.join(map(str, unnamed[:5]))}{' …' if len(unnamed) > 5 else ''}); {UNNAMED_ADVICE}",
                  UserWarning, stacklevel=user_stacklevel())


def named_papers(corpus: "Corpus", *, what: str = "the analysis") -> dict[str, "Corpus"]:
    """:func:`split_by_paper` for an analysis by paper: an error when no issue names a paper, a
    warning naming the issues that name none (they are left out).

    Parameters
    ----------
    corpus : Corpus
        The corpus to split.
    what : str, optional
        The analysis, as the error and the warning name it (``"trends"``). The warning names the
        first line outside corpus_tools (:func:`corpus_tools.errors.user_stacklevel`).

    Returns
    -------
    dict of str to Corpus
        Each named paper with the sub-corpus of its issues.

    Raises
    ------
    ValueError
        If no issue names a paper.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"issue_id": ["a"], "text": ["田市镇绿道建成"]}))
    >>> named_papers(c, what="trends")
    Traceback (most recent call last):
    ...
    ValueError: trends by paper needs the issues' papers, and none of the 1 issue(s) names one (no manifest column 'paper', no masthead or file name read): give it with --paper NAME=FOLDER (corpus-tools) or read_corpus(..., paper=...)
    """
    papers = issue_paper_names(corpus)
    subs = _split(corpus, papers)
    if not subs:
        raise ValueError(f"{what} by paper needs the issues' papers, and none of the {len(corpus)} issue(s) names "
                         "one (no manifest column 'paper', no masthead or file name read): give it with --paper "
                         "NAME=FOLDER (corpus-tools) or read_corpus(..., paper=...)")
    if subs.unnamed:
        _warn_unnamed(subs.unnamed, f"{what} by paper")
    subs.told = True
    return subs


def per_paper(corpus: "Corpus", analysis: Callable[["Corpus"], pd.DataFrame], *,
              what: str = "the analysis") -> pd.DataFrame:
    """*analysis* run on each paper's issues, the tables stacked with a ``paper`` column in front.

    Parameters
    ----------
    corpus : Corpus
        As returned by :func:`corpus_tools.read_corpus`.
    analysis : callable
        Corpus -> DataFrame (``lambda sub: ct.extract_slogans(sub)``). Its index is kept: a named
        index (the period of :func:`~corpus_tools.trends.keyword_trends`) becomes the second level
        of a ``(paper, period)`` index; an unnamed one is renumbered.
    what : str
        The analysis's name in messages (``"trends"``).

    Returns
    -------
    DataFrame

    Raises
    ------
    ValueError
        When no issue names a paper. Issues that name none are left out with a warning.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "paper": ["今日仙居", "蓬溪报"],
    ...                               "text": ["田市镇绿道建成", "鸣凤镇柚子丰收"]}))
    >>> per_paper(c, lambda sub: pd.DataFrame({"issues": [len(sub)]})).values.tolist()
    [['今日仙居', 1], ['蓬溪报', 1]]
    """
    subs = named_papers(corpus, what=what)
    frames = []
    for paper, sub in subs.items():
        df = analysis(sub)
        named = df.index.name is not None
        df = df.reset_index() if named else df.reset_index(drop=True)
        frames.append(df.assign(paper=paper)[["paper", *df.columns]])
    out = pd.concat(frames, ignore_index=True)
    return out.set_index(["paper", frames[0].columns[1]]) if named else out


def keyness_by_paper(subs: dict[str, "Corpus"], *, top_n: int = 15, **options: Any) -> pd.DataFrame:
    """Per paper, the words it uses significantly more than the other paper(s) together.

    Parameters
    ----------
    subs : dict of str to Corpus
        The papers' sub-corpora (:func:`split_by_paper`), at least two. The issues the split left out
        (no paper named) are counted in a warning, unless the split said so already.
    top_n : int
        Words per paper: those with G2 at p < :data:`~corpus_tools.keywords.KEYNESS_MAX_P` (0.05) and log
        ratio > 0, most significant first.
    **options
        Passed to :func:`corpus_tools.keywords.keyness` (``nlp``, ``cache_dir``, ``entities``,
        ``pos``, ``term_filter`` …; ``max_p`` replaces the 0.05 level).

    Returns
    -------
    DataFrame
        :data:`KEYNESS_BY_PAPER_COLUMNS`: ``freq_paper`` the word's count in the paper,
        ``freq_others`` in the other paper(s).
    """
    from corpus_tools.corpus import Corpus

    if getattr(subs, "unnamed", None) and not getattr(subs, "told", False):
        _warn_unnamed(subs.unnamed, "keyness by paper")
    if len(subs) < 2:
        raise ValueError(f"keyness by paper sets each paper against the others and needs two papers; the corpus "
                         f"names {len(subs)} ({'、'.join(subs) or 'none'})")
    frames = []
    for paper, sub in subs.items():
        others = [s for p, s in subs.items() if p != paper]
        rest = others[0] if len(others) == 1 else Corpus([i for s in others for i in s.issues])
        k = keyness(sub, rest, **{"max_p": KEYNESS_MAX_P, **options})
        over = k[k["log_ratio"] > 0].head(top_n)
        frames.append(over.rename(columns={"freq_target": "freq_paper", "freq_reference": "freq_others"})
                      .assign(paper=paper, rank=range(1, len(over) + 1)))
    return pd.concat(frames, ignore_index=True)[KEYNESS_BY_PAPER_COLUMNS]
