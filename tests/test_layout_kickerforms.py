"""Disputes the print form settles (layout.kickerforms): a kicker over a doubled title, a labelled kicker."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.kickerforms import printed_kickers
from corpus_tools.layout.lines import read_lines

# invented, as 佳县报 would print its lead (real place names): a plain kicker over a doubled bold title
PAGE = (
    "佳县报\n"
    "2019年10月18日　星期五　第1版\n"
    "做强红枣产业\n"
    "佳佳县县红红枣枣走走进进长长三三角角\n"
    "本报讯（记者 张海平）10月15日，佳县红枣推介会在上海举行，\n"
    "坑镇、朱家坬镇的枣农代表与客商签订订单一千二百吨。\n"
    "县委书记刘建国说，要把红枣做成富民产业。\n"
    "（通讯员 高丽娜）\n"
    "责任编辑　李　平\n"
)


def test_kicker_over_doubled_title_stays_apart():
    layout = split_page(PAGE)
    lead = layout.articles[0]
    assert lead.title == "佳县红枣走进长三角"
    assert lead.kicker == "做强红枣产业"
    assert check_no_loss(PAGE, layout) == []


def test_split_title_dispute_kept_for_one_face():
    lines = read_lines("县委召开常委会议\n深入学习贯彻精神\n")
    assert printed_kickers(lines, {1: "split_title"}) == {1: "split_title"}


def test_labelled_kicker_and_other_kinds():
    lines = read_lines("肩题：红枣飘香\n佳县红枣走进长三角\n")
    assert printed_kickers(lines, {1: "split_title", 0: "banner"}) == {0: "banner"}
