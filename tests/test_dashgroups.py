"""Headline groups closed by a ``——`` subtitle (corpus_tools.layout.dashgroups)."""

from corpus_tools.layout import split_page
from corpus_tools.layout.dashgroups import kickers_over_dash_titles, titles_over_dash_subtitles
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.units import Unit

PAGE = ("清溪报　　2015年6月5日　星期五　第2版\n"
        "要闻\n"
        "抓项目　促发展\n"
        "我县新建温室大棚一千座\n"
        "——菜农人均增收三千元\n"
        "本报讯（记者　周明）6月2日，记者从县农业局获悉，\n"
        "今年全县新建温室大棚一千座，带动菜农人均增收三千\n"
        "元。大棚蔬菜已成为农民增收的主导产业。\n"
        "县里还组织技术人员进村入户指导生产，开展培训二十\n"
        "场，受训农民两千人次。\n"
        "（通讯员　李红）\n"
        "桥头镇修通村道十二公里\n"
        "本报讯　今年以来，桥头镇投入资金八百万元，修通村\n"
        "道十二公里，全镇村村通上了水泥路。\n")


def test_kicker_over_title_and_dash_subtitle_on_a_page():
    layout = split_page(PAGE)
    first = layout.articles[0]
    assert first.title == "我县新建温室大棚一千座"
    assert "".join((first.kicker or first.section or "").split()) == "抓项目促发展"  # (kicker or section, not title)
    assert "菜农人均增收三千元" in (first.subtitle or "")
    assert first.body.endswith("受训农民两千人次。")
    assert layout.articles[1].title == "桥头镇修通村道十二公里"


def test_rules_move_the_title_down_to_the_line_over_the_subtitle():
    layout = split_page(PAGE, method="rules")
    assert layout.articles[0].title == "我县新建温室大棚一千座"


def test_title_broken_over_two_lines_stays_a_title():
    raw = "石桥村小竹编织出\n“网红”致富路\n——竹编走出大山\n本报讯 今年竹编产值五百万元。\n"
    tags = ["B-title", "title", "subtitle", "B-para"]
    assert kickers_over_dash_titles(read_lines(raw), tags) == tags


def test_sentence_line_is_no_kicker():
    raw = "全县茶叶丰收了。\n我县茶叶产值突破五亿元\n——名茶走出大山\n本报讯 今年茶叶产值五亿元。\n"
    tags = ["B-title", "title", "subtitle", "B-para"]
    assert kickers_over_dash_titles(read_lines(raw), tags) == tags


def test_unit_titles_need_a_dash_subtitle():
    us = [Unit("head", [], "喜迎盛会　争创佳绩"), Unit("head", [], "我县茶叶产值突破五亿元"),
          Unit("head", [], "名茶走出大山"), Unit("body", [], "本报讯 今年茶叶产值五亿元。")]
    assert titles_over_dash_subtitles(us, {0: 0}) == {0: 0}
    assert us[0].final == ""
