"""Tests for corpus_tools.topics: TopicModel (NMF, LDA), coherence, topics over time."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from corpus_tools import load_pipeline
from corpus_tools.loaders import load_seeds
from corpus_tools.topics import TopicModel, compare_n_topics, npmi_coherence


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


@pytest.fixture(scope="module")
def opts(tmp_path_factory):
    pytest.importorskip("jieba")
    return {"nlp": load_pipeline(segmenter="jieba", tagger=False), "pos": None,
            "cache_dir": tmp_path_factory.mktemp("parse_cache")}


@pytest.fixture(scope="module")
def nmf(seeds, opts):
    return TopicModel(4, **opts).fit(seeds)


def test_init_stores_params_only():
    tm = TopicModel(5, method="lda")
    assert tm.n_topics == 5 and not hasattr(tm, "components_")
    with pytest.raises(RuntimeError, match="not fitted"):
        tm.top_terms()


def test_fit_outputs(seeds, nmf):
    assert nmf.components_.shape == (4, len(nmf.vocabulary_))
    dt = nmf.doc_topics_
    assert list(dt.columns) == ["article_id", "issue_id", "topic", "weight"]
    assert set(dt["article_id"]) == {a.id for a in seeds.articles}
    sums = dt.groupby("article_id")["weight"].sum()
    assert ((sums - 1).abs() < 1e-9).sum() >= len(sums) - 1  # every article with terms sums to 1
    top = nmf.top_terms(6)
    assert list(top.columns) == ["topic", "rank", "term", "weight"] and len(top) == 24
    assert set(top["term"]) <= set(nmf.vocabulary_)
    assert len(nmf.labels()) == 4


def test_same_seed_same_topics(seeds, nmf, opts):
    again = TopicModel(4, **opts).fit(seeds)
    assert np.allclose(again.components_, nmf.components_)


def test_coherence_bounds_and_choice(seeds, nmf, opts):
    coh = nmf.coherence(top_n=8)
    assert list(coh.columns) == ["topic", "npmi"] and len(coh) == 4
    assert coh["npmi"].between(-1, 1).all()
    table = compare_n_topics(seeds, (2, 4), **opts)
    assert list(table["n_topics"]) == [2, 4] and table["coherence"].between(-1, 1).all()


def test_npmi_on_a_toy_matrix():
    m = sparse.csr_matrix(np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 1]]))
    together, apart = npmi_coherence(m, [[0, 1], [1, 2]])
    # independent: P(0)=3/4, P(1)=2/4, P(0,1)=2/4
    expected = np.log((2 / 4) / (3 / 4 * 2 / 4)) / -np.log(2 / 4)
    assert together == pytest.approx(expected)
    assert apart == -1.0


def test_topics_over_time(seeds, nmf):
    by_issue = nmf.topics_over_time("issue")
    assert list(by_issue.index) == [i.id for i in seeds.issues]
    assert by_issue.attrs["dates"] == [i.date for i in seeds.issues]  # plot_topics_over_time's date axis
    assert np.allclose(by_issue.sum(axis=1), 1.0, atol=0.05)
    by_year = nmf.topics_over_time("year")
    assert list(by_year.index) == sorted({str(i.date.year) for i in seeds.issues if i.date})
    with pytest.raises(ValueError, match="`by`"):
        nmf.topics_over_time("fortnight")


def test_transform_and_lda(seeds, nmf, opts):
    sub = seeds.filter(issue_id="004_1e1be208c4a694e1")
    out = nmf.transform(sub)
    assert set(out["article_id"]) == {a.id for a in sub.articles}
    lda = TopicModel(3, method="lda", max_iter=20, **opts).fit(seeds)
    assert lda.components_.shape[0] == 3
    assert np.allclose(lda.doc_topics_.groupby("article_id")["weight"].sum(), 1.0)


def test_validation(seeds, opts):
    with pytest.raises(ValueError, match="method"):
        TopicModel(3, method="plsa", **opts).fit(seeds)
    with pytest.raises(ValueError, match="n_topics"):
        TopicModel(0, **opts).fit(seeds)


def test_compare_n_topics_shares_the_settings_of_a_template_model(seeds, opts):
    template = TopicModel(min_df=1, max_df=1.0, ngram_range=(1, 2), **opts)
    table = compare_n_topics(seeds, (2, 3), model=template)
    direct = [float(TopicModel(k, min_df=1, max_df=1.0, ngram_range=(1, 2), **opts).fit(seeds).coherence()["npmi"].mean())
              for k in (2, 3)]
    assert table["coherence"].tolist() == pytest.approx(direct)
    assert template.n_topics == 8 and not hasattr(template, "components_")  # the template is not fitted


def test_compare_n_topics_refuses_options_given_twice():
    with pytest.raises(ValueError, match=r"give \['method'\] either inside model=TopicModel"):
        compare_n_topics(load_seeds(), (2, 3), model=TopicModel(), method="lda")


def test_a_model_that_stops_early_says_so_in_the_librarys_words(seeds, opts):
    # user24 F8: `report -q` printed scikit-learn's bare "Maximum number of iterations 400 reached"
    import warnings

    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        TopicModel(4, max_iter=1, **opts).fit(seeds)
    said = [str(w.message) for w in caught]
    assert any(s.startswith("topics: the NMF model of 4 topics stopped at max_iter=1") for s in said)
    assert not any(issubclass(w.category, ConvergenceWarning) for w in caught)


def test_choose_n_topics_takes_the_most_topics_within_one_standard_error():
    """user25 F5: the report chose k = 2 (mean NPMI 0.916) over k = 12 (0.865) for 145 articles of 14 kinds."""
    from corpus_tools.topics import choose_n_topics

    s = pd.DataFrame({"n_topics": [2, 3, 6, 12], "coherence": [0.915, 0.770, 0.864, 0.865],
                      "coherence_se": [0.068, 0.151, 0.025, 0.024]})
    assert choose_n_topics(s) == 12
    assert choose_n_topics(s.assign(coherence_se=[0.02, 0.1, 0.02, 0.02])) == 2  # the best stands apart
    with pytest.raises(ValueError, match="compare_n_topics"):
        choose_n_topics(s[["n_topics", "coherence"]])


def test_compare_n_topics_gives_the_standard_error(seeds, opts):
    table = compare_n_topics(seeds, (2, 4), **opts)
    assert list(table.columns) == ["n_topics", "coherence", "coherence_se"] and (table["coherence_se"] >= 0).all()
