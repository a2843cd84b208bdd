"""Filters of the gazetteer matching (corpus_tools._entity_rules.place_filters, places31)."""

from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.place_filters import natural_feature, piece_of_word, village_reading


def _never() -> bool:
    return False


def test_piece_of_word_two_words_and_idiom():
    # 沿海|城市: 海城市 lies across two words
    assert piece_of_word("推进沿海城市建设", 3, 3, upper=True, own=False, prev=None, words=None, after_unit=_never)
    # 长治久安: a city name in the middle of an idiom
    assert piece_of_word("确保全乡长治久安", 4, 2, upper=True, own=False, prev=None, words=None, after_unit=_never)


def test_piece_of_word_slogan_is_folded_into_word_slot():
    # the development slogan (科教|兴县) is asked through word_slot
    assert piece_of_word("坚持“科教兴县、工业强县”战略", 5, 2, upper=True, own=False, prev=None, words=None,
                         after_unit=_never)
    # after a GPE right before, the county stands (吕梁|兴县)
    prev = Cand(0, 2, "GPE")
    assert not piece_of_word("吕梁兴县", 2, 2, upper=True, own=True, prev=prev, words=None, after_unit=_never)


def test_piece_of_word_keeps_a_plain_place():
    assert not piece_of_word("他来自甘肃省会宁县。", 3, 3, upper=True, own=False, prev=None, words=None,
                             after_unit=_never)


def test_village_reading():
    assert village_reading("东庄村、李村村等三个村", 4, 2, None, True) == 3  # 李村 + 村 again
    assert village_reading("大家面对家人笑了", 3, 2, None, False) == 0  # 面对|家人
    assert village_reading("游客来到凤凰山景区", 4, 2, None, False) == 0  # 凤凰 before 山: the mountain
    assert village_reading("我们到了凤凰村", 4, 3, None, True) == 3


def test_natural_feature_lake_and_district():
    # a bare lake's name of a village (X湖村) is the lake
    assert natural_feature("清晨的月亮湖波光粼粼", 3, 3, "village", ["1"], [], full=False, own=False,
                           county_code=None, cands=[])
    # a township's full name is never the feature
    assert not natural_feature("月亮湖乡召开大会", 0, 4, "township", ["1"], [], full=True, own=False,
                               county_code=None, cands=[])


def test_generic_district_phrase():
    import corpus_tools as ct
    from corpus_tools._entity_rules.place_filters import generic_district

    assert generic_district(["610102"], "新城区", "新城区的路网越来越密", "360781")
    assert not generic_district(["610102"], "新城区", "西安新城区的路网越来越密", "360781")
    assert not generic_district(["610102"], "新城区", "新城区的路网越来越密", "610102")  # the page's own city
    df = ct.extract_entities(["县里把老城区的三条小巷改成了步行街。"])
    assert "老城区" not in set(df.loc[df["label"] == "GPE", "text"])
