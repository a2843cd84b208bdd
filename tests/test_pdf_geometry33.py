"""corpus_tools.pdf (round 32): a module completes only with the next column, a byline over a column's top is
its own chunk, headlines of two sizes are two heads, a module's rule is no header rule, short items' small titles."""

from corpus_tools.pdf.chars import Box, PdfPage
from corpus_tools.pdf.modules import page_modules
from corpus_tools.pdf.roles import line_roles
from pdf_shapes import column as _column, heads as _heads, line as _line


def test_a_flush_left_module_does_not_take_a_column_two_columns_away():
    """A headline set flush left over its two columns owns no column level with them beyond a gap of a
    column: that column lies under a photo of a module of its own further up."""
    lines = [_line("沁源县举办农民丰收节", 30, 750, 18)]
    lines += _column(["丰收节上农民", "展示新粮新果", "场面热闹非凡"], 30, 725)
    lines += _column(["各乡镇组织了", "特色农产品展"], 100, 725)
    lines += [_line("古村换新颜", 320, 900, 18)]  # its photo (not drawn) fills 320-460, 760-890
    lines += _column(["村里修了新路", "建了文化广场"], 320, 725)
    roles = ["head"] + ["body"] * 5 + ["head"] + ["body"] * 2
    modules = page_modules(lines, roles, [], 10)
    by_head = {h: [c.lines[0].text for c in m.chunks] for h, m in zip(_heads(modules), modules)}
    assert by_head["沁源县举办农民丰收节"] == ["丰收节上农民", "各乡镇组织了"]
    assert by_head["古村换新颜"] == ["村里修了新路"]


def test_a_byline_over_the_top_of_a_column_is_a_chunk_of_its_own_read_first():
    lines = [_line("寿阳县推进秸秆还田", 40, 760, 18)]
    lines += [_line("本报记者　李强", 100, 735, 10)]  # centred under the headline, over the second column
    lines += _column(["全县今年推广", "秸秆还田技术", "面积达五万亩", "农民增收明显"], 30, 716)
    lines += _column(["技术人员深入", "田间地头指导", "农户科学还田", "提高土壤肥力"], 100, 716)
    roles = ["head"] + ["body"] * 9
    (m,) = page_modules(lines, roles, [], 10)
    assert [c.lines[0].text for c in m.chunks] == ["本报记者　李强", "全县今年推广", "技术人员深入"]


def test_a_headline_under_one_of_another_size_heads_its_own_module():
    lines = [_line("平遥古城迎来旅游旺季", 30, 760, 16), _line("游客数量创新高", 50, 741, 15.5)]
    lines += _column(["国庆期间古城", "接待游客众多"], 30, 720)
    roles = ["head", "head", "body", "body"]
    assert _heads(page_modules(lines, roles, [], 10)) == ["平遥古城迎来旅游旺季", "游客数量创新高"]
    lines[1] = _line("游客数量创新高", 50, 741, 16)  # the same size: the title's second line
    assert _heads(page_modules(lines, roles, [], 10)) == ["平遥古城迎来旅游旺季游客数量创新高"]


def test_a_rule_under_a_module_near_the_top_is_no_header_rule():
    """A rule across most of the page's width with whole columns of text above it closes a module:
    the text above it is no running header."""
    lines = [_line("襄垣报　2022年5月6日　第2版", 30, 810, 8)]
    lines += [_line("襄垣县召开植树造林动员会", 30, 780, 18)]
    lines += _column(["会议要求各乡镇", "抓住春季有利", "时机扩大造林", "面积提高成活率"], 30, 760)
    lines += _column(["全县今春计划", "完成造林两万", "亩，义务植树", "五十万株。"], 220, 760)
    rule = Box(20, 700, 400, 700.5)  # under the module, 700 of 842 points up: in the page's top fifth
    page = PdfPage(1, 420, 842, rules=[rule])
    roles = line_roles(lines, page, 10)
    assert roles[0] == "furniture" and roles[1] == "head" and set(roles[2:]) == {"body"}
    header = PdfPage(1, 420, 842, rules=[Box(20, 805, 400, 805.5)])  # under the folio line: a header rule
    assert line_roles(lines, header, 10)[:2] == ["furniture", "head"]


def test_a_short_items_title_set_small_over_its_column_is_mid_size():
    lines = [_line("武乡县新建村级图书室", 30, 700, 8), _line("二十个", 30, 690, 8)]
    lines += _column(["本报讯　今年以来", "全县新建村级图", "书室二十个。"], 30, 672)
    lines += [_line("本报记者　王芳", 220, 700, 8)]  # small, but right under a headline: a byline
    lines += _column(["全县今春计划", "完成造林两万亩"], 220, 682)
    lines += [_line("县委召开常委会议", 200, 720, 18)]
    page = PdfPage(1, 420, 842)
    roles = line_roles(lines, page, 10)
    assert roles[:2] == ["mid", "mid"] and roles[2:5] == ["body"] * 3
    assert roles[5] == "body"


def test_a_small_title_under_a_column_name_bar_is_no_caption_and_heads_its_item():
    lines = [_line("民生关注", 32, 780, 12)]  # white on its black bar
    lines += [_line("沁县开通城乡公交", 30, 755, 8), _line("十二条线路", 30, 745, 8)]
    lines += _column(["本报讯　全县新", "开通城乡公交", "线路十二条。"], 30, 728)
    page = PdfPage(1, 420, 842, boxes=[Box(30, 776, 200, 796, filled=True)])
    roles = line_roles(lines, page, 10)
    assert roles[:3] == ["label", "mid", "mid"] and roles[3:] == ["body"] * 3
    modules = page_modules(lines, roles, [], 10, page.boxes)
    assert _heads(modules) == ["民生关注", "沁县开通城乡公交十二条线路"]  # the column name first
    assert [c.lines[0].text for c in modules[1].chunks] == ["本报讯　全县新"]


def test_a_column_right_under_a_head_over_it_alone_stays_with_that_head():
    """A short item's head set over one column keeps it, though a flush-left headline beside it, set
    lower, could take it as its module's next column."""
    lines = [_line("长治新闻", 30, 746, 16)]
    lines += _column(["第一则新闻内容", "写在这一栏里面", "共有三行文字。"], 30, 738)
    lines += [_line("屯留区新建公园", 112, 760, 9)]
    lines += _column(["公园占地百亩", "已对市民开放"], 112, 738)
    roles = ["head"] + ["body"] * 3 + ["mid"] + ["body"] * 2
    modules = page_modules(lines, roles, [], 10)
    by_head = {h: [c.lines[0].text for c in m.chunks] for h, m in zip(_heads(modules), modules)}
    assert by_head["屯留区新建公园"] == ["公园占地百亩"]
    assert by_head["长治新闻"] == ["第一则新闻内容"]
