"""The HTML report: one folder of pages in, one browsable report out.

:func:`build_report` writes ``index.html`` with the figures as PNG files and every table as a
CSV file beside it. Each section calls the library function that owns the analysis; when that
section does not apply (a corpus too small for topics, say), it is left out and the report
says why; when an analysis fails, the other sections are still written. Nothing in the report
is made up.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal

import pandas as pd

from corpus_tools.entities import entity_counts, extract_entities
from corpus_tools.io_safety import csv_safe
from corpus_tools.keywords import keywords
from corpus_tools.parsing import tokens_frame
from corpus_tools.plot import (
    _cjk_text,
    plot_keywords,
    plot_topics_over_time,
    plot_trends,
)
from corpus_tools.projects import project_investments
from corpus_tools.slogans import extract_slogans, plot_slogan_timeline
from corpus_tools.text import normalize_text
from corpus_tools.topics import TopicModel
from corpus_tools.trends import keyword_trends

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure
    from spacy.language import Language

    from corpus_tools.corpus import Corpus

__all__ = ["build_report", "ReportSection"]

log = logging.getLogger(__name__)

#: Entity labels shown as places in the report.
PLACE_LABELS = ("TOWNSHIP", "VILLAGE", "COMMUNITY")
#: How many keywords per issue, trend terms, topics' terms and table rows the report shows.
TOP_KEYWORDS = 10
N_TREND_TERMS = 6
TOP_TERMS = 8
MAX_ROWS = 40
MIN_ARTICLES_FOR_TOPICS = 8
#: Keywords, topics and trends are shown per issue up to this many issues, else per calendar period.
MAX_GROUPS = 12


class _NotApplicable(Exception):
    """A section does not apply to this corpus (too few articles, nothing to follow)."""


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
        ``"omitted"`` when a module it needs is missing or the corpus is too small for it,
        ``"failed"`` when the analysis raised.
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


class _Writer:
    """Writes the report's files and remembers them for the section."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.files: list[str] = []

    def csv(self, df: pd.DataFrame, name: str, *, index: bool = False) -> str:
        csv_safe(df).to_csv(self.out_dir / name, index=index, encoding="utf-8")  # no formula injection
        self.files.append(name)
        return f'<p class="files">Table: <a href="{html.escape(name)}">{html.escape(name)}</a></p>'

    def figure(self, fig: "Figure", name: str, alt: str) -> str:
        fig.savefig(self.out_dir / name, dpi=110, bbox_inches="tight", facecolor="white")
        self.files.append(name)
        return (f'<figure><img src="{html.escape(name)}" alt="{html.escape(alt)}">'
                f"<figcaption>{html.escape(alt)}</figcaption></figure>")


def _new_figure(width: float, height: float) -> "Figure":
    # A bare Figure (not pyplot) so that building a report never changes the user's backend.
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height))


def _table(df: pd.DataFrame, *, max_rows: int = MAX_ROWS) -> str:
    shown = df.head(max_rows).astype(object)
    shown = shown.where(shown.notna(), "")  # None and NaT as empty cells, not "None"
    shown.columns.name = None
    more = "" if len(df) <= max_rows else f'<p class="more">First {max_rows} of {len(df)} rows; all rows in the CSV file.</p>'
    return shown.to_html(index=False, escape=True, border=0, classes="data") + more


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _issue_labels(corpus: "Corpus") -> dict[str, str]:
    """Issue id -> a short axis label: the date, with the id's stem where dates repeat or are missing."""
    dates = [i.date.isoformat() if i.date else None for i in corpus.issues]
    labels = {}
    for issue, d in zip(corpus.issues, dates):
        stem = issue.id.split("_")[0] if "_" in issue.id else issue.id[:12]
        labels[issue.id] = (d if dates.count(d) == 1 else f"{d} ({stem})") if d else f"{stem} (undated)"
    return labels


# --- sections ------------------------------------------------------------------------------------

@dataclass
class _Context:
    corpus: "Corpus"
    out_dir: Path
    nlp: "Language | None"
    cache_dir: Any
    progress: bool
    labels: dict[str, str]
    by: str = "issue"
    keywords: pd.DataFrame | None = None

    def label(self, group: str) -> str:
        return self.labels.get(group, group)


def _choose_grouping(corpus: "Corpus") -> str:
    """Issues when there are few; else the finest calendar period with at most MAX_GROUPS groups."""
    from corpus_tools._grouping import _period

    if len(corpus.issues) <= MAX_GROUPS:
        return "issue"
    dates = [i.date for i in corpus.issues if i.date is not None]
    if not dates:
        return "issue"
    for by in ("month", "quarter"):
        if len({_period(d, by) for d in dates}) <= MAX_GROUPS:
            return by
    return "year"


def _overview(ctx: _Context, w: _Writer) -> str:
    corpus = ctx.corpus
    issues = corpus.issues_frame()
    arts = corpus.articles_frame()
    dated = [i.date for i in corpus.issues if i.date is not None]
    n_undated = len(corpus.issues) - len(dated)
    span = f"{min(dated).isoformat()} – {max(dated).isoformat()}" if dated else "no dates"
    counties = sorted({str(c) for c in issues.get("county", pd.Series(dtype=str)).dropna() if str(c)})
    papers = sorted({str(p) for p in issues.get("paper", pd.Series(dtype=str)).dropna() if str(p)})
    facts = [
        ("Issues (pages)", f"{len(corpus.issues)}"),
        ("Dates", span + (f", {n_undated} undated" if n_undated else "")),
        ("Articles", f"{len(arts)}"),
        ("Characters in article bodies", f"{int(arts['n_chars'].sum()):,}"),
    ]
    if counties:
        facts.append(("County", "、".join(counties)))
    if papers:
        facts.append(("Paper", "、".join(papers)))
    dl = "".join(f"<div><dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd></div>" for k, v in facts)
    out = f'<dl class="facts">{dl}</dl>'

    cols = [c for c in ("issue_id", "date", "date_precision", "paper", "county", "county_code",
                        "n_articles", "n_chars") if c in issues.columns]
    out += _table(issues[cols]) + w.csv(issues.drop(columns=["path"], errors="ignore"), "issues.csv")

    from corpus_tools._grouping import article_groups

    with warnings.catch_warnings():  # undated issues: said in the caption below
        warnings.simplefilter("ignore", UserWarning)
        groups, order = article_groups(corpus, ctx.by)
    counts = groups.groupby("group").size().reindex(order, fill_value=0)
    fig = _new_figure(7, 0.45 * len(counts) + 1.2)
    ax = fig.subplots()
    ax.barh(range(len(counts)), counts.to_numpy(), color="#4c72b0")
    ax.set_yticks(range(len(counts)), [ctx.label(g) for g in counts.index])
    ax.invert_yaxis()
    ax.set_xlabel("articles")
    ax.set_title(f"Articles per {ctx.by}")
    fig.tight_layout()
    caption = f"Articles per {ctx.by}, in date order"
    if ctx.by != "issue" and n_undated:
        caption += f" ({n_undated} undated issues left out)"
    out += w.figure(fig, f"articles_per_{ctx.by}.png", caption)
    return out


def _articles(ctx: _Context, w: _Writer) -> str:
    arts = ctx.corpus.articles_frame()
    view = arts[["article_id", "date", "section", "kicker", "title", "n_chars"]].copy()
    view["byline"] = arts["byline"].map(lambda b: " ".join(b) if isinstance(b, (list, tuple)) else (b or ""))
    full = arts.copy()
    for col in ("byline", "captions"):
        if col in full.columns:
            full[col] = full[col].map(lambda v: " | ".join(v) if isinstance(v, (list, tuple)) else v)
    return (_p("Every article found on the pages, with the text parts the analyses read.")
            + _table(view, max_rows=200) + w.csv(full, "articles.csv"))


def _keywords(ctx: _Context, w: _Writer) -> str:
    kw = keywords(ctx.corpus, by=ctx.by, top_n=TOP_KEYWORDS, nlp=ctx.nlp, cache_dir=ctx.cache_dir)
    ctx.keywords = kw
    out = _p(f"The most characteristic words of each {ctx.by} (TF-IDF over articles: frequent in the "
             f"{ctx.by}, rare elsewhere in the corpus).")
    if kw.empty:
        return out + _p("No keyword passed the filters.")
    groups = list(dict.fromkeys(kw["group"]))
    wide = kw.assign(label=kw["group"].map(ctx.label)).pivot(index="rank", columns="label", values="term")
    wide = wide[[ctx.label(g) for g in groups]]
    out += _table(wide.reset_index())
    out += w.csv(kw, "keywords.csv")
    ncols = min(3, len(groups))
    nrows = -(-len(groups) // ncols)
    fig = _new_figure(4.2 * ncols, 3.2 * nrows)
    axes = fig.subplots(nrows, ncols, squeeze=False).ravel()
    for ax, g in zip(axes, groups):
        plot_keywords(kw, group=g, top_n=TOP_KEYWORDS, ax=ax)
        ax.set_title(ctx.label(g))
    for ax in axes[len(groups):]:
        ax.set_visible(False)
    fig.tight_layout()
    return out + w.figure(fig, "keywords.png", f"Top keywords per {ctx.by} (TF-IDF score)")


def _topics(ctx: _Context, w: _Writer) -> str:
    n_articles = len(ctx.corpus.articles)
    if n_articles < MIN_ARTICLES_FOR_TOPICS:
        raise _NotApplicable(f"topics need at least {MIN_ARTICLES_FOR_TOPICS} articles; this corpus has {n_articles}")
    n_topics = int(min(8, max(2, n_articles // 6)))
    tm = TopicModel(n_topics, nlp=ctx.nlp, cache_dir=ctx.cache_dir).fit(ctx.corpus)
    terms = tm.top_terms(TOP_TERMS)
    labels = tm.labels(3)
    out = _p(f"{n_topics} topics found by non-negative matrix factorisation of the articles' TF-IDF "
             "weights. Each topic is a list of words that tend to occur in the same articles; "
             "the label is its three heaviest words.")
    summary = (terms.groupby("topic")["term"].agg(" ".join).rename("top terms").reset_index())
    summary.insert(1, "label", summary["topic"].map(labels))
    out += _table(summary) + w.csv(terms, "topics.csv") + w.csv(tm.doc_topics_, "topic_weights.csv")
    over = tm.topics_over_time(ctx.by)
    over_labeled = over.rename(index=ctx.label)
    out += w.csv(over, "topics_over_time.csv", index=True)
    fig = _new_figure(9, 4.5)
    ax = fig.subplots()
    plot_topics_over_time(over_labeled, labels=labels, ax=ax)
    ax.set_title(f"Topic shares per {ctx.by}")
    fig.tight_layout()
    return out + w.figure(fig, "topics_over_time.png", f"Mean topic share of the articles of each {ctx.by}")


def _trend_terms(ctx: _Context) -> list[str]:
    """The terms the trend section follows: the keywords that stand out most in some group.

    Terms ranked by their best keyword score in any group; a term among the keywords of
    every group is skipped (it shows no change worth a line).
    """
    kw = ctx.keywords
    if kw is None or kw.empty:
        return []
    n_groups = kw["group"].nunique()
    per_term = kw.groupby("term").agg(best=("score", "max"), groups=("group", "nunique"))
    if n_groups > 1:
        per_term = per_term[per_term["groups"] < n_groups]
    ranked = per_term.sort_values(["best"], ascending=False, kind="stable")
    return [normalize_text(t) for t in ranked.index[:N_TREND_TERMS]]


def _trends(ctx: _Context, w: _Writer) -> str:
    terms = _trend_terms(ctx)
    if not terms:
        raise _NotApplicable("no keywords to follow (the keywords section is missing or empty)")
    tr = keyword_trends(ctx.corpus, terms, by=ctx.by, nlp=ctx.nlp, cache_dir=ctx.cache_dir)
    out = _p(f"How often the keywords that stand out most in one {ctx.by} occur in each {ctx.by}, "
             "per 10,000 words, in date order.")
    out += _table(tr.rename(index=ctx.label).round(1).reset_index())
    out += w.csv(tr, "keyword_trends.csv", index=True)
    fig = _new_figure(9, 4.5)
    ax = fig.subplots()
    plot_trends(tr.rename(index=ctx.label), ax=ax, title="Keyword trends (per 10,000 words)")
    fig.tight_layout()
    return out + w.figure(fig, "keyword_trends.png", f"Keyword frequency per {ctx.by}")


def _places(ctx: _Context, w: _Writer) -> str:
    ents = extract_entities(ctx.corpus, progress=ctx.progress)
    out = _p("Villages, townships and communities named in the articles, with their official "
             "administrative codes where the name could be linked, and the named projects.")
    out += w.csv(ents, "entities.csv")
    counts = entity_counts(ctx.corpus, by="issue", entities=ents)  # per issue: the CSV is for analysis
    out += w.csv(counts, "entity_counts.csv")
    if ents.empty:
        return out + _p("No entities were found.")
    name = ents["norm"].where(ents["norm"].notna() & (ents["norm"].astype(str) != ""), ents["text"])
    ents = ents.assign(name=name)

    def tally(sub: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
        g = sub.groupby(keys, dropna=False, sort=False)
        t = g.agg(mentions=("article_id", "size"), articles=("article_id", "nunique"),
                  issues=("issue_id", "nunique")).reset_index()
        return t.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")

    places = tally(ents[ents["label"].isin(PLACE_LABELS)], ["name", "label", "admin_code"])
    projects = tally(ents[ents["label"] == "PROJECT"], ["name"])
    invest = project_investments(ctx.corpus, entities=ents)
    money = invest.dropna(subset=["amount_yuan"])
    if len(projects):
        total = (money.groupby("project")["amount_yuan"].max() / 1e8).round(4).rename("investment (亿元)")
        projects = projects.merge(total, left_on="name", right_index=True, how="left")
    out += "<h3>Places 地名</h3>" + (_table(places) if len(places) else _p("No places found."))
    out += w.csv(places, "places.csv")
    out += "<h3>Projects 项目</h3>" + (_table(projects) if len(projects) else _p("No projects found."))
    out += w.csv(projects, "projects.csv")
    if len(money):
        out += _p("Investment amounts the text gives for a named project (the largest amount per "
                  "project above; check the sentence before adding amounts up).")
        shown = money.assign(**{"亿元": (money["amount_yuan"] / 1e8).round(4)})
        out += _table(shown[["article_id", "project", "amount_text", "亿元", "sentence"]])
    out += w.csv(invest, "project_investments.csv")
    return out


def _slogans(ctx: _Context, w: _Writer) -> str:
    sl = extract_slogans(ctx.corpus)
    out = _p("Official formulae and catch-phrases (提法): numbered formulae, quoted slogans and "
             "parallel series, with how often and when they appear.")
    out += w.csv(sl, "slogans.csv")
    if sl.empty:
        return out + _p("No slogans were found.")
    cols = [c for c in ("text", "kind", "level", "count", "n_articles", "n_issues", "first_date", "last_date")
            if c in sl.columns]
    out += _table(sl[cols])
    undated = int(sl["first_date"].isna().sum()) if "first_date" in sl.columns else 0
    if undated:
        out += _p(f"{undated} slogans occur only in undated issues and are not on the timeline.")
    top = min(30, len(sl) - undated)
    if top < 1:
        return out
    fig = _new_figure(9, 0.32 * top + 1.5)
    ax = fig.subplots()
    with warnings.catch_warnings():  # the undated ones are reported above
        warnings.filterwarnings("ignore", message=r".*without dates are not drawn")
        plot_slogan_timeline(sl, ax=ax, top=top)
    fig.tight_layout()
    return out + w.figure(fig, "slogan_timeline.png", "First and last appearance of the most frequent slogans")


_SECTIONS: list[tuple[str, str, Callable[[_Context, _Writer], str]]] = [
    ("overview", "Corpus overview 语料概况", _overview),
    ("articles", "Articles 文章", _articles),
    ("keywords", "Keywords 关键词", _keywords),
    ("topics", "Topics 主题", _topics),
    ("trends", "Keyword trends 关键词趋势", _trends),
    ("places", "Places and projects 地名与项目", _places),
    ("slogans", "Slogans 提法与口号", _slogans),
]


# --- page ------------------------------------------------------------------------------------------

_CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC",
       "Microsoft YaHei", "Noto Sans", sans-serif; margin: 0 auto; max-width: 1180px; padding: 1.5em 2em;
       color: #222; line-height: 1.5; }
h1 { margin-bottom: 0.1em; } h2 { border-bottom: 2px solid #4c72b0; padding-bottom: 0.2em; margin-top: 2em; }
.sub { color: #555; margin-top: 0; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; }
.facts { display: flex; flex-wrap: wrap; gap: 1em; }
.facts div { background: #f2f5fa; padding: 0.6em 1em; border-radius: 6px; min-width: 9em; }
.facts dt { font-size: 0.85em; color: #555; } .facts dd { margin: 0; font-size: 1.3em; font-weight: bold; }
table.data { border-collapse: collapse; font-size: 0.9em; margin: 0.8em 0; }
table.data th, table.data td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left;
                               vertical-align: top; }
table.data th { background: #f2f5fa; }
table.data td:first-child, table.data td:nth-child(2) { white-space: nowrap; }
figure { margin: 1em 0; } figure img { max-width: 100%; border: 1px solid #eee; }
figcaption, .files, .more { color: #555; font-size: 0.9em; }
.note { background: #fff6e0; border-left: 4px solid #e0a800; padding: 0.5em 1em; }
.failed { background: #fde8e8; border-left: 4px solid #c0392b; padding: 0.5em 1em; }
footer { margin-top: 3em; color: #777; font-size: 0.85em; }
"""


def _page(title: str, subtitle: str, sections: list[ReportSection], footer: str) -> str:
    nav = "".join(f'<li><a href="#{s.key}">{html.escape(s.title)}</a></li>' for s in sections)
    body = []
    for s in sections:
        if s.status == "ok":
            inner = s.html
        elif s.status == "omitted":
            inner = f'<p class="note">Section omitted: {html.escape(s.note)}.</p>'
        else:
            inner = f'<p class="failed">This section could not be computed: {html.escape(s.note)}</p>'
        body.append(f'<section id="{s.key}" data-status="{s.status}"><h2>{html.escape(s.title)}</h2>{inner}</section>')
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{html.escape(title)}</h1><p class=\"sub\">{html.escape(subtitle)}</p>"
        f"<nav><ul>{nav}</ul></nav></header>\n" + "\n".join(body)
        + f"\n<footer>{html.escape(footer)}</footer>\n</body>\n</html>\n"
    )


def _check_args(corpus: Any, out_dir: Any) -> Path:
    from corpus_tools.corpus import Corpus

    if not isinstance(corpus, Corpus):
        raise TypeError(f"corpus must be a corpus_tools Corpus (e.g. corpus_tools.load_seeds() or "
                        f"read_corpus(path)), got {type(corpus).__name__}")
    if not corpus.articles:
        raise ValueError(f"the corpus ({len(corpus)} issues) has no articles; nothing to report")
    if not isinstance(out_dir, (str, os.PathLike)):
        raise TypeError(f"out_dir must be a path, got {type(out_dir).__name__}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ValueError(f"out_dir {str(out)!r} exists and is not a folder")
    return out


def _build(corpus: "Corpus", out_dir: str | os.PathLike, *, progress: bool, nlp: "Language | None",
           cache_dir: Any) -> tuple[Path, list[ReportSection], float]:
    from tqdm.auto import tqdm

    start = time.perf_counter()
    out = _check_args(corpus, out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ctx = _Context(corpus=corpus, out_dir=out, nlp=nlp, cache_dir=cache_dir, progress=progress,
                   labels=_issue_labels(corpus), by=_choose_grouping(corpus))
    try:  # parse once up front (cached on disk), so the analyses after it share the result
        t0 = time.perf_counter()
        tokens_frame(corpus, nlp=nlp, progress=progress, cache_dir=cache_dir)
        log.info("report: parsed the corpus in %.1f s", time.perf_counter() - t0)
    except Exception as exc:  # the analyses below report the same problem in their sections
        log.warning("parsing the corpus failed: %s: %s", type(exc).__name__, exc)

    sections = []
    bar = tqdm(_SECTIONS, desc="report", unit="section", file=sys.stderr, disable=not progress,
               leave=False)
    for key, title, fn in bar:
        bar.set_postfix_str(key)
        w = _Writer(out)
        sec = ReportSection(key, title)
        t0 = time.perf_counter()
        try:
            with _cjk_text():
                sec.html = fn(ctx, w)
        except _NotApplicable as exc:
            sec.status, sec.note = "omitted", str(exc)
        except Exception as exc:  # one broken analysis must not cost the user the whole report
            sec.status, sec.note = "failed", f"{type(exc).__name__}: {exc}"
            log.warning("report section %r failed: %s", key, sec.note)
        sec.files = w.files
        sec.seconds = time.perf_counter() - t0
        log.info("report section %s: %s in %.1f s", key, sec.status, sec.seconds)
        sections.append(sec)
    bar.close()

    elapsed = time.perf_counter() - start
    dates = [i.date for i in corpus.issues if i.date]
    span = f", {min(dates).isoformat()} – {max(dates).isoformat()}" if dates else ""
    title = "corpus_tools report"
    subtitle = f"{len(corpus)} issues, {len(corpus.articles)} articles{span}"
    from corpus_tools import __version__

    footer = (f"Made by corpus_tools {__version__} on {dt.datetime.now().isoformat(timespec='seconds')} "
              f"in {elapsed:.1f} s. Figures are PNG files and tables CSV files in this folder.")
    index = out / "index.html"
    index.write_text(_page(title, subtitle, sections, footer), encoding="utf-8")
    return index, sections, elapsed


def build_report(
    corpus: "Corpus",
    out_dir: str | os.PathLike,
    *,
    progress: bool = True,
    nlp: "Language | None" = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
) -> Path:
    """Write an HTML report of *corpus* into *out_dir* and return the path of ``index.html``.

    Sections: corpus overview (issues, dates, articles, characters), the article table,
    keywords, topics, keyword trends, places and projects, slogans with a timeline. Keywords,
    topic shares and trends are shown per issue for up to 12 issues, otherwise per month,
    quarter or year (the finest with at most 12 periods).
    Figures are written as PNG and tables as CSV files beside ``index.html``, which links them
    by relative paths, so the folder can be moved or zipped as a whole. A section whose library
    module is not available is left out with a note naming the module; a section whose analysis
    raises is reported as failed (with the error) and logged as a warning.

    Parameters
    ----------
    corpus : Corpus
        The corpus, e.g. ``load_seeds()`` or ``read_corpus("my_pages/")``.
    out_dir : path
        Folder to write into (created if needed; files of an earlier report are overwritten).
    progress : bool
        Show tqdm progress bars on stderr.
    nlp : spacy.language.Language, optional
        Pipeline for the word-based sections (default ``corpus_tools.load_pipeline()``).
    cache_dir : path, None or False
        Parse cache (see :func:`corpus_tools.parsing.parse_corpus`).

    Returns
    -------
    pathlib.Path
        ``out_dir / "index.html"``.

    Raises
    ------
    TypeError
        When *corpus* is not a Corpus.
    ValueError
        When the corpus has no articles or *out_dir* is an existing file.

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> path = build_report(load_seeds(), "report_out", progress=False)  # doctest: +SKIP
    >>> path.name  # doctest: +SKIP
    'index.html'
    """
    path, _, _ = _build(corpus, out_dir, progress=progress, nlp=nlp, cache_dir=cache_dir)
    return path


def _summary_line(path: Path, sections: list[ReportSection], elapsed: float, corpus: "Corpus") -> str:
    """The one-line summary the command line prints after :func:`build_report`."""
    ok = [s.key for s in sections if s.status == "ok"]
    omitted = [s.key for s in sections if s.status == "omitted"]
    failed = [s.key for s in sections if s.status == "failed"]
    n_files = sum(len(s.files) for s in sections)
    line = (f"report: {len(corpus)} issues, {len(corpus.articles)} articles; {len(ok)}/{len(sections)} "
            f"sections, {n_files} figure/table files -> {path} ({elapsed:.1f} s)")
    if omitted:
        line += f"; omitted: {', '.join(omitted)}"
    if failed:
        line += f"; FAILED: {', '.join(failed)}"
    return line
