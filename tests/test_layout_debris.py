"""Running headers, folios and staff lines among the articles (corpus_tools.layout.debris)."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.debris import debris_tags, is_debris_line
from corpus_tools.layout.lines import read_lines

#: A 岳西-style page: the running header repeated at a column break, a folio inside a paragraph,
#: a staff line and a folio at the foot.
PAGE = """2024年6月7日　星期五　第2版　综合新闻

天堂镇举办夏季招聘会
　　6月5日，天堂镇在镇文化广场举办夏季专场招聘会，42家企业提供岗位1200余个。（储佳慧）

岳西报　2024年6月7日　星期五　第2版
2

店前镇村级光伏电站并网发电
本报记者　汪　洋
　　近日，店前镇6个村级光伏电站全部并网发电，总装机容量达1.8兆瓦，
2
所得收益将全部用于村级公益事业。

责任编辑：储小燕　版式：王　磊　校对：汪　芳
— 2 —
"""


def test_debris_lines_by_form():
    texts = ["菖蒲镇开展防汛应急演练", "岳西报　2024年6月7日　星期五　第2版", "— 2 —", "责任编辑：储小燕　版式：王　磊",
             "2024年6月6日"]
    assert [is_debris_line(texts, i, top=False) for i in range(len(texts))] == [False, True, True, True, False]
    # (a date alone at the page's top is its date line; a column of figures holds no folio)
    assert is_debris_line(["2024年6月6日"], 0, top=True)
    assert not is_debris_line(["12", "35", "28"], 1, top=False)


def test_debris_is_no_article_text_and_a_cut_paragraph_goes_on():
    layout = split_page(PAGE)
    assert check_no_loss(PAGE, layout) == []
    arts = {a.title: a for a in layout.articles}
    assert arts["天堂镇举办夏季招聘会"].body.endswith("提供岗位1200余个。")
    body = arts["店前镇村级光伏电站并网发电"].body
    assert "近日" in body and body.replace("\n", "").endswith("总装机容量达1.8兆瓦，所得收益将全部用于村级公益事业。")
    for art in layout.articles:
        assert "责任编辑" not in art.body and "星期五" not in art.body and "—" not in art.body


def test_tags_must_match_the_lines():
    with pytest.raises(ValueError, match="tags has 1 tags for 2 lines"):
        debris_tags(read_lines("甲乙丙\n丁戊己\n"), ["para"])


def test_line_index_is_checked():
    with pytest.raises(IndexError, match="out of range"):
        is_debris_line(["甲"], 3, top=False)


def test_a_running_header_naming_the_page_top_is_furniture():
    from corpus_tools.layout.debris import repeats_page_top

    top = ["新野报　　2021年10月14日　星期四　　第3版", "第3版　经济"]
    assert repeats_page_top("2021年10月14日　经济　新野报", top)
    assert not repeats_page_top("2021年10月14日", top)  # a notice's date
    assert not repeats_page_top("2021年10月12日　县农业农村局", top)
    page = "\n".join(top) + """

沙堰镇纺织产业园项目开工
本报记者　曹建民
　　10月11日，沙堰镇纺织产业园项目开工，总投资3.2亿元。

2021年10月14日　经济　新野报

简讯
■王庄镇召开秋季农业生产推进会，部署小麦播种工作。
■溧河铺镇便民服务中心启用。
"""
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    # (round 32, user32b F5: the 简讯 head is the box's banner, each item an article)
    assert [a.title for a in layout.articles] == ["沙堰镇纺织产业园项目开工", None, None]
    assert all("新野报" not in a.body for a in layout.articles)


@pytest.mark.parametrize("line", ["（责任编辑　李　平）", "本版编辑：江　涛", "（编辑：卢　敏）", "（编辑　白　雪）"])
def test_staff_lines_in_brackets_or_of_the_page_are_no_byline_nor_body(line):
    raw = f"招聘启事\n　　因工作需要，本公司招聘财会人员2名。\n嵩县伊河建材有限公司\n2004年3月22日\n{line}\n"
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    art = layout.articles[0]
    # (the notice's signer is its byline, layout.noticesigners; the staff line is neither byline nor body)
    assert art.byline == [("", "嵩县伊河建材有限公司")] and "编辑" not in art.body


def test_a_headline_under_a_running_header_after_a_signed_item_opens_the_next_article():
    raw = ("招贤镇黄烟收购进度过半\n本报记者　庄晓东\n连日来，招贤镇烟叶收购站内一派繁忙，\n烟农们排队交售烟叶，收入稳中有增。\n"
           "浮来山街道银杏节吸引八方游客\n金秋时节，浮来山的千年银杏树叶片金黄\n，吸引了大批游客。（徐　静）\n"
           "今日莒县　2024年11月22日　星期五\n- 4 -\n洛河镇新建冬暖式大棚120个\n走进洛河镇蔬菜产业园，一排排新建的冬\n"
           "暖式大棚整齐排列，工人们正在安装保温被。\n（通讯员　管志强）\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [a.title for a in layout.articles][-1] == "洛河镇新建冬暖式大棚120个"
    assert "".join(layout.articles[-2].body.split()).endswith("吸引了大批游客。")


def test_an_indented_paragraph_under_a_folio_is_no_headline():
    # review: the headline-under-furniture pass took an indented paragraph's first line for a title
    raw = ("县里部署防汛工作\n本报讯　连日来，全县干部群众冒雨奋战，\n加固河堤，抢修堤坝。\n2\n　　镇党委书记王明在讲话中强调\n"
           "各村要克服麻痹思想，落实责任，确保群众安全。（记者　张华）\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [a.title for a in layout.articles] == ["县里部署防汛工作"]
