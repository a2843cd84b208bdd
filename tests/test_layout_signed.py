"""Short items closed by a signature among byline-line articles (corpus_tools.layout.signed; round 21)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.signed import items_over_indents, signature_lines, signature_spans

#: A page of 铅山报 (invented text) printed at a width of 17 with blank lines between articles.
MAST = "第02版　铅山报　综合新闻　2023年5月16日　星期二\n\n"
BYLINED = ("河口镇举办农民技能培训班\n本报记者　吴志强\n"
           "　　河口镇卫生院为86名老人开展免\n费体检，已经建立健康档案。河口镇党\n委书记表示，将全面推进乡村振兴，推\n"
           "动各项任务落地见效。\n"
           "　　“以前路难走，现在方便多了。”\n鹅湖村村民汪秀英笑着说。县领导到\n河口镇调研时要求，要倒排工期、挂图\n"
           "作战，确保按时完工。县农业农村部门\n派出技术员931名，深入果园指导生\n产。\n")
#: The page's foot: the staff line after the last article (the model reads the last item into the one above with it).
FOOT = "\n责任编辑：周雅琴　校对：汪建\n"
SIGNED = ("鹅湖村：小山村走出致富路\n　　走进河口镇鹅湖村，一排排新房错\n落有致，村道干净整洁。县农业农村部\n"
          "门派出技术员273名，深入果园指导\n生产。\n"
          "　　鹅湖村新修通村公路52公里，群\n众出行更加方便。\n")


def _titles_bylines(raw: str) -> list[tuple[str | None, list[tuple[str, str]]]]:
    raw += FOOT
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    return [(a.title, a.byline) for a in layout.articles]


def test_signature_spans_one_line_and_cut():
    lines = [ln for ln in read_lines("完工。\n（邱玉兰）\n县委全会召开\n（谢\n春华）\n（相关报道见第3版）\n") if ln]
    assert signature_spans(lines)[:2] == [(1, 1), (3, 4)]


def test_a_signature_read_as_a_heading_closes_the_text_above():
    raw = "县委全会召开\n　　会议强调，要确保按时完工。\n（邱玉兰）\n\n全县干部大会召开\n□记者 孙海燕\n"
    tags = signature_lines(read_lines(raw), ["B-title", "para", "B-title", "title", "byline"])
    assert tags == ["B-title", "para", "cont", "B-title", "byline"]


def test_a_heading_over_an_indent_after_a_finished_bylined_article_opens_the_next():
    raw = MAST + BYLINED + "\n" + SIGNED.replace("更加方便。\n", "更加方便。（程小燕）\n")
    assert _titles_bylines(raw) == [("河口镇举办农民技能培训班", [("记者", "吴志强")]),
                                    ("鹅湖村：小山村走出致富路", [("", "程小燕")])]


def test_the_item_splits_without_a_signature_too():
    titles = [t for t, _ in _titles_bylines(MAST + BYLINED + "\n" + SIGNED)]
    assert titles == ["河口镇举办农民技能培训班", "鹅湖村：小山村走出致富路"]


def test_a_signature_alone_on_its_line_is_not_the_next_title():
    raw = MAST + SIGNED + "（程小燕）\n\n" + BYLINED
    assert _titles_bylines(raw) == [("鹅湖村：小山村走出致富路", [("", "程小燕")]),
                                    ("河口镇举办农民技能培训班", [("记者", "吴志强")])]


def test_the_first_title_of_the_page_is_no_section():
    raw = MAST + SIGNED.replace("更加方便。\n", "更加方便。（\n程小燕）\n") + "\n" + SIGNED.replace("鹅湖村", "陈坊村") + FOOT
    layout = split_page(raw)
    assert [a.title for a in layout.articles] == ["鹅湖村：小山村走出致富路", "陈坊村：小山村走出致富路"]
    assert all(not a.section for a in layout.articles)


def test_an_enumerated_subhead_stays_in_its_body():
    raw = "（一）强化组织领导\n　　镇里成立工作专班，倒排工期、挂图作战，\n确保按时完工。\n"
    tags = items_over_indents(read_lines("　　会议要求，抓好落实。\n\n" + raw), ["B-para", "para", "para", "cont"])
    assert tags == ["B-para", "para", "para", "cont"]


def test_a_short_indented_line_is_no_paragraph_opening():
    raw = ("　　会议要求，各地抓好落实，确保各项工作\n按时完成。\n\n防汛不松劲\n　　堤坝有人守\n"
           "本报讯 连日来，各镇组织干部巡查堤坝，排\n查隐患点位，确保安全度汛。\n")
    tags = ["B-para", "cont", "B-title", "title", "para", "cont"]
    assert items_over_indents(read_lines(raw), tags) == tags


def test_a_byline_line_and_a_signature_naming_one_person_give_the_name_once():
    raw = MAST + BYLINED + "\n" + SIGNED.replace("小山村走出致富路\n", "小山村走出致富路\n通讯员　程小燕\n").replace(
        "更加方便。\n", "更加方便。（程小燕）\n")
    assert _titles_bylines(raw)[1] == ("鹅湖村：小山村走出致富路", [("通讯员", "程小燕")])


def test_the_rules_split_a_signed_item_after_a_bylined_article_too():
    raw = MAST + BYLINED + "\n" + SIGNED.replace("更加方便。\n", "更加方便。（程小燕）\n") + FOOT
    layout = split_page(raw, method="rules")
    assert check_no_loss(raw, layout) == []
    assert [(a.title, a.byline) for a in layout.articles] == [("河口镇举办农民技能培训班", [("记者", "吴志强")]),
                                                              ("鹅湖村：小山村走出致富路", [("", "程小燕")])]


def test_titles_over_openings_reads_roles_none_as_any_tag():
    from corpus_tools.layout.openings import titles_over_openings
    raw = "县里召开会议。\n镇里开展春季植树活动\n　　3月12日，镇里组织干部\n群众植树。\n"
    accept = lambda lines, tags, gap, i: True  # noqa: E731
    tags = ["B-para", "byline", "cont", "cont"]
    assert titles_over_openings(read_lines(raw), tags, accept, roles=None)[1:3] == ["B-title", "para"]
    assert titles_over_openings(read_lines(raw), tags, accept, roles=("para",)) == tags
