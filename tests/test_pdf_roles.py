"""corpus_tools.pdf.roles: body size, headlines, mid-size lines, captions, running header by relative size and place."""

from corpus_tools.pdf.chars import Box, Glyph, PdfPage
from corpus_tools.pdf.lines import PdfLine
from corpus_tools.pdf.roles import body_size, line_roles


def _line(text, x, y, size):
    return PdfLine([Glyph(ch, x + i * size, y, x + (i + 1) * size, y + size, size, 0) for i, ch in enumerate(text)])


def _page():
    lines = [
        _line("黎城报　2022年5月6日　第3版", 30, 800, 8),
        _line("黎城县", 40, 760, 11),
        _line("春播生产全面展开", 40, 735, 20),
        _line("全县完成播种三万亩，农机手", 40, 710, 10),
        _line("加班加点抢抓农时，确保不误", 40, 696, 10),
        _line("农时。", 40, 682, 10),
        _line("▲农机手在田间作业", 40, 560, 8),
    ]
    page = PdfPage(1, 420, 842, rules=[Box(30, 795, 390, 796)], boxes=[Box(40, 572, 200, 670)])
    return lines, page


def test_body_size_is_the_commonest():
    lines, _ = _page()
    assert body_size(lines) == 10


def test_roles_relative_to_body():
    lines, page = _page()
    assert line_roles(lines, page, 10) == ["furniture", "mid", "head", "body", "body", "body", "caption"]


def test_same_page_scaled_keeps_its_roles():
    lines, page = _page()
    big = [_line(x.text, x.x0 * 1.5, x.y0 * 1.5, x.size * 1.5) for x in lines]
    page2 = PdfPage(1, 630, 1263, rules=[Box(45, 1192, 585, 1193)], boxes=[Box(60, 858, 300, 1005)])
    assert line_roles(big, page2, body_size(big)) == line_roles(lines, page, 10)


def test_folio_line_at_top_without_rule_is_furniture():
    lines, _ = _page()
    page = PdfPage(1, 420, 842)
    assert line_roles(lines, page, 10)[0] == "furniture"


def test_glyphs_set_at_size_zero_give_no_body_size():
    """Hidden text set with a zero font size must not make the body size 0 (a division by zero later)."""
    hidden = PdfLine([Glyph(ch, 10.0 * k, 700.0, 10.0 * k, 700.0, 0.0, k) for k, ch in enumerate("看不见的字")])
    shown = PdfLine([Glyph(ch, 10.0 * k, 680.0, 10.0 * k + 9.5, 689.5, 9.5, 10 + k) for k, ch in enumerate("正文")])
    assert body_size([hidden, hidden, shown]) == 9.5
    assert body_size([hidden]) == 10.0


def test_a_line_on_a_filled_bar_is_a_label_and_a_page_background_no_box():
    lines = [_line("要闻", 40, 770, 15),  # white on a black bar across the page
             _line("寿阳县召开防汛会", 40, 735, 20), _line("全县部署防汛工作。", 40, 710, 10), _line("（李明）", 40, 696, 8)]
    page = PdfPage(1, 420, 842, boxes=[Box(30, 764, 390, 790, filled=True)], backgrounds=[Box(0, 0, 420, 842, True)])
    assert line_roles(lines, page, 10) == ["label", "head", "body", "body"]
    page.boxes[0] = Box(30, 764, 390, 790)  # only outlined: a box around a headline, no bar
    assert line_roles(lines, page, 10)[0] == "head"
