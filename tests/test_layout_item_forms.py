"""Forms handled since the fourteenth round (studied pages15): the page's top lines, place lines over
the rest of a title, glyph-doubled headlines, byline forms, photo-news items, source notes, caption
credits and a headline printed after a headless body (corpus_tools.layout.headforms, boundaries,
headafter, bylines, repair, assemble). Lines are invented for these tests."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, parse_byline, split_page, undouble
from corpus_tools.layout.closingnotes import credits_closing_bodies, supplied_notes
from corpus_tools.layout.headafter import titles_after_lead_bodies
from corpus_tools.layout.headforms import pinned_top, subject_first_lines, top_lines
from corpus_tools.layout.photoitems import is_photo_credit, photo_item_titles
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.patterns import is_folio_line, section_for


@pytest.mark.parametrize("line, section", [
    ("第三版　乡镇之窗　　　　责任编辑：周　敏", "乡镇之窗"),
    ("第5版·农牧新闻　编辑：王　刚", "农牧新闻"),
    ("03 | 民生", "民生"),
    ("第4版 · 综合", "综合"),
])
def test_page_lines_with_editor_or_bar_are_folio_lines(line, section):
    assert is_folio_line(line)
    assert section_for([(0, line)], 5) == section


def test_sentence_with_a_date_is_no_folio_line():
    assert not is_folio_line("3月5日，镇里召开编辑部会议")


def test_top_lines_are_pinned_as_banners_and_the_heading_under_them_as_a_heading():
    raw = ("青禾报\n2025年3月4日　星期二\n第二版　乡村振兴　责任编辑：周　敏\n"
           "奋进新征程 建功新时代\n石桥村：\n小茶园做成大产业\n本报通讯员 刘明远\n"
           "3月上旬，石桥镇石桥村的茶园里，茶农们正忙着采摘明前茶。\n")
    raw_lines = read_lines(raw)
    assert top_lines(raw_lines) == [0, 1, 2]
    kinds = ["banner"] * 3 + ["headline", "headline", "headline", "byline", "body"]
    pinned = pinned_top(raw_lines, kinds)
    assert [pinned[i] for i in range(3)] == [("banner",)] * 3 and "B-title" in pinned[3]
    # a body line under the top lines (the rules read it as body) is not pinned
    assert 3 not in pinned_top(raw_lines, ["banner"] * 3 + ["body"] * 5)


@pytest.mark.parametrize("first, joined", [
    ("东湖街道", False),              # a township alone: a kicker (the convention settled in round 17, docs/layout.md)
    ("柳溪村", True),                 # a village alone
    ("新城社区", True),               # a community
    ("我县五个村", True),             # the county by a pronoun and what of it
    ("桃源镇石门村：", True),         # a place and a colon
    ("平遥县", False),                # a county: a kicker
    ("蔚县城关镇", False),            # a county and its township: a kicker
])
def test_place_line_right_over_the_rest_of_the_title(first, joined):
    raw = f"\n{first}\n“积分超市”激发治理活力\n本报讯 近日，超市开张，村民用积分兑换商品。\n"
    tags = ["B-kicker", "title", "para"]
    out = subject_first_lines(read_lines(raw), tags)
    assert (out[:2] == ["B-title", "title"]) is joined


def test_place_line_with_a_blank_line_under_its_title_stays_a_kicker():
    raw = "\n东湖街道\n“积分超市”激发治理活力\n\n本报讯 近日，超市开张，村民用积分兑换商品。\n"
    assert subject_first_lines(read_lines(raw), ["B-kicker", "title", "para"])[0] == "B-kicker"


@pytest.mark.parametrize("text, want", [
    ("东东湖湖村村：：小小茶茶园园做做成成大大产产业业", "东湖村：小茶园做成大产业"),
    ("青青山山镇镇：：民民宿宿经经济济““热热””起起来来", "青山镇：民宿经济“热”起来"),
    ("高高兴兴", "高高兴兴"),                 # a word, not a doubled headline
    ("看看看看", "看看看看"),
    ("红红火火 热热闹闹 开开心心", "红红火火 热热闹闹 开开心心"),  # AABB words, each printed once
    ("平平安安 健健康康 快快乐乐", "平平安安 健健康康 快快乐乐"),
])
def test_glyph_doubled_headlines_are_undoubled(text, want):
    assert undouble(text)[0] == want


@pytest.mark.parametrize("text, want", [
    ("本报记者 王　芳　买买提·吐尔洪", [("记者", "王芳"), ("记者", "买买提·吐尔洪")]),
    ("◎本报记者 陈　立　通讯员 何　静", [("记者", "陈立"), ("通讯员", "何静")]),
    ("周　宁　摄影", [("摄影", "周宁")]),
    ("文/蒋　涛　图/韩　梅", [("撰文", "蒋涛"), ("摄影", "韩梅")]),
    ("文/图 通讯员 林晓红", [("通讯员", "林晓红")]),
    ("本报记者 方明　特约通讯员 苏强", [("记者", "方明"), ("特约通讯员", "苏强")]),
])
def test_more_byline_forms(text, want):
    assert parse_byline(text) == want


@pytest.mark.parametrize("text", ["县委书记摄影", "王磊摄影"])
def test_glued_photography_word_is_no_credit(text):
    assert parse_byline(text) is None


def test_photo_news_item_after_an_article_opens_its_own_article():
    raw = ("\n本报讯 近日，县里召开会议，部署春耕生产工作。（记者 方明）\n\n"
           "春耕田野忙\n3月6日，农民在河湾镇的田里驾驶农机翻耕土地。\n（记者 林晓红 摄）\n")
    tags = ["B-para", "cont", "cont", "cont"]
    assert photo_item_titles(read_lines(raw), tags) == ["B-para", "B-title", "para", "cont"]
    assert is_photo_credit("（记者 林晓红 摄）") and not is_photo_credit("（记者 林晓红）")


def test_short_line_without_a_blank_line_before_it_stays_body():
    raw = ("\n本报讯 近日，县里召开会议。\n春耕田野忙\n3月6日，农民在河湾镇的田里翻耕土地。\n（林晓红 摄）\n")
    assert photo_item_titles(read_lines(raw), ["B-para", "cont", "cont", "cont"])[1] == "cont"


def test_source_note_closes_the_item_above_it():
    raw = "\n问：到哪里办理？\n答：到镇便民服务中心办理。\n（县医保局供稿）\n春茶开采\n本报讯 近日，茶农开采春茶。\n"
    out = supplied_notes(read_lines(raw), ["B-para", "cont", "B-kicker", "title", "para"])
    assert out == ["B-para", "cont", "byline", "B-title", "para"]


def test_photographer_line_after_the_last_sentence_is_the_byline():
    raw = "\n3月6日，游客在古镇老街游览。\n本报记者 韩　梅 摄\n"
    assert credits_closing_bodies(read_lines(raw), ["B-para", "cont"]) == ["B-para", "byline"]


def test_headline_printed_after_a_headless_body_is_its_title():
    raw = ("\n本报讯 近日，桃源社区召开居民议事会，解决停车难题。（通讯员 何静）\n"
           "桃源社区：“议事会”\n议出好邻里\n\n新城社区\n“四点半课堂”开课\n本报讯 近日，课堂开课。\n")
    tags = ["B-para", "cont", "banner", "B-kicker", "title", "para"]
    assert titles_after_lead_bodies(read_lines(raw), tags)[1:4] == ["title", "title", "B-kicker"]


def test_caption_credit_is_no_byline_of_an_article_with_its_own():
    raw = ("\n青禾报\n2025年3月4日　星期二\n第二版　综合新闻\n\n东湖村：春茶“俏”销\n本报记者 方　明　通讯员 韩　梅\n"
           "3月上旬，走进东湖村茶园，茶农们正忙着采摘明前茶。\n今年全村茶园面积达到两千亩，预计增收三百万元。\n"
           "村党支部书记说，下一步将发展茶旅融合。\n\n图为茶农在茶园采茶。\n韩　梅 摄\n\n"
           "柳溪村举办赏花节\n本报讯 近日，柳溪村举办赏花节，吸引游客五千人次。（通讯员 何　静）\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [(a.title, a.byline) for a in layout.articles] == [
        ("东湖村：春茶“俏”销", [("记者", "方明"), ("通讯员", "韩梅")]), ("柳溪村举办赏花节", [("通讯员", "何静")])]


def test_photo_news_title_under_a_mid_page_section_banner():
    raw = ("本报讯 近日，县里召开会议，部署春耕生产工作。\n图片新闻\n春耕田野忙\n"
           "3月6日，农民在河湾镇的田里驾驶农机翻耕土地。\n本报记者 林晓红 摄\n")
    tags = ["B-para", "banner", "B-para", "cont", "byline"]
    assert photo_item_titles(read_lines(raw), tags) == ["B-para", "banner", "B-title", "para", "byline"]
    # a banner at the page's top is the rules' and the other corrections' business
    assert photo_item_titles(read_lines(raw), ["banner", "banner", "B-para", "cont", "byline"])[2] == "B-para"


@pytest.mark.parametrize("note", ["（来源：广西日报）", "（稿源：县融媒体中心）", "（县医保局供稿）"])
def test_source_notes_of_either_form_close_the_item_above(note):
    raw = f"\n答：到镇便民服务中心办理。\n{note}\n春茶开采\n本报讯 近日，茶农开采春茶。\n"
    assert supplied_notes(read_lines(raw), ["B-para", "cont", "B-title", "para"])[1] == "byline"


def test_masthead_over_the_date_line_is_a_banner_in_the_rules():
    from corpus_tools.layout.classify import folio_banners
    from corpus_tools.layout.units import build_units
    raw = ("河湾报\n2024年12月10日　星期二\n张山营镇：滑雪季迎来开门红\n"
           "本报讯 12月7日一早，张山营镇的滑雪场已排起长队，游客换上雪具。\n")
    units = build_units(raw)
    folio_banners(units)
    assert [u.kind for u in units[:3]] == ["banner", "banner", "head"]
    # a title over the body, with no date line under it, stays a heading
    units = build_units("张山营镇：滑雪季迎来开门红\n本报讯 12月7日一早，张山营镇的滑雪场已排起长队。\n")
    folio_banners(units)
    assert units[0].kind == "head"
