"""The corpus model: :class:`Corpus` of :class:`Issue` pages, each split into :class:`Article`.

Corpora are made by :mod:`corpus_tools.loaders`: ``read_corpus`` reads a folder, a glob, a
list of files or a DataFrame; ``load_seeds`` reads the five bundled pages. Layout repair runs
lazily, the first time an issue's blocks or articles are asked for, so opening a large corpus
is cheap.
"""

from __future__ import annotations

import datetime as dt
import html
import warnings
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

import pandas as pd

from corpus_tools.layout import Block, PageLayout, Repair, byline_pairs, byline_text, split_page
from corpus_tools.dates import years_present
from corpus_tools.frame_input import issues_from_articles
from corpus_tools.reading import parse_date

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Article", "Issue", "Corpus"]

#: Columns of :meth:`Corpus.articles_frame`.
ARTICLE_COLUMNS = ["issue_id", "article_id", "date", "section", "kicker", "title", "subtitle",
                   "body", "byline", "captions", "n_chars"]
#: Columns of :meth:`Corpus.blocks_frame`.
BLOCK_COLUMNS = ["issue_id", "block_id", "kind", "text", "start", "end", "article_id"]
#: :meth:`Corpus.lay_out` shows a progress bar when more pages than this wait to be laid out.
LAYOUT_BAR_MIN_PAGES = 20
#: Columns of :meth:`Corpus.issues_frame`.
ISSUE_COLUMNS = ["issue_id", "date", "date_precision", "date_source", "paper", "paper_source", "county",
                 "county_code", "county_source", "n_articles", "n_chars", "path"]


@dataclass(frozen=True)
class Article:
    """One article of a page, with every part traced back to the page text.

    Attributes
    ----------
    id : str
        ``<issue id>-<two-digit index>``, e.g. ``000_0a29cc865ac12c7f-03``.
    issue_id : str
        The id of the page it comes from.
    date : datetime.date or None
        The issue's date.
    title, kicker, subtitle : str or None
        Main headline, the place/lead-in line above it, and the "——" or second line below it.
    body : str
        Paragraphs joined by ``"\\n"``, lines rejoined and spacing repaired.
    byline : list of (str, str)
        ``(role, name)`` pairs (``("记者", "王磊")``; role ``""`` where the page prints names
        only), from the byline line or the lead's brackets. :attr:`byline_names` and
        :attr:`byline_text` give the names and a readable string.
    captions : list of str
        Photo captions attached to the article.
    section : str or None
        The page banner the article stands under.
    spans : dict
        Part name -> list of ``(start, end)`` offsets into ``Issue.raw``.
    meta : dict
        The issue's metadata (``county_code`` and so on).
    """

    id: str
    issue_id: str
    date: dt.date | None
    title: str | None
    kicker: str | None
    subtitle: str | None
    body: str
    byline: list[tuple[str, str]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    section: str | None = None
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    meta: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        """Title, subtitle and body joined by ``"\\n"``: the text NLP results index into."""
        return "\n".join(part for part in (self.title, self.subtitle, self.body) if part)

    @property
    def byline_names(self) -> list[str]:
        """The byline's names, without roles (``["王磊", "赵晓红"]``)."""
        return [name for _, name in byline_pairs(self.byline)]

    @property
    def byline_text(self) -> str:
        """The byline as one readable string (``"记者 王磊 通讯员 赵晓红"``)."""
        return byline_text(self.byline)

    @property
    def n_chars(self) -> int:
        """Number of non-space characters in the body."""
        return sum(1 for ch in self.body if not ch.isspace())

    def __repr__(self) -> str:
        title = self.title or self.body[:16] + "…"
        return f"Article({self.id!r}, {title!r}, {self.n_chars} chars)"

    def _repr_html_(self) -> str:
        esc = html.escape
        parts = [f"<div><small>{esc(self.id)} · {esc(str(self.date or 'undated'))}"
                 + (f" · {esc(self.section)}" if self.section else "") + "</small>"]
        if self.kicker:
            parts.append(f"<div><em>{esc(self.kicker)}</em></div>")
        parts.append(f"<h3 style='margin:2px 0'>{esc(self.title or '(untitled)')}</h3>")
        if self.subtitle:
            parts.append(f"<div>——{esc(self.subtitle)}</div>")
        parts.extend(f"<p style='margin:4px 0'>{esc(p)}</p>" for p in self.body.split("\n"))
        if self.byline:
            parts.append(f"<div><small>（{esc(self.byline_text)}）</small></div>")
        parts.extend(f"<div><small>图：{esc(c)}</small></div>" for c in self.captions)
        return "".join(parts) + "</div>"


@dataclass(frozen=True, eq=False)
class Issue:
    """One newspaper page (a file): its raw text, metadata, blocks and articles.

    ``blocks`` and ``articles`` are computed on first access.
    """

    id: str
    raw: str
    date: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    article_filter: Callable[[Article], bool] | None = field(default=None, repr=False)

    @property
    def issue_id(self) -> str:
        """The issue's id under the name every table and :attr:`Article.issue_id` use (same as ``id``)."""
        return self.id

    @cached_property
    def layout(self) -> PageLayout:
        """The page's :class:`~corpus_tools.layout.PageLayout` (blocks, article parts, repairs)."""
        return split_page(self.raw)

    @property
    def blocks(self) -> list[Block]:
        """Every block of the page in reading order (headline, body, caption, byline, banner …)."""
        return self.layout.blocks

    @property
    def repairs(self) -> list[Repair]:
        """Characters removed by a recorded repair (e.g. undoubling a bold headline)."""
        return self.layout.repairs

    @cached_property
    def all_articles(self) -> list[Article]:
        """All articles of the page, ignoring any filter."""
        out = []
        for i, parts in enumerate(self.layout.articles, start=1):
            out.append(Article(
                id=f"{self.id}-{i:02d}", issue_id=self.id, date=self.date,
                title=parts.title, kicker=parts.kicker, subtitle=parts.subtitle, body=parts.body,
                byline=byline_pairs(parts.byline), captions=list(parts.captions), section=parts.section,
                spans={k: list(v) for k, v in parts.spans.items()}, meta=self.meta,
            ))
        return out

    @property
    def articles(self) -> list[Article]:
        """The page's articles (after any :meth:`Corpus.filter` on article fields)."""
        if self.article_filter is None:
            return self.all_articles
        return [a for a in self.all_articles if self.article_filter(a)]

    def __repr__(self) -> str:
        return f"Issue({self.id!r}, date={self.date}, {len(self.articles)} articles)"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(a.id)}</td><td>{html.escape(a.title or '')}</td><td>{a.n_chars}</td></tr>"
            for a in self.articles)
        return (f"<div><b>Issue {html.escape(self.id)}</b> · {self.date or 'undated'} · "
                f"{len(self.articles)} articles<table><tr><th>article_id</th><th>title</th>"
                f"<th>n_chars</th></tr>{rows}</table></div>")


def _restored(id: str, raw: str, date: dt.date | None, meta: dict[str, Any],
              article_filter: Callable[[Article], bool] | None, layout: PageLayout) -> Issue:
    """An issue whose layout is already known (saved, or given as articles): no layout repair runs."""
    issue = Issue(id=id, raw=raw, date=date, meta=meta, article_filter=article_filter)
    issue.__dict__["layout"] = layout  # the cached_property's own slot
    return issue


def _issue_sort_key(issue: Issue) -> tuple:
    return (issue.date is None, issue.date or dt.date.min, issue.id)


def _issue_paper(issue: "Issue") -> str | None:
    """The issue's paper as the issue table shows it: its metadata's, else its masthead's."""
    from corpus_tools.papers import issue_paper  # the gazetteer loads only when a paper is read

    return issue_paper(issue)[0]


_ISSUE_FIELDS = {"issue_id": lambda i: i.id, "date": lambda i: i.date, "paper": _issue_paper}
_ARTICLE_FIELDS = ("article_id", "title", "kicker", "subtitle", "section", "body", "byline", "captions")


def _warn_nothing_selected(issues: list["Issue"], criteria: dict[str, Any]) -> None:
    """Warn that ``filter(**criteria)`` kept no issue, with the values each plain criterion could take."""
    seen = []
    for key, value in criteria.items():
        if callable(value):
            continue
        values = sorted({str(_ISSUE_FIELDS[key](i) if key in _ISSUE_FIELDS else i.meta.get(key)) for i in issues})
        shown = ", ".join(values[:10]) + (" …" if len(values) > 10 else "")
        seen.append(f"{key} = {value!r} (the corpus has: {shown})")
    if "date" in criteria and callable(criteria["date"]):
        seen.append(f"date: the corpus has {years_present(i.date for i in issues)}")
    warnings.warn("filter selected no issue" + (": " + "; ".join(seen) if seen else ""), UserWarning, stacklevel=3)


def _matches(value: Any, criterion: Any) -> bool:
    if callable(criterion):
        return bool(criterion(value))
    if isinstance(criterion, (list, tuple, set, frozenset)):
        return value in criterion
    return value == criterion


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
        meta_keys = set().union(*(i.meta.keys() for i in self.issues)) if self.issues else set()
        allowed = sorted(set(_ISSUE_FIELDS) | set(_ARTICLE_FIELDS) | meta_keys)
        unknown = [k for k in criteria if k not in allowed]
        if unknown:
            raise ValueError(f"filter criteria {unknown} are unknown; allowed keys: {allowed}")
        issue_crit = {k: v for k, v in criteria.items() if k not in _ARTICLE_FIELDS}
        article_crit = {k: v for k, v in criteria.items() if k in _ARTICLE_FIELDS}
        kept = []
        for issue in self.issues:
            ok = all(_matches(_ISSUE_FIELDS[k](issue) if k in _ISSUE_FIELDS else issue.meta.get(k), v)
                     for k, v in issue_crit.items())
            if not ok:
                continue
            if article_crit:
                prev = issue.article_filter

                def keep(a: Article, prev=prev, crit=article_crit) -> bool:
                    if prev is not None and not prev(a):
                        return False
                    return all(_matches(a.id if k == "article_id" else getattr(a, k), v) for k, v in crit.items())

                new = replace(issue, article_filter=keep)
                # Share the already computed layout: the page is not split twice.
                if "layout" in issue.__dict__:
                    new.__dict__["layout"] = issue.__dict__["layout"]
                if "all_articles" in issue.__dict__:
                    new.__dict__["all_articles"] = issue.__dict__["all_articles"]
                issue = new
            kept.append(issue)
        if self.issues and not kept:
            _warn_nothing_selected(self.issues, issue_crit)
        return Corpus(kept)

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
        body, byline, captions, n_chars`` (byline and captions as lists; ``byline`` lists the
        names, the roles stay in :attr:`Article.byline`, see :attr:`Article.byline_text`).
        *progress*: a bar over the first layout pass (:meth:`lay_out`)."""
        self.lay_out(progress=progress)
        rows = [{
            "issue_id": a.issue_id, "article_id": a.id, "date": a.date, "section": a.section,
            "kicker": a.kicker, "title": a.title, "subtitle": a.subtitle, "body": a.body,
            "byline": a.byline_names, "captions": list(a.captions), "n_chars": a.n_chars,
        } for a in self.articles]
        return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)

    def blocks_frame(self, *, progress: bool = True) -> pd.DataFrame:
        """One row per block: ``issue_id, block_id, kind, text, start, end, article_id``
        (*progress*: as in :meth:`articles_frame`)."""
        self.lay_out(progress=progress)
        rows = []
        for issue in self.issues:
            for j, b in enumerate(issue.blocks):
                rows.append({
                    "issue_id": issue.id, "block_id": j, "kind": b.kind, "text": b.text,
                    "start": b.start, "end": b.end,
                    "article_id": None if b.article is None else f"{issue.id}-{b.article + 1:02d}",
                })
        return pd.DataFrame(rows, columns=BLOCK_COLUMNS)

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
            None when no paper is known. ``county_source``: ``manifest``
            (the metadata gives ``county_code``), ``user`` (``read_corpus(..., county=...)``),
            ``text`` (read off the page, see :func:`corpus_tools.county_tables.issue_counties`;
            the evidence is in :func:`corpus_tools.county_table`), None when no county is known.
        """
        self.lay_out(progress=progress)
        rows = [{
            "issue_id": i.id, "date": i.date, "date_precision": i.meta.get("date_precision"),
            "date_source": i.meta.get("date_source"),
            "paper": i.meta.get("paper"), "paper_source": None, "county": i.meta.get("county"),
            "county_code": i.meta.get("county_code"),
            "county_source": (i.meta.get("county_source") or "manifest") if i.meta.get("county_code") else None,
            "n_articles": len(i.articles),
            "n_chars": sum(a.n_chars for a in i.articles), "path": i.meta.get("path"),
        } for i in self.issues]
        df = pd.DataFrame(rows, columns=ISSUE_COLUMNS)
        if len(df):
            from corpus_tools.papers import issue_papers  # the gazetteer loads only when a paper is read

            found = issue_papers(self, infer=infer_paper)
            for col in ("paper", "paper_source"):
                df[col] = found[col].to_numpy()
        if infer_county and len(df):
            from corpus_tools.county_tables import issue_counties  # the gazetteer loads only when asked

            found = issue_counties(self)
            for col in ("county", "county_code", "county_source"):
                df[col] = found[col].to_numpy()
        return df

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
        return cls(_restored(*parts) for parts in issues_from_articles(articles))

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

        corpus = cls(_restored(*stored) for stored in read_issues(path))
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
