"""Forms of other county papers handled since the twelfth round (found on the studied pages13): bylines
read as printed, two-line titles led by their subject (corpus_tools.layout.assemble, bylines, headforms).
Lines are invented for these tests."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, is_lead, lead_byline, parse_byline, split_page
from corpus_tools.layout.headforms import subject_first_lines
from corpus_tools.layout.lines import read_lines

BODY = ("本报讯 近日，城关镇东风村“共享菜园”正式开园，\n30余户居民认领了菜地。\n\n"
        "村党支部书记刘春生说，菜园由闲置地块改造而成。\n")


@pytest.mark.parametrize("text, want", [
    ("（县融媒体中心 赵秋云）", [("", "赵秋云")]),                      # a unit before the name
    ("■滨江日报记者 陈明 通讯员 李华", [("记者", "陈明"), ("通讯员", "李华")]),  # a mark and the paper's name
    ("县广播电视台记者 吴桐", [("记者", "吴桐")]),
    ("撰文：孙晓 摄影：郑一凡", [("撰文", "孙晓"), ("摄影", "郑一凡")]),       # roles with colons, names only
    ("撰文：孙晓 摄影：何 平", [("撰文", "孙晓"), ("摄影", "何平")]),         # a padded name after a colon
    ("摄影：郑一凡", [("摄影", "郑一凡")]),
    ("何　平／摄", [("摄影", "何平")]),                                      # a full-width slash, a padded name
    ("摄影／何　平", [("摄影", "何平")]),
    ("□ 谭家明", [("", "谭家明")]),                                           # an author under a literary title
    ("□ 杜　鹃", [("", "杜鹃")]),
    ("（见习记者 曲比阿依　特约通讯员 杨林）", [("见习记者", "曲比阿依"), ("特约通讯员", "杨林")]),
    ("（记者 于　洋 整理）", [("记者", "于洋")]),                               # the compiler's 整理 is no name
])
def test_byline_forms_read_as_pairs(text, want):
    assert parse_byline(text) == want


@pytest.mark.parametrize("text", ["记者：谢谢", "记者：请问今年的目标是什么？", "县融媒体中心", "□ 补贴对象：农民",
                                  # column labels after a mark: no name's shape, or not after □
                                  "■ 相关链接", "◎ 编后", "□ 编后", "□ 短评", "■ 图片新闻", "■ 专家点评", "□ 小贴士",
                                  "□ 童言日记", "■ 谭家明", "■记者手记"])
def test_lines_that_are_no_byline(text):
    assert parse_byline(text) is None


@pytest.mark.parametrize("text, want", [
    ("见习记者：王磊", [("见习记者", "王磊")]),                       # one role with a colon: not the interviewer's
    ("本报见习记者：王磊 通讯员：李华", [("见习记者", "王磊"), ("通讯员", "李华")]),
    ("（见习记者：王磊）", [("见习记者", "王磊")]),
    ("文/图 见习记者 王磊", [("见习记者", "王磊")]),
    ("见习记者王磊", [("见习记者", "王磊")]),                            # glued to its name
])
def test_every_role_form_reads_every_role_word(text, want):
    assert parse_byline(text) == want


@pytest.mark.parametrize("text", ["本报记者：王磊", "记者：王磊"])
def test_the_interviewers_role_alone_with_a_colon_is_no_byline(text):
    assert parse_byline(text) is None


def test_end_byline_with_padded_names_reads_two_names():
    raw = "东风村共享菜园开园\n\n" + BODY + "\n（通讯员 何 平 罗 兰）\n"
    layout = split_page(raw)
    assert layout.articles[0].byline == [("通讯员", "何平"), ("通讯员", "罗兰")]
    assert check_no_loss(raw, layout) == []


def test_lead_byline_broken_across_lines_reads_every_name():
    raw = ("东风村共享菜园开园\n\n本报讯（记者 钱进 通讯员 温如意\n 陆子涵）近日，城关镇东风村“共享菜园”\n"
           "正式开园，30余户居民认领了菜地。\n")
    layout = split_page(raw)
    assert layout.articles[0].byline == [("记者", "钱进"), ("通讯员", "温如意"), ("通讯员", "陆子涵")]
    assert check_no_loss(raw, layout) == []


def test_lead_byline_name_cut_by_the_column_stays_one_name():
    raw = "东风村共享菜园开园\n\n本报讯（记者 欧阳\n晓明）近日，城关镇东风村“共享菜园”正式开园。\n"
    assert split_page(raw).articles[0].byline == [("记者", "欧阳晓明")]


def test_subject_line_over_its_predicate_is_one_title():
    raw = "城关镇“共享菜园”\n让邻里更亲近\n\n" + BODY
    tags = ["B-kicker", "title", "para", "cont", "para"]
    assert subject_first_lines(read_lines(raw), tags)[:2] == ["B-title", "title"]
    layout = split_page(raw)
    assert layout.articles[0].title.replace(" ", "") == "城关镇“共享菜园”让邻里更亲近"
    assert layout.articles[0].kicker is None


@pytest.mark.parametrize("first, second", [
    ("打造“共享菜园”新样板", "城关镇东风村闲地变菜园"),     # a kicker that says something
    ("城关镇“共享菜园”", "东风村：闲地变菜园"),           # a place-colon title under its kicker
])
def test_kicker_over_a_title_stays_a_kicker(first, second):
    raw = f"{first}\n{second}\n\n" + BODY
    tags = ["B-kicker", "title", "para", "cont", "para"]
    assert subject_first_lines(read_lines(raw), tags)[:2] == ["B-kicker", "title"]


def test_page_date_and_page_lines_are_no_titles():
    from corpus_tools.layout.headforms import folio_lines, is_folio_line

    assert is_folio_line("2023年11月2日 星期四") and is_folio_line("C4 乡村振兴") and is_folio_line("第3版")
    assert is_folio_line("今日滨江 2023年11月2日")
    assert not is_folio_line("11月2日全县举行消防演练")
    raw = "滨江日报\n2023年11月2日 星期四\nC4 乡村振兴\n\n东风村共享菜园开园\n\n" + BODY
    tags = ["banner", "B-title", "title", "B-title", "para", "cont", "para"]
    assert folio_lines(read_lines(raw), tags)[1:4] == ["banner", "banner", "B-title"]


def test_lead_in_over_a_place_colon_title_is_its_kicker():
    from corpus_tools.layout.headforms import kickers_over_own_titles

    raw = "深化“放管服”改革 优化营商环境\n城关镇：办事不出村\n\n" + BODY
    tags = ["B-title", "B-title", "para", "cont", "para"]
    assert kickers_over_own_titles(read_lines(raw), tags)[:2] == ["B-kicker", "title"]


def test_place_colon_line_of_its_own_opens_a_photo_item():
    from corpus_tools.layout.photoitems import place_colon_titles

    raw = (BODY + "\n青石村：古桥边的“研学季”\n\n日前，200余名中学生走进青石村，\n在古桥边写生。\n\n"
           "郑一凡 摄\n")
    tags = ["B-para", "cont", "para", "para", "para", "cont", "byline"]
    assert place_colon_titles(read_lines(raw), tags)[3:5] == ["B-title", "para"]
    layout = split_page(raw, method="model")
    item = [a for a in layout.articles if a.title == "青石村：古桥边的“研学季”"]
    assert item and item[0].byline == [("摄影", "郑一凡")]
    assert check_no_loss(raw, layout) == []


def test_place_colon_sentence_stays_body():
    from corpus_tools.layout.photoitems import place_colon_titles

    raw = BODY + "\n青石村：今年接待游客2万人次，同比增长三成。\n\n村里还将新建停车场。\n\n郑一凡 摄\n"
    tags = ["B-para", "cont", "para", "para", "para", "byline"]
    assert place_colon_titles(read_lines(raw), tags) == tags


def test_place_colon_subhead_without_a_photo_credit_stays_body():
    from corpus_tools.layout.photoitems import place_colon_titles

    raw = BODY + "\n青石村：古桥边的“研学季”\n\n日前，200余名中学生走进青石村。\n"
    tags = ["B-para", "cont", "para", "para", "para"]
    assert place_colon_titles(read_lines(raw), tags) == tags


def test_headline_after_its_body_on_a_headline_before_page():
    from corpus_tools.layout.headforms import captions_over_photo_credits, titles_under_bylines

    raw = ("东风村共享菜园开园\n"
           "本报讯 近日，城关镇东风村共享菜园正式开园，30余户居民认领了菜地。\n"
           "村党支部书记刘春生说，菜园由闲置地块改造而成。\n"
           "国庆假期，青石村古桥景区迎来研学热，200余名中学生走进古桥写生。\n"
           "青石村今年还将新建研学基地两处，古桥研学线路已有5条。\n"
           "图为中学生在古桥边写生。\n"
           "撰文：孙晓 摄影：郑一凡\n"
           "青石村：古桥研学热\n\n"
           "县城新建两座口袋公园\n\n"
           "本报讯 近日，县城新建两座口袋公园，总面积3000平方米。\n")
    tags = ["B-title", "para", "cont", "para", "cont", "cont", "byline", "B-kicker", "title", "para"]
    got = captions_over_photo_credits(read_lines(raw), titles_under_bylines(read_lines(raw), tags))
    assert got == ["B-title", "para", "cont", "B-para", "cont", "caption", "byline", "title", "B-title", "para"]


def test_title_under_a_byline_of_its_only_article_opens_nothing():
    from corpus_tools.layout.headforms import titles_under_bylines

    raw = ("本报讯 近日，城关镇东风村共享菜园正式开园。\n村党支部书记刘春生说，菜园由闲置地块改造而成。\n"
           "（记者 钱进）\n东风村共享菜园开园\n\n县城新建两座口袋公园\n")
    tags = ["B-para", "cont", "byline", "kicker", "title"]
    assert titles_under_bylines(read_lines(raw), tags) == ["B-para", "cont", "byline", "title", "B-title"]


@pytest.mark.parametrize("first, second, joined", [
    ("青山镇石桥村", "小茶园做成大产业", True),         # a village with its township: the title's subject
    ("青山镇", "小茶园做成大产业", False),               # a township alone: a place kicker
    ("青山县青山镇", "小茶园做成大产业", False),         # the county and a township: a place kicker
    ("青山镇石桥村", "“小茶园”做成大产业", False),       # a title of its own under it
])
def test_village_line_over_a_title(first, second, joined):
    raw = f"{first}\n{second}\n\n" + BODY
    tags = ["B-kicker", "title", "para", "cont", "para"]
    want = ["B-title", "title"] if joined else ["B-kicker", "title"]
    assert subject_first_lines(read_lines(raw), tags)[:2] == want


def test_page_line_names_the_section_without_its_number():
    raw = "滨江日报\n2023年11月2日 星期四\nC4 乡村振兴\n\n东风村共享菜园开园\n\n" + BODY
    layout = split_page(raw)
    assert [a.section for a in layout.articles] == ["乡村振兴"]
    assert layout.articles[0].title == "东风村共享菜园开园"


def test_slogan_under_the_page_lines_is_a_banner_not_an_article():
    from corpus_tools.layout.headforms import banners_over_headlines

    raw = "今日滨江\n2023年11月2日 星期四\nC4 乡村振兴\n凝心聚力 再创佳绩\n东风村共享菜园开园\n\n" + BODY
    tags = ["B-kicker", "banner", "banner", "title", "B-title", "para", "cont", "para"]
    assert banners_over_headlines(read_lines(raw), tags) == ["banner"] * 4 + tags[4:]
    # a headline closing the body above it is that body's
    after = ["B-para", "title", "B-title", "para"]
    raw2 = "本报讯 近日，城关镇东风村共享菜园正式开园。\n东风村共享菜园开园\n县城新建两座口袋公园\n本报讯 近日，县城新建两座口袋公园。\n"
    assert banners_over_headlines(read_lines(raw2), after) == after


@pytest.mark.parametrize("first, second, gap, joined", [
    ("青山镇端午假期", "接待游客12.6万人次", "", True),        # a township and what of it: the subject
    ("青山县85万亩稻蟹", "喜获丰收", "\n", True),               # also across one blank line
    ("青山镇", "接待游客12.6万人次", "", False),                # a township alone: a place kicker
    ("青山县推动教育资源优质均衡发展", "狠抓布局优化", "", False),  # a long lead-in says what is done
    ("青山镇端午假期", "接待游客 带动消费", "", False),          # over a two-clause title
])
def test_township_subject_line_over_a_title(first, second, gap, joined):
    raw = f"{first}\n{gap}{second}\n\n" + BODY
    tags = ["B-kicker", "title", "para", "cont", "para"]
    want = ["B-title", "title"] if joined else ["B-kicker", "title"]
    assert subject_first_lines(read_lines(raw), tags)[:2] == want


@pytest.mark.parametrize("text, want", [
    ("本报记者 孙志刚 报道", [("记者", "孙志刚")]),
    ("（记者 汪晓东 通讯员 江涛 摄影报道）", [("记者", "汪晓东"), ("通讯员", "江涛")]),
    ("摄影报道", None),
])
def test_closing_report_word_is_no_name(text, want):
    assert parse_byline(text) == want


BRIEFS = ("城关镇东风村新修道路三公里，道路通到了村民的\n家门口，群众出行更方便了。\n\n党建简讯\n\n"
          "■青山镇 “红色宣讲队”进村入户\n近日，青山镇组建由老党员、退休教师组成的红\n色宣讲队，深入9个村开展宣讲20余场。\n"
          "■石桥镇 “党员联户”解民忧\n今年以来，石桥镇推行一名党员联系十户群众的\n机制，帮助群众解决困难210件。\n")


def test_marked_brief_items_open_articles_under_their_banner():
    from corpus_tools.layout.headforms import marked_items

    tags = ["B-para", "cont", "para", "para", "cont", "cont", "cont", "cont", "cont"]
    assert marked_items(read_lines(BRIEFS), tags) == [
        "B-para", "cont", "banner", "B-title", "para", "cont", "B-title", "para", "cont"]
    layout = split_page(BRIEFS)
    titles = [a.title for a in layout.articles]
    assert "青山镇 “红色宣讲队”进村入户" in titles and "石桥镇 “党员联户”解民忧" in titles
    assert any(r.kind == "mark" and r.removed == "■" for r in layout.repairs)
    assert check_no_loss(BRIEFS, layout) == []


def test_marked_byline_is_no_brief_item():
    from corpus_tools.layout.headforms import marked_items

    raw = "■滨江日报记者 陈明 通讯员 李华\n本报讯 近日，城关镇东风村新修道路三公里。\n"
    assert marked_items(read_lines(raw), ["B-para", "cont"]) == ["B-para", "cont"]


def test_notice_label_opens_a_block_of_its_own():
    from corpus_tools.layout.headforms import notice_labels

    raw = ("本报讯 近日，城关镇东风村新修道路三公里，道路通\n到了家门口，村民出行更方便了。\n\n征稿启事\n"
           "为讲好青山故事，本报专栏即日起面向社会征稿，欢迎\n来稿。\n")
    tags = ["B-para", "cont", "para", "cont", "cont"]
    assert notice_labels(read_lines(raw), tags) == ["B-para", "cont", "B-title", "para", "cont"]
    # a line cut at the column that happens to end in such a word is no label
    cut = "本报讯 近日，城关镇东风村新修道路三公里，道路通\n到了家门口。国际联盟在决议通过后发表声明\n说，道路已经通车。\n"
    assert notice_labels(read_lines(cut), ["B-para", "cont", "cont"]) == ["B-para", "cont", "cont"]


def test_lead_with_a_place_dateline_carries_its_byline():
    assert lead_byline("本报长甸讯（记者 孙　伟）4月2日，记者从长甸镇获悉，") == [("记者", "孙伟")]
    assert is_lead("本报虎山讯（通讯员 金美善）清明前后，")
    assert not is_lead("本报道由县委宣传部提供")
    assert not is_lead("本报刊发的通讯《东风村的菜园》引起反响")   # 的 is no dateline's, and 讯 runs on
    assert not is_lead("本报推出的通讯员来稿专栏受到读者欢迎")
    assert is_lead("本报长甸讯 4月2日，")                          # a dateline ended by a space



def test_marked_caption_over_two_lines_with_its_credit_leaves_the_body():
    raw = ("密祉镇花灯广场迎来游客\n本报讯（记者 李春燕）今年以来，兴隆村建成花灯展演广场。\n"
           "今年已接待游客12万人次，村民增收明显。\n\n"
           "▲5月10日，游客在密祉镇兴隆村花灯广场观看\n表演。          记者 李春燕 摄\n")
    (art,) = split_page(raw).articles
    assert "▲" not in art.body and "摄" not in art.body
    assert art.captions and art.captions[0].startswith("▲5月10日") and art.captions[0].endswith("摄")


def test_bare_credit_under_a_caption_is_the_captions_not_a_title():
    raw = ("顺利村党建引领基层治理\n本报讯 近日，顺利村召开村民代表会议，讨论道路硬化方案。\n"
           "全镇将以党建引领基层治理。\n（通讯员 马春生）\n\n"
           "图为顺利村村民代表在“红色议事厅”议事。\n                 马春生 摄\n")
    (art,) = split_page(raw).articles
    assert art.title == "顺利村党建引领基层治理" and "摄" not in art.body
    assert art.captions == ["图为顺利村村民代表在“红色议事厅”议事。"] or "马春生 摄" in art.captions[0]


def test_staff_line_under_the_masthead_is_no_kicker():
    from corpus_tools.layout.boundaries import mastheads_at_top

    raw = ("嵊州日报\n2024年3月22日 星期五 A2 要闻\n责任编辑：俞佳敏 版式设计：周洁\n\n"
           "越剧小镇唱响共同富裕“好戏”\n春日的甘霖镇施家岙村，越剧的丝竹声从古戏台飘出。\n")
    tags = mastheads_at_top(read_lines(raw), ["banner", "banner", "B-kicker", "title", "B-para"])
    assert tags == ["banner", "banner", "banner", "B-title", "B-para"]


def test_drafted_credit_reads_as_writer():
    from corpus_tools.layout import parse_byline

    assert parse_byline("撰稿　肖春燕") == [("撰文", "肖春燕")]
    assert parse_byline("撰稿　陈昌华　摄影　李　涛") == [("撰文", "陈昌华"), ("摄影", "李涛")]
    assert parse_byline("撰稿人员说") is None
