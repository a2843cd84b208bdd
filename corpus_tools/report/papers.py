"""The report's comparison of papers, for a corpus that holds two or more of them.

A scholar who reads two county papers into one corpus (``corpus-tools report xianju/ pengxi/``)
wants them set against each other: the words one paper uses more than the other (keyness),
the followed terms per paper over time, and the places each paper names. The section is only
added when the issue table names at least two papers; a one-paper report does not change.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.dates import issue_date_label
from corpus_tools.paper_groups import issue_paper_names, keyness_by_paper, split_by_paper
from corpus_tools.parsing import resolve_nlp
from corpus_tools.report.entities import places_by_paper
from corpus_tools.report.page import Writer, esc, para, table
from corpus_tools.report.sections import Context, NotApplicable, default_trend_terms
from corpus_tools.stopwords import DEFAULT_POS
from corpus_tools.trends import keyword_trends

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["several_papers", "papers_section", "paper_summary", "TOP_KEYNESS"]

#: Over-used words shown per paper.
TOP_KEYNESS = 15
#: Places shown per paper.
TOP_PLACES = 15


def several_papers(corpus: "Corpus", papers: pd.Series | None = None) -> bool:
    """Whether the corpus holds two or more named papers (the report then compares them).

    Parameters
    ----------
    corpus : Corpus
        As returned by :func:`corpus_tools.read_corpus`.
    papers : Series, optional
        Its issue id -> paper, when the caller holds it (default:
        :func:`~corpus_tools.paper_groups.issue_paper_names`, made now).

    Returns
    -------
    bool

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "paper": ["今日仙居", "蓬溪报"], "text": ["田市镇", "鸣凤镇"]}))
    >>> several_papers(c), several_papers(c, pd.Series({"a": "今日仙居", "b": None}))
    (True, False)
    """
    papers = issue_paper_names(corpus) if papers is None else papers
    return papers.dropna().nunique() >= 2


def paper_summary(corpus: "Corpus", papers: pd.Series, issues: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per paper: issues, articles, first and last date, counties (as the issue table gives them).

    Parameters
    ----------
    corpus : Corpus
        The whole corpus.
    papers : Series
        Issue id -> paper (:func:`~corpus_tools.paper_groups.issue_paper_names`).
    issues : DataFrame, optional
        The corpus's :meth:`~corpus_tools.corpus.Corpus.issues_frame`, when the caller holds it
        (default: made now; it reads the counties off the text).

    Returns
    -------
    DataFrame
        Columns ``paper``, ``issues``, ``articles``, ``first``, ``last`` and the counties.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "date": ["2021-03-01", "2022-05-02"],
    ...                               "paper": ["今日仙居", "蓬溪报"],
    ...                               "text": ["田市镇建成绿道\\n　　本报讯 田市镇绿道建成。", "鸣凤镇柚子丰收\\n　　本报讯 鸣凤镇柚子丰收。"]}))
    >>> paper_summary(c, pd.Series({"a": "今日仙居", "b": "蓬溪报"}))[["paper", "issues", "first", "last"]].values.tolist()
    [['今日仙居', 1, '2021-03-01', '2021-03-01'], ['蓬溪报', 1, '2022-05-02', '2022-05-02']]
    """
    issues = corpus.issues_frame() if issues is None else issues
    county = issues.set_index("issue_id")["county"]  # the manifest's, else read off the text
    rows = []
    for paper in dict.fromkeys(papers.dropna()):
        issues = [i for i in corpus.issues if papers.get(i.id) == paper]
        dated = sorted((i for i in issues if i.date is not None), key=lambda i: i.date)
        counties = sorted({str(county.get(i.id)) for i in issues if county.get(i.id)})
        rows.append({"paper": paper, "issues": len(issues), "articles": sum(len(i.articles) for i in issues),
                     "first": issue_date_label(dated[0]) if dated else "undated",
                     "last": issue_date_label(dated[-1]) if dated else "undated",
                     "undated issues": len(issues) - len(dated), "county": "、".join(counties)})
    return pd.DataFrame(rows)


def _side_by_side(long: pd.DataFrame, value: str) -> pd.DataFrame:
    """*long* (paper, rank, value …) as one column per paper, ranks as rows."""
    wide = long.pivot(index="rank", columns="paper", values=value)
    return wide[[p for p in dict.fromkeys(long["paper"])]].fillna("").reset_index()


def _trend_terms(ctx: Context) -> list[str]:
    chosen = (ctx.params.get("trends") or {}).get("terms")
    return list(chosen or ctx.terms or default_trend_terms(ctx.keywords))


def _trends_table(ctx: Context, subs: dict, terms: list[str], by: str, nlp) -> pd.DataFrame:
    """The followed terms per 10,000 words, per paper and period, and over each paper's whole run."""
    frames = []
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*undated issues left out")
        for paper, sub in subs.items():
            dated = any(i.date is not None for i in sub.issues)
            for period in (by, "all") if dated else ("all",):  # an undated paper: its whole run only
                tr = keyword_trends(sub, terms, by=period, normalize="per_10k", nlp=nlp,
                                    cache_dir=ctx.cache_dir)
                frames.append(tr.rename_axis("period").reset_index().assign(paper=paper))
    long = pd.concat(frames, ignore_index=True).melt(id_vars=["paper", "period"], var_name="term",
                                                     value_name="per_10k")
    return long.assign(per_10k=long["per_10k"].round(2))[["paper", "period", "term", "per_10k"]]


def papers_section(ctx: Context, w: Writer) -> str:
    """The comparison of the corpus's papers: what is compared, keyness, term trends and places per paper.

    Parameters
    ----------
    ctx : Context
        The report's corpus and options.
    w : Writer
        Writes the section's tables and figures beside the report.

    Returns
    -------
    str
        The section's HTML; raises ``NotApplicable`` when the corpus holds fewer than two papers.
    """
    papers = ctx.paper_names()
    names = list(dict.fromkeys(papers.dropna()))
    if len(names) < 2:
        raise NotApplicable("the corpus holds one paper or none; the comparison needs two")
    subs = split_by_paper(ctx.corpus, papers, warn=False)  # the note below says it
    unnamed = int(papers.isna().sum())
    summary = paper_summary(ctx.corpus, papers, ctx.issue_table())
    out = para(f"This corpus holds {len(names)} papers: {'、'.join(names)}. Each comparison below sets one paper "
               "against the " + ("other" if len(names) == 2 else "others taken together") + ": the words it uses "
               "significantly more (keyness), the followed terms per paper over time, and the places it names. "
               "Differences mix what each paper chooses to print with what happens in its county and with the "
               "years each covers: compare the trends within the years both papers cover.")
    if unnamed:
        out += para(f"{unnamed} issue(s) name no paper (no manifest column, no masthead, no file name, no paper=) and "
                    "are left out of this comparison; give the paper with a manifest column, a file name that "
                    "starts with it (营山报_2011-05-06_p2.txt) or read_corpus(..., paper={file: paper}).", cls="note")
    out += table(summary) + w.csv(summary, "papers.csv")
    ents = ctx.all_entities()
    ctx.params["papers"] = {"papers": "、".join(names), "keyness": f"ct.keyness(paper, others, max_p=0.05), G2 with p < 0.05 "
                            f"and log ratio > 0, top {TOP_KEYNESS}", "places": f"top {TOP_PLACES} per paper"}

    nlp = resolve_nlp(ctx.nlp)  # loaded once for the four analyses below, not once each
    key = keyness_by_paper(subs, top_n=TOP_KEYNESS, nlp=nlp, cache_dir=ctx.cache_dir, entities=ents, pos=DEFAULT_POS)
    out += ("<h3>Words each paper uses more (keyness)</h3>"
            + para("ct.keyness(one paper, the other" + ("" if len(names) == 2 else "s") + ", max_p=0.05): the words a paper uses "
                   "significantly more often than the other" + ("" if len(names) == 2 else "s") + " (log-likelihood "
                   "G2, p < 0.05, log ratio > 0), most significant first. Place names rank high: they say whose "
                   "county a paper covers.")
            + (table(_side_by_side(key, "term")) if len(key) else para("No word differs significantly."))
            + w.csv(key, "keyness_by_paper.csv"))

    terms = _trend_terms(ctx)
    if terms:
        by = ctx.by if ctx.by != "issue" else "year"
        tr = _trends_table(ctx, subs, terms, by, nlp)
        wide = tr.pivot_table(index="period", columns=["term", "paper"], values="per_10k", sort=False)
        wide = wide[[(t, p) for t in terms for p in names if (t, p) in wide.columns]]
        wide.columns = [f"{t} · {p}" for t, p in wide.columns]
        periods = sorted(x for x in wide.index if x != "all") + ["all"]
        out += ("<h3>Term trends per paper</h3>"
                + para(f"The trends section's terms ({esc('、'.join(terms))}) per 10,000 words of each paper, per "
                       f"{by} (ct.keyword_trends on each paper's issues); 'all' is each paper's whole run. A blank "
                       f"cell: the paper has no issue in that {by}.")
                + table(wide.reindex(periods).round(1).astype(object).where(wide.reindex(periods).notna(), "")
                        .reset_index())
                + w.csv(tr, "trends_by_paper.csv"))

    places = places_by_paper(ents, papers, top=TOP_PLACES)
    out += ("<h3>Places per paper</h3>"
            + para(f"The {TOP_PLACES} places each paper names most (townships, villages, communities and other "
                   "places of the places table, with their codes in places_by_paper.csv).")
            + (table(_side_by_side(places.assign(term=places["name"] + " " + places["mentions"].astype(str) + "×"),
                                   "term")) if len(places) else para("No places were found."))
            + w.csv(places, "places_by_paper.csv"))
    return out
