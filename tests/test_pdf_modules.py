"""corpus_tools.pdf.modules: headlines with kickers and subtitles, the body under each, reading order."""

from corpus_tools.pdf.chars import Box, Glyph
from corpus_tools.pdf.lines import PdfLine
from corpus_tools.pdf.modules import page_modules


def _line(text, x, y, size):
    return PdfLine([Glyph(ch, x + i * size, y, x + (i + 1) * size, y + size, size, 0) for i, ch in enumerate(text)])


def _column(texts, x, top, size=10, pitch=14):
    return [_line(t, x, top - k * pitch, size) for k, t in enumerate(texts)]


def _heads(modules):
    return [None if m.head is None else "".join(x.text for x in m.head.lines) for m in modules]


def test_flush_left_headline_takes_both_its_columns_and_the_next_module_its_own():
    lines = [_line("民生", 30, 790, 12)]  # a section label above the row
    lines += [_line("五台山景区迎客", 30, 750, 20)]  # flush left, over the first of two columns
    lines += _column(["景区实行预约", "游客有序入园", "秩序井然。"], 30, 725)
    lines += _column(["各停车场增设", "引导员三十名"], 100, 725)
    lines += [_line("繁峙新桥通车", 182, 750, 16)]
    lines += _column(["滹沱河大桥昨", "日正式通车。"], 175, 725)
    roles = ["mid", "head"] + ["body"] * 5 + ["head"] + ["body"] * 2
    modules = page_modules(lines, roles, [], 10)
    assert _heads(modules) == ["民生", "五台山景区迎客", "繁峙新桥通车"]
    assert [[c.lines[0].text for c in m.chunks] for m in modules] == [[], ["景区实行预约", "各停车场增设"], ["滹沱河大桥昨"]]


def test_kicker_and_subtitle_touch_their_headline():
    lines = [_line("平顺县", 60, 760, 11), _line("旱地西红柿卖出好价钱", 30, 738, 18),
             _line("——一个村的增收账", 50, 722, 11)] + _column(["今年全村种植", "西红柿八百亩"], 30, 700)
    roles = ["mid", "head", "mid", "body", "body"]
    (m,) = page_modules(lines, roles, [], 10)
    assert [x.text for x in m.head.kickers] == ["平顺县"]
    assert [x.text for x in m.head.subtitles] == ["——一个村的增收账"]
    assert len(m.chunks) == 1


def test_rule_between_stops_a_headline_reaching_down():
    lines = [_line("隰县梨花节开幕", 30, 760, 18)] + _column(["游客赏花踏青"], 30, 735)
    lines += _column(["上期答案：略"], 30, 600)  # under a rule: not this article's
    roles = ["head", "body", "body"]
    modules = page_modules(lines, roles, [Box(20, 650, 200, 651)], 10)
    assert _heads(modules) == ["隰县梨花节开幕", None]


def test_body_running_on_under_a_photo_is_read_band_by_band():
    lines = [_line("交口县修缮古戏台", 30, 760, 18)]
    lines += _column(["甲一", "甲二"], 30, 735) + _column(["乙一", "乙二"], 100, 735)
    lines += _column(["丙一", "丙二"], 30, 600) + _column(["丁一", "丁二"], 100, 600)
    roles = ["head"] + ["body"] * 8
    (m,) = page_modules(lines, roles, [], 10)
    assert [c.lines[0].text for c in m.chunks] == ["甲一", "乙一", "丙一", "丁一"]


def test_letter_spaced_headline_is_one_head():
    lines = [_line("春", 60, 760, 20), _line("耕", 110, 760, 20), _line("忙", 160, 760, 20)]
    lines += _column(["黎城县各乡镇", "抢抓农时播种"], 40, 735) + _column(["全县已播种谷", "子一万余亩。"], 110, 735)
    roles = ["head"] * 3 + ["body"] * 4
    (m,) = page_modules(lines, roles, [], 10)
    assert [x.text for x in m.head.lines] == ["春", "耕", "忙"] and len(m.chunks) == 2


def test_vertical_headline_heads_the_columns_beside_it():
    lines = [_line("昔阳新闻", 30, 800, 15)]  # a label above the row (on its bar)
    lines += [_line(ch, 194, 760 - k * 22, 20) for k, ch in enumerate("大寨精神代代传")]  # one glyph a line
    lines += _column(["大寨村组织党员", "重走先辈路，接", "受精神洗礼。"], 30, 775)
    lines += _column(["全村今年新发展", "核桃林五百亩。"], 112, 775)
    roles = ["label"] + ["head"] * 7 + ["body"] * 5
    modules = page_modules(lines, roles, [], 10)
    vertical = next(m for m in modules if m.head is not None and m.head.vertical)
    assert "".join(x.text for x in vertical.head.lines) == "大寨精神代代传"
    assert [c.lines[0].text for c in vertical.chunks] == ["大寨村组织党员", "全村今年新发展"]
    label = next(m for m in modules if m.head is not None and m.head.lines[0].text == "昔阳新闻")
    assert label.chunks == []  # a label owns no text


def test_text_in_a_box_and_text_outside_it_have_heads_of_their_own_side():
    # a boxed 简讯 column: a flush-left item title over its column; a column under a photo two columns
    # away starts level with the item's text, its own headline far above the photo
    lines = [_line("■交口县开展义诊", 34, 700, 11)] + _column(["县医院专家走进", "回龙镇义诊。"], 34, 684)
    lines += [_line("石楼红枣丰收", 250, 800, 18)] + _column(["今年全县红枣", "产量创新高。"], 250, 684)
    roles = ["mid", "body", "body", "head", "body", "body"]
    box = Box(30, 650, 130, 716)  # outlined, around the item
    modules = page_modules(lines, roles, [], 10, [box, Box(250, 700, 330, 790)])  # and a photo box
    owner = {c.lines[0].text: (m.head.lines[0].text if m.head else None) for m in modules for c in m.chunks}
    assert owner == {"县医院专家走进": "■交口县开展义诊", "今年全县红枣": "石楼红枣丰收"}


def test_a_paragraph_indented_by_position_under_a_short_last_line_stays_in_its_column():
    lines = [_line("左权县公路建设提速", 30, 760, 18)]
    lines += _column(["全县今年新建农村公路十", "二条。"], 30, 735)
    lines += _column(["明年还将改造危桥", "五座，打通断头路。"], 50, 707)  # indented two characters, no indent glyphs
    modules = page_modules(lines, ["head"] + ["body"] * 4, [], 10)
    assert [[x.text for x in c.lines] for m in modules for c in m.chunks] == [
        ["全县今年新建农村公路十", "二条。", "明年还将改造危桥", "五座，打通断头路。"]]


def test_a_vertical_headline_beside_a_horizontal_one_at_its_top():
    lines = [_line(ch, 194, 760 - k * 22, 20) for k, ch in enumerate("大寨精神代代传")]  # its top glyph level with
    lines += [_line("“晋中好礼”年货节开幕", 240, 757, 20)]  # the headline of the module on its right
    lines += _column(["大寨村组织党员", "重走先辈路。"], 112, 775) + _column(["年货节持续十天。"], 240, 730)
    modules = page_modules(lines, ["head"] * 8 + ["body"] * 3, [], 10)
    assert sorted(_heads(modules)) == ["“晋中好礼”年货节开幕", "大寨精神代代传"]


def test_a_headline_over_the_middle_of_three_columns_owns_a_short_last_column():
    # columns 100 wide, a body size apart: 30-130, 140-240, 250-350; the module's centre is 190; the third
    # column holds one short line (a paragraph's end), so its printed edge stops short of the module's
    lines = [_line("茶厂投产", 154, 760, 18)]  # 72 wide, 154-226: over the middle column only
    lines += _column(["本报讯（记者　吴强）", "河口村茶厂日前正式投", "产。"], 30, 735)
    lines += _column(["　　茶厂吸纳本村劳动", "力四十余人，人均月增", "收两千元，带动周边农"], 140, 735)
    lines += _column(["户增收。"], 250, 735)
    roles = ["head"] + ["body"] * 7
    modules = page_modules(lines, roles, [], 10)
    assert _heads(modules) == ["茶厂投产"]
    assert [c.lines[0].text for c in modules[0].chunks] == ["本报讯（记者　吴强）", "　　茶厂吸纳本村劳动", "户增收。"]


def test_a_photo_title_heads_the_caption_and_the_text_under_its_photo():
    # a title centred over a photo as wide as the module; caption under the photo on the left, then one
    # paragraph run across three columns, a line each
    lines = [_line("春耕时节", 170, 790, 20)]
    lines += [_line("图为农户在田间插秧。（记者　吴强　摄）", 30, 640, 8)]
    lines += _column(["　　连日来，各乡镇农", ], 30, 620) + _column(["户抢抓农时，田间一"], 140, 620)
    lines += _column(["片繁忙。"], 250, 620)
    roles = ["head", "caption", "body", "body", "body"]
    photo = [Box(30, 655, 350, 785), Box(34, 659, 346, 781, True)]
    (m,) = page_modules(lines, roles, [Box(30, 560, 350, 561)], 10, photo)
    assert _heads([m]) == ["春耕时节"]
    assert [c.lines[0].text for c in m.chunks] == ["图为农户在田间插秧。（记者　吴强　摄）", "　　连日来，各乡镇农",
                                                   "户抢抓农时，田间一", "片繁忙。"]


def test_a_headline_over_a_photo_of_its_own_column_keeps_to_it():
    # a photo under a one-column headline: the text beside it is another module's
    lines = [_line("春耕时节", 30, 790, 20), _line("县城新桥通车", 160, 790, 20)]
    lines += _column(["　　连日来，各乡镇农户", "抢抓农时。"], 30, 620)
    lines += _column(["　　县城新桥昨日通车，", "全长三百米。"], 160, 760)
    roles = ["head", "head"] + ["body"] * 4
    modules = page_modules(lines, roles, [], 10, [Box(30, 650, 140, 785)])
    assert _heads(modules) == ["春耕时节", "县城新桥通车"]
    assert [[c.lines[0].text for c in m.chunks] for m in modules] == [["　　连日来，各乡镇农户"], ["　　县城新桥昨日通车，"]]
