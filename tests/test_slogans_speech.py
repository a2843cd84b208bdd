"""Direct speech and the settled convention (round 18): a direct quotation is not a slogan, a formula a
speaker names inside it is judged like any other; one idiom-and-saying veto on every path."""

from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.decision import quoted_phrase
from corpus_tools.slogans.numbered import numbered_actors
from corpus_tools.slogans.quoteshare import is_idiom, in_saying, is_saying
from corpus_tools.slogans.speech import in_open_quote, introduces_speech, speaker_follows


def _marked(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_slogans(text, lexicon=False, formulae=False, decision=False)}


def test_is_saying_is_idiom_or_part_of_a_long_one():
    for s in ("四面八方", "三把火", "新官上任三把火", "五个一批", "两学一做"):
        assert is_saying(s) == (is_idiom(s) or in_saying(s))
    assert is_saying("三把火") and not is_saying("三清理")


def test_every_path_vetoes_a_saying_part():
    # the decision model's single-phrase candidates and the numbered-actors head use the same veto
    assert not quoted_phrase("三把火") and quoted_phrase("三清理")
    assert numbered_actors("五级书记抓防控")


def test_speech_cues():
    assert introduces_speech("他对记者说：") and introduces_speech("她告诉记者，")
    assert not introduces_speech("他说：“")           # a quote nested at the start of speech is not introduced
    assert speaker_follows("”，村支书王强说") and not speaker_follows("”工作法")
    text = "他说：“我们坚持三个一。”全村推行"
    assert in_open_quote(text, text.index("三个一")) and not in_open_quote(text, text.index("全村"))


def test_direct_quotation_is_not_a_slogan():
    assert _marked("村支书说：“今年我们一定把路修好，让乡亲们走得放心。”") == {}


def test_formula_named_inside_speech_is_judged_like_any_other():
    # a numbered formula a speaker names, quoted inside the quotation
    assert _marked("他说：“我们实行‘三清理’，村里干净多了。”") == {"三清理": "numbered"}
    # a quoted two-part motto inside speech gets the same test as outside it (the pair veto in speech is gone)
    outside = _marked("全村提出“党员作示范、群众跟着干”的口号，大家干劲足了。")
    inside = _marked("他说：“我们提出‘党员作示范、群众跟着干’的口号，大家干劲足了。”")
    assert outside == inside == {"党员作示范、群众跟着干": "quoted"}


def test_a_quoted_series_the_speakers_clause_goes_on_from_is_named_not_said():
    text = "会议强调，“抓班子带队伍、抓产业促增收、抓服务惠民生”是今年全县工作的主线。"
    assert _marked(text).get("抓班子带队伍、抓产业促增收、抓服务惠民生") == "parallel"


def test_speech_that_ends_at_its_closing_mark_stays_speech():
    # the same series said and closed: a direct quotation (no clause goes on from it)
    text = "他说：“抓班子带队伍、抓产业促增收、抓服务惠民生。”"
    assert "抓班子带队伍、抓产业促增收、抓服务惠民生" not in _marked(text)
    # a single phrase the clause goes on from is still judged as speech (only a series of equal items is named)
    assert "大家一起干" not in _marked("他表示，“大家一起干”是最好的办法。")


def test_subject_of_clause_forms():
    from corpus_tools.slogans.speech import subject_of_clause

    assert subject_of_clause("是全县工作的主线") and subject_of_clause("为全镇共识")
    assert not subject_of_clause("，他说") and not subject_of_clause("为了群众")
