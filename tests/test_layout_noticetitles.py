"""A notice's formal title printed over two lines (layout/noticetitles.py)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.noticetitles import two_line_notice_titles

# 镇平县 paper, invented text (real townships): the issuing unit printed over the notice's formal title
ZHENPING = ("镇平报　　2019年4月12日　星期五　　第2版\n"
            "石佛寺镇玉雕产业园开园\n"
            "本报讯 4月10日，石佛寺镇玉雕产业园开园，首批入驻企业36家。\n"
            "镇平县城市管理局\n"
            "关于规范城区户外广告设置的通告\n"
            "为加强城区户外广告管理，现就有关事项通告如下：\n"
            "一、未经审批不得设置户外广告；\n"
            "二、已设置的违规广告于4月30日前自行拆除。\n")


def test_the_unit_over_the_formal_title_is_part_of_the_title():
    layout = split_page(ZHENPING)
    titles = [a.title for a in layout.articles]
    assert "镇平县城市管理局关于规范城区户外广告设置的通告" in titles
    first = next(a for a in layout.articles if a.title == "石佛寺镇玉雕产业园开园")
    assert first.body.endswith("首批入驻企业36家。")
    assert check_no_loss(ZHENPING, layout) == []


def test_a_unit_line_under_an_unfinished_sentence_is_left_alone():
    raw = "县里组织了\n镇平县城市管理局\n关于规范城区户外广告设置的通告\n为加强管理，现通告如下：\n"
    tags = ["para", "cont", "B-title", "para"]
    assert two_line_notice_titles(read_lines(raw), tags) == tags


def test_running_text_that_cites_a_decision_is_no_notice_title():
    raw = ("听取了民法典草案的说明、\n关于建立健全国家安全法律制度的\n决定\n草案的说明。下午，各代表团审议报告。\n")
    tags = ["para", "cont", "cont", "cont"]
    assert two_line_notice_titles(read_lines(raw), tags) == tags


def test_a_column_name_over_a_notice_is_not_its_signer():
    # review: 公示公告 names a notice kind; it is a column over the notice, not the unit of its title
    raw = ("城郊乡举办农民丰收节\n本报讯 9月23日，城郊乡在龙湖村举办第六届农民丰收节，农产品展销、农事趣味比赛等活动吸引了上千名群众参与。\n"
           "活动现场，各村摆出的葡萄、莲藕、土鸡蛋等特色农产品很快被抢购一空。（记者　黄　芳）\n公示公告\n"
           "关于2024年度县级文明村镇拟表彰名单的公示\n根据县级文明村镇测评结果，经县文明委研究，拟表彰城郊乡龙湖村等20个村镇为2024年度县级文明村镇，现予以公示。\n"
           "公示期为5个工作日。如有异议，请在公示期内向县文明办反映。\n县精神文明建设委员会办公室\n2024年11月20日\n")
    assert [a.title for a in split_page(raw).articles] == ["城郊乡举办农民丰收节", "关于2024年度县级文明村镇拟表彰名单的公示"]
