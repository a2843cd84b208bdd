"""Tests for corpus_tools.layout.markitems (layout47): a run-in title alone on its line, a lone
titled brief between two signatures."""

from layout_page_helpers import page_blocks, page_titles


def test_a_run_in_title_alone_on_its_line_is_the_items_headline():
    page = ("【乡镇动态】\n"
            "●甲乡建成文化广场　甲乡投资二十万元建成文化广场一处，\n"
            "群众有了休闲好去处。（李　明）\n"
            "●乙镇召开经济工作会议　\n"
            "三月二日，乙镇召开经济工作会议，部署全年工作任务，\n"
            "提出全年财政收入增长一成。（王　芳）\n"
            "●丙乡修通村村公路　丙乡今年修通村级公路三十公里，\n"
            "九个村通了水泥路。（赵　强）\n")
    titles = page_titles(page)
    assert "乙镇召开经济工作会议" in titles
    assert all(t for t in titles)
    page_blocks(page)  # (no character lost)


def test_a_lone_titled_brief_between_two_signatures_opens_an_article():
    page = ("甲镇发展茶叶产业\n"
            "　　甲镇今年新种茶叶一千亩，引进良种三个，由合作社统一技术指\n"
            "导，预计三年后进入丰产期。（李　明）\n"
            "◆乙乡开展结对帮扶活动　乙乡机关干部与困难群众结对，每人联\n"
            "系三户，帮助解决实际困难四十多件。（王　芳）\n"
            "【部门动态】\n"
            "■县林业局开展春季植树　县林业局组织干部职工到城郊植树五\n"
            "千株。（县林业局供稿）\n"
            "■县水利局检查汛前准备　县水利局对全县水库开展汛前检查。（赵　强）\n")
    titles = page_titles(page)
    assert "乙乡开展结对帮扶活动" in titles
    blocks = page_blocks(page)
    first_body = next(text for kind, art, text in blocks if kind == "body")
    assert "乙乡" not in first_body
