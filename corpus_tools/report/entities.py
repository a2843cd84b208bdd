"""The report's section on who and what the articles name: places, organisations, people and
projects (with investments). Slogans have a module of their own (:mod:`.slogans`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.credits import newsroom_rows, shown_names
from corpus_tools.date_counts import dates_per_group, issue_dates
from corpus_tools.entities import entity_counts
from corpus_tools.person_posts import person_posts, post_table
from corpus_tools.admin_parents import with_parents
from corpus_tools.place_mentions import PLACE_UNITS, place_mentions, place_table
from corpus_tools.projects import project_investments
from corpus_tools.report.page import Writer, article_href, esc, para, table, untitled_label
from corpus_tools.report.sections import Context

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

#: Entity labels of each table (the rest: "other entities" in entities.csv only).
TABLES = {
    "places": ("Places 地名", ("TOWNSHIP", "VILLAGE", "COMMUNITY", "GPE", "LOC", "FAC")),
    "organisations": ("Organisations 机构", ("ORG",)),
    "people": ("People in the news 人物", ("PERSON",)),
    "newsroom": ("Newsroom: reporters, correspondents, editors 采编人员", ("PERSON",)),
    "projects": ("Projects 项目", ("PROJECT",)),
}


def _entities(ctx: Context) -> pd.DataFrame:
    return ctx.all_entities()


def _tally(ents: pd.DataFrame, keys: list[str], titles: dict[str, str],
           date_of: "dict[str, object] | None" = None) -> pd.DataFrame:
    """One row per name: mentions, articles, issues (page files), with *date_of* dates (printed issues:
    :mod:`corpus_tools.date_counts`), and the article that names it most."""
    g = ents.groupby(keys, dropna=False, sort=False)
    t = g.agg(mentions=("article_id", "size"), articles=("article_id", "nunique"),
              issues=("issue_id", "nunique")).reset_index()
    if date_of is not None:
        t.insert(t.columns.get_loc("issues") + 1, "dates", dates_per_group(ents, keys, date_of).to_numpy())
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


def places_by_year(ents: pd.DataFrame, corpus: "Corpus") -> pd.DataFrame:
    """Mentions of each township, village and community per year, with its township and county.

    Places inside an organisation's or project's name (冷坞村党支部) and the former names of merger
    sentences count (:func:`corpus_tools.place_mentions.place_mentions`); ``in_names`` says how many.

    Parameters
    ----------
    ents : pandas.DataFrame
        The corpus's entity table (:func:`corpus_tools.extract_entities`).
    corpus : Corpus
        The corpus (for the issues' dates, texts and counties).

    Returns
    -------
    pandas.DataFrame
        :func:`corpus_tools.place_mentions.place_table` by year: ``name, label, admin_code, link,
        linked_to, printed_as, township, county``, one column per year (mentions; 0 where none) and
        ``in_names``, the places most named over all years first; undated issues are left out.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> c = read_corpus(pd.DataFrame({"issue_id": ["a", "b"], "date": ["2021-06-24", "2022-05-26"],
    ...                               "text": ["五勤村", "五勤村"]}))
    >>> e = pd.DataFrame({"issue_id": ["a", "b", "b"], "article_id": ["a-01", "b-01", "b-01"], "part": ["text"] * 3,
    ...                   "label": ["VILLAGE"] * 3, "text": ["五勤村"] * 3, "start": [0, 0, 4], "end": [3, 3, 7],
    ...                   "norm": ["五勤村"] * 3, "admin_code": ["211224101201"] * 3})
    >>> places_by_year(e, c).values.tolist()
    [['五勤村', 'VILLAGE', '211224101201', 'exact', '', '五勤村', '老城镇', '昌图县', 1, 2, 0]]
    """
    return place_table(place_mentions(ents, corpus), corpus, by="year")


#: What the places tables count (the report's text under each).
PLACES_COUNTED = ("Mentions count the township, village and community names printed on their own and those that "
                  "open an organisation's, project's or event's name (冷坞村党支部, 前陈乡古塘村下山脱贫工程): "
                  "in_names says how many of a row's mentions are inside such a name. A name printed as it is "
                  "not in today's divisions keeps its printed form (name, printed_as) and link says how it was "
                  "linked: exact, short (a short form), stem (浦阳镇 linked to 浦阳街道), former-via-merger (a "
                  "merger sentence of the corpus: 治平乡并入杭坪镇), former (printed with 原), none (not linked: "
                  "county is the county of the page), several joined by 、 when a row's mentions were linked "
                  "in several ways (白马镇 and 白马: exact、short); linked_to is today's unit.")


def _places_by_year(ctx: Context, mentions: pd.DataFrame, w: Writer) -> str:
    """The places table per year (the student's map of coverage: user22), when issues are dated (places_by_year
    leaves undated issues out, so an undated corpus gives an empty table and no section)."""
    t = place_table(mentions, ctx.corpus, by="year")
    if t.empty:
        return ""
    years = [c for c in t.columns if isinstance(c, int)]
    return ("<h4>Townships, villages and communities per year</h4>"
            + para(f"Mentions per year ({', '.join(map(str, years))}) of the 20 most named; places_by_year.csv "
                   "has every one, with its code, township and county (ct.place_table(ct.place_mentions(ents, "
                   "corpus), corpus, by=\"year\")). " + PLACES_COUNTED)
            + table(t.head(20), cls="data places-years") + w.csv(t, "places_by_year.csv"))


def entity_tables(ctx: Context, w: Writer) -> str:
    """The places, organisations, people and projects section: counted tables with admin codes."""
    ents = _entities(ctx)
    ctx.params["places"] = {**{f"table {k}": ", ".join(labels) for k, (_, labels) in TABLES.items()},
                            "recogniser": "extract_entities() defaults: NER model, county-news rules, "
                                          "gazetteer linking in the issue's county"}
    out = para("Places, organisations, people and projects named in the articles (statistical NER "
               "plus county-news rules and the administrative gazetteer; places carry their official "
               "code where the name could be linked, and a village its township and county). In each table "
               "the columns article_id and article are the article that names the row most (linked).")
    out += w.csv(ctx.dated(ents, "issue_id"), "entities.csv")
    counts = entity_counts(ctx.corpus, by="issue", entities=ents)
    out += w.csv(ctx.dated(counts, "issue_id"), "entity_counts.csv")
    if ents.empty:
        return out + para("No entities were found.")
    ents = ents.assign(name=shown_names(ents))
    titles = {a.id: a.title or untitled_label(a.body) for a in ctx.corpus.articles}
    credits = newsroom_rows(ents, ctx.corpus)  # (bylines, editor lines, names printed as credits: 冼振华 摄)
    posts = person_posts(ents[~credits], ctx.corpus, drop_newsroom=False)
    post_rows = post_table(posts)
    invest = project_investments(ctx.corpus, entities=ents)
    papers = ctx.paper_names()
    several = papers.dropna().nunique() > 1  # (a paper column in the project tables)
    date_of = issue_dates(ctx.corpus)  # (the dates column of each table)
    for key, (title, labels) in TABLES.items():
        sub = ents[ents["label"].isin(labels)]
        if key == "people":  # the people the news is about, the newsroom apart
            sub = sub[~credits.reindex(sub.index)]
        elif key == "newsroom":
            sub = sub[credits.reindex(sub.index)]
        keys = {"places": ["name", "label", "admin_code"], "organisations": ["name", "owner"]}.get(key, ["name"])
        if key == "organisations":  # 镇党委 of two counties: two rows
            sub = sub.assign(owner=_owner_names(sub))
        if key == "projects":  # one row per (paper,) place and project, with its amounts
            t = projects_table(invest, papers if several else None, titles) if len(sub) else pd.DataFrame()
        else:
            t = _tally(sub, keys, titles, date_of) if len(sub) else pd.DataFrame()
        if key == "places":  # the place mentions, once for both places tables
            mentions = place_mentions(ents, ctx.corpus)
        if key == "people" and len(t):  # the post printed with the name most often (the latest on a tie)
            t = _with_posts(t, post_rows)
        if key == "places" and len(t):  # a village's township and county, for a map or sums per township
            t = _places_table(mentions, t, titles, ctx.corpus)
        out += f'<h3 id="{key}-table">{esc(title)}</h3>'
        if key == "people":
            out += para("People the articles name, without the newsroom's credits: the names of bylines, of "
                        "the page's editor lines, of a lead's 本报讯（记者 … 通讯员 …） or 本报讯 记者X报道： and of "
                        "photo credits (X 摄) are in the newsroom table below (entities.csv has every row, with its "
                        "part). post = the post printed next to the name most often (市委书记郗建平); every post "
                        "with its first and last date is in the table of posts below (people_posts.csv).")
        elif key == "projects":
            out += para("One row per project and the place it is built in (the township, village or county "
                        "printed with it; namesake projects of two townships are two rows), and per paper when "
                        "the corpus holds several. largest amount (亿元) is the largest amount linked to it, "
                        "not a sum: read project_investments.csv before adding amounts up.")
        elif key == "newsroom":
            out += para("Names the pages credit (bylines, 责任编辑 / 校对 lines, a lead's 记者 and 通讯员): who "
                        "wrote and edited, not who is in the news. mentions = credits.")
        if key == "places":
            out += para(PLACES_COUNTED)
        out += table(t, links=_links(), cls=f"data {key}") if len(t) else para(f"No {key} found.")
        out += w.csv(t, f"{key}.csv")
        if key == "places":
            out += _places_by_year(ctx, mentions, w)
        if key == "people":
            out += _posts_section(posts, post_rows, w)
    money = invest.dropna(subset=["amount_yuan"])
    if len(money):
        out += para("Investment amounts the text gives for a named project (the largest amount per "
                    "project above; check the sentence before adding amounts up).")
        shown = money.assign(**{"亿元": (money["amount_yuan"] / 1e8).round(4)})
        out += table(shown[["article_id", "project", "amount_text", "亿元", "sentence"]], links=_links())
    if several:
        invest = invest.assign(paper=invest["issue_id"].map(papers))[["paper", *invest.columns]]
    out += w.csv(ctx.dated(invest, "issue_id"), "project_investments.csv")
    return out


def _with_posts(t: pd.DataFrame, post_rows: pd.DataFrame) -> pd.DataFrame:
    """The people table with ``post``: the post printed with the name most often (:func:`post_table`'s
    *post_rows*), the latest on a tie."""
    if post_rows.empty:
        return t.assign(post="")
    top = (post_rows.sort_values(["mentions", "last", "post"], ascending=[False, False, True], kind="stable")
           .drop_duplicates("name"))
    at = t.columns.get_loc("name") + 1
    t = t.copy()
    t.insert(at, "post", t["name"].map(dict(zip(top["name"], top["post"]))).fillna(""))
    return t


def _posts_section(posts: pd.DataFrame, post_rows: pd.DataFrame, w: Writer) -> str:
    """The table of posts: one row per name and post with its first and last date (*post_rows*,
    people_posts.csv) and every mention (*posts*, people_post_mentions.csv)."""
    out = f'<h3 id="posts-table">{esc("Posts 职务: who held which post when")}</h3>'
    out += para("The post printed right before a name (市委书记郗建平, 党委副书记、镇长阮国栋) or after it with a "
                "verb of office (郗建平同志任市委书记), as printed: one row per name and post, with its first and "
                "last date. A namesake of two people, or the unit written short (大法寺党委), gives two rows. "
                "Every mention, with its sentence: people_post_mentions.csv (ct.person_posts).")
    out += table(post_rows, cls="data posts") if len(post_rows) else para("No posts found next to the names.")
    out += w.csv(post_rows, "people_posts.csv") + w.csv(posts, "people_post_mentions.csv")
    return out


def _places_table(mentions: pd.DataFrame, other: pd.DataFrame, titles: dict[str, str],
                   corpus: "Corpus | None" = None) -> pd.DataFrame:
    """The places table: townships, villages and communities from the :func:`place_mentions` *mentions*
    (places inside names and former names counted, with link and in_names; ``dates`` from *corpus*), then the
    other place labels as tallied."""
    units = place_table(mentions, corpus)
    units = units.assign(article=units["article_id"].map(titles))
    other = with_parents(other[~other["label"].isin(PLACE_UNITS)]).assign(in_names=0, link="", linked_to="",
                                                                          printed_as="")
    t = pd.concat([units, other[units.columns]], ignore_index=True)
    return t.sort_values(["mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def projects_table(invest: pd.DataFrame, papers: pd.Series | None, titles: dict[str, str]) -> pd.DataFrame:
    """The report's projects table: one row per project and place (and paper), from the investments table.

    Parameters
    ----------
    invest : DataFrame
        :func:`corpus_tools.project_investments` of the corpus.
    papers : Series or None
        Issue id -> paper, to keep the projects of several papers apart; None for one paper.
    titles : dict
        Article id -> title.

    Returns
    -------
    DataFrame
        ``[paper,] name, place, articles, issues, amounts`` (linked amounts), ``largest amount (亿元)``,
        ``firm`` (the first investor named), ``article_id, article`` (the first article naming it), the
        projects most written about first.

    Examples
    --------
    >>> inv = pd.DataFrame({"issue_id": ["a", "a", "b"], "article_id": ["a-1", "a-2", "b-1"],
    ...     "project": ["污水处理厂提标改造项目"] * 3, "place": ["谭棚镇", "杨桥镇", "谭棚镇"],
    ...     "firm": [None] * 3, "amount_yuan": [8e7, 1.2e9, float("nan")]})
    >>> projects_table(inv, None, {})[["name", "place", "articles", "largest amount (亿元)"]].values.tolist()
    [['污水处理厂提标改造项目', '谭棚镇', 2, 0.8], ['污水处理厂提标改造项目', '杨桥镇', 1, 12.0]]
    """
    rows = invest[invest["project"].notna()].assign(place=lambda d: d["place"].fillna(""))
    keys = ["name", "place"]
    if papers is not None:
        rows = rows.assign(paper=rows["issue_id"].map(papers).fillna("(no paper)"))
        keys = ["paper", *keys]
    rows = rows.rename(columns={"project": "name"})
    t = rows.groupby(keys, sort=False).agg(
        articles=("article_id", "nunique"), issues=("issue_id", "nunique"),
        amounts=("amount_yuan", "count"), largest=("amount_yuan", "max"), firm=("firm", "first"),
        article_id=("article_id", "first"))
    t = t.reset_index().rename(columns={"largest": "largest amount (亿元)"})
    t["largest amount (亿元)"] = (t["largest amount (亿元)"] / 1e8).round(4)
    t.insert(len(t.columns), "article", t["article_id"].map(titles))
    return t.sort_values(["articles", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def places_by_paper(ents: pd.DataFrame, papers: pd.Series, *, top: int = 15) -> pd.DataFrame:
    """The places each paper names most: one row per paper and place (the labels of the places table).

    Parameters
    ----------
    ents : DataFrame
        The corpus's entity table (:func:`corpus_tools.extract_entities`).
    papers : Series
        Issue id -> paper (:func:`corpus_tools.papers.issue_papers`).
    top : int
        Places kept per paper, by mentions.

    Returns
    -------
    DataFrame
        ``paper, rank, name, label, admin_code, mentions, articles, issues, article_id`` (the
        article naming the place most), papers in the order of *papers*.

    Examples
    --------
    >>> e = pd.DataFrame({"issue_id": ["a", "a", "b"], "article_id": ["a-01", "a-01", "b-01"],
    ...                   "label": ["TOWNSHIP"] * 3, "text": ["田市镇", "田市镇", "鸣凤镇"], "norm": [None] * 3,
    ...                   "admin_code": ["331024104", "331024104", "510921110"]})
    >>> places_by_paper(e, pd.Series({"a": "今日仙居", "b": "蓬溪报"}))[["paper", "name", "mentions"]].values.tolist()
    [['今日仙居', '田市镇', 2], ['蓬溪报', '鸣凤镇', 1]]
    """
    cols = ["paper", "rank", "name", "label", "admin_code", "mentions", "articles", "issues", "article_id"]
    sub = ents[ents["label"].isin(TABLES["places"][1])]
    if sub.empty:
        return pd.DataFrame(columns=cols)
    sub = sub.assign(name=shown_names(sub), paper=sub["issue_id"].map(papers).fillna("(no paper)"))
    if "admin_code" not in sub:
        sub = sub.assign(admin_code=None)
    frames = []
    for paper in dict.fromkeys(list(papers.dropna()) + ["(no paper)"]):
        one = sub[sub["paper"] == paper]
        if one.empty:
            continue
        t = _tally(one, ["name", "label", "admin_code"], {}).head(top)
        frames.append(t.assign(paper=paper, rank=range(1, len(t) + 1)))
    return pd.concat(frames, ignore_index=True)[cols] if frames else pd.DataFrame(columns=cols)
