"""Tests of corpus_tools.layout.gapheads and the masthead small print (user31 F1), on invented pages."""

from corpus_tools.layout import split_page
from corpus_tools.layout.patterns import is_masthead_line

MASTHEAD = ("某某报\n中共某某市委机关报　　内部准印证：湘株字第35号\n2001年4月12日　星期四　农历辛巳年\n"
            "第801期　今日四版\n\n")
FIRST = ("稳字当头　干字为先\n奋力实现开门红\n文/图　本报记者　周文\n日前，市委全会在市行政中心召开。\n"
         "市委书记出席并讲话，市长主持会议。\n会议要求各镇抓好落实。\n\n")
SECOND = ("山乡巨变\n小茶叶做成大产业\n本报讯　记者李红、通讯员张明报道：春\n"
          "分时节，某某镇的茶园一片新绿，茶农正\n在忙着采摘。\n全镇带动三百户农民增收。\n\n")
THIRD = ("花炮产品走向世界\n■特约通讯员　王建军\n走进某某街道的花炮厂，生产线一派繁\n忙，今年产值预计突破两亿元。\n"
         "公司负责人说，企业新上了技改项目。\n\n")
FOURTH = ("某某镇夯实基层堡垒\n本报讯　记者李红、通讯员陈刚报道：市\n委组织部着力提升村级党组织组织力。\n"
          "每名党员联系九户群众。\n")


def test_print_permit_is_masthead_small_print():
    assert is_masthead_line("中共某某市委机关报　　内部准印证：湘株字第35号")
    assert is_masthead_line("内部准印证号：湘A-0123")
    assert not is_masthead_line("市里为企业办理准印证")


def test_masthead_small_print_stays_out_of_the_first_article():
    arts = split_page(MASTHEAD + FIRST).articles
    assert len(arts) == 1
    assert arts[0].title == "奋力实现开门红"
    assert arts[0].body.startswith("日前，")
    assert "准印证" not in arts[0].body and "今日四版" not in arts[0].body


def test_titles_do_not_move_one_article_up_on_a_head_first_front_page():
    arts = split_page(MASTHEAD + FIRST + SECOND + THIRD + FOURTH).articles
    got = [(a.title, a.body[:6]) for a in arts]
    assert got == [("奋力实现开门红", "日前，市委全"), ("小茶叶做成大产业", "本报讯 记者"),
                   ("花炮产品走向世界", "走进某某街道"), ("某某镇夯实基层堡垒", "本报讯 记者")]
    assert "花炮产品" not in arts[1].body


def test_a_short_kicker_over_a_longer_title_is_its_kicker():
    page = ("县里召开大会\n记者　王明\n日前，全县召开大会。会议要求抓好落实。\n"
            "文化某县\n灯会在古城开幕\n本报记者　刘华\n本报讯　日前，灯会在古城开幕，\n群众纷纷前来观看。\n")
    arts = split_page(page).articles
    assert [(a.title, a.kicker) for a in arts][-1] == ("灯会在古城开幕", "文化某县")
