"""A headline printed after its body, the body run on from a headline-first article above (``layout.lateheads``)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.lateheads import titles_after_titled_bodies
from corpus_tools.layout.lines import read_lines


def _lines(*rows: str) -> list:
    return read_lines("\n".join(rows) + "\n")


def test_body_run_on_from_a_titled_article_is_split_where_the_late_headline_names_it():
    raw = _lines("全县春耕生产现场会召开", "本报讯 4月2日，全县春耕生产现场会召开。", "会议部署了全年粮食生产任务。",
                 "红岩村是全县蔬菜大棚最多的村，", "今年又新建蔬菜大棚80座。", "（通讯员 孙　平）",
                 "红岩村新建蔬菜大棚", "城关小学举行运动会", "4月1日，城关小学举行春季运动会。")
    tags = ["B-title", "para", "cont", "para", "cont", "byline", "title", "B-title", "para"]
    assert titles_after_titled_bodies(raw, tags) == [
        "B-title", "para", "cont", "B-para", "cont", "byline", "title", "B-title", "para"]


def test_split_is_made_where_the_first_article_s_own_words_stop():
    # (the late headline's words first appear in the third paragraph; the second still reads like the first)
    raw = _lines("　　全县春耕生产现场会召开", "　　本报讯 4月2日，全县春耕生产现场会召开。", "　　会议要求抓好春耕生产，",
                 "确保粮食生产任务完成。", "　　红岩村是全县蔬菜大棚最多的村，", "今年新建蔬菜大棚80座。",
                 "（通讯员 孙　平）", "红岩村新建蔬菜大棚", "　　4月1日，城关小学举行春季运动会。")
    tags = ["B-title", "para", "para", "cont", "para", "cont", "byline", "title", "B-para"]
    out = titles_after_titled_bodies(raw, tags)
    assert out[4] == "B-para" and out[2] == "para"


def test_next_article_s_headline_sharing_no_words_is_left_alone():
    raw = _lines("全县春耕生产现场会召开", "本报讯 4月2日，全县春耕生产现场会召开。", "会议部署了全年粮食生产任务。",
                 "各乡镇要抓紧整修渠道，", "确保春灌用水。", "（记者 孙　平）", "城关小学举行运动会",
                 "4月1日，城关小学举行春季运动会。")
    tags = ["B-title", "para", "cont", "para", "cont", "byline", "B-title", "para"]
    assert titles_after_titled_bodies(raw, tags) == tags


def test_headless_text_under_an_after_headline_takes_the_one_line_run():
    # (the model reads the heading as the kicker of a text line it takes for a title)
    raw = _lines("红岩村今年新建蔬菜大棚80座。", "（通讯员 孙　平）", "红岩村新建蔬菜大棚",
                 "城关小学4月1日举行春季运动会，", "600名学生参加比赛。", "（记者 李　娜）", "小学运动会举行",
                 "今年上半年，全县新建乡村公路", "46公里，群众出行更方便。")
    tags = ["B-para", "byline", "title", "B-para", "cont", "byline", "B-kicker", "title", "para"]
    out = titles_after_titled_bodies(raw, tags)
    assert out[6:8] == ["title", "B-para"]


def test_one_line_the_model_opens_an_article_on_stays_the_next_headline():
    raw = _lines("全县春耕生产现场会召开", "本报讯 4月2日，全县春耕生产现场会召开。", "会议部署了全年粮食生产任务。",
                 "红岩村是全县蔬菜大棚最多的村，", "今年又新建蔬菜大棚80座。", "（记者 孙　平）",
                 "红岩村蔬菜大棚", "红岩村的蔬菜大棚今年又增加了。")
    tags = ["B-title", "para", "cont", "para", "cont", "byline", "B-title", "para"]
    assert titles_after_titled_bodies(raw, tags) == tags


def test_split_page_gives_the_late_headline_its_own_body():
    page = ("东坪报　2024年4月5日　第1版\n全全县县春春耕耕生生产产现现场场会会召召开开\n"
            "　　本报讯（记者 王　磊）4月2日，全县春耕生产现场\n会在城关镇召开。与会人员观摩了三个示范点。\n"
            "　　县长在会上要求，各乡镇要抓好春耕备耕，\n确保全年粮食生产任务完成。\n"
            "　　红岩村是全县蔬菜大棚最多的村，近年来\n村里引进蔬菜大棚种植技术，蔬菜大棚年年\n增加。"
            "今年村里又新建蔬菜大棚80座。\n　　村民刘长生家有蔬菜大棚5座，去年收入\n8万元。\n（通讯员 孙　平）\n"
            "红岩村新建蔬菜大棚\n　　4月1日，城关小学举行春季运动会，600名\n学生参加了比赛。\n（记者 李　娜）\n"
            "城关小学举行运动会\n")
    layout = split_page(page)
    late = next((a for a in layout.articles if a.title == "红岩村新建蔬菜大棚"), None)
    assert late is not None and late.body.startswith("红岩村是全县")
    assert late.byline == [("通讯员", "孙平")]
    assert not check_no_loss(page, layout)
