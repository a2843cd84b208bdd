"""A page of one sentence and a byline (corpus_tools.layout.lonetext; round 32, user32b F19)."""

from corpus_tools.layout.assemble import check_no_loss, split_page


def test_one_sentence_and_a_byline_make_one_article():
    page = "东丰报　2020年5月6日　第3版\n东关街道河东社区开展义诊活动。\n本报记者　孟凡\n"
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    assert len(layout.articles) == 1
    art = layout.articles[0]
    assert art.title is None and art.body == "东关街道河东社区开展义诊活动。"
    assert art.byline == [("记者", "孟凡")]


def test_a_page_of_furniture_only_has_no_article():
    page = "东丰报　2020年5月6日　第3版\n责任编辑：刘平　　校对：王丽\n"
    layout = split_page(page)
    assert check_no_loss(page, layout) == []
    assert layout.articles == []
