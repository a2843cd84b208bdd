"""Headlines printed after their bodies, read from the words they share (``layout.afterheads``)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.afterheads import heads_under_jumps, titles_after_closed_bodies
from corpus_tools.layout.lines import read_lines


def _lines(*rows: str) -> list:
    return read_lines("\n".join(rows) + "\n")


def test_heading_run_naming_the_body_above_is_its_title():
    raw = _lines("本报讯 白杨村举办葡萄采摘节，游客走进", "白杨村葡萄园。（通讯员 周林）", "白杨村",
                 "葡萄采摘节开幕", "本报讯 城关社区建成助餐点，老人就近用餐。")
    tags = ["B-para", "cont", "B-title", "title", "para"]
    assert titles_after_closed_bodies(raw, tags) == ["B-para", "cont", "title", "title", "B-para"]


def test_run_is_cut_where_the_words_turn_to_the_body_below():
    raw = _lines("本报讯 城关社区建成助餐点，助餐点让", "老人就近用餐。", "（李 华）", "城关社区", "建成助餐点",
                 "梨花山花海", "游客在梨花山赏花，梨花山花海正盛。")
    tags = ["B-para", "cont", "byline", "B-title", "title", "para", "para"]
    out = titles_after_closed_bodies(raw, tags)
    assert out[3:6] == ["title", "title", "B-title"]


def test_body_with_its_own_headline_keeps_the_run():
    raw = _lines("白杨村葡萄采摘节开幕", "本报讯 白杨村举办葡萄采摘节。（周林）", "白杨村葡萄", "销往京津",
                 "本报讯 葡萄销售火热。")
    for tags in (["B-title", "para", "B-title", "title", "para"], ["B-title", "B-para", "B-title", "title", "para"]):
        assert titles_after_closed_bodies(raw, tags) == tags


def test_run_sharing_no_words_with_the_body_above_is_the_next_headline():
    raw = _lines("本报讯 白杨村举办葡萄采摘节。（周林）", "区人大代表", "视察城区道路", "本报讯 区人大代表视察城区道路建设。")
    tags = ["B-para", "B-title", "title", "para"]
    assert titles_after_closed_bodies(raw, tags) == tags


def test_split_page_loses_nothing_on_a_page_of_headlines_after_bodies():
    raw = ("本报讯 白杨村举办葡萄采摘节，游客走进\n白杨村葡萄园。（通讯员 周林）\n白杨村\n葡萄采摘节开幕\n"
           "本报讯 城关社区建成助餐点，助餐点让\n老人就近用餐。\n（李 华）\n城关社区\n建成助餐点\n")
    assert check_no_loss(raw, split_page(raw)) == []


def test_lead_after_a_notice_signed_off_by_a_date_opens_a_headless_body():
    raw = _lines("三、联系电话：0537-4412345。", "共青团某县委员会", "2024年9月29日",
                 "本报讯 眼下，姚村镇玉米进入收获期，收割机", "来回穿梭。镇里今年推广密植技术。（通讯员",
                 "孔令军）", "姚村镇玉米", "喜获丰收", "", "孔林秋色", "秋日的孔林古木参天，吸引众多游客。")
    tags = ["cont", "B-kicker", "banner", "para", "cont", "cont", "cont", "cont", "para", "cont"]
    out = titles_after_closed_bodies(raw, tags)
    # the last title line shares no word but the blank line parts it from the next headline
    assert out[3] == "B-para" and out[6:8] == ["title", "title"] and out[8] == "B-title"


def test_lead_under_a_short_list_line_opens_a_headless_body():
    raw = _lines("模范个人（2名）：", "侯小兰（瑶族）　细门村村民", "本报讯 县人民医院开通远程专家门诊，群众在",
                 "县里就能看上专家。（通讯员 粟丽芳）", "县人民医院开通", "远程专家门诊",
                 "6月9日，细门村举办晒衣节，游客驻足观赏。")
    tags = ["cont", "cont", "cont", "cont", "B-title", "title", "para"]
    out = titles_after_closed_bodies(raw, tags)
    assert out[2] == "B-para" and out[4:6] == ["title", "title"]
    # under a byline line the lead stays in its article (a column-flow tail may follow)
    raw = _lines("记者 金兰平", "本报讯 县人民医院开通远程专家门诊，群众在", "县里就能看上专家。（通讯员 粟丽芳）",
                 "县人民医院开通", "远程专家门诊", "6月9日，细门村举办晒衣节，游客驻足观赏。")
    tags = ["cont", "cont", "cont", "B-title", "title", "para"]
    assert titles_after_closed_bodies(raw, tags) == tags


def test_headline_after_a_body_signed_in_its_lead_is_given_back():
    raw = _lines("本报讯（通讯员 邵　芳　记者 程　亮）伏岭镇中心学校的操场上", "锣鼓声声，伏岭村的徽剧演员为师生演出。",
                 "伏岭镇：千年徽剧唱响校园", "扬溪镇：冬管茶园保来年", "本报讯 连日来，扬溪镇楼基村的茶园里，村民忙着施肥。")
    tags = ["para", "cont", "cont", "B-title", "para"]
    assert titles_after_closed_bodies(raw, tags)[2:4] == ["title", "B-title"]


def test_full_width_line_after_a_signed_lead_stays_body():
    raw = _lines("本报讯（记者 丁磊洋）欧洲", "议会日前通过了有关结束外国", "军队驻扎的决议。",
                 "国民议会议员投票通过有关决", "议员们随后离开了会场，议会", "将在下周继续讨论此事。")
    tags = ["B-para", "cont", "cont", "para", "cont", "cont"]
    assert titles_after_closed_bodies(raw, tags) == tags


def test_signed_lead_under_its_headline_and_caption_keeps_its_subhead():
    raw = _lines("欧洲反恐形势难言乐观", "图为欧洲议会大厦。", "本报讯（记者 丁磊洋）欧洲反恐形势不容", "乐观，恐怖威胁仍然存在。",
                 "威胁仍然挥之不去", "欧洲各国加强了情报共享，反恐合作不断深化。")
    tags = ["B-title", "caption", "para", "cont", "para", "para"]
    assert titles_after_closed_bodies(raw, tags) == tags


def test_headline_after_the_last_body_over_the_page_foot_is_given_back():
    raw = _lines("本报讯（通讯员 万　霞）木根村“高山蔬菜+避暑旅游”融合发展", "现场会召开，木根村发展避暑民宿89家。",
                 "木根村：高山种菜又迎客", "（编辑：冉　静　校对：简　丹）")
    tags = ["B-para", "cont", "cont", "credit"]
    assert titles_after_closed_bodies(raw, tags) == ["B-para", "cont", "title", "credit"]


def test_headline_ending_in_an_exclamation_after_a_closed_body_at_the_foot():
    # (round 20, layout28) a title may end with ！; at the page's foot under a closing byline it has no other body
    raw = ("城区新增3处“口袋公园”\n近日，蓼城街道建成3处“口袋公园”，成为\n市民休闲的好去处。\n\n"
           "本报讯　连日来，三河尖镇组织党员干部巡查\n淮河堤段，确保安全度汛。\n（记者　胡　斌　见习记者　方　圆）\n"
           "防汛不松劲　堤坝有人守！\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    last = layout.articles[-1]
    assert last.title.replace(" ", "").replace("\u3000", "") == "防汛不松劲堤坝有人守！"
    assert last.body.endswith("确保安全度汛。")


#: A page printing each headline group (title, byline or caption) after its body, articles parted by blank lines.
HEAD_AFTER = ("　　本报讯（记者 付　强）在平安镇的秸秆收储站，\n一捆捆秸秆被装上货车。\n　　全镇秸秆综合利用率已达9\n0%。\n"
              "秸秆打捆离田忙\n\n　　连日来，和平镇的田野里，收获机来回\n穿梭。\n　　眼下，全镇已完成收获面积的81%。\n"
              "和平镇玉米颗粒归仓\n图为村民在晾晒玉米。　本报\n记者　付　强　摄\n\n"
              "　　走进兴华镇东升村，水泥路通到家门\n口，柴草垛码放整齐。\n兴华镇整治人居环境\n文/图　本报记者　鲁　宁\n\n"
              "　　10日，县委书记深入兴华镇调研乡村\n振兴工作。\n县委书记到兴华镇调研\n本报记者　付　强\n")


def test_headline_groups_printed_after_their_bodies_close_them():
    layout = split_page(HEAD_AFTER)
    assert check_no_loss(HEAD_AFTER, layout) == []
    assert [a.title for a in layout.articles] == ["秸秆打捆离田忙", "和平镇玉米颗粒归仓", "兴华镇整治人居环境",
                                                  "县委书记到兴华镇调研"]
    assert layout.articles[1].captions and layout.articles[1].body.rstrip().endswith("81%。")
    assert [n.replace("\u3000", "") for _, n in layout.articles[2].byline] == ["鲁宁"]  # (not the next article's)
    assert [n.replace("\u3000", "") for _, n in layout.articles[3].byline] == ["付强"]


# --- heads_under_jumps: a heading run printed under a jump mark opens the next article


def test_column_name_and_title_under_a_cut_jump_mark_open_the_next_article():
    raw = _lines("全年目标任务如期完成。（下转第", "3版）", "产业振兴", "一颗核桃富了一个村", "撰稿：李　明",
                 "初夏时节，东坪村的核桃园里一片忙碌。")
    out = heads_under_jumps(raw, ["para", "cont", "para", "para", "byline", "para"])
    assert out == ["para", "cont", "B-kicker", "title", "byline", "para"]


def test_two_line_title_under_a_jump_line_reads_on_and_stays_one_title():
    raw = read_lines("会议要求抓好落实。\n（下转第2版）\n\n石门镇：果园里\n长出致富路\n\n"
                     "　　走进石门镇，漫山果树挂满果实。\n全镇果农今年增收两成。\n")
    tags = ["para", "credit", "para", "cont", "para", "cont"]
    assert heads_under_jumps(raw, tags) == ["para", "credit", "B-title", "title", "para", "cont"]


def test_text_under_a_jump_mark_is_left_alone():
    raw = _lines("会议要求抓好落实。（下转第2版）", "今年以来，全县新建村级文化广场12个，",
                 "群众文化生活日益丰富。")
    tags = ["para", "para", "cont"]
    assert heads_under_jumps(raw, tags) == tags


def test_split_page_ends_the_lead_at_its_jump_mark():
    page = ("今日东坪　2024年5月10日　第1版\n县委召开常委会议部署夏粮收购\n"
            "本报讯（记者 王　磊）5月8日，县委召开常委会议，研究部署\n"
            "夏粮收购工作。会议要求各乡镇做好仓储准备，确保颗粒归仓，\n"
            "全年目标任务如期完成。（下转第\n2版）\n产业振兴\n一颗核桃富了一个村\n撰稿：李　明　摄影：赵　刚\n"
            "初夏时节，东坪村的核桃园里一片忙碌。村民张大山说，今年\n"
            "核桃长势好，一亩地能多收两百斤，日子越过越红火了。\n")
    layout = split_page(page)
    titles = [a.title for a in layout.articles]
    assert "一颗核桃富了一个村" in titles
    lead = next(a for a in layout.articles if a.title == "县委召开常委会议部署夏粮收购")
    assert "产业振兴" not in lead.body and lead.body.rstrip().endswith(("。", "）"))
    assert not check_no_loss(page, layout)


def test_heading_run_with_its_subtitle_under_a_mark_after_unfinished_text():
    raw = _lines("会上，五个村的代表作了发言（下转第2版）", "青山湖畔绘新景", "竹编小镇里的“共同富裕",
                 "图景”", "——石门镇推动文旅融合发展见闻", "初夏时节，青山湖畔的竹编工坊里一片忙碌。")
    tags = ["para", "para", "para", "B-title", "subtitle", "B-para"]
    out = heads_under_jumps(raw, tags)
    assert out[1:5] == ["B-kicker", "title", "title", "subtitle"]
