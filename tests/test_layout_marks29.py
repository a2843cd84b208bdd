"""▶ as a brief mark, and running headers naming the paper in pinyin (twenty-ninth round, layout42)."""

from corpus_tools.layout import split_page
from corpus_tools.text import masthead_date

BRIEFS = ("桥头镇修通村道十二公里\n"
          "本报讯　今年以来，桥头镇投入资金八百万元，修通村道\n"
          "十二公里，全镇村村通上了水泥路。（通讯员　李红）\n"
          "\n"
          "民生实事\n"
          "　　▶石门村建起文化广场　石门村投入资金二十万元，\n"
          "建成文化广场一处。（王芳）\n"
          "　　▶清河乡开办夜校　清河乡在乡政府开设夜校，每周\n"
          "二晚为群众讲授种植技术。（赵刚）\n"
          "　　▶东岭村通上自来水　东岭村新铺设管网三公里，全\n"
          "村群众喝上了自来水。（刘明）\n")


def test_triangle_marked_briefs_are_articles_with_run_in_titles():
    titles = [a.title for a in split_page(BRIEFS).articles]
    assert "石门村建起文化广场" in titles
    assert "清河乡开办夜校" in titles
    assert "东岭村通上自来水" in titles


def test_running_header_with_romanised_name_is_a_masthead_line():
    assert masthead_date("清溪报　QINGXI BAO　2022年11月4日　第1版　要闻") is not None
    assert masthead_date("清溪报　QINGXI BAO　2022年11月4日，县委召开常委会。") is None


def test_signature_with_a_transliterated_name_closes_the_item():
    from corpus_tools.layout.bylines import parse_byline
    assert parse_byline("（阿依古丽·买买提）") == [("", "阿依古丽·买买提")]
    assert parse_byline("（中国·双柏彝族虎文化节开幕了）") is None
    page = ("达坂村建起农民夜校\n"
            "9月以来，达坂村在村委会开设农民夜校，每周三晚为村民\n"
            "讲授种植技术，参训群众已达三百余人。（热依拉·艾山）\n"
            "东湖村通上自来水\n"
            "近日，东湖村新铺设管网三公里，全村群众喝上了自来水。\n"
            "（王　芳）\n")
    first = split_page(page).articles[0]
    assert first.byline == [("", "热依拉·艾山")]
    assert first.body.endswith("三百余人。")


def test_photo_item_headline_after_a_signed_text_opens_the_item():
    from corpus_tools.layout.lines import read_lines
    from corpus_tools.layout.signedheads import heads_over_signed_blocks
    raw = ("达坂村建起农民夜校\n"
           "9月以来，达坂村在村委会开设农民夜校，每周三晚为村民\n"
           "讲授种植技术，参训群众已达三百余人。（王　芳）\n"
           "\n"
           "东湖秋色醉游人\n"
           "▲站在东湖大坝上远眺，湖水清澈，两岸层林尽染，吸引了\n"
           "大批游客前来观光。\n"
           "文/图　李　明\n")
    tags = ["B-title", "para", "cont", "cont", "caption", "caption", "byline"]
    assert heads_over_signed_blocks(read_lines(raw), tags) == [
        "B-title", "para", "cont", "B-title", "para", "cont", "byline"]
    unsigned = raw.replace("（王　芳）", "")
    assert heads_over_signed_blocks(read_lines(unsigned), tags) == tags


def test_heading_under_a_jump_mark_over_a_numbered_list_opens_an_article():
    from corpus_tools.layout.afterheads import heads_under_jumps
    from corpus_tools.layout.lines import read_lines
    raw = ("减轻负担就是最实在的增收。（下\n"
           "转第4版）\n"
           "今年我县重点建设项目进展顺利\n"
           "1.东环公路改建工程：全长18公里，已完成路基工程的七成。\n"
           "2.日光温室建设项目：新建日光温室1200座。\n")
    tags = ["para", "cont", "para", "cont", "para"]
    assert heads_under_jumps(read_lines(raw), tags)[2:4] == ["B-title", "para"]
