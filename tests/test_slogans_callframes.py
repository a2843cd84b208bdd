"""Tests of corpus_tools.slogans.callframes (nicknames, rejected practices, variety codes) and the marked layer's
era guard on known formulae (quotetest.Ctx.year, lexicon.known_formula_years)."""

import pandas as pd
import pytest

from corpus_tools import read_corpus
from corpus_tools.slogans import find_slogans
from corpus_tools.slogans.callframes import called_before, criticised_before, ranked_honour, variety_code
from corpus_tools.slogans.lexicon import Lexicon, known_formula_years
from corpus_tools.slogans.page import page_slogans, page_year


def found(text):
    return {(m.text, m.kind) for m in find_slogans(text, formulae=False)}


@pytest.mark.parametrize("text, quote", [
    ("这座石拱桥有九个桥洞，村里人称之为“九孔桥”。", "九孔桥"),
    ("青石镇盛产核桃，被誉为“核桃小镇”。", "核桃小镇"),
    ("老队长带头修渠，乡亲们称他为“修渠书记”。", "修渠书记"),
    ("这片梯田被游客称作“天上的台阶”。", "天上的台阶"),
])
def test_a_name_something_is_called_by_is_no_slogan(text, quote):
    assert not any(t == quote for t, _ in found(text))


@pytest.mark.parametrize("text, quote", [
    ("建设新农村，要防止搞“面子工程”，把钱花在刀刃上。", "面子工程"),
    ("产业帮扶不能“撒胡椒面”，要集中力量办大事。", "撒胡椒面"),
    ("整治工作要杜绝“走过场”，逐村逐户见实效。", "走过场"),
    ("搬迁户开起了小超市，摆脱了“等靠要”，日子越过越红火。", "等靠要"),
])
def test_a_practice_the_sentence_rejects_is_no_slogan(text, quote):
    assert not any(t == quote for t, _ in found(text))


def test_a_count_after_a_rejecting_verb_stays():
    assert ("四风", "numbered") in found("全县党员干部要坚决反对“四风”，改进工作作风。")


def test_a_variety_code_is_no_slogan():
    assert not found("镇农技站在示范田推广“川麦88”等小麦新品种，亩产提高一成。")


def test_a_ranking_title_is_no_slogan():
    assert not any(t == "十佳农家乐" for t, _ in found("县文旅局评选出“十佳农家乐”，每家奖励两万元。"))
    assert ("十大工程", "numbered") in found("全县实施“十大工程”，总投资50亿元。")


def test_a_programme_still_passes_beside_the_new_frames():
    assert ("清风护航", "quoted") in found("全县开展“清风护航”专项行动，查处违纪问题12起。")


def test_frame_helpers():
    assert called_before("被当地人称为") and called_before("人称") and not called_before("推行")
    assert criticised_before("坚决防止") and criticised_before("决不能") and not criticised_before("大搞")
    assert variety_code("郑麦366") and not variety_code("净网2019") and not variety_code("两个100")
    assert ranked_honour("百佳村医") and not ranked_honour("十大行动")


def _page(text, date):
    return next(iter(read_corpus(pd.DataFrame({"text": [text], "date": [date]}))))


def test_a_later_formula_is_not_taken_on_the_lexicons_word():
    text = "本报讯 全县干部群众在会上表示，坚持“精准扶贫”，做好今年各项工作。"
    assert "精准扶贫" in set(page_slogans(_page(text, "2016-03-20")).text)
    assert "精准扶贫" not in set(page_slogans(_page(text, "1998-03-20")).text)


def test_an_undated_page_keeps_the_known_formula():
    assert ("精准扶贫", "quoted") in {(m.text, m.kind) for m in find_slogans("坚持“精准扶贫”，做好各项工作。")}


def test_known_formula_years_reads_first_use_and_skips_undated_rows():
    df = pd.DataFrame({"text": ["五星支部", "三个不"], "kind": ["numbered", "numbered"], "variants": ["", ""],
                       "year": [2021, None], "first_use": [2019, None]})
    years = known_formula_years(df)
    assert years["五星支部"] == 2019 and "三个不" not in years
    assert Lexicon.build(None).years.get("精准扶贫", 0) >= 2013


def test_page_year_of_an_undated_page_is_none():
    page = next(iter(read_corpus(pd.DataFrame({"text": ["本报讯 推行“三地建设”。"]}))))
    assert page_year(page) is None


@pytest.mark.parametrize("text, quote", [
    ("各乡镇要推广“草方格”建设经验，实行划区轮牧。", "草方格"),
    ("镇里把发展“山核桃”作为调整农业结构的重头戏。", "山核桃"),
])
def test_a_things_name_on_a_weak_cue_is_no_slogan(text, quote):
    assert not any(t == quote for t, _ in found(text))


def test_thing_name_keeps_institutions_spirits_and_verbs():
    from corpus_tools.slogans.singles import thing_name

    assert thing_name("调解室") and not thing_name("积分制") and not thing_name("沂蒙精神")
    assert not thing_name("户户通") and not thing_name("阳光拆迁")
    assert ("围封转移", "quoted") in found("各乡镇要推广“围封转移”建设经验。")
