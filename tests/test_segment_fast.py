"""The compiled segmenter core gives the numpy decoder's output, and threads share a decoder safely."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from corpus_tools.nlp import PKUSEG_MODEL_PATH, Decoder
from corpus_tools.nlp import tokenizer as nlp_mod
from corpus_tools.segment_fast import compiled_available
from corpus_tools.text import normalize_text

needs_core = pytest.mark.skipif(not compiled_available(),
                                reason="corpus_tools._segcore not built (pip install -e . with a C compiler)")

TEXTS = [
    "平遥县岳壁乡梁村推进乡村振兴",
    "2020年5月,全县GDP增长6.5%,晴-10℃/4℃。",
    "中共中央总书记、国家主席江泽民发表1998年新年讲话《迈向充满希望的新世纪》",
    "东郭、西郭等村的村民委员会换届选举顺利完成。",
    "ＡＢＣ公司和abc-d/e.f|g*h:i_j,k在北京市场上",
    "𠮷野家在𠀀城开店",  # characters beyond the BMP: the compiled core hands them back
    "县",
    "",
    "一九九八年十二月三十一日,三晋强基工程",
]


def _decoder(lexicon: bool = True):
    """A fresh decoder (empty caches), not the cached one other tests share."""
    fe, model = nlp_mod._pkuseg_parts(str(PKUSEG_MODEL_PATH))
    lex = tuple(nlp_mod.read_lexicon()) if lexicon else ()
    return Decoder(fe, model, lex, soft_words=nlp_mod._bare_village_names(lex))


def _cut_all(dec, texts):
    return [dec.cut(normalize_text(t)) for t in texts]


@pytest.fixture(scope="module")
def pku_lines(data_dir):
    path = data_dir / "sighan2005_icwb2" / "pku_test.utf8"
    lines = [ln for ln in path.read_text(encoding="utf-8-sig").splitlines() if ln.strip()]
    return lines[::4]


@needs_core
@pytest.mark.parametrize("lexicon", [True, False])
def test_compiled_core_equals_numpy_decoder(lexicon):
    fast, slow = _decoder(lexicon), _decoder(lexicon)
    slow.use_compiled = False
    got, want = _cut_all(fast, TEXTS), _cut_all(slow, TEXTS)
    assert got == want
    assert got[0] == (["平遥县", "岳壁乡", "梁村", "推进", "乡村振兴"] if lexicon else got[0])
    assert fast._compiled is not None and slow._compiled is None


@needs_core
def test_compiled_core_equals_numpy_decoder_on_pku_test(pku_lines):
    fast, slow = _decoder(), _decoder()
    slow.use_compiled = False
    assert _cut_all(fast, pku_lines) == _cut_all(slow, pku_lines)


@needs_core
def test_characters_beyond_the_bmp_fall_back_to_numpy():
    dec = _decoder()
    tables = dec._compiled_tables()
    assert tables.starts("𠮷野家") is None
    assert tables.starts("野家")[0] == 0
    assert "".join(dec.cut("𠮷野家")) == "𠮷野家"


@pytest.mark.parametrize("compiled", [True, False])
def test_eight_threads_segment_like_one(compiled):
    if compiled and not compiled_available():
        pytest.skip("corpus_tools._segcore not built")
    texts = [t + str(i) + "个村" for i in range(40) for t in TEXTS if t]
    one = _decoder()
    one.use_compiled = compiled
    want = _cut_all(one, texts)
    shared = _decoder()  # fresh caches: the threads fill them at the same time
    shared.use_compiled = compiled
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda t: shared.cut(normalize_text(t)), texts))
    assert got == want


def test_tokenizer_threads_share_one_decoder():
    tok = nlp_mod.Tokenizer()
    texts = [t for t in TEXTS if t] * 10
    want = [tok(t) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(tok, texts)) == want
