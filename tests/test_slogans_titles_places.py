"""A list of divisions is no series formula; a quoted title a household is given (评选, 挂牌) is no slogan."""

from corpus_tools import find_slogans
from corpus_tools.slogans.series_roles import name_items


def _texts(text: str) -> set[str]:
    return {m.text for m in find_slogans(text, formulae=False)}


def test_place_items_are_names():
    assert name_items(["东湖街道", "西城街道", "南山街道"])
    assert not name_items(["统一供种", "统一防疫", "统一销售"])
    assert not name_items(["强村", "富民"])          # short items are not asked of the gazetteer


def test_division_list_not_found():
    text = "今年以来，东湖街道、西城街道、南山街道先后开展垃圾分类试点，居民参与率明显提高。"
    assert "东湖街道、西城街道、南山街道" not in _texts(text)


def test_title_given_is_no_slogan_but_campaign_is():
    assert "文明示范户" not in _texts("村里开展“文明示范户”评选，二十户村民上了光荣榜。")
    assert "文明示范户" not in _texts("镇里组织开展“文明示范户”挂牌活动。")
