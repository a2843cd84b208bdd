"""Bodies after a closing byline and a trailing headline open articles (layout.trailheads)."""

import pytest

from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.trailheads import bodies_after_trailing_heads

# invented, as 循化报 would print a page of headlines after their bodies (real place names)
LINES = [
    ("街子镇新建的扶贫车间投产，吸纳就业八十人。", "B-para"),
    ("（记者 韩进福）", "byline"),
    ("扶贫车间开进村", "title"),
    ("白庄镇今年种植辣椒三千亩，订单收购全覆盖。", "para"),
    ("（通讯员 马秀兰）", "byline"),
    ("线椒成了致富椒", "title"),
    ("道帏藏族乡完成危房改造四十户。", "para"),
]


def _run(lines):
    page = "".join(t + "\n" for t, _ in lines)
    return bodies_after_trailing_heads(read_lines(page), [tag for _, tag in lines])


def test_each_body_after_a_trailing_head_opens():
    assert _run(LINES) == ["B-para", "byline", "title", "B-para", "byline", "title", "B-para"]


def test_a_head_the_model_opens_is_left():
    lines = [(t, "B-title" if t == "扶贫车间开进村" else tag) for t, tag in LINES[:4]]
    assert _run(lines)[3] == "para"


def test_a_signature_without_brackets_closes_nothing():
    lines = [("街子镇扶贫车间投产。", "B-para"), ("记者 韩进福", "byline"), ("扶贫车间开进村", "title"),
             ("白庄镇种植辣椒三千亩。", "para")]
    assert _run(lines)[3] == "para"


def test_tags_must_match_lines():
    with pytest.raises(ValueError, match="tags has 1 tags for 2"):
        bodies_after_trailing_heads(read_lines("甲。\n乙。\n"), ["para"])


# 桦南县-style page of another county (定襄县, invented text): a 【column】 item whose headline follows its body
# on a page whose other headlines stand above their bodies
DINGXIANG = ("定襄报　　2016年5月20日　星期五　　第2版\n"
             "【两学一做】\n"
             "5月18日，县委理论学习中心组围绕“讲规矩、有纪律”开展专题研讨，\n"
             "县级领导干部结合工作实际作了交流发言。（记者　郭丽娟）\n"
             "县委中心组专题研讨“讲规矩、有纪律”\n"
             "宏道镇新建蔬菜大棚120座\n"
             "本报讯 今年以来，宏道镇引导农户发展设施蔬菜，新建大棚120座，\n"
             "带动农户增收。\n")


def test_a_headline_printed_after_its_signed_body_is_that_body_s():
    from corpus_tools.layout import check_no_loss, split_page
    layout = split_page(DINGXIANG)
    item = next(a for a in layout.articles if a.title == "县委中心组专题研讨“讲规矩、有纪律”")
    assert item.body.startswith("5月18日") and "两学一做" in item.section
    assert next(a for a in layout.articles if a.title == "宏道镇新建蔬菜大棚120座").body.startswith("本报讯")
    assert check_no_loss(DINGXIANG, layout) == []


def test_a_heading_that_repeats_the_text_below_opens_the_next_article():
    from corpus_tools.layout.lines import read_lines
    from corpus_tools.layout.trailheads import heads_after_signed_bodies
    raw = ("全县秋粮收获过半。（记者　郭丽娟）\n宏道镇新建蔬菜大棚\n今年以来，宏道镇新建蔬菜大棚120座。\n")
    tags = ["B-para", "B-title", "para"]
    assert heads_after_signed_bodies(read_lines(raw), tags) == tags
