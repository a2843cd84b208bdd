"""corpus_tools.pdf.lines: glyphs into printed lines by drawing order, doubled glyphs side by side."""

from corpus_tools.pdf.chars import Glyph
from corpus_tools.pdf.lines import page_lines


def _run(text, x, y, size, seq, step=None):
    step = size if step is None else step
    return [Glyph(ch, x + i * step, y, x + i * step + size, y + size, size, seq + i) for i, ch in enumerate(text)]


def _rows(rows, right_x):
    """Two columns drawn row by row: each row's left line, then its right line starting at *right_x*."""
    glyphs, seq = [], 0
    for k, (left, right) in enumerate(rows):
        glyphs += _run(left, 30, 600 - 14 * k, 10, seq) + _run(right, right_x, 600 - 14 * k, 10, seq + len(left))
        seq += len(left) + len(right)
    return glyphs


def test_columns_drawn_apart_stay_apart_even_when_close():
    # a comma hung in the gutter almost touches the next column: the drawing order tells them apart
    left = _run("石楼县新建村级", 30, 500, 10, 0) + _run("，", 100, 500, 10, 7)
    left += _run("文化活动室十二", 30, 486, 10, 8)
    right = _run("处，群众在家门", 111, 500, 10, 15) + _run("口就能看演出。", 111, 486, 10, 22)
    lines = page_lines(left + right)
    assert [x.text for x in lines] == ["石楼县新建村级，", "处，群众在家门", "文化活动室十二", "口就能看演出。"]


def test_doubled_bold_headline_glyphs_side_by_side():
    first = _run("永和县", 50, 700, 20, 0)
    second = _run("永和县", 50.4, 700, 20, 3)  # the same string drawn again, shifted a little
    lines = page_lines(first + second)
    assert [x.text for x in lines] == ["永永和和县县"]


def test_sizes_and_baselines_split_lines():
    glyphs = _run("交口新闻", 30, 800, 16, 0) + _run("本报讯", 94, 800, 9, 4) + _run("记者", 30, 780, 9, 7)
    lines = page_lines(glyphs)
    assert [(x.text, x.size) for x in lines] == [("交口新闻", 16), ("本报讯", 9), ("记者", 9)]
    assert sum(len(x.glyphs) for x in lines) == len(glyphs)


def test_two_columns_drawn_row_by_row_are_cut_at_the_gutter():
    # another producer draws each row of a two-column story left to right: the left column's line and the
    # right column's line follow each other closely on one baseline, a hung comma half in the gutter
    rows = [("和顺县推进旱厕改", "造，今年完成改造"), ("造三千户，村容村", "两千八百户，受到"), ("貌焕然一新，", "群众普遍欢迎。")]
    lines = page_lines(_rows(rows, 30 + 8 * 10 + 4))  # a gutter of 0.4 type sizes
    assert [x.text for x in lines] == ["和顺县推进旱厕改", "造，今年完成改造", "造三千户，村容村", "两千八百户，受到",
                                       "貌焕然一新，", "群众普遍欢迎。"]


def test_a_gap_inside_one_column_is_no_gutter():
    # words set apart inside a line (a letter-spaced name), with full lines above and below crossing the gap
    glyphs = _run("左权县举办民歌大赛", 30, 600, 10, 0) + _run("王", 30, 586, 10, 9) + _run("强", 45, 586, 10, 10)
    glyphs += _run("获得一等奖的选手", 30, 572, 10, 11)
    assert [x.text for x in page_lines(glyphs)] == ["左权县举办民歌大赛", "王强", "获得一等奖的选手"]


def test_a_column_line_opening_with_indent_glyphs_is_cut_at_the_gutter_too():
    rows = [("和顺县推进旱厕改造，", "　　今年完成改造"), ("村容村貌焕然一新，", "两千八百户，受到"), ("群众普遍欢迎。改造", "群众普遍好评。")]
    glyphs = _rows(rows, 30 + 10 * 10 + 2)  # the comma hung into a gutter of 1.2 sizes
    assert [x.text for x in page_lines(glyphs)][:2] == ["和顺县推进旱厕改造，", "　　今年完成改造"]
