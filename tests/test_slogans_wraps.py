"""Column wraps joined before slogan detection (corpus_tools.slogans.wraps)."""

import pytest

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.wraps import unwrap

# a county page set in a 13-character column, as read straight from the page (invented text)
COLUMN = ("镇原县：“三变”改革让荒山\n变金山\n"
          "镇原县深化“三变”改革，即\n“资源变资产、资金变股金、\n农民变股东”，全县已有一百\n"
          "八十个村集体经济“清零”。\n县里持续推进“小窑洞大产业\n”行动，按照抓基础、抓短板\n"
          "、抓后劲的要求，扎实推进农\n村人居环境整治。")


def test_formulae_across_wraps_are_found():
    found = {(m.text, m.kind) for m in find_slogans(COLUMN, formulae=False)}
    assert found == {("三变", "numbered"), ("资源变资产、资金变股金、农民变股东", "parallel"),
                     ("小窑洞大产业", "quoted"), ("抓基础、抓短板、抓后劲", "parallel")}


def test_offsets_index_the_printed_text():
    for m in find_slogans(COLUMN, formulae=False):
        assert COLUMN[m.start:m.end].replace("\n", "") == m.text


def test_known_formula_across_a_wrap():
    text = "会议强调，要把巩固拓展脱贫攻\n坚成果同乡村振兴有效衔接作\n为当前农村工作的头等大事，\n严格落实各项帮扶政策要求。"
    assert "脱贫攻坚" in {m.formula for m in find_slogans(text) if m.source != "marked"}


def test_paragraph_lines_are_kept():
    text = "县委召开全会。\n会议强调，要坚持“生态立县”不动摇。\n二、抓实产业"
    assert unwrap(text) == (text, None)


def test_short_last_line_and_indent_end_a_paragraph():
    text = ("会议要求，各乡镇要对\n标“工业强县、农业稳\n县、文旅兴县”发展路\n径，推动乡村振兴。\n"
            "\u3000\u3000二是抓实产业，各\n乡镇要比进度、比成效\n。")
    joined, index = unwrap(text)
    assert joined.split("\n") == ["会议要求，各乡镇要对标“工业强县、农业稳县、文旅兴县”发展路径，推动乡村振兴。",
                                  "\u3000\u3000二是抓实产业，各乡镇要比进度、比成效。"]
    assert all(text[i] == c for i, c in zip(index, joined))


def test_line_opening_with_closing_punctuation_continues():
    assert unwrap("推行“屋场夜话\n”工作法")[0] == "推行“屋场夜话”工作法"


def test_bad_text():
    with pytest.raises(TypeError, match="text must be a str"):
        unwrap(None)
