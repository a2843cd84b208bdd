"""Two columns on one page stay two articles (corpus_tools.layout.columnbanners; round 32, user32b F4/F6)."""

from corpus_tools.layout.assemble import check_no_loss, split_page

PAGE = """专栏　4
2015年3月10日　星期二

专栏

乡村纪事
河边的清晨
□　孟凡

　　清晨的河边，柳枝上挂满了白霜。沿着河堤往西
走，就到了东关街道的老街。
　　老街上的豆腐坊开了三十年，店主每天凌晨三点
起床磨豆子。街坊们说，这是老街的味道。

【百姓生活】
小铺子大人情

　　小区门口新开了一家修鞋铺，师傅是从西河镇搬
进城的。
　　一座城市的温度，往往就藏在这样的小铺子里。（刘洋）


责任编辑：刘平　　校对：王丽
"""


def test_bracketed_column_over_a_headline_opens_its_own_article():
    layout = split_page(PAGE)
    assert check_no_loss(PAGE, layout) == []
    assert [a.title for a in layout.articles] == ["河边的清晨", "小铺子大人情"]
    assert layout.articles[0].byline == [("", "孟凡")]
    assert layout.articles[1].byline == [("", "刘洋")]
    assert layout.articles[1].body.startswith("小区门口")


# --- thirty-seventh round: a bracketed column name over a headline in the rules' own layout ---

from corpus_tools.layout.columnbanners import bracketed_banner_units  # noqa: E402
from corpus_tools.layout.units import Unit  # noqa: E402

COLUMN_OVER_HEAD = """　　会上，各乡镇汇报了秋收进度，县农业农村局作了
技术指导。

【移民新居】
迁出深山　住上新楼
——东坪镇安置点八十户群众乔迁新居
　　本报讯（通讯员　黄小林）九月二十日，东坪镇易地
移民搬迁安置点的八十户群众搬进了新楼，移民搬迁
户王大山说，住进新楼，孩子上学近了。
"""


def test_bracketed_line_over_head_unit_is_banner():
    units = [Unit("head", [(0, 6)], "【移民新居】"), Unit("head", [(7, 16)], "迁出深山　住上新楼"),
             Unit("body", [(17, 40)], "本报讯　九月二十日，八十户群众搬进新楼。")]
    bracketed_banner_units(units)
    assert [u.kind for u in units] == ["banner", "head", "body"]


def test_bracketed_line_over_body_stays():
    units = [Unit("head", [(0, 6)], "【移民新居】"), Unit("body", [(7, 30)], "九月二十日，八十户群众搬进新楼。")]
    bracketed_banner_units(units)
    assert units[0].kind == "head"


def test_rules_title_under_column_name():
    for method in ("rules", "auto"):
        layout = split_page(COLUMN_OVER_HEAD, method=method)
        assert not check_no_loss(COLUMN_OVER_HEAD, layout)
        titles = [a.title for a in layout.articles if a.title]
        assert titles and titles[-1].replace("　", " ").replace(" ", "") == "迁出深山住上新楼"
        assert not any("【" in t for t in titles)
