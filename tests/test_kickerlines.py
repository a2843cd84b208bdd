"""A kicker of five to ten characters over its title, read by the lines' form (corpus_tools.layout.kickerlines)."""

from corpus_tools.layout.kickerlines import kicker_over, split_short_kickers
from corpus_tools.layout.units import Unit


def _head(raw: str, article: int = 0) -> Unit:
    first = raw.index("\n")
    return Unit("head", [(0, first), (first + 1, len(raw))], raw.replace("\n", ""), article=article, final="headline")


def test_series_kicker_over_title():
    assert kicker_over("乡村振兴在行动", ["青山村：茶园变成致富园"])
    assert kicker_over("文明新风正在进行时", ["石桥村新办起十间农家书屋"])


def test_title_halves_are_no_kicker():
    assert not kicker_over("以实干担当书", ["写发展新篇章"])  # wrapped inside a word
    assert not kicker_over("让党旗在村组", ["一线高高飘扬"])  # halves of one width
    assert not kicker_over("县委召开常委会议", ["深入学习贯彻党的二十大精神"])  # an actor opens the title
    assert not kicker_over("关于东山公路", ["施工期间交通管制的通告"])
    assert not kicker_over("走基层", ["石桥村办起农家书屋"])  # a column name: headparts reads it
    assert not kicker_over("春耕时节，", ["石桥村办起农家书屋"])  # punctuation


def test_split_keeps_every_character():
    raw = "乡村振兴在行动\n青山村：茶园变成致富园"
    out = split_short_kickers([_head(raw)], raw)
    assert [(u.final, u.text) for u in out] == [("kicker", "乡村振兴在行动"), ("headline", "青山村：茶园变成致富园")]
    assert [p for u in out for p in u.pieces] == _head(raw).pieces


def test_article_with_a_kicker_is_left_alone():
    raw = "乡村振兴在行动\n青山村：茶园变成致富园"
    kicker = Unit("head", [(0, 0)], "", article=0, final="kicker")
    units = [kicker, _head(raw)]
    assert split_short_kickers(units, raw) == units
