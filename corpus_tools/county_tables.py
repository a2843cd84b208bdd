"""The county of every issue or article of a corpus: given by its metadata or a user, else
inferred from the text with :mod:`corpus_tools.county`.

:func:`county_table` lists them with their evidence, :func:`issue_counties` gives the
issue table (:meth:`Corpus.issues_frame`, the report's overview) each issue's county and its
source, :func:`article_counties` gives entity extraction each article's county (falling back
to its whole issue), and :func:`assign_counties` applies a county the user names
(``read_corpus(..., county=...)``, ``--county``).

A page without a county in its metadata takes the county its paper's name names (the masthead
今日攸县 names 攸县, :func:`corpus_tools.papers.paper_county`): a county paper's page reporting on
another county is still that county's page (its articles keep their own county). Other pages
take the county inferred from their text (:func:`issue_guess`).
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from itertools import islice
from typing import Any, Iterable

import pandas as pd

from corpus_tools.errors import user_stacklevel
from corpus_tools.county import CountyGuess, infer_county, infer_issue_county, warn_undecided
from corpus_tools.county_names import division_name, resolve_county

__all__ = ["county_table", "issue_counties", "issue_guess", "article_counties", "assign_counties", "COUNTY_COLUMNS",
           "COUNTY_SOURCES", "county_marks"]

#: Columns of :func:`county_table`.
COUNTY_COLUMNS = ["issue_id", "article_id", "county_code", "county", "city_code", "city",
                  "province_code", "province", "confidence", "source", "evidence"]


#: Values of the ``county_source`` column of :func:`issue_counties` (None: no county known).
COUNTY_SOURCES = ("manifest", "user", "text")


def _issue_text(issue: Any) -> str:
    return getattr(issue, "raw", None) or "\n".join(a.text for a in issue.articles)


def _given(meta: dict) -> str | None:
    code = str(meta.get("county_code") or "").strip()
    return code[:6] if code else None


def _row(issue_id: str, article_id: str | None, g: CountyGuess) -> dict:
    return {"issue_id": issue_id, "article_id": article_id, "county_code": g.code, "county": g.county,
            "city_code": g.city, "city": g.city_name, "province_code": g.province, "province": g.province_name,
            "confidence": g.confidence, "source": g.source, "evidence": "; ".join(g.evidence)}


def _given_guess(code: str, source: str) -> CountyGuess:
    return CountyGuess(code, code[:4] if division_name(code[:4]) else None, code[:2], 1.0, (source,), (code,), source)


#: The ``confidence`` of a county only the paper's name gives (the page's text names another county or none).
_MASTHEAD_ALONE = 0.5


def _paper_county(issue: Any) -> tuple[str | None, str | None]:
    """The issue's paper and the county code its name names (None, None when neither)."""
    from corpus_tools.papers import issue_paper, paper_county  # lays out the page only when needed

    paper, _ = issue_paper(issue)
    return paper, paper_county(paper)


def _settle_papers(issues: list) -> None:
    """Give pages naming no paper their folder's (:func:`corpus_tools.papers.settle_folder_papers`), when
    some page's county is read off its paper or text: the same paper the issue table shows."""
    pages = [i for i in issues if hasattr(i, "meta")]  # duck-typed issues without metadata have no paper to settle
    if any(not _given(i.meta) for i in pages):
        from corpus_tools.papers import settle_folder_papers  # lays out the pages only when needed

        settle_folder_papers(pages)


def _page_fallback(issue: Any) -> CountyGuess:
    """The county an article of *issue* that decides nothing takes: :func:`issue_guess`, except on a
    page of one article without a paper that names a county (the page says no more than the article)."""
    if len(issue.articles) <= 1 and _paper_county(issue)[1] is None:
        return CountyGuess(None, None, None, 0.0)
    return issue_guess(issue)


def issue_guess(issue: Any) -> CountyGuess:
    """The county of a page without one in its metadata: its paper's, else its text's.

    The paper (metadata ``paper``, else the masthead, :func:`corpus_tools.papers.issue_paper`)
    decides when its name names one county (:func:`corpus_tools.papers.paper_county`); the
    evidence then starts with ``paper 今日攸县``, followed by the text's evidence when the text
    agrees (with the text's confidence; 0.5 when the text names another county or none).
    Otherwise the county is inferred from the whole page (:func:`corpus_tools.county.infer_county`).

    Parameters
    ----------
    issue : Issue
        One issue of a corpus.

    Returns
    -------
    CountyGuess
        The county and its evidence (:class:`~corpus_tools.county.CountyGuess`).

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> import pandas as pd
    >>> page = "弥渡报\\n2024年5月16日 星期四 第2版\\n\\n烤烟移栽过半\\n祥云县刘厂镇、禾甸镇组织烟农移栽烤烟。"
    >>> g = issue_guess(read_corpus(pd.DataFrame({"text": [page]})).issues[0])
    >>> g.county, g.evidence
    ('弥渡县', ('paper 弥渡报',))
    """
    paper, code = _paper_county(issue)
    text = infer_county(_issue_text(issue))
    if code is None:
        return _own_reports(issue, text)
    named = tuple(c for c in text.counties if c != code)
    agrees = text.code == code
    # confidence: the text's when it agrees; a masthead alone (the page reports on another county) is worth half
    return CountyGuess(code, code[:4] if division_name(code[:4]) else None, code[:2],
                       text.confidence if agrees else _MASTHEAD_ALONE,
                       (f"paper {paper}", *(text.evidence if agrees else ())), (code, *named), "text")


def _own_reports(issue: Any, text: CountyGuess) -> CountyGuess:
    """The page's county when its reprints or the pooled text leave it undecided: its own articles'
    (:func:`corpus_tools.county_votes.own_county`: reprints set aside, else the articles' vote)."""
    from corpus_tools.county_votes import is_reprint, own_county

    if text.code is not None and not is_reprint(_issue_text(issue)):
        return text
    arts = getattr(issue, "articles", None) or []
    own = own_county([_credited_text(issue, a) for a in arts]) if len(arts) > 1 else None
    return own if own is not None and own.code != text.code else text


#: An article whose own evidence is this weak (confidence) and names a county of another prefecture than its
#: page's takes its page's county (a brief naming one township shared by three counties, user35b F5).
WEAK_ARTICLE = 0.25


def _weak_elsewhere(g: CountyGuess, page_code: str | None) -> bool:
    """The article's county is weakly read and lies in another prefecture than its page's."""
    return (g.code is not None and page_code is not None and g.confidence < WEAK_ARTICLE
            and g.code[:4] != page_code[:4])


def county_table(corpus: Any, *, level: str = "issue") -> pd.DataFrame:
    """The county of every issue (or article) of *corpus*: given by metadata or inferred.

    Parameters
    ----------
    corpus : Corpus
        As returned by :func:`corpus_tools.read_corpus`.
    level : {"issue", "article"}
        One row per issue (evidence pooled over the page) or per article (an article whose
        own text decides no county takes its page's, with evidence ``page: …``: the county
        :func:`corpus_tools.extract_entities` links its places in; the county its paper's name
        names counts in each article as its masthead, ``paper county 昌图县``).

    Returns
    -------
    DataFrame
        Columns :data:`COUNTY_COLUMNS`; ``source`` is ``manifest`` when the issue's metadata
        gives ``county_code`` (it wins), ``user`` when the user named it
        (``read_corpus(..., county=...)``), else ``text`` (with the evidence, also after
        ``county="infer"`` wrote the inferred county into the metadata).

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> county_table(load_seeds()).loc[0, ["county", "source"]].tolist()
    ['平遥县', 'manifest']
    """
    if level not in ("issue", "article"):
        raise ValueError(f"level = {level!r} is invalid; use 'issue' or 'article'")
    _settle_papers(corpus.issues)
    rows = []
    for issue in corpus.issues:
        src = issue.meta.get("county_source") or "manifest"
        # a county read off the text by county="infer" is read again: the row keeps its evidence
        given = None if src == "text" else _given(issue.meta)
        if level == "issue":
            g = _given_guess(given, src) if given else issue_guess(issue)
            rows.append(_row(issue.id, None, g))
        else:
            page = None
            masthead = None if given else _paper_county(issue)[1]
            for art in issue.articles:
                g = _given_guess(given, src) if given else infer_county(_county_text(art), paper_county=masthead)
                if g.code is not None and not given and g.confidence < WEAK_ARTICLE:
                    page = page or _page_fallback(issue)
                    if _weak_elsewhere(g, page.code):
                        g = CountyGuess(None, None, None, g.confidence)
                if g.code is None:
                    # an article that decides nothing takes its page's county (as entity linking does)
                    page = page or _page_fallback(issue)
                    if page.code is not None:
                        g = CountyGuess(page.code, page.city, page.province, page.confidence,
                                        tuple(f"page: {e}" for e in page.evidence), page.counties, page.source)
                rows.append(_row(issue.id, art.id, g))
    return pd.DataFrame(rows, columns=COUNTY_COLUMNS)


def issue_counties(corpus: Any) -> pd.DataFrame:
    """The county of every issue and where it comes from: the one code path of the issue tables.

    :meth:`Corpus.issues_frame` and the report's overview both take their ``county``,
    ``county_code`` and ``county_source`` from here.

    Parameters
    ----------
    corpus : Corpus
        As returned by :func:`corpus_tools.read_corpus`.

    Returns
    -------
    DataFrame
        Columns ``issue_id, county, county_code, county_source``. An issue whose metadata
        gives ``county_code`` keeps its metadata (``county_source`` ``manifest``, or ``user``
        after ``read_corpus(..., county=...)``); else the county is read off its text
        (:func:`corpus_tools.county.infer_county`, ``county_source`` ``text``; the evidence is
        in :func:`county_table`); None in all three when neither decides.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> import pandas as pd
    >>> c = read_corpus(pd.DataFrame({"text": ["武乡县蟠龙镇、韩北镇的党员开展志愿服务。"]}))
    >>> issue_counties(c).loc[0, ["county", "county_code", "county_source"]].tolist()
    ['武乡县', '140429', 'text']
    """
    _settle_papers(corpus.issues)
    rows = []
    for issue in corpus.issues:
        meta = issue.meta
        if _given(meta):
            code = str(meta["county_code"]).strip()
            county = meta.get("county") or division_name(code[:6])
            src = meta.get("county_source") or "manifest"
        else:
            g = issue_guess(issue)
            code, county, src = g.code, g.county, ("text" if g.code else None)
        rows.append({"issue_id": issue.id, "county": county, "county_code": code, "county_source": src})
    undecided = [r["issue_id"] for r in rows if r["county_code"] is None]
    if undecided:  # once per session: which pages' townships and villages stay unlinked (user35b F3)
        shown = ", ".join(map(str, undecided[:5])) + (" …" if len(undecided) > 5 else "")
        warn_undecided(f"{len(undecided)} of {len(rows)} issue(s) ({shown})", key="corpus")
    return pd.DataFrame(rows, columns=["issue_id", "county", "county_code", "county_source"], dtype=object)


def _credited_text(issue: Any, art: Any) -> str:
    """An article's county text with its printed byline lines (南充日报记者　庞建华: a reprint's credit)."""
    raw = getattr(issue, "raw", "") or ""
    lines = [raw[s:e] for s, e in (getattr(art, "spans", None) or {}).get("byline", ())]
    return "\n".join([*lines, _county_text(art)])


def _county_text(art: Any) -> str:
    """The text an article's county is read from: its kicker (``特色产业看济源``, often the one
    line naming the county) over its text (title, subtitle and body)."""
    kicker = getattr(art, "kicker", None)
    return f"{kicker}\n{art.text}" if kicker else art.text


def article_counties(articles: Iterable[Any], issues: Iterable[Any] | None = None
                     ) -> dict[tuple[str, str], str | None]:
    """The county code of each article: its metadata, else its own text, else its issue's.

    An article that names too few places to decide (a short notice, a photo caption)
    takes its issue's county: the one its paper's name names or the whole page's
    (:func:`issue_guess`) when the article's issue is in *issues*, else the county inferred
    from all the articles of its issue in *articles* pooled (:func:`infer_issue_county`).
    An article whose own text decides keeps that county, even when the issue is about
    another one; on a page whose paper's name names a county (昌图报), that county counts in the
    article as the masthead would (``infer_county(..., paper_county=...)``), so naming another city
    once (运往开原市的电厂) does not move an article about the paper's villages.

    Parameters
    ----------
    articles : iterable of Article
        Each with ``issue_id``, ``id``, ``text`` and ``meta``.
    issues : iterable of Issue, optional
        The issues of *articles* (their pages and mastheads).

    Returns
    -------
    dict
        ``(issue_id, article_id)`` -> 6-digit county code, or ``None`` when neither the
        article nor its issue decides.
    """
    arts = list(articles)
    out: dict[tuple[str, str], str | None] = {}
    by_issue: dict[str, list[Any]] = defaultdict(list)
    for art in arts:
        by_issue[art.issue_id].append(art)
    pages = {issue.id: issue for issue in issues or ()}
    _settle_papers(list(pages.values()))
    issue_code: dict[str, str | None] = {}
    mastheads: dict[str, str | None] = {}  # issue id -> the county its paper's name names
    for art in arts:
        code = _given(getattr(art, "meta", None) or {})
        if code is None:
            if art.issue_id in pages and art.issue_id not in mastheads:
                mastheads[art.issue_id] = _paper_county(pages[art.issue_id])[1]
            g = infer_county(_county_text(art), paper_county=mastheads.get(art.issue_id))
            code = g.code
            if code is not None and g.confidence < WEAK_ARTICLE and art.issue_id in pages:
                if art.issue_id not in issue_code:
                    issue_code[art.issue_id] = _page_fallback(pages[art.issue_id]).code
                code = None if _weak_elsewhere(g, issue_code[art.issue_id]) else code
        if code is None:
            if art.issue_id in pages and art.issue_id not in issue_code:
                issue_code[art.issue_id] = _page_fallback(pages[art.issue_id]).code
            elif art.issue_id not in issue_code:
                texts = [_county_text(a) for a in by_issue[art.issue_id]]
                issue_code[art.issue_id] = infer_issue_county(texts).code if len(texts) > 1 else None
            code = issue_code[art.issue_id]
        out[(art.issue_id, art.id)] = code
    return out


def assign_counties(corpus: Any, county: str | int | None = None) -> Any:
    """Fill ``county_code`` (and ``county``) in the metadata of issues that lack it.

    With *county* every such issue takes that county (``county_source = "user"``);
    with ``county="infer"`` each takes the county inferred from its own text
    (``county_source = "text"``), and one warning names the issues where the text does not
    decide. Issues whose manifest gives ``county_code`` keep it. Returns *corpus*.

    Examples
    --------
    >>> from corpus_tools import read_corpus
    >>> import pandas as pd
    >>> c = assign_counties(read_corpus(pd.DataFrame({"text": ["蟠龙镇的新闻"]})), "山西省武乡县")
    >>> c.issues[0].meta["county_code"], c.issues[0].meta["county"]
    ('140429', '武乡县')
    """
    if county is None:
        return corpus
    try:
        code = None if county == "infer" else resolve_county(county)
    except ValueError as err:  # (say which county the pages point to: the user may have mistyped its code)
        pointed = _text_county(list(islice((i for i in corpus.issues if not _given(i.meta)), POINTED_PAGES)), "the")
        raise ValueError(f"{err}{pointed}") from None
    undecided = []
    silent = []  # the pages given the user's county that print neither its name nor one of its townships
    marks = county_marks(code) if code is not None else ()
    if code is None:
        _settle_papers(corpus.issues)
    for issue in corpus.issues:
        if _given(issue.meta):
            continue
        if code is not None:
            issue.meta.update(county_code=code, county=division_name(code), county_source="user")
            if marks and not any(m in issue.raw for m in marks):
                silent.append(issue)
            continue
        g = issue_guess(issue)
        if g.code is None:
            undecided.append(issue.id)
            continue
        issue.meta.update(county_code=g.code, county=g.county, county_source="text")
    if undecided:
        shown = ", ".join(undecided[:5]) + (" …" if len(undecided) > 5 else "")
        warn_undecided(f"{len(undecided)} issue(s) ({shown})", key="corpus")
    if silent:
        shown = ", ".join(i.id for i in silent[:5]) + (" …" if len(silent) > 5 else "")
        pointed = _text_county(silent)  # (reads the first POINTED_PAGES of them)
        warnings.warn(f"county={county!r} ({division_name(code)}) was given to {len(silent)} page(s) that print "
                      f"neither its name nor one of its townships ({shown}); if they are another county's pages, "
                      f"read them apart (or use county='infer'){pointed}", UserWarning, stacklevel=user_stacklevel())
    return corpus


#: Pages read for the county a wrong ``county=`` message names (the text's county of the first ones).
POINTED_PAGES = 20


def _text_county(issues: list, which: str = "these") -> str:
    """``; their text points to 武穴市 (421182)``: the county most of the first :data:`POINTED_PAGES`
    *issues* point to by their own text (:func:`issue_guess`), or "" when none decides."""
    votes: dict[tuple[str, str], int] = defaultdict(int)
    for issue in issues[:POINTED_PAGES]:
        g = issue_guess(issue)
        if g.code is not None:
            votes[(g.county, g.code)] += 1
    if not votes:
        return ""
    (name, code), n = max(votes.items(), key=lambda kv: kv[1])
    return f"; the text of {n} of {which} page(s) points to {name} ({code}): county={name!r} or county='infer'"


def county_marks(code: str) -> tuple[str, ...]:
    """What a page of the county *code* prints that names it: the county's name and short forms
    (蓬溪县, 蓬溪) and its townships' names (天福镇, 鸣凤镇 …).

    Parameters
    ----------
    code : str
        A 6-digit county code.

    Returns
    -------
    tuple of str
        The names: the county's, its short forms, then its townships'.

    Examples
    --------
    >>> marks = county_marks("510921")
    >>> "蓬溪" in marks and "天福镇" in marks
    True
    """
    from corpus_tools import gazetteer as gz

    name = division_name(code)
    towns = [d.name for d in gz.children(code, level="township")]
    return tuple(dict.fromkeys([name, *gz.short_forms(name, "county"), *towns]))
