"""Arbitration between the line model and the rules (``split_page(method="auto")``)."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.arbiter import DISPUTES, disputes, merge_layouts
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.model import ArticleParts, Block, PageLayout


def _page(*lines: str) -> list:
    return read_lines("\n".join(lines) + "\n")


def test_short_line_without_punctuation_between_paragraphs_is_disputed():
    raw = _page("平遥县今年改造农村公路，群众出行更加便利。", "", "道路提质上档 群众幸福升温", "",
                "路修好以后，人们出行方便了。")
    rules = [("body", True, True), ("headline", True, True), ("body", True, False)]
    assert disputes(raw, rules, ["B-para", "para", "para"]) == {1: "short_head"}
    # the model agreeing with the rules: no dispute
    assert disputes(raw, rules, ["B-para", "B-title", "para"]) == {}


def test_heading_lines_inside_a_body_on_a_headline_after_page_are_disputed():
    raw = _page("联建村实现乡村振兴。", "打破人才匮乏", "有序开展社会治理", "立足联建村长远需要，选优配强班子。")
    rules = [("body", True, True), ("body", True, False), ("body", False, False), ("body", True, False)]
    tags = ["B-para", "banner", "B-title", "para"]
    assert disputes(raw, rules, tags, "after") == {1: "subhead", 2: "subhead"}
    # a title between two bodies on a headline-before page is the model's call
    assert disputes(raw, rules, ["B-para", "B-title", "title", "para"], "before") == {}


def test_heading_lines_between_two_topics_are_the_models_call():
    # the text below the heading does not go on with the text above: a column name or a
    # headline between two articles, not an in-body subhead
    raw = _page("联建村实现乡村振兴。", "基层动态", "城西街道开展消防演练", "近日，城西街道组织商户进行灭火器使用培训。")
    rules = [("body", True, True), ("body", True, False), ("body", False, False), ("body", True, False)]
    assert disputes(raw, rules, ["B-para", "banner", "B-title", "para"], "after") == {}


def test_a_dash_kicker_read_inside_the_rules_body_is_the_models_call():
    raw = _page("全县秋粮收储工作有序推进。", "各地法院充分运用信息化手段，强化司法服务保障——", "移动微法院累计访问量超亿次",
                "近日，记者从最高人民法院获悉。")
    rules = [("body", True, True), ("body", False, False), ("headline", True, True), ("body", True, False)]
    assert disputes(raw, rules, ["B-para", "B-kicker", "title", "para"], "before") == {}
    # a sentence line read as a title is still disputed
    assert disputes(raw, rules, ["B-para", "B-title", "title", "para"], "before") == {1: "sentence_head"}


def test_banner_read_as_kicker_and_caption_read_as_body_are_disputed():
    raw = _page("抓党建促基层治理能力提升", "彩灯绣古城 共享中国年", "图为平遥古城鸟瞰。")
    rules = [("banner", True, False), ("headline", True, True), ("caption", True, False)]
    found = disputes(raw, rules, ["B-kicker", "title", "para"])
    assert found == {0: "banner", 2: "caption_body"}
    assert set(found.values()) <= set(DISPUTES)


def test_a_kicker_over_a_title_and_its_byline_is_the_models_call():
    # the rules read a two-line title; the model a kicker over a title with its byline line
    raw = _page("特色产业看平遥", "小核桃撑起“致富树”", "记者 段　飞　通讯员 卫红梅", "初冬时节，城关镇的核桃加工厂里一片繁忙。")
    rules = [("headline", True, True), ("headline", False, False), ("byline", True, False), ("body", True, False)]
    assert disputes(raw, rules, ["B-kicker", "title", "byline", "para"], "before") == {}
    # a first line as wide as the title below it is a title wrapped at the column: the rules' call
    raw = _page("平遥县城关镇农村公路提质", "改造工程", "记者 段　飞", "初冬时节，城关镇的道路工程完工。")
    assert disputes(raw, rules, ["B-kicker", "title", "byline", "para"], "before") == {1: "split_title"}
    # a kicker and title without a subtitle or byline under them: the rules' call
    raw = _page("特色产业看平遥", "小核桃撑起“致富树”", "初冬时节，城关镇的核桃加工厂里一片繁忙。")
    assert disputes(raw, rules[:2] + rules[3:], ["B-kicker", "title", "para"], "before") == {1: "split_title"}


def test_disputes_validate_lengths():
    with pytest.raises(ValueError, match="must match"):
        disputes(_page("一行"), [], ["para"])


def test_merge_takes_the_rules_where_disputed_and_loses_nothing():
    raw = "甲文第一段。\n\n乙文第一段。\n"
    a, b = raw.index("甲"), raw.index("乙")

    def layout(tag: str) -> PageLayout:
        blocks = [Block("body", raw[a:a + 6], a, a + 6, 0), Block("body", raw[b:b + 6], b, b + 6, 1)]
        arts = [ArticleParts(f"{tag}{k}", None, None, blk.text, [], [], None, {"body": [(blk.start, blk.end)]}, [k])
                for k, blk in enumerate(blocks)]
        return PageLayout(blocks, arts, [])

    merged = merge_layouts(len(raw), [a, b], layout("rules"), layout("model"), [b])
    assert [x.title for x in merged.articles] == ["model0", "rules1"]
    assert [x.blocks for x in merged.articles] == [[0], [1]]
    assert check_no_loss(raw, merged) == []


PAGE = (
    "本报讯 近年来，平遥县着力推动城区集中\n供热全覆盖，供热面积达到 920 万平\n方米，群众冬季取暖更加温暖舒适。\n\n"
    "平遥县\n\n温暖过冬 供热惠民\n\n"
    "本报讯 日前，平遥古城的彩灯展览开幕，\n游客在城墙上赏灯祈福，共度新春佳\n节。\n\n"
    "彩灯点亮古城 游客共度新春\n\n本版文图均由平遥县融媒体中心提供\n"
)


@pytest.mark.parametrize("method", ["auto", "rules", "model"])
def test_every_method_keeps_every_character(method):
    layout = split_page(PAGE, method=method)
    assert check_no_loss(PAGE, layout) == []
    assert [x.title for x in layout.articles] == ["温暖过冬 供热惠民", "彩灯点亮古城 游客共度新春"]


def test_auto_is_the_default():
    assert split_page(PAGE) == split_page(PAGE, method="auto")
    with pytest.raises(ValueError, match="auto, rules, model"):
        split_page(PAGE, method="grammar")


def test_auto_without_the_shipped_model_warns_and_splits_by_rules(monkeypatch):
    import corpus_tools.layout.assemble as assemble

    raw = "平遥县今年改造农村公路，群众出行更加便利。\n\n道路提质上档 群众幸福升温\n"
    monkeypatch.setattr(assemble, "shipped_model", lambda: None)
    with pytest.warns(UserWarning, match="line-role model .* is missing"):
        layout = split_page(raw)
    assert layout == split_page(raw, method="rules")


def test_title_with_an_enumeration_comma_is_the_models_call():
    raw = _page("全县秋粮收储工作有序推进。", "给环卫、保洁员群体更多温暖", "近日，记者从有关部门获悉。")
    rules = [("body", True, True), ("body", False, False), ("body", True, False)]
    assert disputes(raw, rules, ["B-para", "B-title", "para"], "before") == {}


def test_page_top_title_and_place_kicker_are_the_models_call():
    raw = _page("“多彩贵州·山水之约”走进曼谷", "3月2日，为期两天的推介会在曼谷开幕。")
    rules = [("banner", True, False), ("body", True, True)]
    assert disputes(raw, rules, ["B-title", "para"], "before") == {}
    # at the top of a headline-after page a title has no body above it: still disputed
    assert disputes(raw, rules, ["B-title", "para"], "after") == {0: "banner"}
    raw = _page("武乡县丰州镇", "高血压患者不能“一停了之”", "近日，镇卫生院开展义诊。")
    rules = [("banner", True, False), ("headline", True, True), ("body", True, False)]
    assert disputes(raw, rules, ["B-kicker", "title", "para"], "before") == {}


def test_a_caption_the_model_is_sure_is_body_is_its_call():
    raw = _page("抓党建促基层治理能力提升", "彩灯绣古城 共享中国年", "图为平遥古城鸟瞰。")
    rules = [("banner", True, False), ("headline", True, True), ("caption", True, False)]
    tags = ["B-kicker", "title", "para"]
    assert disputes(raw, rules, tags, confidence=[0.9, 0.9, 0.3]) == {0: "banner", 2: "caption_body"}
    assert disputes(raw, rules, tags, confidence=[0.9, 0.9, 0.9]) == {0: "banner"}


def test_a_page_top_line_over_a_title_is_the_models_banner():
    raw = _page("凝心聚力 砥砺前行", "县委召开常委会议", "近日，县委召开常委会议。")
    rules = [("headline", True, True), ("subtitle", True, False), ("body", True, False)]
    assert disputes(raw, rules, ["banner", "B-title", "para"], "before") == {}


def test_a_line_closing_a_bracket_opened_above_is_no_heading():
    raw = _page("展现出中国强劲的发展韧性。(记者 王", "", "超 姚敏)", "", "县里召开会议，部署春耕工作。")
    rules = [("body", True, True), ("banner", True, False), ("body", True, True)]
    assert disputes(raw, rules, ["B-para", "cont", "B-para"]) == {}


def test_a_short_line_between_wrapped_paragraphs_is_the_models_subhead():
    raw = _page("国家博物馆的讲解员为观众介绍", "展品背后的故事。", "见证者说", "刘建美：国家博物馆的每一件", "藏品都有故事。")
    rules = [("body", True, True), ("body", False, False), ("banner", True, False), ("body", True, True),
             ("body", False, False)]
    assert disputes(raw, rules, ["B-para", "cont", "para", "para", "cont"]) == {}
    # printed a paragraph per line, a heading has no shape to tell it: still disputed
    assert disputes(raw, rules, ["B-para", "para", "para", "para", "cont"]) == {2: "banner_body"}


def test_a_list_heading_enumerator_is_no_cut_bracket():
    # 一）… closes no bracket cut above it: the heading dispute still applies
    raw = _page("平遥县今年改造农村公路，群众出行更加便利。", "", "一）加强组织领导", "", "路修好以后，人们出行方便了。")
    rules = [("body", True, True), ("headline", True, True), ("body", True, False)]
    assert disputes(raw, rules, ["B-para", "para", "para"]) == {1: "short_head"}


def test_a_kicker_over_a_title_in_doubled_bold_glyphs_is_no_split_title():
    # (benchmarks/layout_failures34.md: the dispute handed the stretch to the rules, which joined kicker and
    # title and read the next article's two-line headline as body text)
    raw = ("推进“一村一品”\n苹苹果果产产业业鼓鼓起起钱钱袋袋子子\n本报讯（记者 马　丽）10月8日，将台堡镇的苹果园里一片\n"
           "丰收景象。今年全镇苹果种植面积达2万亩。\n镇里引进冷链企业2家，新建冷库6座，果农不再愁卖。\n"
           "近年来，我县把苹果产业作为富民主导产业。\n兴隆镇：\n旧村部变身幸福院\n入秋以来，兴隆镇单民村的幸福院里天天热闹，\n"
           "村里的老人在这里吃饭、聊天。（西吉县融媒体中心　苏　婷）\n")
    layout = split_page(raw)
    first, second = layout.articles
    assert (first.kicker, first.title, first.byline, second.title[-8:], second.byline) == (
        "推进“一村一品”", "苹果产业鼓起钱袋子", [("记者", "马丽")], "旧村部变身幸福院", [("", "苏婷")])
    assert check_no_loss(raw, layout) == []
