"""corpus_tools._charner: the fast paths of the NER model's input and decoding against spaCy's own."""

from __future__ import annotations

import numpy as np
import pytest

from corpus_tools import _charner as C
from corpus_tools.nlp import fast_matmul

TEXTS = ["平遥县岳壁乡梁村党支部书记乔天明和村民贺刚一起清扫街道。", "", "ＣＢＡ 球员\n\n2023年，全县GDP增长5.3%",
         "乡", "   ", "邀请贺刚、曹雨、刘喜乐担任文旅推荐官。岢岚县委书记来到宋家沟村。", "王"]


@pytest.fixture(scope="module")
def ner_nlp():
    from corpus_tools.ner_model import inference_model as _inference_model

    nlp = _inference_model()
    if nlp is None:
        pytest.fail("the shipped NER model does not load")
    return nlp


def test_word_tagger_gives_the_features_of_nlp_pipe():
    nlp = C._tagging_pipeline()
    assert C._WordTagger.of(nlp) is not None
    with fast_matmul(nlp):
        want = [C.doc_features(doc) for doc in nlp.pipe(TEXTS, batch_size=3)]
    assert C.parse_features(TEXTS, batch_size=3) == want
    assert [len(f) for f in want] == [len(t) for t in TEXTS]
    assert C.parse_features(["平遥 县"])[0][2] == ""  # whitespace: no word


def test_word_tagger_cache_reset_keeps_the_features(monkeypatch):
    want = C.parse_features(TEXTS, batch_size=3)
    tagger = C._WordTagger.of(C._tagging_pipeline())
    monkeypatch.setattr(tagger, "MAX_ROWS", 12)  # fewer than the words of one batch: reset at every batch
    tagger.rows.clear()
    tagger.table = None
    assert C.parse_features(TEXTS, batch_size=3) == want
    assert C.parse_features(TEXTS[::-1], batch_size=3) == want[::-1]
    assert len(tagger.rows) == len(tagger.table)


def test_gather_sum_is_thincs_gather_add():
    from thinc.api import NumpyOps

    from corpus_tools.nlp.tok2vec import _gather_sum

    rng = np.random.default_rng(0)
    table = rng.standard_normal((50, 12)).astype("float32")
    rows = rng.integers(0, 50, size=(2100, 4)).astype("uint32")
    assert np.array_equal(_gather_sum(table, rows), NumpyOps().gather_add(table, rows))


def _spacy_spans(nlp, docs, batch_size):
    ner = nlp.get_pipe("ner")
    with fast_matmul(nlp):
        return [[(e.start, e.end, e.label_) for e in d.ents] for d in ner.pipe(docs, batch_size=batch_size)]


def test_greedy_decoder_sets_the_entities_of_ner_pipe(ner_nlp):
    greedy = C._GreedyNER.of(ner_nlp.get_pipe("ner"))
    if greedy is None:
        pytest.skip("corpus_tools._nercore is not built")
    feats = C.parse_features(TEXTS)
    lex = C.model_lexicon(ner_nlp)
    docs = [C.char_doc(ner_nlp.vocab, t, feats[k], lexicon=lex)[0] for k, t in enumerate(TEXTS)]
    with fast_matmul(ner_nlp):
        got = greedy.spans(docs)
    want = _spacy_spans(ner_nlp, [C.char_doc(ner_nlp.vocab, t, feats[k], lexicon=lex)[0] for k, t in enumerate(TEXTS)],
                        len(TEXTS))
    assert got == want
    assert {"PER"} <= {label for spans in got for _, _, label in spans}
    # char_entities maps the same spans back to the texts' offsets
    offsets = [C.char_doc(ner_nlp.vocab, t)[1] for t in TEXTS]
    assert C.char_entities(ner_nlp, TEXTS, feats=feats, batch_size=len(TEXTS)) == [
        [(off[s], off[e - 1] + 1, label) for s, e, label in sp] for sp, off in zip(want, offsets)]
    assert greedy.spans([docs[1]]) == [[]]


def test_greedy_decoder_leaves_preset_entities_to_spacy(ner_nlp):
    from spacy.tokens import Span

    greedy = C._GreedyNER.of(ner_nlp.get_pipe("ner"))
    if greedy is None:
        pytest.skip("corpus_tools._nercore is not built")
    doc, _ = C.char_doc(ner_nlp.vocab, "平遥县乔天明", ["S-n"] * 6)
    doc.ents = [Span(doc, 3, 6, label="PER")]
    assert greedy.spans([doc]) is None
