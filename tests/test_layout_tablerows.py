"""Rows of tables, boards and lists kept apart in a body; a table does not swallow the next headline (user35 F9)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.tablerows import row_breaks, with_row_breaks
from corpus_tools.layout.tableheads import titles_after_tables

BOARD = ("东桥报　2019年5月2日　星期四　第3版　生态\n\n河长公示牌\n河流名称：青沟河\n县级河长：孟涛（副县长）\n"
         "镇级河长：柏青（东桥镇）\n监督单位：县水利局\n")
TABLE = ("东桥报　2019年5月2日　星期四　第3版　生态\n\n2019年全县空气质量月报\n县气象局发布2019年4月全县空气质量状况：\n"
         "站点　等级　指数\n城东站　良　62\n城西站　优　41\n港口站　良　77\n\n"
         "青沟河整治工程完工\n□　记者　孟小川\n　　记者从县水利局获悉，东桥镇青沟\n河整治工程日前完工。\n"
         "　　工程疏浚河道6公里，新建护坡\n3公里。\n")


def test_board_rows_kept_apart():
    arts = split_page(BOARD).articles
    assert arts[0].title == "河长公示牌"
    assert arts[0].body.split("\n") == ["河流名称：青沟河", "县级河长：孟涛（副县长）", "镇级河长：柏青（东桥镇）",
                                        "监督单位：县水利局"]


def test_table_does_not_swallow_the_next_headline():
    layout = split_page(TABLE)
    titles = [a.title for a in layout.articles]
    assert titles == ["2019年全县空气质量月报", "青沟河整治工程完工"]
    table, news = layout.articles
    assert table.body.split("\n")[-3:] == ["城东站 良 62", "城西站 优 41", "港口站 良 77"]
    assert news.byline == [("记者", "孟小川")]
    assert "青沟河整治工程完工" not in table.body
    assert check_no_loss(TABLE, layout) == []


def test_prose_lines_are_joined():
    # a wrapped paragraph, a lead whose byline is cut by the column, digits in a short line: no break
    assert row_breaks(["　　全县上下认真贯彻落实会议", "精神，扎实推进各项工作。"]) == [False]
    assert row_breaks(["　　本报讯（记者　孟小川　通讯", "员　柏青）日前，全县召开会议。"]) == [False]
    assert row_breaks(["　　2019年11月15日", "，全县召开会议，部署工作。"]) == [False]


def test_list_items_and_indented_rows():
    lines = ["　　现将名单公示如下：", "　　青沟河：县级河长孟涛，镇", "级河长柏青（东桥镇）", "　　白沟河：县级河长孟涛"]
    assert row_breaks(lines) == [True, False, True]
    raw = "\n".join(lines) + "\n"
    text = "".join(x.strip() for x in lines)
    assert with_row_breaks(text, [(2, len(raw) - 1)], raw).count("\n") == 2


def test_titles_after_tables_only_over_a_byline():
    from corpus_tools.layout.lines import read_lines
    page = ("2019年全县空气质量月报\n站点　等级　指数\n城东站　良　62\n城西站　优　41\n\n"
            "　　记者从县水利局获悉，工程完工。\n")
    tags = titles_after_tables(read_lines(page), ["B-title", "para", "para", "para", "cont"])
    assert tags[-1] == "B-para"  # (a text after the table's gap opens an article of its own, no headline)


def test_rows_are_no_displaced_tails():
    # a table's rows end without punctuation: the column-flow repair must not move them to the list below
    page = ("东桥报　2021年8月5日　星期四　第2版　综合\n\n2021年全县空气质量月报\n县气象局发布2021年3月全县空气质量状况：\n"
            "站点　等级　指数\n城东站　良　62\n城西站　优　41\n港口站　良　77\n新区站　优　38\n\n"
            "河长名单公示\n　　根据《东桥县全面推行河长制工作方案\n》，现将部分河长名单公示如下：\n"
            "　　青沟河：县级河长孟涛，镇级河长\n柏青（东桥镇）\n　　白沟河：县级河长孟涛，镇级河长\n宋雨（西桥镇）\n"
            "　　监督单位：县水利局\n")
    layout = split_page(page)
    table = next(a for a in layout.articles if a.title == "2021年全县空气质量月报")
    assert "新区站 优 38" in table.body.split("\n")
    assert check_no_loss(page, layout) == []
