"""Run the report's sections, write the pages, and say what became of each section."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from corpus_tools.parsing import tokens_frame
from corpus_tools.plot import cjk_text
from corpus_tools.report import entities as ent_sections
from corpus_tools.report import sections as sec
from corpus_tools.report import papers as paper_section
from corpus_tools.report import slogans as slogan_section
from corpus_tools.report.articles import write_article_pages
from corpus_tools.dates import issue_date_label, issue_labels
from corpus_tools.errors import ArgumentTypeError, InvalidArgumentError, counted
from corpus_tools.report.methods import methods
from corpus_tools.report.page import Writer, esc, page, write_assets
from corpus_tools.text import normalize_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from corpus_tools.corpus import Corpus

__all__ = ["build_report", "write_report", "load_report_config", "report_formulae", "ReportSection", "ReportResult"]

log = logging.getLogger("corpus_tools.report")
CONFIG_KEYS = {"terms": "terms to follow in the trends section (list of strings)",
               "n_topics": "number of topics (int >= 2; default: chosen by coherence)",
               "by": "period of keywords, topic shares and trends: issue, week, month, quarter or year "
                     "(default: issues when there are few, else the finest period with at most 12)",
               "formulae": "a tab-separated file of your own formula entries (text, kind, variants, year, level, "
                           "region, source, note, group), added to the shipped lexicon for the slogan section; "
                           "a relative path is read from the config file's folder"}
#: Values of the report's ``by`` option (None: chosen from the corpus, :func:`~corpus_tools.report.sections.choose_grouping`).
REPORT_BY = ("issue", "week", "month", "quarter", "year")


@dataclass
class ReportSection:
    """One section of the report and what became of it.

    Attributes
    ----------
    key : str
        Anchor and file-name stem (``keywords``, ``topics`` …).
    title : str
        Heading shown in the report.
    status : {"ok", "omitted", "failed"}
        ``"omitted"`` when the corpus is too small for it, ``"failed"`` when the analysis raised.
    note : str
        Why it was omitted or how it failed (empty when ok).
    html : str
        The section body.
    files : list of str
        Files (PNG, CSV) written for it, relative to the report folder.
    seconds : float
        Time it took.
    """

    key: str
    title: str
    status: Literal["ok", "omitted", "failed"] = "ok"
    note: str = ""
    html: str = ""
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class ReportResult:
    """What :func:`write_report` made: the index page, its sections, the article pages, the time."""

    path: Path
    sections: list[ReportSection]
    article_pages: list[str]
    seconds: float
    n_issues: int
    n_articles: int

    def summary(self) -> str:
        """One line: sections done, files written, where, and how long it took."""
        ok = [s.key for s in self.sections if s.status == "ok"]
        omitted = [s.key for s in self.sections if s.status == "omitted"]
        failed = [s.key for s in self.sections if s.status == "failed"]
        n_files = sum(len(s.files) for s in self.sections)
        line = (f"report: {counted(self.n_issues, 'issue')}, {counted(self.n_articles, 'article')}; {len(ok)}/{len(self.sections)} "
                f"sections, {n_files} figure/table files, {len(self.article_pages)} article pages "
                f"-> {self.path} ({self.seconds:.1f} s)")
        if omitted:
            line += f"; omitted: {', '.join(omitted)}"
        if failed:
            line += f"; FAILED: {', '.join(failed)}"
        return line


SECTIONS: list[tuple[str, str, Callable[[sec.Context, Writer], str]]] = [
    ("overview", "Corpus overview 语料概况", sec.overview),
    ("articles", "Articles 文章", sec.articles),
    ("keywords", "Keywords 关键词", sec.keywords_section),
    ("topics", "Topics 主题", sec.topics),
    ("trends", "Term trends 词频趋势", sec.trends),
    ("places", "Places, organisations, people, projects 地名·机构·人物·项目", ent_sections.entity_tables),
    ("slogans", "Slogans 提法与口号", slogan_section.slogans),
    ("methods", "Methods and provenance 方法与来源", methods),
]
#: Added before the methods for a corpus of two or more papers (:mod:`corpus_tools.report.papers`).
PAPERS_SECTION = ("papers", "Papers compared 报纸对比", paper_section.papers_section)


def report_sections(corpus: "Corpus", papers: "pd.Series | None" = None
                    ) -> list[tuple[str, str, Callable[[sec.Context, Writer], str]]]:
    """The sections of *corpus*'s report: :data:`SECTIONS`, and the comparison of papers when it holds
    two or more (*papers*: its issue id -> paper when the caller holds it, else read now)."""
    if not paper_section.several_papers(corpus, papers):
        return list(SECTIONS)
    return SECTIONS[:-1] + [PAPERS_SECTION] + SECTIONS[-1:]


def load_report_config(path: str | os.PathLike) -> dict[str, Any]:
    """Read report options from a TOML or JSON file (keys: :data:`CONFIG_KEYS`).

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "report.json"
    >>> _ = p.write_text(json.dumps({"terms": ["乡村振兴", "古城"]}), encoding="utf-8")
    >>> load_report_config(p)
    {'terms': ['乡村振兴', '古城']}
    """
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"report config {str(p)!r} not found")
    text = p.read_text(encoding="utf-8")
    try:
        if p.suffix.lower() == ".toml":
            import tomllib

            data = tomllib.loads(text)
        elif p.suffix.lower() == ".json":
            data = json.loads(text)
        else:
            raise ValueError(f"report config {str(p)!r}: use a .toml or .json file")
    except ImportError:
        raise ValueError(f"report config {str(p)!r}: reading TOML needs Python >= 3.11; use a .json file") from None
    except (ValueError, json.JSONDecodeError) as exc:
        if "use a" in str(exc):
            raise
        raise ValueError(f"report config {str(p)!r} is not valid {p.suffix[1:].upper()}: {exc}") from None
    data = data.get("report", data) if isinstance(data, dict) else data
    if not isinstance(data, dict):
        raise ValueError(f"report config {str(p)!r} must hold a table of options")
    unknown = sorted(set(data) - set(CONFIG_KEYS))
    if unknown:
        raise ValueError(f"report config {str(p)!r}: unknown keys {unknown}; allowed: {CONFIG_KEYS}")
    if data.get("formulae") is not None:
        if not isinstance(data["formulae"], str):
            raise ValueError(f"report config {str(p)!r}: formulae = {data['formulae']!r} must be a file name")
        data["formulae"] = str(p.parent / data["formulae"])  # an absolute path stays as it is
    return data


def report_formulae(formulae: Any) -> "pd.DataFrame | None":
    """The formula lexicon the slogan section uses: None (the shipped one), the shipped one with the
    entries of a file added (a path), or a lexicon table as :func:`~corpus_tools.load_formula_lexicon`
    returns it."""
    if formulae is None:
        return None
    import pandas as pd

    from corpus_tools.slogans import load_formula_lexicon

    if isinstance(formulae, pd.DataFrame):
        return formulae
    if not isinstance(formulae, (str, os.PathLike)):
        raise InvalidArgumentError(f"formulae = {formulae!r} is invalid; give a tab-separated file of your own "
                                   "entries or a table from load_formula_lexicon()")
    return load_formula_lexicon(extra=formulae)


def _check_terms(terms: Any) -> tuple[str, ...] | None:
    if terms is None:
        return None
    if isinstance(terms, str):
        terms = terms.replace("，", ",").split(",")
    if not isinstance(terms, Iterable):
        raise ArgumentTypeError(f"terms must be a list of strings or a comma-separated string, "
                                f"got {type(terms).__name__}")
    out = tuple(dict.fromkeys(normalize_text(str(t)).strip() for t in terms if str(t).strip()))
    if not out:
        raise InvalidArgumentError(f"terms = {terms!r} holds no term; give e.g. ['乡村振兴', '高质量发展']")
    return out


def _check_args(corpus: Any, out_dir: Any, n_topics: Any) -> Path:
    from corpus_tools.corpus import Corpus

    if not isinstance(corpus, Corpus):
        raise ArgumentTypeError(f"corpus must be a corpus_tools Corpus (e.g. corpus_tools.load_seeds() or "
                                f"read_corpus(path)), got {type(corpus).__name__}")
    if not corpus.articles:
        raise InvalidArgumentError(f"the corpus ({counted(len(corpus), 'issue')}) has no articles; nothing to report")
    if not isinstance(out_dir, (str, os.PathLike)):
        raise ArgumentTypeError(f"out_dir must be a path, got {type(out_dir).__name__}")
    if n_topics is not None and (not isinstance(n_topics, int) or isinstance(n_topics, bool) or n_topics < 2):
        raise InvalidArgumentError(f"n_topics = {n_topics!r} is invalid; must be an int >= 2 or None")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InvalidArgumentError(f"out_dir {str(out)!r} exists and is not a folder")
    return out


def _index_page(corpus: "Corpus", sections: list[ReportSection], footer: str) -> str:
    nav = "".join(f'<li><a href="#{s.key}">{esc(s.title)}</a></li>' for s in sections)
    body = [f"<nav><ul>{nav}</ul></nav>"]
    for s in sections:
        if s.status == "ok":
            inner = s.html
        elif s.status == "omitted":
            inner = f'<p class="note">Section omitted: {esc(s.note)}.</p>'
        else:
            inner = f'<p class="failed">This section could not be computed: {esc(s.note)}</p>'
        body.append(f'<section id="{s.key}" data-status="{s.status}"><h2>{esc(s.title)}</h2>{inner}</section>')
    dated = [i for i in corpus.issues if i.date]
    span = ""
    if dated:
        span = (f", {issue_date_label(min(dated, key=lambda i: i.date))} – "
                f"{issue_date_label(max(dated, key=lambda i: i.date))}")
    return page("corpus_tools report", "\n".join(body),
                subtitle=f"{counted(len(corpus), 'issue')}, {counted(len(corpus.articles), 'article')}{span}", footer=footer)


def write_report(
    corpus: "Corpus",
    out_dir: str | os.PathLike,
    *,
    terms: Iterable[str] | str | None = None,
    n_topics: int | None = None,
    config: str | os.PathLike | None = None,
    progress: bool = True,
    nlp: "Language | None" = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    by: str | None = None,
    formulae: "str | os.PathLike | pd.DataFrame | None" = None,
) -> ReportResult:
    """Like :func:`build_report`, returning what became of each section (for the command line)."""
    from corpus_tools.progress import progress_bar

    start = time.perf_counter()
    terms_source = "the terms you chose (terms= or --terms)" if terms is not None else ""
    if config is not None:
        options = load_report_config(config)
        if terms is None and options.get("terms") is not None:
            terms_source = f"the terms of your report config ({Path(config).name})"
        terms = terms if terms is not None else options.get("terms")
        n_topics = n_topics if n_topics is not None else options.get("n_topics")
        by = by if by is not None else options.get("by")
        formulae = formulae if formulae is not None else options.get("formulae")
    lexicon = report_formulae(formulae)
    if by is not None and by not in REPORT_BY:
        raise ValueError(f"by = {by!r} is invalid; use one of {REPORT_BY} or leave it out (chosen from the corpus)")
    terms = _check_terms(terms)
    out = _check_args(corpus, out_dir, n_topics)
    out.mkdir(parents=True, exist_ok=True)
    assets = write_assets(out)
    corpus.lay_out(progress=progress)  # the first, lazy layout pass of every page, with its bar
    ctx = sec.Context(corpus=corpus, out_dir=out, nlp=nlp, cache_dir=cache_dir, progress=progress,
                      labels=issue_labels(corpus), by=by or sec.choose_grouping(corpus), terms=terms,
                      terms_source=terms_source, n_topics=n_topics, formulae=lexicon,
                      formulae_source=str(formulae) if isinstance(formulae, (str, os.PathLike)) else
                      ("a lexicon table (formulae=)" if lexicon is not None else ""))
    try:  # parse once up front (cached on disk), so the analyses after it share the result
        t0 = time.perf_counter()
        tokens_frame(corpus, nlp=nlp, progress=progress, cache_dir=cache_dir)
        log.info("report: parsed the corpus in %.1f s", time.perf_counter() - t0)
    except Exception as exc:  # the analyses below report the same problem in their sections
        log.warning("parsing the corpus failed: %s: %s", type(exc).__name__, exc)

    sections = []
    bar = progress_bar(report_sections(corpus, ctx.paper_names()), desc="report", unit="section", file=sys.stderr,
                       disable=True if not progress else None,
                       leave=False)
    for key, title, fn in bar:
        bar.set_postfix_str(key)
        w = Writer(out)
        s = ReportSection(key, title)
        t0 = time.perf_counter()
        try:
            with cjk_text():
                s.html = fn(ctx, w)
        except sec.NotApplicable as exc:
            s.status, s.note = "omitted", str(exc)
        except Exception as exc:  # one broken analysis must not cost the user the whole report
            s.status, s.note = "failed", f"{type(exc).__name__}: {exc}"
            log.warning("report section %r failed: %s", key, s.note)
        s.files = w.files
        s.seconds = time.perf_counter() - t0
        log.info("report section %s: %s in %.1f s", key, s.status, s.seconds)
        sections.append(s)
    bar.close()
    pages = write_article_pages(corpus, out, labels=ctx.labels, entities=ctx.entities, mentions=ctx.mentions)

    elapsed = time.perf_counter() - start
    from corpus_tools.version import __version__

    footer = (f"Made by corpus_tools {esc(__version__)} on {dt.datetime.now().isoformat(timespec='seconds')} "
              f"in {elapsed:.1f} s. Figures are PNG files and tables CSV files (UTF-8 with BOM, for Excel) "
              f"in this folder; the font is {' '.join(esc(a) for a in assets[1:2]) or 'not bundled'} "
              '(<a href="fonts/LICENSE_OFL.txt">SIL Open Font License</a>).')
    index = out / "index.html"
    index.write_text(_index_page(corpus, sections, footer), encoding="utf-8")
    return ReportResult(index, sections, pages, elapsed, len(corpus), len(corpus.articles))


def build_report(
    corpus: "Corpus",
    out_dir: str | os.PathLike,
    *,
    terms: Iterable[str] | str | None = None,
    n_topics: int | None = None,
    config: str | os.PathLike | None = None,
    progress: bool = True,
    nlp: "Language | None" = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    by: str | None = None,
    formulae: "str | os.PathLike | pd.DataFrame | None" = None,
) -> Path:
    """Write an HTML report of *corpus* into *out_dir* and return the path of ``index.html``.

    Sections: corpus overview (issues with their dates to the precision known and the
    manifest's note), the article table, keywords, topics, term trends, places,
    organisations, people in the news, the newsroom's credits apart (reporters, correspondents and
    editors named in bylines, editor lines and a lead's 本报讯（记者 …）: newsroom.csv) and projects, slogans in two layers (formulae the page marks, and known
    formulae of the lexicon counted quoted or not) with their contexts, counts per issue and a timeline (and,
    for a corpus of several papers, each paper's counts and first dates side by side), for a
    corpus of two or more papers a comparison of the papers (what is compared, the words each uses
    more than the other by keyness, the followed terms per paper and period, the places each
    names most: keyness_by_paper.csv, trends_by_paper.csv, places_by_paper.csv), and
    methods and provenance (versions, model scores and cards, every parameter used).
    Every article gets a page of its own (``articles/<article_id>.html``) with its entities
    and slogans marked, linked from every table that names it. Time plots use real dates,
    shade the span of a month- or year-precise date and put undated issues apart.
    Keywords, topic shares and trends are shown per issue for up to 12 issues, otherwise per
    month, quarter or year (the finest with at most 12 periods).

    Figures are PNG and tables CSV (``utf-8-sig``, so Excel reads the Chinese) beside
    ``index.html``; the bundled CJK font is copied to ``fonts/`` and loaded with
    ``@font-face``, so the folder reads the same anywhere and can be moved or zipped whole.
    A section whose analysis raises is reported as failed (with the error) and logged.

    Parameters
    ----------
    corpus : Corpus
        The corpus, e.g. ``load_seeds()`` or ``read_corpus("my_pages/")``.
    out_dir : path
        Folder to write into (created if needed; files of an earlier report are overwritten).
    terms : list of str or comma-separated str, optional
        Terms the trends section follows (default: the keywords shared by the most groups).
    n_topics : int, optional
        Number of topics (default: the candidate with the best coherence).
    config : path, optional
        TOML or JSON file with ``terms``, ``n_topics``, ``by`` and/or ``formulae`` (arguments given
        here win).
    progress : bool
        Show tqdm progress bars on stderr (drawn only when stderr is a terminal or a notebook;
        :mod:`corpus_tools.progress`).
    nlp : spacy.language.Language, optional
        Pipeline for the word-based sections (default ``corpus_tools.load_pipeline()``).
    cache_dir : path, None or False
        Parse cache (see :func:`corpus_tools.parsing.parse_corpus`).
    by : {"issue", "week", "month", "quarter", "year"}, optional
        The period of keywords, topic shares and trends (default: per issue for up to 12
        issues, else the finest period with at most 12 groups).
    formulae : path or DataFrame, optional
        Your own known formulae for the slogan section: a tab-separated file of entries added to
        the shipped lexicon (``load_formula_lexicon(extra=path)``: a county's own 提法, a renamed
        slogan with ``group``, a corrected year), or a whole lexicon table. Also a config key.

    Returns
    -------
    pathlib.Path
        ``out_dir / "index.html"``.

    Raises
    ------
    TypeError
        When *corpus* is not a Corpus.
    ValueError
        When the corpus has no articles, *out_dir* is an existing file, or an option is invalid.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> path = build_report(load_seeds(), "report_out", terms="乡村振兴,古城", progress=False)  # doctest: +SKIP
    >>> path.name  # doctest: +SKIP
    'index.html'
    """
    return write_report(corpus, out_dir, terms=terms, n_topics=n_topics, config=config, progress=progress,
                        nlp=nlp, cache_dir=cache_dir, by=by, formulae=formulae).path
