"""Lists printed as items of their own after an article (layout/listboxes.py)."""

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.listboxes import headed_lists

# 临泽县 paper, invented text (real townships): a list of prices after an article closed by its byline
LINZE = ("临泽报　　2020年9月18日　星期五　　第2版\n"
         "平川镇红枣进入采收期\n"
         "本报讯 连日来，平川镇2万亩红枣陆续成熟，枣农们忙着采摘、\n"
         "分拣、晾晒，预计总产量达6000吨。\n"
         "记者　王丽娜\n"
         "临泽小枣收购参考价\n"
         "（9月16日）\n"
         "特级　8—10元/公斤\n"
         "一级　6—8元/公斤\n"
         "二级　4—6元/公斤\n"
         "（县林业和草原局供稿）\n"
         "沙河镇举办农民丰收节\n"
         "本报讯 9月15日，沙河镇在西寨村举办农民丰收节，展销特色农产品30余种。\n")


def test_a_list_after_an_article_is_an_article_of_its_own():
    layout = split_page(LINZE)
    box = next(a for a in layout.articles if a.title == "临泽小枣收购参考价")
    assert box.body.startswith("特级") and box.body.endswith("4—6元/公斤")
    assert box.byline == [("", "县林业和草原局")]
    above = next(a for a in layout.articles if a.title == "平川镇红枣进入采收期")
    assert above.body.endswith("6000吨。") and [r for r, _ in above.byline] == ["记者"]
    assert check_no_loss(LINZE, layout) == []


def test_numbered_rows_under_a_two_line_heading_and_a_dated_note():
    raw = ("为群众办实事。\n全县今冬明春\n重点项目进度\n（截至11月20日）\n1.游客服务中心　完成投资1200万元\n"
           "2.文化展示园　完成投资860万元\n（县发展和改革局供稿）\n")
    tags = headed_lists(read_lines(raw), ["cont", "B-title", "title", "title", "B-para", "cont", "byline"])
    assert tags == ["cont", "B-title", "title", "subtitle", "para", "para", "byline"]


@pytest.mark.parametrize("raw, tags", [
    # an in-body list under a subhead: no unit's credit closes it
    ("会议提出三项要求。\n下步工作安排\n1.抓好秋收\n2.抓好秋种\n会议要求各乡镇抓好落实。\n",
     ["para", "para", "cont", "cont", "para"]),
    # the heading goes on a sentence cut by the column: the text above is not finished
    ("县里今年安排了\n全县新建项目\n重点项目进展一览\n1.公路改建\n2.河道治理\n（县发展和改革局供稿）\n",
     ["para", "cont", "cont", "cont", "cont", "byline"]),
])
def test_other_lists_are_left_alone(raw, tags):
    assert headed_lists(read_lines(raw), tags) == tags


def test_an_unsigned_article_s_numbered_points_are_no_list_box():
    # review: an in-body subhead over numbered points, the article's own unit credit under them
    raw = ("县农业农村局部署春耕备耕工作\n本报讯 3月12日，县农业农村局召开春耕备耕工作推进会，对全县春耕生产进行安排部署。会议指出，今年全\n"
           "县计划种植粮食作物42万亩，各乡镇要早谋划、早动手，确保不误农时。\n会议要求\n"
           "1.各乡镇要落实种植面积，分解到村到户，确保完成全年粮食生产任务。\n2.农技人员要深入田间地头开展技术指导，帮助群众解决生产难题。\n"
           "3.加强农资市场监管，严厉打击假劣农资，保障农民利益。\n（县农业农村局供稿）\n湛河乡开展防汛演练\n"
           "本报讯 日前，湛河乡在沙河大堤组织开展防汛应急演练，乡村干部和民兵100余人参加。演练模拟堤防出现\n"
           "管涌险情，队员们迅速集结、抢筑围井，整个过程紧张有序。\n（记者　李明）\n")
    arts = split_page(raw).articles
    assert [a.title for a in arts] == ["县农业农村局部署春耕备耕工作", "湛河乡开展防汛演练"]
    assert "会议要求" in arts[0].body
