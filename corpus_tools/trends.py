"""Term frequencies across issues and periods: :func:`keyword_trends` and :func:`emerging_terms`.

A multi-word term such as 乡村振兴 may come out of the segmenter as 乡村 / 振兴, and a
single word may be glued into a longer one (平遥 inside 平遥县). :func:`keyword_trends`
therefore counts a term that the pipeline splits into several tokens on the article
*text* (non-overlapping occurrences, whitespace removed, full-width digits folded), and a
term that is one token as a token, so 县 does not also count every 平遥县.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

from corpus_tools._grouping import article_groups
from corpus_tools._validate import check_choice, check_int, check_terms
from corpus_tools.date_counts import issue_dates
from corpus_tools.errors import check_corpus, user_stacklevel
from corpus_tools.keywords import g2_log_ratio, group_term_counts
from corpus_tools.options import BY, DEFAULT_BY, ParseOptions, check_by, TermFilter, analysis_options, resolve_options
from corpus_tools.parsing import resolve_nlp, term_frame
from corpus_tools.phrase_tokens import is_phrase_text
from corpus_tools.stopwords import DEFAULT_POS, is_punct
from corpus_tools.text import normalize_text, strip_spaces
from corpus_tools.trend_sizes import SIZES_ATTR, period_sizes
from corpus_tools.trend_warnings import warn_split_counts

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from corpus_tools.corpus import Corpus

__all__ = ["keyword_trends", "emerging_terms", "EMERGING_COLUMNS"]

_PERIODS = tuple(b for b in BY if b != "article")
_NORMALIZE = ("per_10k", "count", "share_of_articles")
_MATCH = ("auto", "text", "token")
#: Columns of :func:`emerging_terms`.
EMERGING_COLUMNS = ["period", "previous", "term", "count_previous", "count", "per_10k_previous",
                    "per_10k", "log_ratio", "g2", "direction"]


def _check_terms(terms: str | Iterable[str]) -> list[str]:
    return list(dict.fromkeys(normalize_text(strip_spaces(t)) for t in check_terms(terms)))


def _warn_comma_terms(counts: pd.DataFrame) -> None:
    """Warn about terms holding a comma that matched nothing: a list written as one string."""
    for t in counts.columns:
        if ("," in t or "，" in t) and not counts[t].any():
            parts = [p for p in t.replace("，", ",").split(",") if p.strip()]
            warnings.warn(f"term {t!r} contains a comma and matched nothing; give the terms as a list "
                          f"({parts!r}), not as one comma-separated string", UserWarning,
                          stacklevel=user_stacklevel())


def _article_positions(df: pd.DataFrame, art_ids: list[str]) -> np.ndarray:
    """For each of *art_ids*, its category code in ``df["article_id"]`` (-1 when absent)."""
    cats = df["article_id"].cat.categories
    return pd.Series(np.arange(len(cats)), index=cats).reindex(art_ids).fillna(-1).to_numpy(dtype=np.int64)


def _per_article(values: np.ndarray, positions: np.ndarray) -> np.ndarray:
    return np.where(positions >= 0, values[np.maximum(positions, 0)], 0)


def _word_tokens(df: pd.DataFrame, art_ids: list[str]) -> np.ndarray:
    """Word tokens (punctuation excluded) of each article of *art_ids*."""
    if df.empty:
        return np.zeros(len(art_ids), dtype=np.int64)
    cats = np.asarray(df["term"].cat.categories, dtype=object)
    punct = np.fromiter((is_punct(t) for t in cats), dtype=bool, count=len(cats))
    art_codes = df["article_id"].cat.codes.to_numpy()
    words = ~punct[df["term"].cat.codes.to_numpy()]
    per_cat = np.bincount(art_codes[words], minlength=len(df["article_id"].cat.categories))
    return _per_article(per_cat, _article_positions(df, art_ids))


def keyword_trends(
    corpus: Corpus,
    terms: str | Iterable[str],
    *,
    by: Literal["issue", "day", "week", "month", "quarter", "year", "all"] = DEFAULT_BY,
    normalize: Literal["per_10k", "count", "share_of_articles"] = "per_10k",
    match: Literal["auto", "text", "token"] = "auto",
    nlp: Language | None = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    parse: ParseOptions | None = None,
) -> pd.DataFrame:
    """How often each term occurs per issue or period.

    Parameters
    ----------
    corpus : Corpus
    terms : str or iterable of str
        The terms; full-width digits and spaces in them are normalised.
    by : {"issue", "day", "week", "month", "quarter", "year", "all"}
        Rows: issue ids (one per page file) in corpus order, or periods (``"2023-01-31"``: the
        pages of one date, ``"2023-W05"``: the ISO week, ``"2023-01"``, ``"2023Q1"``, ``"2023"``, ``"all"``) in date order. Undated issues are left out of calendar periods, with a warning.
    normalize : {"per_10k", "count", "share_of_articles"}
        Occurrences per 10,000 word tokens of the period (punctuation excluded), raw
        counts, or the share of the period's articles that contain the term.
    match : {"auto", "text", "token"}
        ``"text"`` counts substrings of the article text; ``"token"`` counts tokens equal
        to the term; ``"auto"`` uses tokens for a term the pipeline keeps as one token and
        the text for a term it splits. Token counts join the term's pieces where the segmenter
        cuts it in context (昨天，通|江口镇 though 通江口镇 alone is one token), so a place name or
        formula is counted wherever it is printed whole; it is still not counted inside a longer
        word (城镇 in 八面城镇 only where the segmenter made 城镇 a token): when the text prints a
        term clearly more often than the tokens count it (渔业 in 渔业局, 渔业界), ``"auto"`` warns
        once, naming the longer words and the call with ``match="text"``, and the result's
        ``attrs["split_counts"]`` keeps ``{term: {"as_word": n, "in_text": m}}`` (user37 F2). Either way only ``Article.text`` (title, subtitle, body) is
        searched: a formula printed on a section banner, a kicker or a caption is counted by
        :func:`~corpus_tools.slogans.extract_slogans` and :func:`~corpus_tools.slogans.slogan_trends`
        (their ``count``) but not here. To count captions, append them to the bodies and rebuild the
        corpus: ``arts = corpus.articles_frame(); arts["body"] += arts["captions"].map(lambda cs:
        "".join("\n" + c for c in cs)); ct.Corpus.from_articles(arts)`` (docs: *Keyword trends*).
    nlp : spacy.language.Language, optional
        Pipeline (default ``corpus_tools.load_pipeline()``); only ``"text"`` with
        ``normalize != "per_10k"`` works without parsing.
    cache_dir : path, None or False
        Parse cache (see :func:`corpus_tools.parsing.parse_corpus`).
    parse : ParseOptions, optional
        All parse options at once (:class:`corpus_tools.options.ParseOptions`), instead of
        *nlp* and *cache_dir*.

    Returns
    -------
    pandas.DataFrame
        Index named after *by*, one column per term; ``int`` counts or ``float`` rates;
        ``attrs["normalize"]`` records *normalize* (:func:`corpus_tools.plot_trends` labels
        its axis from it) and ``attrs["period_sizes"]`` the issues, articles and word tokens of each
        row: ``tr.join(ct.trend_sizes(tr))`` prints them beside the counts, and
        :func:`corpus_tools.plot_trends` draws the points of a row with fewer than 3 issues hollow
        (a rate from one page is not a peak of the paper; :mod:`corpus_tools.trend_sizes`).

    Examples
    --------
    >>> from corpus_tools import load_seeds
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")  # one seed page is undated
    ...     tr = keyword_trends(load_seeds(), ["乡村振兴", "古城"], by="year", normalize="count",
    ...                         match="text")
    >>> tr.index.tolist(), tr.columns.tolist()
    (['2022', '2023', '2024'], ['乡村振兴', '古城'])
    """
    check_corpus(corpus)
    terms = _check_terms(terms)
    check_by(by, _PERIODS)
    check_choice("normalize", normalize, _NORMALIZE)
    check_choice("match", match, _MATCH)
    groups, order = article_groups(corpus, by, allowed=_PERIODS)
    popts = resolve_options(ParseOptions, parse, "parse", nlp=nlp, cache_dir=cache_dir)
    need_parse = match != "text" or normalize == "per_10k"
    df = None
    if need_parse:
        nlp = resolve_nlp(popts.nlp)
        # the segmenter's tokens (phrases=()): a formula the segmenter cuts is counted in the text
        # (match="auto"), and the per-10,000-words rates keep the pipeline's own word count
        df = term_frame(corpus, parse=replace(popts, nlp=nlp),
                        term_filter=TermFilter(pos=None, min_chars=1, phrases=()))
    if match == "auto":
        by_token = {t: len([w for w in nlp.make_doc(t) if not w.is_space]) == 1 for t in terms}
    else:
        by_token = {t: match == "token" for t in terms}
    art_ids = groups["article_id"].tolist()
    counts = pd.DataFrame(0, index=pd.Index(art_ids, name="article_id"), columns=terms, dtype=np.int64)
    text_terms = [t for t in terms if not by_token[t]]
    if text_terms:
        texts = {a.id: normalize_text(strip_spaces(a.text)) for a in corpus.articles}
        for t in text_terms:
            counts[t] = [texts[a].count(t) for a in art_ids]
    token_terms = [t for t in terms if by_token[t]]
    if token_terms:
        # the terms joined where the segmenter cut them in context (昨天，通|江口镇: one token alone,
        # two in the sentence), so a token count finds every printing the text count would
        words = tuple(t for t in token_terms if len(t) >= 2 and is_phrase_text(t))
        tokens = df if not words else term_frame(corpus, parse=replace(popts, nlp=nlp),
                                                  term_filter=TermFilter(pos=None, min_chars=1, phrases=(), words=words))
        term_cats = tokens["term"].cat.categories
        term_codes = tokens["term"].cat.codes.to_numpy()
        art_codes = tokens["article_id"].cat.codes.to_numpy()
        positions = _article_positions(tokens, art_ids)
        n_arts = len(tokens["article_id"].cat.categories)
        for t in token_terms:
            if t in term_cats:
                hits = np.bincount(art_codes[term_codes == term_cats.get_loc(t)], minlength=n_arts)
                counts[t] = _per_article(hits, positions)
    split = warn_split_counts(corpus, counts, token_terms, df) if match == "auto" and token_terms else {}
    group_of = groups.set_index("article_id")["group"]
    if normalize == "share_of_articles":
        out = (counts > 0).groupby(group_of).mean()
    else:
        out = counts.groupby(group_of).sum()
        if normalize == "per_10k":
            n_words = pd.Series(_word_tokens(df, art_ids), index=art_ids).groupby(group_of).sum()
            out = out.div(n_words.replace(0, np.nan), axis=0) * 10_000
    _warn_comma_terms(counts)
    out = out.reindex(order)
    out.index.name = by
    out.columns.name = "term"
    out.attrs["normalize"] = normalize  # plot_trends labels its axis from it
    out.attrs["split_counts"] = split  # terms the text prints more often than the word count finds (user37 F2)
    words = pd.Series(_word_tokens(df, art_ids), index=art_ids) if df is not None else None
    date_of = issue_dates(corpus)
    out.attrs[SIZES_ATTR] = {**period_sizes(groups, {a.id: i.id for i in corpus for a in i.articles}, words,
                                            date_of),
                             "index": [str(i) for i in out.index], "by": by}
    if by == "issue":                   # and dates a long axis of issues from these
        out.attrs["dates"] = [date_of.get(i) for i in out.index]
    return out


def _dated_issue_order(corpus: Corpus, order: list[str]) -> list[str]:
    """*order* (issue ids) without the undated issues, with a warning, when some issues are dated:
    a rise from one issue to the next needs an order in time, and an undated page has no place
    in it (the corpus puts it last). With no dated issue at all, the corpus order stands."""
    undated = {i.id for i in corpus.issues if i.date is None}
    if not undated or len(undated) == len(corpus.issues):
        return order
    warnings.warn(f"{len(undated)} undated issue(s) left out of emerging_terms(by='issue'): consecutive issues "
                  "are compared in date order; give them a date in the manifest to include them",
                  UserWarning, stacklevel=user_stacklevel())
    return [g for g in order if g not in undated]


def emerging_terms(
    corpus: Corpus,
    *,
    by: Literal["issue", "day", "week", "month", "quarter", "year", "all"] = DEFAULT_BY,
    top_n: int = 10,
    min_count: int = 5,
    pos: Iterable[str] | None = DEFAULT_POS,
    extra_stop_words: Iterable[str] = (),
    min_chars: int = 2,
    nlp: Language | None = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    parse: ParseOptions | None = None,
    term_filter: TermFilter | None = None,
) -> pd.DataFrame:
    """Terms whose frequency rises or falls most from one period to the next.

    Each pair of consecutive periods is compared with log-likelihood G2 and the log ratio
    (as in :func:`corpus_tools.keyness`); the *top_n* most significant rises and falls of
    each pair are returned.

    Parameters
    ----------
    corpus : Corpus
    by : {"issue", "day", "week", "month", "quarter", "year", "all"}
        Periods (undated issues left out, with a warning: of calendar periods, and of
        ``"issue"`` when other issues are dated, since consecutive issues are compared in date
        order); default ``"issue"``, as every analysis (``"year"`` in corpus_tools 0.1).
    top_n : int
        Rising and falling terms per pair of periods.
    min_count : int
        Least combined count over the two periods.
    pos, extra_stop_words, min_chars, nlp, cache_dir, parse, term_filter
        As in :func:`corpus_tools.keywords`.

    Returns
    -------
    pandas.DataFrame
        ``period, previous, term, count_previous, count, per_10k_previous, per_10k,
        log_ratio, g2, direction`` (``"rising"`` or ``"falling"``), in period order, rising
        first, each by decreasing G2.

    Examples
    --------
    >>> import spacy, warnings
    >>> from corpus_tools import load_seeds
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")  # one seed page is undated
    ...     em = emerging_terms(load_seeds(), by="year", min_count=3, nlp=nlp, pos=None, cache_dir=False)
    >>> set(em["direction"]) == {"rising", "falling"}
    True
    """
    check_corpus(corpus)
    check_by(by, _PERIODS)
    check_int("top_n", top_n)
    check_int("min_count", min_count)
    popts, tfilter = analysis_options(parse, term_filter, nlp=nlp, cache_dir=cache_dir, pos=pos,
                                      extra_stop_words=extra_stop_words, min_chars=min_chars)
    groups, order = article_groups(corpus, by, allowed=_PERIODS)
    if by == "issue":
        order = _dated_issue_order(corpus, order)
    df = term_frame(corpus, parse=popts, term_filter=tfilter)
    g_index = {g: k for k, g in enumerate(order)}
    group_of = groups.set_index("article_id")["group"].map(g_index)
    art_cats = df["article_id"].cat.categories
    code_of_cat = group_of.reindex(art_cats).fillna(-1).to_numpy(dtype=np.int64)
    row_group = code_of_cat[df["article_id"].cat.codes.to_numpy()]
    counts, n_words, cats = group_term_counts(df, row_group, len(order))
    stats = {}
    for g, name in enumerate(order):
        r = counts.getrow(g)
        stats[name] = (pd.Series(r.data, index=cats[r.indices].astype(str)), int(n_words[g]))
    rows = []
    for prev, cur in zip(order, order[1:]):
        if prev not in stats or cur not in stats:
            continue
        (c0, n0), (c1, n1) = stats[prev], stats[cur]
        if n0 == 0 or n1 == 0:
            continue
        tab = pd.concat([c0.rename("p"), c1.rename("c")], axis=1).fillna(0).astype(int)
        tab = tab[(tab["p"] + tab["c"]) >= min_count]
        if tab.empty:
            continue
        g2, lr = g2_log_ratio(tab["c"].to_numpy(), tab["p"].to_numpy(), n1, n0)
        pair = pd.DataFrame({"period": cur, "previous": prev, "term": tab.index.astype(str),
                             "count_previous": tab["p"].to_numpy(), "count": tab["c"].to_numpy(),
                             "per_10k_previous": tab["p"].to_numpy() / n0 * 10_000,
                             "per_10k": tab["c"].to_numpy() / n1 * 10_000,
                             "log_ratio": lr, "g2": g2})
        rising = pair[pair["log_ratio"] > 0].sort_values(["g2", "term"], ascending=[False, True]).head(top_n)
        falling = pair[pair["log_ratio"] < 0].sort_values(["g2", "term"], ascending=[False, True]).head(top_n)
        rows += [rising.assign(direction="rising"), falling.assign(direction="falling")]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in EMERGING_COLUMNS})
    return pd.concat(rows, ignore_index=True)[EMERGING_COLUMNS]

