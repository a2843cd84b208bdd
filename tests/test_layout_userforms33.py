"""Layout forms from the thirty-third round's user pages (a district paper's 简讯 box under a page banner, a notice
page of named 招标公告, a photo item whose credit the column cuts): small invented pages and one page of the user test user33b."""

from pathlib import Path

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.blockheads import article_reaches, stretch_reaches
from corpus_tools.layout.headforms import notice_labels
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.model import Block, PageLayout
from corpus_tools.layout.photonews import headed_photo_bodies

PAGES = Path(__file__).parent / "data" / "user33b" / "pages"


def test_box_items_survive_the_rules_stretch():
    # (user33b F10: the rules' layout ran the box's first items into one headed article, and the arbiter's
    # dispute on the photo caption under the box handed it the whole stretch: an item's first line a banner)
    raw = (PAGES / "2017-11-15_p1.txt").read_text(encoding="utf-8")
    lay = split_page(raw)
    assert check_no_loss(raw, lay) == []
    bodies = ["".join(a.body.split()) for a in lay.articles]
    for item in ("古城区大东乡考察团到鸣音镇鸣音村学习产业发展经验。", "古城区大东乡考察团到巨甸镇古渡村学习产业发展经验。"):
        assert item in bodies  # (each item an article of its own, whole)
    assert not any(b.kind in ("headline", "banner") and "考察团" in b.text for b in lay.blocks)


def test_stretch_reaches_an_article_straddling_the_line():
    lay = PageLayout([Block("caption", "业发展经验。", 0, 6, 0), Block("caption", "图为群众运", 7, 12, 1),
                      Block("caption", "送烤烟。", 13, 17, 0)], [], [])
    assert stretch_reaches(lay, 7, [0]) and not article_reaches(lay, 7, [0])
    assert not stretch_reaches(lay, 7, [20])


def test_named_notice_after_a_gap_opens_its_article():
    page = ("村道硬化工程招标公告\n　　一、招标条件：本项目已由县发改局批准\n建设。\n　　联系人：李红　电话：0839-52\n"
            "11234\n\n乡卫生院改扩建项目招标公告\n　　一、招标条件：本项目已由县发改局批准\n建设。\n")
    tags = ["B-title", "para", "cont", "cont", "cont", "para", "cont", "cont"]
    out = notice_labels(read_lines(page), tags)
    assert out[5:7] == ["B-title", "para"]
    # (a sentence over an indented line is no notice title, nor is a heading without a notice's kind)
    page2 = page.replace("乡卫生院改扩建项目招标公告", "乡卫生院改扩建项目进展顺利")
    assert notice_labels(read_lines(page2), tags)[5] == "para"


def test_photo_credit_cut_by_the_column_closes_the_photo_item():
    page = ("　　紫菜加工企业开足马力生产，产品销往\n全国各地。（王承志）\n\n丰收的海\n图为琯头镇渔民在晾晒海带。　刘思\n"
            "琪 摄\n\n简讯\n").replace("图为琯头镇", "▲琯头镇")
    tags = ["para", "cont", "title", "caption", "caption", "banner"]
    out = headed_photo_bodies(read_lines(page), tags)
    assert out[2] == "B-title" or out[2] == "title"
    assert out[3:5] == ["para", "cont"]  # (the caption and its cut credit: the item's text, its credit read off its end)


def test_photo_item_under_its_own_headline_between_articles():
    # (user33 F2: the headline read as a banner, the caption as the article above's, the credit's 摄 cut off)
    page = ("长门村新农村建设见成效\n　　本报讯（记者　郑秋萍）走进长门村，一排\n排新房整齐排列。村党支部书记吴明\n"
            "清告诉记者，村里正在发展休闲渔业。\n\n丰收的海\n图为壶江村渔民在晾晒海带。　陈丽珍\n 摄\n\n"
            "责任编辑：陈燕　校对：郑佳\n")
    lay = split_page(page)
    assert check_no_loss(page, lay) == []
    photo = [a for a in lay.articles if a.title == "丰收的海"]
    assert len(photo) == 1 and photo[0].byline == [("摄影", "陈丽珍")]
    assert photo[0].body.startswith("图为壶江村渔民")
    assert all("丰收的海" not in (a.title or "") for a in lay.articles if a is not photo[0])


def test_table_under_its_own_headline_is_an_article_a_row_a_paragraph():
    # (user33b F3: a 一览 of projects ran on as one paragraph of the notice above it)
    page = ("村道硬化工程招标公告\n　　一、招标条件：本项目已由县发改局批准\n建设。\n　　联系人：李红　电话：0839-52\n"
            "11234\n\n2010年全县重点建设项目一览\n序号　项目名称　建设地点　总投资（万元）\n1　黄山工业园区　黄山镇　12540\n"
            "2　高标准农田建设项目　九河乡　1619\n以上项目由县发改局牵头调度。\n")
    lay = split_page(page)
    assert check_no_loss(page, lay) == []
    table = [a for a in lay.articles if a.title == "2010年全县重点建设项目一览"]
    assert len(table) == 1
    rows = table[0].body.split("\n")
    assert len(rows) == 4 and "黄山工业园区" in rows[1] and "高标准农田建设项目" in rows[2]
    assert all("黄山工业园区" not in a.body for a in lay.articles if a is not table[0])


def test_a_weather_box_without_a_header_row_is_no_table_article():
    from corpus_tools.layout.tableheads import headed_table_tags
    page = "　　村里修了路。\n\n天气预报\n10日　晴　-11℃～2℃\n11日　多云　-9℃～3℃\n"
    assert headed_table_tags(read_lines(page), ["B-para", "banner", "banner", "banner"])[1] == "banner"


def test_masthead_with_its_name_in_latin_letters_and_its_date_line_are_banners():
    from corpus_tools.layout.furniture import is_paper_masthead, masthead_name_tags
    assert is_paper_masthead("玉龙报　YULONG BAO") and not is_paper_masthead("玉龙报　GDP增长")
    page = "玉龙报　YULONG BAO\n2013年5月9日　第2版　经济\n　　村里修了路。\n"
    assert masthead_name_tags(read_lines(page), ["B-para", "cont", "cont"]) == ["banner", "banner", "B-para"]
