"""Headlines read as body lines (corpus_tools.layout.headruns; fifteenth round)."""

from __future__ import annotations

import pytest

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.headruns import (column_name_heads, column_width, kickers_over_subject_titles, short_head_runs,
                                         subject_kickers, titles_over_indented_paragraphs, top_heads_open)
from corpus_tools.layout.lines import heading_over_indent, read_lines

#: An article printed without blank lines at a width of 16, closed by a finished sentence.
ABOVE = ("本报讯 日前，县里召开春耕生产推进会，部署\n"
         "全县春耕备耕各项工作，要求抓好种子化肥供\n"
         "应，确保不误农时。\n")


def _tags(raw: str) -> list[str]:
    """Every line of ``raw`` read as body text (the first line opening a paragraph)."""
    n = sum(1 for ln in read_lines(raw) if ln is not None)
    return ["B-para"] + ["cont"] * (n - 1)


def test_column_width_is_the_common_body_width():
    lines = [ln for ln in read_lines(ABOVE) if ln is not None]
    assert column_width(lines, ["para", "cont", "cont"]) == 20.0


def test_two_short_lines_after_a_finished_article_are_the_next_title():
    raw = ABOVE + "石门镇：茶园\n喜迎“开采节”\n石门镇茶园里，茶农们正忙着采摘今年的第一\n批春茶，开采节吸引游客3000余人次。\n"
    got = short_head_runs(read_lines(raw), _tags(raw))
    assert got[3:6] == ["B-title", "title", "para"]


def test_short_lines_the_body_below_does_not_name_stay_body():
    raw = ABOVE + "全县共有种粮\n大户三百余户\n会议还研究了其他事项，部署了下一步的各项\n工作任务和具体措施。\n"
    tags = _tags(raw)
    assert short_head_runs(read_lines(raw), tags) == tags


def test_a_subhead_with_an_item_mark_stays_body():
    raw = ABOVE + "◆石门镇茶园\n喜迎开采节\n石门镇茶园里，茶农们正忙着采摘今年的第一\n批春茶。\n"
    tags = _tags(raw)
    assert short_head_runs(read_lines(raw), tags) == tags


def test_question_title_under_a_column_name():
    raw = (ABOVE + "【百姓问政】\n小区路灯何时修好？\n群众来电：城南社区小区的路灯坏了半个多月\n"
           "，晚上出行不便。\n办理答复：路灯已全部修好。\n")
    got = column_name_heads(read_lines(raw), short_head_runs(read_lines(raw), _tags(raw)))
    assert got[3:6] == ["banner", "B-title", "para"]


def test_question_without_a_column_name_stays_body():
    raw = ABOVE + "小区路灯何时修好？\n群众来电：城南社区小区的路灯坏了半个多月\n，晚上出行不便。\n"
    tags = _tags(raw)
    got = column_name_heads(read_lines(raw), short_head_runs(read_lines(raw), tags))
    assert got == tags


@pytest.mark.parametrize("first, second", [
    ("温泉镇打造", "“温泉+”康养小镇"),
    ("石门镇：茶园", "喜迎“开采节”"),
])
def test_subject_first_line_read_as_kicker_is_the_title(first, second):
    raw = f"{first}\n{second}\n本报讯 近日，{first[:3]}茶园里游人如织。\n"
    got = subject_kickers(read_lines(raw), ["B-kicker", "title", "para"])
    assert got == ["B-title", "title", "para"]


@pytest.mark.parametrize("first, second", [
    ("石门镇", "茶园喜迎“开采节”"),            # a place alone is a kicker
    ("春茶飘香迎客来", "石门镇茶园喜迎开采节"),      # no township opens the first line
    ("石门镇茶园飘香", "青山镇：游客络绎不绝"),      # the second line names a place of its own
    ("石门镇茶香 游客来", "开采节吸引三千人次"),    # a two-clause kicker
])
def test_kicker_stays_a_kicker(first, second):
    raw = f"{first}\n{second}\n本报讯 近日，茶园里游人如织。\n"
    tags = ["B-kicker", "title", "para"]
    assert subject_kickers(read_lines(raw), tags) == tags


def test_split_page_keeps_a_two_line_title_apart_from_the_body_above():
    raw = (ABOVE + "石门镇：茶园\n喜迎“开采节”\n石门镇茶园里，茶农们正忙着采摘今年的第一\n"
           "批春茶，开采节吸引游客3000余人次。\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [a.title for a in layout.articles][-1].replace(" ", "") == "石门镇：茶园喜迎“开采节”"
    assert not any("石门镇：茶园" in b.text for b in layout.blocks if b.kind == "body")


def test_photo_item_title_after_a_dated_notice_is_a_title():
    raw = ("公示期间如有异议请与县林业和草原\n局联系也可以写信或者发送电子邮件\n我们将及时回复。\n县林业和草原局\n"
           "2024年8月20日\n青山乡油菜花开\n八月中旬，青山乡万亩油菜进入盛花\n期，金黄的花海吸引了不少游客前来\n"
           "观赏拍照。\n（摄影：王　芳）\n")
    tags = ["B-para", "cont", "cont", "para", "para", "para", "para", "cont", "cont", "byline"]
    got = short_head_runs(read_lines(raw), tags)
    assert got[5:7] == ["B-title", "para"]


#: Three paragraphs parted by no blank line: the page's blank lines part items, not paragraphs.
TIGHT = ("本报讯 日前，县里召开春耕生产推进会，部署\n"
         "全县春耕备耕各项工作。\n"
         "会议要求抓好种子化肥供应，确保不误农时，\n"
         "全县已备足种子三百吨。\n"
         "各乡镇也分别召开会议，安排春耕生产各项\n"
         "工作，落实责任到人。\n"
         "春耕期间，县农业部门派出技术人员下乡，\n"
         "指导农民科学种田。\n")


def test_blanks_part_items_on_a_page_of_tight_paragraphs():
    from corpus_tools.layout.headruns import blanks_part_items
    from corpus_tools.layout.lineroles import blank_lines_before
    raw_lines = read_lines(TIGHT)
    lines = [ln for ln in raw_lines if ln is not None]
    tags = _tags(TIGHT)
    assert blanks_part_items(lines, tags, blank_lines_before(raw_lines), column_width(lines, tags))
    spaced = TIGHT.replace("。\n", "。\n\n")
    raw_lines = read_lines(spaced)
    lines = [ln for ln in raw_lines if ln is not None]
    assert not blanks_part_items(lines, tags, blank_lines_before(raw_lines), column_width(lines, tags))


def test_one_line_title_after_a_blank_line_where_blank_lines_part_items():
    raw = TIGHT + "\n县里表彰好人榜\n经群众推荐、县文明办审核，县里表彰好人榜\n上的五位好人，号召全县向他们学习。\n"
    got = short_head_runs(read_lines(raw), _tags(raw))
    assert got[8:10] == ["B-title", "para"]
    # without the blank line it is an in-body line of the article above
    raw = TIGHT + "县里表彰好人榜\n经群众推荐、县文明办审核，县里表彰好人榜\n上的五位好人，号召全县向他们学习。\n"
    assert short_head_runs(read_lines(raw), _tags(raw))[8] == "cont"


# -- a heading over an indented paragraph (user20's finding 2) ---------------------------------------------

#: A short item closed by an end byline that the column cut after its bracket, then a titled article.
CUT_END_BYLINE = ("下各镇开展防汛应急演练\n"
                  "　　2月17日，下各镇组织干部群众76余人开展活\n"
                  "动，增强了群众的参与感和获得感。（\n"
                  "朱丹丹）\n"
                  "\n"
                  "“一站式”服务暖人心\n"
                  "本报记者　陈立军\n"
                  "　　“以前办个营业执照要跑好几趟，现在一个窗\n"
                  "口就办好了。”市民赵女士说。\n")


@pytest.mark.parametrize("method", ["rules", "auto"])
def test_top_title_over_an_indented_paragraph_closed_by_a_cut_byline(method):
    layout = split_page(CUT_END_BYLINE, method=method)
    assert [(a.title, a.byline) for a in layout.articles] == [
        ("下各镇开展防汛应急演练", [("", "朱丹丹")]), ("“一站式”服务暖人心", [("记者", "陈立军")])]
    assert check_no_loss(CUT_END_BYLINE, layout) == []


def test_title_under_a_masthead_and_after_a_cut_byline_in_the_tags():
    raw = ("第3版　综合\n\n皤滩乡开展安全生产大检查\n　　5月14日，皤滩乡组织干部\n群众开展活动。（\n朱丹丹）\n\n"
           "官路镇举办农民丰收节\n　　2月17日，官路镇组织干部\n群众开展活动。（林佳怡）\n")
    tags = ["banner", "B-para", "cont", "cont", "cont", "cont", "cont", "cont"]
    assert titles_over_indented_paragraphs(read_lines(raw), tags) == [
        "banner", "B-title", "para", "cont", "cont", "B-title", "para", "cont"]


def test_subhead_inside_a_body_is_left_alone():
    # (after a finished sentence with no byline, mid-page: an in-body subhead's form)
    raw = "　　全县新建公园3处。\n\n产业兴旺\n　　今年以来，全县新\n建基地5个。\n"
    tags = ["B-para", "cont", "para", "cont"]
    assert titles_over_indented_paragraphs(read_lines(raw), tags) == tags


def test_heading_over_indent_needs_an_unindented_line_below_the_indented_one():
    raw = "下各镇开展防汛应急演练\n　　2月17日，下各镇组织\n　　干部群众开展活动。\n"
    lines = read_lines(raw)
    assert not heading_over_indent(lines, 0)
    raw2 = raw.replace("　　干部", "干部")
    assert heading_over_indent(read_lines(raw2), 0)
    raw3 = raw2.replace("下各镇开展防汛应急演练", "下各镇开展防汛应急演练，")
    assert not heading_over_indent(read_lines(raw3), 0)


# -- a kicker over a title that opens with a subject and a colon (容县报's top headline) ----------------------

def test_finished_phrase_over_a_subject_colon_title_is_its_kicker():
    raw = ("容县报\n沙田柚迎来丰收季\n十里镇柚农：“今年的\n果子个个都是宝”\n记者：覃　丽　通讯员：黄晓明\n"
           "初秋时节，走进十里镇的沙田柚种植基\n地，一棵棵柚树上挂满了黄澄澄的果子。\n")
    tags = ["banner", "B-title", "title", "title", "byline", "para", "cont"]
    assert kickers_over_subject_titles(read_lines(raw), tags) == [
        "banner", "B-kicker", "title", "title", "byline", "para", "cont"]


@pytest.mark.parametrize("head", [
    ["沙田柚迎来丰收季", "十里镇柚农：“今年的"],  # two lines: a title broken at the colon line, no kicker
    ["县委书记“走基层", "十里镇柚农：“今年的", "果子个个都是宝”"],  # the line above leaves a quote open
])
def test_title_lines_without_a_kicker_form_stay_the_title(head):
    raw = "\n".join(head) + "\n初秋时节，走进十里镇。\n"
    tags = ["B-title"] + ["title"] * (len(head) - 1) + ["para"]
    assert kickers_over_subject_titles(read_lines(raw), tags) == tags


def test_title_between_a_head_bylined_article_and_its_own_end_byline():
    raw = ("便民服务中心迎来办事高峰\n□记者 吴一帆 通讯员 朱海波\n　　截至目前，中心累计办理各类事项2\n2万余件，办结率达100%。\n\n"
           "田市镇：守护绿水青山 做活生态文章\n　　清晨的永安溪，水清岸绿，白鹭翩飞\n，不少市民沿着绿道晨练。（应\n国平）\n\n"
           "全县经济工作会议召开\n")
    tags = ["B-title", "byline", "para", "cont", "para", "cont", "cont", "cont", "B-title"]
    out = titles_over_indented_paragraphs(read_lines(raw), tags)
    assert out[4:6] == ["B-title", "para"]
    no_byline = raw.replace("（应\n国平）", "")
    tags = tags[:7] + ["B-title"]
    assert titles_over_indented_paragraphs(read_lines(no_byline), tags)[4] == "para"


def test_the_first_headline_under_the_page_head_opens_the_first_article():
    raw = "第01版　要闻\n宝梵镇举行文艺汇演\n本报讯 5月9日，宝梵镇组织\n干部群众开展活动。\n"
    assert top_heads_open(read_lines(raw), ["banner", "title", "B-para", "cont"]) == ["banner", "B-title", "para", "cont"]
    # (below an article a headline may close the body above it: left alone)
    raw2 = "本报讯 县里召开会议。\n" + raw
    tags = ["B-para", "banner", "title", "B-para", "cont"]
    assert top_heads_open(read_lines(raw2), tags) == tags


def test_a_signed_lead_is_the_article_byline_so_a_signed_text_after_it_opens_another():
    raw = ("小辣椒撑起致富路\n　　本报讯（记者 付　强 通讯员 鲁\n宁）初冬时节，贺家村的辣椒收购点前排\n起了长队。\n\n"
           "第一书记：把村子当成自己的家\n　　三年前，县财政局干部来到永丰村任第\n一书记，帮村里建起了烘干塔。（鲁　宁）\n")
    tags = ["B-title", "para", "cont", "cont", "para", "cont", "cont"]
    assert titles_over_indented_paragraphs(read_lines(raw), tags)[4:6] == ["B-title", "para"]
