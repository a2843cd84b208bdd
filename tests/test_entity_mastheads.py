"""Papers named by a place and a media word (corpus_tools._entity_rules.mastheads)."""

from __future__ import annotations

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.mastheads import media_names


def _orgs(ents, text):
    return [text[c.start:c.end] for c in ents if c.label == "ORG"]


def test_a_paper_opening_a_banner_line_with_its_issue_date_is_its_masthead():
    for text in ("抚松报2024年9月6日　星期五　第2版", "婺源新闻2024年3月29日  星期五", "今日围场2024年9月20日　星期五"):
        assert len(_orgs(media_names([], text), text)) == 1
    text = "宽甸报2024年4月3日　星期三　第1版"
    assert _orgs(media_names([Cand(0, 2, "GPE")], text), text) == ["宽甸报"]


def test_bao_before_a_date_is_no_paper_without_a_place_or_inside_a_line():
    assert _orgs(media_names([], "据报2024年4月3日起施行"), "据报2024年4月3日起施行") == []
    text = "记者从抚松报2024年9月6日的报道中看到"
    assert _orgs(media_names([], text), text) == []


def test_a_county_paper_in_running_text_before_a_reporter_or_a_report_word():
    text = "本报讯（桂东报记者 黄明）据今日天台报道，今日金寨客户端也转发了"
    assert _orgs(media_names([], text), text) == ["桂东报", "今日天台", "今日金寨"]
    text = "《平昌报》刊发了这篇通讯"
    assert _orgs(media_names([], text), text) == ["平昌报"]


def test_place_and_bao_as_a_verb_or_today_and_a_place_are_no_paper():
    for text in ("平昌县向市里报送材料", "桂东报名人数创新高", "今日天台天气晴好", "县里报告了情况"):
        assert _orgs(media_names([], text), text) == []


def test_a_page_line_names_its_paper_in_a_field_of_its_own():
    from corpus_tools._entity_rules.mastheads import page_line_paper

    line = "第03版　汝城报　综合　2024年5月8日　星期三"
    s, e = page_line_paper(line)
    assert line[s:e] == "汝城报"
    assert page_line_paper("第3版　综合新闻　2024年5月8日") is None
    assert page_line_paper("县里召开汝城报通讯员会议") is None


def test_the_page_line_and_the_furniture_read_the_same_field():
    from corpus_tools._entity_rules.mastheads import page_line_paper
    from corpus_tools._entity_rules.page_furniture import paper_name_span

    # invented lines, as a 汝城 paper might print them: the page number amid the fields, the date glued to the name
    for line in ("要闻　　第1版　　汝城报", "第2版　综合　汝城报2024年5月8日　星期三"):
        assert page_line_paper(line) == paper_name_span(line)
        s, e = page_line_paper(line)
        assert line[s:e] == "汝城报"


def test_a_paper_named_in_a_page_line_read_into_an_article_is_the_paper():
    text = "综合新闻　　第2版　　沧源报\n佤山旅游升温"
    assert [text[c.start:c.end] for c in media_names([Cand(11, 13, "GPE")], text)] == ["沧源报"]
    assert [text[c.start:c.end] for c in media_names([], "记者从沧源报社获悉")] == []
