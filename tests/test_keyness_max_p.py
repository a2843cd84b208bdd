"""keyness(max_p=...): the significance filter is explicit (user27 F11)."""

import pandas as pd
import pytest
import spacy

import corpus_tools as ct
from corpus_tools.errors import InvalidArgumentError

NLP = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})


def _corpora():
    c = ct.read_corpus(pd.DataFrame({"text": ["标题\n油菜开花。油菜开花。茶叶丰收。"] * 3
                                             + ["标题\n茶叶丰收。莲藕上市。茶叶丰收。"] * 3},
                                    index=[f"p{i}" for i in range(6)]))
    ids = [i.id for i in c.issues]
    return c.filter(issue_id=lambda i: i in ids[:3]), c.filter(issue_id=lambda i: i in ids[3:])


def test_max_p_keeps_only_significant_terms():
    early, late = _corpora()
    every = ct.keyness(early, late, nlp=NLP, pos=None, min_chars=1, min_count=1, cache_dir=False)
    kept = ct.keyness(early, late, nlp=NLP, pos=None, min_chars=1, min_count=1, cache_dir=False, max_p=0.05)
    assert (every["p"] >= 0.05).any()  # (the default keeps every term)
    assert len(kept) and (kept["p"] < 0.05).all()
    assert set(kept["term"]) <= set(every["term"])


def test_max_p_is_validated():
    early, late = _corpora()
    with pytest.raises(InvalidArgumentError, match="max_p"):
        ct.keyness(early, late, nlp=NLP, pos=None, cache_dir=False, max_p=5)
