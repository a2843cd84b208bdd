"""A brief run in under its bracketed column name (corpus_tools.layout.columnbriefs)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.columnbriefs import BRACKET_BRIEF_RE

PAGE = (
    "山城报　2020年10月23日　星期五　第1版\n"
    "茅坪镇侗绣工坊入选省级非遗工坊\n"
    "近日，茅坪镇侗绣工坊入选省级非遗工坊名单。工坊依托侗族文化发展研学旅游，\n"
    "今年接待研学学生1.6万人次，带动62户群众增收。\n"
    "（县文广局供稿）\n"
    "【疫情防控】全县开展秋冬季疫情防控应急演练　10月19日，\n"
    "县卫健局在县人民医院开展秋冬季疫情防控应急演练，检验各项\n"
    "措施落实情况。\n"
    "编辑：吴丽　　审核：龙德胜\n"
)


def test_bracket_brief_form():
    assert BRACKET_BRIEF_RE.match("【疫情防控】全县开展应急演练　10月19日，")
    assert not BRACKET_BRIEF_RE.match("【疫情防控】10月19日，县里开展应急演练。")  # (no title before the text)
    assert not BRACKET_BRIEF_RE.match("【城关镇开展消防演练】9月3日，城关镇……")  # (a title in brackets: runin)


def test_single_bracketed_brief_is_an_article():
    layout = split_page(PAGE)
    assert check_no_loss(PAGE, layout) == []
    brief = next(a for a in layout.articles if a.title == "全县开展秋冬季疫情防控应急演练")
    assert "".join(brief.body.split()).startswith("10月19日，县卫健局")
    first = next(a for a in layout.articles if a.title.startswith("茅坪镇"))
    assert "疫情" not in first.body
