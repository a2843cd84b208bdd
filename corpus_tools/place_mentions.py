"""Mentions of townships, villages and communities for the place tables, including the places that
open an organisation's or a project's name, and the former names a paper prints.

The entity table (:func:`corpus_tools.extract_entities`) follows the annotation guide: 冷坞村党支部 is one
ORG span and 前陈乡古塘村下山脱贫工程 one PROJECT span, the village inside. A study of township and
village coverage counts the village of the party branch and the places a project is built in as
mentions of those places. :func:`place_mentions` gives one row per mention of a unit:

* the TOWNSHIP, VILLAGE and COMMUNITY spans of the entity table (``in_name`` empty);
* the places that open an ORG, PROJECT, EVENT or FAC span (冷坞村|党支部, 前陈乡|古塘村|下山脱贫工程; a
  county name before them is skipped): the names of today's units of the document's county, the
  place names the entity rules found elsewhere in the corpus (former names too) and the former names
  of the corpus's merger sentences; a 乡 or 镇 printed right before such a village is a township
  (``in_name``: the span);
* the printed former names of the corpus's merger sentences where no span holds them (治平乡并入杭坪镇).

Every row keeps the name as printed (``printed``, without a leading 原) and says how it was linked
(``link``, :data:`corpus_tools.former_places.LINK_KINDS`). :func:`place_table` counts them per name.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools._validate import check_grouping
from corpus_tools.admin_parents import with_parents
from corpus_tools.date_counts import dates_per_group, issue_dates
from corpus_tools.former_places import link_kind, merger_links, not_in_gazetteer, strip_former
from corpus_tools.gazetteer import county_index, division, short_forms

if TYPE_CHECKING:  # pragma: no cover
    from corpus_tools.corpus import Corpus

__all__ = ["PLACE_UNITS", "NAME_LABELS", "MENTION_COLUMNS", "place_mentions", "place_table"]

#: Labels of the units counted.
PLACE_UNITS = ("TOWNSHIP", "VILLAGE", "COMMUNITY")
#: Labels of the names whose opening places are counted.
NAME_LABELS = ("ORG", "PROJECT", "EVENT", "FAC")
#: Columns of :func:`place_mentions`.
MENTION_COLUMNS = ["issue_id", "article_id", "part", "start", "end", "label", "printed", "name", "admin_code",
                   "link", "linked_to", "in_name", "township_printed", "county_code"]

_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:乡|镇)")
#: a village not in the vocabulary, named by the body it owns (上河塘村|党支部): village bodies only
_VILLAGE_BODY = re.compile(r"[\u4e00-\u9fff]{2,4}村(?=(?:党支部|党总支|村委会|村民委员会|村务监督委员会|股份经济合作社|"
                           r"经济合作社|团支部|妇代会)$)")
_LABEL_OF = (("社区", "COMMUNITY"), ("村", "VILLAGE"))
_FULL = re.compile(r"(?:村|社区|居委会|乡|镇|街道)$")
_LEVEL_LABEL = {"township": "TOWNSHIP", "village": "VILLAGE", "community": "COMMUNITY"}


def _label(name: str, code: str | None = None) -> str:
    """The label of a place found inside a name: its unit's level when linked, else its last character."""
    if code:
        level = _LEVEL_LABEL.get(division(code).level)
        if level:
            return level
    return next((lab for end, lab in _LABEL_OF if name.endswith(end)), "TOWNSHIP")


def _issue_counties(ents: pd.DataFrame, corpus: "Corpus | None") -> dict[str, str]:
    """Issue id -> county (6 digits): the metadata's, else the county most of its linked places lie in."""
    out: dict[str, str] = {}
    if corpus is not None:
        for issue in corpus.issues:
            code = str(issue.meta.get("county_code") or "")
            if len(code) >= 6 and code[:6].isdigit():
                out[issue.id] = code[:6]
    votes: dict[str, Counter] = {}
    for col in ("admin_code", "owner_code"):
        if col in ents:
            for iid, code in zip(ents["issue_id"], ents[col]):
                if isinstance(code, str) and len(code) >= 9 and code.isdigit():
                    votes.setdefault(iid, Counter())[code[:6]] += 1
    for iid, c in votes.items():
        out.setdefault(iid, c.most_common(1)[0][0])
    return out


def _official_names(county: str) -> dict[str, str | None]:
    """Official names of the county's townships, villages and communities -> code; None for a name two or more
    of them bear (朱河村 of 龙坪镇 and of 石佛寺镇): no code for it county-wide, a row's owner code decides
    (:func:`_owner_place`)."""
    out: dict[str, str | None] = {}
    for name, codes in county_index(county).items():
        full = [c for c in codes if len(c) > 6 and division(c).name == name]
        if full:
            out[name] = full[0] if len(full) == 1 else None
    return out


def _owner_place(r) -> "tuple[str, str] | None":
    """``(official name, code)`` of the township, village or community that owns the name of row *r*
    (its ``owner_code``), else None."""
    code = getattr(r, "owner_code", None)
    if not isinstance(code, str) or len(code) <= 6:
        return None
    try:
        return division(code).name, code
    except (KeyError, ValueError):
        return None


def _county_names(county: str) -> tuple[str, ...]:
    name = division(county).name
    return tuple(sorted({name, *short_forms(name, "county")}, key=len, reverse=True))


def _opening(text: str, vocab: dict[str, str | None], skip: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The place names that open *text* (after a county name of *skip*): ``(start, end, name)``.

    Examples
    --------
    >>> v = {"古塘村": "330726101244"}
    >>> _opening("浦江县前陈乡古塘村下山脱贫工程", v, ("浦江县",)), _opening("上河塘村党支部", v, ())
    ([(3, 6, '前陈乡'), (6, 9, '古塘村')], [(0, 4, '上河塘村')])
    >>> _opening("美丽乡村建设现场观摩会", v, ()), _opening("强村公司", v, ())
    ([], [])
    """
    i, out = 0, []
    for pre in skip:
        if text.startswith(pre):
            i = len(pre)
            break
    longest = max((len(k) for k in vocab), default=0)
    while i < len(text):
        hit = next((text[i:i + n] for n in range(min(longest, len(text) - i), 1, -1) if text[i:i + n] in vocab), None)
        if hit is None:  # 前陈乡 before a known village: a township of its own
            m = _SHAPE.match(text, i)
            nxt = m and next((n for n in range(longest, 1, -1) if text[m.end():m.end() + n] in vocab), None)
            body = _VILLAGE_BODY.match(text, i)
            if not nxt and not body:
                break
            hit = m.group() if nxt else body.group()
        out.append((i, i + len(hit), hit))
        i += len(hit)
    return out


def place_mentions(ents: pd.DataFrame, corpus: "Corpus | None" = None) -> pd.DataFrame:
    """One row per mention of a township, village or community, places inside names and former names included.

    Parameters
    ----------
    ents : DataFrame
        The corpus's entity table (:func:`corpus_tools.extract_entities`).
    corpus : Corpus, optional
        The corpus: its texts for the merger sentences and the former names outside any span, its
        metadata for the issues' counties. Without it only the spans are read.

    Returns
    -------
    DataFrame
        Columns :data:`MENTION_COLUMNS`: ``printed`` (as printed, a leading 原 dropped), ``name`` (the
        official name when the link is ``exact`` or ``short``, else the printed name), ``admin_code``
        (today's unit; for ``former-via-merger`` the successor), ``link`` (how:
        :data:`corpus_tools.former_places.LINK_KINDS`), ``in_name`` (the ORG/PROJECT/EVENT/FAC span that
        holds the place, else empty), ``township_printed`` (the township printed right before a village
        that is not linked), ``county_code`` (the county of the document).

    Examples
    --------
    >>> e = pd.DataFrame({"issue_id": ["a"] * 3, "article_id": ["a-1"] * 3, "part": ["text"] * 3,
    ...     "text": ["冷坞村", "冷坞村党支部", "前陈乡古塘村下山脱贫工程"], "label": ["VILLAGE", "ORG", "PROJECT"],
    ...     "start": [0, 10, 30], "end": [3, 16, 42], "norm": ["冷坞村", "冷坞村党支部", None],
    ...     "admin_code": ["330726201210", None, None], "owner_code": [None, "330726201210", None]})
    >>> m = place_mentions(e)
    >>> m[["printed", "admin_code", "link", "in_name"]].values.tolist()   # doctest: +NORMALIZE_WHITESPACE
    [['冷坞村', '330726201210', 'exact', ''], ['冷坞村', '330726201210', 'exact', '冷坞村党支部'],
     ['前陈乡', None, 'not-in-gazetteer', '前陈乡古塘村下山脱贫工程'],
     ['古塘村', '330726101244', 'exact', '前陈乡古塘村下山脱贫工程']]
    """
    counties = _issue_counties(ents, corpus)
    texts: dict[str, dict[str, str]] = {}  # county -> article id -> text
    if corpus is not None:
        for a in corpus.articles:
            if a.issue_id in counties:
                texts.setdefault(counties[a.issue_id], {})[a.id] = a.text
    places = ents[ents["label"].isin(PLACE_UNITS)]
    rows: list[dict] = []
    vocab_by_county: dict[str, dict[str, str | None]] = {}
    mergers_by_county: dict[str, dict] = {}

    def setup(county: str) -> None:
        mergers = merger_links(texts.get(county, {}).values(), county)
        vocab: dict[str, str | None] = {}
        here = places[places["issue_id"].map(counties) == county]
        for printed, code in zip(here["text"], here["admin_code"]):
            vocab.setdefault(strip_former(printed, county)[0], code if isinstance(code, str) and code else None)
        vocab.update({k: v[0] for k, v in mergers.items()})
        official = _official_names(county)
        vocab.update(official)  # 朱河村 of two townships: None, the row's owner decides
        # a community printed the 2000s way, by its committee (升平居委会 for 升平社区): the same place
        vocab.update({k[:-2] + "居委会": v for k, v in official.items() if k.endswith("社区") and len(k) > 3
                      and k[:-2] + "居委会" not in vocab})
        # full names only: a short form inside a name is the name of a school or clinic (古陶二中), not a mention
        vocab = {k: v for k, v in vocab.items() if _FULL.search(k)}
        vocab_by_county[county], mergers_by_county[county] = vocab, mergers

    def add(r, label, printed, code, start, end, in_name, town=""):
        county = counties.get(r.issue_id)
        mergers = mergers_by_county.get(county, {})
        bare, former = strip_former(printed, county)
        body = texts.get(county, {}).get(r.article_id, "") if r.part == "text" else ""
        former = former or (not in_name and start > 0 and body[start - 1:start] == "原"
                            and strip_former("原" + bare, county)[1])  # 原|太平乡: the span leaves 原 out (GUIDE)
        key = bare
        if label == "TOWNSHIP" and bare not in mergers and not _FULL.search(bare):
            key = next((bare + x for x in ("乡", "镇") if bare + x in mergers), bare)  # 纪畔|等四乡: 纪畔乡's link
        if not code and key in mergers:
            code = mergers[key][0]
        kind = link_kind(key, code or None, mergers)
        if former and kind in ("none", "stem"):
            kind = "former"
        elif kind == "none" and not_in_gazetteer(bare, county):
            kind = "not-in-gazetteer"  # 周台子乡: gone (or never listed), not merely unlinked (user36b F11)
        rows.append(_row(r.issue_id, r.article_id, r.part, start, end, label, bare, code, kind,
                         mergers[key][1] if key in mergers else "", in_name, county))

    for county in dict.fromkeys(counties.values()):
        setup(county)
    for r in places.itertuples(index=False):
        code = r.admin_code if isinstance(r.admin_code, str) and r.admin_code else None
        add(r, r.label, r.text, code, r.start, r.end, "")
    for r in ents[ents["label"].isin(NAME_LABELS)].itertuples(index=False):
        county = counties.get(r.issue_id)
        if county is None:
            continue
        vocab = vocab_by_county[county]
        owner = _owner_place(r)
        chosen = dict([owner]) if owner else {}  # 驻|朱河村工作队: the namesake the entity rules chose
        for s, e, name in _opening(r.text, vocab, _county_names(county)):
            code = chosen[name] if name in chosen and name in vocab else vocab.get(name)
            add(r, _label(name, code), name, code, r.start + s, r.start + e, r.text)
    out = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    if texts:
        issues = {a.id: a.issue_id for a in corpus.articles}
        out = pd.concat([out, _former_outside(out, texts, mergers_by_county, issues)], ignore_index=True)
    # a village not linked: the township printed right before it
    towns = out[out["label"] == "TOWNSHIP"]
    town_at = dict(zip(zip(towns["article_id"], towns["part"], towns["end"]), towns["printed"]))
    lone = (out["label"] != "TOWNSHIP") & out["admin_code"].isna()
    out.loc[lone, "township_printed"] = [town_at.get(k, "") for k in
                                         zip(out.loc[lone, "article_id"], out.loc[lone, "part"], out.loc[lone, "start"])]
    out["admin_code"] = out["admin_code"].astype(object).where(out["admin_code"].notna(), None)
    return out.reset_index(drop=True)


def _row(issue_id: str, article_id: str, part: str, start: int, end: int, label: str, printed: str,
         code: str | None, kind: str, successors: str, in_name: str, county: str | None) -> dict:
    """One mention row: the name shown is the official one for an exact or short link, else the printed
    one; linked_to is today's unit for the other links (a former unit's *successors*, as its merger sentence
    names them, when it has several)."""
    if kind in ("exact", "short"):
        name, linked_to = division(code).name, ""
    else:
        name = printed
        linked_to = division(code).name if code else (successors if kind == "former-via-merger" else "")
    return {"issue_id": issue_id, "article_id": article_id, "part": part, "start": start, "end": end,
            "label": label, "printed": printed, "name": name, "admin_code": code or None, "link": kind,
            "linked_to": linked_to, "in_name": in_name, "township_printed": "", "county_code": county}


def _former_outside(found: pd.DataFrame, texts: dict[str, dict[str, str]], mergers: dict[str, dict],
                    issues: dict[str, str]) -> pd.DataFrame:
    """Mentions of a merger sentence's former names that no span holds (治平乡 of 治平乡并入杭坪镇)."""
    rows = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for a, p, s, e in zip(found["article_id"], found["part"], found["start"], found["end"]):
        if p == "text":
            spans.setdefault(a, []).append((int(s), int(e)))
    for county, arts in texts.items():
        for old, (code, succ, _sent) in mergers.get(county, {}).items():
            for aid, text in arts.items():
                for m in re.finditer(re.escape(old), text):
                    if any(s <= m.start() < e or s < m.end() <= e for s, e in spans.get(aid, ())):
                        continue
                    rows.append(_row(issues[aid], aid, "text", m.start(), m.end(), _label(old), old, code,
                                     "former-via-merger", succ, "", county))
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _joined(values: pd.Series) -> str:
    """The distinct values of a row's mentions, in order, joined by 、 (白马镇 exact and 白马 short: exact、short)."""
    return "、".join(dict.fromkeys(values))


def place_table(mentions: pd.DataFrame, corpus: "Corpus | None" = None, *, by: str = "all") -> pd.DataFrame:
    """Mentions per place (and per year): the places table of the report and of ``corpus-tools places``.

    Parameters
    ----------
    mentions : DataFrame
        :func:`place_mentions`.
    corpus : Corpus, optional
        For the issues' dates (``by="year"``, and the ``dates`` column).
    by : {"all", "year"}
        One count over the corpus, or one column per year (undated issues left out).

    Returns
    -------
    DataFrame
        ``name, label, admin_code``, ``link`` (how its mentions were linked, joined by 、: 白马镇 and 白马 are
        one row, exact、short), ``linked_to`` (the official name of the code when the printed name
        differs from it: a stem match or a former name), ``printed_as`` (the printed forms), ``township,
        county`` (of the code; for a name not linked, the township printed before it and the county of the
        document), then ``mentions``, ``in_names`` (how many of the mentions are inside an organisation's,
        project's or event's name), ``articles``, ``issues`` (page files: the ``issue_id`` join key), ``dates``
        (printed issues: the distinct dates of those pages, an undated page one of its own; with *corpus*
        only, else ``<NA>``: :mod:`corpus_tools.date_counts`) and ``article_id`` (the article naming it most)
        or, by year, one column per year and ``in_names``; most named first.
        One row per printed name: a unit printed under its former and its present name (和平乡, 龙脊镇) has two rows
        with one code; :func:`corpus_tools.place_units.unit_table` gives one row per code.

    Examples
    --------
    >>> m = pd.DataFrame({"issue_id": ["a", "a"], "label": ["VILLAGE"] * 2, "printed": ["冷坞村"] * 2,
    ...     "article_id": ["a-1", "a-2"], "name": ["冷坞村"] * 2, "admin_code": ["330726201210"] * 2,
    ...     "link": ["exact"] * 2, "linked_to": ["", ""], "in_name": ["", "冷坞村党支部"], "township_printed": ["", ""], "county_code": ["330726"] * 2})
    >>> place_table(m).values.tolist()
    [['冷坞村', 'VILLAGE', '330726201210', 'exact', '', '冷坞村', '中余乡', '浦江县', 2, 1, 2, 1, <NA>, 'a-1']]
    """
    check_grouping(by, ("all", "year"))
    keys = ["name", "label", "admin_code"]
    cols = keys + ["link", "linked_to", "printed_as", "township", "county"]
    if mentions.empty:
        return pd.DataFrame(columns=cols + ["mentions", "in_names"])
    m = mentions.assign(admin_code=mentions["admin_code"].fillna(""), inside=mentions["in_name"].astype(bool))
    if by == "year":
        dates = {i.id: i.date for i in corpus} if corpus is not None else {}
        year = pd.to_datetime(m["issue_id"].map(dates)).dt.year
        m = m.assign(year=year)[year.notna()]
        m["year"] = m["year"].astype(int)
        if m.empty:
            return pd.DataFrame(columns=cols + ["in_names"])
    g = m.groupby(keys, sort=False)
    t = g.agg(link=("link", _joined), printed_as=("printed", _joined), mentions=("printed", "size"),
              in_names=("inside", "sum"), articles=("article_id", "nunique"), issues=("issue_id", "nunique"),
              town=("township_printed", "max"), county_code=("county_code", "first"),
              linked_to=("linked_to", "first")).reset_index()
    top = (m.groupby(keys + ["article_id"], sort=False).size().rename("n").reset_index()
           .sort_values(["n", "article_id"], ascending=[False, True], kind="stable").drop_duplicates(keys))
    t = t.merge(top[keys + ["article_id"]], on=keys, how="left")
    if corpus is not None:
        t = t.merge(dates_per_group(m, keys, issue_dates(corpus)).reset_index(), on=keys, how="left")
    else:
        t["dates"] = pd.array([pd.NA] * len(t), dtype="Int64")
    t = with_parents(t)
    t["township"] = t["township"].where(t["township"] != "", t["town"].fillna(""))
    t["county"] = [c if c else (division(k).name if isinstance(k, str) and k else "")
                   for c, k in zip(t["county"], t["county_code"])]
    t["admin_code"] = t["admin_code"].replace("", None)
    t = t.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")
    t = t[cols + ["mentions", "in_names", "articles", "issues", "dates", "article_id"]].reset_index(drop=True)
    t["in_names"] = t["in_names"].astype(int)
    if by == "all":
        return t
    wide = m.assign(admin_code=m["admin_code"].replace("", None)).pivot_table(
        index=keys, columns="year", values="printed", aggfunc="size",
        fill_value=0, dropna=False)
    wide = wide.reset_index()
    wide.columns.name = None
    out = t.drop(columns=["mentions", "articles", "issues", "dates", "article_id"]).merge(wide, on=keys, how="left")
    years = [c for c in out.columns if isinstance(c, int)]
    out[years] = out[years].fillna(0).astype(int)
    return out[cols + years + ["in_names"]]
