"""Topic models of articles, scikit-learn style: :class:`TopicModel` (NMF or LDA).

Documents are articles, terms are the filtered tokens of the cached parse (see
:func:`corpus_tools.parsing.term_frame`). Topic quality is measured with NPMI coherence on
the corpus itself (Bouma 2009; Röder et al. 2015): for the top terms of a topic, how much
more often pairs of them share an article than chance. Compare it across ``n_topics``
with :func:`compare_n_topics`.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.exceptions import ConvergenceWarning

from corpus_tools._grouping import article_groups
from corpus_tools._validate import check_choice, check_df_limits, check_int, check_ngram_range
from corpus_tools.errors import ArgumentTypeError, InvalidArgumentError, check_corpus
from corpus_tools.keywords import Ngrams, article_sentences
from corpus_tools.options import BY, ParseOptions, TermFilter, analysis_options, check_by, period_key
from corpus_tools.parsing import term_frame
from corpus_tools.stopwords import DEFAULT_POS

if TYPE_CHECKING:  # pragma: no cover
    from scipy import sparse
    from spacy.language import Language

    from corpus_tools.corpus import Corpus

__all__ = ["TopicModel", "compare_n_topics", "choose_n_topics", "npmi_coherence"]

_METHODS = ("nmf", "lda")


def npmi_coherence(binary: "np.ndarray | sparse.spmatrix", top_term_ids: Sequence[Sequence[int]]) -> np.ndarray:
    """Mean NPMI over the pairs of each topic's top terms, from a binary doc-term matrix.

    A pair that never shares a document scores -1; one that always co-occurs scores 1.

    Examples
    --------
    >>> from scipy import sparse
    >>> m = sparse.csr_matrix(np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 0, 1]]))
    >>> npmi_coherence(m, [[0, 1], [0, 2]]).round(2).tolist()
    [1.0, -1.0]
    """
    from scipy import sparse

    b = sparse.csc_matrix(binary, dtype=np.float64)
    b.data[:] = 1.0
    n_docs = b.shape[0]
    out = []
    for ids in top_term_ids:
        ids = list(ids)
        if len(ids) < 2:
            out.append(np.nan)
            continue
        sub = b[:, ids]
        co = (sub.T @ sub).toarray()
        p = np.diag(co) / n_docs
        vals = []
        for a, c in combinations(range(len(ids)), 2):
            pij = co[a, c] / n_docs
            if pij == 0:
                vals.append(-1.0)
            elif pij >= 1.0:
                vals.append(1.0)
            else:
                vals.append(np.log(pij / (p[a] * p[c])) / -np.log(pij))
        out.append(float(np.mean(vals)))
    return np.asarray(out)


class TopicModel(TransformerMixin, BaseEstimator):
    """Topics of the articles of a corpus (scikit-learn NMF on tf-idf, or LDA on counts).

    A scikit-learn estimator: ``get_params``/``set_params``, ``clone`` and ``Pipeline``
    work; ``fit`` takes a Corpus and returns self, ``transform`` a Corpus and returns the
    long table of topic weights.

    Parameters
    ----------
    n_topics : int
        Number of topics.
    method : {"nmf", "lda"}
        ``"nmf"``: ``sklearn.decomposition.NMF`` on tf-idf weights (sharper topics on small
        corpora); ``"lda"``: ``LatentDirichletAllocation`` on counts.
    random_state : int
        Seed; the same seed gives the same topics.
    max_iter : int, optional
        Iterations of the solver; default 400 for NMF, 5 passes over the articles for LDA
        (on the People's Daily month, 10 passes doubled the time for a similar coherence).
    min_df, max_df : int or float
        Document-frequency limits over articles (scikit-learn semantics).
    max_features : int or None
        Keep the most frequent terms only.
    ngram_range : (int, int)
        Term n-grams of adjacent kept tokens.
    pos, extra_stop_words, min_chars, nlp, cache_dir, parse, term_filter
        As in :func:`corpus_tools.keywords`.

    Attributes
    ----------
    vocabulary_ : numpy.ndarray of str
        The terms, column order of ``components_``.
    components_ : numpy.ndarray, shape (n_topics, n_terms)
        Term weights of each topic.
    doc_topics_ : pandas.DataFrame
        ``article_id, issue_id, topic, weight`` for the fitted corpus; an article's
        weights sum to 1 (0 for an article with no kept term).
    model_ : sklearn estimator
        The fitted NMF or LDA.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    >>> tm = TopicModel(3, nlp=nlp, pos=None, cache_dir=False).fit(load_seeds().filter(issue_id=lambda i: i < "002"))
    >>> tm.top_terms(5).shape
    (15, 4)
    """

    def __init__(
        self,
        n_topics: int = 8,
        *,
        method: Literal["nmf", "lda"] = "nmf",
        random_state: int | None = 0,
        max_iter: int | None = None,
        min_df: int | float = 2,
        max_df: int | float = 0.95,
        max_features: int | None = 10000,
        ngram_range: tuple[int, int] = (1, 1),
        pos: Iterable[str] | None = DEFAULT_POS,
        extra_stop_words: Iterable[str] = (),
        min_chars: int = 2,
        nlp: Language | None = None,
        cache_dir: str | os.PathLike | None | Literal[False] = None,
        parse: ParseOptions | None = None,
        term_filter: TermFilter | None = None,
    ):
        self.n_topics = n_topics
        self.method = method
        self.random_state = random_state
        self.max_iter = max_iter
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.ngram_range = ngram_range
        self.pos = pos
        self.extra_stop_words = extra_stop_words
        self.min_chars = min_chars
        self.nlp = nlp
        self.cache_dir = cache_dir
        self.parse = parse
        self.term_filter = term_filter

    # -- fitting ------------------------------------------------------------------------
    def _validate(self) -> None:
        check_int("n_topics", self.n_topics)
        check_choice("method", self.method, _METHODS)
        check_int("max_iter", self.max_iter, none="the method's default")
        check_int("max_features", self.max_features, none="all terms")
        check_df_limits(self.min_df, self.max_df)

    def _documents(self, corpus: Corpus) -> tuple[list[str], list[list]]:
        popts, tfilter = analysis_options(self.parse, self.term_filter, nlp=self.nlp, cache_dir=self.cache_dir,
                                          pos=self.pos, extra_stop_words=self.extra_stop_words,
                                          min_chars=self.min_chars)
        df = term_frame(corpus, parse=popts, term_filter=tfilter)
        sents = article_sentences(df)
        ids = [a.id for a in corpus.articles]
        return ids, [sents.get(a, []) for a in ids]

    def fit(self, corpus: Corpus, y: None = None) -> "TopicModel":
        """Fit the model on the articles of *corpus*.

        Parameters
        ----------
        corpus : Corpus
            The articles are the documents.
        y : None
            Ignored (scikit-learn's signature).

        Returns
        -------
        TopicModel
            self, fitted (``components_``, ``vocabulary_``, ``doc_topics_``, ``model_``).


        Examples
        --------
        >>> import spacy; from corpus_tools import load_seeds; corpus = load_seeds().filter(issue_id=lambda i: i < "002")
        >>> tm = TopicModel(3, nlp=spacy.blank("zh"), pos=None, min_chars=1, cache_dir=False).fit(corpus)
        >>> tm.components_.shape[0], len(tm.vocabulary_) == tm.components_.shape[1]
        (3, True)
        """
        from sklearn.decomposition import NMF, LatentDirichletAllocation
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

        check_corpus(corpus)
        self._validate()
        ids, docs = self._documents(corpus)
        vec = CountVectorizer(analyzer=Ngrams(check_ngram_range(self.ngram_range)), min_df=self.min_df,
                              max_df=self.max_df, max_features=self.max_features)
        try:
            x = vec.fit_transform(docs)
        except ValueError as exc:
            raise InvalidArgumentError(f"no term left to model ({exc}); lower min_df={self.min_df!r} or "
                                       f"raise max_df={self.max_df!r}, or use a larger corpus") from None
        if x.shape[1] < self.n_topics:
            raise InvalidArgumentError(f"n_topics value = {self.n_topics} is invalid: it exceeds the {x.shape[1]} "
                                       "terms left after filtering")
        if self.method == "nmf":
            self.tfidf_ = TfidfTransformer().fit(x)
            model = NMF(self.n_topics, init="nndsvda", random_state=self.random_state,
                        max_iter=self.max_iter or 400)
            with warnings.catch_warnings(record=True) as caught:   # (user24 F8) said in the library's words
                warnings.simplefilter("always", ConvergenceWarning)
                w = model.fit_transform(self.tfidf_.transform(x))
            for c in caught:
                if not issubclass(c.category, ConvergenceWarning):
                    warnings.warn_explicit(c.message, c.category, c.filename, c.lineno)
            if any(issubclass(c.category, ConvergenceWarning) for c in caught):
                warnings.warn(f"topics: the NMF model of {self.n_topics} topics stopped at max_iter="
                              f"{self.max_iter or 400} before it converged; its topics are usable but may move a "
                              "little with more iterations (TopicModel(max_iter=1000), or fewer topics)",
                              UserWarning, stacklevel=2)
        else:
            # online variational Bayes: mini-batches of articles, much faster than batch on
            # thousands of articles for the same topics
            model = LatentDirichletAllocation(self.n_topics, learning_method="online", batch_size=256,
                                              learning_offset=10.0, random_state=self.random_state,
                                              max_iter=self.max_iter or 5)
            w = model.fit_transform(x)
        self.vectorizer_ = vec
        self.model_ = model
        self.vocabulary_ = vec.get_feature_names_out()
        self.components_ = model.components_
        self._binary = (x > 0).astype(np.int8).tocsr()
        self.doc_topics_ = self._long(corpus, ids, w)
        groups, _ = article_groups(corpus, "issue")
        self._articles = pd.DataFrame({"article_id": ids}).merge(groups[["article_id", "issue_id"]], how="left")
        dates = {i.id: i.date for i in corpus.issues}
        self._articles["date"] = self._articles["issue_id"].map(dates)
        self._issue_order = [i.id for i in corpus.issues]
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "components_"):
            raise RuntimeError("this TopicModel is not fitted yet; call .fit(corpus) first")

    @staticmethod
    def _long(corpus: Corpus, ids: list[str], w: np.ndarray) -> pd.DataFrame:
        total = w.sum(axis=1, keepdims=True)
        share = np.divide(w, total, out=np.zeros_like(w, dtype=float), where=total > 0)
        issue_of = {a.id: a.issue_id for a in corpus.articles}
        n, k = share.shape
        return pd.DataFrame({"article_id": np.repeat(ids, k), "issue_id": np.repeat([issue_of[a] for a in ids], k),
                             "topic": np.tile(np.arange(k), n), "weight": share.ravel()})

    def transform(self, corpus: Corpus) -> pd.DataFrame:
        """Topic weights of the articles of *corpus*: ``article_id, issue_id, topic, weight``.

        Parameters
        ----------
        corpus : Corpus
            Articles to weigh with the fitted topics (the fitted corpus or another one).

        Returns
        -------
        pandas.DataFrame
            One row per article and topic; an article's weights sum to 1 (0 for an article
            with no term of the fitted vocabulary).

        Examples
        --------
        >>> import spacy; from corpus_tools import load_seeds; corpus = load_seeds().filter(issue_id=lambda i: i < "002")
        >>> tm = TopicModel(3, nlp=spacy.blank("zh"), pos=None, min_chars=1, cache_dir=False).fit(corpus)
        >>> w = tm.transform(corpus)
        >>> list(w.columns), round(float(w.groupby("article_id")["weight"].sum().max()), 6)
        (['article_id', 'issue_id', 'topic', 'weight'], 1.0)
        """
        self._check_fitted()
        check_corpus(corpus)
        ids, docs = self._documents(corpus)
        x = self.vectorizer_.transform(docs)
        if self.method == "nmf":
            x = self.tfidf_.transform(x)
        return self._long(corpus, ids, self.model_.transform(x))

    # -- inspection ---------------------------------------------------------------------
    def top_terms(self, n: int = 10) -> pd.DataFrame:
        """``topic, rank, term, weight``: the *n* heaviest terms of each topic.

        Parameters
        ----------
        n : int
            Terms kept per topic.

        Returns
        -------
        pandas.DataFrame
            ``n_topics * n`` rows, heaviest first within each topic.

        Examples
        --------
        >>> import spacy; from corpus_tools import load_seeds; corpus = load_seeds().filter(issue_id=lambda i: i < "002")
        >>> tm = TopicModel(3, nlp=spacy.blank("zh"), pos=None, min_chars=1, cache_dir=False).fit(corpus)
        >>> tm.top_terms(5).shape
        (15, 4)
        """
        self._check_fitted()
        check_int("n", n)
        rows = []
        for t, comp in enumerate(self.components_):
            top = np.argsort(-comp, kind="stable")[:n]
            rows += [(t, r, str(self.vocabulary_[j]), float(comp[j])) for r, j in enumerate(top, start=1)]
        return pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])

    def labels(self, n: int = 3) -> dict[int, str]:
        """A short label per topic: its *n* top terms joined by ``·``.

        Parameters
        ----------
        n : int
            Terms in each label.

        Returns
        -------
        dict of int to str
            Topic number -> ``"0: 平遥·古城·文物"``.

        Examples
        --------
        >>> import spacy; from corpus_tools import load_seeds; corpus = load_seeds().filter(issue_id=lambda i: i < "002")
        >>> tm = TopicModel(3, nlp=spacy.blank("zh"), pos=None, min_chars=1, cache_dir=False).fit(corpus)
        >>> sorted(tm.labels(2)), tm.labels(2)[0].count("·")
        ([0, 1, 2], 1)
        """
        tt = self.top_terms(n)
        return {int(t): f"{t}: " + "·".join(g["term"]) for t, g in tt.groupby("topic")}

    def coherence(self, top_n: int = 10) -> pd.DataFrame:
        """NPMI coherence of each topic's *top_n* terms over the fitted articles: ``topic, npmi``.

        Parameters
        ----------
        top_n : int
            Top terms of each topic whose co-occurrence in articles is scored (at least 2).

        Returns
        -------
        pandas.DataFrame
            ``topic, npmi``; NPMI in [-1, 1], higher for terms that appear in the same articles.

        Examples
        --------
        >>> import spacy; from corpus_tools import load_seeds; corpus = load_seeds().filter(issue_id=lambda i: i < "002")
        >>> tm = TopicModel(3, nlp=spacy.blank("zh"), pos=None, min_chars=1, cache_dir=False).fit(corpus)
        >>> c = tm.coherence(5)
        >>> len(c), bool(c["npmi"].between(-1, 1).all())
        (3, True)
        """
        self._check_fitted()
        check_int("top_n", top_n, minimum=2)
        ids = [np.argsort(-comp, kind="stable")[:top_n] for comp in self.components_]
        return pd.DataFrame({"topic": np.arange(len(ids)), "npmi": npmi_coherence(self._binary, ids)})

    def topics_over_time(self, by: Literal["issue", "day", "week", "month", "quarter", "year", "all"] = "issue") -> pd.DataFrame:
        """Mean topic share of the articles of each issue or period of the fitted corpus.

        Parameters
        ----------
        by : str
            One of :data:`corpus_tools.options.BY` except ``"article"``.

        Returns
        -------
        pandas.DataFrame
            Index: issue ids in corpus order or periods in date order (named after *by*);
            columns: topic numbers; each row sums to 1 (or 0 for a period with no kept term).

        Examples
        --------
        >>> import spacy; from corpus_tools import load_seeds; corpus = load_seeds().filter(issue_id=lambda i: i < "002")
        >>> tm = TopicModel(3, nlp=spacy.blank("zh"), pos=None, min_chars=1, cache_dir=False).fit(corpus)
        >>> tm.topics_over_time("issue").shape
        (2, 3)
        """
        self._check_fitted()
        check_by(by, tuple(b for b in BY if b != "article"))
        arts = self._articles
        if by == "issue":
            group = arts.set_index("article_id")["issue_id"]
            order = [i for i in self._issue_order if i in set(group)]
        else:
            dated = arts if by == "all" else arts.dropna(subset=["date"])
            group = pd.Series([period_key(d, by) for d in dated["date"]], index=dated["article_id"].to_numpy())
            order = sorted(set(group))
        wide = self.doc_topics_.pivot(index="article_id", columns="topic", values="weight")
        wide = wide.loc[wide.index.intersection(group.index)]
        out = wide.groupby(group.reindex(wide.index)).mean().reindex(order)
        out.index.name = by
        out.columns.name = "topic"
        if by == "issue":               # plot_topics_over_time dates a long axis of issues from these
            dates = arts.drop_duplicates("issue_id").set_index("issue_id")["date"]
            out.attrs["dates"] = [None if pd.isna(d) else d for d in dates.reindex(out.index)]
        return out


def compare_n_topics(
    corpus: Corpus,
    n_topics: Iterable[int] = (4, 6, 8, 10, 12),
    *,
    method: Literal["nmf", "lda"] = "nmf",
    top_n: int = 10,
    random_state: int | None = 0,
    pos: Iterable[str] | None = DEFAULT_POS,
    nlp: Language | None = None,
    cache_dir: str | os.PathLike | None | Literal[False] = None,
    parse: ParseOptions | None = None,
    term_filter: TermFilter | None = None,
    model: TopicModel | None = None,
) -> pd.DataFrame:
    """Fit one model per candidate ``n_topics`` and report its mean NPMI coherence.

    Parameters
    ----------
    corpus : Corpus
        The articles are the documents.
    n_topics : iterable of int
        The candidate numbers of topics.
    method, random_state, pos, nlp, cache_dir, parse, term_filter
        As in :class:`TopicModel`.
    top_n : int
        Terms per topic scored (at least 2: NPMI scores pairs).
    model : TopicModel, optional
        A template whose every setting (``min_df``, ``ngram_range``, ``extra_stop_words`` …)
        the candidates share, only ``n_topics`` changing, so the comparison holds for the
        model you will fit; then leave the other keyword arguments at their defaults.

    Returns
    -------
    pandas.DataFrame
        ``n_topics, coherence`` (mean NPMI of the topics' *top_n* terms; higher is better),
        ``coherence_se`` (its standard error over the topics; NaN for one topic). :func:`choose_n_topics`
        picks a number from it.

    Examples
    --------
    >>> import spacy
    >>> from corpus_tools import load_seeds
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    >>> corpus = load_seeds().filter(issue_id=lambda i: i < "002")
    >>> compare_n_topics(corpus, [2, 3], top_n=5, nlp=nlp, pos=None, cache_dir=False)["n_topics"].tolist()
    [2, 3]
    """
    check_corpus(corpus)
    if isinstance(n_topics, int) or not isinstance(n_topics, Iterable):
        raise ArgumentTypeError(f"n_topics must be a list of candidate numbers of topics, e.g. [4, 6, 8], got "
                                f"{n_topics!r}; for one model use TopicModel(n_topics={n_topics!r})")
    candidates = [check_int("n_topics", k) for k in n_topics]
    if not candidates:
        raise InvalidArgumentError("n_topics is empty; give at least one candidate, e.g. [4, 6, 8]")
    check_int("top_n", top_n, minimum=2)
    given = {"method": method, "random_state": random_state, "pos": pos, "nlp": nlp, "cache_dir": cache_dir,
             "parse": parse, "term_filter": term_filter}
    if model is None:
        params = {**TopicModel().get_params(), **given}
    else:
        if not isinstance(model, TopicModel):
            raise ArgumentTypeError(f"model must be a TopicModel (a template), got {type(model).__name__}")
        defaults = TopicModel().get_params()
        clash = sorted(k for k, v in given.items() if v is not defaults[k] and v != defaults[k])
        if clash:
            raise InvalidArgumentError(f"give {clash} either inside model=TopicModel(...) or as keyword "
                                       "arguments, not both")
        params = model.get_params()
    rows = []
    for k in candidates:
        tm = TopicModel(**{**params, "n_topics": k}).fit(corpus)
        npmi = tm.coherence(top_n)["npmi"].to_numpy(dtype=float)
        se = float(npmi.std(ddof=1) / np.sqrt(len(npmi))) if len(npmi) > 1 else float("nan")
        rows.append((k, float(npmi.mean()), se))
    return pd.DataFrame(rows, columns=["n_topics", "coherence", "coherence_se"])


def choose_n_topics(scores: pd.DataFrame) -> int:
    """The number of topics to fit: the candidate with the best mean coherence, or, when that is the
    fewest topics tried, the most topics whose mean coherence is within one standard error of it (a
    one-standard-error rule).

    The best mean NPMI alone tends to pick the fewest topics: two broad topics of a corpus's most frequent
    words score high (user25: k = 2 at 0.92 for 145 articles of 14 kinds, whose two topics were 村干部 and
    葡萄, while k = 12, at 0.87, gave the 14 kinds). So when the best is the smallest candidate, a larger
    one whose coherence cannot be told from the best's, given how much the best's own topics differ, is
    as good, and more topics show more of what the articles are about. When coherence rises to a peak
    inside the range (user33: 4: 0.62, 6: 0.69, **8: 0.73**, 10: 0.67, 12: 0.51), that bias is not at
    work and the peak is the answer: the larger candidates past it are less coherent (k = 10 had three
    unreadable topics), though a one-SE band from eight topics' spread (0.07) would reach them.

    Parameters
    ----------
    scores : DataFrame
        :func:`compare_n_topics`: ``n_topics, coherence, coherence_se``.

    Returns
    -------
    int

    Examples
    --------
    >>> s = pd.DataFrame({"n_topics": [2, 6, 12], "coherence": [0.915, 0.864, 0.865],
    ...                   "coherence_se": [0.068, 0.025, 0.024]})
    >>> choose_n_topics(s)
    12
    >>> choose_n_topics(s.assign(coherence_se=[0.01, 0.025, 0.024]))
    2
    >>> choose_n_topics(pd.DataFrame({"n_topics": [4, 6, 8, 10, 12], "coherence": [0.62, 0.69, 0.73, 0.67, 0.51],
    ...                               "coherence_se": [0.17, 0.09, 0.07, 0.12, 0.15]}))  # a peak inside the range
    8
    """
    if not isinstance(scores, pd.DataFrame) or not {"n_topics", "coherence", "coherence_se"} <= set(scores.columns) \
            or scores.empty:
        raise InvalidArgumentError("scores must be the table of compare_n_topics (n_topics, coherence, "
                                   "coherence_se) with at least one row")
    best = scores.loc[scores["coherence"].idxmax()]
    if best["n_topics"] > scores["n_topics"].min():  # a peak inside the range: the peak
        return int(best["n_topics"])
    floor = best["coherence"] - (0.0 if pd.isna(best["coherence_se"]) else best["coherence_se"])
    return int(scores.loc[scores["coherence"] >= floor, "n_topics"].max())
