"""collocations(persons=True) keeps the corpus's PERSON names whole (corpus_tools.person_words, user34 F12).
Invented sentences."""

import pandas as pd

import corpus_tools as ct
from corpus_tools.person_words import person_words

TEXTS = ["县委书记亓振宇主持会议。", "会上，县委书记亓振宇讲话。", "县委书记亓振宇到新村调研。",
         "本报讯（记者 宋海涛）县委书记亓振宇出席。"]


def _corpus():
    return ct.read_corpus(pd.DataFrame({"text": TEXTS, "date": ["2020-01-0%d" % i for i in range(1, 5)]}))


def test_person_words_leave_the_newsroom_out():
    words = person_words(_corpus())
    assert "亓振宇" in words and "宋海涛" not in words


def test_collocations_keep_names_whole():
    c = _corpus()
    got = ct.collocations(c, word="书记", min_count=2, persons=True, cache_dir=False)
    assert "亓振宇" in set(got["w1"]) | set(got["w2"])
