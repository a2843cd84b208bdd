"""Tests of corpus_tools.layout.headbreaks: heading lines the line model ran into a paragraph (invented text)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.headbreaks import paragraphs_under_heading_lines
from corpus_tools.layout.lines import read_lines

# a narrow column: a finished paragraph, a headline wider than the column, the next article's lead
PAGE = ("会议强调，要汇聚智力\n资源，共同应对时代提\n出的新命题和新挑战。\n某镇召开秋季防火工作会议\n"
        "近日，某镇召开秋季森\n林防火工作会议，要求\n部署全镇的防火工作，\n落实各项措施。\n")


def _tags(raw: str, tags: list[str]) -> list[str]:
    return paragraphs_under_heading_lines(read_lines(raw), tags)


def test_a_heading_line_run_into_the_next_paragraph_stands_alone():
    tags = ["para", "cont", "cont", "para", "cont", "cont", "cont", "cont"]
    out = _tags(PAGE, tags)
    assert out[3:5] == ["para", "para"]
    assert out[:3] == tags[:3] and out[5:] == tags[5:]


def test_a_first_line_as_wide_as_the_column_stays_in_its_paragraph():
    raw = ("各村的道路硬化工程\n已全部完工，村民出行\n更加方便了。\n全镇今年新修的道路\n总长达到三十公里，\n"
           "惠及群众两万人。\n")
    tags = ["para", "cont", "cont", "para", "cont", "cont"]
    assert _tags(raw, tags) == tags


def test_a_line_that_reads_on_stays_in_its_paragraph():
    raw = "已全部完工，村民出行\n更加方便了。\n持续推进办学模式改\n革，不断促进优质资源共建共享。\n"
    tags = ["cont", "cont", "para", "cont"]
    assert _tags(raw, tags) == tags


def test_a_page_printed_a_paragraph_per_line_is_left_alone():
    raw = ("全镇今年新修道路三十公里，惠及群众两万人。\n某镇召开秋季防火工作会议\n9月8日，某镇召开秋季森林防火工作会议。\n"
           "会议部署了全镇的防火工作。\n")
    tags = ["para", "para", "cont", "para"]
    assert _tags(raw, tags) == tags


def test_no_line_after_an_unfinished_sentence_is_opened():
    raw = "各村的道路硬化工程已全部\n某镇召开秋季防火工作会议\n9月8日，某镇召开\n秋季森林防火工作会\n"
    tags = ["para", "cont", "cont", "cont"]
    assert _tags(raw, tags) == tags


def test_split_page_loses_no_character():
    layout = split_page(PAGE)
    assert not check_no_loss(PAGE, layout)


def test_a_sign_off_stays_in_its_notice():
    raw = ("违者依法追究责任。\n四、本通告自发布之日起施行。\n某某县人民政府\n二〇〇六年四月十日\n"
           "本报讯 全县春耕生产全面展开，各乡镇\n")
    tags = ["cont", "para", "para", "cont", "B-para"]
    assert _tags(raw, tags) == tags


def test_an_indented_paragraph_start_is_left_alone():
    raw = ("　　今年以来，全镇按照\n产业发展的要求，把茶\n叶作为主导产业，由公\n司统一收购鲜叶。\n　　合作社理事长王光荣\n"
           "算了一笔账，全村茶园\n两千多亩，带动农户增\n收。\n")
    tags = ["para", "cont", "cont", "cont", "para", "cont", "cont", "cont"]
    assert _tags(raw, tags) == tags
