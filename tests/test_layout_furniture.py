"""Page furniture by its form, the page's name as section, short doubled headlines, article starts without blank
lines and column names over titles (user29 F6, F7, F13; user29b F1, F2). Invented pages."""

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.furniture import is_address_line, is_footer_line, is_paper_masthead, is_promo_line
from corpus_tools.layout.patterns import is_folio_line, page_name, section_for

METHODS = ("auto", "rules", "model")

FURNISHED = ("弥渡报\n弥渡县融媒体中心主办　　2021年6月17日　星期四\n第04版　社区·网格\n\n"
             "乡间漫步\n白马村旧貌换新颜\n本报记者　钟立\n　　走进白马村，房前屋后干净整洁，村道两旁绿树成荫。\n"
             "　　村党支部书记介绍，白马村还与邻近的山心村结成帮扶对子。\n\n"
             "网格员守护平安\n本报记者　何清\n　　清晨七点，南城社区网格员已经开始入户排查。\n\n"
             "本报地址：弥渡县府前路　邮编：675600\n本版编辑：李燕　美编：柯美\n扫码下载“弥渡发布”客户端\n")


def test_furniture_forms():
    assert is_folio_line("弥渡县融媒体中心主办　　2021年6月17日　星期四")
    assert is_folio_line("要闻　A1") and is_folio_line("社区·网格　04")
    assert not is_folio_line("县融媒体中心主办的培训班2018年6月14日开班")
    assert is_promo_line("扫码下载“弥渡发布”客户端") and is_promo_line("扫描二维码关注弥渡日报微信公众号")
    assert not is_promo_line("村民下载了手机客户端。")
    assert is_address_line("本报地址：弥渡县府前路　邮编：675600")
    assert not is_address_line("地址：弥渡县人民路8号　电话：1234567")  # (a notice's contact line)
    assert not is_footer_line("全县推进人居环境整治")
    assert is_paper_masthead("弥渡报　　弥渡县融媒体中心主办")


@pytest.mark.parametrize("method", METHODS)
def test_furniture_is_no_article(method):
    layout = split_page(FURNISHED, method=method)
    assert not check_no_loss(FURNISHED, layout)
    titles = [a.title for a in layout.articles]
    assert not any("主办" in (t or "") or "客户端" in (t or "") or "邮编" in (t or "") for t in titles)
    bodies = "".join(a.body or "" for a in layout.articles)
    assert "客户端" not in bodies and "邮编" not in bodies


def test_section_is_the_page_name():
    layout = split_page(FURNISHED)
    assert {a.section for a in layout.articles} == {"社区·网格"}
    assert [(a.kicker, a.title) for a in layout.articles] == [("乡间漫步", "白马村旧貌换新颜"), (None, "网格员守护平安")]
    assert page_name("要闻　A1") == "要闻" and page_name("第04版　社区·网格") == "社区·网格"
    assert section_for([(0, "MIDU BAO"), (1, "2021年6月17日　星期四"), (5, "乡间漫步")], 9) == "乡间漫步"
    assert section_for([(0, "MIDU BAO"), (1, "2021年6月17日")], 9) is None


def test_running_head_is_no_title():
    page = ("弥渡报　　2009年3月12日　星期四\n要闻　A1\n编辑：谭文　版式：梁伟\n\n县委召开全会\n本报记者　黄东\n"
            "　　日前，县委全会召开。\n\n河道清了\n本报记者　林华\n　　连日来，县水务局对河道开展巡查。\n")
    for method in METHODS:
        layout = split_page(page, method=method)
        assert [a.title for a in layout.articles] == ["县委召开全会", "河道清了"], method
        assert {a.section for a in layout.articles} == {"要闻"}, method


@pytest.mark.parametrize("method", METHODS)
def test_short_doubled_headline(method):
    page = "弥渡报\n2005年4月21日　星期四\n\n乡乡村村振振兴兴\n本报记者　何清\n　　近日，山心村组织村民开展环境卫生整治活动。\n"
    layout = split_page(page, method=method)
    assert [a.title for a in layout.articles] == ["乡村振兴"]
    assert not check_no_loss(page, layout)
    word = "家家户户\n本报记者　何清\n　　近日，家家户户开展卫生整治。\n"  # (a word printed doubled in the text too)
    assert split_page(word, method=method).articles[0].title == "家家户户"


def test_undated_page_is_not_titled_with_the_paper():
    page = "弥渡报\n寅街镇推进人居环境整治，深化网格化管理。\n"
    for method in METHODS:
        assert split_page(page, method=method).articles[0].title is None, method


GAPLESS = ("弥渡报　　　　弥渡县融媒体中心主办\n2020年9月16日　星期三　第1版　要闻\n\n"
           "山村蹚出致富路\n□本报记者　田东　通讯员　雷林\n　　天刚蒙蒙亮，驻村干部已经走在田间地\n头。\n"
           "　　村民们都说，他是村里的“金名片”。\n"
           "把群众放在心上\n本报评论员\n　　发展是第一要务。当前，全县上下要全面推进乡\n村振兴。\n"
           "　　让我们在这片热土上奋勇争先。\n"
           "县委全会召开\n　　日前，县委全会在县会议中心召开。\n县委书记出席并讲话。（胡红）\n"
           "生态家园\n守护一河清水\n　　连日来，县水务局组织人员开展巡河。\n"
           "　　“每天傍晚都来河边散步。”村民说。\n")


def test_article_starts_without_blank_lines():
    layout = split_page(GAPLESS)
    assert not check_no_loss(GAPLESS, layout)
    assert [a.title for a in layout.articles] == ["山村蹚出致富路", "把群众放在心上", "县委全会召开", "守护一河清水"]
    assert "生态家园" not in (layout.articles[2].body or "") + (layout.articles[3].title or "")
    assert {a.section for a in layout.articles} == {"要闻"}


def test_read_corpus_frame_has_no_furniture():
    corpus = ct.read_corpus(pd.DataFrame({"issue_id": ["a"], "date": ["2021-06-17"], "text": [FURNISHED]}))
    frame = corpus.articles_frame()
    assert list(frame["title"]) == ["白马村旧貌换新颜", "网格员守护平安"]


@pytest.mark.parametrize("method", ("auto", "model"))
def test_two_line_bylines_stay_with_their_article(method):
    page = ("县委全会召开\n本报记者　黄东\n通讯员　曾雅　梁辉\n　　日前，县委全会在县会议中心召开。\n\n"
            "河长巡河护碧水\n本报记者　林华\n通讯员　罗清　谭嘉\n　　连日来，县水务局对河道开展巡查。\n")
    layout = split_page(page, method=method)
    assert [(a.title, [n for _, n in a.byline]) for a in layout.articles] == [
        ("县委全会召开", ["黄东", "曾雅", "梁辉"]), ("河长巡河护碧水", ["林华", "罗清", "谭嘉"])]


def test_two_line_title_without_blank_line_stays_whole():
    page = ("　　全县新建农田三千亩，配套沟渠十八\n公里。\n　　新坍镇投入资金五百万元。\n　　全县发放贷款一亿元，惠及\n"
            "农户五千户。\n　　长荡镇组织农技人员下乡。\n让党旗在基层\n一线高高飘扬\n　　县委组织部推进基层党组织建设，\n"
            "着力提升组织力。\n　　全县选派干部到村任职。\n")
    titles = [a.title for a in split_page(page).articles]
    assert "让党旗在基层一线高高飘扬" in titles


def test_notice_heading_over_an_indented_paragraph():
    page = ("　　全县新建农田三千亩，配套沟渠十八\n公里。\n　　新坍镇投入资金五百万元。\n　　全县发放贷款一亿元，惠及\n"
            "农户五千户。\n　　长荡镇组织农技人员下乡。\n通　告\n　　根据有关规定，现将有关事项通告如下：请有关单\n"
            "位于8日前到县自然资源局办理。特此通告。\n县自然资源局\n2025年6月12日\n")
    layout = split_page(page)
    assert not check_no_loss(page, layout)
    assert "县自然资源局" not in [a.title for a in layout.articles]
