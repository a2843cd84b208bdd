"""Tests of corpus_tools.slogans.detect (invented fixtures)."""

from __future__ import annotations

import pytest

from corpus_tools.slogans import find_slogans


def _marked(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.evidence) for m in find_slogans(text, formulae=False)]


def test_a_quoted_round_number_idiom_is_no_formula():
    assert _marked("好消息传遍“千家万户”。") == []           # data/idioms.txt, before any count test


def test_a_quoted_round_number_campaign():
    assert _marked("县里开展“百局联百村”活动，各单位都动了起来。") == [("百局联百村", "numbered", "numbered")]


def test_a_quote_named_as_a_saying_is_no_formula():
    assert _marked("山里流传着一句顺口溜，“一杵一拖一千多”。") == []
    assert _marked("俗话说，“同吃同住同劳动”。") == []


def test_a_run_of_quotes_closed_by_a_programme_head_lists_programmes():
    text = "县里开展了“强基固本”“头羊培育”“比武争先”等十大行动，效果很好。"
    assert [(m.text, m.evidence) for m in find_slogans(text, formulae=False)] == \
        [("强基固本", "role in sentence"), ("头羊培育", "role in sentence"), ("比武争先", "role in sentence")]


@pytest.mark.parametrize("text", [
    "灯会上有“二龙戏珠”“镖行天下”等灯组。",          # examples of a thing
    "举办“乡村讲堂”“田间课堂”等主题讲座。",          # topics of events
])
def test_a_run_of_quoted_examples_closed_by_deng_is_no_formula(text):
    assert find_slogans(text, formulae=False) == []


def test_a_programme_named_after_said_is_no_speech():
    assert _marked("“压力很大。”局长说，“接单即办”改革推开以来，全区变了。") == [("接单即办", "quoted", "role in sentence")]
    assert _marked("他表示，“东山文化日”活动很成功。") == []        # an event after 表示， stays speech


def test_two_quotes_joined_by_a_conjunction_share_the_verb_before_them():
    found = [(m.text, m.kind) for m in find_slogans("全县坚持“搬新家”与“换新业”并举。", formulae=False)]
    assert found == [("搬新家", "quoted"), ("换新业", "quoted")]


def test_a_quote_after_a_comma_does_not_take_the_verb_of_the_first():
    found = [m.text for m in find_slogans("全县坚持“搬新家”，“换新业”更难。", formulae=False)]
    assert "换新业" not in found


def test_an_uneven_quoted_series_named_as_a_service_is_a_formula():
    text = "群众可享受“不出家门、一次申报、网上审批、证照寄送到家”的服务。"
    assert [(m.text, m.kind) for m in find_slogans(text, formulae=False)] == [
        ("不出家门、一次申报、网上审批、证照寄送到家", "parallel")]
    # an uneven list without such a frame stays a list
    assert find_slogans("他列出“温缩裂缝、凝固效果差、延长竣工时间”几条原因。", formulae=False) == []


@pytest.mark.parametrize("text, found", [
    ("全区实施了“单元严控”“家庭严管”“邻里联帮”的防控措施。", ["单元严控", "家庭严管", "邻里联帮"]),
    ("全县紧紧围绕“扶持谁”“谁来扶”“怎么扶”开展工作。", ["扶持谁"]),     # the next questions inherit no verb
])
def test_a_verb_before_a_run_of_quotes_governs_each_of_them(text, found):
    from corpus_tools.slogans import find_slogans

    assert [m.text for m in find_slogans(text, formulae=False) if m.kind == "quoted"] == found


@pytest.mark.parametrize("text", ["街道实行“一站式”服务。", "联络员开展“一对一”帮扶。", "实现“口袋式”服务。"])
def test_a_word_of_manner_is_no_formula(text):
    from corpus_tools.slogans import find_slogans

    assert find_slogans(text, formulae=False) == []


def test_a_place_model_is_no_word_of_manner():
    from corpus_tools.slogans.singles import rule_flags

    assert not rule_flags("恭城模式", "三位一体的", "推广到全区")["ordinary"]


@pytest.mark.parametrize("text, found", [
    ("镇里对返乡人员实行“一户一档、一村一专班”，逐户登记。", [("一户一档、一村一专班", "numbered", "numbered series")]),
    ("全县深入实施“一抓双促”工程，整顿软弱涣散党组织。", [("一抓双促", "numbered", "numbered")]),
    ("村里有了“一+三”议事厅，矛盾就地化解。", [("一+三", "numbered", "numeric code")]),
    ("街道推行“1+3+N”的网格模式，每格配一名网格员。", [("1+3+N", "numbered", "numeric code")]),
    ("全市落实“三级书记抓安全”责任，层层签订责任书。", [("三级书记抓安全", "numbered", "numbered actors")]),
])
def test_numbered_forms(text, found):
    assert _marked(text) == found


def test_a_run_of_quotes_closed_by_a_modified_programme_head_is_judged_quote_by_quote():
    found = [(m.text, m.evidence) for m in find_slogans("推广“稻鱼+光伏”“林果+电商”等增收模式。", formulae=False)]
    assert found == [("稻鱼+光伏", "+ model"), ("林果+电商", "+ model")]
    assert find_slogans("发展“智慧种植”“数字养殖”等新模式。", formulae=False) == []      # 新模式: new things listed


def test_an_uneven_quoted_series_before_a_responsibility_system_is_a_formula():
    text = "严格落实“县级领导包乡镇、乡镇干部包村、村干部包组到户”责任制。"
    assert [(m.text, m.kind) for m in find_slogans(text, formulae=False)] == [
        ("县级领导包乡镇、乡镇干部包村、村干部包组到户", "parallel")]


def test_a_theme_line_of_two_phrases_a_space_apart_is_a_pair():
    found = [(m.text, m.kind) for m in find_slogans("山歌会以“唱响山歌 共建和美家园”为主题。", formulae=False)]
    assert found == [("唱响山歌 共建和美家园", "quoted")]
    assert find_slogans("他说起“唱响山歌 共建和美家园”，笑了。", formulae=False) == []     # no label use


@pytest.mark.parametrize("text", [
    "景点相继被串成了项链，可谓“处处皆风景、徐徐入眼来”，游客越来越多。",
    "黄河下游可谓“利也黄河、害也黄河”，这段黄河哺育了两岸百姓。",
])
def test_a_saying_applied_with_ke_wei_is_a_description(text):
    from corpus_tools.slogans import find_slogans

    assert find_slogans(text, formulae=False) == []


@pytest.mark.parametrize("text", ["融水苗族自治县紧邻“三江”，两地山水相连。",
                                  "记者沿着山路走进“十八洞村”，村口的石板路干干净净。",
                                  "今年“双品网购节”期间，全县网店销售农产品2300万元。",
                                  "站在江堤上远望，“八百里洞庭”烟波浩渺。"])
def test_a_quoted_place_festival_or_distance_is_no_numbered_formula(text):
    assert _marked(text) == []


def test_a_counting_formula_ending_like_a_place_stays():
    assert _marked("全县推进“三无小区”整治，年内完成改造42个。") == [("三无小区", "numbered", "numbered")]


@pytest.mark.parametrize("text", ["县文旅局以“中国品牌日”为契机，开展系列展销活动。",
                                  "各乡镇设立“信访接待日”，党委书记带头接访。"])
def test_a_quoted_day_of_an_event_or_reception_is_a_name(text):
    assert _marked(text) == []


def test_a_party_day_is_a_practice_not_a_name():
    assert [m[0] for m in _marked("推行“主题党日”制度，每月固定一天。")] == ["主题党日"]


@pytest.mark.parametrize("text", ["县里开展专项整治，治理校园周边“五毛零食”。",
                                  "该县援建的“友谊大桥”正式通车。"])
def test_prices_and_bridges_are_no_formulae(text):
    assert _marked(text) == []


@pytest.mark.parametrize("text, motto", [
    ("近年来，仙居县把“诗画仙居·神仙氧吧”作为县域发展的鲜明标识。", "诗画仙居·神仙氧吧"),   # 氧吧: a word, not a particle
    ("全县坚持“仙居山水·共富先行”不动摇。", "仙居山水·共富先行"),                         # 先行: no bank
    ("遂昌县坚持“生态立县·旅游富民”战略不动摇。", "生态立县·旅游富民"),
])
def test_a_dotted_county_motto_is_a_quoted_formula(text, motto):
    assert _marked(text) == [(motto, "quoted", "two-part motto")]
    assert [m.text for m in find_slogans(text, formulae=False, places=("仙居",))] == [motto]


@pytest.mark.parametrize("text", [
    "浦江县围绕“书画之乡·水晶之都”的城市定位，推动文旅融合发展。",       # a place's epithets
    "县文化馆举办“翰墨丹青·笔墨蓬溪”书画作品展，展出作品120余幅。",     # an exhibition's title
    "船山区推出“船山好物·遂宁礼物”伴手礼系列，销往全国各地。",           # a product line
    "来自“中国·仙居”杨梅节的游客络绎不绝。",                           # two place names
])
def test_a_dotted_name_is_no_motto(text):
    assert _marked(text) == []


def test_a_known_formulas_pilot_zone_is_marked_whole_and_the_formula_nested():
    found = [(m.text, m.source) for m in
             find_slogans("会议要求，全县上下要围绕“共同富裕示范区”目标，抓项目、稳增长、惠民生。")]
    assert found == [("共同富裕示范区", "marked"), ("共同富裕", "lexicon")]
    # a rating the county is given stays a title; the formula inside is still counted
    assert [(m.text, m.source) for m in find_slogans("该县被评为“乡村振兴示范县”。")] == [("乡村振兴", "lexicon")]
