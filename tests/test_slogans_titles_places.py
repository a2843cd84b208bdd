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


def test_twenty_counts_like_other_tens():
    from corpus_tools.slogans.numbered import numbered_item

    assert numbered_item("二十字") and numbered_item("十六字")
    assert not numbered_item("二十四史") and not numbered_item("二十年")


def test_2016_wording_of_the_original_aspiration_is_known():
    from corpus_tools.slogans.formulae import load_formula_lexicon

    row = load_formula_lexicon().set_index("text").loc["不忘初心、继续前进"]
    assert int(row["year"]) == 2016 and row["level"] == "national"
    found = {m.text: m.kind for m in find_slogans("大会号召全党“不忘初心、继续前进”，县里迅速传达学习。")}
    assert found.get("不忘初心、继续前进") == "quoted"
