"""Tests of corpus_tools.slogans.usualquote and the known-formula runs: labels the paper nearly always quotes."""

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.lexicon import Lexicon
from corpus_tools.slogans.usualquote import usual_quote_evidence


def found(text, **kw):
    return {m.text: m.kind for m in find_slogans(text, formulae=False, **kw)}


def test_a_usually_quoted_label_without_a_frame_is_not_taken_on_that_alone():
    # unhooked in round 36: writers split on 回头看 / 拍蝇, the recent ones leave them out (usualquote's docstring)
    assert found("镇里把主题教育同脱贫攻坚“回头看”结合起来。") == {}


def test_names_words_and_descriptions_stay_out():
    assert usual_quote_evidence("回头看", {}) == "usually quoted"
    assert usual_quote_evidence("中国天眼", {}) is None           # a name: no verb
    assert usual_quote_evidence("保护伞", {}) is None             # a common word, scare-quoted
    assert usual_quote_evidence("回头看", {"title_before": True}) is None
    assert usual_quote_evidence("回头看", {}, "的人") is None


def test_a_run_of_a_known_series_is_known():
    known = Lexicon.build(None).known
    assert known.get("稳得住、能致富") == "quoted"
    assert found("全县易地搬迁群众“稳得住、能致富”。") == {"稳得住、能致富": "quoted"}


def test_provincial_and_era_formulae_confirm_quotes():
    assert found("开展“民族团结一家亲”结亲周活动。") == {"民族团结一家亲": "quoted"}
    assert found("树立“全面、协调、可持续”的发展观。") == {"全面、协调、可持续": "parallel"}


def test_a_series_before_the_handle_of_a_task():
    text = "我县把安居工程作为稳增长、稳就业、稳物价的重要抓手，计划三年完成。"
    assert found(text, lexicon=False).get("稳增长、稳就业、稳物价") == "parallel"
