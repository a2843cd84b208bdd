"""Forms of other county papers (corpus_tools.layout.headforms, patterns, bylines; thirteenth round)."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, lead_byline, split_page
from corpus_tools.layout.arbiter import disputes
from corpus_tools.layout.headforms import (credited_captions, jump_lines, lead_in_kickers, parallel_titles, top_lines,
                                           wrapped_titles)
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.patterns import is_credited_caption, is_parallel_pair, reads_as_kicker

BODY = ("本报讯 4月16日，第五届桃花节在酒埠江镇开幕，\n吸引周边游客2万余人次。\n\n"
        "本届桃花节设置农特产品展销、非遗展演\n等12项活动。\n")


def _lines(text: str):
    return read_lines(text)


@pytest.mark.parametrize("text, want", [
    ("图为正河村茶农采摘春茶。 王川 摄", True),
    ("收割现场。 谭志勇 摄", True),
    ("（王川 摄）", False),
    ("王川 摄", False),
    ("正河村茶农采摘春茶，王川摄", False),
])
def test_credited_caption_form(text, want):
    assert is_credited_caption(text) is want


def test_credited_caption_read_as_body_becomes_a_caption():
    raw = "青片乡茶园迎来采摘季\n\n本报讯 眼下，青片乡茶园进入采摘旺季。\n\n图为茶农采摘春茶。 王川 摄\n"
    tags = ["B-title", "para", "para"]
    assert credited_captions(_lines(raw), tags) == ["B-title", "para", "caption"]


def test_credited_caption_on_the_last_line_is_a_caption():
    raw = "青片乡茶园迎来采摘季\n\n本报讯 眼下，青片乡正河村的高山茶园进入采摘旺季。\n\n图为正河村茶农采摘春茶。 王川 摄\n"
    layout = split_page(raw)
    assert layout.articles[0].captions == ["图为正河村茶农采摘春茶。王川 摄"]
    assert check_no_loss(raw, layout) == []


def test_wrapped_title_read_as_kicker_is_one_title():
    raw = "皇图岭镇加快推进\n农村公路提质改造工程\n\n" + BODY
    tags = ["B-kicker", "title", "para", "cont", "para", "cont"]
    assert wrapped_titles(_lines(raw), tags)[:2] == ["B-title", "title"]


@pytest.mark.parametrize("tags, want", [
    (["title", "banner", "B-para"], ["title", "title", "B-para"]),  # a title after its body, its end read as a banner
    (["banner", "B-title", "para"], ["B-title", "title", "para"]),  # its start read as a banner
])
def test_wrapped_title_read_with_a_banner_is_one_title(tags, want):
    raw = "美国啤酒公司发生枪\n击案致6人死亡\n本报讯 晚上9点多，接到上级通知。\n"
    assert wrapped_titles(_lines(raw), tags) == want


def test_section_banner_next_to_a_title_stays_a_banner():
    raw = "余庆要闻\n天然气产业方兴未艾\n本报讯 天然气产业发展迅速。\n"
    tags = ["banner", "B-title", "para"]
    assert wrapped_titles(_lines(raw), tags) == tags


def test_place_kicker_is_not_a_wrapped_title():
    raw = "网岭镇\n网岭镇加快推进特色产业\n\n" + BODY
    tags = ["B-kicker", "title", "para", "cont", "para", "cont"]
    assert wrapped_titles(_lines(raw), tags)[:2] == ["B-kicker", "title"]


def test_parallel_pair_read_as_kicker_is_one_title():
    assert is_parallel_pair("千年梯田焕新颜", "红米飘香富万家")
    assert not is_parallel_pair("攀枝花乡阿勐控村", "云海梯田迎客来了")
    raw = "千年梯田焕新颜\n红米飘香富万家\n\n" + BODY
    tags = ["B-kicker", "title", "para", "cont", "para", "cont"]
    assert parallel_titles(_lines(raw), tags)[:2] == ["B-title", "title"]


def test_parallel_pair_read_as_two_articles_titles_is_one_title():
    # a page whose headlines follow their bodies, printed with a blank line after every line
    raw = ("本报讯 平遥县推进综治中心建设。\n\n平遥县推动综治中心建设\n\n画好治理同心圆\n\n凝聚治理强动能\n\n"
           "本报讯 城东街道综治中心发挥作用。\n\n城东街道综治中心\n\n完善治理机制 更好服务群众\n")
    tags = ["B-para", "kicker", "title", "B-title", "para", "kicker", "title"]
    assert parallel_titles(_lines(raw), tags) == ["B-para", "kicker", "title", "title", "B-para", "kicker", "title"]


@pytest.mark.parametrize("first, second, want", [
    ("践行“绿水青山就是金山银山”理念", "余村：从“卖石头”到“卖风景”", True),
    ("武汉市硚口区公安分局民警刘健", "“一切都会好起来的”", True),
    ("外交部发言人", "中方对当前中东事态高度关切", True),
    ("千年梯田焕新颜", "红米飘香富万家", False),
    ("县委召开常委会议", "深入学习贯彻党的二十大精神", False),
])
def test_reads_as_kicker(first, second, want):
    assert reads_as_kicker(first, second) is want


def test_lead_in_read_as_title_line_becomes_the_kicker():
    raw = "外交部发言人\n中方对当前中东事态高度关切\n\n" + BODY
    tags = ["B-title", "title", "para", "cont", "para", "cont"]
    assert lead_in_kickers(_lines(raw), tags)[:2] == ["B-kicker", "title"]


def test_place_colon_title_is_no_sentence_dispute():
    raw = "攀枝花乡阿勐控村：云海梯田迎客来\n\n国庆假期，阿勐控村观景台游人如织。\n"
    rules = [("body", True, True), ("body", False, False)]
    assert disputes(_lines(raw), rules, ["B-title", "para"], "before") == {}
    rules_q = [("body", True, True), ("body", False, False)]
    raw_q = "他说：你们怎么看？\n\n国庆假期，阿勐控村观景台游人如织。\n"
    assert disputes(_lines(raw_q), rules_q, ["B-title", "para"], "before") == {0: "sentence_head"}


def test_unit_before_lead_byline_names():
    assert lead_byline("本报讯（县融媒体中心 卢春燕）金秋时节，…") == [("", "卢春燕")]
    assert lead_byline("本报讯（县融媒体中心）金秋时节，…") == []


def test_jump_lines_are_credits_in_no_article():
    raw = ("徽菜“出山”记\n（上接第1版）\n在上庄镇宅坦村，小吃店刚开门就坐满了客人。\n"
           "全县已建成徽菜标准化生产基地5个。\n（下转第2版）\n")
    tags = jump_lines(read_lines(raw), ["B-title", "cont", "cont", "cont", "B-cont"])
    assert tags == ["B-title", "credit", "cont", "cont", "credit"]
    layout = split_page(raw)
    assert "上接" not in layout.articles[0].body and "下转" not in layout.articles[0].body
    assert check_no_loss(raw, layout) == []


@pytest.mark.parametrize("third", ["3　人物·综合", "宽甸满族自治县融媒体中心主办"])
def test_page_number_line_and_publisher_under_the_date_are_top_lines(third):
    raw = f"绩溪报\n2024年11月8日　星期五\n{third}\n徽菜“出山”记\n"
    assert top_lines(read_lines(raw)) == [0, 1, 2]


def test_bare_number_line_away_from_the_top_is_no_page_line():
    raw = "绩溪报\n2024年11月8日　星期五\n徽菜“出山”记\n3　人物·综合\n"
    assert top_lines(read_lines(raw)) == [0, 1]



def test_a_page_line_at_the_foot_is_a_credit_with_its_editors():
    from corpus_tools.layout.headforms import folio_lines
    from corpus_tools.layout.patterns import is_folio_line

    foot = "2024年9月24日　星期二　第1版　要闻　　责任编辑：次仁卓嘎　校对：刘　洋"
    assert is_folio_line(foot)
    raw = read_lines("村里还聘请了3名养殖技术员，定期为藏\n鸡防疫、检测。（通讯员 尼玛顿珠）\n\n" + foot + "\n")
    assert folio_lines(raw, ["B-para", "cont", "cont"]) == ["B-para", "cont", "credit"]
    # a date line closing a body without an editor's credit stays the model's reading
    raw = read_lines("村里还聘请了3名养殖技术员。\n2024年9月24日　星期二\n")
    assert folio_lines(raw, ["B-para", "cont"]) == ["B-para", "cont"]


def test_a_township_alone_over_a_title_is_its_kicker_a_village_its_first_line():
    # the invented pages' convention (pages13): 巴城镇 over 绰墩山村将办… is a kicker,
    # 都镇湾镇十五溪村 over 冷水鱼游出增收路 one title
    from corpus_tools.layout.headforms import subject_first_lines

    tags = ["B-kicker", "title", "para"]
    raw = read_lines("营盘镇\n“秦岭人家”民宿获评省级示范\n本报讯 近日，营盘镇朱家湾村的民宿被评为示范民宿。\n")
    assert subject_first_lines(raw, tags) == tags
    raw = read_lines("萨拉乌素社区\n“北疆文化”进万家\n本报讯 近日，萨拉乌素社区举办文艺演出。\n")
    assert subject_first_lines(raw, tags) == ["B-title", "title", "para"]
    raw = read_lines("我县三个乡镇\n获评省级示范乡镇\n本报讯 近日，省交通运输厅公布名单。\n")
    assert subject_first_lines(raw, tags) == ["B-title", "title", "para"]


def test_a_masthead_line_in_another_script_and_the_internal_line_are_top_lines():
    lines = read_lines("延吉晨报\n연길신문\n2024年7月9日　星期二　第3版　城事\n\n文旅融合看延吉\n夏夜延吉“烟火气”正浓\n")
    assert top_lines(lines) == [0, 1, 2]
    # without a date line: the paper's name over its line in another script and 内部资料
    lines = read_lines("江孜新闻\nJIANGZI XINWEN\n内部资料　免费交流\n\n金秋时节看江孜\n青稞开镰收割\n")
    assert top_lines(lines) == [0, 1, 2]
    # an English line under a headline is no top line
    assert top_lines(read_lines("南岗排瑶欢度耍歌堂\nNangang Yao Villagers Celebrate\n记者 唐晓燕\n")) == []


def test_photo_mark_line_without_a_sentence_end_is_a_caption_inside_its_article():
    raw = ("童坊镇晚稻开镰\n文/赖春生\n　　连日来，童坊镇的稻田里收割机来回穿梭，稻\n谷颗粒归仓。\n△收割机在彭坊村稻田里作业\n"
           "　　该镇今年种植晚稻3.6万亩，预计总产量1.4\n万吨。\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert len(layout.articles) == 1
    assert [b.kind for b in layout.blocks if raw[b.start:b.end].startswith("△")] == ["caption"]
    assert layout.articles[0].body.rstrip().endswith("万吨。")


@pytest.mark.parametrize("head", ["停水通知", "公　告"])
def test_a_notice_label_read_as_a_banner_opens_the_notice(head):
    raw = ("城南社区开展义诊活动\n本报记者　邵　华\n　　6月5日，城南社区组织医生为居民义诊，发放\n药品200余份。\n"
           f"{head}\n　　因管网改造施工，6月9日8时至18时，城南街沿线\n将暂停供水，请用户提前储水。\n县自来水公司\n2024年6月6日\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [("".join((a.title or "").split())) for a in layout.articles] == ["城南社区开展义诊活动", "".join(head.split())]
    assert layout.articles[0].body.rstrip().endswith("药品200余份。")
    assert layout.articles[1].body.rstrip().endswith("请用户提前储水。")  # (round 28: the sign-off stands apart)


def test_a_caption_credit_cut_mid_name_is_the_captions():
    from corpus_tools.layout.photoitems import marked_captions
    raw = "　　眼下，全镇已完成收获面积的92%。\n图为村民在晾晒玉米。　本报记\n者　付　强　摄\n"
    assert marked_captions(read_lines(raw), ["B-para", "caption", "title"]) == ["B-para", "caption", "caption"]


def test_a_continued_text_keeps_its_reprinted_headline_as_title():
    raw = "东至周报　2009年11月6日　第3版\n尧渡镇城区改造全面提速\n（上接第一版）\n目前，老城区12条背街小巷改造已完成9条。\n"
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert layout.articles[0].title == "尧渡镇城区改造全面提速"
    assert layout.articles[0].body.startswith("目前")


def test_the_lead_in_after_a_jump_line_is_the_next_articles_kicker():
    raw = ("八里罕镇建设酒业物流园区\n　　本报讯　8月10日，八里罕镇酒业物流园区项目\n正式开工，年内可完成主体工程。\n（下转第四版）\n"
           "抓项目　促增收\n大城子镇新建日光温室1200栋\n　　本报讯（通讯员　赵国庆）今年以来，大城子镇\n新建日光温室1200栋。\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [a.title for a in layout.articles] == ["八里罕镇建设酒业物流园区", "大城子镇新建日光温室1200栋"]
    assert "促增收" not in layout.articles[0].body and layout.articles[1].kicker == "抓项目 促增收"


def test_a_correction_label_read_as_a_banner_opens_the_correction():
    # (round 28: ``更　正`` is a notice's kind, as pages21 and pages29o print it; invented text)
    from corpus_tools.layout.headforms import notice_labels
    raw = "　　全县今年新建温室大棚120座。（记者 王　平）\n\n更　正\n本报5月3日第二版一文中“茶园3200亩”应为“茶园\n2300亩”，特此更正。\n"
    assert notice_labels(read_lines(raw), ["para", "banner", "B-para", "cont"]) == ["para", "B-title", "para", "cont"]


# --- masthead small print and wrapped credited captions (round 28) ---

QL_TOP = ("清流报\nQINGLIU BAO\n中共清流县委机关报　　国内统一刊号：CN35-0112\n2003年5月6日　星期二\n第288期　本期四版\n\n")
QL_ARTICLE = ("嵩溪镇志愿者走访留守老人\n本报记者　罗春生\n"
              "　　近日，嵩溪镇组织党员志愿者走进沙芜村，\n为留守老人送去米面油等物资。\n"
              "　　志愿者还为老人打扫庭院、测量血压。\n")


def test_masthead_small_print_is_among_the_top_lines():
    assert top_lines(_lines(QL_TOP + QL_ARTICLE)) == [0, 1, 2, 3, 4]


def test_masthead_small_print_names_no_article_nor_section():
    raw = QL_TOP + QL_ARTICLE
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    art = layout.articles[0]
    assert art.title == "嵩溪镇志愿者走访留守老人"
    assert art.section is None or "期" not in art.section and "刊号" not in art.section
    assert not any("第288期" in (a.title or "") + a.body for a in layout.articles)


@pytest.mark.parametrize("first, second", [
    ("图为嵩溪镇沙芜村村民在晾晒红", "菇。　罗春生　摄"),  # wrapped inside the sentence
    ("图为嵩溪镇沙芜村村民在晾晒红菇。　罗", "春生　摄"),  # wrapped inside the photographer's name
])
def test_caption_wrapped_onto_its_credit_line_is_one_caption(first, second):
    raw = "嵩溪镇红菇喜获丰收\n\n本报讯 眼下，嵩溪镇红菇进入采收旺季。\n\n" + first + "\n" + second + "\n"
    assert credited_captions(_lines(raw), ["B-title", "para", "B-kicker", "title"]) == ["B-title", "para", "caption", "caption"]


def test_caption_line_not_closed_by_a_credit_below_is_left_alone():
    raw = "嵩溪镇红菇喜获丰收\n\n本报讯 眼下，嵩溪镇红菇进入采收旺季。\n\n图为嵩溪镇沙芜村村民在晾晒红\n菇，今年亩产明显提高。\n"
    assert credited_captions(_lines(raw), ["B-title", "para", "para", "cont"]) == ["B-title", "para", "para", "cont"]
