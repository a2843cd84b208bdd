"""The report's section on who and what the articles name: places, organisations, people and
projects (with investments). Slogans have a module of their own (:mod:`.slogans`).
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.entities import entity_counts
from corpus_tools.projects import project_investments
from corpus_tools.report.page import Writer, article_href, esc, para, table
from corpus_tools.report.sections import Context

#: Entity labels of each table (the rest: "other entities" in entities.csv only).
TABLES = {
    "places": ("Places 地名", ("TOWNSHIP", "VILLAGE", "COMMUNITY", "GPE", "LOC", "FAC")),
    "organisations": ("Organisations 机构", ("ORG",)),
    "people": ("People 人物", ("PERSON",)),
    "projects": ("Projects 项目", ("PROJECT",)),
}


def _entities(ctx: Context) -> pd.DataFrame:
    return ctx.all_entities()


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


def _owner_names(ents: pd.DataFrame) -> pd.Series:
    """The county (city, province) a bare body such as 镇党委 belongs to (``owner_code``), by name."""
    from corpus_tools.gazetteer import division

    def name(code: object) -> str | None:
        if not isinstance(code, str) or not code:
            return None
        try:
            return division(code).name
        except (KeyError, ValueError):
            return code

    codes = ents["owner_code"] if "owner_code" in ents else pd.Series(None, index=ents.index, dtype=object)
    return codes.map(name)


def _links() -> dict:
    def href(row: pd.Series) -> str | None:
        return article_href(row["article_id"]) if isinstance(row.get("article_id"), str) else None

    return {"article_id": href, "article": href}


def entity_tables(ctx: Context, w: Writer) -> str:
    """The places, organisations, people and projects section: counted tables with admin codes."""
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
        keys = {"places": ["name", "label", "admin_code"], "organisations": ["name", "owner"]}.get(key, ["name"])
        if key == "organisations":  # 镇党委 of two counties: two rows
            sub = sub.assign(owner=_owner_names(sub))
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
