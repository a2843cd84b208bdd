"""Tests of corpus_tools.slogans.numbered (invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.numbered import (chain_end, counted_ratio, counted_venue, numbered_actors, numbered_item,
                                           numeric_code)


@pytest.mark.parametrize("s", ["百局联百村", "万企帮万村", "百镇千村", "千村千生计划"])
def test_round_number_groups_are_numbered(s):
    assert numbered_item(s)


@pytest.mark.parametrize("s", ["百亩千头", "千吨万人", "百年千年"])
def test_round_numbers_of_units_are_not_numbered(s):
    assert not numbered_item(s)


@pytest.mark.parametrize("s", ["一抓双促", "一户一档", "两学五抓", "五个进一步", "十三五", "1252", "4+1"])
def test_counting_formulae_and_codes_are_numbered(s):
    assert numbered_item(s)


@pytest.mark.parametrize("s", ["三年", "两个月", "一些", "三晋", "七一", "三点半"])
def test_counts_of_time_and_words_with_numerals_are_not(s):
    assert not numbered_item(s)


def test_a_code_is_digits_letters_or_numerals_alone():
    assert numeric_code("1+3+N") and numeric_code("一+三") and numeric_code("4+1")
    assert not numeric_code("党建+扶贫") and not numeric_code("1+产业")


def test_a_quoted_code_stands_alone_without_the_noun_after_it():
    # slogan36: every open gold set records the code alone (1+3+4 before 现代工业产业体系, pages25; a user's 1+3+N)
    found = {(m.text, m.kind) for m in find_slogans("围绕“1+3+4”现代工业产业体系，构建“1+3+N”产业体系。", decision=False)}
    assert found == {("1+3+4", "numbered"), ("1+3+N", "numbered")}
    # the chains a code counts stay with it (the guide's example 4+1重点产业链, from the seed pages)
    assert ("4+1重点产业链", "numbered") in {(m.text, m.kind)
                                          for m in find_slogans("实施“4+1”重点产业链工程。", decision=False)}


def test_one_to_one_is_a_manner_not_a_count():
    assert not numbered_item("一对一")


def test_one_count_per_another():
    assert counted_ratio("一名干部包两户贫困户")
    assert not counted_ratio("干部包户") and not counted_ratio("一名干部包两户贫困户，每月走访两次以上")


def test_a_counted_group_and_its_task():
    assert numbered_actors("三级书记抓安全") and numbered_actors("两委班子抓党建")
    assert not numbered_actors("书记抓安全") and not numbered_actors("一些干部抓安全")  # 一些 counts nothing


def test_a_counted_venue_is_a_name():
    assert counted_venue("两乡馆") and counted_venue("三线厂")
    assert not counted_venue("一园六中心")


def test_a_village_rank_or_a_rating_is_a_name():
    assert counted_venue("十差村") and counted_venue("五椰级") and counted_venue("五星级")
    assert not counted_venue("双升级") and not counted_venue("一园六中心")


@pytest.mark.parametrize("s", ["十八洞村", "双品网购节", "五五购物节", "1英镑买房团", "十大庙会"])
def test_a_counted_village_festival_or_troupe_is_a_name(s):
    assert counted_venue(s)


@pytest.mark.parametrize("s", ["两会", "四不上会", "百镇千村", "三无小区", "一园六中心"])
def test_counting_formulae_ending_like_a_name_are_no_venue(s):
    assert not counted_venue(s)


@pytest.mark.parametrize("s", ["八百里洞庭", "1英镑买房团", "3元吃饱饭", "五公里健身圈"])
def test_distances_and_sums_of_money_are_descriptions(s):
    assert not numbered_item(s)


@pytest.mark.parametrize("s", ["五毛零食", "两国方案", "三国展"])
def test_a_price_or_a_count_of_countries_is_a_description(s):
    assert not numbered_item(s)


@pytest.mark.parametrize("s", ["一国两制", "两国双园"])
def test_countries_counted_with_a_second_number_stay_a_formula(s):
    assert numbered_item(s)


@pytest.mark.parametrize("s, tail", [("清四乱", "四乱"), ("党员三联三帮", "三联三帮"), ("志智双扶", "双扶"), ("门前三包", "三包"),
                                     ("党务四亮", "四亮"), ("建三化", "三化")])
def test_a_counting_formula_after_a_short_prefix(s, tail):
    from corpus_tools.slogans.numbered import counted_tail

    assert counted_tail(s) == tail


@pytest.mark.parametrize("s", ["四乱", "两学一做", "民族团结一家亲", "十三堂", "人人都是讲解员"])
def test_no_counted_tail(s):
    from corpus_tools.slogans.numbered import counted_tail

    assert counted_tail(s) == ""


@pytest.mark.parametrize("s", ["金三角", "新四军", "第三方", "老三届", "大三峡", "新三板", "长江三峡"])
def test_an_ordinary_word_or_a_name_holding_a_numeral_has_no_counted_tail(s):
    # the tagger reads the whole as one word (金三角), splits it elsewhere (第三|方, 老三|届), or reads the tail as a
    # place or time word after a modifier (大|三峡, 新|三板)
    from corpus_tools.slogans.numbered import counted_tail

    assert counted_tail(s) == ""


@pytest.mark.parametrize("text", [
    "全县积极融入“金三角”建设，打造区域物流中心。",           # 普洱市's paper, as it might print it
    "县里主动对接“长江三峡”旅游线路，吸引游客。",
])
def test_a_word_holding_a_numeral_is_no_numbered_formula(text):
    from corpus_tools.slogans import find_slogans

    assert "numbered" not in {m.kind for m in find_slogans(text, formulae=False)}


def test_a_quoted_formula_with_a_verb_before_its_count_is_numbered():
    from corpus_tools.slogans import find_slogans

    found = [(m.text, m.kind) for m in find_slogans("全镇开展“治三乱”专项行动，拆除违建十二处。", formulae=False)]
    assert found == [("治三乱", "numbered")]


@pytest.mark.parametrize("text", ["七彩瑶服", "八路军的故乡", "八卦城", "一线工作法"])
def test_a_numeral_inside_a_word_of_the_lexicon_counts_nothing(text):
    assert not numbered_item(text)


@pytest.mark.parametrize("text", ["三废治理", "三宝工程", "五保户帮扶", "三资企业改革"])
def test_a_counting_word_of_1998_still_opens_a_formula(text):
    # tagged n in People's Daily 1998 but counting parts (三资/j, 五保/j; 三废) or a name (三宝/nr):
    # training/slogans/numeral_words.py leaves them out of data/numeral_words.txt
    assert numbered_item(text)


def test_a_run_of_round_numbers_before_a_programme_head_counts_levels():
    assert numbered_item("百千万工程")
    assert not numbered_item("千万工程")  # villages reached, not parts: the lexicon's quoted
    assert numbered_item("三宝")          # the bare lexicon word may still be a county's count


@pytest.mark.parametrize("quote", ["中国五冶", "阿三哥", "小五哥", "小五妹", "评三好学生", "评五好家庭"])
def test_no_counted_tail_in_a_firm_a_nickname_or_an_honour(quote):
    from corpus_tools.slogans.numbered import counted_tail

    assert counted_tail(quote) == ""


def test_a_built_counting_formula_keeps_its_tail():
    from corpus_tools.slogans.numbered import counted_tail

    assert counted_tail("建四好农村路") == "四好农村路"


def test_digits_before_a_talent_programme_are_a_code_but_digits_before_a_count_of_people_are_not():
    # slogan36: a user's “333”人才培养工程 and slogan_held36's “1155”人才培养计划 were missed (人 read as a unit)
    assert [(m.text, m.kind) for m in find_slogans("县里实施“333”人才培养工程。", decision=False)] == [("333", "numbered")]
    assert find_slogans("全县共有“1155”人参加。", decision=False) == []


def test_three_one_one_parts_make_a_parallel_series_two_stay_numbered():
    # slogan36: three writers (pages21, pages25, pages28o) call a quoted series of three 一X一Y parts parallel
    three = find_slogans("各乡镇按照“一乡一品、一村一业、一户一技”的思路发展产业。", decision=False)
    assert [(m.text, m.kind) for m in three] == [("一乡一品、一村一业、一户一技", "parallel")]
    two = {(m.text, m.kind) for m in find_slogans("推行“一镇一业、一村一品”。", decision=False)}
    assert ("一镇一业、一村一品", "numbered") in two


def test_a_plan_period_after_a_verb_of_saying_is_no_speech():
    # slogan36: pages28o 会议指出，“十五”期间 … was read as a quotation introduced by 指出，
    found = find_slogans("会议指出，“十五”期间，全县经济总量五年翻了一番。", decision=False)
    assert [(m.text, m.kind) for m in found] == [("十五", "numbered")]


def test_chain_end_rejects_an_offset_outside_the_text():
    with pytest.raises(ValueError, match="close=9 must be an offset inside the text"):
        chain_end("“4+1”", 9)


def test_a_count_of_merits_before_village_is_a_standard_not_a_venue():
    from corpus_tools.slogans import find_slogans
    from corpus_tools.slogans.numbered import counted_venue

    assert not counted_venue("四好村") and counted_venue("两乡馆") and counted_venue("三好馆")
    # (五好村 is also a real village's name in the gazetteer: a place, never a formula)
    text = "全村的目标是三年内建成“四好村”，就是“班子好、产业好、村风好、环境好”。"
    found = {m.text: m.kind for m in find_slogans(text, formulae=False)}
    assert found.get("四好村") == "numbered"
    # a title the village is given stays a title
    assert "四好村" not in {m.text for m in find_slogans("该村被评为“四好村”。", formulae=False)}
