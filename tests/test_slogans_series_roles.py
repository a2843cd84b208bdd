"""Tests of corpus_tools.slogans.series_roles and the common-word cue: lists a sentence describes, scare-quoted words."""

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.quoteshare import is_plain_word
from corpus_tools.slogans.series_roles import counted_things, description_cue, misaligned_compact


def texts(text):
    return [m.text for m in find_slogans(text, formulae=False)]


@pytest.mark.parametrize("text, series", [
    ("我国经济结构性、体制性、周期性问题相互交织，下行压力加大。", "结构性、体制性、周期性"),   # a problem described
    ("严重侵犯了群众的生命权、健康权、财产权和发展权等基本人权。", "生命权、健康权、财产权"),   # the list goes on
])
def test_described_series_are_left_out(text, series):
    assert series not in texts(text)


def test_a_problem_to_solve_stays():
    assert "最急最忧最盼" in texts("着力解决群众最急最忧最盼问题。")


def test_description_cue_forms():
    assert description_cue("境内外“三股势力”（", "）在新疆")
    assert not description_cue("不断增强人民的", "。")


def test_misaligned_compact_window():
    days = {"为做强做优做": 2, "做强做优做大": 6}
    assert misaligned_compact("为做强做优做大国有资本", 0, 6, days)
    assert not misaligned_compact("为做强做优做大国有资本", 1, 7, days)


@pytest.mark.parametrize("text, word", [
    ("形成了稳定的脱贫“造血”机制。", "造血"),
    ("承担着打通总干渠“大动脉”的任务。", "大动脉"),
])
def test_common_words_on_a_weak_cue_are_scare_quotes(text, word):
    assert is_plain_word(word)
    assert word not in texts(text)


@pytest.mark.parametrize("text, word", [
    ("确保问题“清零”。", "清零"),                       # a goal frame
    ("狠抓“菜篮子”“米袋子”建设。", "菜篮子"),           # a programme head after the run of quotes
])
def test_common_words_named_as_targets_or_programmes_stay(text, word):
    assert word in texts(text)


@pytest.mark.parametrize("text, series", [
    # the things a count names, each one and a measure word (“四个一”: one shed, one well …)
    ("全乡推行“四个一”致富模式，即一座塑料大棚、一口机井、一片果园、一台旋耕机。", "一座塑料大棚、一口机井、一片果园、一台旋耕机"),
    # the evils a campaign clears (“三乱”: disorders; “三难”: hardships)
    ("城关镇整治“三乱”，清理乱倒乱扔、乱拉乱挂、乱摆乱卖问题。", "乱倒乱扔、乱拉乱挂、乱摆乱卖"),
    ("着力破解群众反映的就医难、出行难、办事难这“三难”问题。", "就医难、出行难、办事难"),
])
def test_a_count_spelt_out_as_things_or_evils_is_no_series(text, series):
    found = texts(text)
    assert series not in found
    assert any(m in found for m in ("四个一", "三乱", "三难"))     # the count itself stays


def test_a_count_spelt_out_as_what_is_done_stays():
    text = "全镇推行“三送”服务，即送政策、送技术、送岗位，受到群众欢迎。"
    assert "送政策、送技术、送岗位" in texts(text)


@pytest.mark.parametrize("items, expected", [
    (["一座塑料大棚", "一口机井", "一片果园"], True),
    (["乱倒乱扔", "乱拉乱挂", "乱摆乱卖"], True),
    (["就医难", "出行难", "办事难"], True),
    (["送政策", "送技术", "送岗位"], False),
    (["一抓到底", "一座塑料大棚", "一口机井"], False),     # not every item a thing counted
    (["乱倒", "不乱扔"], False),                           # 乱 not in one slot
])
def test_counted_things_forms(items, expected):
    assert counted_things(items) is expected
