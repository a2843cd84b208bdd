"""Keywords per article, issue or period (TF-IDF or TextRank) and keyness between sub-corpora.

Both read the cached parse through :func:`corpus_tools.parsing.term_frame`, so they share
one token filter: stop words (spaCy's Chinese list + our newspaper boilerplate + your
``extra_stop_words``), punctuation, numbers, tokens shorter than ``min_chars`` and, when
the pipeline has a tagger, tags outside ``pos``. Known formulae the segmenter cuts (科学 | 发展观)
are joined into one term first (``TermFilter(phrases=...)``, :mod:`corpus_tools.phrase_tokens`).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

from corpus_tools._grouping import article_groups
from corpus_tools._validate import check_choice, check_df_limits, check_int, check_ngram_range
from corpus_tools.corpus_cache import shared
from corpus_tools.errors import InvalidArgumentError, check_corpus, check_type, user_stacklevel
from corpus_tools.options import DEFAULT_BY, ParseOptions, TermFilter, analysis_options, renamed_option
from corpus_tools.parsing import term_frame
from corpus_tools.stopwords import DEFAULT_POS, is_punct

if TYPE_CHECKING:  # pragma: no cover
    from scipy import sparse
    from spacy.language import Language

    from corpus_tools.corpus import Corpus

__all__ = ["keywords", "keyness", "person_fragments", "KEYWORD_COLUMNS", "KEYNESS_COLUMNS", "KEYNESS_MAX_P", "Ngrams"]

#: Columns of :func:`keywords`.
KEYWORD_COLUMNS = ["group", "term", "score", "rank", "tf", "df"]
#: Columns of :func:`keyness`.
KEYNESS_COLUMNS = ["term", "freq_target", "freq_reference", "g2", "p", "log_ratio"]

_METHODS = ("tfidf", "textrank", "keyness")


def article_sentences(df: pd.DataFrame) -> dict[str, list[list[str | None]]]:
    """``article_id -> sentences``, each a list of terms with None where a token was dropped.

    *df* is a :func:`~corpus_tools.parsing.term_frame`. The None markers stop n-grams and
    collocations from joining words that were not adjacent in the text; a gap in token
    indices (a line break) counts as a dropped token too.
    """
    if df.empty:
        return {}
    art_codes = df["article_id"].cat.codes.to_numpy()
    art_cats = np.asarray(df["article_id"].cat.categories, dtype=object)
    sent = df["sent"].to_numpy()
    idx = df["i"].to_numpy()
    term_cats = np.asarray(df["term"].cat.categories, dtype=object)
    terms = np.where(df["keep"].to_numpy(), term_cats[df["term"].cat.codes.to_numpy()], None)
    n = len(df)
    new_art = np.ones(n, dtype=bool)
    new_art[1:] = art_codes[1:] != art_codes[:-1]
    new_sent = new_art.copy()
    new_sent[1:] |= sent[1:] != sent[:-1]
    gap = np.zeros(n, dtype=bool)
    after = df["i_end"].to_numpy() if "i_end" in df.columns else idx + 1  # i_end: a joined phrase's end
    gap[1:] = (idx[1:] != after[:-1]) & ~new_sent[1:]
    # a None marks a token dropped from the frame (a line break) between two kept rows
    gap_rows = np.flatnonzero(gap)
    flat = np.insert(terms, gap_rows, None)
    sent_rows = np.flatnonzero(new_sent)
    sent_starts = sent_rows + np.searchsorted(gap_rows, sent_rows, side="left")
    pieces = np.split(flat, sent_starts[1:])
    out: dict[str, list[list[str | None]]] = {}
    for row, piece in zip(sent_rows, pieces):
        out.setdefault(art_cats[art_codes[row]], []).append(piece.tolist())
    return out


def person_fragments(df: pd.DataFrame, entities: pd.DataFrame) -> np.ndarray:
    """Rows of a term frame that are pieces of a PERSON mention: 杞 and 国荣 where the segmenter
    splits 杞国荣, which the entity recogniser reads as one name.

    Parameters
    ----------
    df : DataFrame
        A :func:`~corpus_tools.parsing.term_frame` (``article_id``, ``text``, ``idx``: offsets
        into ``Article.text``).
    entities : DataFrame
        A table of :func:`corpus_tools.extract_entities`; its PERSON rows of part ``text``
        are the names.

    Returns
    -------
    numpy.ndarray of bool
        True for a token that overlaps a name without covering it whole (a token that is
        the whole name, or holds it, is no fragment).

    Examples
    --------
    >>> toks = pd.DataFrame({"article_id": pd.Categorical(["a"] * 4), "text": pd.Categorical(
    ...     ["书记", "杞", "国荣", "介绍"]), "idx": [0, 2, 3, 5]})
    >>> ents = pd.DataFrame({"article_id": ["a"], "part": ["text"], "label": ["PERSON"], "start": [2], "end": [5]})
    >>> person_fragments(toks, ents).tolist()
    [False, True, True, False]
    """
    out = np.zeros(len(df), dtype=bool)
    if df.empty or entities is None or entities.empty:
        return out
    names = entities[(entities["label"] == "PERSON") & (entities["part"] == "text")]
    if names.empty:
        return out
    arts = df["article_id"].astype(str).to_numpy()
    start = df["idx"].to_numpy().astype(np.int64)
    end = start + df["text"].astype(str).str.len().to_numpy()
    # the token rows of each article, grouped once (a scan per article was quadratic in the corpus)
    order = np.argsort(arts, kind="stable")
    keys, first = np.unique(arts[order], return_index=True)
    bounds = dict(zip(keys.tolist(), zip(first.tolist(), [*first[1:].tolist(), len(order)])))
    for art, spans in names.groupby(names["article_id"].astype(str), sort=False):
        if art not in bounds:
            continue
        lo, hi = bounds[art]
        rows = order[lo:hi]
        spans = spans.sort_values("start")
        s, e = spans["start"].to_numpy(), spans["end"].to_numpy()
        j = np.searchsorted(s, end[rows], side="left") - 1  # the last name starting before the token ends
        ok = j >= 0
        jj = np.where(ok, j, 0)
        overlaps = ok & (e[jj] > start[rows])
        holds = (start[rows] <= s[jj]) & (end[rows] >= e[jj])
        out[rows] = overlaps & ~holds
    return out


def _persons(corpus: Corpus) -> pd.DataFrame:
    """The PERSON table of *corpus*, extracted once while it is unchanged (:func:`corpus_tools.corpus_cache.shared`)."""
    from corpus_tools.entities import extract_entities

    return shared(corpus, ("keywords: PERSON",), lambda: extract_entities(corpus, labels=["PERSON"]))


def _check_entities(entities: object) -> None:
    """The ``entities`` option of :func:`keywords` and :func:`keyness`: a table, a bool or None."""
    if entities is not None and not isinstance(entities, bool):
        check_type("entities", entities, pd.DataFrame, "a DataFrame of extract_entities(), True, False or None")


def _drop_person_fragments(df: pd.DataFrame, corpus: Corpus, entities: pd.DataFrame | bool | None) -> pd.DataFrame:
    """*df* with ``keep`` False on pieces of PERSON mentions (see :func:`keywords`, ``entities``)."""
    if entities is None or entities is False or df.empty:
        return df
    if entities is True:
        entities = _persons(corpus)
    frag = person_fragments(df, entities)
    if frag.any():
        df = df.assign(keep=df["keep"].to_numpy() & ~frag)
    return df


class Ngrams:
    """scikit-learn analyzer: n-grams of adjacent kept terms, joined without a space.

    Examples
    --------
    >>> Ngrams((1, 2))([["乡村", "振兴", None, "古城"]])
    ['乡村', '振兴', '乡村振兴', '古城']
    """

    def __init__(self, ngram_range: tuple[int, int]):
        self.ngram_range = ngram_range

    def __call__(self, sentences: list[list[str | None]]) -> list[str]:
        lo, hi = self.ngram_range
        if hi == 1:  # the common case, without the run bookkeeping
            return [t for sent in sentences for t in sent if t is not None]
        feats: list[str] = []
        for sent in sentences:
            run: list[str] = []
            for t in [*sent, None]:
                if t is not None:
                    run.append(t)
                    continue
                for n in range(lo, hi + 1):
                    feats.extend("".join(run[j:j + n]) for j in range(len(run) - n + 1))
                run = []
        return feats


def _textrank(sentences: Iterable[list[str | None]], *, window: int, damping: float = 0.85,
              max_iter: int = 100, tol: float = 1e-8) -> dict[str, float]:
    """PageRank over the co-occurrence graph of kept terms (Mihalcea & Tarau 2004)."""
    from scipy import sparse

    tokens: list[str] = []
    sent_ids: list[int] = []
    for k, sent in enumerate(sentences):
        kept = [t for t in sent if t is not None]
        tokens.extend(kept)
        sent_ids.extend([k] * len(kept))
    if not tokens:
        return {}
    vocab_arr, ids = np.unique(np.asarray(tokens, dtype=object), return_inverse=True)
    ids = ids.ravel()
    sid = np.asarray(sent_ids)
    rows_l, cols_l = [], []
    for d in range(1, window):  # pairs of kept terms at most window-1 apart in a sentence
        ok = (sid[d:] == sid[:-d]) & (ids[d:] != ids[:-d])
        rows_l += [ids[:-d][ok], ids[d:][ok]]
        cols_l += [ids[d:][ok], ids[:-d][ok]]
    rows = np.concatenate(rows_l) if rows_l else np.zeros(0, dtype=int)
    cols = np.concatenate(cols_l) if cols_l else np.zeros(0, dtype=int)
    vocab = dict.fromkeys(vocab_arr.tolist())
    n = len(vocab)
    if n == 0:
        return {}
    w = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    out_deg = np.asarray(w.sum(axis=1)).ravel()
    inv = np.divide(1.0, out_deg, out=np.zeros(n), where=out_deg > 0)
    trans = (sparse.diags(inv) @ w).T.tocsr()
    score = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = (1 - damping) / n + damping * (trans @ score + score[out_deg == 0].sum() / n)
        if np.abs(new - score).sum() < tol:
            score = new
            break
        score = new
    terms = list(vocab)
    return {terms[k]: float(score[k]) for k in range(n)}


def keywords(
    corpus: Corpus,
    *,
    by: Literal["article", "issue", "day", "week", "month", "quarter", "year", "all"] = DEFAULT_BY,
    method: Literal["tfidf", "textrank", "keyness"] | None = None,
    top_n: int | None = 20,
    ngram_range: tuple[int, int] = (1, 1),
    min_df: int | float = 1,
    max_df: int | float = 1.0,
    pos: Iterable[str] | None = DEFAULT_POS,
    extra_stop_words: Iterable[str] = (),
    min_chars: int = 2,
    window: int = 5,
    nlp: Language | None = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    parse: ParseOptions | None = None,
    term_filter: TermFilter | None = None,
    entities: pd.DataFrame | bool | None = None,
) -> pd.DataFrame:
    """The most characteristic terms of each article, issue or period.

    ``method="tfidf"`` counts terms per group and weights them by the inverse document
    frequency over *articles* (scikit-learn's ``CountVectorizer`` fed by our tokens and
    ``TfidfTransformer``, i.e. ``TfidfVectorizer``; smooth idf, l2 norm), so grouping by
    issue or month still discounts terms found in most articles. ``method="textrank"``
    ranks terms by PageRank on their co-occurrence graph (terms within *window* kept
    tokens of each other in a sentence). ``method="keyness"`` ranks the terms that
    distinguish a group from the *rest of the corpus*: Dunning's log-likelihood G2 of the
    term's count in the group against its count in all other groups (as quanteda's
    ``textstat_keyness(measure="lr")``, sizes = kept terms), over-used terms only, with the
    effect size (Hardie's log ratio, log2 of the ratio of relative frequencies) in an
    extra column ``log_ratio``. TF-IDF over a month or an issue favours what is frequent
    everywhere (中国 发展 经济 …); keyness gives what that month says more than the others.

    The default (``method=None``) is keyness for groups larger than an article (issue,
    day, month, quarter, year) when there are at least two groups, TF-IDF otherwise.

    Parameters
    ----------
    corpus : Corpus
    by : {"issue", "article", "day", "week", "month", "quarter", "year", "all"}
        The groups (:data:`corpus_tools.options.BY`; default ``"issue"``, as every
        analysis — ``"article"`` in corpus_tools 0.1); undated issues are left out of
        calendar groupings (with a warning).
    method : {"tfidf", "textrank", "keyness"} or None
        None: ``"keyness"`` when ``by`` is not ``"article"`` and there are two groups or
        more, else ``"tfidf"``.
    top_n : int or None
        Terms per group (None: all).
    ngram_range : (int, int)
        Lengths of term n-grams (tfidf and keyness; ``corpus-tools keywords --max-n``). N-grams
        join *adjacent* kept tokens, so
        ``(1, 2)`` keeps 乡村振兴 whole when the segmenter splits it into 乡村 / 振兴.
    min_df, max_df : int or float
        Document-frequency limits over articles (as in scikit-learn).
    pos : collection of str or None
        Tags to keep when the pipeline has a tagger (default nouns, verbal nouns, names,
        abbreviations, idioms); None keeps every tag.
    extra_stop_words : iterable of str
        Words to drop on top of :func:`corpus_tools.stopwords.get_stop_words`.
    min_chars : int
        Shortest term kept, in characters.
    window : int
        Co-occurrence window of TextRank, in kept tokens.
    nlp : spacy.language.Language, optional
        Pipeline for the parse (default ``corpus_tools.load_pipeline()``).
    cache_dir : path, None or False
        Parse cache (see :func:`corpus_tools.parsing.parse_corpus`).
    parse : ParseOptions, optional
        All parse options at once (:class:`corpus_tools.options.ParseOptions`: also
        ``n_process``, ``batch_size``, ``progress``), instead of *nlp* and *cache_dir*.
    term_filter : TermFilter, optional
        All term-filter options at once (:class:`corpus_tools.options.TermFilter`), instead
        of *pos*, *extra_stop_words* and *min_chars*.
    entities : DataFrame, bool or None
        Where a person's name is cut into pieces by the segmenter (杞|国荣 for 杞国荣), the
        pieces are no terms: tokens that overlap a PERSON mention of the entity table without
        covering it whole are dropped (:func:`person_fragments`; a name the segmenter keeps
        whole stays a term, subject to *pos*). Pass the table of :func:`corpus_tools.extract_entities`
        when you have it (the report does), or True to run the entity recogniser for PERSON here
        (on 328 articles it took 22 s of CPU against 0.24 s for the keywords of a parsed corpus,
        so it is not the default); None (default) or False keeps the pieces.

    Returns
    -------
    pandas.DataFrame
        ``group, term, score, rank, tf, df``: the group label (article id, issue id,
        ``"2023-W05"``, ``"2023-01"``, ``"2023Q1"`` or ``"2023"``), the term, its tf-idf weight or TextRank
        score, its rank in the group (1 = best), its count in the group, and the number of
        articles in the whole corpus containing it. Groups in corpus/date order. With
        ``method="keyness"`` the score is G2 and a last column ``log_ratio`` gives the
        effect size (> 0: over-used in the group).

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> corpus = load_seeds().filter(issue_id="004_1e1be208c4a694e1")
    >>> kw = keywords(corpus, by="issue", top_n=5, nlp=spacy.blank("zh", config={
    ...     "nlp": {"tokenizer": {"segmenter": "jieba"}}}), pos=None, cache_dir=False)
    >>> list(kw.columns), len(kw)
    (['group', 'term', 'score', 'rank', 'tf', 'df'], 5)
    """
    check_corpus(corpus)
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    auto = method is None
    method = ("tfidf" if by == "article" else "keyness") if auto else method
    check_choice("method", method, _METHODS)
    check_int("top_n", top_n, none="all")
    lo, hi = check_ngram_range(ngram_range)
    if method == "textrank" and (lo, hi) != (1, 1):
        raise InvalidArgumentError(f"ngram_range value = {ngram_range!r} is invalid with method='textrank', which "
                                   "ranks single terms; use ngram_range=(1, 1), or method='tfidf' or 'keyness'")
    check_df_limits(min_df, max_df)
    check_int("window", window, minimum=2)
    _check_entities(entities)
    popts, tfilter = analysis_options(parse, term_filter, nlp=nlp, cache_dir=cache_dir, pos=pos,
                                      extra_stop_words=extra_stop_words, min_chars=min_chars)
    groups, order = article_groups(corpus, by)
    if method == "keyness" and len(order) < 2:
        if not auto:
            raise InvalidArgumentError(f"method='keyness' compares each group with the rest of the corpus; "
                                       f"by={by!r} gives {len(order)} group(s), it needs at least 2")
        method = "tfidf"
    df = _drop_person_fragments(term_frame(corpus, parse=popts, term_filter=tfilter), corpus, entities)
    sents = article_sentences(df)
    art_ids = [a for a in groups["article_id"] if a in sents]
    if not art_ids:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in
                             zip(KEYWORD_COLUMNS + (["log_ratio"] if method == "keyness" else []),
                                 [object, object, float, int, int, int, float])})
    vec = CountVectorizer(analyzer=Ngrams((lo, hi)), min_df=min_df, max_df=max_df)
    try:
        x = vec.fit_transform([sents[a] for a in art_ids])
    except ValueError as exc:  # every term pruned by min_df / max_df
        raise InvalidArgumentError(f"no term left after min_df={min_df!r}, max_df={max_df!r}: {exc}") from None
    terms = vec.get_feature_names_out()
    doc_freq = np.asarray((x > 0).sum(axis=0)).ravel()
    group_of = dict(zip(groups["article_id"], groups["group"]))
    g_index = {g: k for k, g in enumerate(order)}
    from scipy import sparse

    member = sparse.csr_matrix((np.ones(len(art_ids)), ([g_index[group_of[a]] for a in art_ids],
                                                        np.arange(len(art_ids)))),
                               shape=(len(order), len(art_ids)))
    counts = (member @ x).tocsr()
    if method == "tfidf":
        weights = TfidfTransformer(smooth_idf=True).fit(x).transform(counts).tocsr()
    elif method == "keyness":
        term_total = np.asarray(counts.sum(axis=0)).ravel()
        group_total = np.asarray(counts.sum(axis=1)).ravel()
        n_total = int(group_total.sum())
    ratio_of: dict[int, float] = {}
    members_of: dict[str, list[str]] = {}
    for a in art_ids:
        members_of.setdefault(group_of[a], []).append(a)
    rows = []
    for g, name in enumerate(order):
        c_row = counts.getrow(g)
        if c_row.nnz == 0:
            continue
        if method == "tfidf":
            w_row = weights.getrow(g)
            idx, vals = w_row.indices, w_row.data
        elif method == "keyness":
            idx = c_row.indices
            vals, lr = g2_log_ratio(c_row.data, term_total[idx] - c_row.data, int(group_total[g]),
                                    max(n_total - int(group_total[g]), 1))
            over = (lr > 0) & (vals > 0)
            idx, vals = idx[over], vals[over]
            ratio_of = dict(zip(idx.tolist(), lr[over].tolist()))
        else:
            tr = _textrank((s for a in members_of[name] for s in sents[a]), window=window)
            tr = {t: v for t, v in tr.items() if t in vec.vocabulary_}
            idx = np.array([vec.vocabulary_[t] for t in tr], dtype=int)
            vals = np.array(list(tr.values()), dtype=float)
        tf = np.zeros(len(terms), dtype=np.int64)
        tf[c_row.indices] = c_row.data
        idx = np.asarray(idx, dtype=np.int64)
        vals = np.asarray(vals, dtype=float)
        if top_n is not None and len(idx) > 4 * top_n:  # only the best need a full sort
            cut = np.partition(vals, len(vals) - top_n)[len(vals) - top_n]
            sel = vals >= cut
            idx, vals = idx[sel], vals[sel]
        # ties broken by count, then by term, so the output is deterministic
        ordering = np.lexsort((terms[idx], -tf[idx], -vals))
        if top_n is not None:
            ordering = ordering[:top_n]
        for rank, k in enumerate(ordering, start=1):
            j = idx[k]
            rows.append((name, terms[j], float(vals[k]), rank, int(tf[j]), int(doc_freq[j]))
                        + ((ratio_of[int(j)],) if method == "keyness" else ()))
    cols = KEYWORD_COLUMNS + (["log_ratio"] if method == "keyness" else [])
    out = pd.DataFrame(rows, columns=cols)
    return out.astype({"rank": int, "tf": int, "df": int})


def group_term_counts(df: pd.DataFrame, group_codes: np.ndarray,
                      n_groups: int) -> tuple["sparse.csr_matrix", np.ndarray, np.ndarray]:
    """Kept-term counts per group (sparse ``n_groups x n_categories``), word tokens per group
    (punctuation excluded) and the term labels. *group_codes* gives each row's group (-1: none)."""
    from scipy import sparse

    term = df["term"]
    cats = np.asarray(term.cat.categories, dtype=object)
    codes = term.cat.codes.to_numpy()
    punct = np.fromiter((is_punct(t) for t in cats), dtype=bool, count=len(cats))
    in_group = group_codes >= 0
    words = in_group & ~punct[codes]
    n_words = np.bincount(group_codes[words], minlength=n_groups)
    kept = in_group & df["keep"].to_numpy()
    counts = sparse.coo_matrix((np.ones(int(kept.sum()), dtype=np.int64), (group_codes[kept], codes[kept])),
                               shape=(n_groups, len(cats))).tocsr()
    return counts, n_words, cats


def _token_counts(df: pd.DataFrame) -> tuple[pd.Series, int]:
    """Counts of kept terms, and the size of the text in word tokens (punctuation excluded)."""
    counts, n_words, cats = group_term_counts(df, np.zeros(len(df), dtype=np.int64), 1)
    row = counts.getrow(0)
    series = pd.Series(row.data, index=pd.Index(cats[row.indices].astype(str), name="term"), name="count")
    return series.sort_values(ascending=False, kind="stable"), int(n_words[0]) if len(n_words) else 0


def g2_log_ratio(a: np.ndarray, b: np.ndarray, n1: int, n2: int) -> tuple[np.ndarray, np.ndarray]:
    """Dunning's log-likelihood G2 and Hardie's log ratio (log2, 0.5 added to zero counts).

    Examples
    --------
    >>> g2, lr = g2_log_ratio(np.array([10]), np.array([10]), 1000, 1000)
    >>> float(g2[0]), float(lr[0])
    (0.0, 0.0)
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    e1 = n1 * (a + b) / (n1 + n2)
    e2 = n2 * (a + b) / (n1 + n2)
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
    g2 = np.maximum(2 * (t1 + t2), 0.0)
    a_s = np.where(a == 0, 0.5, a)
    b_s = np.where(b == 0, 0.5, b)
    log_ratio = np.log2((a_s / n1) / (b_s / n2))
    return g2, log_ratio


#: The significance level the report keeps keyness at (``keyness(..., max_p=KEYNESS_MAX_P)``).
KEYNESS_MAX_P = 0.05


def keyness(
    target: Corpus,
    reference: Corpus,
    *,
    measure: Literal["g2", "log_ratio"] = "g2",
    min_count: int = 3,
    top_n: int | None = None,
    pos: Iterable[str] | None = DEFAULT_POS,
    extra_stop_words: Iterable[str] = (),
    min_chars: int = 2,
    nlp: Language | None = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    parse: ParseOptions | None = None,
    term_filter: TermFilter | None = None,
    min_freq: int | None = None,
    entities: pd.DataFrame | bool | None = None,
    max_p: float | None = None,
) -> pd.DataFrame:
    """Terms over- and under-used in *target* compared with *reference*.

    Log-likelihood G2 (Dunning 1993) tests the difference; the log ratio (Hardie 2014,
    log2 of the ratio of relative frequencies, 0.5 for a zero count) gives its size and
    direction. Corpus sizes are word tokens (punctuation excluded).

    Parameters
    ----------
    target, reference : Corpus
        Two sub-corpora, e.g. ``corpus.filter(issue_id=x)`` and
        ``corpus.filter(issue_id=lambda i: i != x)``, or two ``between(...)`` ranges.
    measure : {"g2", "log_ratio"}
        Sort order: ``"g2"`` puts the most significant over-used terms first and the most
        significant under-used terms last; ``"log_ratio"`` sorts by effect size.
    min_count : int
        Least combined frequency of a term.
    top_n : int or None
        Keep only the first *top_n* rows (after the *max_p* filter).
    pos, extra_stop_words, min_chars, nlp, cache_dir, parse, term_filter
        As in :func:`keywords`.
    min_freq : int, optional
        Deprecated old name of *min_count*.
    entities : DataFrame, bool or None
        As in :func:`keywords`: pieces of PERSON mentions are no terms (a table of
        :func:`corpus_tools.extract_entities` covering both corpora, True to run the
        recogniser, None (default) or False to keep them).
    max_p : float or None
        Keep only the terms whose difference is significant, ``p < max_p`` (the report and
        :func:`~corpus_tools.paper_groups.keyness_by_paper` use :data:`KEYNESS_MAX_P`, 0.05). None (the
        default) keeps every term, so the first *top_n* rows may hold terms with ``p >= 0.05``
        on small corpora: read the ``p`` column, or pass ``max_p=0.05``.

    Returns
    -------
    pandas.DataFrame
        ``term, freq_target, freq_reference, g2, p, log_ratio`` (p from chi-squared, 1 dof;
        ``log_ratio > 0`` means over-used in the target).

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> seeds = load_seeds()
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    >>> k = keyness(seeds.filter(issue_id="003_f6a22faeb5ea5671"),
    ...             seeds.filter(issue_id=lambda i: i != "003_f6a22faeb5ea5671"),
    ...             nlp=nlp, pos=None, cache_dir=False)
    >>> list(k.columns)
    ['term', 'freq_target', 'freq_reference', 'g2', 'p', 'log_ratio']

    ``max_p`` keeps only the significant differences (the report's level, :data:`KEYNESS_MAX_P`):

    >>> sig = keyness(seeds.filter(issue_id="003_f6a22faeb5ea5671"),
    ...               seeds.filter(issue_id=lambda i: i != "003_f6a22faeb5ea5671"),
    ...               nlp=nlp, pos=None, cache_dir=False, max_p=0.05)
    >>> bool((sig["p"] < 0.05).all()), len(sig) < len(k)
    (True, True)
    """
    check_corpus(target, "target")
    check_corpus(reference, "reference")
    from scipy.stats import chi2

    min_count = renamed_option("keyness", "min_freq", "min_count", min_freq, min_count, 3)
    check_choice("measure", measure, ("g2", "log_ratio"))
    check_int("min_count", min_count)
    check_int("top_n", top_n, none="all")
    if max_p is not None and (isinstance(max_p, bool) or not isinstance(max_p, (int, float)) or not 0 < max_p <= 1):
        raise InvalidArgumentError(f"max_p={max_p!r} is invalid; give a p-value threshold in (0, 1], e.g. 0.05, "
                                   "or None to keep every term")
    _check_entities(entities)
    t_ids = {a.id for a in target.articles}
    overlap = t_ids & {a.id for a in reference.articles}
    if overlap:
        warnings.warn(f"target and reference share {len(overlap)} article(s) (e.g. {sorted(overlap)[0]}); "
                      "keyness assumes disjoint sub-corpora", UserWarning, stacklevel=user_stacklevel())
    popts, tfilter = analysis_options(parse, term_filter, nlp=nlp, cache_dir=cache_dir, pos=pos,
                                      extra_stop_words=extra_stop_words, min_chars=min_chars)
    ct, n1 = _token_counts(_drop_person_fragments(term_frame(target, parse=popts, term_filter=tfilter),
                                                  target, entities))
    cr, n2 = _token_counts(_drop_person_fragments(term_frame(reference, parse=popts, term_filter=tfilter),
                                                  reference, entities))
    if n1 == 0 or n2 == 0:
        raise InvalidArgumentError(f"keyness needs text on both sides; target has {n1} and reference {n2} word tokens")
    table = pd.concat([ct.rename("freq_target"), cr.rename("freq_reference")], axis=1).fillna(0).astype(int)
    table = table[(table["freq_target"] + table["freq_reference"]) >= min_count]
    g2, lr = g2_log_ratio(table["freq_target"].to_numpy(), table["freq_reference"].to_numpy(), n1, n2)
    out = pd.DataFrame({"term": table.index.astype(str), "freq_target": table["freq_target"].to_numpy(),
                        "freq_reference": table["freq_reference"].to_numpy(), "g2": g2,
                        "p": chi2.sf(g2, 1), "log_ratio": lr})
    key = np.sign(out["log_ratio"]) * out["g2"] if measure == "g2" else out["log_ratio"]
    out = out.assign(_k=key).sort_values(["_k", "term"], ascending=[False, True]).drop(columns="_k")
    if max_p is not None:
        out = out[out["p"] < max_p]
    out = out.reset_index(drop=True)
    return out.head(top_n) if top_n is not None else out

