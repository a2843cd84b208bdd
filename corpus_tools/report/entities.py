"""The report's sections on who and what the articles name: places, organisations, people,
projects (with investments), and slogans with the sentences they occur in.
"""

from __future__ import annotations

import warnings

import pandas as pd

from corpus_tools.entities import entity_counts, extract_entities
from corpus_tools.projects import project_investments
from corpus_tools.report.dates import issue_date_label
from corpus_tools.report.page import Writer, article_href, esc, para, table
from corpus_tools.report.sections import Context, new_figure
from corpus_tools.slogans import extract_slogans, plot_slogan_timeline, slogan_mentions

#: Entity labels of each table (the rest: "other entities" in entities.csv only).
TABLES = {
    "places": ("Places 地名", ("TOWNSHIP", "VILLAGE", "COMMUNITY", "GPE", "LOC", "FAC")),
    "organisations": ("Organisations 机构", ("ORG",)),
    "people": ("People 人物", ("PERSON",)),
    "projects": ("Projects 项目", ("PROJECT",)),
}
N_CONTEXT_SLOGANS = 12
N_CONTEXTS = 3


def _entities(ctx: Context) -> pd.DataFrame:
    if ctx.entities is None:
        ctx.entities = extract_entities(ctx.corpus, progress=ctx.progress)
    return ctx.entities


def _tally(ents: pd.DataFrame, keys: list[str], titles: dict[str, str]) -> pd.DataFrame:
    """One row per name: mentions, articles, issues, and the article that names it most."""
    g = ents.groupby(keys, dropna=False, sort=False)
    t = g.agg(mentions=("article_id", "size"), articles=("article_id", "nunique"),
              issues=("issue_id", "nunique")).reset_index()
    top = (ents.groupby(keys + ["article_id"], dropna=False).size().rename("n").reset_index()
           .sort_values(["n", "article_id"], ascending=[False, True], kind="stable")
           .drop_duplicates(keys))
    t = t.merge(top[keys + ["article_id"]], on=keys, how="left")
    t["article"] = t["article_id"].map(titles)
    return t.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")


def _links() -> dict:
    def href(row: pd.Series) -> str | None:
        return article_href(row["article_id"]) if isinstance(row.get("article_id"), str) else None

    return {"article_id": href, "article": href}


def entity_tables(ctx: Context, w: Writer) -> str:
    ents = _entities(ctx)
    ctx.params["places"] = {**{f"table {k}": ", ".join(labels) for k, (_, labels) in TABLES.items()},
                            "recogniser": "extract_entities() defaults: NER model, county-news rules, "
                                          "gazetteer linking in the issue's county"}
    out = para("Places, organisations, people and projects named in the articles (statistical NER "
               "plus county-news rules and the administrative gazetteer; places carry their official "
               "code where the name could be linked). Each row links the article that names it most.")
    out += w.csv(ctx.dated(ents, "issue_id"), "entities.csv")
    counts = entity_counts(ctx.corpus, by="issue", entities=ents)
    out += w.csv(ctx.dated(counts, "issue_id"), "entity_counts.csv")
    if ents.empty:
        return out + para("No entities were found.")
    name = ents["norm"].where(ents["norm"].notna() & (ents["norm"].astype(str) != ""), ents["text"])
    ents = ents.assign(name=name)
    titles = {a.id: a.title or a.id for a in ctx.corpus.articles}
    tallies = {}
    for key, (title, labels) in TABLES.items():
        sub = ents[ents["label"].isin(labels)]
        keys = ["name", "label", "admin_code"] if key == "places" else ["name"]
        t = _tally(sub, keys, titles) if len(sub) else pd.DataFrame()
        tallies[key] = t
        if key == "projects" and len(t):
            invest = project_investments(ctx.corpus, entities=ents)
            money = invest.dropna(subset=["amount_yuan"])
            total = (money.groupby("project")["amount_yuan"].max() / 1e8).round(4).rename("investment (亿元)")
            t = t.merge(total, left_on="name", right_index=True, how="left")
            tallies[key] = t
        out += f'<h3 id="{key}-table">{esc(title)}</h3>'
        out += table(t, links=_links(), cls=f"data {key}") if len(t) else para(f"No {key} found.")
        out += w.csv(t, f"{key}.csv")
    invest = project_investments(ctx.corpus, entities=ents)
    money = invest.dropna(subset=["amount_yuan"])
    if len(money):
        out += para("Investment amounts the text gives for a named project (the largest amount per "
                    "project above; check the sentence before adding amounts up).")
        shown = money.assign(**{"亿元": (money["amount_yuan"] / 1e8).round(4)})
        out += table(shown[["article_id", "project", "amount_text", "亿元", "sentence"]], links=_links())
    out += w.csv(ctx.dated(invest, "issue_id"), "project_investments.csv")
    return out


def _first_last(mentions: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    """Per slogan text: first and last issue date, written to the issue's precision."""
    issues = {i.id: i for i in ctx.corpus.issues}
    rows = []
    for text, sub in mentions.groupby("text", sort=False):
        dated = [issues[i] for i in sub["issue_id"].unique() if issues[i].date is not None]
        first = min(dated, key=lambda i: i.date) if dated else None
        last = max(dated, key=lambda i: i.date) if dated else None
        rows.append((text, issue_date_label(first) if first else "undated",
                     issue_date_label(last) if last else "undated"))
    return pd.DataFrame(rows, columns=["text", "first", "last"])


def slogans(ctx: Context, w: Writer) -> str:
    sl = extract_slogans(ctx.corpus)
    mentions = slogan_mentions(ctx.corpus)
    ctx.params["slogans"] = {"finder": "extract_slogans() and slogan_mentions() defaults: numbered, parallel "
                                       "and quoted formulae, with the shipped lexicon",
                             "contexts shown": f"{N_CONTEXTS} per slogan for the {N_CONTEXT_SLOGANS} most frequent"}
    ctx.mentions = mentions
    out = para("Official formulae and catch-phrases (提法): numbered formulae, quoted slogans and "
               "parallel series, with how often and when they appear.")
    out += w.csv(sl, "slogans.csv")
    if sl.empty:
        return out + para("No slogans were found.")
    cols = [c for c in ("text", "kind", "level", "count", "n_articles", "n_issues") if c in sl.columns]
    view = sl[cols].merge(_first_last(mentions, ctx), on="text", how="left") if len(mentions) else sl[cols]
    if "first_article_id" in sl.columns:
        view["article_id"] = sl["first_article_id"].to_numpy()
    out += table(view, links=_links())
    # contexts: how each frequent slogan is used
    if len(mentions):
        out += "<h3>Slogans in context</h3>"
        titles = {a.id: a.title or a.id for a in ctx.corpus.articles}
        for text in sl["text"].head(N_CONTEXT_SLOGANS):
            sub = mentions[mentions["text"] == text].drop_duplicates("article_id").head(N_CONTEXTS)
            items = "".join(
                f'<blockquote class="ctx">{esc(m.context)} — <a href="{esc(article_href(m.article_id))}">'
                f"{esc(titles.get(m.article_id, m.article_id))}</a></blockquote>"
                for m in sub.itertuples(index=False))
            out += f"<h4>{esc(text)}</h4>{items}"
        out += w.csv(ctx.dated(mentions, "issue_id"), "slogan_contexts.csv")
    undated = int(sl["first_date"].isna().sum()) if "first_date" in sl.columns else 0
    if undated:
        out += para(f"{undated} slogans occur only in undated issues and are not on the timeline.")
    top = min(30, len(sl) - undated)
    if top < 1:
        return out
    fig = new_figure(9, 0.32 * top + 1.5)
    ax = fig.subplots()
    with warnings.catch_warnings():  # the undated ones are reported above
        warnings.filterwarnings("ignore", message=r".*without dates are not drawn")
        plot_slogan_timeline(sl, ax=ax, top=top)
    fig.tight_layout()
    return out + w.figure(fig, "slogan_timeline.png", "First and last appearance of the most frequent slogans")
