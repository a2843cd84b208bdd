"""Brief columns: titled briefs after a signature, ▶ marks, a headline over the column (markitems, briefheads)."""

from corpus_tools.layout import check_no_loss, split_page
from layout_page_helpers import page_titles as _titles


AFTER_SIGNATURE = (
    '溪口报\u30002015年3月6日\u3000星期五\u3000第2版\n'
    '\n'
    '溪口镇新建垃圾中转站投用\n'
    '\n'
    '本报讯\u30003月4日，溪口镇垃圾中转站投入使用。该站总投资\n'
    '120万元，日处理能力30吨，覆盖全镇14个行政村。镇环卫所\n'
    '所长周明说，以后村里的垃圾当天就能清运。（何晓琴）\n'
    '\n'
    '■县第二中学新教学楼封顶\u30003月2日，县第二中学\n'
    '新教学楼主体封顶，预计秋季投入使用。\n'
    '\n'
    '■城关镇开展春季义诊\u3000城关镇卫生院医生走进\n'
    '六个社区，为居民免费测血压、查血糖。\n'
    '\n'
    '■全县启动春耕备耕物资检查\u3000连日来，县农业\n'
    '局对全县农资门店开展拉网式检查。\n'
)

ARROWS = (
    '和平报\u30002020年9月4日\u3000星期五\u3000第3版\n'
    '\n'
    '民族团结一家亲\n'
    '\u3000\u3000▶结对帮扶送冬煤\u3000河东镇组织干部与困难户结\n'
    '对，帮助21户群众拉运冬煤80吨。（李\u3000红）\n'
    '\u3000\u3000▶“夜校课堂”开进村委会\u3000河西镇在村委会开\n'
    '设夜校，每周二晚为村民上课。（张\u3000强）\n'
    '\u3000\u3000▶邻里节上话团结\u3000新华社区举办邻里节，各族\n'
    '群众一起包饺子。（李\u3000红）\n'
)

HEAD_AFTER = (
    "沙河报　2010年10月22日　星期五　第2版\n"
    "10月以来，洋河镇推行“一河一策”，对大洋河12公里河道实行\n"
    "网格化巡查，镇村两级河长每周巡河不少于两次，拆除违建网箱\n"
    "37处。\n"
    "（通讯员 赫连波）\n"
    "洋河镇“河长”巡河常态化\n"
    "◆药山镇建成村级电商服务站　近日，药山镇在韭菜沟村等5个村\n"
    "建成电商服务站，帮助村民网上销售榛子。（通讯员 佟　丹）\n"
    "◆县博物馆推出剪纸展　10月10日，满族剪纸作品展在县博物馆\n"
    "开展，展出作品120余幅。（富丽娜）\n"
)


def test_briefs_after_a_signed_article_are_articles():
    assert _titles(AFTER_SIGNATURE) == ["溪口镇新建垃圾中转站投用", "县第二中学新教学楼封顶", "城关镇开展春季义诊",
                                        "全县启动春耕备耕物资检查"]
    body = split_page(AFTER_SIGNATURE).articles[0].body
    assert "■" not in body and "义诊" not in body


def test_arrow_marked_briefs_under_a_column_name():
    layout = split_page(ARROWS)
    assert check_no_loss(ARROWS, layout) == []
    assert ["".join(a.title.split()) for a in layout.articles] == ["结对帮扶送冬煤", "“夜校课堂”开进村委会", "邻里节上话团结"]
    assert {a.section for a in layout.articles} == {"民族团结一家亲"}


def test_headline_over_titled_briefs_is_not_the_first_briefs():
    titles = _titles(HEAD_AFTER)
    assert "药山镇建成村级电商服务站" in titles and "县博物馆推出剪纸展" in titles
    brief = next(a for a in split_page(HEAD_AFTER).articles if a.title == "药山镇建成村级电商服务站")
    assert "".join(brief.body.split()).startswith("近日，药山镇")
