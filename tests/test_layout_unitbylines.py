"""Bylines naming a unit or a newsroom (corpus_tools.layout.unitbylines; round 32, user32b F2/F3/F8)."""

from corpus_tools.layout.assemble import check_no_loss, split_page
from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.unitbylines import REPORT_TAIL_RE, is_unit, source_note, without_units


def test_a_unit_beside_the_names_is_left_out():
    assert parse_byline("通讯员　王海涛　县文化馆") == [("通讯员", "王海涛")]
    assert parse_byline("（李春梅　县林业局）") == [("", "李春梅")]
    assert parse_byline("通讯员　李春梅（县林业局）") == [("通讯员", "李春梅")]


def test_a_newsroom_before_the_role_is_no_name():
    assert parse_byline("融媒体中心　记者　张新") == [("记者", "张新")]
    assert parse_byline("融媒体中心记者　张新") == [("记者", "张新")]
    assert parse_byline("新媒体中心记者　张新") == [("记者", "张新")]
    assert parse_byline("东丰县融媒体中心　记者　张新　摄影　刘洋") == [("记者", "张新"), ("摄影", "刘洋")]


def test_commentator_and_source_notes():
    assert parse_byline("本报评论员　孟凡") == [("评论员", "孟凡")]
    assert parse_byline("（本报综合）") == [] and parse_byline("（据县农业农村局）") == []
    assert source_note("（据新华社）") and not source_note("（孟凡）")


def test_units_are_told_by_form_not_by_a_list():
    assert is_unit("县农业农村局") and is_unit("县融媒体中心") and not is_unit("欧阳春生")
    assert without_units("（记者 王磊）") == "（记者 王磊）"  # (nothing to leave out: unchanged)
    assert parse_byline("完善城市功能 提升城市品质") is None


def test_report_byline_run_on_after_the_last_sentence():
    assert REPORT_TAIL_RE.search("让群众少跑腿。记者　孟凡　摄影报道")
    assert not REPORT_TAIL_RE.search("记者　孟凡在现场看到，工人正在施工。")
    page = ("新建公园开放\n\n　　城南公园日前建成开放，占地六十亩。\n　　公园设有健身步道和儿童乐园，"
            "方便群众休闲。记者　孟凡　摄影报道\n")
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    art = layout.articles[0]
    assert art.byline == [("记者", "孟凡")]
    assert art.body.endswith("方便群众休闲。")


def test_unit_byline_under_a_headline_is_no_title():
    page = ("综合\n\n县委召开专题会议\n通讯员　王海涛　县文化馆\n\n"
            "　　日前，县委召开专题会议，研究部署冬季供暖工作。\n　　会议要求，各部门要密切配合。\n")
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    art = layout.articles[0]
    assert art.title == "县委召开专题会议"
    assert art.byline == [("通讯员", "王海涛")]


def test_a_lead_byline_cut_after_its_role_word_keeps_the_name_apart():
    page = ("县里召开供暖会议\n\n　　本报讯（记者　张新　通讯员\n　刘洋）日前，县里召开会议，部署冬季供暖工作。\n"
            "　　会议要求，各部门要密切配合。\n")
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    art = layout.articles[0]
    assert "通讯员 刘洋" in art.body
    assert art.byline == [("记者", "张新"), ("通讯员", "刘洋")]
