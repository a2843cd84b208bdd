"""A byline printed on two lines (corpus_tools.layout.bylineruns; fifteenth round)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.bylineruns import second_byline_lines, sentences_under_bylines
from corpus_tools.layout.lines import read_lines

HEAD = "石门镇茶园喜迎开采节\n本报记者　王　芳\n"


def test_second_byline_line_read_as_body_is_a_byline():
    raw = HEAD + "通讯员　赵小刚\n3月6日，石门镇茶园迎来开采节，茶农们\n正忙着采摘今年的第一批春茶。\n"
    got = second_byline_lines(read_lines(raw), ["B-title", "byline", "cont", "cont", "cont"])
    assert got == ["B-title", "byline", "byline", "para", "cont"]


def test_body_line_under_a_byline_stays_body():
    raw = HEAD + "3月6日，石门镇茶园迎来开采节，茶农们\n正忙着采摘今年的第一批春茶。\n"
    tags = ["B-title", "byline", "para", "cont"]
    assert second_byline_lines(read_lines(raw), tags) == tags


def test_split_page_reads_both_byline_lines():
    raw = HEAD + "通讯员　赵小刚\n3月6日，石门镇茶园迎来开采节，茶农们\n正忙着采摘今年的第一批春茶。\n"
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    art = layout.articles[0]
    assert [(r, n.replace("\u3000", "").replace(" ", "")) for r, n in art.byline] == [("记者", "王芳"), ("通讯员", "赵小刚")]
    assert art.body.startswith("3月6日")


def test_byline_line_under_a_subtitle_read_as_an_article_start_is_a_byline():
    raw = ("一支笔的新故事\n——访石门镇党委书记王大明\n本报记者 赵小刚\n【编者按】石门镇是全县重要的制笔基地，\n"
           "近年来推进产业转型。\n")
    got = second_byline_lines(read_lines(raw), ["B-title", "subtitle", "B-para", "cont", "cont"])
    assert got == ["B-title", "subtitle", "byline", "para", "cont"]


def test_sentence_under_a_headline_groups_byline_opens_the_body():
    raw = read_lines("彝家新寨迎新年\n记者 阿苏伍呷　吉克曲布\n11月18日，底底古村的\n广场上人头攒动。\n")
    assert sentences_under_bylines(raw, ["B-title", "byline", "title", "B-para"]) == ["B-title", "byline", "para", "cont"]


def test_title_line_under_a_byline_without_sentence_marks_stays():
    raw = read_lines("彝家新寨迎新年\n记者 阿苏伍呷\n彝族年系列活动开幕\n广场上人头攒动。\n")
    tags = ["B-title", "byline", "title", "B-para"]
    assert sentences_under_bylines(raw, tags) == tags



def test_credit_broken_before_its_close_is_one_byline():
    from corpus_tools.layout.bylineruns import split_credits_and_notes
    raw = "宣平溪畔荷花开\n6月下旬，千亩荷塘进入盛花期。\n（记者 徐　敏\n 摄）\n老街记忆\n豆腐坊开张了。\n"
    got = split_credits_and_notes(read_lines(raw), ["B-title", "para", "para", "cont", "B-title", "para"])
    assert got == ["B-title", "para", "byline", "byline", "B-title", "para"]
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert [(r, n.replace("\u3000", "").replace(" ", "")) for r, n in layout.articles[0].byline] == [("摄影", "徐敏")]


def test_closing_note_is_the_texts_last_line_not_a_byline():
    raw = ("老街记忆（二）\n文/图　邵　军\n从南门进老街，第一家是开了六十多年的豆腐\n坊。天不亮，磨盘就转起来了。\n（未完待续）\n"
           "县里部署防汛工作\n本报讯 6月19日，县里召开防汛工作会议。\n")
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    art = layout.articles[0]
    assert art.body.endswith("（未完待续）")
    assert [(r, n.replace("\u3000", "").replace(" ", "")) for r, n in art.byline] == [("撰文", "邵军")]
    assert layout.articles[1].title == "县里部署防汛工作"


def test_bylines_of_other_forms():
    from corpus_tools.layout.bylines import parse_byline
    from corpus_tools.layout.patterns import BYLINE_TAIL_RE, is_staff_line
    assert parse_byline("（全文完）") is None                              # an editorial note
    assert BYLINE_TAIL_RE.search('就来指导。"(通讯员 丁海波)')           # an ASCII quote closes the sentence
    assert is_staff_line("责任编辑：才让卓玛　校对：韩　忠")
