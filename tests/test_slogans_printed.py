"""Tests of corpus_tools.slogans.printed: formulae on banner lines, kickers, titles and subtitles,
counted once per printed occurrence, with where they were printed (small invented pages)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from corpus_tools.corpus import Article, Corpus, Issue
from corpus_tools.layout import Block
from corpus_tools.slogans import (MENTION_COLUMNS, SLOGAN_COLUMNS, extract_slogans, find_formulae,
                                  slogan_entity_cooccurrence, slogan_mentions, slogan_trends)
from corpus_tools.slogans.printed import PLACES, article_parts, banner_lines, place_in_article

#: A front page whose section banner prints a known formula (the page line and the banner are one
#: line outside every article).
FRONT = ("仁怀报\n2024年10月12日　星期六\n01　要闻\n学习贯彻党的二十届三中全会精神\n\n"
         "重阳下沙 酱香正浓\n\n本报讯　10月11日，茅台镇中华村举行重阳祭水活动。镇党委书记表示，要推动白酒产业高质量发展。\n\n"
         "护好一河清水\n\n本报讯　今年以来，我市坚持“共抓大保护、不搞大开发”，守护赤水河。\n")
#: A page under a section banner named after a formula the body also prints.
SECTION = ("生态文明\n\n守护林海\n\n"
           "本报讯　今年以来，县林业局推行“山有人管、林有人护、责有人担”的管护机制，建设生态文明。\n")


@pytest.fixture(scope="module")
def front():
    return Corpus([Issue("p1", FRONT)])


def test_a_formula_on_a_banner_line_is_a_mention_listed_first_under_the_first_article(front):
    m = slogan_mentions(front)
    assert list(m.columns) == MENTION_COLUMNS
    first = m.iloc[0]
    assert (first.article_id, first.text, first.part, first.printed) == \
        ("p1-01", "学习贯彻党的二十届三中全会精神", "banner", "banner")
    line = banner_lines(front.issues[0])[-1]
    assert line[first.start:first.end] == first.text and first.sentence == line
    assert m[m.part != "banner"]["printed"].tolist() == ["body", "body"]


def test_the_slogan_table_counts_banners_and_says_where_a_slogan_was_printed(front):
    table = extract_slogans(front).set_index("text")
    assert list(extract_slogans(front).columns) == SLOGAN_COLUMNS
    row = table.loc["学习贯彻党的二十届三中全会精神"]
    assert (row["count"], row["n_articles"], row["n_issues"], row["printed"]) == (1, 0, 1, ["banner"])
    assert table.loc["高质量发展", "printed"] == ["body"] and table.loc["高质量发展", "n_articles"] == 1


def test_a_section_banner_and_the_body_are_two_printed_occurrences():
    corpus = Corpus([Issue("p2", SECTION)])
    m = slogan_mentions(corpus)
    eco = m[m.text == "生态文明"]
    assert eco["printed"].tolist() == ["banner", "body"]
    row = extract_slogans(corpus).set_index("text").loc["生态文明"]
    assert (row["count"], row["n_articles"], row["printed"]) == (2, 1, ["banner", "body"])
    trends = slogan_trends(corpus).set_index("text")
    assert (trends.loc["生态文明", "count"], trends.loc["生态文明", "n_articles"]) == (2, 1)
    # the marked series in the body is found as before
    assert "山有人管、林有人护、责有人担" in set(m.text)


def test_banner_mentions_share_no_sentence_or_article_with_an_entity():
    corpus = Corpus([Issue("p2", SECTION)])
    ents = pd.DataFrame([{"article_id": "p2-01", "part": "text", "label": "ORG", "start": 14,
                          "norm": "县林业局", "admin_code": None}])
    co = slogan_entity_cooccurrence(corpus, labels=["ORG"], window="article", entities=ents)
    eco = co[co.slogan == "生态文明"]
    assert eco["n_articles"].tolist() == [1] and eco["n_sentences"].tolist() == [1]  # the body's mention only


def test_only_lines_outside_articles_are_banner_lines():
    art = Article("p-01", "p", None, "乡村新貌", None, None, "正文。", spans={"title": [(20, 24)], "body": [(25, 28)]})
    page = SimpleNamespace(all_articles=[art], blocks=[
        Block("banner", "学习贯彻学习贯彻 全会精神全会精神", 0, 17, None),  # a bold line extracted doubled
        Block("byline", "本报记者 王刚", 17, 19, None),                     # no banner kind
        Block("banner", "乡村新貌", 20, 24, None),                         # overlaps the title's span
        Block("headline", "正文。", 40, 43, None),                          # an article part's text
        Block("headline", "乡村新貌", 20, 24, 0)])
    assert banner_lines(page) == ["学习贯彻 全会精神"]


def test_a_kicker_kept_inside_the_text_is_read_once():
    kept = Article("p-01", "p", None, "产业兴旺", "乡村振兴", None, "乡村振兴 正文。",
                   spans={"kicker": [(0, 4)], "title": [(5, 9)], "body": [(0, 4), (10, 13)]})
    assert [p for p, _ in article_parts(kept)] == ["text"]
    apart = Article("p-01", "p", None, "产业兴旺", "乡村振兴", None, "正文。",
                    spans={"kicker": [(0, 4)], "title": [(5, 9)], "body": [(10, 13)]},
                    captions=["图为稻田"])
    assert [p for p, _ in article_parts(apart)] == ["text", "kicker", "caption"]


@pytest.mark.parametrize("start, place", [(0, "title"), (4, "title"), (5, "subtitle"), (10, "body"), (99, "body")])
def test_a_text_offset_is_placed_in_title_subtitle_or_body(start, place):
    art = Article("p-01", "p", None, "走在前列", None, "谱写新篇", "正文")
    assert place_in_article(art, "text", start) == place
    assert place_in_article(art, "kicker", 0) == "kicker" and place in PLACES


def test_an_untitled_article_prints_in_its_body():
    assert place_in_article(Article("p-01", "p", None, None, None, None, "正文"), "text", 0) == "body"


def test_the_third_plenum_study_formula_is_known():
    got = find_formulae("以学习贯彻\n党的二十届三中全会精神为契机", date="2024-11-21")
    assert [(m.formula, m.start, m.end) for m in got] == [("学习贯彻党的二十届三中全会精神", 1, 17)]
    assert find_formulae("学习贯彻党的二十届三中全会精神", date="2019-01-01") == []
