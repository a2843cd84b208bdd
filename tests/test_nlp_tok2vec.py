"""corpus_tools.nlp.tok2vec: the NumPy copy of the hash-embedding CNN against thinc, on the shipped models."""

from __future__ import annotations

import contextlib

import numpy as np
import pytest
import spacy

from corpus_tools.nlp import fast_matmul
from corpus_tools.nlp.tok2vec import HashCNN, use_hash_cnn
from corpus_tools.pipeline import load_pipeline

TEXTS = ["平遥县岳壁乡梁村党支部书记乔天明和村民贺刚一起清扫街道。", "", "ＣＢＡ 球员\n\n2023年，全县GDP增长5.3%", "乡"]


@pytest.fixture(scope="module")
def tagger_nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def ner_nlp():
    from corpus_tools._charner import char_doc, model_lexicon
    from corpus_tools.entities import load_ner_model

    nlp = load_ner_model()
    if nlp is None:
        pytest.fail("the shipped NER model does not load")
    lex = model_lexicon(nlp)
    return nlp, [char_doc(nlp.vocab, t, ["S-n"] * len(t), lexicon=lex)[0] for t in TEXTS]


def _same(a, b) -> bool:
    return len(a) == len(b) and all(x.shape == y.shape and (x == y).all() for x, y in zip(a, b))


def _near(a, b) -> bool:
    """Equal up to the last bits of float32: a matrix product over a different number of rows may take another
    BLAS kernel (seen with OpenBLAS on AMD EPYC: differences of 1e-7; bit-equal on Intel Xeon)."""
    return len(a) == len(b) and all(x.shape == y.shape and np.allclose(x, y, rtol=0, atol=1e-5) for x, y in zip(a, b))


def _close(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal up to float32 rounding of a layer norm: NaN where the other has NaN, else within 1e-5."""
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-5, atol=1e-5, equal_nan=True))


#: The compiled layer norm calls the C library's ``powf``; NumPy's float32 power dispatches by CPU (on AVX-512
#: machines it runs Intel's SVML, on AVX2 machines the C library's), so the two paths agree bit for bit on some
#: machines and only up to rounding on others (at most 2.1e-06 at magnitude 12 measured on an AVX-512 Xeon).


@contextlib.contextmanager
def _numpy_path():
    """The copy without the compiled layer norm: NumPy's arithmetic in thinc's order, equal to thinc bit for bit."""
    from corpus_tools.nlp import tok2vec

    saved, tok2vec._nercore = tok2vec._nercore, None
    try:
        yield
    finally:
        tok2vec._nercore = saved


def test_tagger_tok2vec_equal_bit_for_bit(tagger_nlp):
    t2v = tagger_nlp.get_pipe("tok2vec").model
    docs = [tagger_nlp.make_doc(t) for t in TEXTS]
    fast = HashCNN.from_thinc(t2v, tagger_nlp.vocab)
    assert fast is not None and fast.pad == 4 and len(fast.layers) == 4
    with fast_matmul(tagger_nlp), _numpy_path():
        assert _same(fast.predict(docs), t2v.predict(docs))
        assert _same(fast.predict(docs[:1]), t2v.predict(docs[:1]))


def test_ner_tok2vec_equal_bit_for_bit_with_static_vectors(ner_nlp):
    nlp, docs = ner_nlp
    t2v = nlp.get_pipe("ner").model.layers[0].layers[0]
    fast = HashCNN.from_thinc(t2v, nlp.vocab)
    assert fast is not None and fast.static is not None and len(fast.layers) == 6
    with fast_matmul(nlp), _numpy_path():
        want = t2v.predict(docs)
        assert _same(fast.predict(docs), want)
        # projected tables: the same vectors up to rounding
        got = HashCNN.from_thinc(t2v, nlp.vocab).project_tables().predict(docs)
        assert all(np.allclose(x, y, atol=1e-4) for x, y in zip(got, want))


def test_projected_row_reuse_gives_the_same_vectors(ner_nlp):
    nlp, docs = ner_nlp
    t2v = nlp.get_pipe("ner").model.layers[0].layers[0]
    fresh = HashCNN.from_thinc(t2v, nlp.vocab).project_tables()
    reused = HashCNN.from_thinc(t2v, nlp.vocab).project_tables()
    reused.MAX_SUMS = 5  # a bound the texts overflow: rows are kept, dropped and computed again
    with fast_matmul(nlp):
        want = fresh.predict(docs)
        for order in (docs, docs[::-1], docs[1:2], docs):
            got = reused.predict(order)
            assert _near(got, [want[docs.index(d)] for d in order])
    assert reused._sums and all(len(keys) == used <= 5 for keys, _, _, used in reused._sums.values())


def test_use_hash_cnn_keeps_tags_and_refuses_training(tagger_nlp):
    fast = load_pipeline()
    assert use_hash_cnn(fast) == ["tok2vec"]
    with fast_matmul(tagger_nlp), fast_matmul(fast):
        want = [[t.tag_ for t in d] for d in tagger_nlp.pipe(TEXTS)]
        assert [[t.tag_ for t in d] for d in fast.pipe(TEXTS)] == want
    with pytest.raises(ValueError, match="inference-only"):
        fast.get_pipe("tok2vec").model.begin_update([fast.make_doc("平遥")])


def test_other_architectures_are_left_to_thinc():
    nlp = spacy.blank("zh")
    nlp.add_pipe("tok2vec", config={"model": {"@architectures": "spacy.Tok2Vec.v2",
                                              "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 8,
                                                        "attrs": ["NORM"], "rows": [10],
                                                        "include_static_vectors": False},
                                              "encode": {"@architectures": "spacy.MishWindowEncoder.v2",
                                                         "width": 8, "window_size": 1, "depth": 1}}})
    nlp.initialize()
    assert HashCNN.from_thinc(nlp.get_pipe("tok2vec").model, nlp.vocab) is None
    assert use_hash_cnn(nlp) == []


def test_compiled_maxout_norm_equals_numpy_to_rounding(ner_nlp, monkeypatch):
    from corpus_tools.nlp import tok2vec

    if tok2vec._nercore is None:
        pytest.skip("corpus_tools._nercore is not built")
    nlp, docs = ner_nlp
    fast = HashCNN.from_thinc(nlp.get_pipe("ner").model.layers[0].layers[0], nlp.vocab).project_tables()
    rng = np.random.default_rng(0)
    G, g_b = rng.standard_normal(4).astype("float32"), rng.standard_normal(4).astype("float32")
    X = rng.standard_normal((5, 4 * 3)).astype("float32") * 3
    X[2, 5] = np.nan  # a NaN piece: NumPy's maximum propagates it
    X[3, :3] = 0.0  # ties
    R = rng.standard_normal((5, 4)).astype("float32")
    W, b = rng.standard_normal((12, 12)).astype("float32"), rng.standard_normal(12).astype("float32")
    cases = [(X, None, None, 4, None), (X, W, b, 4, R), (X[:, :8], None, None, 4, R), (X, None, None, 3, None)]
    with fast_matmul(nlp):
        compiled = [fast.predict(docs)] + [HashCNN._maxout_norm(x.copy(), w, bb, G[:n], g_b[:n], n, r)
                                           for x, w, bb, n, r in cases]
        monkeypatch.setattr(tok2vec, "_nercore", None)
        numpy = [fast.predict(docs)] + [HashCNN._maxout_norm(x.copy(), w, bb, G[:n], g_b[:n], n, r)
                                        for x, w, bb, n, r in cases]
    assert len(compiled[0]) == len(numpy[0])
    assert all(_close(got, want) for got, want in zip(compiled[0], numpy[0]))
    for got, want in zip(compiled[1:], numpy[1:]):
        assert got.shape == want.shape
        assert _close(got, want)


def test_seq2col_zeros_past_the_ends():
    fast = HashCNN.__new__(HashCNN)
    fast.window = 2
    X = np.arange(1, 7, dtype="float32").reshape(3, 2)
    cols = fast._seq2col(X)
    assert cols.shape == (3, 10)
    assert cols[0].tolist() == [0, 0, 0, 0, 1, 2, 3, 4, 5, 6]
    assert cols[2].tolist() == [1, 2, 3, 4, 5, 6, 0, 0, 0, 0]
    assert fast._seq2col(X[:1]).tolist() == [[0, 0, 0, 0, 1, 2, 0, 0, 0, 0]]


def test_compiled_window_rows_equal_numpy_copy(monkeypatch):
    from corpus_tools.nlp import tok2vec

    if not tok2vec._WINDOW_ROWS:
        pytest.skip("corpus_tools._nercore has no window_rows")
    fast = HashCNN.__new__(HashCNN)
    X = np.random.default_rng(3).standard_normal((7, 3)).astype("float32")
    for window in (1, 2, 4):
        fast.window = window
        for s, e in ((0, 7), (0, 1), (2, 5), (6, 7), (3, 3)):
            got = fast._seq2col_rows(X, s, e, np.full((e - s, (2 * window + 1) * 3), np.nan, dtype="float32"))
            monkeypatch.setattr(tok2vec, "_WINDOW_ROWS", False)
            want = fast._seq2col_rows(X, s, e, np.full((e - s, (2 * window + 1) * 3), np.nan, dtype="float32"))
            monkeypatch.setattr(tok2vec, "_WINDOW_ROWS", True)
            assert (got.view("uint32") == want.view("uint32")).all()
            assert (got == fast._seq2col(X)[s:e]).all()
    with pytest.raises(ValueError):  # sizes checked in C: no write past the output
        tok2vec._nercore.window_rows(X, np.empty((2, 9), dtype="float32"), 3, 0, 3, 1)


def test_blocked_encoder_gives_the_same_vectors(ner_nlp, monkeypatch):
    from corpus_tools.nlp import tok2vec

    if tok2vec._nercore is None:
        pytest.skip("corpus_tools._nercore is not built: no blocked path")
    nlp, _ = ner_nlp
    long_text = TEXTS[0] * 90 + TEXTS[2] * 7  # more rows than a few blocks, and a remainder
    from corpus_tools._charner import char_doc

    docs = [char_doc(nlp.vocab, t, ["S-n"] * len(t))[0] for t in (long_text, TEXTS[0], long_text[:1100])]
    fast = HashCNN.from_thinc(nlp.get_pipe("ner").model.layers[0].layers[0], nlp.vocab).project_tables()
    with fast_matmul(nlp):
        monkeypatch.setattr(HashCNN, "BLOCK", 10**9)
        whole = fast.predict(docs)
        monkeypatch.setattr(HashCNN, "BLOCK", 1024)
        blocked = fast.predict(docs)
    assert sum(len(d) for d in docs) > 3 * 1024
    assert _near(blocked, whole)


def test_row_blocks_cover_the_rows_with_no_short_block():
    from corpus_tools.nlp.tok2vec import _row_blocks

    for n in (1, 15, 1024, 1025, 2047, 2048, 5000):
        bounds = _row_blocks(n, 1024)
        sizes = [e - s for s, e in zip(bounds, bounds[1:])]
        assert bounds[0] == 0 and bounds[-1] == n and sum(sizes) == n
        assert all(size >= 1024 for size in sizes) or sizes == [n]
        assert all(s % 1024 == 0 for s in bounds[:-1])


def test_compiled_row_sums_equal_numpy(monkeypatch):
    from corpus_tools.nlp import tok2vec

    if tok2vec._nercore is None:
        pytest.skip("corpus_tools._nercore is not built")
    rng = np.random.default_rng(1)
    tables = [rng.standard_normal((r, 6)).astype("float32") for r in (3, 5, 1)]
    index = [rng.integers(0, len(t), 9) for t in tables]
    bias = rng.standard_normal(6).astype("float32")
    got = tok2vec._sum_rows(tables, index, bias)
    with pytest.raises(IndexError):  # checked in C: no read past a table
        tok2vec._sum_rows(tables, [index[0], index[1], np.full(9, 1)], bias)
    monkeypatch.setattr(tok2vec, "_nercore", None)
    want = tok2vec._sum_rows(tables, index, bias)
    assert got.dtype == want.dtype and got.shape == (9, 6)
    assert (got.view("uint32") == want.view("uint32")).all()


def test_compiled_hashed_row_sums_equal_numpy(monkeypatch):
    from corpus_tools.nlp import tok2vec

    if tok2vec._nercore is None:
        pytest.skip("corpus_tools._nercore is not built")
    rng = np.random.default_rng(2)
    table = rng.standard_normal((7, 5)).astype("float32")
    table[0] = -0.0  # NumPy's sum of negative zeros is +0.0 (it starts from +0.0)
    table[1, :2] = [np.nan, np.inf]
    rows = rng.integers(0, 7, (11, 4)).astype("uint32")
    rows[0] = 0
    got = tok2vec._gather_sum(table, rows)
    monkeypatch.setattr(tok2vec, "_nercore", None)
    want = tok2vec._gather_sum(table, rows)
    assert got.shape == want.shape == (11, 5)
    assert (got.view("uint32") == want.view("uint32")).all()
    assert not np.signbit(got[0]).any()
