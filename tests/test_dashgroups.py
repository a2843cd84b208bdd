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


def test_kicker_over_a_one_line_title_read_by_form():
    from corpus_tools.layout.dashgroups import kicker_by_form, kickers_over_titles
    assert kicker_by_form("香菇产业提质增效", "西峡香菇飘香海内外")
    assert kicker_by_form("喜迎盛会　争创佳绩", "全县今年安居工程开工率过九成")
    assert not kicker_by_form("杨家沟革命纪念馆", "接待参观群众三万人次")  # (one title over two lines)
    assert not kicker_by_form("图片新闻", "红色研学热")  # (a column's name)
    assert not kicker_by_form("【学习札记】", "从“两个务必”说起")
    assert not kicker_by_form("西吉县民政局", "关于做好冬春救助工作的通知")  # (a notice's issuer)
    assert not kicker_by_form("县委召开常委会议", "深入学习贯彻党的二十大精神")  # (an actor opens a title's half)
    assert not kicker_by_form("清溪报2019年9月27日 星期五", "乡村振兴专版")  # (a folio line)
    assert not kicker_by_form("香菇产业提质增效", "西峡香菇飘香海内外", by_length=False)
    assert kicker_by_form("抓产业　促增收", "西峡香菇飘香海内外", by_length=False)
    raw = "桃花产业提质增效\n西峡桃花飘香海内外\n图片新闻\n"
    tags = ["B-title", "title", "caption"]
    assert kickers_over_titles(read_lines(raw), tags) == tags  # (no text under the group)
