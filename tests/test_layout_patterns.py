"""corpus_tools.layout.patterns: where a run of text turns to a heading's words (turn_point)."""

from __future__ import annotations

import random

import pytest

from corpus_tools.layout.patterns import cjk_bigrams, is_masthead_line, section_for, turn_point


def _turn_by_unions(grams: set[str], parts: list[set[str]], cuts: list[int], floor: int) -> int | None:
    """The definition, written out: the unions above and below every cut, taken anew."""
    best, at = floor, None
    for c in cuts:
        below, above = set().union(*parts[c:]), set().union(*parts[:c])
        gain = len(grams & below - above) - len(grams & above - below)
        if gain > best:
            best, at = gain, c
    return at


@pytest.mark.parametrize("seed", range(40))
def test_turn_point_matches_its_definition(seed: int) -> None:
    rng = random.Random(seed)
    chars = "菜园开共享村民认领春耕"
    parts = [cjk_bigrams("".join(rng.choice(chars) for _ in range(rng.randint(0, 8)))) for _ in range(rng.randint(1, 7))]
    grams = cjk_bigrams("".join(rng.choice(chars) for _ in range(6)))
    cuts = sorted(rng.sample(range(1, len(parts)), k=rng.randint(0, len(parts) - 1))) if len(parts) > 1 else []
    floor = rng.choice([0, 1, 2])
    assert turn_point(grams, parts, cuts, floor=floor) == _turn_by_unions(grams, parts, cuts, floor)


def test_turn_point_at_the_paragraph_that_names_the_heading() -> None:
    parts = [cjk_bigrams("春耕备耕有序"), cjk_bigrams("共享菜园开园"), cjk_bigrams("居民认领菜园")]
    assert turn_point(cjk_bigrams("共享菜园开园"), parts, [1, 2]) == 1
    assert turn_point(cjk_bigrams("共享菜园开园"), [], []) is None


@pytest.mark.parametrize("text, staff", [
    ("责任编辑：俞佳敏 版式设计：周洁", True),
    ("编辑 赵明远  校对 孙丽", True),
    ("责任编辑：杨丽华", True),
    ("编辑部召开专题会议", False),
    ("校对工作会议在县里召开", False),
])
def test_staff_lines_are_told_by_roles_and_names(text, staff):
    from corpus_tools.layout.patterns import is_staff_line

    assert is_staff_line(text) is staff


def test_section_comes_from_the_page_line_not_the_paper_or_staff_line():
    from corpus_tools.layout.patterns import section_for

    assert section_for([(0, "双城新闻 2023年11月8日 第3版 镇街动态"), (1, "编辑 赵明远  校对 孙丽")], 5) == "镇街动态"
    assert section_for([(0, "嵊州日报"), (1, "2024年3月22日 星期五 A2 要闻"), (2, "责任编辑：俞佳敏 版式设计：周洁")], 5) == "要闻"


def test_text_width_is_the_sum_of_char_widths():
    from corpus_tools.layout.patterns import char_width, text_width

    for line in ["  林州市2024年“红旗渠”精神‘传承’ ", "ＡＢ１２：30\u2017\u201e\u2e7f\u2e80", "", "abc  "]:
        assert text_width(line) == sum(char_width(ch) for ch in line.strip())


def test_parse_byline_gives_a_fresh_list_each_call():
    from corpus_tools.layout.bylines import parse_byline

    first = parse_byline("（记者 张丽娜 通讯员 李红）")
    first.append(("摄影", "王刚"))  # a caller's change must not reach the next call (results are kept)
    assert parse_byline("（记者 张丽娜 通讯员 李红）") == [("记者", "张丽娜"), ("通讯员", "李红")]


@pytest.mark.parametrize("text, credit", [("（本版图片除署名外均由县融媒体中心提供）", True), ("本版图片由县委宣传部提供", True),
                                          ("（县统计局供稿）", False)])
def test_page_note_in_brackets_is_a_credit_not_a_unit_byline(text, credit):
    from corpus_tools.layout.bylines import parse_byline
    from corpus_tools.layout.patterns import is_credit
    assert is_credit(text) is credit
    assert (parse_byline(text) == [("", "县统计局")]) is (not credit)


def test_a_county_newsrooms_reporter_and_a_writers_credit_are_bylines():
    from corpus_tools.layout import parse_byline
    assert parse_byline("西吉融媒记者　周文斌　通讯员　刘晓宇") == [("记者", "周文斌"), ("通讯员", "刘晓宇")]
    assert parse_byline("撰稿　陈昌华　摄影　李　涛") == [("撰文", "陈昌华"), ("摄影", "李涛")]
    assert parse_byline("（撰稿：王　磊）") == [("撰文", "王磊")]
    assert parse_byline("撰稿人员名单") is None


def test_a_page_line_with_its_editor_after_a_space_is_page_furniture():
    from corpus_tools.layout.patterns import is_folio_line
    assert is_folio_line("2023年5月12日　星期五　第2版　综合新闻　　责任编辑　马　丽")
    assert is_folio_line("西吉报　2023年5月12日　星期五　第1版　要闻　值班主任：田　军")
    assert not is_folio_line("5月8日全县开展演练　编辑　张三")


# --- masthead small print (round 28) ---

@pytest.mark.parametrize("text, want", [
    ("第288期　本期四版", True),
    ("中共清流县委机关报　　国内统一刊号：CN35-0112", True),
    ("邮发代号：34-77　总第1502期", True),
    ("清流县融媒体中心主办", True),
    ("第3期乡村振兴培训班开班", False),
    ("全县召开第288期党员大会", False),
])
def test_masthead_small_print(text, want):
    assert is_masthead_line(text) is want


def test_running_header_with_page_after_its_name_names_its_section():
    assert section_for([(0, "清流报　2012年8月9日　星期四　乡村振兴·B2")], 10) == "乡村振兴"


def test_a_page_name_of_two_words_joined_by_a_middle_dot_is_the_section():
    from corpus_tools.layout.patterns import page_name, section_for

    line = "河口报　2010年6月4日　星期五　第2版　农业·科技"
    assert page_name(line) == "农业·科技"
    # the page's name, not a column heading under it, is the section of every article
    assert section_for([(0, line), (3, "简讯"), (9, "春耕")], 5) == "农业·科技"
    assert page_name("河口报　2010年6月4日　星期五　农业·科技·B2") == "农业·科技"
    assert page_name("河口报　2010年6月4日　星期五　第2版") is None


def test_a_text_page_whose_page_name_has_a_middle_dot_gives_it_to_every_article():
    import corpus_tools as ct
    import pandas as pd

    text = ("河口报　2010年6月4日　星期五　第2版　农业·科技\n\n简讯\n"
            "■　县农业局日前在河口镇开展春耕技术培训。（陈林）\n"
            "■　县科协日前举办科普讲座。（赵芳）\n")
    c = ct.read_corpus(pd.DataFrame({"text": [text], "date": ["2010-06-04"], "issue_id": ["p2"]}))
    assert set(c.articles_frame()["section"]) == {"农业·科技"}
