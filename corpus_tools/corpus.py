"""The corpus model: :class:`Corpus`, a collection of :class:`Issue` pages, each split into :class:`Article`.

Corpora are made by :mod:`corpus_tools.loaders`: ``read_corpus`` reads a folder, a glob, a
list of files or a DataFrame; ``load_seeds`` reads the five bundled pages. Layout repair runs
lazily, the first time an issue's blocks or articles are asked for, so opening a large corpus
is cheap. The page model lives in :mod:`corpus_tools.issue`, selection in
:mod:`corpus_tools.corpus_select`, the DataFrame views in :mod:`corpus_tools.corpus_frames`.
"""

from __future__ import annotations

import datetime as dt
import html
import warnings
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import pandas as pd

from corpus_tools.dates import years_present
from corpus_tools import corpus_frames
from corpus_tools.corpus_frames import ARTICLE_COLUMNS, BLOCK_COLUMNS, ISSUE_COLUMNS
from corpus_tools.corpus_select import select_issues
from corpus_tools.frame_input import issues_from_articles
from corpus_tools.issue import Article, Issue, restored_issue
from corpus_tools.reading import parse_date

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Article", "Issue", "Corpus"]

#: :meth:`Corpus.lay_out` shows a progress bar when more pages than this wait to be laid out.
LAYOUT_BAR_MIN_PAGES = 20


def _issue_sort_key(issue: Issue) -> tuple:
    return (issue.date is None, issue.date or dt.date.min, issue.id)


class Corpus:
    """A collection of issues ordered by date, then id.

    Parameters
    ----------
    issues : iterable of Issue
        The pages. Ids must be unique.

    Examples
    --------
    >>> from corpus_tools.loaders import load_seeds
    >>> corpus = load_seeds()
    >>> len(corpus)
    5
    >>> corpus.issues[0].id
    '003_f6a22faeb5ea5671'
    """

    def __init__(self, issues: Iterable[Issue]):
        issues = list(issues)
        for issue in issues:
            if not isinstance(issue, Issue):
                raise TypeError(f"issues must hold Issue objects, got {type(issue).__name__}")
        dup = sorted(x for x, n in Counter(i.id for i in issues).items() if n > 1)  # linear: thousands of pages
        if dup:
            paths = sorted({str(i.meta.get("path")) for i in issues if i.id in dup and i.meta.get("path")})
            where = f" (files: {', '.join(paths[:6])}{' …' if len(paths) > 6 else ''})" if paths else ""
            raise ValueError(f"issue ids must be unique; repeated: {dup}{where}. An id is the file's stem: read "
                             "several folders with read_corpus([folder_a, folder_b]) (colliding stems then take ids "
                             "from their paths), or give the ids in a manifest's issue_id column")
        self.issues: list[Issue] = sorted(issues, key=_issue_sort_key)

    # -- container protocol -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.issues)

    def __iter__(self) -> Iterator[Issue]:
        return iter(self.issues)

    def __getitem__(self, key: str | int) -> Issue:
        if isinstance(key, int):
            return self.issues[key]
        for issue in self.issues:
            if issue.id == key:
                return issue
        raise KeyError(f"no issue with id {key!r}; ids are {[i.id for i in self.issues]}")

    @property
    def articles(self) -> list[Article]:
        """All articles, in issue order (lays out the pages not laid out yet: :meth:`lay_out`)."""
        self.lay_out()
        return [a for issue in self.issues for a in issue.articles]

    def lay_out(self, *, progress: bool = True) -> "Corpus":
        """Split every page not split yet into blocks and articles (done lazily otherwise).

        The first table of a large corpus (:meth:`issues_frame`, :attr:`articles` …) runs this
        pass, about 0.1 s of CPU a page; with *progress* a tqdm bar on stderr shows it when more
        than :data:`LAYOUT_BAR_MIN_PAGES` pages are waiting. Returns the corpus itself.
        """
        todo = [i for i in self.issues if "layout" not in vars(i)]
        if not todo:
            return self
        if progress and len(todo) > LAYOUT_BAR_MIN_PAGES:
            from corpus_tools.progress import progress_bar

            todo = progress_bar(todo, desc="laying out pages", unit="page")
        for issue in todo:
            issue.all_articles  # noqa: B018 -- cached on the issue
        return self

    def article(self, article_id: str) -> Article:
        """The article with this id."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(f"no article with id {article_id!r}")

    @property
    def county_code(self) -> str | None:
        """The county code shared by every issue, or None when they differ or none is known."""
        codes = {str(i.meta.get("county_code") or "") for i in self.issues}
        return codes.pop() or None if len(codes) == 1 else None

    # -- selection ----------------------------------------------------------------------
    def filter(self, **criteria: Any) -> "Corpus":
        """Select issues (and articles) by value, a collection of values, or a predicate.

        Keys are issue fields (``issue_id``, ``date``, ``paper`` as :meth:`issues_frame` shows
        it, from the metadata or read off the masthead, any manifest column such as
        ``county_code``) or article fields (``article_id``, ``title``, ``kicker``, ``subtitle``,
        ``section``, ``body``, ``byline``, ``captions``). Article criteria keep only the matching
        articles of each issue. A value that selects no issue warns, naming the values the
        corpus has.

        Examples
        --------
        >>> from corpus_tools.loaders import load_seeds
        >>> corpus = load_seeds()
        >>> len(corpus.filter(issue_id="000_0a29cc865ac12c7f"))
        1
        >>> len(corpus.filter(date=lambda d: d is not None and d.year == 2023))
        2
        """
        if not criteria:
            return Corpus(self.issues)
        return Corpus(select_issues(self.issues, criteria))

    def between(self, start: dt.date | str | None, end: dt.date | str | None) -> "Corpus":
        """Issues dated from *start* to *end*, both inclusive (None leaves a side open).

        Undated issues are excluded.

        Examples
        --------
        >>> from corpus_tools.loaders import load_seeds
        >>> len(load_seeds().between("2023-01-01", "2023-12-31"))
        2
        """
        lo = parse_date(start, where="start") if start is not None else None
        hi = parse_date(end, where="end") if end is not None else None
        if lo and hi and lo > hi:
            raise ValueError(f"start={lo} is after end={hi}")
        kept = [i for i in self.issues
                if i.date is not None and (lo is None or i.date >= lo) and (hi is None or i.date <= hi)]
        if self.issues and not kept:   # (user24 F7) name the range and what the corpus has
            warnings.warn(f"no issue dated {lo or '…'} to {hi or '…'}; the corpus has "
                          f"{years_present(i.date for i in self.issues)}", UserWarning, stacklevel=2)
        return Corpus(kept)

    # -- tables -------------------------------------------------------------------------
    def articles_frame(self, *, progress: bool = True) -> pd.DataFrame:
        """One row per article: ``issue_id, article_id, date, section, kicker, title, subtitle,
        body, byline, captions, n_chars, source, outlet`` (byline and captions as lists; ``byline`` lists the
        names, the roles stay in :attr:`Article.byline`, see :attr:`Article.byline_text`). ``source`` is
        ``"reprint"`` for an article another outlet wrote (``南充日报记者　庞建华`` under the title, or
        ``据《南充日报》（记者 孙悦）`` closing it), ``outlet`` that outlet; ``"own"`` and None otherwise.
        ``corpus.filter(source="own")`` leaves the reprints out.
        *progress*: a bar over the first layout pass (:meth:`lay_out`)."""
        self.lay_out(progress=progress)
        return corpus_frames.articles_frame(self)

    def blocks_frame(self, *, progress: bool = True) -> pd.DataFrame:
        """One row per block: ``issue_id, block_id, kind, text, start, end, article_id``
        (*progress*: as in :meth:`articles_frame`)."""
        self.lay_out(progress=progress)
        return corpus_frames.blocks_frame(self)

    def issues_frame(self, *, infer_county: bool = True, infer_paper: bool = True,
                     progress: bool = True) -> pd.DataFrame:
        """One row per issue with its metadata, paper, county and article count.

        Parameters
        ----------
        infer_county : bool
            Read the county of issues whose metadata lacks ``county_code`` off their text (the
            county the report shows and entity linking uses). False leaves those columns as
            the metadata gives them (no gazetteer is loaded).
        infer_paper : bool
            Read the paper of issues whose metadata lacks ``paper`` off the page's masthead
            (:func:`corpus_tools.papers.masthead_paper`). False leaves ``paper`` as the
            metadata gives it.
        progress : bool
            Show a bar over the first layout pass of a large corpus (:meth:`lay_out`: 400 pages
            take a minute or more).

        Returns
        -------
        DataFrame
            Columns :data:`ISSUE_COLUMNS`; ``date_source``: ``manifest``, ``file name`` or
            ``page`` (its masthead line), None when undated. ``paper_source``: ``manifest``
            (the metadata gives ``paper``), ``user`` (``read_corpus(..., paper=...)``),
            ``text`` (read off the page's masthead, see :func:`corpus_tools.papers.issue_papers`),
            ``folder`` (a page naming none, whose folder's other pages name one paper), None when no
            paper is known. ``county_source``: ``manifest``
            (the metadata gives ``county_code``), ``user`` (``read_corpus(..., county=...)``),
            ``text`` (read off the page, see :func:`corpus_tools.county_tables.issue_counties`;
            the evidence is in :func:`corpus_tools.county_table`), None when no county is known.
            ``paper_series``: the latest masthead name of a paper renamed within the corpus (two names read
            off the mastheads, one county, years that never overlap: :mod:`corpus_tools.paper_renames`),
            else ``paper``.
        """
        self.lay_out(progress=progress)
        return corpus_frames.issues_frame(self, infer_county=infer_county, infer_paper=infer_paper)

    # -- NLP (implemented in corpus_tools.parsing) ------------------------------------------
    def parse(self, *, nlp: "Language | None" = None, n_process: int = 1, batch_size: int = 16,
              progress: bool = True, cache_dir: "str | Path | None | bool" = None) -> "dict[str, Doc]":
        """Run the pipeline once per article (cached on disk); ``article_id -> Doc``.

        Every Doc is held in memory: for corpora beyond a few thousand articles use
        :meth:`iter_docs` or :meth:`tokens_frame`. See :func:`corpus_tools.parsing.parse_corpus`.
        """
        from corpus_tools.parsing import parse_corpus

        return parse_corpus(self, nlp=nlp, n_process=n_process, batch_size=batch_size,
                            progress=progress, cache_dir=cache_dir)

    def iter_docs(self, *, nlp: "Language | None" = None, n_process: int = 1, batch_size: int = 16,
                  progress: bool = True, cache_dir: "str | Path | None | bool" = None
                  ) -> "Iterator[tuple[Article, Doc]]":
        """``(article, Doc)`` pairs in corpus order, a batch at a time (memory bounded by the batch).

        Cached parses are read back, the others parsed and cached as they come, so an
        interrupted run resumes. See :func:`corpus_tools.parsing.iter_parse`.
        """
        from corpus_tools.parsing import iter_parse

        return iter_parse(self, nlp=nlp, n_process=n_process, batch_size=batch_size,
                          progress=progress, cache_dir=cache_dir)

    def tokens_frame(self, *, nlp: "Language | None" = None, n_process: int = 1, batch_size: int = 16,
                     progress: bool = True, cache_dir: "str | Path | None | bool" = None) -> pd.DataFrame:
        """One row per token: ``issue_id, article_id, sent, i, text, tag, is_stop, ent_label, idx``.

        See :func:`corpus_tools.parsing.tokens_frame`.
        """
        from corpus_tools.parsing import tokens_frame

        return tokens_frame(self, nlp=nlp, n_process=n_process, batch_size=batch_size,
                            progress=progress, cache_dir=cache_dir)

    # -- persistence (implemented in corpus_tools.store) -----------------------------------
    def save(self, path: "str | Path", *,
             tables: Iterable[str] = ("articles", "issues", "blocks", "tokens", "entities", "slogans"),
             nlp: "Language | None" = None, n_process: int = 1, progress: bool = True) -> Path:
        """Write the corpus and its tables as Parquet files in the folder *path*.

        See :func:`corpus_tools.store.save_corpus`.
        """
        from corpus_tools.store import save_corpus

        return save_corpus(self, path, tables=tables, nlp=nlp, n_process=n_process, progress=progress)

    @classmethod
    def from_articles(cls, articles: pd.DataFrame) -> "Corpus":
        """A corpus of articles that are already split, one row per article.

        Use it for text that comes as articles rather than pages (a database export, a
        corpus such as the People's Daily): no page layout is run. Each issue's page text
        (``Issue.raw``) is made of its articles' parts, one per line, with a blank line
        between articles, and its blocks point into it, so everything that works on a read
        corpus (tables, parsing, :meth:`save` / :meth:`load`) works on this one.

        Parameters
        ----------
        articles : pandas.DataFrame
            Columns ``issue_id`` and ``body`` (str) are required; optional are ``date``
            (one per issue), ``title``, ``kicker``, ``subtitle``, ``section`` (str or
            empty), ``byline`` and ``captions`` (lists of str). Any other column is issue
            metadata (``paper``, ``county_code`` …) and must have one value per issue.
            ``article_id`` and ``n_chars`` (as in :meth:`articles_frame`) are checked, not
            used: article ids are ``<issue_id>-<NN>``, numbered in row order within the issue.

        Returns
        -------
        Corpus

        Examples
        --------
        >>> df = pd.DataFrame({"issue_id": ["d1", "d1", "d2"], "date": ["1998-01-01"] * 2 + ["1998-01-02"],
        ...                    "title": ["新年贺词", None, "春运"], "body": ["迈向新世纪。", "北京讯。", "客流大。"]})
        >>> corpus = Corpus.from_articles(df)
        >>> [a.id for a in corpus.articles]
        ['d1-01', 'd1-02', 'd2-01']
        >>> corpus.articles[0].text
        '新年贺词\\n迈向新世纪。'
        >>> Corpus.from_articles(corpus.articles_frame()).articles == corpus.articles
        True
        """
        return cls(restored_issue(*parts) for parts in issues_from_articles(articles))

    @classmethod
    def load(cls, path: "str | Path") -> "Corpus":
        """A corpus saved with :meth:`save` (checked against its manifest; layout not re-run).

        Issues get back their raw text, date, metadata and page layout; a corpus saved after
        :meth:`filter` on article fields keeps the same articles. A partial or corrupt save
        raises :class:`~corpus_tools.store.StoreError` naming the file. See
        :func:`corpus_tools.store.read_issues`. A saved entity table is reused by
        :func:`~corpus_tools.entities.extract_entities` while the corpus and the recogniser are
        unchanged (:mod:`corpus_tools.entity_store`).
        """
        from corpus_tools.entity_store import remember_store
        from corpus_tools.store import read_issues

        corpus = cls(restored_issue(*stored) for stored in read_issues(path))
        remember_store(corpus, path)  # its saved entity table is reused while it still holds
        return corpus

    # -- display ------------------------------------------------------------------------
    def _date_range(self) -> str:
        dates = [i.date for i in self.issues if i.date]
        if not dates:
            return "undated"
        undated = len(self.issues) - len(dates)
        rng = f"{min(dates)} … {max(dates)}"
        return rng + (f", {undated} undated" if undated else "")

    def __repr__(self) -> str:
        return f"Corpus({len(self.issues)} issues, {self._date_range()}, {len(self.articles)} articles)"

    def _repr_html_(self) -> str:
        # metadata only: displaying a corpus must not load the gazetteer (issues_frame() reads counties)
        df = self.issues_frame(infer_county=False, infer_paper=False)[["issue_id", "date", "date_precision", "county", "n_articles", "n_chars"]]
        return (f"<div><b>Corpus</b>: {len(self.issues)} issues, {html.escape(self._date_range())}, "
                f"{int(df['n_articles'].sum())} articles</div>" + df.to_html(index=False, na_rep=""))
