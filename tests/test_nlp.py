"""Segmentation and tagging: offline loading, the shipped models, the public API."""

from __future__ import annotations

import pickle
import socket
import sys
from pathlib import Path

import numpy as np
import pytest

import corpus_tools
from corpus_tools.nlp import tokenizer as nlp_mod
from corpus_tools.nlp import (
    LEXICON_PATH, PIPELINE_VERSION, PKUSEG_MODEL_PATH, Tokenizer, make_tokenizer, read_lexicon, segment,
)
from corpus_tools.pipeline import PIPELINE_DIR, load_pipeline

PACKAGE_DIR = Path(corpus_tools.__file__).resolve().parent
SENTENCE = "平遥县岳壁乡梁村推进乡村振兴"


@pytest.fixture()
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""
    def guard(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket, "create_connection", guard)


@pytest.fixture()
def fresh_caches():
    """Forget loaded models so the test really loads them."""
    nlp_mod._pkuseg_segmenter.cache_clear()
    nlp_mod._pkuseg_parts.cache_clear()
    yield


def test_shipped_models_are_inside_the_package_and_small():
    assert PKUSEG_MODEL_PATH.is_file()
    assert PACKAGE_DIR in PKUSEG_MODEL_PATH.resolve().parents
    assert PKUSEG_MODEL_PATH.stat().st_size <= 25 * 2**20
    assert (PIPELINE_DIR / "meta.json").is_file()
    tagger_bytes = sum(p.stat().st_size for p in PIPELINE_DIR.rglob("*") if p.is_file())
    assert tagger_bytes <= 25 * 2**20


def test_segment_offline_done_when_sentence(no_network, fresh_caches):
    words = segment(SENTENCE)
    assert "".join(words) == SENTENCE
    for w in ("平遥县", "岳壁乡", "梁村", "乡村振兴"):
        assert w in words


def test_pipeline_loads_offline_with_the_shipped_model(no_network, fresh_caches, monkeypatch, tmp_path):
    # spacy-pkuseg would fetch models into PKUSEG_HOME; point it at an empty folder
    monkeypatch.setenv("PKUSEG_HOME", str(tmp_path))
    nlp = load_pipeline()
    doc = nlp(SENTENCE)
    assert [t.text for t in doc][0] == "平遥县"
    assert nlp.meta["version"] == PIPELINE_VERSION
    # the segmenter in use is the one read from the package file
    fe, model = nlp_mod._pkuseg_parts(str(PKUSEG_MODEL_PATH))
    seg = nlp_mod._pkuseg_segmenter((), True)
    assert seg.model is model and seg.fe is fe
    import numpy as np

    with np.load(PKUSEG_MODEL_PATH) as npz:
        assert len(fe.feature_to_idx) == npz["node"].shape[0]
    assert list(tmp_path.iterdir()) == []


def test_each_call_returns_its_own_pipeline():
    a, b = load_pipeline(segmenter="char", tagger=False), load_pipeline(segmenter="char", tagger=False)
    assert a is not b
    a.add_pipe("sentencizer")
    assert "sentencizer" not in b.pipe_names
    assert "sentencizer" not in load_pipeline(segmenter="char", tagger=False).pipe_names


def test_tags_are_pku_tags():
    doc = load_pipeline()("县委书记在平遥县调研乡村振兴工作。")
    tags = {t.text: t.tag_ for t in doc}
    assert tags["平遥县"] == "ns"
    assert tags["调研"] in {"v", "vn"}
    assert tags["。"] == "w"
    place_tags = {t.text: t.tag_ for t in load_pipeline()(SENTENCE)}
    assert place_tags["岳壁乡"] == place_tags["梁村"] == "ns"


def test_tokens_keep_the_original_text_and_offsets():
    text = "２０２３年平遥县 GDP增长５．３％\n梁村"
    doc = load_pipeline(tagger=False)(text)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text
    assert "２０２３年" in [t.text for t in doc]


def test_unknown_segmenter_raises_with_allowed_values():
    with pytest.raises(ValueError, match="pkuseg.*jieba.*char"):
        load_pipeline(segmenter="thulac")
    with pytest.raises(ValueError, match="segmenter"):
        segment("乡村", segmenter="stanza")


def test_missing_jieba_gives_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "jieba", None)
    with pytest.raises(ImportError, match=r"corpus_tools\[jieba\]"):
        segment("乡村振兴", segmenter="jieba")


def test_jieba_and_char_segmenters():
    pytest.importorskip("jieba")
    assert "".join(segment(SENTENCE, segmenter="jieba")) == SENTENCE
    assert segment("乡 村", segmenter="char") == ["乡", "村"]


def test_user_words_are_forced(tmp_path):
    assert "推进乡村" not in segment(SENTENCE)
    assert "推进乡村" in segment(SENTENCE, user_words=["推进乡村"])
    f = tmp_path / "words.txt"
    f.write_text("# my words\n推进乡村\n", encoding="utf-8")
    assert "推进乡村" in load_pipeline(tagger=False, user_words=f).tokenizer.tokenizer(SENTENCE)
    with pytest.raises(FileNotFoundError, match="user_words"):
        load_pipeline(user_words=tmp_path / "missing.txt")


def test_tokenizer_is_picklable_and_works_in_a_vectorizer():
    from sklearn.feature_extraction.text import CountVectorizer

    tok = make_tokenizer(drop_punct=True)
    again = pickle.loads(pickle.dumps(tok))
    assert again(SENTENCE) == tok(SENTENCE)
    vec = CountVectorizer(tokenizer=tok, lowercase=False, token_pattern=None)
    vec.fit([SENTENCE, "推进乡村振兴。"])
    assert "乡村振兴" in vec.vocabulary_ and "。" not in vec.vocabulary_
    assert isinstance(tok, Tokenizer)


def test_lexicon_has_domain_terms_and_places():
    words = set(read_lexicon(LEXICON_PATH))
    assert {"乡村振兴", "高质量发展", "网格员", "岳壁乡"} <= words
    assert not any(w.endswith("委员会") for w in words)


@pytest.mark.slow
def test_f1_on_pku_test_sample(data_dir):
    from corpus_tools.scoring.segmentation import read_segmented, score_segmentation

    gold = read_segmented(data_dir / "sighan2005_icwb2" / "pku_test_gold.utf8")[:300]
    score = score_segmentation(gold, None)
    assert score.f1 > 0.93


def test_village_unit_keeps_its_own_cun():
    # user20 #11: a Zhejiang paper's X村村党支部 gave X村村, which filled the yearly keyword lists
    assert corpus_tools.segment("塘弄村村党支部书记说")[:3] == ["塘弄村", "村", "党支部"]
    assert corpus_tools.segment("泉程村村支书")[:2] == ["泉程村", "村"]
    assert corpus_tools.segment("村村通公路")[0] == "村村"


def test_signs_and_units_follow_pku_conventions():
    # the minus sign belongs to the number, not to the word before it; ℃ and a leading /
    # are words of their own; fractions and unit ratios stay whole
    assert segment("北京晴－9℃／0℃") == ["北京", "晴", "－9", "℃", "／", "0", "℃"]
    words = segment("每平方米3000元／平方米，增长3/4，气温-5℃，比分3-2")
    assert {"元／平方米", "3/4", "-5", "℃", "3-2"} <= set(words)


@pytest.mark.parametrize("text", ["平遥县古城一九九八年ab,来了。2023年平遥", "县", "平遥", "１９９８年平遥县城里"])
def test_decoder_scores_equal_the_training_features(text):
    """The vectorised decoder sums exactly the features the training script writes."""
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    from corpus_tools.nlp import Decoder, dictionary_features, extra_char_features

    fe = FeatureExtractor()
    fe.unigram = {"平遥", "平遥县", "古城", "县城", "城里"}
    fe.bigram = set()
    nodes = list(fe.normalize_text(text))
    generic = dictionary_features(nodes, fe.unigram)
    rows = [[f for f in fe.get_node_features(j, nodes) + extra_char_features(j, nodes) + generic[j] if f != "/"]
            for j in range(len(nodes))]
    feats = {"$$": 0}
    for row in rows:
        for f in row:
            feats.setdefault(f, len(feats))
    fe.feature_to_idx = feats
    fe.tag_to_idx = {t: i for i, t in enumerate(["B", "B_single", "I", "I_end", "I_first"])}
    model = Model.__new__(Model)
    model.n_tag, model.n_feature = 5, len(feats)
    model.w = np.random.default_rng(0).normal(size=model.n_feature * 5 + 25)
    weights = model.w[: model.n_feature * 5].reshape(-1, 5)
    want = np.array([weights[[feats[f] for f in row]].sum(axis=0) for row in rows])
    assert any(f.startswith(("c1c2.", "d.b.")) for f in feats) or len(nodes) < 3
    np.testing.assert_allclose(Decoder(fe, model)._node_scores(text), want, atol=1e-9)


def test_export_keeps_every_word_when_dictionary_features_are_used(tmp_path):
    """Word-independent features fire for any dictionary word, so pruning must keep them all."""
    from corpus_tools.nlp import read_pkuseg_model, write_pkuseg_model

    tags = {t: i for i, t in enumerate(["B", "B_single", "I", "I_end", "I_first"])}
    unigram = {"平遥", "古城", "岳壁乡"}
    for feats, kept in ((["$$", "c.平", "w1.平遥"], {"平遥"}), (["$$", "d.b.2", "w1.平遥"], unigram)):
        f2i = {f: i for i, f in enumerate(feats)}
        weights = np.ones(len(feats) * 5 + 25)
        write_pkuseg_model(tmp_path / "m.npz", f2i, unigram, tags, weights, threshold=0.5)
        fe, _ = read_pkuseg_model(tmp_path / "m.npz")
        assert fe.unigram == kept


def test_forced_words_fall_back_to_the_longest_word():
    """pkuseg's pre-processor forced '三晋强' (a trie path, not a word); ours does not."""
    words = segment("三晋强的干部来到三晋强基现场", user_words=["三晋", "三晋强基"])
    assert "三晋强" not in words
    assert words[0] == "三晋" and "三晋强基" in words


def test_bare_village_names_are_soft_dictionary_words():
    """左家堡 (of 左家堡村) is one word with the lexicon, without being forced into other words."""
    text = "东郭、西郭等村推广左家堡土地托管经验"
    assert "左家堡" in segment(text)
    assert "左家堡" not in Tokenizer(lexicon=False)(text)
    assert segment("乡村振兴")[0] == "乡村振兴"
