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
