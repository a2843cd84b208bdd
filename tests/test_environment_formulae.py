"""Environmental formulae of 2006-2020 in the known-formula lexicon, “两山”理念 as a wording of
绿水青山就是金山银山, and a 、-list of lake names that is no parallel slogan (user35 F2). Invented text."""

import datetime as dt

import pandas as pd

from corpus_tools.corpus import Corpus
from corpus_tools.slogans import extract_slogans, slogan_mentions
from corpus_tools.slogans.featurelist import names_natural_features
from corpus_tools.slogans.formulae import find_formulae, load_formula_lexicon
from corpus_tools.slogans.series import unquoted_series


def _found(text, date=None):
    return [m.formula for m in find_formulae(text, date=date)]


def test_rows_have_year_and_source():
    df = load_formula_lexicon().set_index("text")
    for name, year in [("节能减排", 2006), ("长江大保护", 2016), ("长江禁渔", 2020), ("碧水保卫战", 2018),
                       ("净土保卫战", 2018), ("生态优先、绿色发展", 2016), ("人与自然和谐共生", 2017)]:
        assert int(df.loc[name, "year"]) == year
        assert str(df.loc[name, "source"]).strip()


def test_unquoted_environmental_formulae_are_counted():
    assert _found("东山县落实节能减排目标，关停三家小水泥厂。", dt.date(2008, 3, 1)) == ["节能减排"]
    assert _found("这是共抓长江大保护的东山实践。", dt.date(2021, 1, 1)) == ["长江大保护"]
    assert _found("长江“十年禁渔”全面实施，长江禁渔执法不放松。", dt.date(2021, 1, 1)) == ["长江禁渔", "长江禁渔"]


def test_a_lake_of_its_own_fishing_ban_is_no_formula():
    assert _found("西湖每年三月起实行禁渔，禁渔期三个月。", dt.date(2015, 3, 1)) == []


def test_era_guard_sets_aside_an_early_mention():
    assert _found("坚持节能减排。", dt.date(2003, 9, 1)) == []
    assert _found("坚持节能减排。", dt.date(2005, 9, 1)) == ["节能减排"]      # one year's tolerance


def test_two_mountains_idea_is_a_wording_of_its_formula():
    assert _found("践行“两山”理念，走绿色发展之路。", dt.date(2021, 1, 1)) == ["绿水青山就是金山银山"]
    assert _found("村子位于两山之间。", dt.date(2021, 1, 1)) == []


def _corpus(rows):
    return Corpus.from_articles(pd.DataFrame([{"issue_id": i, "date": d, "title": None, "subtitle": None, "body": b}
                                              for i, d, b in rows]))


def test_the_slogan_table_groups_two_mountains_and_drops_the_lake_list():
    c = _corpus([("2021-05-06_p1", dt.date(2021, 5, 6),
                  "本报讯 “两山”理念提出以来，我县坚持生态优先，以东塘湖、西陵湖、南溪湖三湖为核心推进长江大保护。"),
                 ("2008-05-06_p1", dt.date(2008, 5, 6), "本报讯 我县落实节能减排任务，关停小化工企业。")])
    table = extract_slogans(c)
    assert "两山" not in set(table["text"]) and "东塘湖、西陵湖、南溪湖" not in set(table["text"])
    assert {"绿水青山就是金山银山", "节能减排", "长江大保护"} <= set(table["text"])
    m = slogan_mentions(c)
    assert m.loc[m.printed_form == "两山理念", "group"].tolist() == ["绿水青山就是金山银山"]


def test_names_of_lakes_and_rivers_are_no_series():
    assert names_natural_features(["东塘湖", "西陵湖", "南溪湖"])
    assert names_natural_features(["青龙河", "白沙江", "金牛山"])
    assert not names_natural_features(["退塘还湖", "退田还湖", "退房还湖"])       # a formula: 退 and 还 shared too
    assert [m.text for m in unquoted_series("以东塘湖、西陵湖、南溪湖三湖为核心，加强保护。", [])] == []
    assert [m.text for m in unquoted_series("坚持退塘还湖、退田还湖、退房还湖，恢复水面。", [])] == [
        "退塘还湖、退田还湖、退房还湖"]
