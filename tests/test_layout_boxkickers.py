"""A box of briefs' name carried by its items as their kicker; a 领导小组 signer is a unit (invented text)."""

from corpus_tools.layout import split_page
from corpus_tools.layout.unitbylines import is_unit


def test_brief_items_carry_the_box_name():
    page = ("某县报　2019年5月2日　第1版　要闻\n\n县里召开大会\n　　日前，县里召开大会，部署全年工作。（王明）\n\n"
            "简讯\n■东镇卫生院开展义诊。（李红）\n■西镇捐赠帐篷十顶。（李红）\n")
    lay = split_page(page)
    items = [a for a in lay.articles if not a.title]
    assert len(items) == 2
    assert all(a.kicker == "简讯" for a in items)
    assert all(a.kicker != "简讯" for a in lay.articles if a.title)


def test_leading_group_signer_is_a_unit():
    assert is_unit("县防治领导小组")
    assert not is_unit("王小组")


def test_notice_label_over_formal_name_titles_the_notice():
    page = ("某县报　2019年5月2日　第1版\n\n通告\n《某县防汛指挥部通告（第5号）》\n一、严禁下河游泳。\n二、注意水情。\n"
            "某县防汛指挥部\n2019年5月2日\n")
    lay = split_page(page)
    assert lay.articles[0].title == "通告"
    assert lay.articles[0].body.startswith("《某县防汛指挥部通告（第5号）》")
