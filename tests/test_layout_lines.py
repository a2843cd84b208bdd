"""The learned line-role model (corpus_tools.layout.lineroles) and split_page's methods."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from corpus_tools.loaders import seeds_path
from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.assemble import units_from_tags
from corpus_tools.layout.bylines import parse_byline
from corpus_tools.layout.lineroles import MODEL_PATH, TAGS, page_features, shipped_model
from corpus_tools.layout.lines import read_lines
from corpus_tools.layout.patterns import text_width
from corpus_tools.text import strip_spaces

REPO = Path(__file__).resolve().parents[1]

PAGE = ("要闻\n县政府召开防汛工作调度会\n\n本报讯（记者 王磊 通讯员 赵晓红）6月12日，县政府召开防汛工作调度会，\n"
        "安排部署当前防汛重点工作。\n\n会议要求，各乡镇要压实防汛责任，加强隐患排查。\n\n"
        "平遥县岳壁乡\n建设公园建设公园 美化城市美化城市\n\n本报讯 2023 年，平遥县新建公园 3 处，\n"
        "绿化面积达到 12 万平方米。\n\n(张春燕 王瑞琴)\n")


def test_unknown_method_is_named_in_the_error():
    with pytest.raises(ValueError, match="method = 'neural'"):
        split_page(PAGE, method="neural")


def test_shipped_model_is_small_and_knows_its_tags():
    assert MODEL_PATH.is_file() and MODEL_PATH.stat().st_size < 2_000_000
    model = shipped_model()
    assert model.tags == list(TAGS)
    assert model.coef.shape == (len(model.vocab), len(TAGS))


def test_decode_gives_one_known_tag_per_line():
    raw_lines = read_lines(PAGE)
    feats = page_features(raw_lines, split_page(PAGE, method="rules").blocks)
    tags = shipped_model().decode(feats)
    assert len(tags) == sum(ln is not None for ln in raw_lines)
    assert set(tags) <= set(TAGS)


def test_decode_reuses_given_log_probabilities():
    raw_lines = read_lines(PAGE)
    feats = page_features(raw_lines, split_page(PAGE, method="rules").blocks)
    model = shipped_model()
    em = model.log_proba(feats)
    assert model.decode(feats, log_proba=em) == model.decode(feats)
    with pytest.raises(ValueError, match="log_proba has shape"):
        model.decode(feats, log_proba=em[:-1])


def test_decode_keeps_pinned_lines_to_their_tags_and_rejects_bad_pins():
    raw_lines = read_lines(PAGE)
    feats = page_features(raw_lines, split_page(PAGE, method="rules").blocks)
    model = shipped_model()
    assert model.decode(feats, pinned={0: ("banner",)})[0] == "banner"
    with pytest.raises(ValueError, match="pinned tags"):
        model.decode(feats, pinned={0: ("headline-ish",)})
    with pytest.raises(ValueError, match="pinned lines"):
        model.decode(feats, pinned={len(feats): ("banner",)})


def _toy_model():
    import numpy as np

    from corpus_tools.layout.lineroles import LineModel

    k = len(TAGS)
    return LineModel({}, np.zeros((0, k), dtype=np.float32), np.zeros(k, dtype=np.float32), TAGS,
                     np.zeros((k, k), dtype=np.float32), np.zeros(k, dtype=np.float32))


def _emissions(prefs: list[dict[str, float]]):
    import numpy as np

    em = np.full((len(prefs), len(TAGS)), -9.0)
    for i, p in enumerate(prefs):
        for tag, lp in p.items():
            em[i, TAGS.index(tag)] = lp
    return em


def test_decode_reads_a_page_one_way():
    # body, title below it (headlines after), then a title over its body (headlines before):
    # the two readings mix; the best one-sided reading keeps every title below a body (the
    # second title stands away from its article, which the layout grammar re-attaches)
    em = _emissions([{"B-para": -0.1}, {"title": -0.1, "B-title": -1.5},
                     {"B-title": -0.1, "title": -0.3}, {"para": -0.1, "B-para": -0.9}])
    model = _toy_model()
    feats = [[] for _ in range(4)]
    assert model.decode(feats, log_proba=em, one_side=False) == ["B-para", "title", "B-title", "para"]
    assert model.decode(feats, log_proba=em) == ["B-para", "title", "B-title", "B-para"]


def test_decode_keeps_a_page_read_one_way():
    em = _emissions([{"B-title": -0.1}, {"para": -0.1}, {"cont": -0.1}, {"B-title": -0.2}, {"para": -0.1}])
    model = _toy_model()
    feats = [[] for _ in range(5)]
    assert model.decode(feats, log_proba=em) == model.decode(feats, log_proba=em, one_side=False)


@pytest.mark.parametrize("method", ["rules", "model"])
def test_both_methods_split_a_small_page(method):
    layout = split_page(PAGE, method=method)
    assert check_no_loss(PAGE, layout) == []
    a, b = layout.articles
    assert a.title == "县政府召开防汛工作调度会" and a.section == "要闻"
    assert a.byline == [("记者", "王磊"), ("通讯员", "赵晓红")]
    assert strip_spaces(a.body).endswith("加强隐患排查。")
    assert (b.kicker, b.title) == ("平遥县岳壁乡", "建设公园 美化城市")
    assert b.byline == [("", "张春燕"), ("", "王瑞琴")]
    assert [r.kind for r in layout.repairs] == ["undouble"] * len(layout.repairs) and layout.repairs


def test_units_from_tags_builds_articles_from_given_tags():
    raw = "要闻\n标题一\n正文第一行，\n接着写完。\n标题二\n另一篇正文。\n（记者 王磊）\n"
    tags = ["banner", "B-title", "para", "cont", "B-title", "para", "byline"]
    units, n = units_from_tags(raw, read_lines(raw), tags)
    assert n == 2
    assert [(u.final, u.article, u.text) for u in units] == [
        ("banner", None, "要闻"), ("headline", 0, "标题一"), ("body", 0, "正文第一行，接着写完。"),
        ("headline", 1, "标题二"), ("body", 1, "另一篇正文。"), ("byline", 1, "（记者 王磊）")]


@pytest.mark.parametrize("stem", sorted(p.stem for p in seeds_path().glob("*.txt")))
def test_rules_keep_every_character_of_the_seeds(stem):
    raw = (seeds_path() / f"{stem}.txt").read_text(encoding="utf-8")
    assert check_no_loss(raw, split_page(raw, method="rules")) == []


@pytest.mark.shared
def test_model_beats_the_rules_on_composed_pages(data_dir):
    sys.path.insert(0, str(REPO / "benchmarks"))
    from compose_pages import compose_page, load_pool

    pool = load_pool(data_dir / "people_daily_2019_2020" / "articles.jsonl.xz", part="dev")
    right = {"rules": 0, "model": 0}
    n = 0
    for seed in range(40):  # development seeds; the model was trained on seeds 10000-
        page = compose_page(seed, pool)
        truth = {strip_spaces(t.body) for t in page.articles}
        n += len(truth)
        for method in right:
            layout = split_page(page.raw, method=method)
            assert check_no_loss(page.raw, layout) == []
            right[method] += len(truth & {strip_spaces(a.body) for a in layout.articles})
    assert right["model"] / n >= 0.8
    assert right["model"] > right["rules"]


def _assembled(raw: str, tags: list[str]):
    from corpus_tools.layout.boundaries import (adopt_strays, correct_tags, headings_in_bodies, headline_like_bodies,
                                                split_at_leads, subheads_to_body)

    lines = read_lines(raw)
    units, n = units_from_tags(raw, lines, correct_tags(lines, tags))
    n = split_at_leads(units, n)
    headings_in_bodies(units)
    n = subheads_to_body(units, n)
    headline_like_bodies(units)
    n = adopt_strays(units, n)
    return units, n


def test_heading_lines_inside_one_body_are_subheads():
    raw = "第一段正文写完。\n打破人才匮乏\n有序开展社会治理\n第二段正文写完。\n县里召开会议\n"
    units, n = _assembled(raw, ["B-para", "kicker", "title", "para", "title"])
    assert n == 1
    assert [u.final for u in units] == ["body"] * 4 + ["headline"]


def test_heading_lines_between_two_topics_split_the_article():
    raw = ("县里新修道路三公里，道路通到村民家门口，村民出行更方便。\n"
           "县医院开展义诊\n医生为老人测量血压，讲解健康知识，义诊持续一天。\n")
    units, n = _assembled(raw, ["B-para", "title", "para"])
    assert n == 2
    assert [(u.final, u.article) for u in units] == [("body", 0), ("headline", 1), ("body", 1)]


def test_unpunctuated_line_between_paragraphs_of_two_topics_is_a_headline():
    raw = ("县里新修道路三公里，道路通到村民家门口。\n新风正气从哪里来\n"
           "“全面提升政府治理效能，以百姓之心为心”成为干部共识。\n")
    units, n = _assembled(raw, ["B-para", "para", "para"])
    assert n == 2
    assert units[1].final == "headline" and units[1].article == units[2].article == 1


def test_unpunctuated_line_inside_one_topic_stays_body():
    raw = "县里新修道路三公里，道路通到村民家门口。\n道路修到家门口\n新修道路方便了村民出行，道路两旁种上了树。\n"
    units, n = _assembled(raw, ["B-para", "para", "para"])
    assert n == 1
    assert [u.final for u in units] == ["body"] * 3


def test_byline_lines_under_a_title_read_as_body_are_the_articles_byline():
    raw = "县里举办丰收节\n\n记者 何小燕\n通讯员 王川 母春燕\n\n9月23日，县里举办农民丰收节。\n"
    units, n = _assembled(raw, ["B-title", "para", "cont", "para"])
    assert n == 1
    assert [u.final for u in units] == ["headline", "byline", "body"]
    assert parse_byline(units[1].text) == [("记者", "何小燕"), ("通讯员", "王川"), ("通讯员", "母春燕")]


def test_a_byline_like_first_line_of_a_paragraph_stays_body():
    raw = "县里举办丰收节\n记者 何小燕\n来到现场，看到丰收的景象。\n"
    units, n = _assembled(raw, ["B-title", "para", "cont"])
    assert [u.final for u in units] == ["headline", "body"]


_GRAIN = "郭城驿镇小杂粮做成大产业\n\n郭城驿镇种植谷子、荞麦等小杂粮五万亩，农户亩均增收五百元，今年收成好。\n\n"
_POTATO = "头寨子镇：万亩马铃薯喜获丰收\n\n9月2日，头寨子镇的农户在田间采挖马铃薯，万亩马铃薯喜获丰收，农户亩均增收五百元。\n"


def test_photo_item_on_the_article_above_s_subject_opens_its_own_article():
    units, n = _assembled(_GRAIN + _POTATO + "\n摄影 李向东\n", ["B-title", "para", "para", "para", "byline"])
    assert n == 2
    assert [(u.final, u.article) for u in units] == [("headline", 0), ("body", 0), ("headline", 1),
                                                      ("body", 1), ("byline", 1)]


def test_same_subject_line_without_a_photo_credit_stays_body():
    # (two items of one subject: without the item's form the topic test keeps them one article)
    units, n = _assembled(_GRAIN + _POTATO, ["B-title", "para", "para", "para"])
    assert n == 1


def test_column_name_after_a_cut_paragraph_is_a_banner():
    raw = "农牧业是西藏经济发展的重\n中之重，直接关系农牧民增\n收。2019年西\n要闻\n清水县黄门镇\n扇子做出好日子\n"
    units, n = _assembled(raw, ["B-para", "cont", "cont", "cont", "B-kicker", "title"])
    assert [u.final for u in units] == ["body", "banner", "kicker", "headline"]
    assert units[0].text.endswith("2019年西")


_ROAD = ("青山县交通局今年新修通村公路四十二\n公里，村村通上了硬化路。村民们说，\n"
         "路修到了家门口，农产品运得出去，\n游客也走得进来，日子越过越有奔头。\n")


def test_headline_read_as_a_paragraphs_first_line_opens_the_next_article():
    raw = ("青山县新修通村公路\n" + _ROAD + "青山县召开春季植树造林动员大会\n"
           "3月12日，县里召开春季植树造林动\n员大会，部署今春植树造林工作，\n"
           "要求抓住春季植树造林的有利时机，\n完成造林绿化任务一万亩。\n")
    tags = ["B-title", "para", "cont", "cont", "cont", "para", "cont", "cont", "cont", "cont"]
    units, n = _assembled(raw, tags)
    assert n == 2
    assert [(u.final, u.article) for u in units] == [("headline", 0), ("body", 0), ("headline", 1), ("body", 1)]
    assert units[2].text == "青山县召开春季植树造林动员大会"


def test_unpunctuated_first_line_of_a_paragraph_on_the_same_topic_stays_body():
    raw = ("青山县新修通村公路\n" + _ROAD + "青山县交通局还将新修通村公路二十\n"
           "公里，让村民们出行更方便，农产品\n运得出去，游客也走得进来。\n")
    tags = ["B-title", "para", "cont", "cont", "cont", "para", "cont", "cont"]
    units, n = _assembled(raw, tags)
    assert n == 1 and [u.final for u in units] == ["headline", "body", "body"]


def test_headline_printed_away_from_its_body_joins_the_body_it_is_about():
    raw = ("本报讯 县里新建公园三处，公园绿化面积扩大。\n本报讯 古城彩灯展开幕，彩灯吸引游客。\n"
           "古城彩灯迎新春\n抓党建促发展\n新建公园 美化县城\n")
    units, n = _assembled(raw, ["B-para", "B-para", "title", "banner", "B-title"])
    assert n == 2
    title_of = {u.article: u.text for u in units if u.final == "headline"}
    body_of = {u.article: u.text for u in units if u.final == "body"}
    assert {body_of[a][4:8]: t for a, t in title_of.items()} == {"县里新建": "新建公园 美化县城",
                                                                 "古城彩灯": "古城彩灯迎新春"}


def test_caption_printed_under_another_article_joins_the_one_it_shows():
    raw = ("本报讯 村里收割水稻，水稻喜获丰收。\n水稻丰收\n本报讯 古城游客增多，景区人气回暖。\n古城人气旺\n"
           "村民正在收割水稻。\n")
    units, n = _assembled(raw, ["B-para", "title", "B-para", "title", "B-caption"])
    assert n == 2
    cap = next(u for u in units if u.final == "caption")
    assert cap.article == next(u.article for u in units if u.text.startswith("本报讯 村里"))


def test_a_news_lead_opens_an_article_with_the_headline_above_it_staying_behind():
    raw = ("第一篇正文写完。\n第一篇的标题\n本报讯 第二篇正文写完。\n第二篇的标题\n")
    # the model missed the second article's start: the lead opens it, the headline above stays
    units, n = _assembled(raw, ["B-para", "title", "para", "title"])
    assert n == 2
    assert [(u.final, u.article) for u in units] == [("body", 0), ("headline", 0), ("body", 1), ("headline", 1)]


def test_a_news_lead_takes_the_headline_above_it_when_its_article_has_one():
    raw = ("第一篇的标题\n第一篇正文写完。\n第二篇的标题\n本报讯 第二篇正文写完。\n")
    units, n = _assembled(raw, ["B-title", "para", "title", "para"])
    assert n == 2
    assert [(u.final, u.article) for u in units] == [("headline", 0), ("body", 0), ("headline", 1), ("body", 1)]


def test_a_one_line_headless_body_without_punctuation_is_a_stray_headline():
    raw = ("本报讯 古城彩灯展开幕，彩灯吸引游客。\n本报讯 县里新建公园三处，公园扩大绿化。\n新建公园 美化县城\n"
           "抓党建促发展\n古城彩灯迎新春\n")
    units, n = _assembled(raw, ["B-para", "B-para", "title", "banner", "B-para"])
    assert n == 2
    assert [(u.final, u.article) for u in units] == [("body", 0), ("body", 1), ("headline", 1), ("banner", None),
                                                     ("headline", 0)]


def test_heading_between_paragraphs_too_short_for_a_topic_stays_in_the_article():
    """Figures or a one-word reply either side of a heading line: no topic to compare, no split."""
    raw = "2019年：12.5%；2020年：13.1%。\n比赛项目\n好。\n"
    units, n = _assembled(raw, ["B-para", "para", "para"])
    assert n == 1


def test_a_filled_line_stopping_inside_a_sentence_starts_no_heading():
    # an invented page: the line after 活动以 looks like a two-clause title, but the sentence runs through it
    page = ("本报讯（通讯员 赵鹏飞）近日，\n县文化和旅游局在虒亭镇举办第\n三届襄垣县小米文化节。活动以\n"
            "“品襄垣小米 游红色太行”为主\n题，吸引游客两万余人次。\n")
    layout = split_page(page, method="rules")
    assert [b.kind for b in layout.blocks] == ["body"]
    assert "为主题，吸引" in layout.blocks[0].text


def test_two_clause_line_over_a_title_whose_body_repeats_it_is_the_kicker():
    raw = ("综合\n传承红色基因 弘扬长征精神\n纪念红军会师87周年系列活动启动\n"
           "9月4日，纪念红军会师87周年系列活动启动，引导干部群众传承红色基因，弘扬长征精神。\n")
    units, n = _assembled(raw, ["banner", "banner", "B-title", "para"])
    assert n == 1
    assert [(u.final, u.article) for u in units] == [("banner", None), ("kicker", 0), ("headline", 0), ("body", 0)]


def test_two_clause_banner_the_body_does_not_repeat_stays_a_banner():
    raw = ("奋进新征程 建功新时代\n县医院开通远程会诊系统\n"
           "县医院近日开通远程会诊系统，山区群众在乡镇卫生院就能请县里的专家看病。\n")
    units, n = _assembled(raw, ["banner", "B-title", "para"])
    assert [u.final for u in units] == ["banner", "headline", "body"]


def test_two_character_kicker_that_is_no_place_is_a_column_name():
    raw = "阿鲁科尔沁旗融媒体\n要闻\n草原生态美 牧民腰包鼓\n盛夏时节，草原上牛羊成群，牧民收入稳步增长。\n"
    units, n = _assembled(raw, ["banner", "B-kicker", "title", "para"])
    assert [(u.final, u.article) for u in units] == [("banner", None), ("banner", None), ("headline", 0), ("body", 0)]


def test_short_place_kicker_stays_a_kicker():
    raw = "荣县\n县里举办农民丰收节\n9月23日，县里在城东广场举办农民丰收节。\n"
    units, n = _assembled(raw, ["B-kicker", "title", "para"])
    assert [u.final for u in units] == ["kicker", "headline", "body"]


def test_masthead_and_date_line_over_a_banner_are_no_article():
    raw = "今日攸县\n2024年4月18日 星期四\n\n要闻\n\n县里举办丰收节\n\n9月23日，县里举办农民丰收节。\n"
    units, n = _assembled(raw, ["B-kicker", "title", "banner", "B-title", "para"])
    assert n == 1
    assert [(u.final, u.article) for u in units] == [("banner", None), ("banner", None), ("banner", None),
                                                      ("headline", 0), ("body", 0)]


def test_bracketed_column_name_over_a_title_is_a_banner():
    from corpus_tools.layout.boundaries import column_names_over_titles

    raw = read_lines("本报讯 燕山公园樱花绽放。\n【天目湖畔】\n让“小网格”托起“大民生”\n走进溧城街道燕山社区，网格员忙着走访。\n")
    tags = column_names_over_titles(raw, ["B-para", "B-kicker", "title", "para"])
    assert tags == ["B-para", "banner", "B-title", "para"]



def test_headless_body_under_a_bodiless_headline_group_is_its_body():
    raw = ("崇明报\n2024年10月15日　星期二\n【记者蹲点】\n一只清水蟹的“出塘之旅”\n文/图　本报记者 沈佳慧\n"
           "5:30　天刚蒙蒙亮，陈家镇瀛东村的蟹塘边已经忙开了。养殖户和工人们划着小船，把地笼里的蟹一只只取出来。\n"
           "7:00　蟹塘旁的分拣车间里，十几名工人给清水蟹分级，再用草绳扎好。\n")
    layout = split_page(raw)
    assert [a.title for a in layout.articles] == ["一只清水蟹的“出塘之旅”"]
    assert layout.articles[0].body.startswith("5:30")
    assert check_no_loss(raw, layout) == []


def test_a_run_in_headline_is_read_as_its_heading_and_its_lead():
    raw = "■米粮泉回族乡春播进度过半　本报讯 连日来，米粮\n泉回族乡抢抓墒情开展春播。\n"
    lines = [ln for ln in read_lines(raw) if ln is not None]
    assert [ln.text for ln in lines] == ["■米粮泉回族乡春播进度过半", "本报讯 连日来，米粮", "泉回族乡抢抓墒情开展春播。"]
    assert [raw[ln.start:ln.end] for ln in lines] == [ln.text for ln in lines]
    # the lead counts the heading printed before it: it fills its printed line
    assert lines[1].width == text_width("■米粮泉回族乡春播进度过半　本报讯 连日来，米粮")
    # a marked line without a lead after it, or with a sentence before the lead, stays one line
    assert len([ln for ln in read_lines("■全县春播进度过半　各乡镇抢抓墒情\n") if ln]) == 1
    assert len([ln for ln in read_lines("■春播进度过半，本报讯 连日来\n") if ln]) == 1


def test_a_line_opens_a_paragraph_when_indented_and_a_run_in_lead_always_does():
    """review21: one test of a line's indent (Line.opens); it and the old indented(raw, line) disagreed on
    run-in headlines (the old flag False for both parts). A run-in heading is indented as its printed line is;
    its lead opens a paragraph (the heading stands where the indent would)."""
    raw = ("　　■城关镇开展春季植树　本报讯 4月12日，城关\n镇组织干部群众植树造林。\n"
           "■高坪镇春茶开采　本报讯 连日来，高坪镇\n茶园开采春茶。\n\n　　全镇茶园面积\r\n达2万亩。\r\n")
    lines = [ln for ln in read_lines(raw) if ln is not None]
    assert [(ln.text[:4], ln.opens) for ln in lines] == [
        ("■城关镇", True), ("本报讯 ", True), ("镇组织干", False),
        ("■高坪镇", False), ("本报讯 ", True), ("茶园开采", False), ("全镇茶园", True), ("达2万亩", False)]


def test_run_in_headlines_make_items_with_their_titles():
    raw = ("■米粮泉回族乡春播进度过半　本报讯 连日来，米粮\n泉回族乡抢抓墒情开展春播，已播种\n小麦4.6万亩。（通讯员 马玉兰）\n"
           "■爱新色里镇开展春季植树　本报讯 4月16日，爱\n新色里镇组织干部群众植树造林，栽植\n苗木1.5万株。（通讯员 赵　丹）\n")
    layout = split_page(raw)
    assert [a.title.lstrip("■") for a in layout.articles] == ["米粮泉回族乡春播进度过半", "爱新色里镇开展春季植树"]
    assert layout.articles[1].body.startswith("本报讯 4月16日，爱新色里镇")
    assert not check_no_loss(raw, layout)
