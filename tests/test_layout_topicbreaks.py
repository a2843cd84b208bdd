"""Tests of corpus_tools.layout.topicbreaks: topic breaks judged by rare shared words (invented text)."""

from corpus_tools.layout import check_no_loss, split_page
from corpus_tools.layout.arbiter import shares_topic
from corpus_tools.layout.patterns import cjk_bigrams
from corpus_tools.layout.topicbreaks import WIDE_TOPIC, leaves_topic, rare_shared

# two sides of 100 character bigrams each (the part of a page's text read either side of a heading):
# filler pairs of their own plus a few shared ones
COMMON = {"发展", "工作", "群众", "推进", "全面"}  # (frequent news words)
RARE = {"义诊", "血压", "血糖", "慢性", "专家"}  # (the subject's own words)


def _side(base: int, shared: set[str]) -> set[str]:
    own = {chr(base + 2 * k) + chr(base + 2 * k + 1) for k in range(100 - len(shared))}
    return own | shared


ABOVE = _side(0x5000, COMMON)
BELOW = _side(0x6000, COMMON)
SAME = _side(0x7000, RARE)


def _share(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b))


def test_common_news_words_alone_are_no_shared_topic():
    assert shares_topic(ABOVE, BELOW)  # (the plain overlap keeps them together)
    assert _share(ABOVE, BELOW) < WIDE_TOPIC
    assert rare_shared(ABOVE, BELOW) <= 4
    assert leaves_topic(ABOVE, BELOW)


def test_rare_words_shared_keep_one_topic():
    below = BELOW | RARE
    assert _share(below, SAME) < WIDE_TOPIC
    assert rare_shared(below, SAME) >= 5
    assert not leaves_topic(below, SAME)


def test_a_heading_ending_on_a_dash_is_a_lead_in():
    assert leaves_topic(ABOVE, BELOW)
    assert not leaves_topic(ABOVE, BELOW, ["县人民医院——"])
    assert leaves_topic(ABOVE, BELOW, ["县医院送医下乡"])


def test_no_shared_topic_is_a_break_whatever_the_heading():
    road = cjk_bigrams("村里新修道路三公里，道路通到家门口。")
    school = cjk_bigrams("县一中举办秋季运动会，师生踊跃参加。")
    assert leaves_topic(road, school, ["某某——"])


def test_split_page_loses_no_character():
    raw = ("全县扎实推进农村人居环境\n整治工作，全面开展村庄清\n洁行动，工作取得明显成效。\n县医院送医下乡\n"
           "近日，县人民医院组织专家\n团队深入偏远乡镇开展义诊，\n为群众免费测量血压血糖。\n")
    assert not check_no_loss(raw, split_page(raw))


def test_a_heading_repeating_a_clause_beside_it_is_no_break():
    clause = "义诊现场秩序井然"
    grams = cjk_bigrams(clause)
    assert leaves_topic(ABOVE, BELOW, ["县医院送医下乡"])
    assert not leaves_topic(ABOVE, BELOW | grams, [clause])
