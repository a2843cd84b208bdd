"""The report's slogan section: both layers of official formulae (提法), with their contexts.

Layer one, *marked* slogans, is what the page itself marks as a formula (quotation marks,
numbers, parallel series); layer two, *known formulae*, is the curated lexicon counted
wherever it appears, quoted or not. One table holds both, told apart by its ``source``
column (marked / lexicon / both, :data:`corpus_tools.slogans.SOURCE_DESCRIPTIONS`).
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.dates import group_dates, issue_date_label, with_year_gaps
from corpus_tools.report.page import Writer, article_href, esc, para, table, untitled_label
from corpus_tools.report.sections import Context, new_figure
from corpus_tools.slogans import (SOURCE_DESCRIPTIONS, extract_slogans, load_formula_lexicon, plot_slogan_timeline,
                                  slogan_mentions, slogan_trends)

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["slogans", "timeline_labels", "first_last", "layer_rates", "guarded_out", "EDGE_MARKS", "N_CONTEXT_SLOGANS", "N_CONTEXTS"]

N_CONTEXT_SLOGANS = 12
N_CONTEXTS = 3
#: Longer sentences are shown by their context window around the mention instead.
MAX_SENTENCE = 160
SOURCES = ("both", "lexicon", "marked")
TABLE_COLUMNS = ["text", "group", "printed_as", "source", "kind", "level", "year", "count", "n_quoted", "in_text", "n_articles",
                 "n_issues",
                 "first", "last"]
#: What the count columns of the report's slogan tables hold (said under the tables and in the trends section).
COUNT_NOTE = ("count: every printed occurrence, on section banners, kickers and captions too; n_quoted: those "
              "printed in quotation marks; in_text: those in "
              "the articles' titles, subtitles and bodies, the text the trends section, ct.keyword_trends and "
              "ct.kwic search (乡村振兴 printed as a section name is in count, not in in_text). Both count every "
              "wording of a formula (printed_as lists them: 新农村建设 counts under 社会主义新农村), while ct.kwic and "
              "ct.keyword_trends count the one string they are given: in_text equals their count only for a "
              "formula printed in that wording alone; ct.slogan_mentions(corpus) rows of the formula with "
              "part == 'text' are every wording in context, in_text of them.")


def printed_as(mentions: pd.DataFrame) -> dict[str, str]:
    """Per slogan text: the wordings the paper printed, most frequent first, with their counts.

    A row is named by the formula's canonical form (学习宣传贯彻党的二十大精神), which the paper may
    never print; this says what it did print (学习贯彻党的二十大精神 ×2).

    Examples
    --------
    >>> m = pd.DataFrame({"text": ["学习宣传贯彻党的二十大精神"] * 2 + ["乡村振兴"] * 3,
    ...                   "printed_form": ["学习贯彻党的二十大精神"] * 2 + ["乡村振兴", "乡村振兴", "乡村振兴战略"]})
    >>> printed_as(m)["学习宣传贯彻党的二十大精神"], printed_as(m)["乡村振兴"]
    ('学习贯彻党的二十大精神 ×2', '乡村振兴 ×2, 乡村振兴战略 ×1')
    """
    out = {}
    for text, forms in mentions.groupby("text", sort=False)["printed_form"]:
        counts = forms.fillna(text).value_counts(sort=False).sort_values(ascending=False, kind="stable")
        out[text] = ", ".join(f"{form} ×{n}" for form, n in counts.items())
    return out


def with_printed_counts(sl: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """*sl* with ``printed_as`` (after ``text``: :func:`printed_as`) and ``in_text`` (after ``count``:
    the mentions in the articles' titles, subtitles and bodies, the text keyword_trends and kwic search, every
    wording of a formula counted, where kwic counts the one string it is given; :data:`COUNT_NOTE`)."""
    out = sl.copy()
    text = mentions[mentions["part"] == "text"] if len(mentions) else mentions
    out.insert(1, "printed_as", out["text"].map(printed_as(mentions) if len(mentions) else {}).fillna(""))
    counts = text.groupby("text").size() if len(text) else pd.Series(dtype=int)
    out.insert(out.columns.get_loc("count") + 1, "in_text", out["text"].map(counts).fillna(0).astype(int))
    return out


def shown_names(mentions: pd.DataFrame) -> dict[str, str]:
    """Per slogan text, the name a reader sees for its row: the text when the paper printed it, else the
    wording it printed most (学习贯彻党的二十大精神 for 学习宣传贯彻党的二十大精神).

    Examples
    --------
    >>> m = pd.DataFrame({"text": ["学习宣传贯彻党的二十大精神", "乡村振兴", "乡村振兴"],
    ...                   "printed_form": ["学习贯彻党的二十大精神", "乡村振兴战略", "乡村振兴"]})
    >>> shown_names(m)
    {'学习宣传贯彻党的二十大精神': '学习贯彻党的二十大精神', '乡村振兴': '乡村振兴'}
    """
    out = {}
    for text, forms in mentions.groupby("text", sort=False)["printed_form"]:
        forms = forms.dropna()
        out[text] = text if forms.empty or (forms == text).any() else str(forms.value_counts().index[0])
    return out


def timeline_labels(texts: pd.Series, mentions: pd.DataFrame) -> pd.Series:
    """The timeline's row names: the slogan table's canonical text, so a reader finds the row in the
    table, with the wording the paper printed most in brackets when it never printed the text itself.

    Examples
    --------
    >>> m = pd.DataFrame({"text": ["四个全面", "乡村振兴"], "printed_form": ["四个全面战略布局", "乡村振兴"]})
    >>> timeline_labels(pd.Series(["四个全面", "乡村振兴", "一核两翼"]), m).tolist()
    ['四个全面（四个全面战略布局）', '乡村振兴', '一核两翼']
    """
    names = shown_names(mentions) if len(mentions) else {}
    return texts.map(lambda t: t if names.get(t, t) == t else f"{t}（{names[t]}）")


#: Said after a first (last) date that is the corpus's first (last) issue: the paper may have printed
#: the slogan before (after) the corpus, so the uptake it suggests is censored.
EDGE_MARKS = (" (corpus start)", " (corpus end)")


def first_last(mentions: pd.DataFrame, corpus: "Corpus") -> pd.DataFrame:
    """Per slogan text: first and last issue date, written to the issue's precision, marked
    :data:`EDGE_MARKS` when it is the corpus's first or last dated issue (user21: 科学发展观 "first
    printed 2008", five years after 2003, was the corpus's first issue, not the paper's uptake).

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"issue_id": ["a", "b", "c"], "date": ["2008-04-13", "2013-04-21", "2024-10-20"],
    ...                               "text": ["版石镇", "天心镇", "龙布镇"]}))
    >>> m = pd.DataFrame({"text": ["科学发展观", "中国梦", "乡村振兴"], "issue_id": ["a", "b", "c"]})
    >>> first_last(m, c).values.tolist()
    [['科学发展观', '2008-04-13 (corpus start)', '2008-04-13'], ['中国梦', '2013-04-21', '2013-04-21'], ['乡村振兴', '2024-10-20', '2024-10-20 (corpus end)']]
    """
    issues = {i.id: i for i in corpus.issues}
    days = [i.date for i in corpus.issues if i.date is not None]
    edges = (min(days), max(days)) if len(set(days)) > 1 else (None, None)
    rows = []
    for text, sub in mentions.groupby("text", sort=False):
        dated = [issues[i] for i in sub["issue_id"].unique() if issues[i].date is not None]
        first = min(dated, key=lambda i: i.date) if dated else None
        last = max(dated, key=lambda i: i.date) if dated else None
        rows.append((text, _edge_label(first, edges[0], EDGE_MARKS[0]), _edge_label(last, edges[1], EDGE_MARKS[1])))
    return pd.DataFrame(rows, columns=["text", "first", "last"])


def _edge_label(issue, edge, mark: str) -> str:
    if issue is None:
        return "undated"
    return issue_date_label(issue) + (mark if issue.date == edge else "")


def formulae_count_words(formulae: "pd.DataFrame | None", source: "str | None") -> str:
    """How many known formulae the report's lexicon layer holds, the shipped ones apart from the user's (user32 F15:
    "the 298 official formulae of the shipped lexicon" when 15 were the user's).

    Parameters
    ----------
    formulae : DataFrame or None
        The lexicon of the report (None: the shipped one).
    source : str or None
        The user's file the extra rows come from.

    Returns
    -------
    str

    Examples
    --------
    >>> n = len(load_formula_lexicon())
    >>> formulae_count_words(None, None) == f"the {n} official formulae of the shipped lexicon"
    True
    >>> lex = load_formula_lexicon(extra=[{"text": "五个射阳", "year": 2023}, {"text": "乡村振兴", "level": "national"}])
    >>> formulae_count_words(lex, "mine.tsv") == (f"the {n} official formulae of the shipped lexicon and 2 rows of "
    ...                                           "mine.tsv (1 new, 1 correcting a shipped row)")
    True
    """
    shipped = load_formula_lexicon()
    words = f"the {len(shipped)} official formulae of the shipped lexicon"
    mine = list(formulae.attrs.get("origin", {})) if formulae is not None else []
    if not mine:
        return words
    known = set(shipped["text"])
    new = sum(t not in known for t in mine)
    return (words + f" and {len(mine)} rows of {source or 'your entries'} ({new} new, {len(mine) - new} "
            f"correcting a shipped row)")


def _layers_html(sl: pd.DataFrame, mentions: pd.DataFrame, lexicon_words: str) -> str:
    """The two-layer statement: what each layer counts, and how many slogans and mentions it has."""
    n = sl["source"].value_counts()
    m = mentions["source"].value_counts() if len(mentions) else pd.Series(dtype=int)
    rows = pd.DataFrame([(s, int(n.get(s, 0)), int(m.get(s, 0)), SOURCE_DESCRIPTIONS[s]) for s in SOURCES],
                        columns=["source", "slogans", "mentions", "what a row of this source counts"])
    return (
        para("Official formulae and catch-phrases (提法) in two layers, held in one table and told apart "
             "by its source column:")
        + "<ul>"
        f"<li><b>Marked slogans</b> (source marked or both): what the page itself marks as a formula — "
        "quotation marks, a number (五个进一步) or a parallel series in a requirement frame. Found by "
        "structure, so it finds local formulae no list knows, but misses a formula the page does not "
        "mark (see the detector's scores under Methods).</li>"
        f"<li><b>Known formulae</b> (source lexicon or both): {lexicon_words} (national to county level, "
        "with variants and, where known, the year each entered "
        "official use; a plain data file you can extend), counted wherever they appear, quoted or not. "
        "A formula outside the lexicon is not in this layer.</li></ul>"
        + para("Neither layer is a complete list of the paper's formulae: the marked layer is what the "
               "page marks, the lexicon layer what the lexicon knows.", cls="note")
        + table(rows))


def _marked_sentence(m, texts: dict[str, str]) -> str:
    """The mention's sentence (its context window when the sentence is long) with the slogan marked."""
    shown = m.sentence if isinstance(m.sentence, str) and 0 < len(m.sentence) <= MAX_SENTENCE else m.context
    printed = texts.get(m.article_id, "")[m.start:m.end] if m.part == "text" else ""
    for form in (printed, m.text):
        i = shown.find(form) if form else -1
        if i >= 0:
            return (esc(shown[:i]) + f'<mark class="slogan">{esc(form)}</mark>' + esc(shown[i + len(form):]))
    return esc(shown)


def _place(printed: str) -> str:
    """Where a mention was printed, said when it is not the body (", banner", ", title" …)."""
    return "" if printed == "body" else f", {printed}"


def _contexts_html(sl: pd.DataFrame, mentions: pd.DataFrame, ctx: Context) -> str:
    titles = {a.id: a.title or untitled_label(a.body) for a in ctx.corpus.articles}
    texts = {a.id: a.text for a in ctx.corpus.articles}
    names = shown_names(mentions)
    out = ("<h3>Slogans in context</h3>"
           + para(f"Up to {N_CONTEXTS} sentences (from different articles) for each of the "
                  f"{N_CONTEXT_SLOGANS} most frequent slogans; slogan_contexts.csv has every mention with "
                  "its context and sentence."))
    for row in sl.head(N_CONTEXT_SLOGANS).itertuples(index=False):
        sub = mentions[mentions["text"] == row.text].drop_duplicates("article_id").head(N_CONTEXTS)
        items = "".join(
            f'<blockquote class="ctx">{_marked_sentence(m, texts)} '
            f'<span class="how">({"quoted" if m.quoted else "unquoted"}{_place(m.printed)})</span> — '
            f'<a href="{esc(article_href(m.article_id))}">{esc(titles.get(m.article_id, m.article_id))}</a>'
            "</blockquote>" for m in sub.itertuples(index=False))
        year = f", introduced {int(row.year)}" if pd.notna(row.year) else ""
        name = names.get(row.text, row.text)
        printed = f"; printed {name}" if name != row.text else ""
        out += f"<h4>{esc(row.text)} <small>({esc(row.source)}{esc(year)}{esc(printed)})</small></h4>{items}"
    return out


def _guarded_html(ctx: Context, w: Writer) -> str:
    """A note on the known formulae printed before their time and not counted (the era guard)."""
    early = guarded_out(ctx.corpus, ctx.formulae)
    if early.empty:
        return ""
    w.csv(early, "slogans_before_their_year.csv")
    said = "; ".join(f"{t} {len(g)}× ({', '.join(dict.fromkeys(g['date']))}; introduced {g['year'].iloc[0]})"
                     for t, g in early.groupby("text", sort=False))
    return para(f"Not counted: {len(early)} printed occurrence(s) of known formulae dated more than a year before the "
                f"formula's year of introduction that the paper does not mark as its own slogan in that era (the era "
                f"guard: the same words used otherwise, or an early use): {esc(said)}. A formula the paper quotes as "
                f"its own slogan before its year is counted in the tables. slogans_before_their_year.csv lists "
                f"them; ct.kwic shows them in context.", cls="note")


def _per_period_html(ctx: Context, w: Writer) -> str:
    """Mentions of each layer per issue or period (slogan_trends summed by source)."""
    with warnings.catch_warnings():  # undated issues, when grouping by calendar period: said below
        warnings.filterwarnings("ignore", message=r".*undated")
        tr = slogan_trends(ctx.corpus, by=ctx.by, formulae=ctx.formulae)
    if tr.empty:
        return ""
    w.csv(tr, "slogan_trends.csv")
    wide = layer_rates(tr)
    dates = group_dates(ctx.corpus, list(wide.index), ctx.by)
    if ctx.by == "year":
        wide = with_year_gaps(wide, fill="no pages")   # (user24 F6) a year without pages is not 0 mentions
    shown = wide.reset_index()
    shown.insert(1, "date" if ctx.by == "issue" else "label",
                 dates["label"].reindex(wide.index).fillna("no pages").to_numpy())
    return ("<h3>Mentions per " + esc(ctx.by) + "</h3>"
            + para(f"Mentions of each source's slogans in each {ctx.by}, and the same per 10,000 characters of "
                   f"the {ctx.by}'s text (the slogans' per_10k_chars summed: one denominator), so periods of "
                   "different length compare; a marked slogan holding a lexicon formula (一村一品、一村一景) is "
                   "summed under the lexicon only; slogan_trends.csv has every slogan per period.")
            + table(shown) + '<p class="files">Table: <a href="slogan_trends.csv">slogan_trends.csv</a></p>')


def guarded_out(corpus: "Corpus", formulae: "pd.DataFrame | None" = None) -> pd.DataFrame:
    """Known formulae printed in dated articles that the slogan tables leave out because the date is
    more than :data:`~corpus_tools.slogans.formulae.YEAR_TOLERANCE` year before the formula's year
    (the era guard: the same words used otherwise, or an early use): what :func:`~corpus_tools.find_formulae`
    finds without the date and not with it (user21: a 2010 高质量发展 vanished without a word), except the
    formulae the paper marks as its own slogans before their era, which the tables count (user28 F1:
    a county's quoted “五个一批” of 2007, the national formula of 2015).

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"issue_id": ["a"], "date": ["2010-04-13"],
    ...                               "text": ["脐橙产业\\n　　本报讯 为推动脐橙产业高质量发展，该项目总投资429万元。"]}))
    >>> guarded_out(c)[["text", "date", "year"]].values.tolist()
    [['高质量发展', '2010-04-13', 2017]]
    """
    from collections import Counter

    from corpus_tools.slogans import find_formulae
    from corpus_tools.slogans.formulae import FormulaMatcher
    from corpus_tools.slogans.printed import article_parts

    from corpus_tools.slogans.core import KINDS
    from corpus_tools.slogans.tables import detection

    lex = load_formula_lexicon() if formulae is None else formulae
    years = dict(zip(lex["text"], lex["year"]))
    sset, _ = detection(corpus, KINDS, None, formulae)       # the tables' own slogan set (cached)
    counted = {str(sset.rows[key]["text"]) for key in sset.early}
    matcher = FormulaMatcher.build(lex)  # once, not twice per article part
    rows = []
    for issue in corpus.issues:
        if issue.date is None:
            continue
        for art in issue.articles:
            for _, txt in article_parts(art):
                kept = Counter((m.formula, m.start) for m in find_formulae(txt, formulae=matcher, date=issue.date))
                for m in find_formulae(txt, formulae=matcher):
                    if kept[(m.formula, m.start)]:
                        kept[(m.formula, m.start)] -= 1
                    elif m.formula in counted:
                        continue
                    else:
                        rows.append((m.formula, issue_date_label(issue), int(years[m.formula]), art.id))
    return pd.DataFrame(rows, columns=["text", "date", "year", "article_id"])


def layer_rates(trends: pd.DataFrame) -> pd.DataFrame:
    """Per period, each source's mentions and their rate per 10,000 characters (user21: the raw counts
    alone hid that a year printed less text): ``slogan_trends`` summed by source. A marked slogan that
    holds a formula of the lexicon (一村一品、一村一景 holds 一村一品) is the formula's mention printed once:
    it is summed under the lexicon only (user25: the same 12 phrases were summed twice).

    Examples
    --------
    >>> tr = pd.DataFrame({"period": ["2008", "2008", "2009"], "source": ["both", "marked", "both"],
    ...                    "text": ["千万工程", "生态立县", "千万工程"], "count": [4, 1, 2], "per_10k_chars": [20.0, 5.0, 14.6]})
    >>> layer_rates(tr).to_dict("index")
    {'2008': {'both': 4, 'marked': 1, 'both /10k chars': 20.0, 'marked /10k chars': 5.0}, '2009': {'both': 2, 'marked': 0, 'both /10k chars': 14.6, 'marked /10k chars': 0.0}}
    """
    formulae = set(trends.loc[trends["source"].isin(("lexicon", "both")), "text"])
    inside = [src == "marked" and any(f in str(t) for f in formulae) for src, t in zip(trends["source"], trends["text"])]
    trends = trends[~pd.Series(inside, index=trends.index, dtype=bool)]  # counted once, under the lexicon
    count = trends.pivot_table(index="period", columns="source", values="count", aggfunc="sum", fill_value=0,
                               sort=False)
    rate = trends.pivot_table(index="period", columns="source", values="per_10k_chars", aggfunc="sum",
                              fill_value=0.0, sort=False)
    cols = [s for s in SOURCES if s in count.columns]
    rate = rate.reindex(index=count.index, columns=cols).round(1)
    rate.columns = [f"{c} /10k chars" for c in cols]
    return pd.concat([count[cols], rate], axis=1).rename_axis(columns=None)


def slogans_by_paper(mentions: pd.DataFrame, corpus: "Corpus", papers: pd.Series | None = None) -> pd.DataFrame:
    """Mentions of each slogan in each paper, with the first date each paper printed it.

    Parameters
    ----------
    mentions : pandas.DataFrame
        The corpus's slogan mentions (:func:`corpus_tools.slogans.slogan_mentions`).
    corpus : Corpus
        The corpus they were found in.
    papers : Series, optional
        Its issue id -> paper, when the caller holds it (default:
        :func:`corpus_tools.paper_groups.issue_paper_names`, made now).

    Returns
    -------
    pandas.DataFrame
        One row per slogan and paper (``text, paper, count, first``; ``first`` the earliest issue
        date label, "undated" when none), papers named as the report's comparison of papers names
        them (:func:`corpus_tools.paper_groups.issue_paper_names`: the metadata's, else the
        masthead's); empty when the corpus has one paper or none.
    """
    from corpus_tools.paper_groups import issue_paper_names

    papers = issue_paper_names(corpus) if papers is None else papers
    if papers.dropna().nunique() < 2 or mentions.empty:
        return pd.DataFrame(columns=["text", "paper", "count", "first"])
    issues = {i.id: i for i in corpus.issues}
    m = mentions.assign(paper=mentions["issue_id"].map(papers).fillna("(no paper)"))
    rows = []
    for (text, paper), sub in m.groupby(["text", "paper"], sort=False):
        dated = [issues[i] for i in sub["issue_id"].unique() if issues[i].date is not None]
        first = issue_date_label(min(dated, key=lambda i: i.date)) if dated else "undated"
        rows.append((text, paper, len(sub), first))
    return pd.DataFrame(rows, columns=["text", "paper", "count", "first"])


def _per_paper_html(sl: pd.DataFrame, mentions: pd.DataFrame, ctx: Context, w: Writer) -> str:
    """The slogans side by side for a corpus of several papers (user20: 今日仙居 against 蓬溪报)."""
    long = slogans_by_paper(mentions, ctx.corpus, ctx.paper_names())
    if long.empty:
        return ""
    w.csv(long, "slogans_by_paper.csv")
    order = list(dict.fromkeys(sl["text"]))
    count = long.pivot_table(index="text", columns="paper", values="count", aggfunc="sum", fill_value=0)
    first = long.pivot(index="text", columns="paper", values="first").fillna("")
    wide = pd.concat({"count": count, "first": first}, axis=1).reindex([t for t in order if t in count.index])
    wide = wide[sorted(wide.columns, key=lambda c: (c[1], c[0] != "count"))]  # per paper: count, first
    wide.columns = [f"{paper}: {what}" for what, paper in wide.columns]
    shown = wide.reset_index().head(40)
    return ("<h3>Per paper</h3>"
            + para("Mentions of each slogan in each paper, with the first date each paper printed it (the 40 "
                   "most frequent; slogans_by_paper.csv has every one).")
            + table(shown) + '<p class="files">Table: <a href="slogans_by_paper.csv">slogans_by_paper.csv</a></p>')


def slogans(ctx: Context, w: Writer) -> str:
    """The slogans section: the slogan table, mentions in context and a timeline."""
    sl = extract_slogans(ctx.corpus, formulae=ctx.formulae)
    mentions = slogan_mentions(ctx.corpus, formulae=ctx.formulae)
    n_formulae = len(load_formula_lexicon() if ctx.formulae is None else ctx.formulae)
    lexicon_words = formulae_count_words(ctx.formulae, ctx.formulae_source)
    ctx.params["slogans"] = {
        "finder": "extract_slogans(), slogan_mentions() and slogan_trends() defaults: both layers "
                  "(marked: numbered, parallel and quoted formulae; lexicon: the shipped formula lexicon"
                  + (f", with your entries from {ctx.formulae_source}" if ctx.formulae_source else "") + ")",
        "formulae in the lexicon": n_formulae,
        "contexts shown": f"{N_CONTEXTS} per slogan for the {N_CONTEXT_SLOGANS} most frequent"}
    ctx.mentions = mentions
    out = _layers_html(sl, mentions, lexicon_words)
    sl = with_printed_counts(sl, mentions)
    out += w.csv(sl, "slogans.csv")
    if sl.empty:
        return out + para("No slogans were found.")
    view = sl.merge(first_last(mentions, ctx.corpus), on="text", how="left") if len(mentions) else sl.assign(
        first="", last="")
    view = view[TABLE_COLUMNS].assign(article_id=sl["first_article_id"].to_numpy())
    view = view.rename(columns={"year": "introduced"})
    links = {"article_id": lambda r: article_href(r["article_id"]) if isinstance(r["article_id"], str) else None}
    known = view[view["source"].isin(["lexicon", "both"])]
    marked = view[view["source"].isin(["marked", "both"])]
    out += ("<h3>Known formulae (source lexicon or both)</h3>"
            + para("introduced: the year the formula entered official use, where known (slogans.csv: "
                   "year_source says where that comes from).")
            + (table(known, links=links) if len(known) else para("No formula of the lexicon occurs.")))
    out += ("<h3>Marked slogans (source marked or both)</h3>"
            + (table(marked, links=links) if len(marked) else para("No marked slogan was found.")))
    out += para("A row is named by the formula's canonical form; printed_as gives the wordings the paper "
                "printed, with their counts. " + COUNT_NOTE, cls="note")
    if view["first"].astype(str).str.endswith(EDGE_MARKS[0]).any() or view["last"].astype(str).str.endswith(
            EDGE_MARKS[1]).any():
        out += para("first (corpus start): the slogan is in the corpus's first issue, so the paper may have "
                    "printed it before; its first date minus the year introduced is then no uptake lag, only an "
                    "upper bound of it. last (corpus end): likewise, the paper may print it still.", cls="note")
    out += _guarded_html(ctx, w)
    out += _per_period_html(ctx, w)
    out += _per_paper_html(sl, mentions, ctx, w)
    if len(mentions):
        out += _contexts_html(sl, mentions, ctx)
        out += w.csv(ctx.dated(mentions, "issue_id"), "slogan_contexts.csv")
    undated = int(sl["first_date"].isna().sum())
    if undated:
        out += para(f"{undated} slogans occur only in undated issues and are not on the timeline.")
    top = min(30, len(sl) - undated)
    if top < 1:
        return out
    fig = new_figure(9, 0.32 * top + 1.5)
    ax = fig.subplots()
    with warnings.catch_warnings():  # the undated ones are reported above
        warnings.filterwarnings("ignore", message=r".*without dates are not drawn")
        # rows named as the table names them, with the paper's own wording beside it when that differs
        # (四个全面（四个全面战略布局）); the printed form alone could not be found in the table (user21 F8)
        plot_slogan_timeline(sl.assign(text=timeline_labels(sl["text"], mentions)), ax=ax, top=top, introduced=True)
    fig.tight_layout()
    return out + w.figure(fig, "slogan_timeline.png",
                          "First and last appearance of the most frequent slogans, named as the slogan table names "
                          "them, with the wording the paper printed in brackets when it never printed that name; "
                          "for known formulae, a grey diamond marks the year of introduction")
