"""Tests for corpus_tools.layout.indentheads (layout47): titles the column wraps, sentences ending at
the column's edge."""

from corpus_tools.layout import split_page
from corpus_tools.layout.indentheads import column_head, indents_paragraphs, wrapped_title
from corpus_tools.layout.lineroles import blank_lines_before
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.openings import usual_width

from layout_page_helpers import page_titles

# paragraphs indented by a wide space pair; many sentences end right at the column's edge
PAGE = (
    "甲乡建起蔬菜大棚\n"
    "　　今年，甲乡在三个村新建蔬菜大棚一百座。\n"
    "种植户每亩增收两千元。村里还成立了合作\n"
    "社，统一销售，统一技术指导和农资供应。\n"
    "　　合作社理事长说，大棚菜价钱好销路稳。\n"
    "明年还要再建五十座大棚扩大种植面积。\n"
    "　　乡里还请来农技专家，为种植户讲课。\n"
    "　　大棚蔬菜主要销往县城超市和周边的学\n"
    "校食堂。（李　明）\n\n"
    "乙镇第一中学学生获全省青少年科技大赛一\n"
    "等奖\n"
    "　　在日前举行的全省青少年科技创新大赛上，\n"
    "乙镇第一中学两名学生设计的节水装置获得一\n"
    "等奖。这套装置已在三个村试用，效果很好。\n"
    "　　指导老师说，学生们的发明来自平时在家\n"
    "帮父母浇地时的观察，很有实用价值。\n"
    "　　学校还成立了科技兴趣小组，每周活动两次。\n"
)


def _read(raw: str):
    """The page's non-blank lines, the blank lines before each and its column width."""
    raw_lines = read_lines(raw)
    lines = [ln for ln in raw_lines if ln is not None]
    return lines, blank_lines_before(raw_lines), usual_width(lines, upper=True)


def test_a_flush_line_under_a_sentence_ending_at_the_edge_is_a_wrap():
    lines, gap, _ = _read(PAGE)
    assert indents_paragraphs(lines, gap)


def test_a_title_wrapped_onto_a_short_second_line_opens_an_article():
    lines, gap, column = _read(PAGE)
    i = next(k for k, ln in enumerate(lines) if ln.text.startswith("乙镇第一中学学生"))
    assert wrapped_title(lines, gap, i, column)
    last = next(k for k, ln in enumerate(lines) if ln.text.startswith("明年还要"))
    assert not wrapped_title(lines, gap, last - 1, column)  # (a paragraph's last line ends its sentence)
    assert "乙镇第一中学学生获全省青少年科技大赛一等奖" in page_titles(PAGE)


COLUMN_PAGE = (
    "甲镇建成便民服务中心\n"
    "　　甲镇便民服务中心近日投入使用，设八个窗口。\n"
    "　　群众办事不出镇，平均时间缩短一半。（李　明）\n\n"
    "【公示栏】\n"
    "公　示\n"
    "　　经研究，拟将下列人员列为今年低保对象，现予公示，公示期七天。\n"
    "　　联系电话：1234567\n\n"
    "乙乡举办农民运动会\n"
    "　　乙乡日前举办第三届农民运动会，设拔河、插秧等八个项目。\n"
    "　　全乡十二个村的四百多名农民参加比赛。（王　芳）\n"
)


def test_a_short_heading_under_a_bracketed_column_name_opens_an_article():
    lines, gap, _ = _read(COLUMN_PAGE)
    i = next(k for k, ln in enumerate(lines) if ln.text.strip() == "公　示")
    assert column_head(lines, gap, i)
    assert not column_head(lines, gap, i + 1)
    assert "公示" in ["".join((a.title or "").split()) for a in split_page(COLUMN_PAGE).articles]
