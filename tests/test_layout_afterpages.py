"""Pages printing every headline after its body (corpus_tools.layout.afterpages; round 32, user32b F1)."""

from corpus_tools.layout.assemble import check_no_loss, split_page

#: Three articles, each headline after its body, one with a byline line under its headline (invented).
PAGE = """民生

　　城西路改造工程进入收尾阶段。沿线两公里管网已全部完工，
预计月底恢复通车。
　　县住建局有关负责人表示，将加强质量监管。

背街小巷换新颜
本报记者　孟凡　刘洋

　　本报讯（记者　张新　通讯员　王海涛）
城东老旧小区改造日前开工，涉及楼房二十栋、居民八百余户。
　　县住建局派驻技术人员全程监督。

老旧小区改造开工

　　近日，河东社区组织志愿者走进独居老人家中，送去米面油。
　　下一步，社区将推广这一做法。（刘洋）

志愿服务暖人心
"""


def test_each_headline_closes_the_article_above_it():
    layout = split_page(PAGE)
    assert check_no_loss(PAGE, layout) == []
    assert [a.title for a in layout.articles] == ["背街小巷换新颜", "老旧小区改造开工", "志愿服务暖人心"]
    assert layout.articles[0].byline == [("记者", "孟凡"), ("记者", "刘洋")]
    assert ("记者", "孟凡") not in layout.articles[1].byline
    assert layout.articles[2].byline == [("", "刘洋")]


def test_a_head_first_page_opening_on_a_tail_is_left_alone():
    from corpus_tools.layout.afterpages import regroup_after_page
    from corpus_tools.layout.units import Unit

    kinds = [("body", 0), ("headline", 1), ("body", 1), ("headline", 2), ("body", 2)]
    units = [Unit("body", [(10 * i, 10 * i + 5)], "文字。", article=a, final=k, rank=float(i))
             for i, (k, a) in enumerate(kinds)]
    assert not regroup_after_page(units)  # (the last headline has a body under it: headlines stand above)
    assert [u.article for u in units] == [0, 1, 1, 2, 2]
    units.pop()  # (now every headline closes a body and none opens one)
    assert regroup_after_page(units)
    assert [u.article for u in units] == [0, 0, 3, 3]
