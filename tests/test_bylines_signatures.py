"""Tests of corpus_tools.layout.bylines: signatures closing a text (a writer's unit and name, an editorial's)."""

from corpus_tools.layout import split_page
from corpus_tools.layout.bylines import parse_byline


def test_a_unit_and_a_name_in_brackets_are_both_read():
    assert parse_byline("（某某镇卫生院　王玉芳）") == [("", "某某镇卫生院"), ("", "王玉芳")]
    assert parse_byline("（某某乡政府　李光明）") == [("", "某某乡政府"), ("", "李光明")]
    assert parse_byline("（县融媒体中心 卢春燕）") == [("", "卢春燕")]  # an outlet stays unnamed


def test_no_unit_without_a_name_after_it():
    assert parse_byline("（某某镇卫生院　供稿）") == [("", "某某镇卫生院")]
    assert parse_byline("（某某镇卫生院　王玉芳等）") is None


def test_the_signature_closes_the_body():
    page = ("乡村医生守护村民健康\n　　某某村卫生室医生王明扎根山村三十年，\n为村民看病一万多人次。"
            "（某某镇卫生院　王玉芳）\n")
    art = split_page(page).articles[0]
    assert art.byline == [("", "某某镇卫生院"), ("", "王玉芳")]
    assert art.body.endswith("一万多人次。")


def test_an_editorial_signature_is_its_byline():
    assert parse_byline("（本报评论员）") == [("", "本报评论员")]
    assert parse_byline("本报特约评论员") == [("", "本报特约评论员")]
    page = ("把好事办实\n　　为群众办实事，贵在落实。各级干部要多办实事，\n少说空话。（本报评论员）\n")
    art = split_page(page).articles[0]
    assert art.byline == [("", "本报评论员")] and art.body.endswith("少说空话。")


def test_an_editorial_signature_over_its_title_signs_the_article_below():
    page = ("全县召开项目建设推进会\n　　本报讯（记者　王明　通讯员　李华）\n日前，全县召开项目建设推进会，\n"
            "总结前段工作，部署下一步任务。\n　　会议要求，各镇要抓好项目落地，\n确保年底前完成全年目标任务。\n\n"
            "本报评论员\n让好经验落地生根\n　　学习好经验，关键在于学思路、\n学方法、学作风。这些年来，我县\n"
            "一张蓝图绘到底，一年接着一年干。\n　　各镇街要把好做法用起来，让群\n众得到更多实惠。\n")
    arts = split_page(page).articles
    assert arts[0].byline == [("记者", "王明"), ("通讯员", "李华")]
    assert (arts[-1].title, arts[-1].byline) == ("让好经验落地生根", [("", "本报评论员")])


def test_an_editorial_signature_is_no_person():
    from corpus_tools._entity_rules.byline_names import byline_entities

    assert byline_entities([("", "本报评论员")]) == []
