"""Parts printed inside one headline line (corpus_tools.layout.headparts; eighteenth round)."""

from __future__ import annotations

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.headparts import split_headline_lines
from corpus_tools.layout.units import Unit

BODY = "本报讯 6月17日，桃溪镇陶村老年食堂开伙，村里\n40多位老人在家门口吃上了热乎饭。\n"


def test_kicker_before_a_bar_is_the_kicker():
    raw = "武义新闻\n\n共富路上｜桃溪镇老年食堂开进村\n" + BODY
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    art = layout.articles[0]
    assert (art.kicker, art.title) == ("共富路上", "桃溪镇老年食堂开进村")


def test_page_reference_after_a_title_is_no_part_of_it():
    raw = "武义新闻\n\n桃溪镇老年食堂开进村（相关报道见第3版）\n" + BODY
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert layout.articles[0].title == "桃溪镇老年食堂开进村"
    assert any(b.kind == "credit" and b.text == "（相关报道见第3版）" for b in layout.blocks)


def test_a_bar_inside_a_long_title_line_is_kept_when_the_part_before_is_long():
    raw = "武义新闻\n\n桃溪镇陶村老年食堂开伙以来群众满意｜开进村\n" + BODY
    layout = split_page(raw)
    assert check_no_loss(raw, layout) == []
    assert layout.articles[0].kicker is None


# --- a headline read over several lines: column-name and lead-in kickers, a commentator's signature (round 28) ---

def test_split_headline_lines_column_name_and_wrapped_title():
    raw = "民生速递\n沙芜村老人食堂\n开伙迎来首批客人"
    starts = [0, 5, 13]
    pieces = [(s, s + len(t)) for s, t in zip(starts, raw.split("\n"))]
    u = Unit("head", pieces, "民生速递沙芜村老人食堂开伙迎来首批客人", article=0, final="headline")
    parts = split_headline_lines([u], raw)
    assert [(x.final, x.text) for x in parts] == [("kicker", "民生速递"), ("headline", "沙芜村老人食堂开伙迎来首批客人")]


def test_title_wrapped_at_the_column_keeps_its_first_line():
    raw = "清流县全力推进城乡供水\n一体化工程建设"
    pieces = [(0, 11), (12, len(raw))]
    u = Unit("head", pieces, "清流县全力推进城乡供水一体化工程建设", article=0, final="headline")
    assert [x.final for x in split_headline_lines([u], raw)] == ["headline"]


def test_township_opening_a_short_first_line_is_no_column_name():
    raw = "嵩口镇开展\n秋冬季森林防火巡查"
    u = Unit("head", [(0, 5), (6, len(raw))], "嵩口镇开展秋冬季森林防火巡查", article=0, final="headline")
    assert [x.final for x in split_headline_lines([u], raw)] == ["headline"]


def test_two_clause_lead_in_over_its_title_is_the_kicker():
    raw = "守好底线　稳住大局\n全县防汛工作会议召开"
    u = Unit("head", [(0, 9), (10, len(raw))], "守好底线 稳住大局全县防汛工作会议召开", article=0, final="headline")
    parts = split_headline_lines([u], raw)
    assert [(x.final, x.text) for x in parts] == [("kicker", "守好底线　稳住大局"), ("headline", "全县防汛工作会议召开")]


def test_commentator_signature_under_a_title_is_its_byline():
    raw = "让实干成为最亮底色\n本报评论员"
    u = Unit("head", [(0, 9), (10, len(raw))], "让实干成为最亮底色本报评论员", article=3, final="headline")
    parts = split_headline_lines([u], raw)
    assert [(x.final, x.text, x.article) for x in parts] == [("headline", "让实干成为最亮底色", 3), ("byline", "本报评论员", 3)]
    assert [x.pieces for x in parts] == [[(0, 9)], [(10, len(raw))]]
