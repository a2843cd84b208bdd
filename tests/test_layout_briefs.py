"""A column of briefs under a heading of its own (corpus_tools.layout.briefs)."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.briefs import brief_column_tags
from corpus_tools.layout.lines import read_lines
from corpus_tools.text import strip_spaces

#: A 汤阴-style page foot: an article, then a 简讯 column printed with no blank line and no indent.
PAGE = """汤阴报　2022年5月12日　星期四　第2版
第2版　综合

宜沟镇引进食用菌加工项目
本报记者　郭晓峰
　　5月9日，宜沟镇与河南豫菇农业有限公司签约，总投资1.6亿元的
食用菌精深加工项目落户该镇。
　　近年来，宜沟镇坚持把项目建设作为发展第一要务，一批项目相
继落地。
简讯
■菜园镇召开重点项目调度会，通报4月份项目建
设进展情况。
■伏道镇投资800万元的农村道路提升工程完工。
■韩庄镇开展防汛应急演练，参演人员150人。

责任编辑：程丽　校对：赵磊
"""


def test_heading_over_marked_items_opens_an_article():
    lines = read_lines(PAGE)
    tags = ["banner", "banner", "B-title", "byline"] + ["para", "cont", "para", "cont"] + ["para"] + ["cont"] * 4 + [
        "credit"]
    out = brief_column_tags(lines, tags)
    k = [ln.text.strip() for ln in lines if ln is not None].index("简讯")
    assert out[k] == "B-title"
    assert out[k + 1:k + 5] == ["para", "cont", "para", "para"]
    assert out[:k] == tags[:k]


def test_page_reads_the_brief_column_as_its_own_article():
    layout = split_page(PAGE)
    assert check_no_loss(PAGE, layout) == []
    titles = [a.title for a in layout.articles]
    # (round 32, user32b F5: the box's head is its rubric, a banner; each item an article of its own, untitled)
    assert titles == ["宜沟镇引进食用菌加工项目", None, None, None]
    assert strip_spaces(layout.articles[0].body).endswith("一批项目相继落地。")
    assert strip_spaces(layout.articles[1].body).lstrip("■").startswith("菜园镇召开重点项目调度会")
    assert [b.kind for b in layout.blocks if b.text == "简讯"] == ["banner"]
    assert not [r for r in layout.repairs if r.kind == "move"]


def test_one_marked_line_or_a_cut_sentence_is_no_brief_column():
    one = "　　全镇新建大棚260座，亩均收益2万元。\n小结\n■菜园镇召开调度会。\n　　会议要求加快进度。\n"
    assert brief_column_tags(read_lines(one), ["para", "para", "para", "para"]) == ["para"] * 4
    cut = "　　全镇新建大棚260座，亩均\n收益\n■菜园镇召开调度会。\n■伏道镇道路完工。\n"
    assert brief_column_tags(read_lines(cut), ["para", "cont", "cont", "cont"]) == ["para", "cont", "cont", "cont"]


def test_tags_must_match_the_lines():
    with pytest.raises(ValueError, match="one tag a non-blank line"):
        brief_column_tags(read_lines("简讯\n■菜园镇召开调度会。\n"), ["para"])


def test_a_signed_last_item_ends_the_column_before_the_next_headline():
    # review: an item signed without a full stop ran the column on into the next article
    from corpus_tools.layout.briefs import brief_column_tags
    from corpus_tools.layout.lines import read_lines

    page = ("　　全县上下以招商引资促发展。\n简讯\n■鲖城镇召开推进会（王刚）\n■瓦店镇排查隐患23处（李明）\n"
            "县里召开经济工作会议\n　　12月5日，县里召开会议，\n部署工作。\n")
    tags = ["para", "para", "cont", "cont", "B-title", "para", "cont"]
    assert brief_column_tags(read_lines(page), tags) == ["para", "B-title", "para", "para", "B-title", "para", "cont"]


# round 28: a column name in black brackets on its own line heads a box after an article's last sentence
# (invented as 乌审旗 would print a 专版 page; real townships)
def test_bracketed_column_name_read_as_text_opens_its_box():
    from corpus_tools.layout.briefs import bracketed_column_tags
    raw = ("　　嘎鲁图镇党委书记说：“群众的事就是大事。”\n"
           "【党员心声】\n"
           "　　“我要扎根牧区，当好牧民的贴心人。”——\n"
           "图克镇党员　乌云其木格\n")
    assert bracketed_column_tags(read_lines(raw), ["para", "para", "para", "cont"]) == [
        "para", "banner", "B-para", "cont"]
    # (read as a heading over a byline or a headline: left to the headline grammar)
    raw2 = "【灾后重建】\n本报记者　王　强\n全县重建项目开工\n"
    assert bracketed_column_tags(read_lines(raw2), ["B-title", "byline", "B-title"]) == ["B-title", "byline", "B-title"]


def test_bracketed_column_name_closing_a_headline_group_heads_what_follows():
    # (【图片新闻】 under a headline printed after its body, over a photo item's credit line; invented)
    from corpus_tools.layout.briefs import bracketed_column_tags
    raw = "　　群众说：“这下看上新闻了。”（记者 王　平）\n村村通覆盖126个自然村\n【图片新闻】\n文/图　李　明\n"
    assert bracketed_column_tags(read_lines(raw), ["para", "title", "title", "byline"]) == [
        "para", "title", "banner", "B-byline"]


def test_bracketed_column_name_going_on_from_text_over_an_opening_headline_heads_it():
    # (a column name the model reads as a heading line going on from the text above, over a headline that opens
    # an article: a banner over that headline, not the last line of the text's article; invented)
    from corpus_tools.layout.briefs import bracketed_column_tags
    raw = "　　村里的路修好了，果子也好卖了。\n【乡村新景】\n古村落迎来新客人\n　　周末，游客来到古村。\n"
    assert bracketed_column_tags(read_lines(raw), ["para", "title", "B-title", "B-para"]) == [
        "para", "banner", "B-title", "B-para"]


def test_a_bracketed_part_label_inside_an_article_in_labelled_parts_stays_its_text():
    # (an article printed in labelled parts, 【现象】 running into its text, then 【点评】 on its own line: the
    # article's next part, as People's Daily prints it; invented text)
    from corpus_tools.layout.briefs import bracketed_column_tags
    raw = "线上问诊受欢迎\n本报讯 【现象】近来，不少群众选择线上问诊。\n【点评】\n线上问诊并非新鲜事物。\n"
    tags = ["B-title", "para", "para", "para"]
    assert bracketed_column_tags(read_lines(raw), tags) == tags
