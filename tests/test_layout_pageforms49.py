"""Page forms of the thirty-fifth round (layout49): untitled signed briefs, wrapped heads, indented first lines,
a byline between a signed text and a headline, the page's name repeated mid-page, headlines after briefs."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.bylinesbelow import bylines_over_signed_ends
from corpus_tools.layout.cutopenings import indented_openings
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.markitems import titled_item_tags
from corpus_tools.layout.sectionrepeats import repeated_name_tags
from corpus_tools.layout.signedbriefs import signed_item_tags
from corpus_tools.layout.trailheads import heads_after_signed_bodies
from corpus_tools.layout.wrappedheads import wrapped_head_tags


def _articles(page: str):
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    return layout.articles


def test_signed_briefs_under_a_column_name_are_one_article_each():
    page = ("县报　2001年5月8日\n\n东镇新建水厂\n　　本报讯（通讯员　李明）东镇投资八十万元新建水厂，\n"
            "全镇一万二千人喝上了自来水。镇里还成立了管水协会，\n负责水厂的日常管理和维修。\n\n【本报简讯】\n"
            "　　县人民医院近日开通农村巡回医疗车，首次到西\n村免费义诊四十多人次。（王芳）\n"
            "　　县第一中学五十三名应届初中毕业生的中考成绩\n达到省重点中学录取线。\n（赵刚）\n"
            "　　日前，县文物管理所对古城遗址进行汛前安全检\n查。（孙丽）\n")
    arts = _articles(page)
    signed = [a for a in arts if not a.title and a.byline]
    assert [[n for _, n in a.byline] for a in signed] == [["王芳"], ["赵刚"], ["孙丽"]]
    assert all(a.body.count("。") == 1 for a in signed)


def test_signed_item_tags_need_two_items_and_a_column_name():
    page = "【乡镇简讯】\n　　东镇建成水厂，供\n水千户。（李明）\n"
    tags = ["banner", "B-para", "cont"]
    assert signed_item_tags(read_lines(page), tags) == tags
    page = "东镇建成水厂，供水千户。\n　　东镇建成水厂，供\n水千户。（李明）\n　　西镇新修公路。（王芳）\n"
    tags = ["B-para", "para", "cont", "para"]
    assert signed_item_tags(read_lines(page), tags) == tags  # (no column's name over them)


def test_titled_items_are_left_to_their_headlines():
    page = "【简讯】\n东镇建成水厂\n东镇建成水厂，供水千户。（李明）\n西镇新修公路\n西镇新修公路三公里。（王芳）\n"
    tags = ["banner", "B-title", "para", "B-title", "para"]
    assert signed_item_tags(read_lines(page), tags) == tags


def test_kicker_filling_the_column_stays_a_kicker():
    """The kicker-to-title rule was taken out (composed pages: kickers read as titles); the tags stay."""
    page = ("东镇学习“三个代表”重要思想\n报告会在各村举办\n　　为把学习引向深入，镇党委\n"
            "组织宣讲小组到各村巡回宣讲\n，听众四千多人次，收集意见\n五十六条。\n")
    tags = ["B-kicker", "title", "para", "cont", "cont", "cont"]
    assert wrapped_head_tags(read_lines(page), tags)[:2] == ["B-kicker", "title"]


def test_subtitle_cut_at_the_column_keeps_its_end():
    page = ("县委中心组举行专题学习\n——以全面深化改革推动鹤庆高质量发\n展\n　　本报讯　九月二十五日，县委理论\n"
            "学习中心组举行专题学习会，深入学习\n全会精神，研究贯彻落实意见和措施。\n")
    tags = ["B-title", "subtitle", "B-title", "para", "cont", "cont"]
    assert wrapped_head_tags(read_lines(page), tags)[2] == "subtitle"


def test_indented_first_line_filling_the_column_is_text():
    page = ("南镇修通连心路\n　　南镇周固寨村到国道的三\n公里土路，一到雨天就难行\n。今年秋后，村里集资修路\n"
            "　　全村劳力义务出工，十月\n底全线贯通。\n　　村民叫它连心路，都说好\n")
    out = indented_openings(read_lines(page), ["B-kicker", "title", "para", "cont", "para", "cont", "para"])
    assert out[:3] == ["B-title", "para", "cont"]


def test_flush_heading_after_a_gap_over_an_indented_paragraph_is_a_headline():
    page = ("　　东镇建成水厂，全镇一万\n二千人喝上了自来水。\n　　镇里成立管水协会。\n\n北镇小麦播种结束\n"
            "　　截至十日，北镇小麦播种\n面积达到三万亩。\n")
    out = indented_openings(read_lines(page), ["B-para", "cont", "para", "B-para", "cont", "cont"])
    assert out[3:] == ["B-title", "para", "cont"]


def test_byline_between_a_signed_text_and_a_headline_opens_the_next_article():
    page = "镇里为群众办事九百件。（李勇）\n本报评论员\n把意见当作镜子\n开展教育实践活动，核心是联系群众。\n"
    assert bylines_over_signed_ends(read_lines(page), ["B-para", "byline", "B-title", "para"]) == [
        "B-para", "B-byline", "title", "para"]
    unsigned = "镇里为群众办事九百件。\n本报记者　李勇\n把意见当作镜子\n开展教育实践活动，核心是联系群众。\n"
    tags = ["B-para", "byline", "B-title", "para"]
    assert bylines_over_signed_ends(read_lines(unsigned), tags) == tags


def test_page_name_repeated_mid_page_is_a_banner():
    page = ("第3版　城区·社区\n\n北路完工\n　　北京路改造工程完工。\n\n城区·社区\n南站挂牌\n　　南站日前挂牌。\n")
    out = repeated_name_tags(read_lines(page), ["banner", "B-title", "para", "B-title", "para", "cont"])
    assert out[3:5] == ["banner", "B-title"]


def test_column_of_briefs_with_headlines_after_their_texts():
    page = ("【社区快讯】\n　　国庆期间，望涪社区在滨江公园\n举办邻里节，三百多名居民参加。（谭晓梅）\n"
            "望涪社区举办邻里节\n　　点易社区联合关工委开设四点\n半课堂，解决家长的后顾之忧。（秦川）\n"
            "点易社区开设四点半课堂\n　　滨江公园新增塑胶健身步道二\n点八公里，已对市民开放。（区城管局）\n"
            "滨江公园增设健身步道\n")
    tags = ["banner", "B-para", "cont", "title", "para", "cont", "cont", "cont", "cont", "title"]
    out = heads_after_signed_bodies(read_lines(page), tags)
    assert out[4:8] == ["B-para", "cont", "title", "B-para"]


def test_lone_titled_item_after_a_signature_cut_by_the_column():
    page = ("梅口乡抢修水毁机耕路\n　　五月上旬连续暴雨，梅口乡组织\n群众抢修水毁机耕路十二公里，确\n"
            "保农户不误农时。（练志明　邹\n丽萍）\n●朱口镇烟叶长势喜人　今年朱\n口镇种植烤烟三千二百亩，目前\n"
            "已进入旺长期，烟农积极性明显提\n高。（朱口镇政府）\n")
    tags = ["B-title", "para", "cont", "cont", "cont", "para", "cont", "cont", "cont"]
    out = titled_item_tags(read_lines(page), tags, page)
    assert out[5].startswith("B-")
