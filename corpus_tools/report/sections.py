"""The report's sections on the corpus and its words: overview, articles, keywords, topics, trends.

Each section is ``fn(ctx, writer) -> html``; it calls the library function that owns the
analysis, writes its tables (CSV) and figures (PNG) through the writer, and records the
parameters it used in ``ctx.params`` for the methods section.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from corpus_tools._grouping import article_groups
from corpus_tools.keywords import keywords
from corpus_tools.paper_renames import rename_note
from corpus_tools.period_labels import period_key
from corpus_tools.plot import cjk_text, finish_axes, plot_keywords
from corpus_tools.dates import group_dates, issue_date_label
from corpus_tools.report.dates import plot_over_time
from corpus_tools.report.page import Writer, article_href, esc, para, table
from corpus_tools.stopwords import DEFAULT_POS
from corpus_tools.text import normalize_text
from corpus_tools.topics import TopicModel, choose_n_topics, compare_n_topics
from corpus_tools.trends import keyword_trends

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure
    from spacy.language import Language

    from corpus_tools.corpus import Corpus

TOP_KEYWORDS = 10
N_TREND_TERMS = 6
TOP_TERMS = 8
MIN_ARTICLES_FOR_TOPICS = 8
#: Keywords, topics and trends are shown per issue up to this many issues, else per calendar period.
MAX_GROUPS = 12


class NotApplicable(Exception):
    """A section does not apply to this corpus (too few articles, nothing to follow)."""


@dataclass
class Context:
    """What the sections share: the corpus, options, and results later sections reuse."""

    corpus: "Corpus"
    out_dir: Path
    nlp: "Language | None"
    cache_dir: Any
    progress: bool
    labels: dict[str, str]
    by: str = "issue"
    terms: tuple[str, ...] | None = None
    #: Where the terms came from, as the trends section says it ("the terms of your report config (r.toml)").
    terms_source: str = ""
    n_topics: int | None = None
    #: The known-formula lexicon of the slogan section (None: the shipped one) and where it came from.
    formulae: pd.DataFrame | None = None
    formulae_source: str = ""
    keywords: pd.DataFrame | None = None
    entities: pd.DataFrame | None = None
    mentions: pd.DataFrame | None = None
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The issue table and each issue's paper, made once for every section (see :meth:`issue_table`).
    issues: pd.DataFrame | None = None
    papers: pd.Series | None = None

    def label(self, group: str) -> str:
        """The display label of *group* (an issue's date label, else the group itself)."""
        return self.labels.get(group, group)

    def all_entities(self) -> pd.DataFrame:
        """The corpus's entity table, extracted once for every section that uses it."""
        if self.entities is None:
            from corpus_tools.entities import extract_entities

            self.entities = extract_entities(self.corpus, progress=self.progress)
        return self.entities

    def issue_table(self) -> pd.DataFrame:
        """The corpus's issue table (:meth:`Corpus.issues_frame`: papers read off mastheads and counties
        off the text), made once for the overview, the comparison of papers and the slogans."""
        if self.issues is None:
            self.issues = self.corpus.issues_frame()
        return self.issues.copy()

    def paper_names(self) -> pd.Series:
        """Issue id -> paper (:func:`corpus_tools.paper_groups.issue_paper_names`), taken once from
        :meth:`issue_table`."""
        if self.papers is None:
            from corpus_tools.paper_groups import issue_paper_names

            self.papers = issue_paper_names(self.corpus, issues=self.issue_table())
        return self.papers

    def panel_title(self, group: str) -> str:
        """A figure panel's title: the group's label and, for an issue, its paper or id (two
        pages of one day, or of different papers, must not share a title)."""
        label = self.label(group)
        if self.by != "issue":
            return label
        issue = next((i for i in self.corpus.issues if i.id == group), None)
        name = str((issue.meta.get("paper") if issue is not None else None) or group)
        return label if name in label else f"{label}\n{name}"

    def dated(self, df: pd.DataFrame, col: str = "group") -> pd.DataFrame:
        """*df* with a ``date`` column (to its precision) right after *col* (an issue id column,
        or ``group`` when the groups are issues)."""
        if col not in df.columns or "date" in df.columns or (col == "group" and self.by != "issue"):
            return df
        dates = {i.id: issue_date_label(i) for i in self.corpus.issues}
        out = df.copy()
        out.insert(out.columns.get_loc(col) + 1, "date", out[col].map(dates))
        return out


def choose_grouping(corpus: "Corpus") -> str:
    """Issues when there are few; else the finest calendar period with at most MAX_GROUPS groups."""
    if len(corpus.issues) <= MAX_GROUPS:
        return "issue"
    dates = [i.date for i in corpus.issues if i.date is not None]
    if not dates:
        return "issue"
    for by in ("month", "quarter"):
        if len({period_key(d, by) for d in dates}) <= MAX_GROUPS:
            return by
    return "year"


def new_figure(width: float, height: float) -> "Figure":
    """A matplotlib Figure of *width* x *height* inches, not registered with pyplot."""
    # A bare Figure (not pyplot) so that building a report never changes the user's backend.
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height))


def _link_article(row: pd.Series) -> str:
    return article_href(row["article_id"])


#: The overview's date note for a date that no manifest note explains.
_DATE_NOTES = {"file name": "from the file name", "page": "printed on the page (masthead line)"}
#: How the overview names the source of an issue's county.
_COUNTY_SOURCES = {"manifest": "manifest", "user": "given by the user", "text": "read off the text"}


def issues_with_counties(corpus: "Corpus", issues: pd.DataFrame | None = None) -> pd.DataFrame:
    """The report's issue table: :meth:`Corpus.issues_frame` with the sources spelled out.

    Parameters
    ----------
    corpus : Corpus
        As read by :func:`corpus_tools.read_corpus`.
    issues : DataFrame, optional
        Its :meth:`Corpus.issues_frame`, when the caller holds it already (default: made now).

    Returns
    -------
    pandas.DataFrame
        :meth:`Corpus.issues_frame` without ``path`` (the county of pages without one read off
        their text, :func:`~corpus_tools.county_tables.issue_counties`), ``county_source`` in
        words (``manifest``, ``given by the user``, ``read off the text``; None if undecided).

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> import pandas as pd
    >>> df = issues_with_counties(read_corpus(pd.DataFrame({"text": ["武乡县蟠龙镇、韩北镇的党员开展志愿服务。"]})))
    >>> df.loc[0, ["county", "county_source"]].tolist()
    ['武乡县', 'read off the text']
    """
    issues = (corpus.issues_frame() if issues is None else issues).drop(columns=["path"], errors="ignore")
    issues["county_source"] = issues["county_source"].map(lambda s: _COUNTY_SOURCES.get(s, s) if s else None)
    return issues


def overview(ctx: Context, w: Writer) -> str:
    """The overview section: issues with their dates and sources, articles per issue."""
    corpus = ctx.corpus
    arts = corpus.articles_frame()
    dated = [i for i in corpus.issues if i.date is not None]
    n_undated = len(corpus.issues) - len(dated)
    if dated:
        first = min(dated, key=lambda i: i.date)
        last = max(dated, key=lambda i: i.date)
        span = f"{issue_date_label(first)} – {issue_date_label(last)}"
    else:
        span = "no dates"
    issues = issues_with_counties(corpus, ctx.issue_table())
    counties = sorted({str(c) for c in issues.get("county", pd.Series(dtype=str)).dropna() if str(c)})
    papers = sorted({str(p) for p in issues.get("paper", pd.Series(dtype=str)).dropna() if str(p)})
    facts = [("Issues (pages)", f"{len(corpus.issues)}"),
             ("Dates", span + (f", {n_undated} undated" if n_undated else "")),
             ("Articles", f"{len(arts)}"),
             ("Characters in article bodies", f"{int(arts['n_chars'].sum()):,}")]
    if counties:
        inferred = (issues["county_source"] == _COUNTY_SOURCES["text"]).any()
        facts.append(("County", "、".join(counties) + (" (read off the text where no manifest gives it)"
                                                      if inferred else "")))
    if papers:
        sources = set(issues.get("paper_source", pd.Series(dtype=object)).dropna())
        how = [said for src, said in (("text", "read off the masthead where no manifest gives it"),
                                      ("folder", "a page naming none takes the one paper its folder's other pages "
                                                 "name")) if src in sources]
        facts.append(("Paper", "、".join(papers) + (f" ({'; '.join(how)})" if how else "")))
        renamed = rename_note(issues)     # one paper under two mastheads (user30b F8)
        if renamed:
            facts.append(("Renamed?", renamed))
    out = '<dl class="facts">' + "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in facts) + "</dl>"

    notes = {i.id: i.meta.get("date_note") or _DATE_NOTES.get(i.meta.get("date_source"), "") for i in corpus.issues}
    issues["date"] = issues["issue_id"].map({i.id: issue_date_label(i) for i in corpus.issues})
    issues["date_note"] = issues["issue_id"].map(notes)
    cols = [c for c in ("issue_id", "date", "date_precision", "date_note", "paper", "paper_source", "county",
                        "county_code", "county_source", "n_articles", "n_chars") if c in issues.columns]
    first_art = {i.id: i.articles[0].id for i in corpus.issues if i.articles}
    out += para("Dates are shown as precisely as they are known (2024: the year only; 2023-12: the "
                "month); the note says how each date was found.")
    out += table(issues[cols], links={"issue_id": lambda r: article_href(first_art[r["issue_id"]])
                                      if r["issue_id"] in first_art else None})
    out += w.csv(issues[cols + [c for c in issues.columns if c not in cols]], "issues.csv")

    with warnings.catch_warnings():  # undated issues: said in the caption below
        warnings.simplefilter("ignore", UserWarning)
        groups, order = article_groups(corpus, ctx.by)
    counts = groups.groupby("group").size().reindex(order, fill_value=0)
    with cjk_text() as fam:
        fig = new_figure(7, 0.45 * len(counts) + 1.2)
        ax = fig.subplots()
        ax.barh(range(len(counts)), counts.to_numpy(), color="#4c72b0")
        ax.set_yticks(range(len(counts)), [ctx.label(g) for g in counts.index])
        ax.invert_yaxis()
        ax.set_xlabel("articles")
        ax.set_title(f"Articles per {ctx.by}")
        finish_axes(ax, fam)
        fig.tight_layout()
    caption = f"Articles per {ctx.by}, in corpus order" if ctx.by == "issue" else f"Articles per {ctx.by}"
    if ctx.by != "issue" and n_undated:
        caption += f" ({n_undated} undated issues left out)"
    return out + w.figure(fig, f"articles_per_{ctx.by}.png", caption)


def articles(ctx: Context, w: Writer) -> str:
    """The article table section (CSV beside it), each row linking the article's page."""
    arts = ctx.corpus.articles_frame()
    dates = {i.id: issue_date_label(i) for i in ctx.corpus.issues}
    arts["date"] = arts["issue_id"].map(dates)
    view = arts[["article_id", "date", "section", "kicker", "title", "n_chars"]].copy()
    # the byline as printed, roles as roles (记者 王磊 通讯员 赵晓红); articles_frame's byline holds the names
    view["byline"] = arts["article_id"].map({a.id: a.byline_text for a in ctx.corpus.articles})
    full = arts.copy()
    for col in ("byline", "captions"):
        if col in full.columns:
            full[col] = full[col].map(lambda v: " | ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    full.insert(full.columns.get_loc("byline") + 1, "byline_text", view["byline"].to_numpy())
    return (para("Every article found on the pages; click an id or a title to read the article with its "
                 "places, people, organisations, projects and slogans marked.")
            + table(view, links={"article_id": _link_article, "title": _link_article}, max_rows=200)
            + w.csv(full, "articles.csv"))


def keywords_section(ctx: Context, w: Writer) -> str:
    """The keywords section: TF-IDF keywords per issue or period, as charts and a CSV."""
    params = dict(by=ctx.by, method="tfidf", top_n=TOP_KEYWORDS, ngram_range=(1, 1), pos=DEFAULT_POS,
                  min_chars=2)
    # pieces of a person's name (杞|国荣) are no keywords: the entity table says where names are
    kw = keywords(ctx.corpus, **params, nlp=ctx.nlp, cache_dir=ctx.cache_dir, entities=ctx.all_entities())
    ctx.params["keywords"] = params
    ctx.keywords = kw
    out = para(f"The most characteristic words of each {ctx.by}, ranked by TF-IDF over articles (frequent in the "
               f"{ctx.by}, in few articles elsewhere): ct.keywords(corpus, by={ctx.by!r}, method='tfidf'). "
               "ct.keywords and corpus-tools keywords rank an issue or a period by keyness against the rest "
               "of the corpus by default (G2), so their lists differ from this one.")
    if kw.empty:
        return out + para("No keyword passed the filters.")
    groups = list(dict.fromkeys(kw["group"]))
    wide = kw.assign(label=kw["group"].map(ctx.label)).pivot(index="rank", columns="label", values="term")
    wide = wide[[ctx.label(g) for g in groups]]
    out += table(wide.reset_index())
    out += w.csv(ctx.dated(kw), "keywords.csv")
    ncols = min(3, len(groups))
    nrows = -(-len(groups) // ncols)
    fig = new_figure(4.2 * ncols, 3.2 * nrows)
    axes = fig.subplots(nrows, ncols, squeeze=False).ravel()
    for ax, g in zip(axes, groups):
        plot_keywords(kw, group=g, top_n=TOP_KEYWORDS, ax=ax)
        ax.set_title(ctx.panel_title(g), fontsize="medium")
    for ax in axes[len(groups):]:
        ax.set_visible(False)
    fig.tight_layout()
    return out + w.figure(fig, "keywords.png", f"Top keywords per {ctx.by} (TF-IDF score)")


def per_10k_chars(ctx: Context, terms: list[str], index: pd.Index) -> pd.DataFrame:
    """The followed terms' counts per 10,000 characters of each group's articles (the slogan tables' unit,
    user25: trends per 10,000 words beside slogan rates per 10,000 characters misled), columns
    ``<term> /10k chars`` on *index* (the groups of the trends table)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*undated issues left out")
        counts = keyword_trends(ctx.corpus, terms, by=ctx.by, normalize="count", match="auto", nlp=ctx.nlp,
                                cache_dir=ctx.cache_dir)
        groups, _ = article_groups(ctx.corpus, ctx.by)  # the trends section has said it once already
    n_chars = {a.id: a.n_chars for a in ctx.corpus.articles}
    chars = groups.assign(n=groups["article_id"].map(n_chars)).groupby("group")["n"].sum()
    rate = counts.reindex(index).div(chars.reindex(index).replace(0, float("nan")), axis=0) * 10_000
    return rate.rename(columns=lambda t: f"{t} /10k chars")


def _pick_n_topics(ctx: Context, n_articles: int) -> tuple[int, str, pd.DataFrame | None]:
    if ctx.n_topics is not None:
        return ctx.n_topics, "set by the user", None
    top = int(min(12, max(2, n_articles // 4)))
    candidates = sorted({k for k in (2, 3, 4, 6, 8, 10, 12) if k <= top})
    if len(candidates) == 1:
        return candidates[0], f"the only candidate for {n_articles} articles (at most one topic per 4)", None
    scores = compare_n_topics(ctx.corpus, candidates, nlp=ctx.nlp, cache_dir=ctx.cache_dir)
    best = choose_n_topics(scores)
    top_k = int(scores.loc[scores["coherence"].idxmax(), "n_topics"])
    rule = ("the best mean NPMI coherence of the top 10 terms" if best == top_k and top_k > min(candidates) else
            "the most topics whose mean NPMI coherence of the top 10 terms is within one standard error of the best")
    return best, (f"{rule} among k = {', '.join(map(str, candidates))} (k = {top_k} scores highest; at most "
                  "one topic per 4 articles; topic_coherence.csv has the scores, --n-topics sets the number)"), scores


def topics(ctx: Context, w: Writer) -> str:
    """The topics section: the number of topics (given or chosen by coherence), top terms, shares over time."""
    n_articles = len(ctx.corpus.articles)
    if n_articles < MIN_ARTICLES_FOR_TOPICS:
        raise NotApplicable(f"topics need at least {MIN_ARTICLES_FOR_TOPICS} articles; this corpus has {n_articles}")
    n_topics, why, scores = _pick_n_topics(ctx, n_articles)
    tm = TopicModel(n_topics, nlp=ctx.nlp, cache_dir=ctx.cache_dir).fit(ctx.corpus)
    ctx.params["topics"] = {**{k: getattr(tm, k) for k in ("n_topics", "method", "random_state", "min_df",
                                                            "max_df", "max_features", "ngram_range", "pos",
                                                            "min_chars") if hasattr(tm, k)},
                            "why this many topics": why}
    terms = tm.top_terms(TOP_TERMS)
    labels = tm.labels(3)  # "0: 项目·工程·公路"
    out = para(f"{n_topics} topics found by non-negative matrix factorisation of the articles' TF-IDF "
               f"weights ({why}). Each topic is a list of words that tend to occur in the same articles; "
               "its label is its three heaviest words.")
    if scores is not None:
        out += w.csv(scores, "topic_coherence.csv")
    summary = terms.groupby("topic")["term"].agg(" ".join).rename("top terms").reset_index()
    summary.insert(1, "label", summary["topic"].map(labels))
    out += table(summary)
    out += w.csv(terms.assign(label=terms["topic"].map(labels)), "topics.csv")
    weights = tm.doc_topics_.assign(label=tm.doc_topics_["topic"].map(labels))
    out += w.csv(weights, "topic_weights.csv")
    # the article each topic weighs most in, to read what the topic is about
    best = weights.sort_values("weight", ascending=False).drop_duplicates("topic").sort_values("topic")
    titles = {a.id: a.title for a in ctx.corpus.articles}
    best = best.assign(title=best["article_id"].map(titles))[["label", "article_id", "title", "weight"]]
    out += "<h3>The article most about each topic</h3>" + table(
        best, links={"article_id": _link_article, "title": _link_article})
    over = tm.topics_over_time(ctx.by)
    dates = group_dates(ctx.corpus, list(over.index), ctx.by)
    csv = over.rename(columns=labels)
    csv.insert(0, "date" if ctx.by == "issue" else "label", dates["label"].reindex(over.index).to_numpy())
    out += w.csv(csv, "topics_over_time.csv", index=True)
    fig = plot_over_time(over, dates, ylabel="mean topic share", labels=labels,
                         title=f"Topic shares per {ctx.by}", figsize=(10, 4.8), by=ctx.by)
    return out + w.figure(fig, "topics_over_time.png",
                          f"Mean topic share of the articles of each {ctx.by}, on a time axis")


def default_trend_terms(kw: pd.DataFrame | None, n: int = N_TREND_TERMS) -> list[str]:
    """Keywords that recur: those among the keywords of the most groups, then by total frequency.

    A term that is a keyword of one group only would show a spike made by the choice itself.
    """
    if kw is None or kw.empty:
        return []
    per_term = kw.groupby("term").agg(groups=("group", "nunique"), tf=("tf", "sum"))
    if kw["group"].nunique() > 1:
        per_term = per_term[per_term["groups"] > 1]
    ranked = per_term.sort_values(["groups", "tf"], ascending=False, kind="stable")
    return [normalize_text(t) for t in ranked.index[:n]]


def trends(ctx: Context, w: Writer) -> str:
    """The trends section: the chosen terms (or the most widely shared keywords) per issue or period."""
    if ctx.terms:
        terms, how = list(ctx.terms), ctx.terms_source or "the terms you chose"
    else:
        terms = default_trend_terms(ctx.keywords)
        how = ("the keywords shared by the most groups (choose your own with --terms or "
               "build_report(terms=...))")
    if not terms:
        raise NotApplicable("no terms to follow (no keywords recur across groups; pass terms=...)")
    params = dict(by=ctx.by, normalize="per_10k", match="auto")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*undated issues left out")
        tr = keyword_trends(ctx.corpus, terms, **params, nlp=ctx.nlp, cache_dir=ctx.cache_dir)
    ctx.params["trends"] = {**params, "terms": terms, "terms chosen as": how}
    dates = group_dates(ctx.corpus, list(tr.index), ctx.by)
    out = para(f"How often {how} occur in each {ctx.by}, per 10,000 words, on a time axis; "
               "undated issues stand apart on the right. Only the articles' titles, subtitles and bodies "
               "are searched (as ct.kwic does): a term printed on a section banner, a kicker or a caption "
               "is not counted here, so the slogan section's count can be higher; its in_text column "
               "counts the same text, but every wording of a formula (printed_as), where a term here is "
               "the one string.")
    shown = tr.round(1)
    shown.insert(0, ctx.by if ctx.by != "issue" else "date", dates["label"].reindex(tr.index).to_numpy())
    out += table(shown.reset_index(drop=ctx.by != "issue"))
    out += para("Rates here are per 10,000 words (segmented); the slogan section's are per 10,000 characters. "
                "keyword_trends.csv gives both: each term's column per 10,000 words and a column "
                "'<term> /10k chars' per 10,000 characters of the same articles, to compare with the slogan "
                "section's per_10k_chars.")
    csv = pd.concat([tr, per_10k_chars(ctx, terms, tr.index)], axis=1).round(2)
    csv.insert(0, "date" if ctx.by == "issue" else "label", dates["label"].reindex(tr.index).to_numpy())
    out += w.csv(csv, "keyword_trends.csv", index=True)
    fig = plot_over_time(tr, dates, ylabel="per 10,000 words", title="Term frequency", by=ctx.by)
    return out + w.figure(fig, "keyword_trends.png", f"Frequency of the terms per {ctx.by}, on a time axis")
