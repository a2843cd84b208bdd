"""user33 F1: terms the corpus prints whole but the segmenter cuts (伏季 | 休渔) are joined in the term layer."""
from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.mined_terms import mine_terms
from corpus_tools.phrase_tokens import merge_phrases


def _table(sentences: list[list[tuple[str, str]]]) -> pd.DataFrame:
    rows = []
    for k, sent in enumerate(sentences):
        idx = 0
        for i, (w, tag) in enumerate(sent):
            rows.append(dict(issue_id="i", article_id=f"a{k}", sent=0, i=i, text=w, tag=tag, is_stop=False,
                             ent_label="", idx=idx))
            idx += len(w)
    return pd.DataFrame(rows).astype({c: "category" for c in ("issue_id", "article_id", "text", "tag", "ent_label")})


FREE = [("今年", "t"), ("全县", "n"), ("严格", "a"), ("做好", "v"), ("今起", "t"), ("落实", "v")]
AFTER = [("期间", "f"), ("制度", "n"), ("规定", "n"), ("工作", "vn"), ("结束", "v"), ("开始", "v")]


def test_a_pair_printed_together_with_free_neighbours_is_a_term():
    sents = [[FREE[k], ("伏季", "n"), ("休渔", "v"), AFTER[k], ("。", "w")] for k in range(6)]
    assert mine_terms(_table(sents)) == ("伏季休渔",)


def test_a_fixed_template_string_is_not_a_term():
    """The same neighbours every time (a piece of a longer fixed string: 海洋与|渔业局): no free boundary."""
    sents = [[("县", "n"), ("海洋", "n"), ("渔业", "n"), ("局长", "n"), ("。", "w")] for _ in range(6)]
    assert mine_terms(_table(sents)) == ()


def test_halves_printed_apart_more_often_are_not_joined():
    together = [[FREE[k], ("发展", "vn"), ("经济", "n"), AFTER[k]] for k in range(6)]
    apart = [[FREE[k % 6], ("经济", "n"), AFTER[k % 6]] for k in range(30)]
    assert mine_terms(_table(together + apart)) == ()


@pytest.mark.parametrize("tag", ["nr", "m", "q", "r"])
def test_names_numerals_and_pronouns_are_no_halves(tag):
    sents = [[FREE[k], ("林", tag), ("晓峰", tag), AFTER[k]] for k in range(6)]
    assert mine_terms(_table(sents)) == ()


def test_a_verb_first_is_a_phrase_not_a_term():
    sents = [[FREE[k], ("推进", "v"), ("渔港", "n"), AFTER[k]] for k in range(6)]
    assert mine_terms(_table(sents)) == ()


def test_rare_pairs_are_left_alone():
    sents = [[FREE[k], ("伏季", "n"), ("休渔", "v"), AFTER[k]] for k in range(4)]
    assert mine_terms(_table(sents)) == ()
    assert mine_terms(_table(sents), min_count=3) == ("伏季休渔",)


def test_mined_terms_merge_in_the_token_table():
    sents = [[FREE[k], ("伏季", "n"), ("休渔", "v"), AFTER[k]] for k in range(6)]
    toks = _table(sents)
    spans = {f"a{k}": [(len(FREE[k][0]), len(FREE[k][0]) + 4)] for k in range(6)}
    merged = merge_phrases(toks, spans)
    assert (merged["text"] == "伏季休渔").sum() == 6 and "伏季" not in set(merged["text"])


def test_term_filter_joins_mined_terms_by_default_and_can_switch_them_off():
    import corpus_tools as ct
    from corpus_tools.options import ParseOptions, TermFilter
    from corpus_tools.parsing import term_frame

    body = "".join(f"{a}伏季休渔{b}。" for a, b in [("今年", "期间渔船回港"), ("全县", "制度严格"), ("我们落实", "规定"),
                                                    ("做好", "工作"), ("渔民说", "结束后出海"), ("五月一日", "开始")])
    corpus = ct.read_corpus(pd.DataFrame([{"issue_id": f"p{k}", "date": f"2011-05-0{k + 1}",
                                           "text": f"渔港新闻{k}\n　　{body}\n"} for k in range(3)]))
    assert TermFilter().phrases == ("formulae", "places", "mined")
    parse = ParseOptions(cache_dir=False)
    on = set(term_frame(corpus, parse=parse)["term"].astype(str))
    off = set(term_frame(corpus, parse=parse, term_filter=TermFilter(phrases=("formulae", "places")))["term"].astype(str))
    if "伏季休渔" not in off:  # the segmenter cuts it here, as on user33's pages
        assert "伏季休渔" in on and "伏季" not in on
