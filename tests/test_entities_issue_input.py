"""extract_entities accepts one Issue, as its docstring says (user29 F13)."""

import pandas as pd

import corpus_tools as ct


def test_one_issue_gives_the_rows_of_its_articles():
    text = "东山镇修通产业路\n本报记者　方敏\n　　近日，东山镇石桥村的产业路全线贯通，村民王大海说，荔枝好卖了。\n"
    corpus = ct.read_corpus(pd.DataFrame({"issue_id": ["a"], "date": ["2019-05-01"], "text": [text]}))
    whole = ct.extract_entities(corpus, model=False)
    one = ct.extract_entities(corpus.issues[0], model=False)
    assert len(one) > 0
    assert one[["text", "label"]].values.tolist() == whole[["text", "label"]].values.tolist()
