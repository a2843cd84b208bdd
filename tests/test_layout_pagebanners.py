"""A special page's name is a banner (corpus_tools.layout.pagebanners)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.pagebanners import edition_banners, is_edition_name

PAGE = (
    "2016年3月18日　河口报　第3版\n"
    "践行“两学一做”　争做合格党员\n"
    "——全县“两学一做”学习教育专版\n"
    "县委书记为全县党员干部讲党课\n"
    "本报记者　王海燕　　通讯员　李强\n"
    "　　3月15日，县委书记张建国以“学党章党规、学系列讲话，\n"
    "做合格党员”为主题，为全县科级以上干部讲党课。\n"
    "　　张建国说，开展学习教育，是加强党的思想政治建设的重要\n"
    "举措。各级干部要把学习教育与推动发展结合起来。\n"
)


def test_edition_names():
    assert is_edition_name("——全县“两学一做”学习教育专版") and is_edition_name("乡村振兴专刊　　主编：王　平")
    assert not is_edition_name("县文联出版了抗战胜利纪念特刊。") and not is_edition_name("县委召开常委会议")


def test_edition_name_read_as_kicker_is_a_banner():
    lines = read_lines("——全县脱贫攻坚专版\n书记为党员干部讲党课\n本报记者 王磊\n")
    assert edition_banners(lines, ["B-kicker", "title", "byline"]) == ["banner", "B-title", "byline"]


def test_page_with_an_edition_banner():
    layout = split_page(PAGE)
    assert check_no_loss(PAGE, layout) == []
    assert [a.title for a in layout.articles] == ["县委书记为全县党员干部讲党课"]
    assert layout.articles[0].kicker is None
    assert any(b.kind == "banner" and "专版" in b.text for b in layout.blocks)
